"""The only code that changes the directory's listings outside the admin's own forms.

Each function checks the acting user's permission itself, records the audit context
(django-pghistory) and keeps what is derived from a listing current: when its next verification is
due, its entry in the public search index and the shared page cache. The admin calls
`listing_changed` after saving a service with its inlines; the importer and the demo loader call
`listings_changed` once for all the services they added.

Errors: `PermissionDenied` when the user may not do this at all; nothing is changed.
"""

import datetime
from collections.abc import Callable, Sequence

import pghistory
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _

from portal import search
from portal.dates import months_later
from portal.page_cache import public_pages_changed
from portal.security_log import security_event
from resources.models import PUBLIC_STATUSES, Service
from resources.vocabulary import HELPLINE, SUPPORT_GROUP

VERIFY_PERMISSION = "resources.verify_service"
CHANGE_PERMISSION = "resources.change_service"
# A listing is re-verified once a year; helplines and group meetings change hours more often.
VERIFICATION_MONTHS = 12
FAST_CHANGING_VERIFICATION_MONTHS = 6
# The public sees "This listing may be out of date" once the last verification is older than this.
STALE_AFTER_MONTHS = 12


def _require(user: AbstractBaseUser, permission: str, action: str) -> None:
    if not (user and user.is_active and user.has_perm(permission)):
        raise PermissionDenied(_("You do not have permission to %(action)s.") % {"action": action})


def assurer_email() -> str:
    """The role address exported as `assurer_email`: never the verifying person's own address."""
    return settings.DIRECTORY_ASSURER_EMAIL


def verification_months(service: Service) -> int:
    codes = {term.code for term in service.terms.all()}
    group_meeting_flags = [schedule.is_group_meeting for schedule in service.schedules.all()]
    meets_as_group = (SUPPORT_GROUP in codes and group_meeting_flags) or any(group_meeting_flags)
    changes_often = HELPLINE in codes or meets_as_group
    return FAST_CHANGING_VERIFICATION_MONTHS if changes_often else VERIFICATION_MONTHS


def stale_before(today: datetime.date | None = None) -> datetime.date:
    """Listings last verified before this day may be out of date (the public is told so)."""
    return months_later(today or timezone.localdate(), -STALE_AFTER_MONTHS)


def is_stale(assured_date: datetime.date | None, today: datetime.date | None = None) -> bool:
    """Whether the public should be told the listing may be out of date."""
    return assured_date is None or assured_date < stale_before(today)


def due_for_verification(today: datetime.date | None = None) -> Q:
    """Never verified, or due on or before `today`."""
    return Q(verification_due__isnull=True) | Q(verification_due__lte=today or timezone.localdate())


def _refresh_derived(service: Service) -> None:
    """The due date and the search entry; the caller makes cached pages stale once for all."""
    due = months_later(service.assured_date, verification_months(service)) if service.assured_date else None
    if due != service.verification_due:
        Service.objects.filter(pk=service.pk).update(verification_due=due)
        service.verification_due = due
    search_index_service(service)


def search_index_service(service: Service) -> None:
    """Keep the public search index in step with a listing: in while it is shown, out otherwise."""
    key = f"service:{service.pk}"
    if service.status not in PUBLIC_STATUSES:
        search.unindex(key)
        return
    organization = service.organization
    search.index_document(
        key=key, kind="service", url=service.get_absolute_url(), title=f"{service.name} ({organization.name})",
        summary=service.description[:500],
        body=" ".join([service.description, service.eligibility_description, service.application_process,
                       service.fees_description]),
        names=[organization.name, organization.alternate_name, service.alternate_name,
               *(term.name for term in service.terms.all())],
        is_sample=organization.is_sample,
    )  # fmt: skip


@transaction.atomic
def listings_changed(
    *, services: Sequence[Service], user: AbstractBaseUser, just_created: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> None:  # fmt: skip
    """Called after services or anything hanging off them were saved: refresh what derives from
    each, then make cached pages stale once (an import of thousands need not do it thousands of times)."""
    _require(user, CHANGE_PERMISSION, _("change directory listings"))
    prefetch_related_objects(services, "terms", "schedules")  # for each service's due date and index entry
    for done, service in enumerate(services, start=1):
        if not just_created:
            # A phone or schedule edited inline changes the listing: partners asking for changes
            # since a date (HSDS modified_after) must see it.
            service.last_modified = timezone.now()
            Service.objects.filter(pk=service.pk).update(last_modified=service.last_modified)
        _refresh_derived(service)
        if progress is not None:
            progress(done, len(services))
    public_pages_changed()


def listing_changed(*, service: Service, user: AbstractBaseUser, just_created: bool = False) -> Service:
    """Called after a service or anything hanging off it was saved: refresh what derives from it."""
    listings_changed(services=[service], user=user, just_created=just_created)
    return service


@transaction.atomic
def organization_changed(*, organization, user: AbstractBaseUser) -> None:
    """An organisation's name or sample flag shows in every one of its services' index entries."""
    _require(user, CHANGE_PERMISSION, _("change directory listings"))
    for service in organization.services.prefetch_related("terms"):
        search_index_service(service)
    public_pages_changed()


@transaction.atomic
def service_mark_verified(*, service: Service, user: AbstractBaseUser, on: datetime.date | None = None) -> Service:
    """Record that a directory admin checked this listing with the organisation today."""
    _require(user, VERIFY_PERMISSION, _("mark listings verified"))
    service = Service.objects.select_for_update().select_related("organization").get(pk=service.pk)
    with pghistory.context(action="service.verify", user=user.pk):
        service.assured_date = on or timezone.localdate()
        service.assured_by = user
        service.save(update_fields=["assured_date", "assured_by", "last_modified"])
        _refresh_derived(service)
        public_pages_changed()
    transaction.on_commit(lambda: security_event("listing_verified", user=user, service=service.pk))
    return service


def services_due_for_verification(today: datetime.date | None = None):
    """Listings shown to the public whose verification is due (or that were never verified)."""
    return Service.objects.filter(status__in=PUBLIC_STATUSES).filter(due_for_verification(today))


@transaction.atomic
def listing_deleted(*, service_id, user: AbstractBaseUser) -> None:
    """Called after a service was deleted: take it out of the search index and the cached pages."""
    _require(user, "resources.delete_service", _("delete directory listings"))
    search.unindex(f"service:{service_id}")
    public_pages_changed()
