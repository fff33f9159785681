"""Every public page type on a phone, on a desktop and with text at 200% on a 320 px screen
(WCAG 1.4.4 and 1.4.10): no sideways scroll, nothing cut off, a header that leaves the phone's
first screen to the content, and zero axe-core violations."""

import io
import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Where screenshots are written for a person to look at (set READER_SCREENSHOTS to a folder).
SCREENSHOTS = os.getenv("READER_SCREENSHOTS")

PAGE_TYPES = {
    "home": "/",
    "topics": "/topics/",
    "topic": "/topics/chemotherapy/",
    "article": "/articles/what-stage-four-breast-cancer-means/",
    "medicines": "/medicines/",
    "medicine": "/medicines/palbociclib/",
    "glossary": "/glossary/",
    "which-pages-fit-me": "/which-pages-fit-me/?hr_status=positive&her2_status=zero",
    "support-directory": "/support/",
    "organization": "/support/pacific-home-and-hospice/",
    "search": "/search/?q=herceptin",
    "about": "/about/",
    "editorial-policy": "/about/editorial-policy/",
    "not-found": "/no-such-page/",
}

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}
SMALL_PHONE = {"width": 320, "height": 640}

# Elements wider than the screen or reaching past its right edge (the skip link and text that is
# only for screen readers are clipped to a pixel on purpose and left out).
CUT_OFF = """() => {
  const limit = document.documentElement.clientWidth + 1;
  return [...document.body.querySelectorAll('*')].filter(e => {
    const r = e.getBoundingClientRect();
    // The content of a closed <details> is not shown; Chromium lays it out only when first asked,
    // at widths no reader sees.
    const folded = e.closest('details:not([open])') && !e.closest('summary');
    return !folded && r.width > 1 && r.height > 1 && r.right > limit && getComputedStyle(e).visibility !== 'hidden';
  }).map(e => `${e.tagName}#${e.id}.${e.className} ${(e.textContent || '').trim().slice(0, 40)}`);
}"""


@pytest.fixture
def sample_site(db):
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())


def _text_at_200_percent(page) -> None:
    """The browser's own text-size setting doubled (as a reader sets it), not a zoom: rem, em and
    the media queries written in rem all follow it."""
    session = page.context.new_cdp_session(page)
    session.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})


def _root_font_size(page) -> float:
    return page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")


def _check_layout(page, name: str, mode: str) -> None:
    assert page.evaluate(CUT_OFF) == [], f"{name} ({mode}): cut off at the right edge"
    # The skip link waits above the page until it has focus, however many lines its text takes.
    skip_link_bottom = page.evaluate("document.querySelector('.skip-link').getBoundingClientRect().bottom")
    assert skip_link_bottom <= 0, f"{name} ({mode}): the skip link shows over the header"
    fits = page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    assert fits, f"{name} ({mode}) scrolls sideways"
    results = Axe().run(page)
    assert results.violations_count == 0, f"{name} ({mode}): {results.generate_report()}"


def _screenshot(page, name: str, mode: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}-{mode}.png"))  # the first screen
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}-{mode}-full.png"), full_page=True)


def _visit(page, live_server, name: str, path: str) -> None:
    response = page.goto(live_server.url + path)
    assert response.status == (404 if name == "not-found" else 200), name


def test_every_public_page_fits_a_phone_and_its_header_leaves_room(page, live_server, sample_site):
    page.set_viewport_size(PHONE)
    for name, path in PAGE_TYPES.items():
        _visit(page, live_server, name, path)
        header = page.locator(".site-header").bounding_box()
        assert header["height"] <= PHONE["height"] / 5, f"{name}: the header is {header['height']} px high"
        _check_layout(page, name, "390px")
        _screenshot(page, name, "390px")


def test_every_public_page_works_on_a_desktop(page, live_server, sample_site):
    page.set_viewport_size(DESKTOP)
    for name, path in PAGE_TYPES.items():
        _visit(page, live_server, name, path)
        _check_layout(page, name, "1366px")


def test_every_public_page_reflows_with_text_at_200_percent_on_a_320px_screen(page, live_server, sample_site):
    page.set_viewport_size(SMALL_PHONE)
    page.goto(live_server.url + "/")
    normal = _root_font_size(page)
    _text_at_200_percent(page)
    for name, path in PAGE_TYPES.items():
        _visit(page, live_server, name, path)
        assert _root_font_size(page) == pytest.approx(2 * normal), "the text should be twice its size"
        _check_layout(page, name, "320px-200pct")
        _screenshot(page, name, "320px-200pct")


def test_directory_filters_fold_away_on_a_phone_without_javascript(browser, live_server, sample_site):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto("/support/")
        # Folded: the first listing is on the first screen.
        assert page.locator("#support-q").is_hidden()
        first_listing = page.locator("main .card-list > li").first.bounding_box()
        assert first_listing["y"] < PHONE["height"], "the first listing should be on the first screen"
        # Opened by its summary, with no JavaScript, and usable.
        page.locator(".filter-details > summary").click()
        page.fill("#support-q", "hospice")
        page.click("text=Show services")
        assert "q=hospice" in page.url
        assert page.locator("#support-q").is_visible(), "after filtering the filters stay open"
        # On a wide screen they are simply shown.
        page.set_viewport_size(DESKTOP)
        page.goto("/support/")
        assert page.locator("#support-q").is_visible()
    finally:
        context.close()


def test_phone_header_search_link_leads_to_the_one_search_form(page, live_server, sample_site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    assert page.locator(".site-search").is_hidden()
    page.locator(".site-nav").get_by_role("link", name="Search").click()
    assert page.url.endswith("/search/")
    assert page.locator("form[role=search]").count() == 1
    page.fill("#search-q", "palbociclib")
    page.locator("main form button[type=submit]").click()
    assert page.locator(".search-results li").count() >= 1
