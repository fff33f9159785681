"""Around the admin in a real browser (issue 20): time zones, lists that fit the screen, the 403
page, the favicon."""

import zoneinfo
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.utils import timezone

from articles.models import ContentKind
from portal import roles
from tests.content import article_content, make_topic, make_user, publish, reference
from tests.resources.listings import make_service

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def staff_page(browser, live_server):
    """A page signed in as `user`, in a browser context with the given options (time zone, window)."""
    from django.test import Client

    contexts = []

    def make(user, **options):
        context = browser.new_context(base_url=live_server.url, **options)
        contexts.append(context)
        client = Client()
        client.force_login(user)
        context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


# --- Time zone ------------------------------------------------------------------------------------


def test_no_ahead_of_server_time_note_on_date_and_time_boxes(staff_page):
    directory_admin = make_user("dora-directory", roles.DIRECTORY_ADMINS)
    service = make_service()  # with a group meeting's schedule: "opens at" and "closes at" boxes
    path = f"/admin/resources/service/{service.pk}/change/"
    # A browser in the portal's own zone (US Eastern by default), as the staff's are.
    eastern = staff_page(directory_admin, timezone_id=settings.TIME_ZONE)
    eastern.goto(path)
    eastern.wait_for_load_state("load")
    assert eastern.locator("input.vTimeField").filter(visible=True).count() >= 2
    assert eastern.locator(".timezonewarning").count() == 0
    offset = int(timezone.localtime(timezone.now(), zoneinfo.ZoneInfo(settings.TIME_ZONE)).utcoffset().total_seconds())
    assert eastern.locator("body").get_attribute("data-admin-utc-offset") == str(offset)

    # A browser elsewhere (UTC, five hours ahead in winter): a schedule's "6:00 PM" is the group's
    # own local time and is stored as typed, so Django's "You are 5 hours ahead of server time"
    # note is not shown under these boxes.
    elsewhere = staff_page(directory_admin, timezone_id="UTC")
    elsewhere.goto(path)
    elsewhere.wait_for_load_state("load")
    assert elsewhere.locator("input.vTimeField").filter(visible=True).count() >= 2
    assert elsewhere.locator(".timezonewarning").count() > 0  # Django added its note ...
    assert elsewhere.get_by_text("server time").filter(visible=True).count() == 0  # ... which no one sees
    assert "server time" not in elsewhere.locator("#content").inner_text()


# --- Lists fit the screen -------------------------------------------------------------------------


@pytest.fixture
def reviewed_pages(db):
    author = make_user("ada-author", roles.AUTHORS)
    reviewer = make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")
    topic = make_topic("living-well", "Living well", author, reviewer, position=1)
    for n, slug in enumerate(["coping-with-tiredness-during-and-after-treatment", "talking-with-your-care-team"]):
        content = article_content(title=f"A long enough title for page number {n} of this list")
        publish(ContentKind.ARTICLE, slug, author, reviewer, content, [reference(1)], topic)
    return reviewer


def test_reviewed_item_lists_show_every_column_at_1300_px(staff_page, reviewed_pages):
    page = staff_page(reviewed_pages, viewport={"width": 1300, "height": 900})
    for path in ["/admin/articles/article/", "/admin/articles/revision/", "/admin/articles/reviewdecision/"]:
        page.goto(path)
        results = page.locator("#changelist-form .results")
        assert results.evaluate("box => box.scrollWidth <= box.clientWidth"), f"{path} scrolls sideways"
        last_header = page.locator("#result_list thead th").last
        assert last_header.bounding_box()["x"] + last_header.bounding_box()["width"] <= 1300, path
    page.goto("/admin/articles/article/")
    for name in ["History and edit", "Next review due"]:
        cell = page.get_by_text(name, exact=False).first
        box = cell.bounding_box()
        assert box is not None, name
        assert box["x"] + box["width"] <= 1300, name
        assert cell.is_visible()
    # The filters sit above the list, not beside it.
    filters, table = page.locator("#changelist-filter").bounding_box(), page.locator("#result_list").bounding_box()
    assert filters["y"] + filters["height"] <= table["y"]
    assert_accessible(page)


def test_reviewed_item_lists_on_a_phone_do_not_scroll_the_page_sideways(staff_page, reviewed_pages):
    page = staff_page(reviewed_pages, viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto("/admin/articles/article/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.get_by_role("link", name="History and edit").count() == 2


# --- The admin's 403 ------------------------------------------------------------------------------


def test_an_author_refused_a_reviewer_page_reads_why_and_finds_the_way_back(staff_page):
    author = make_user("ada-author", roles.AUTHORS)
    page = staff_page(author)
    page.goto("/admin/")
    # As if followed from a link on the staff home page (a typed address sends no referrer).
    response = page.goto("/admin/articles/reviewerprofile/", referer=page.url)
    assert response.status == 403
    assert page.locator("h1").inner_text() == "You cannot open this page"
    assert "Can view reviewer profile" in page.locator("#content-main").inner_text()
    assert page.locator("#site-name").inner_text() == "Stage 4 Breast Cancer Guide: staff"  # the admin's frame
    assert_accessible(page)
    page.get_by_role("link", name="Back to the page you came from").click()
    page.wait_for_url("**/admin/")
    assert page.locator("h1").inner_text() == "Site administration"


# --- Favicon --------------------------------------------------------------------------------------


def test_the_favicon_comes_from_our_own_static_files(page, live_server):
    page.goto(live_server.url + "/")
    href = page.locator('link[rel="icon"]').get_attribute("href")
    assert href.startswith("/static/portal/favicon.")
    status, content_type = page.evaluate(
        "async href => { const r = await fetch(href); return [r.status, r.headers.get('content-type')]; }", href
    )
    assert (status, content_type) == (200, "image/svg+xml")
    own = urlsplit(live_server.url).netloc
    assert all(urlsplit(url).netloc == own for url in page.requested), page.requested
    assert page.context.cookies() == []
