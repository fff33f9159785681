"""The directory admin: who may use it, its filters, inlines and the "mark verified" action."""

import re

import pytest
from django.utils import timezone

from portal import search
from portal.dates import months_later
from resources import services
from resources.models import LinkCheck, Organization, Service, TaxonomyTerm
from tests.resources.listings import make_organization, make_service

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/resources/service/"


def test_only_directory_admins_and_superusers_see_the_directory_admin(client, author, reviewer, directory_admin,
                                                                      superuser):  # fmt: skip
    service = make_service()
    for user, status in ((author, 403), (reviewer, 403), (directory_admin, 200), (superuser, 200)):
        client.force_login(user)
        assert client.get(CHANGELIST).status_code == status, user
        assert client.get(f"{CHANGELIST}{service.pk}/change/").status_code == status, user
        assert client.get("/admin/resources/organization/").status_code == status, user
    client.force_login(author)
    assert "Support directory" not in client.get("/admin/").content.decode()


@pytest.fixture
def listings(directory_admin):
    today = timezone.localdate()
    organization = make_organization()
    never = make_service(organization, name="Never verified", terms=("helpline", "telephone"))
    overdue = make_service(organization, name="Overdue", terms=("hospice",), url="http://127.0.0.1:9/broken")
    services.service_mark_verified(service=overdue, user=directory_admin, on=months_later(today, -13))
    soon = make_service(organization, name="Due soon", terms=("transport",))
    services.service_mark_verified(service=soon, user=directory_admin, on=months_later(today, -6) + (
        timezone.timedelta(days=10)))  # fmt: skip
    current = make_service(organization, name="Current", terms=("counselling",), status="temporarily closed")
    services.service_mark_verified(service=current, user=directory_admin)
    LinkCheck.objects.create(url="http://127.0.0.1:9/broken", checked_at=timezone.now(), is_broken=True,
                             error="Connection refused")  # fmt: skip
    return {"never": never, "overdue": overdue, "soon": soon, "current": current}


def names_listed(response) -> set[str]:
    assert response.status_code == 200
    return set(re.findall(r'<th class="field-name"><a href="[^"]+">([^<]+)</a>', response.content.decode()))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Never verified", "Overdue", "Due soon", "Current"}),
        ("verification=due", {"Never verified", "Overdue"}),
        ("verification=never", {"Never verified"}),
        ("verification=soon", {"Due soon"}),
        ("verification=current", {"Due soon", "Current"}),
        ("category=hospice", {"Overdue"}),
        ("status__exact=temporarily+closed", {"Current"}),
        ("links=broken", {"Overdue"}),
    ],
)
def test_changelist_filters(client, directory_admin, listings, query, expected):
    client.force_login(directory_admin)
    assert names_listed(client.get(f"{CHANGELIST}?{query}")) == expected


def test_mark_verified_action_records_the_admin_and_the_due_date(client, directory_admin, listings):
    client.force_login(directory_admin)
    never = listings["never"]
    response = client.post(CHANGELIST, {"action": "mark_verified", "_selected_action": [never.pk]}, follow=True)
    assert "1 listing marked verified." in response.content.decode()
    never.refresh_from_db()
    assert never.assured_date == timezone.localdate()
    assert never.assured_by == directory_admin
    assert never.verification_due == months_later(timezone.localdate(), 6)  # a helpline


def _management_fields(html: str) -> dict:
    """The inline formsets' hidden management fields, as the add page renders them."""
    fields = re.findall(r'<input type="hidden" name="([^"]+-(?:TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS)"[^>]*'
                        r'value="(\d*)"',
                        html)  # fmt: skip
    return dict(fields)


def test_adding_a_service_with_inlines_keeps_search_and_due_date_in_step(client, directory_admin):
    organization = make_organization("Riverside Carers")
    client.force_login(directory_admin)
    form = _management_fields(client.get(f"{CHANGELIST}add/").content.decode())
    assert "phones-TOTAL_FORMS" in form
    assert "schedules-TOTAL_FORMS" in form
    helpline = TaxonomyTerm.objects.get(code="helpline")
    form.update({
        "organization": organization.pk, "name": "Carers' evening line", "status": "active",
        "description": "Talk to a trained volunteer.", "terms": [helpline.pk],
        "phones-TOTAL_FORMS": "1", "phones-0-number": "555-0123", "phones-0-type": "voice",
        "phones-0-description": "Evenings", "phones-0-position": "0",
    })  # fmt: skip
    response = client.post(f"{CHANGELIST}add/", form)
    assert response.status_code == 302, re.findall(r'class="errorlist[^"]*">(.*?)</ul>', response.content.decode())
    service = Service.objects.get(name="Carers' evening line")
    assert [phone.number for phone in service.phones.all()] == ["555-0123"]
    assert service.verification_due is None  # added, not yet verified
    assert search.search("riverside carers").total == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("url", "javascript:alert(1)", "Enter a web address starting with https:// or http://."),
        ("url", "ftp://files.example.org/", "Enter a web address starting with https:// or http://."),
        ("phones-0-number", "call me maybe", "Enter a phone number"),
    ],
)
def test_bad_input_in_the_admin_gets_a_clear_message_and_saves_nothing(client, directory_admin, field, value,
                                                                       message):  # fmt: skip
    organization = make_organization()
    client.force_login(directory_admin)
    form = _management_fields(client.get(f"{CHANGELIST}add/").content.decode())
    form.update({
        "organization": organization.pk, "name": "Bad", "status": "active", "description": "x",
        "phones-TOTAL_FORMS": "1", "phones-0-number": "555-0123", "phones-0-type": "voice", "phones-0-position": "0",
    })  # fmt: skip
    form[field] = value
    response = client.post(f"{CHANGELIST}add/", form)
    assert response.status_code == 200
    assert message in response.content.decode(), re.findall(r"errorlist[^>]*>(.*?)</ul>", response.content.decode())
    assert not Service.objects.filter(name="Bad").exists()


def test_deleting_a_service_in_the_admin_takes_it_out_of_search(client, directory_admin):
    service = make_service(make_organization("Vanishing Trust"))
    services.listing_changed(service=service, user=directory_admin)
    client.force_login(directory_admin)
    response = client.post(f"{CHANGELIST}{service.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert search.search("vanishing trust").total == 0


def test_organisation_admin_lists_service_counts(client, directory_admin):
    organization = make_organization()
    make_service(organization, name="One")
    make_service(organization, name="Two")
    client.force_login(directory_admin)
    response = client.get("/admin/resources/organization/")
    assert response.status_code == 200
    assert '<td class="field-service_count">2</td>' in response.content.decode()
    assert Organization.objects.count() == 1
