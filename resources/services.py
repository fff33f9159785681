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
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal import search
from portal.dates import months_later
from portal.page_cache import DIRECTORY, pages_changed
from portal.security_log import security_event
from resources.models import (
    PUBLIC_STATUSES,
    Address,
    AreaScope,
    CostOption,
    Language,
    Location,
    LocationType,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)
from resources.vocabulary import HELPLINE, SUPPORT_GROUP, language_name

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
    pages_changed(DIRECTORY)


def listing_changed(*, service: Service, user: AbstractBaseUser, just_created: bool = False) -> Service:
    """Called after a service or anything hanging off it was saved: refresh what derives from it."""
    listings_changed(services=[service], user=user, just_created=just_created)
    return service


@transaction.atomic
def organization_changed(*, organization, user: AbstractBaseUser) -> None:
    """An organization's name or sample flag shows in every one of its services' index entries."""
    _require(user, CHANGE_PERMISSION, _("change directory listings"))
    for service in organization.services.prefetch_related("terms"):
        search_index_service(service)
    pages_changed(DIRECTORY)


@transaction.atomic
def service_mark_verified(*, service: Service, user: AbstractBaseUser, on: datetime.date | None = None) -> Service:
    """Record that a directory admin checked this listing with the organization today."""
    _require(user, VERIFY_PERMISSION, _("mark listings verified"))
    service = Service.objects.select_for_update().select_related("organization").get(pk=service.pk)
    with pghistory.context(action="service.verify", user=user.pk):
        service.assured_date = on or timezone.localdate()
        service.assured_by = user
        service.save(update_fields=["assured_date", "assured_by", "last_modified"])
        _refresh_derived(service)
        pages_changed(DIRECTORY)
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
    pages_changed(DIRECTORY)


# --- A whole listing in one go (the admin's "Add a listing" screen) --------------------------------


def free_organization_slug(name: str) -> str:
    """The organization's page address from its name, with -2, -3... if another has it already."""
    base = slugify(name)[:120].strip("-")
    if not base:
        return ""
    slug, number = base, 1
    while Organization.objects.filter(slug=slug).exists():
        number += 1
        suffix = f"-{number}"
        slug = base[: 120 - len(suffix)] + suffix
    return slug


class _ListingErrors:
    """Every problem of a listing, keyed as the admin form names its fields ("phones-0-number")."""

    def __init__(self):
        self.by_key: dict[str, list[str]] = {}

    def add(self, key: str, message: str) -> None:
        messages = self.by_key.setdefault(key, [])
        if message not in messages:
            messages.append(message)

    def check(self, instance: models.Model, prefix: str, exclude: Sequence[str] = ()) -> None:
        try:
            instance.full_clean(exclude=list(exclude), validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                key = prefix if name == NON_FIELD_ERRORS else f"{prefix}-{name}"
                for message in messages:
                    self.add(key, message)

    def raise_if_any(self) -> None:
        if self.by_key:
            raise ValidationError(self.by_key)


@transaction.atomic
def listing_create(
    *,
    user: AbstractBaseUser,
    organization: Organization | dict,
    service: dict,
    terms: Sequence[TaxonomyTerm] = (),
    languages: Sequence[str] = (),
    phones: Sequence[dict] = (),
    location: dict | None = None,
    address: dict | None = None,
    area: dict | None = None,
    cost: dict | None = None,
    schedule: dict | None = None,
) -> Service:
    """Add a listing in one step: a new organization (or one already in the directory), its service
    and, optionally, the service's phones, place with its address, area served, languages, cost and
    schedule. Everything is checked first; if anything is wrong nothing is saved and
    `ValidationError` names every problem by the admin form's field ("service-name",
    "phones-1-number", "address-city").

    The location's type is asked once: its address takes the same type (a virtual location has a
    web address, not a street address). Not verified: like an import, a new listing waits for a
    directory admin to check it with the organization.
    """
    _require(user, "resources.add_service", _("add directory listings"))
    errors = _ListingErrors()
    if isinstance(organization, Organization):
        org = Organization.objects.get(pk=organization.pk)
    else:
        _require(user, "resources.add_organization", _("add organizations to the directory"))
        org = Organization(**organization)
        org.slug = free_organization_slug(org.name)
        errors.check(org, "organization", exclude=["slug"] if not org.slug else [])
        if org.name and not org.slug:
            errors.add("organization-name", _("The name needs a letter or digit (it makes the page address)."))
    new_service = Service(organization=org, **service)
    errors.check(new_service, "service", exclude=["organization"])
    parts: list[models.Model] = []
    seen_codes = set()
    for code in languages:
        code = code.strip().lower()
        name = language_name(code)
        if name is None:
            errors.add("service-languages", _("Unknown language code %(code)s: use two letters such as en or es.")
                       % {"code": repr(code)})  # fmt: skip
        elif code not in seen_codes:
            seen_codes.add(code)
            parts.append(Language(service=new_service, code=code, name=name))
    for position, values in enumerate(phones):
        phone = Phone(service=new_service, position=position, **values)
        errors.check(phone, f"phones-{position}", exclude=["service", "organization"])
        parts.append(phone)
    if area:
        made = ServiceArea(service=new_service, **area)
        made.state = made.state.upper()
        if made.scope == AreaScope.NATIONAL and not made.name:
            made.name = "United States"
        elif made.scope == AreaScope.STATE and not made.name:
            made.name = made.state
        exclude = ["service"]
        if made.scope in (AreaScope.STATE, AreaScope.CITY) and not made.state:
            errors.add("area-state", _("A state or city area needs its two-letter state code, such as OH."))
            exclude.append("name")  # a state's name comes from its code: one problem, told once
        errors.check(made, "area", exclude=exclude)
        parts.append(made)
    if cost:
        made = CostOption(service=new_service, **cost)
        errors.check(made, "cost", exclude=["service"])
        parts.append(made)
    if schedule:
        made = Schedule(service=new_service, **schedule)
        made.byday = made.byday.upper()
        if made.byday and not made.freq:
            made.freq = "MONTHLY" if any(ch.isdigit() for ch in made.byday) else "WEEKLY"
        errors.check(made, "schedule", exclude=["service"])
        parts.append(made)
    place = street = None
    if location:
        place = Location(organization=org, **location)
        errors.check(place, "location", exclude=["organization"])
        if address and place.location_type in (LocationType.PHYSICAL, LocationType.POSTAL):
            street = Address(location=place, address_type=place.location_type, **address)
            errors.check(street, "address", exclude=["location", "address_type"])
        elif address and place.location_type == LocationType.VIRTUAL:
            errors.add("address", _("An online location has no street address: leave the address empty, or choose "
                                    "a physical or postal location."))  # fmt: skip
        elif place.location_type == LocationType.PHYSICAL:
            errors.add("address-address_1", _("A place to visit needs its address."))
    elif address:
        errors.add("location-location_type", _("Choose the kind of place this address is."))
    errors.raise_if_any()

    with pghistory.context(action="listing.create", user=user.pk):
        if org._state.adding:
            org.save()
        new_service.save()
        new_service.terms.set(terms)
        for part in parts:
            part.save()
        if place is not None:
            place.save()
            if street is not None:
                street.save()
            ServiceAtLocation.objects.create(service=new_service, location=place)
    transaction.on_commit(lambda: security_event("listing_created", user=user, service=new_service.pk))
    listing_changed(service=new_service, user=user, just_created=True)
    return new_service
