"""The search page in Chromium as a reader on a phone sees it (390 px, text at 200%): an editor's
best bet first and labelled "Recommended", and issue 19's small things (singular counts, no
needless or fragment "Did you mean", misspelt words corrected, help when nothing matched, Taxol
is paclitaxel and never docetaxel)."""

import datetime
import io
import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django.utils import timezone

from portal.models import SearchDocument
from portal.search import bestbets

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 390, "height": 844}
# Where screenshots are written for a person to look at (the same variable as test_reader_layout.py).
SCREENSHOTS = os.getenv("READER_SCREENSHOTS")
CHEMOTHERAPY = "/articles/chemotherapy-for-stage-four-breast-cancer/"


@pytest.fixture
def sample_site(db):
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())
    call_command("rebuild_search_index", stdout=io.StringIO())  # as `make run` does: the frequent words too


@pytest.fixture
def phone(page):
    """The anonymous reader's page at 390 px with the browser's text size doubled (not a zoom)."""
    page.set_viewport_size(PHONE)
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    return page


def _open(page, live_server, query: str):
    page.requested.clear()
    response = page.goto(live_server.url + "/search/?q=" + query, wait_until="networkidle")
    assert response.status == 200, query
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{query}: scrolls sideways"
    assert page.context.cookies() == [], query
    assert all(url.startswith(live_server.url) for url in page.requested), (query, page.requested)
    return page


def test_a_recommended_result_comes_first_on_a_phone_with_large_text(phone, live_server, sample_site, reviewer):
    target = SearchDocument.objects.get(url=CHEMOTHERAPY)
    bestbets.best_bet_save(user=reviewer, query="side effects", target_key=target.key,
                           expires_on=timezone.localdate() + datetime.timedelta(days=30),
                           note='<b>Editors</b>: readers asking this want the chemotherapy page.')  # fmt: skip
    _open(phone, live_server, "Side+effects")
    first = phone.locator("ol.search-results > li").first
    assert "best-bet" in first.get_attribute("class")
    assert first.locator(".recommended-label").inner_text().startswith("★\u00a0Recommended")
    assert first.locator("h3 a").get_attribute("href") == CHEMOTHERAPY
    assert first.locator(".recommended-label").is_visible()
    # Its accessible name says it in words, not by a border or color.
    assert "Recommended" in first.locator("h3").text_content()
    assert phone.locator(f"ol.search-results a[href='{CHEMOTHERAPY}']").count() == 1  # never again below
    assert "Editors" not in phone.content()  # the note is for editors only
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        phone.locator("#results-heading").scroll_into_view_if_needed()
        phone.screenshot(path=str(Path(SCREENSHOTS) / "search-recommended-phone-200.png"))
    results = Axe().run(phone)
    assert results.violations_count == 0, results.generate_report()


def test_a_recommended_result_without_javascript(browser, live_server, sample_site, reviewer):
    target = SearchDocument.objects.get(url=CHEMOTHERAPY)
    bestbets.best_bet_save(user=reviewer, query="side effects", target_key=target.key,
                           expires_on=timezone.localdate() + datetime.timedelta(days=30))  # fmt: skip
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto("/search/")
        page.fill("#search-q", "side effects")
        page.click("form[role=search] button[type=submit]")
        assert "q=side+effects" in page.url
        assert page.locator("ol.search-results > li.best-bet h3 a").get_attribute("href") == CHEMOTHERAPY
    finally:
        context.close()


def test_the_small_things_on_a_phone_with_large_text(phone, live_server, sample_site):
    # "1 result", not "1 results".
    heading = _open(phone, live_server, "tykerb").locator("#results-heading").inner_text()
    assert heading.startswith("1 result for"), heading
    # No "Did you mean" when the query is a name or brand, nor a fragment of the query.
    for query in ("herceptin", "Taxotere", "stage+4", "stage+4+breast+cancer", "hormone+therapy"):
        assert _open(phone, live_server, query).locator(".suggestion").count() == 0, query
    # A misspelt common word is corrected, alone or inside a phrase.
    for query, expected in (("nausia", "nausea"), ("nausia+after+chemo", "nausea after chemo")):
        suggestion = _open(phone, live_server, query).locator(".suggestion a")
        assert suggestion.count() == 1, query
        assert suggestion.inner_text() == expected, query
    # Nothing found: where to go next, not a dead end.
    page = _open(phone, live_server, "zzqxw+unfindable")
    help_links = page.locator(".no-results a")
    assert [help_links.nth(i).get_attribute("href") for i in range(help_links.count())] == [
        "/support/",
        "/",
        "/glossary/",
    ]
    # Taxol is paclitaxel: first, with no "Did you mean", and docetaxel (Taxotere) nowhere.
    page = _open(phone, live_server, "taxol")
    assert page.locator("ol.search-results > li h3 a").first.get_attribute("href") == "/medicines/paclitaxel/"
    assert page.locator(".suggestion").count() == 0
    assert page.locator("a[href='/medicines/docetaxel/']").count() == 0
    assert "Taxotere" not in page.locator("main").inner_text()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
