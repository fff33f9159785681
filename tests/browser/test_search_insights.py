"""What people search for, in a real browser on a 390 px phone: a reader searches and opens a
result without any cookie or request to another site, the results page's beacon counts both, and
an editor sees the counts in the admin (portal/search/insights.py)."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from portal.models import SearchWeek

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}
BEACON = "/search/insights/"


@pytest.fixture
def sample_site(db):
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())


@pytest.fixture
def contexts(browser, live_server):
    """Browser contexts on a phone, anonymous or signed in as a staff user; closed after the test."""
    from django.test import Client

    made = []

    def make(user=None, **options):
        context = browser.new_context(base_url=live_server.url, **{**PHONE, **options})
        made.append(context)
        if user is not None:
            client = Client()
            client.force_login(user)
            cookie = {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}
            context.add_cookies([cookie])
        return context

    yield make
    for context in made:
        context.close()


def is_beacon(response) -> bool:
    return response.url.endswith(BEACON)


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_reader_searches_and_opens_a_result_and_an_editor_sees_the_counts(
    contexts, live_server, sample_site, reviewer
):
    reader = contexts().new_page()
    requested = []
    reader.on("request", lambda request: requested.append(request.url))
    for _ in range(3):  # the second and third pages come from the page cache: still counted
        with reader.expect_response(is_beacon) as counted:
            reader.goto("/search/?q=Herceptin")
        assert counted.value.status == 204
    assert_accessible(reader)
    assert reader.evaluate("document.documentElement.scrollWidth") <= 390
    first = reader.locator(".search-results > li > h3 > a").first
    destination = first.get_attribute("href")
    with reader.expect_response(is_beacon) as opened:
        first.click()
    assert opened.value.status == 204
    reader.wait_for_url(f"**{destination}")
    for _ in range(3):  # a search that finds nothing, three times
        with reader.expect_response(is_beacon):
            reader.goto("/search/?q=zzqxw+unfindable")
    assert reader.context.cookies() == []
    assert all(url.startswith(live_server.url) for url in requested), requested
    row = SearchWeek.objects.get(query="herceptin")
    assert (row.searches, row.zero_results, row.clicks, row.clicks_by_position[0]) == (3, 0, 1, 1)

    editor = contexts(reviewer).new_page()
    editor.goto("/admin/portal/searchweek/")
    listed = editor.locator("#result_list tbody tr")
    assert listed.count() == 1  # herceptin was answered: only the search that found nothing
    assert listed.first.locator(".field-query").inner_text() == "zzqxw unfindable"
    assert listed.first.locator(".field-zero_results").inner_text() == "3"
    assert_accessible(editor)
    editor.get_by_role("link", name="Every query searched 3 times or more").click()
    herceptin = editor.locator("#result_list tbody tr", has_text="herceptin")
    assert herceptin.locator(".field-searches").inner_text() == "3"
    assert herceptin.locator(".field-clicks").inner_text() == "1"
    assert herceptin.locator(".field-opened").inner_text() == "1: 1"
    editor.goto("/admin/portal/searchweek/")
    editor.get_by_role("link", name="Propose a synonym").click()
    assert editor.locator("input[name=phrase]").input_value() == "zzqxw unfindable"


def test_without_javascript_results_are_plain_links_and_nothing_is_counted(contexts, live_server, sample_site):
    reader = contexts(java_script_enabled=False).new_page()
    requested = []
    reader.on("request", lambda request: requested.append(request.url))
    reader.goto("/search/?q=Herceptin")
    first = reader.locator(".search-results > li > h3 > a").first
    destination = first.get_attribute("href")
    first.click()
    reader.wait_for_url(f"**{destination}")
    assert reader.title() != ""
    assert not any(url.endswith(BEACON) for url in requested)
    assert reader.context.cookies() == []
    assert not SearchWeek.objects.exists()
