"""The Spanish edition in a browser: /es/ on a phone with text at 200%, the language switch, and
nothing that a reader's browser keeps (no cookie) or fetches from elsewhere."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 390, "height": 844}
SPANISH_PAGES = ["/es/", "/es/topics/", "/es/medicines/", "/es/glossary/", "/es/support/", "/es/search/?q=tamoxifeno",
                 "/es/topics/understanding-stage-four/"]  # fmt: skip


@pytest.fixture
def sample_site(db):
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())


def _text_at_200_percent(page) -> None:
    """The browser's own text-size setting doubled, as a reader sets it (not a zoom)."""
    session = page.context.new_cdp_session(page)
    session.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})


def test_spanish_header_leaves_a_phone_its_first_screen(page, live_server, sample_site):
    """On a phone the switch shows only the other language, on the nav's last line. The Spanish
    site name ("Guía sobre el cáncer de mama en estadio 4") takes two lines at 390 px where the
    English one takes one, so the Spanish header gets a quarter of the screen, not a fifth."""
    page.set_viewport_size(PHONE)
    for path in ("/es/", "/es/medicines/"):
        page.goto(live_server.url + path)
        header = page.locator(".site-header").bounding_box()
        assert header["height"] <= PHONE["height"] / 4, f"{path}: the header is {header['height']} px high"
        assert page.locator('.language-switch a[lang="en"]').is_visible()
        assert page.locator('.language-switch a[lang="es"]').is_hidden()


def test_spanish_pages_on_a_phone_with_large_text(page, live_server, sample_site):
    page.set_viewport_size(PHONE)
    _text_at_200_percent(page)
    for path in SPANISH_PAGES:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.get_attribute("html", "lang") == "es", path
        fits = page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
        assert fits, f"{path} scrolls sideways"
        results = Axe().run(page)
        assert results.violations_count == 0, f"{path}: {results.generate_report()}"
    assert page.context.cookies() == []
    assert all(url.startswith(live_server.url) for url in page.requested), "a request left the site"


def test_a_spanish_topic_page_with_spanish_and_english_cards(page, live_server, sample_site):
    """The sample "understanding stage four" topic: its Spanish text, the translated article's Spanish card and the
    untranslated one's English card, marked as English for screen readers; axe finds nothing."""
    page.set_viewport_size(PHONE)
    response = page.goto(live_server.url + "/es/topics/understanding-stage-four/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == "Entender el cáncer de mama en estadio cuatro"
    assert page.locator("h1").get_attribute("lang") is None
    spanish = page.locator('.card-list a[href^="/es/articles/"]')
    english = page.locator('.card-list h2[lang="en"] a[href^="/articles/"]')
    assert spanish.count() >= 1
    assert english.count() >= 1
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_the_language_switch_leads_to_the_same_page_without_javascript(browser, live_server, sample_site):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto("/medicines/")
        switch = page.locator('.language-switch a[lang="es"]')
        assert switch.is_visible()
        assert switch.inner_text() == "Español"
        switch.click()
        assert page.url == live_server.url + "/es/medicines/"
        assert page.get_attribute("html", "lang") == "es"
        assert page.locator("h1").inner_text() == "Medicamentos"
        page.locator('.language-switch a[lang="en"]').click()
        assert page.url == live_server.url + "/medicines/"
        assert page.get_attribute("html", "lang") == "en"
        assert context.cookies() == []
    finally:
        context.close()
