"""The directory's services: verification cycle, permissions, audit trail, search index and cache."""

import pghistory.models
import pytest
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from portal import search
from portal.dates import months_later
from portal.page_cache import DIRECTORY, GROUP_KEY
from resources import services
from resources.models import Schedule, Service, TaxonomyTerm
from tests.resources.listings import make_organization, make_service

pytestmark = pytest.mark.django_db


def test_marking_verified_records_who_when_and_the_next_due_date(directory_admin):
    service = make_service(terms=("counselling", "in-person"))
    Schedule.objects.filter(service=service).delete()
    verified = services.service_mark_verified(service=service, user=directory_admin)
    today = timezone.localdate()
    assert verified.assured_date == today
    assert verified.assured_by == directory_admin
    assert verified.verification_due == months_later(today, 12)
    assert Service.objects.get(pk=service.pk).verification_due == months_later(today, 12)


@pytest.mark.parametrize(
    ("terms", "group_schedule", "months"),
    [
        (("helpline", "telephone"), False, 6),
        (("support-group", "online"), True, 6),  # a group that meets on a schedule
        (("counselling",), True, 6),  # any schedule marked as a group meeting
        (("counselling",), False, 12),
        (("support-group",), False, 12),  # a group with no meeting times to go stale
    ],
)
def test_helplines_and_group_schedules_are_due_after_six_months(directory_admin, terms, group_schedule, months):
    service = make_service(terms=terms)
    if not group_schedule:
        Schedule.objects.filter(service=service).delete()
    elif "support-group" not in terms:
        Schedule.objects.filter(service=service).update(is_group_meeting=True)
    verified = services.service_mark_verified(service=service, user=directory_admin)
    assert verified.verification_due == months_later(timezone.localdate(), months)


def test_only_directory_admins_and_superusers_may_verify(author, reviewer, superuser, directory_admin):
    service = make_service()
    for user in (author, reviewer):
        with pytest.raises(PermissionDenied):
            services.service_mark_verified(service=service, user=user)
        with pytest.raises(PermissionDenied):
            services.listing_changed(service=service, user=user)
    assert Service.objects.get(pk=service.pk).assured_date is None
    assert services.service_mark_verified(service=service, user=superuser).assured_by == superuser


def test_due_for_verification_lists_never_verified_and_overdue_public_listings(directory_admin):
    today = timezone.localdate()
    organization = make_organization()
    never = make_service(organization, name="Never")
    overdue = make_service(organization, name="Overdue")
    services.service_mark_verified(service=overdue, user=directory_admin, on=months_later(today, -13))
    current = make_service(organization, name="Current")
    services.service_mark_verified(service=current, user=directory_admin)
    make_service(organization, name="Defunct", status="defunct")
    assert set(services.services_due_for_verification()) == {never, overdue}


def test_stale_means_never_verified_or_verified_more_than_twelve_months_ago():
    today = timezone.localdate()
    assert services.is_stale(None, today)
    assert services.is_stale(months_later(today, -13), today)
    assert not services.is_stale(months_later(today, -12), today)
    assert not services.is_stale(today, today)


def test_verification_is_in_the_audit_trail_with_the_acting_user(directory_admin):
    service = make_service()
    services.service_mark_verified(service=service, user=directory_admin)
    events = pghistory.models.Events.objects.filter(pgh_obj_model="resources.Service", pgh_obj_id=service.pk)
    event = events.get(pgh_label="update", pgh_context__action="service.verify", pgh_diff__has_key="assured_date")
    assert event.pgh_context["user"] == directory_admin.pk
    assert event.pgh_context["action"] == "service.verify"
    assert event.pgh_diff["assured_date"][1] == str(timezone.localdate())


def test_bulk_updates_are_audited_too():
    service = make_service()
    Service.objects.filter(pk=service.pk).update(status="defunct")
    labels = list(
        pghistory.models.Events.objects.filter(pgh_obj_model="resources.Service", pgh_obj_id=service.pk).values_list(
            "pgh_label", flat=True
        )
    )
    assert labels.count("update") == 1


def test_public_listings_are_searchable_and_closed_ones_leave_the_index(directory_admin):
    organization = make_organization("Harbour Light Trust")
    service = make_service(organization, name="Evening walk-in group")
    services.listing_changed(service=service, user=directory_admin)
    results = search.search("harbour light", kind="service")
    assert [result.url for result in results.results] == [service.get_absolute_url()]
    assert search.search("harbor light trust").total >= 1  # misspelt, found by the organisation's name

    Service.objects.filter(pk=service.pk).update(status="inactive")
    services.listing_changed(service=Service.objects.get(pk=service.pk), user=directory_admin)
    assert search.search("harbour light").total == 0


def test_renaming_an_organisation_reindexes_its_services(directory_admin):
    organization = make_organization("Old Name Trust")
    service = make_service(organization)
    services.listing_changed(service=service, user=directory_admin)
    organization.name = "Brand New Foundation"
    organization.save()
    services.organization_changed(organization=organization, user=directory_admin)
    assert search.search("brand new foundation").total == 1
    assert search.search("old name trust").total == 0


def test_deleting_a_listing_removes_it_from_search(directory_admin):
    service = make_service(name="Soon deleted")
    services.listing_changed(service=service, user=directory_admin)
    service_id = service.pk
    service.delete()
    services.listing_deleted(service_id=service_id, user=directory_admin)
    assert search.search("soon deleted").total == 0


def test_every_listing_change_makes_cached_pages_stale(directory_admin):
    """Each change stamps the directory's pages (and those offering listings) with a newer number,
    so every copy cached before it is refused (tests/portal/test_page_cache_targeted.py)."""
    service = make_service()
    services.listing_changed(service=service, user=directory_admin)
    after_change = cache.get(GROUP_KEY + DIRECTORY)
    services.service_mark_verified(service=service, user=directory_admin)
    after_verifying = cache.get(GROUP_KEY + DIRECTORY)
    services.listing_deleted(service_id=service.pk, user=directory_admin)
    assert after_change < after_verifying < cache.get(GROUP_KEY + DIRECTORY)


def test_terms_have_stable_ids_derived_from_their_codes():
    from resources.vocabulary import term_id

    term = TaxonomyTerm.objects.get(code="helpline")
    assert term.pk == term_id("helpline")


def test_an_inline_change_marks_the_listing_modified_for_partners(directory_admin):
    service = make_service()
    before = Service.objects.get(pk=service.pk).last_modified
    service.phones.update(description="Now evenings too")
    services.listing_changed(service=service, user=directory_admin)
    assert Service.objects.get(pk=service.pk).last_modified > before
