"""What people look for, privately (portal/search/insights.py): weekly counts per query, nothing per
person, counted by the results page's cookie-free beacon, shown to content staff only from three
searches a week, and dropped after 26 weeks."""

import datetime
import html
import io
import re
import threading

import pytest
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from articles.models import ContentKind
from portal.models import SearchWeek
from portal.search import insights
from tests.content import article_content, medicine_content, publish, reference
from tests.markup import XSS_PAYLOADS, executable_markup

pytestmark = pytest.mark.django_db

SAME_ORIGIN = {"Origin": "http://testserver"}
BEACON = "/search/insights/"
ADMIN_LIST = "/admin/portal/searchweek/"
MONDAY = datetime.date(2026, 11, 30)


@pytest.fixture
def indexed(author, reviewer, topic):
    publish(ContentKind.MEDICINE, "trastuzumab", author, reviewer,
            medicine_content(title="Trastuzumab (Herceptin)", generic_name="trastuzumab", brand_names=["Herceptin"],
                             drug_class="HER2-targeted antibody"), [reference(1)])  # fmt: skip
    for n in range(12):
        publish(ContentKind.ARTICLE, f"bone-health-{n}", author, reviewer,
                article_content(title=f"Bone health {n}", body="## Bones\n\nSome hormone medicines thin bones [1]."),
                [reference(1)], topic)  # fmt: skip


def beacon_of(response) -> dict:
    """The counting data a results page carries (the same for every reader)."""
    page = response.content.decode()
    pattern = r'<div id="search-insights" hidden data-url="([^"]+)" data-key="([^"]+)" data-first="(\d+)"'
    match = re.search(pattern, page)
    assert match, "the results page carries no beacon"
    return {"url": match.group(1), "key": html.unescape(match.group(2)), "first": int(match.group(3)),
            "count_search": "data-count-search" in page}  # fmt: skip


def row(query: str) -> SearchWeek:
    return SearchWeek.objects.get(query=query)


# --- Which queries may be kept --------------------------------------------------------------------

PERSONAL = [
    "555-0100",
    "call 555 0100",
    "(555) 010-0199",
    "+1 202 555 0143",
    "mrn 12345678",
    "record 1234",
    "born 12/05/1961",
    "3/4/61 biopsy results",
    "2026-12-05",
    "ssn 123-45-6789",
    "id 12a34b56c78",
    "jane.doe@example.org",
    "email me at someone@",
    "@janedoe",
]
NOT_PERSONAL = [
    "her2",
    "cdk4/6 inhibitor",
    "stage 4",
    "brca1 and brca2",
    "5-fu",
    "ki-67",
    "t-dm1",
    "21-gene test",
    "pd-l1",
    "her2 1+ or 2+",
    "dec 5",
    "100 mg",
    "what is a biopsy",
]


@pytest.mark.parametrize("query", PERSONAL)
def test_queries_that_look_like_personal_data_are_never_stored(query):
    assert insights.looks_personal(query)
    assert insights.count_search(query, found_nothing=True) is False
    assert insights.count_click(query, position=1) is False
    assert not SearchWeek.objects.exists()


@pytest.mark.parametrize("query", NOT_PERSONAL)
def test_medical_names_with_a_few_digits_are_kept(query):
    assert not insights.looks_personal(query)
    assert insights.count_search(query, found_nothing=False) is True
    assert row(query).searches == 1


def test_a_query_is_counted_as_search_reads_it():
    for typed in ("Herceptin  side effects", " herceptin\tSIDE effects ", "HERCEPTIN SIDE EFFECTS\x00"):
        insights.count_search(typed, found_nothing=False)
    assert list(SearchWeek.objects.values_list("query", "searches")) == [("herceptin side effects", 3)]
    long = "a" * 500
    insights.count_search(long, found_nothing=True)
    assert row("a" * 200).searches == 1  # cut where search cuts it


def test_the_week_is_the_iso_monday_and_nothing_finer_is_kept():
    assert insights.week_of(datetime.date(2026, 12, 6)) == MONDAY  # a Sunday
    assert insights.week_of(MONDAY) == MONDAY
    insights.count_search("mets", found_nothing=False)
    kept = row("mets")
    assert kept.week == insights.this_week()
    assert kept.week.weekday() == 0
    columns = {field.name for field in SearchWeek._meta.get_fields()}
    assert columns == {"id", "query", "week", "searches", "zero_results", "clicks", "clicks_by_position"}


def test_searches_zero_results_and_clicks_by_position_add_up():
    for found_nothing in (True, True, False):
        insights.count_search("chemo brain", found_nothing=found_nothing, week=MONDAY)
    for position in (1, 1, 3, 10, 11, 250):
        insights.count_click("chemo brain", position=position, week=MONDAY)
    counted = SearchWeek.objects.get(query="chemo brain", week=MONDAY)
    assert (counted.searches, counted.zero_results, counted.clicks) == (3, 2, 6)
    assert counted.clicks_by_position == [2, 0, 1, 0, 0, 0, 0, 0, 0, 1, 2]
    insights.count_search("chemo brain", found_nothing=False, week=MONDAY + datetime.timedelta(weeks=1))
    assert SearchWeek.objects.filter(query="chemo brain").count() == 2  # one row per week


def test_a_click_before_any_search_this_week_starts_the_row():
    insights.count_click("mets", position=2, week=MONDAY)
    counted = SearchWeek.objects.get(query="mets")
    assert (counted.searches, counted.clicks, counted.clicks_by_position[1]) == (0, 1, 1)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the roles survive
def test_concurrent_counts_are_never_lost():
    """Two requests counting the same new query at the same moment: one upsert each, no lost update
    (a read-modify-write would lose some, and two first inserts would collide)."""
    rounds = 25
    start = threading.Barrier(2)
    errors = []

    def count():
        try:
            start.wait()
            for n in range(rounds):
                insights.count_search("bone mets", found_nothing=n % 5 == 0)
                insights.count_click("bone mets", position=1)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=count) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    counted = row("bone mets")
    assert (counted.searches, counted.zero_results, counted.clicks) == (2 * rounds, 2 * 5, 2 * rounds)
    assert counted.clicks_by_position[0] == 2 * rounds


# --- The results page and its beacon ---------------------------------------------------------------


def test_results_pages_set_no_cookie_and_stay_in_the_shared_cache(client, indexed):
    first = client.get("/search/", {"q": "herceptin"})
    again = client.get("/search/", {"q": "herceptin"})
    assert first.cookies == again.cookies == {}
    assert "public" in first["Cache-Control"]
    assert "s-maxage" in first["Cache-Control"]
    assert "Set-Cookie" not in first
    assert "Set-Cookie" not in again
    assert first.content == again.content  # the same page for every reader, served from the cache
    assert not hasattr(again, "context") or again.context is None
    assert beacon_of(first)["url"] == BEACON


def test_every_reader_of_a_cached_page_is_counted(client, indexed):
    """The page is rendered once and then served from the cache; the beacon still counts each view."""
    for _ in range(3):
        beacon = beacon_of(client.get("/search/", {"q": "Herceptin"}))
        response = client.post(BEACON, {"event": "search", "key": beacon["key"]}, headers=SAME_ORIGIN)
        assert response.status_code == 204
        assert response.cookies == {}
    assert (row("herceptin").searches, row("herceptin").zero_results) == (3, 0)


def test_a_search_that_finds_nothing_is_counted_as_such(client, indexed):
    beacon = beacon_of(client.get("/search/", {"q": "zzqxw unfindable"}))
    client.post(BEACON, {"event": "search", "key": beacon["key"]}, headers=SAME_ORIGIN)
    assert (row("zzqxw unfindable").searches, row("zzqxw unfindable").zero_results) == (1, 1)


def test_opening_a_result_counts_its_position_and_later_pages_count_beyond_ten(client, indexed):
    first_page = beacon_of(client.get("/search/", {"q": "bone health"}))
    assert first_page["first"] == 1
    assert first_page["count_search"]
    assert client.post(BEACON, {"event": "click", "position": "2", "key": first_page["key"]},
                       headers=SAME_ORIGIN).status_code == 204  # fmt: skip
    second_page = beacon_of(client.get("/search/", {"q": "bone health", "page": 2}))
    assert second_page["first"] == 11
    assert not second_page["count_search"]
    assert client.post(BEACON, {"event": "click", "position": "11", "key": second_page["key"]},
                       headers=SAME_ORIGIN).status_code == 204  # fmt: skip
    counted = row("bone health")
    assert counted.clicks == 2
    assert counted.clicks_by_position[1] == 1
    assert counted.clicks_by_position[10] == 1


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_a_hostile_search_leaves_the_page_with_our_script_only(client, indexed, payload):
    page = client.get("/search/", {"q": payload}).content.decode()
    ours = re.findall(r'<script src="/static/portal/search-insights[^"]*\.js" defer></script>', page)
    assert len(ours) <= 1
    assert executable_markup(page.replace(ours[0], "") if ours else page) == []


def test_a_query_that_looks_personal_gets_a_page_that_counts_nothing(client, indexed):
    response = client.get("/search/", {"q": "herceptin 555-0100"})
    assert response.status_code == 200
    assert "search-insights" not in response.content.decode()
    assert not SearchWeek.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"event": "click", "position": "0"},
        {"event": "click", "position": "4"},  # only 3 results on the page
        {"event": "click", "position": "-1"},
        {"event": "click", "position": "1.5"},
        {"event": "click", "position": "two"},
        {"event": "click", "position": "١"},  # an Arabic-Indic one
        {"event": "click", "position": "9" * 40},
        {"event": "click"},
        {"event": "delete"},
        {},
    ],
)
def test_a_bad_position_or_event_is_a_400(client, indexed, data):
    key = insights.page_beacon(type("R", (), {"query": "herceptin", "page": 1, "results": [1, 2, 3], "total": 3}))
    response = client.post(BEACON, {**data, "key": key["key"]}, headers=SAME_ORIGIN)
    assert response.status_code == 400
    assert response.cookies == {}
    assert not SearchWeek.objects.filter(clicks__gt=0).exists()


@pytest.mark.parametrize(
    "key",
    [
        "",
        "nonsense",
        signing.Signer(salt=insights.SIGNING_SALT).sign_object(["mets", False, 1, 3])[:-2] + "xx",  # tampered
        signing.Signer(salt="another purpose").sign_object(["mets", False, 1, 3]),
        signing.Signer(salt=insights.SIGNING_SALT).sign_object({"q": "mets"}),
        signing.Signer(salt=insights.SIGNING_SALT).sign_object(["mets", "no", 1, 3]),
        signing.Signer(salt=insights.SIGNING_SALT).sign_object(["mets", False, "1", 3]),
        "<script>alert(1)</script>",
    ],
)
def test_a_forged_or_mangled_key_is_a_400_and_counts_nothing(client, key):
    response = client.post(BEACON, {"event": "search", "key": key}, headers=SAME_ORIGIN)
    assert response.status_code == 400
    assert b"<script>" not in response.content
    assert not SearchWeek.objects.exists()


def _mets_key() -> str:
    return signing.Signer(salt=insights.SIGNING_SALT).sign_object(["mets", False, 1, 3])


@pytest.mark.parametrize(
    "headers",
    [{}, {"Origin": "https://elsewhere.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"},
     {"Sec-Fetch-Site": "same-site", "Origin": "https://sub.testserver"}],
)  # fmt: skip
def test_a_post_from_another_site_is_refused(client, headers):
    response = client.post(BEACON, {"event": "search", "key": _mets_key()}, headers=headers)
    assert response.status_code == 403
    assert not SearchWeek.objects.exists()


def test_only_posts_are_accepted(client):
    assert client.get(BEACON, {"event": "search", "key": _mets_key()}).status_code == 405
    assert not SearchWeek.objects.exists()


def test_the_beacon_is_rate_limited_per_address(client, monkeypatch):
    monkeypatch.setattr(insights, "BEACON_LIMIT_PER_HOUR", 2)
    answers = [client.post(BEACON, {"event": "search", "key": _mets_key()}, headers=SAME_ORIGIN).status_code
               for _ in range(3)]  # fmt: skip
    assert answers == [204, 204, 429]
    other = Client(REMOTE_ADDR="198.51.100.7")
    assert other.post(BEACON, {"event": "search", "key": _mets_key()}, headers=SAME_ORIGIN).status_code == 204
    assert row("mets").searches == 3


def test_staff_get_the_same_page_but_their_searches_and_clicks_are_not_counted(client, reviewer, indexed):
    anonymous = beacon_of(Client().get("/search/", {"q": "herceptin"}))
    client.force_login(reviewer)
    beacon = beacon_of(client.get("/search/", {"q": "herceptin"}))
    assert beacon == anonymous
    for data in ({"event": "search"}, {"event": "click", "position": "1"}):
        response = client.post(BEACON, {**data, "key": beacon["key"]}, headers=SAME_ORIGIN)
        assert response.status_code == 204
    assert client.post(BEACON, {"event": "click", "position": "99", "key": beacon["key"]},
                       headers=SAME_ORIGIN).status_code == 400  # fmt: skip
    assert not SearchWeek.objects.exists()


# --- What editors see --------------------------------------------------------------------------------


def counted(query, *, searches, zero=0, clicks=0, week=MONDAY):
    return SearchWeek.objects.create(query=query, week=week, searches=searches, zero_results=zero, clicks=clicks,
                                     clicks_by_position=[clicks] + [0] * 10)  # fmt: skip


def test_the_list_shows_only_queries_seen_three_times_without_a_good_answer(client, reviewer):
    counted("tired all the time", searches=7, zero=7)
    counted("scanxiety", searches=3)  # searched, nothing opened
    counted("herceptin", searches=9, clicks=8)  # answered well: not listed
    counted("herceptin cost", searches=5, zero=1, clicks=3)  # found nothing once: listed
    counted("my oncologist jane", searches=2, zero=2)  # only twice: never shown
    counted("lymphedema sleeve", searches=1)
    client.force_login(reviewer)
    page = client.get(ADMIN_LIST).content.decode()
    shown = re.findall(r'<td class="field-query">([^<]*)</td>', page)
    assert shown == ["tired all the time", "herceptin cost", "scanxiety"]  # most searched first
    assert "my oncologist jane" not in page
    assert "lymphedema sleeve" not in page
    assert "Week 49, from November 30, 2026" in page


def test_editors_may_also_see_every_query_seen_three_times_but_never_fewer(client, reviewer):
    counted("herceptin", searches=9, clicks=8)
    counted("scanxiety", searches=3)
    counted("my oncologist jane", searches=2, clicks=2)
    client.force_login(reviewer)
    page = client.get(ADMIN_LIST, {"show": "all"}).content.decode()
    assert re.findall(r'<td class="field-query">([^<]*)</td>', page) == ["herceptin", "scanxiety"]
    assert '<td class="field-opened">1: 8</td>' in page


def test_rows_below_three_cannot_be_opened_either(client, reviewer):
    hidden = counted("my oncologist jane", searches=2, zero=2)
    client.force_login(reviewer)
    response = client.get(f"{ADMIN_LIST}{hidden.pk}/change/")
    assert response.status_code == 302
    assert "my oncologist jane" not in response.content.decode()
    assert "my oncologist jane" not in client.get(ADMIN_LIST, {"show": "all"}).content.decode()


def test_each_query_has_one_click_synonym_and_best_bet_links_prefilled(client, reviewer):
    counted("tired all the time", searches=4, zero=4)
    client.force_login(reviewer)
    page = client.get(ADMIN_LIST).content.decode()
    propose = "/admin/portal/synonymchange/add/?action=add&amp;phrase=tired+all+the+time"
    assert f'<a href="{propose}">Propose a synonym</a>' in page
    assert '<a href="/admin/portal/bestbet/add/?query=tired+all+the+time">Add a best bet</a>' in page
    form = client.get(propose.replace("&amp;", "&")).content.decode()
    assert 'name="phrase" value="tired all the time"' in form
    form = client.get("/admin/portal/bestbet/add/?query=tired+all+the+time").content.decode()
    assert 'name="query" value="tired all the time"' in form


def test_answer_links_are_label_and_url_pairs_for_what_the_editor_may_do(reviewer, author):
    assert insights.answer_links("mets pain", user=reviewer) == [
        ("Propose a synonym", "/admin/portal/synonymchange/add/?action=add&phrase=mets+pain"),
        ("Add a best bet", "/admin/portal/bestbet/add/?query=mets+pain"),
    ]
    assert insights.answer_links("x" * 200, user=reviewer)[0][1].endswith("=" + "x" * 80)  # the field's length
    assert insights.answer_links("mets pain", user=author) == []  # authors may neither propose synonyms nor pin pages


def test_authors_see_the_list_without_links_they_cannot_use(client, author):
    counted("tired all the time", searches=4, zero=4)
    client.force_login(author)
    page = client.get(ADMIN_LIST).content.decode()
    assert "tired all the time" in page
    assert "synonym/add" not in page


XSS = '"><img src=x onerror=alert(1)><script>alert(1)</script>'


def test_a_hostile_query_is_shown_as_text(client, reviewer):
    counted(XSS.lower(), searches=3)
    client.force_login(reviewer)
    page = client.get(ADMIN_LIST).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize(("user", "status"), [("directory_admin", 403), (None, 302)])
def test_only_content_staff_see_the_list(client, request, user, status):
    counted("tired all the time", searches=4, zero=4)
    if user:
        client.force_login(request.getfixturevalue(user))
    response = client.get(ADMIN_LIST)
    assert response.status_code == status
    assert "tired all the time" not in response.content.decode()


def test_the_service_checks_the_permission_itself(directory_admin, reviewer, superuser):
    counted("tired all the time", searches=4, zero=4)
    with pytest.raises(PermissionDenied):
        insights.no_good_answer(user=directory_admin)
    assert [r.query for r in insights.no_good_answer(user=reviewer)] == ["tired all the time"]
    assert [r.query for r in insights.no_good_answer(user=superuser, week=MONDAY)] == ["tired all the time"]
    assert list(insights.no_good_answer(user=superuser, week=MONDAY - datetime.timedelta(weeks=1))) == []


def test_nobody_adds_changes_or_deletes_counts_in_the_admin(client, superuser):
    shown = counted("tired all the time", searches=4, zero=4)
    client.force_login(superuser)
    assert client.get(f"{ADMIN_LIST}add/").status_code == 403
    assert client.get(f"{ADMIN_LIST}{shown.pk}/delete/").status_code == 403
    response = client.post(f"{ADMIN_LIST}{shown.pk}/change/", {"query": "changed", "searches": "1"})
    assert response.status_code == 403
    assert row("tired all the time").searches == 4


def test_the_week_filter_picks_one_week_and_a_bad_week_is_not_an_error(client, reviewer):
    counted("tired all the time", searches=4, zero=4)
    counted("scanxiety", searches=3, week=MONDAY - datetime.timedelta(weeks=1))
    client.force_login(reviewer)
    page = client.get(ADMIN_LIST, {"week": MONDAY.isoformat()}).content.decode()
    assert "tired all the time" in page
    assert "scanxiety" not in page
    assert client.get(ADMIN_LIST, {"week": "not-a-date"}).status_code in (200, 302)


@pytest.mark.parametrize("rows", [1, 50])
def test_the_list_takes_the_same_number_of_queries_for_1_or_50_rows(client, reviewer, rows,
                                                                   django_assert_max_num_queries):  # fmt: skip
    for n in range(rows):
        counted(f"query number {n}", searches=3 + n, zero=1, week=MONDAY - datetime.timedelta(weeks=n % 3))
    client.force_login(reviewer)
    client.get(ADMIN_LIST)  # sessions, permissions and content types warm up
    with django_assert_max_num_queries(12):
        page = client.get(ADMIN_LIST).content.decode()
    assert page.count('<td class="field-query">') == rows


def test_the_beacon_is_one_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert client.post(BEACON, {"event": "search", "key": _mets_key()}, headers=SAME_ORIGIN).status_code == 204


def test_the_editorial_policy_tells_readers_what_is_counted(client):
    page = client.get("/about/editorial-policy/").content.decode()
    assert "we count how often each search is made each week" in page
    assert "we delete the counts after six months" in page
    assert insights.KEEP_WEEKS == 26  # six months, as the page says


# --- Retention ---------------------------------------------------------------------------------------


def test_weeks_older_than_26_are_dropped():
    today = datetime.date(2026, 12, 5)
    this_week = insights.week_of(today)
    for weeks_ago in (0, 1, 25, 26, 40):
        counted(f"query {weeks_ago}", searches=3, week=this_week - datetime.timedelta(weeks=weeks_ago))
    assert insights.drop_old_weeks(today=today) == 2
    assert sorted(SearchWeek.objects.values_list("query", flat=True)) == ["query 0", "query 1", "query 25"]


def test_the_nightly_command_drops_old_weeks_and_refuses_to_drop_this_one():
    counted("old", searches=3, week=insights.this_week() - datetime.timedelta(weeks=30))
    counted("new", searches=3, week=insights.this_week())
    out = io.StringIO()
    call_command("purge_search_insights", stdout=out)
    assert "Deleted 1 weekly search count row older than 26 weeks." in out.getvalue()
    assert list(SearchWeek.objects.values_list("query", flat=True)) == ["new"]
    with pytest.raises(CommandError, match="at least 1"):
        call_command("purge_search_insights", keep_weeks=0)
    assert SearchWeek.objects.count() == 1
