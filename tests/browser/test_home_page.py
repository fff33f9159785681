"""The home page in a real browser: keyboard access, axe-core, privacy, print."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, live_server):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.url.endswith("#main")


def test_home_page_has_no_accessibility_violations(page, live_server):
    page.goto(live_server.url + "/")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_home_page_on_a_phone_has_no_accessibility_violations(page, live_server):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(live_server.url + "/")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    # No sideways scrolling on a narrow screen.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_home_page_makes_no_third_party_request_and_sets_no_cookie(page, live_server):
    page.goto(live_server.url + "/", wait_until="networkidle")
    assert page.requested, "the browser should have loaded the page and its stylesheet"
    assert all(url.startswith(live_server.url) for url in page.requested), page.requested
    stylesheet_rules = page.evaluate("[...document.styleSheets].map(sheet => sheet.cssRules.length)")
    assert stylesheet_rules, "the page should load its stylesheet"
    assert all(count > 10 for count in stylesheet_rules), "the stylesheet should load with its rules"
    assert page.context.cookies() == []


def test_print_shows_the_content_without_navigation(page, live_server):
    page.goto(live_server.url + "/")
    page.emulate_media(media="print")
    assert page.locator(".site-nav").is_hidden()
    assert page.locator(".site-search").is_hidden()
    assert page.locator("main h1").is_visible()
    assert page.locator(".disclaimer").is_visible()
