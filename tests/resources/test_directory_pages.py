"""The public directory at /support/: what patients may see, the filters, and the costs of a page."""

import json
import re

import pytest
from django.utils import timezone

from portal.dates import months_later
from resources.models import Organization, Service, ServiceArea, TaxonomyTerm
from tests.markup import XSS_PAYLOADS, executable_markup
from tests.resources.listings import make_organization, make_service

pytestmark = pytest.mark.django_db
DIRECTORY_QUERY_BUDGET = 6


def names_shown(response) -> list[str]:
    assert response.status_code == 200
    return re.findall(r'<h3 id="service-[^"]+-name">([^<]+)</h3>', response.content.decode())


def test_only_active_and_temporarily_closed_services_are_public(client):
    organization = make_organization("Open and Closed Charity")
    make_service(organization, name="Open group")
    make_service(organization, name="Paused group", status="temporarily closed", alert="Closed for repairs.")
    make_service(organization, name="Ended group", status="inactive")
    make_service(organization, name="Gone group", status="defunct")

    assert sorted(names_shown(client.get("/support/"))) == ["Open group", "Paused group"]
    page = client.get(organization.get_absolute_url())
    assert sorted(names_shown(page)) == ["Open group", "Paused group"]
    assert "Temporarily closed." in page.content.decode()
    assert "Closed for repairs." in page.content.decode()
    assert "Ended group" not in client.get("/support/?q=ended").content.decode()


def test_an_organisation_with_no_public_service_has_no_public_page(client):
    organization = make_organization("Closed Charity")
    make_service(organization, status="defunct")
    assert client.get(organization.get_absolute_url()).status_code == 404
    assert client.get("/support/no-such-organisation/").status_code == 404


@pytest.fixture
def varied_listings():
    """Listings that differ in one filter dimension each."""
    ohio = make_organization("Ohio Friends")
    texas = make_organization("Texas Helpers")
    national = make_organization("Nationwide Line")
    make_service(ohio, name="Ohio group", terms=("support-group", "in-person", "metastatic"), state="OH")
    make_service(texas, name="Texas rides", terms=("transport", "in-person", "person-with-cancer"), state="TX",
                 language="es", cost="fee")  # fmt: skip
    make_service(national, name="National helpline", terms=("helpline", "telephone", "carer-or-family"))
    remote = make_service(national, name="Chat for anyone", terms=("information-service", "online"))
    ServiceArea.objects.filter(service=remote).delete()  # online, no area named: reaches everyone
    make_service(ohio, name="Ohio online group", terms=("support-group", "online"), state="OH")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Chat for anyone", "National helpline", "Ohio group", "Ohio online group", "Texas rides"]),
        ("category=support-group", ["Ohio group", "Ohio online group"]),
        ("mode=in-person", ["Ohio group", "Texas rides"]),
        ("audience=metastatic", ["Ohio group"]),
        ("audience=carer-or-family", ["National helpline"]),
        # A state: its own services, national ones, and remote ones that name no area.
        ("area=TX", ["Chat for anyone", "National helpline", "Texas rides"]),
        ("area=OH", ["Chat for anyone", "National helpline", "Ohio group", "Ohio online group"]),
        ("language=es", ["Texas rides"]),
        ("free=1", ["Chat for anyone", "National helpline", "Ohio group", "Ohio online group"]),
        ("q=rides", ["Texas rides"]),
        ("q=nationwide", ["Chat for anyone", "National helpline"]),  # the organisation's name
        ("q=metastatic+-texas", ["Chat for anyone", "National helpline", "Ohio group", "Ohio online group"]),
        ("category=support-group&area=OH&free=1&mode=online", ["Ohio online group"]),
    ],
)
def test_filters(client, varied_listings, query, expected):
    assert sorted(names_shown(client.get(f"/support/?{query}"))) == expected


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("category=astrology", "We do not know that type of help"),
        ("mode=carrier-pigeon", "We do not know that way of taking part"),
        ("audience=pets", "We do not know that who it is for"),
        ("area=ZZ", "We do not know that area"),
        ("language=xx", "We do not know that language"),
        ("page=-3", "That page number did not exist"),
        ("q=" + "group+" * 60, "shortened to its first 200 characters"),
    ],
)
def test_unknown_filter_values_are_ignored_with_a_visible_note(client, varied_listings, query, note):
    response = client.get(f"/support/?{query}")
    assert response.status_code == 200
    assert note in response.content.decode()
    assert len(names_shown(response)) >= 1


@pytest.mark.parametrize(
    "query",
    ["q=%00%ff", "q=%22%27%5C&|!:*()", "q=%27;DROP TABLE resources_service;--", "page=99999999999", "free=%F0%9F%98%80",
     "category=%00", "q=%F0%9F%92%9C"],
)  # fmt: skip
def test_hostile_query_strings_never_break_the_page(client, varied_listings, query):
    assert client.get(f"/support/?{query}").status_code == 200


def test_a_page_past_the_end_shows_the_last_page(client):
    organization = make_organization()
    for n in range(25):
        make_service(organization, name=f"Group {n:02d}", with_location=False)
    response = client.get("/support/?page=7")
    assert names_shown(response)[-1] == "Group 24"
    html = response.content.decode()
    assert "page 2 of 2" in html
    assert 'rel="prev" href="?page=1"' in html


def test_paging_keeps_the_filters(client):
    organization = make_organization()
    for n in range(21):
        make_service(organization, name=f"Group {n:02d}", with_location=False)
    html = client.get("/support/?category=support-group&free=1").content.decode()
    assert 'href="?category=support-group&amp;free=1&amp;page=2"' in html


def test_listings_say_when_they_were_last_checked_and_warn_when_stale(client):
    today = timezone.localdate()
    organization = make_organization()
    make_service(organization, name="Fresh", assured_date=months_later(today, -3))
    make_service(organization, name="Stale", assured_date=months_later(today, -13))
    make_service(organization, name="Never checked")
    html = client.get("/support/").content.decode()
    cards = dict(re.findall(r'-name">([^<]+)</h3>(.*?)</article>', html, flags=re.S))
    fresh_date = months_later(today, -3).strftime("%B %-d, %Y")
    assert f"Information last checked {fresh_date}." in cards["Fresh"]
    assert "may be out of date" not in cards["Fresh"]
    assert "This listing may be out of date." in cards["Stale"]
    assert "This listing may be out of date." in cards["Never checked"]
    assert "We have not yet checked it" in cards["Never checked"]


def test_a_card_shows_how_to_reach_the_service_and_what_it_costs(client):
    make_service(name="Counseling line", terms=("counselling", "telephone"))
    html = client.get("/support/").content.decode()
    assert '<a href="tel:5550100">555-0100</a> (Weekdays 9 am to 5 pm)' in html
    assert "Second Tuesday of each month, 6 to 7:30 pm" in html
    assert "Free. No charge." in html
    assert "1 Example Street, Springfield, OH 45501" in html
    assert "Counseling and therapy" in html
    assert "By telephone" in html


def test_organisation_page_has_schema_org_json_ld(client):
    service = make_service()
    html = client.get(service.organization.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "Organization"
    assert data["name"] == "Example Support Network"
    assert data["url"] == "https://support.example.org/"
    assert data["contactPoint"][0]["telephone"] == "555-0100"


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_every_listing_text_is_rendered_safely(client, payload):
    organization = make_organization(f"Org {payload}", slug="hostile", description=payload, alternate_name=payload)
    make_service(
        organization, name=f"Service {payload}", description=payload, eligibility_description=payload,
        fees_description=payload, alert=payload, status="temporarily closed",
    )  # fmt: skip
    for url in ("/support/", "/support/hostile/", f"/support/?q={payload[:20]}"):
        response = client.get(url)
        assert response.status_code == 200
        assert executable_markup(response.content.decode()) == [], url
    html = client.get("/support/hostile/").content.decode()
    json_ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S).group(1)
    assert "<" not in json_ld


def test_anonymous_directory_pages_set_no_cookie_and_are_shared_cacheable(client):
    service = make_service()
    for url in ("/support/", "/support/?category=support-group", service.organization.get_absolute_url()):
        response = client.get(url)
        assert not response.cookies
        assert "s-maxage=" in response["Cache-Control"]
        assert response.has_header("ETag")


@pytest.mark.parametrize("count", [1, 50])
def test_directory_queries_do_not_grow_with_services(client, django_assert_max_num_queries, count):
    organization = make_organization()
    for n in range(count):
        make_service(organization, name=f"Group {n:02d}")
    for url in ("/support/", "/support/?category=support-group&mode=online&area=OH&free=1&language=en&q=group",
                organization.get_absolute_url()):  # fmt: skip
        with django_assert_max_num_queries(DIRECTORY_QUERY_BUDGET):
            response = client.get(url)
        assert len(names_shown(response)) == min(
            count, 20 if url.startswith("/support/?") or url == "/support/" else 50
        )


def test_a_change_to_a_listing_shows_at_once_despite_the_page_cache(client, directory_admin):
    from resources import services

    service = make_service(name="Before")
    assert names_shown(client.get("/support/")) == ["Before"]
    Service.objects.filter(pk=service.pk).update(name="After")
    services.listing_changed(service=Service.objects.get(pk=service.pk), user=directory_admin)
    assert names_shown(client.get("/support/")) == ["After"]


def test_the_vocabulary_has_every_term_the_directory_promises():
    codes = set(TaxonomyTerm.objects.values_list("code", flat=True))
    assert {"support-group", "counselling", "financial-assistance", "transport", "home-care", "child-care",
            "palliative-care", "hospice", "helpline", "information-service", "clinical-trial-navigation",
            "in-person", "online", "telephone", "person-with-cancer", "carer-or-family", "bereaved",
            "metastatic"} <= codes  # fmt: skip
    assert not Organization.objects.exists()


@pytest.mark.parametrize(
    ("option", "description", "fees", "shown"),
    [
        ("free", "", "Free", "Free."),  # once, not "Free. Free."
        ("free", "Free.", "", "Free."),
        ("free", "No charge", "free", "Free. No charge."),
        ("free", "", "Grants depend on household income", "Free. Grants depend on household income."),
        (
            "sliding scale",
            "",
            "Grants depend on income.",
            "Sliding-scale fee, based on what you can pay. Grants depend on income.",
        ),
        ("fee", "$10 a session", "", "There is a fee: $10 a session."),
        # A fee that says nothing about itself sends the reader to the organization.
        ("fee", "", "", "There is a fee. Ask the organization what it costs and what it covers."),
    ],
)
def test_the_cost_is_said_once_and_in_sentences(client, option, description, fees, shown):
    organization = make_organization()
    service = make_service(organization, cost=option, fees_description=fees)
    service.cost_options.update(amount_description=description)
    page = client.get(organization.get_absolute_url()).content.decode()
    assert re.search(r"<dt>Cost</dt>\s*<dd>(.*?)</dd>", page, re.S).group(1) == shown


def test_a_fees_text_alone_is_the_cost_line_and_is_escaped(client):
    organization = make_organization()
    service = make_service(organization, fees_description='<script>alert(1)</script> "Ask us"')
    service.cost_options.all().delete()
    page = client.get(organization.get_absolute_url()).content.decode()
    shown = re.search(r"<dt>Cost</dt>\s*<dd>(.*?)</dd>", page, re.S).group(1)
    assert shown == "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Ask us&quot;."
