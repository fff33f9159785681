"""The HSDS 3.0 API (/hsds/...): every answer checked against Open Referral's own schemas, what is
published (and what never is), the filters, paging, bad input and the query budget."""

import datetime
import json
import uuid
from decimal import Decimal
from functools import cache
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from resources import services as listing_services
from resources.models import (
    CostOption,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceStatus,
    TaxonomyTerm,
)
from resources.vocabulary import term_id
from tests.resources.listings import make_organization, make_service

pytestmark = pytest.mark.django_db

# Where openapi.json says its schemas are; we answer those addresses from ../shared/hsds-3.0.
SCHEMA_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
OPENAPI_URI = "urn:hsds:openapi.json"
COMPILED = ("service.json", "service_list.json", "organization.json", "organization_list.json")
# A list query budget: count + page (+ a few prefetches at most), whatever the number of services.
LIST_QUERY_BUDGET = 6
DETAIL_QUERY_BUDGET = 16
ENVELOPE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"}


# --- Validating against HSDS's schemas (also used by test_export_hsds) ----------------------------


def _format_checker() -> FormatChecker:
    """jsonschema checks "uri" and "date-time" only when optional packages are installed; check
    them ourselves so a bad value fails on every machine."""
    checker = FormatChecker()

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value):
        if not isinstance(value, str):
            return True
        parsed = datetime.datetime.fromisoformat(value)
        return "T" in value and parsed.tzinfo is not None

    @checker.checks("uri")
    def is_uri(value):
        if not isinstance(value, str):
            return True
        parts = urlsplit(value)
        return bool(parts.scheme and (parts.netloc or parts.path)) and " " not in value

    return checker


class HsdsSchemas:
    """HSDS 3.0's compiled schemas and openapi.json, with openapi's remote $refs answered locally."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.openapi = self._load("openapi.json")
        self.compiled = {name: self._load(f"compiled/{name}") for name in COMPILED}
        self.datapackage = self._load("datapackage.json")
        self.tabular = self._load("compiled/tabular.json")
        resources = [(OPENAPI_URI, Resource.from_contents(self.openapi, default_specification=DRAFT202012))]
        resources += [
            (f"{SCHEMA_BASE}compiled/{name}", Resource.from_contents(schema, default_specification=DRAFT202012))
            for name, schema in self.compiled.items()
        ]
        self.registry = Registry().with_resources(resources)
        self.format_checker = _format_checker()

    def _load(self, name: str) -> dict:
        return json.loads((self.folder / name).read_text())

    def validator(self, schema: dict) -> Draft202012Validator:
        return Draft202012Validator(schema, registry=self.registry, format_checker=self.format_checker)

    def assert_valid(self, instance, compiled_name: str) -> None:
        """Valid against compiled/<name>, and using no key that schema does not define."""
        schema = self.compiled[compiled_name]
        errors = sorted(self.validator(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
        assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
        assert_only_defined_keys(instance, schema)

    def assert_valid_response(self, data, path: str) -> None:
        """Valid against the 200 response schema openapi.json gives for GET `path`."""
        pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1")
        pointer += "/get/responses/200/content/application~1json/schema"
        errors = list(self.validator({"$ref": f"{OPENAPI_URI}#{pointer}"}).iter_errors(data))
        assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def assert_only_defined_keys(instance, schema: dict, where: str = "") -> None:
    """HSDS schemas allow any extra key, so a misspelt field name would pass validation: refuse them."""
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        for key, value in instance.items():
            assert key in properties, f"{where or 'record'} has {key!r}, which HSDS does not define"
            assert_only_defined_keys(value, properties[key], f"{where}.{key}")
    elif isinstance(instance, list):
        for item in instance:
            assert_only_defined_keys(item, schema.get("items", {}), f"{where}[]")


@cache
def load_hsds_schemas(folder: Path) -> HsdsSchemas:
    return HsdsSchemas(folder)


@pytest.fixture
def hsds(shared_dir):
    return load_hsds_schemas(shared_dir / "hsds-3.0")


# --- Data and requests ----------------------------------------------------------------------------


def get_json(client, url: str, status: int = 200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Set-Cookie" not in response.headers
    return response.json()


def listed_ids(data: dict) -> set[str]:
    return {item["id"] for item in data["contents"]}


@pytest.fixture
def full_service(directory_admin):
    """A service using every field we map, verified by a directory admin."""
    organization = make_organization("Pink Ribbon Network", alternate_name="PRN")
    Phone.objects.create(organization=organization, number="555-0111", description="Head office")
    service = make_service(
        organization, name="Metastatic support circle", alternate_name="MSC", email="circle@support.example.org",
        application_process="Call to join.", fees_description="None.", interpretation_services="On request.",
        alert="No meeting in August.", state="OH",
    )  # fmt: skip
    Phone.objects.create(service=service, number="555-0112", extension=12, type="textphone", position=1)
    Schedule.objects.create(
        service=service, freq="WEEKLY", interval=1, byday="MO,WE", opens_at=datetime.time(9, 30),
        closes_at=datetime.time(17), timezone="America/New_York", description="Weekdays",
        attending_type="phone", schedule_link="https://support.example.org/book", notes="Closed on holidays.",
    )  # fmt: skip
    ServiceArea.objects.create(service=service, scope="city", state="OH", name="Cleveland")
    CostOption.objects.create(service=service, option="fee", amount=Decimal("12.50"), amount_description="Per session")
    listing_services.service_mark_verified(service=service, user=directory_admin, on=datetime.date(2026, 3, 2))
    return Service.objects.get(pk=service.pk)


# --- Answers valid against HSDS -------------------------------------------------------------------


def test_root_says_which_hsds_it_speaks(client, hsds):
    data = get_json(client, "/hsds/")
    hsds.assert_valid_response(data, "/")
    assert data == {
        "version": "3.0",
        "profile": "https://docs.openreferral.org/en/latest/hsds/",
        "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
    }


def test_service_list_is_a_valid_hsds_page(client, hsds, full_service):
    make_service(make_organization("Second Org"), name="Ride to treatment", terms=("transport", "in-person"))
    data = get_json(client, "/hsds/services")
    hsds.assert_valid_response(data, "/services")
    assert set(data) == ENVELOPE_KEYS
    assert data["total_items"] == 2
    for item in data["contents"]:
        hsds.assert_valid(item, "service_list.json")
        assert "phones" not in item  # one-to-one fields only
        assert item["organization"]["id"] == item["organization_id"]


def test_service_detail_is_a_valid_fully_nested_service(client, hsds, full_service, settings):
    data = get_json(client, f"/hsds/services/{full_service.pk}")
    hsds.assert_valid_response(data, "/services/{id}")
    hsds.assert_valid(data, "service.json")

    assert data["id"] == str(full_service.pk)
    assert data["status"] == "active"
    assert data["assured_date"] == "2026-03-02"
    assert data["assurer_email"] == settings.DIRECTORY_ASSURER_EMAIL
    assert data["last_modified"].endswith("Z")
    assert data["organization"] == {
        "id": str(full_service.organization_id), "name": "Pink Ribbon Network", "alternate_name": "PRN",
        "description": "Pink Ribbon Network supports people living with cancer.",
        "email": "hello@support.example.org", "website": "https://support.example.org/",
    }  # fmt: skip
    assert [phone["number"] for phone in data["phones"]] == ["555-0100", "555-0112"]  # never the head office's
    assert data["phones"][1] == {
        "id": data["phones"][1]["id"], "service_id": str(full_service.pk), "number": "555-0112", "extension": 12,
        "type": "textphone",
    }  # fmt: skip
    weekly = next(schedule for schedule in data["schedules"] if schedule["freq"] == "WEEKLY")
    assert (weekly["opens_at"], weekly["closes_at"], weekly["byday"]) == ("09:30", "17:00", "MO,WE")
    assert "timezone" not in weekly  # HSDS wants a number (a UTC offset); ours is a zone name
    assert weekly["attributes"] == []
    monthly = next(schedule for schedule in data["schedules"] if schedule["freq"] == "MONTHLY")
    [group] = monthly["attributes"]  # is_group_meeting, as resources.importing reads it back
    assert (group["link_id"], group["link_entity"]) == (monthly["id"], "schedule")
    assert group["taxonomy_term"]["code"] == "group-meeting"
    areas = {(area["extent_type"], area.get("extent"), area["name"]) for area in data["service_areas"]}
    assert areas == {("state", "OH", "OH"), ("city", "OH", "Cleveland")}
    costs = {cost["option"]: cost for cost in data["cost_options"]}
    assert costs["fee"]["amount"] == 12.5
    assert costs["fee"]["currency"] == "USD"
    assert "amount" not in costs["free"]
    [link] = data["service_at_locations"]
    assert link["location"]["addresses"][0]["city"] == "Springfield"
    assert link["location_id"] == link["location"]["id"]
    assert data["languages"] == [{"id": data["languages"][0]["id"], "service_id": str(full_service.pk),
                                  "name": "English", "code": "en"}]  # fmt: skip
    by_code = {attribute["taxonomy_term"]["code"]: attribute for attribute in data["attributes"]}
    assert set(by_code) == {"support-group", "online", "person-with-cancer"}
    online = by_code["online"]
    assert online["taxonomy_term_id"] == str(term_id("online")) == online["taxonomy_term"]["id"]
    assert online["link_id"] == str(full_service.pk)
    assert (online["link_entity"], online["link_type"], online["taxonomy_term"]["taxonomy"]) == (
        "service", "delivery_mode", "delivery_mode",
    )  # fmt: skip
    # The same attribute id on every request, so partners can keep it.
    again = get_json(client, f"/hsds/services/{full_service.pk}", search="")
    assert [a["id"] for a in again["attributes"]] == [a["id"] for a in data["attributes"]]


def test_assurer_email_is_the_role_address_never_the_verifier(client, full_service, directory_admin, settings):
    assert full_service.assured_by == directory_admin
    response = client.get(f"/hsds/services/{full_service.pk}")
    listing = client.get("/hsds/services", {"per_page": 10})
    for content in (response.content, listing.content):
        assert settings.DIRECTORY_ASSURER_EMAIL.encode() in content
        assert directory_admin.email.encode() not in content
        assert directory_admin.username.encode() not in content


def test_a_never_verified_service_has_no_assurer(client):
    service = make_service()
    data = get_json(client, f"/hsds/services/{service.pk}")
    assert "assured_date" not in data
    assert "assurer_email" not in data


def test_empty_fields_are_left_out_not_null(client):
    service = make_service(url="", eligibility_description="")
    data = get_json(client, f"/hsds/services/{service.pk}")
    for key in ("url", "email", "alternate_name", "alert", "eligibility_description"):
        assert key not in data
    assert "null" not in json.dumps(data)


def test_organization_list_and_detail_are_valid(client, hsds, full_service):
    data = get_json(client, "/hsds/organizations")
    hsds.assert_valid_response(data, "/organizations")
    assert set(data) == ENVELOPE_KEYS
    [item] = data["contents"]
    hsds.assert_valid(item, "organization_list.json")

    detail = get_json(client, f"/hsds/organizations/{item['id']}")
    hsds.assert_valid_response(detail, "/organizations/{id}")
    hsds.assert_valid(detail, "organization.json")
    assert [phone["number"] for phone in detail["phones"]] == ["555-0111"]  # the organisation's own number
    assert [service["id"] for service in detail["services"]] == [str(full_service.pk)]
    assert "organization" not in detail["services"][0]  # it is the record around it
    assert detail["services"][0]["phones"]
    assert detail["locations"][0]["addresses"]


def test_organization_detail_lists_only_public_services(client, full_service):
    organization = full_service.organization
    make_service(organization, name="Closed for summer", status=ServiceStatus.TEMPORARILY_CLOSED)
    make_service(organization, name="Old group", status=ServiceStatus.DEFUNCT)
    detail = get_json(client, f"/hsds/organizations/{organization.pk}")
    assert {service["name"] for service in detail["services"]} == {"Metastatic support circle", "Closed for summer"}


def test_an_organization_without_public_services_is_not_published(client):
    organization = make_organization("Gone Org")
    make_service(organization, status=ServiceStatus.INACTIVE)
    assert get_json(client, "/hsds/organizations", per_page=10)["total_items"] == 0
    assert get_json(client, f"/hsds/organizations/{organization.pk}", status=404) == {
        "error": "There is no organization with this id."
    }


def test_sample_listings_are_never_published(client):
    sample = make_service(make_organization("Sample Org", is_sample=True), name="Fictional helpline")
    assert get_json(client, "/hsds/services", per_page=10)["total_items"] == 0
    assert get_json(client, "/hsds/services", modified_after="2000-01-01")["total_items"] == 0
    assert get_json(client, "/hsds/organizations", per_page=10)["total_items"] == 0
    get_json(client, f"/hsds/services/{sample.pk}", status=404)
    get_json(client, f"/hsds/organizations/{sample.organization_id}", status=404)


# --- Search and filters ---------------------------------------------------------------------------


@pytest.fixture
def three_services():
    hope = make_organization("Hope Harbor Foundation")
    return {
        "circle": make_service(hope, name="Metastatic support circle", terms=("support-group", "online")),
        "rides": make_service(
            hope, name="Treatment rides", description="Volunteer drivers take you to chemotherapy.",
            terms=("transport", "in-person"),
        ),
        "grants": make_service(
            make_organization("Bills Relief Trust"), name="Utility grants",
            description="Money towards heating bills.", terms=("financial-assistance", "online"),
        ),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("circle", {"circle"}),  # a word of the service's name
        ("drivers chemotherapy", {"rides"}),  # words of its description, stemmed
        ("Harbor", {"circle", "rides"}),  # the organisation's name
        ('"heating bills"', {"grants"}),  # websearch syntax: a phrase
        ("rides or grants", {"rides", "grants"}),
        ("nothing-like-this", set()),
    ],
)
def test_search_finds_services_by_name_description_or_organization(client, three_services, search, expected):
    data = get_json(client, "/hsds/services", search=search)
    assert listed_ids(data) == {str(three_services[key].pk) for key in expected}


def test_search_finds_organizations_by_name(client, three_services):
    data = get_json(client, "/hsds/organizations", search="relief")
    assert [item["name"] for item in data["contents"]] == ["Bills Relief Trust"]


def test_filter_by_taxonomy_term_and_organization(client, three_services):
    online = TaxonomyTerm.objects.get(code="online")
    data = get_json(client, "/hsds/services", taxonomy_term_id=str(online.pk))
    assert listed_ids(data) == {str(three_services["circle"].pk), str(three_services["grants"].pk)}

    hope = three_services["circle"].organization
    data = get_json(client, "/hsds/services", organization_id=str(hope.pk))
    assert listed_ids(data) == {str(three_services["circle"].pk), str(three_services["rides"].pk)}

    data = get_json(client, "/hsds/services", organization_id=str(hope.pk), taxonomy_term_id=str(online.pk))
    assert listed_ids(data) == {str(three_services["circle"].pk)}
    assert get_json(client, "/hsds/services", organization_id=str(uuid.uuid4()))["total_items"] == 0


def test_withdrawn_services_are_hidden_unless_a_partner_catches_up_on_changes(client, three_services):
    before = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=5)
    closed = three_services["rides"]
    closed.status = ServiceStatus.DEFUNCT
    closed.save()
    gone, kept = str(closed.pk), str(three_services["circle"].pk)

    assert gone not in listed_ids(get_json(client, "/hsds/services"))
    assert gone not in listed_ids(get_json(client, "/hsds/services", search="rides"))

    for since in (before.isoformat(), before.strftime("%Y-%m-%dT%H:%M:%SZ"), before.date().isoformat()):
        data = get_json(client, "/hsds/services", modified_after=since)
        assert {gone, kept} <= listed_ids(data), since
        record = next(item for item in data["contents"] if item["id"] == gone)
        assert record["status"] == "defunct"
        # A withdrawn record: the status, not contact details that may have gone stale.
        assert "url" not in record
        assert "description" not in record

    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)
    assert get_json(client, "/hsds/services", modified_after=later.isoformat())["total_items"] == 0


def test_an_unencoded_plus_in_modified_after_still_means_a_utc_offset(client, three_services):
    # "?modified_after=2000-01-01T00:00:00+00:00" typed into a browser: the "+" arrives as a space.
    response = client.get("/hsds/services?modified_after=2000-01-01T00:00:00+00:00")
    assert response.status_code == 200
    assert response.json()["total_items"] == 3


def test_detail_of_a_withdrawn_service_says_its_status_only(client, hsds, three_services):
    service = three_services["circle"]
    service.status = ServiceStatus.INACTIVE
    service.save()
    data = get_json(client, f"/hsds/services/{service.pk}")
    hsds.assert_valid(data, "service.json")
    assert data["status"] == "inactive"
    assert data["name"] == "Metastatic support circle"
    assert "phones" not in data
    assert "service_at_locations" not in data
    assert "url" not in data


# --- Paging ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "size", "first", "last", "empty"),
    [(1, 2, True, False, False), (2, 2, False, False, False), (3, 1, False, True, False), (4, 0, False, True, True)],
)
def test_paging_envelope(client, hsds, page, size, first, last, empty):
    organization = make_organization()
    for n in range(5):
        make_service(organization, name=f"Service {n}", with_location=False)
    data = get_json(client, "/hsds/services", page=page, per_page=2)
    hsds.assert_valid_response(data, "/services")
    assert (data["total_items"], data["total_pages"], data["page_number"]) == (5, 3, page)
    assert (data["size"], data["first_page"], data["last_page"], data["empty"]) == (size, first, last, empty)
    assert len(data["contents"]) == size
    if page == 1:
        assert [item["name"] for item in data["contents"]] == ["Service 0", "Service 1"]


def test_paging_defaults_and_an_empty_directory(client):
    data = get_json(client, "/hsds/services")
    assert data == {"total_items": 0, "total_pages": 1, "page_number": 1, "size": 0, "first_page": True,
                    "last_page": True, "empty": True, "contents": []}  # fmt: skip
    organization = make_organization()
    for n in range(3):
        make_service(organization, name=f"Service {n}", with_location=False)
    data = get_json(client, "/hsds/services", per_page=200)
    assert (data["size"], data["total_pages"]) == (3, 1)


# --- Bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "params", "mentions"),
    [
        ("/hsds/services", {"page": "0"}, "page"),
        ("/hsds/services", {"page": "abc"}, "page"),
        ("/hsds/services", {"page": "-1"}, "page"),
        ("/hsds/services", {"page": "1.5"}, "page"),
        ("/hsds/services", {"page": "99999999999999999999"}, "page"),
        ("/hsds/services", {"per_page": "-1"}, "per_page"),
        ("/hsds/services", {"per_page": "0"}, "per_page"),
        ("/hsds/services", {"per_page": "201"}, "per_page"),
        ("/hsds/services", {"per_page": "ten"}, "per_page"),
        ("/hsds/services", {"taxonomy_term_id": "support-group"}, "taxonomy_term_id"),
        ("/hsds/services", {"organization_id": "12345"}, "organization_id"),
        ("/hsds/services", {"modified_after": "yesterday"}, "modified_after"),
        ("/hsds/services", {"modified_after": "2025-13-01"}, "modified_after"),
        ("/hsds/services", {"modified_after": "2025-02-30T10:00:00Z"}, "modified_after"),
        ("/hsds/services", {"search": "x" * 201}, "search"),
        ("/hsds/services", {"search": "support\x00group"}, "search"),
        ("/hsds/organizations", {"page": "0"}, "page"),
        ("/hsds/organizations", {"per_page": "1000"}, "per_page"),
        ("/hsds/services/not-a-uuid", {}, "service id"),
        ("/hsds/services/%00", {}, "service id"),
        ("/hsds/organizations/not-a-uuid", {}, "organization id"),
    ],
)
def test_bad_input_is_a_400_saying_what_to_fix(client, url, params, mentions):
    data = get_json(client, url + ("?" + urlencode(params) if params else ""), status=400)
    assert set(data) == {"error"}
    assert mentions in data["error"]


@pytest.mark.parametrize("kind", ["services", "organizations"])
def test_unknown_id_is_a_404_json(client, kind):
    data = get_json(client, f"/hsds/{kind}/{uuid.uuid4()}", status=404)
    assert data["error"].startswith("There is no")


def test_only_get_and_head(client, three_services):
    assert client.post("/hsds/services").status_code == 405
    assert client.head("/hsds/services").status_code == 200


# --- Safety and cost ------------------------------------------------------------------------------


def test_markup_in_a_listing_comes_back_as_a_plain_json_string(client):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;'
    service = make_service(name=payload)
    for url in (f"/hsds/services/{service.pk}", "/hsds/services?per_page=5", "/hsds/services?search=alert"):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"<" not in response.content
        assert b">" not in response.content
        data = response.json()
        names = [data["name"]] if "name" in data else [item["name"] for item in data["contents"]]
        assert payload in names, url


@pytest.mark.parametrize(
    "url", ["/hsds/", "/hsds/services", "/hsds/services?page=2", "/hsds/organizations", "/hsds/services/x"]
)
def test_no_cookie_is_ever_set(client, three_services, url):
    response = client.get(url)
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


def _queries(client, assert_max_num_queries, url: str, budget: int) -> int:
    """The number of SQL queries answering `url` (with a query string: the page cache is bypassed)."""
    with assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


# Query strings keep the page cache out of the way: every request here reaches the database.
LIST_URLS = ["/hsds/services?per_page=200", "/hsds/services?search=group", "/hsds/organizations?per_page=200",
             "/hsds/services?modified_after=2000-01-01&per_page=200"]  # fmt: skip


def test_list_queries_do_not_grow_with_the_number_of_services(client, django_assert_max_num_queries):
    make_service(make_organization("Organisation 00"), name="Group 00")
    one = [_queries(client, django_assert_max_num_queries, url, LIST_QUERY_BUDGET) for url in LIST_URLS]
    for n in range(1, 50):
        make_service(make_organization(f"Organisation {n:02}"), name=f"Group {n:02}")
    fifty = [_queries(client, django_assert_max_num_queries, url, LIST_QUERY_BUDGET) for url in LIST_URLS]
    assert one == fifty, (one, fifty)
    assert client.get(LIST_URLS[0]).json()["size"] == 50


def test_detail_queries_are_a_constant(client, django_assert_max_num_queries):
    organization = make_organization()
    first = make_service(organization, name="Group 00")
    urls = [f"/hsds/services/{first.pk}?n=1", f"/hsds/organizations/{organization.pk}?n=1"]
    one = [_queries(client, django_assert_max_num_queries, url, DETAIL_QUERY_BUDGET) for url in urls]
    for n in range(1, 50):
        make_service(organization, name=f"Group {n:02}")
    fifty = [_queries(client, django_assert_max_num_queries, url, DETAIL_QUERY_BUDGET) for url in urls]
    assert one == fifty, (one, fifty)
    assert len(client.get(urls[1]).json()["services"]) == 50
