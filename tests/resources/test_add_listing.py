""" "Add a listing": an organisation, its service and where it is offered, on one admin screen."""

import re

import pghistory.models
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from portal import search
from resources import services
from resources.models import (
    Address,
    CostOption,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)
from tests.resources.listings import make_organization, make_service

pytestmark = pytest.mark.django_db
ADD_LISTING = "/admin/resources/service/add-listing/"
XSS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']
DIRECTORY_MODELS = (Organization, Service, Phone, Location, Address, ServiceAtLocation, ServiceArea, Language,
                    CostOption, Schedule)  # fmt: skip


def directory_counts() -> dict:
    return {model.__name__: model.objects.count() for model in DIRECTORY_MODELS}


def listing_form(**changes) -> dict:
    """What a directory admin types for a new charity with a support group at its centre."""
    data = {
        "existing-organization": "",
        "organization-name": "Harbor Light Cancer Network (fictional)",
        "organization-description": "A fictional charity supporting people with metastatic breast cancer.",
        "organization-website": "harborlight.example.org",
        "organization-email": "hello@harborlight.example.org",
        "service-name": "Thursday support circle",
        "service-status": "active",
        "service-description": "A small group for people living with stage 4 breast cancer.",
        "service-eligibility_description": "Adults with metastatic breast cancer.",
        "service-url": "https://harborlight.example.org/circle",
        "service-terms": [str(TaxonomyTerm.objects.get(code="support-group").pk),
                          str(TaxonomyTerm.objects.get(code="in-person").pk)],  # fmt: skip
        "service-languages": "en, es",
        "phones-TOTAL_FORMS": "2", "phones-INITIAL_FORMS": "0", "phones-MIN_NUM_FORMS": "0",
        "phones-MAX_NUM_FORMS": "1000",
        "phones-0-number": "216-555-0148", "phones-0-type": "voice", "phones-0-description": "Weekdays 9 am to 5 pm",
        "phones-1-number": "", "phones-1-type": "voice", "phones-1-description": "",  # as a browser sends it
        "location-location_type": "physical", "location-name": "Harbor Light centre",
        "location-transportation": "Bus 22 stops outside",
        "address-address_1": "12 Example Street", "address-city": "Cleveland", "address-state_province": "OH",
        "address-postal_code": "44101",
        "area-scope": "state", "area-state": "oh",
        "cost-option": "free", "cost-amount_description": "",
        "schedule-description": "Thursdays, 6 to 7:30 pm", "schedule-byday": "th",
        "schedule-opens_at": "18:00", "schedule-closes_at": "19:30", "schedule-timezone": "America/New_York",
        "schedule-attending_type": "in person", "schedule-is_group_meeting": "on",
    }  # fmt: skip
    data.update(changes)
    return data


def errors_in(response) -> list[str]:
    return re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S)


def test_only_directory_admins_and_superusers_may_open_it(client, author, reviewer, directory_admin, superuser):
    for user, status in ((author, 403), (reviewer, 403), (directory_admin, 200), (superuser, 200)):
        client.force_login(user)
        assert client.get(ADD_LISTING).status_code == status, user
    client.force_login(author)
    before = directory_counts()
    assert client.post(ADD_LISTING, listing_form()).status_code == 403
    assert directory_counts() == before


def test_the_service_refuses_users_who_may_not_add_listings(author, reviewer):
    for user in (author, reviewer):
        with pytest.raises(PermissionDenied):
            services.listing_create(user=user, organization={"name": "X", "description": "Y"},
                                    service={"name": "Z", "description": "W"})  # fmt: skip
    assert not Organization.objects.exists()


def test_the_screen_uses_plain_labels_and_explains_days(client, directory_admin):
    client.force_login(directory_admin)
    page = client.get(ADD_LISTING).content.decode()
    for plain in ("Kind of place", "Language", "Days", "Two-letter days, comma-separated", "Phones", "Area served"):
        assert plain in page, plain
    for jargon in (">Slug", "ISO 639", ">Position", ">Address type", "Byday"):
        assert jargon not in page, jargon
    assert page.count('name="location-location_type"') == 1  # the kind of place is asked once


def test_one_screen_adds_the_organisation_service_place_and_parts_together(client, directory_admin):
    client.force_login(directory_admin)
    response = client.post(ADD_LISTING, listing_form())
    assert response.status_code == 302, errors_in(response)
    service = Service.objects.get(name="Thursday support circle")
    assert response["Location"] == f"/admin/resources/service/{service.pk}/change/"
    organization = service.organization
    assert organization.slug == "harbor-light-cancer-network-fictional"
    assert organization.website == "https://harborlight.example.org"  # typed without a scheme: https
    assert {term.code for term in service.terms.all()} == {"support-group", "in-person"}
    assert [(p.number, p.type) for p in service.phones.all()] == [("216-555-0148", "voice")]  # the empty row left out
    location = service.locations.get()
    assert (location.organization, location.location_type) == (organization, "physical")
    assert location.addresses.get().address_type == "physical"  # the type asked once, on the location
    assert [(a.scope, a.state, a.name) for a in service.service_areas.all()] == [("state", "OH", "OH")]
    assert sorted(service.languages.values_list("code", flat=True)) == ["en", "es"]
    assert service.cost_options.get().option == "free"
    schedule = service.schedules.get()
    assert (schedule.freq, schedule.byday, schedule.is_group_meeting) == ("WEEKLY", "TH", True)
    assert service.assured_date is None  # added, not verified
    assert search.search("harbor light").total == 1
    events = pghistory.models.Events.objects.filter(pgh_obj_model="resources.Service", pgh_obj_id=service.pk)
    insert = events.get(pgh_label="insert")
    assert insert.pgh_context["action"] == "listing.create"
    assert insert.pgh_context["user"] == directory_admin.pk
    page = client.get(response["Location"]).content.decode()
    assert "Listing added: Thursday support circle" in page


def test_a_service_may_join_an_organisation_already_in_the_directory(client, directory_admin):
    organization = make_organization("Riverside Carers")
    client.force_login(directory_admin)
    page = client.get(f"/admin/resources/organization/{organization.pk}/change/").content.decode()
    link = f"{ADD_LISTING}?organization={organization.pk}"
    assert f'href="{link}"' in page  # "Add a listing for this organisation"
    assert "Page address" in page
    assert "as in /support/this-part/" in page  # the admin shows help texts as HTML: no <angle brackets>
    page = client.get(link).content.decode()
    assert "Adding a service to <strong>Riverside Carers</strong>" in page
    assert f'name="existing-organization" value="{organization.pk}"' in page
    assert 'name="organization-name"' not in page
    assert client.get(f"{ADD_LISTING}?organization=not-an-id").status_code == 200  # a new organisation instead
    form = listing_form(**{"existing-organization": str(organization.pk), "organization-name": "",
                           "organization-description": "", "organization-website": "", "organization-email": "",
                           "location-location_type": "virtual", "location-name": "Online",
                           "location-url": "https://riverside.example.org/join"})  # fmt: skip
    for name in ("address_1", "city", "state_province", "postal_code"):
        form[f"address-{name}"] = ""
    response = client.post(ADD_LISTING, form)
    assert response.status_code == 302, errors_in(response)
    assert Organization.objects.count() == 1
    service = Service.objects.get(name="Thursday support circle")
    assert service.organization == organization
    assert service.locations.get().addresses.count() == 0


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"organization-description": ""}, "organization-description", "This field cannot be blank."),
        ({"organization-name": "", "organization-description": ""}, "organization-name", "This field cannot be blank."),
        ({"service-name": ""}, "service-name", "This field is required."),
        ({"service-url": "javascript:alert(1)"}, "service-url", "Enter a web address starting with https://"),
        ({"phones-1-number": "call us on Monday"}, "phones-1-number", "Enter a phone number"),
        ({"schedule-byday": "Thursdays"}, "schedule-byday", "Enter days as in iCalendar"),
        ({"service-languages": "en, xx"}, "service-languages", "Unknown language code"),
        ({"address-city": ""}, "address-city", "This field cannot be blank."),
        (
            {"location-location_type": "", "location-name": "", "location-transportation": ""},
            "location-location_type",
            "Choose the kind of place",
        ),
        ({"location-location_type": ""}, "location-location_type", "This field cannot be blank."),
        ({"location-location_type": "virtual"}, "address", "An online location has no street address"),
        ({"area-state": ""}, "area-state", "needs its two-letter state code"),
        ({"cost-option": "cheap"}, "cost-option", "Select a valid choice"),
    ],
)
def test_bad_input_gets_a_clear_message_by_its_field_and_saves_nothing(client, directory_admin, changes, field,
                                                                        message):  # fmt: skip
    client.force_login(directory_admin)
    before = directory_counts()
    response = client.post(ADD_LISTING, listing_form(**changes))
    assert response.status_code == 200
    page = response.content.decode()
    assert "The listing was not saved: please correct the problems shown below." in page
    assert message in page, errors_in(response)
    # The message sits beside its field (or, for a whole part, in that part's section).
    if "-" in field:
        pattern = (
            rf'<(?:div class="form-row errors[^"]*"|td)>\s*<ul class="errorlist[^>]*>(?:(?!</ul>).)*'
            rf'{re.escape(message[:20])}(?:(?!<(?:div class="form-row|td>)).)*name="{field}"'
        )
        row = re.search(pattern, page, re.S)
        assert row, f"{message!r} is not shown at {field}"
    assert directory_counts() == before  # nothing half-saved


def test_every_problem_of_the_parts_is_told_at_once(client, directory_admin):
    client.force_login(directory_admin)
    response = client.post(ADD_LISTING, listing_form(**{"phones-0-number": "none", "schedule-byday": "soon",
                                                        "area-state": "", "organization-description": ""}))  # fmt: skip
    page = response.content.decode()
    for message in ("Enter a phone number", "Enter days as in iCalendar", "needs its two-letter state code",
                    "This field cannot be blank."):  # fmt: skip
        assert page.count(message) == 1, message
    assert not Service.objects.exists()


def test_names_with_markup_are_stored_as_typed_and_shown_as_text(client, directory_admin):
    client.force_login(directory_admin)
    form = listing_form(**{"organization-name": f"Harbor {XSS[0]}", "service-name": f"Circle {XSS[1]}",
                           "phones-0-description": XSS[0], "location-name": XSS[1]})  # fmt: skip
    response = client.post(ADD_LISTING, form)
    assert response.status_code == 302, errors_in(response)
    service = Service.objects.get(name=f"Circle {XSS[1]}")
    assert service.organization.name == f"Harbor {XSS[0]}"
    assert service.organization.slug == "harbor-scriptalert1script"
    for url in (response["Location"], f"/support/{service.organization.slug}/", "/admin/resources/service/"):
        page = client.get(url).content.decode()
        for payload in XSS:
            assert payload not in page, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or "&quot;&gt;&lt;img" in page, url


def test_a_refusal_with_a_bad_value_shows_it_back_escaped(client, directory_admin):
    client.force_login(directory_admin)
    response = client.post(ADD_LISTING, listing_form(**{"service-name": XSS[1], "phones-0-number": XSS[0]}))
    assert response.status_code == 200
    page = response.content.decode()
    assert XSS[0] not in page
    assert XSS[1] not in page
    assert not Service.objects.exists()


def test_the_service_checks_everything_itself(directory_admin):
    with pytest.raises(ValidationError) as raised:
        services.listing_create(
            user=directory_admin, organization={"name": "", "description": ""},
            service={"name": "Group", "description": "A group.", "url": "ftp://x.example.org/"},
            phones=[{"number": "555-0100"}, {"number": "nope"}], address={"city": "Akron"},
        )  # fmt: skip
    errors = raised.value.message_dict
    assert set(errors) >= {"organization-name", "organization-description", "service-url", "phones-1-number",
                           "location-location_type"}  # fmt: skip
    assert errors["service-url"] == ["Enter a web address starting with https:// or http://."]
    assert not Organization.objects.exists()


def test_the_service_admin_offers_the_one_screen_add_and_the_import(client, directory_admin):
    client.force_login(directory_admin)
    page = client.get("/admin/resources/service/").content.decode()
    assert f'href="{ADD_LISTING}"' in page
    assert 'href="/admin/resources/directoryimport/upload/"' in page


def test_verified_by_is_the_name_as_text_not_a_link_into_the_user_admin(client, directory_admin):
    directory_admin.first_name, directory_admin.last_name = "Dora", "Directory"
    directory_admin.save()
    service = make_service()
    services.service_mark_verified(service=service, user=directory_admin)
    client.force_login(directory_admin)
    page = client.get(f"/admin/resources/service/{service.pk}/change/").content.decode()
    assert "Dora Directory" in page
    assert "/admin/auth/user/" not in page


def test_an_address_added_on_the_location_page_takes_the_locations_type(client, directory_admin):
    organization = make_organization()
    location = Location.objects.create(organization=organization, location_type="postal", name="Mail")
    client.force_login(directory_admin)
    url = f"/admin/resources/location/{location.pk}/change/"
    page = client.get(url).content.decode()
    assert 'name="addresses-0-address_type"' not in page
    assert "addresses-__prefix__-address_type" not in page
    response = client.post(url, {
        "organization": organization.pk, "location_type": "postal", "name": "Mail", "description": "",
        "url": "", "transportation": "",
        "addresses-TOTAL_FORMS": "1", "addresses-INITIAL_FORMS": "0", "addresses-MIN_NUM_FORMS": "0",
        "addresses-MAX_NUM_FORMS": "1000", "addresses-0-address_1": "PO Box 12", "addresses-0-city": "Akron",
        "addresses-0-state_province": "OH", "addresses-0-postal_code": "44301", "addresses-0-country": "US",
    })  # fmt: skip
    assert response.status_code == 302, errors_in(response)
    assert location.addresses.get().address_type == "postal"
