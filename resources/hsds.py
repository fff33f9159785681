"""Our directory in Open Referral's HSDS 3.0 shape: the one mapping the API and the export share.

Partners (211 directories, clinics, charities) load these records into their own systems, so both
the API (`resources.api`) and `manage.py export_hsds` call the same functions here and say the same
thing. Three kinds of code live here:

- Serialisers (`service_summary`, `service_full`, `organization_summary`, `organization_full`):
  plain dicts of JSON types with HSDS field names. They only ever call `.all()` on relations, so a
  caller that prefetches (see the querysets below) pays a fixed number of queries for any number
  of records. Keys whose value is empty are left out rather than sent as null or "", because HSDS
  types most fields as plain strings (null is invalid) and an empty string says nothing; required
  keys are always present. Arrays are always present, possibly empty, so consumers can iterate.
- Selectors (`service_list`, `service_detail`, `organization_list`, `organization_detail`): which
  records partners may see, as querysets ready for the serialisers.
- The tabular form (`TABLES`): the CSV files of the data package and their columns.

What partners get, and why:
- Only active and temporarily closed services (`PUBLIC_STATUSES`), as patients do. An inactive or
  defunct service appears only as a *withdrawn record* (id, name, status, alert, dates): enough for
  a partner to close its copy, without republishing phone numbers and addresses that may since
  have passed to someone else.
- Never sample listings (`Organization.is_sample`): the website labels them on every page, but
  HSDS has no such label, and a fictional 555-01xx helpline must not reach a real 211 directory.
- `assurer_email` is the directory team's role address (`resources.services.assurer_email`), never
  the address of the person who verified the listing.

Where our model and HSDS differ:
- `ServiceArea.scope` (national, state, city) is sent as `extent_type` and its two-letter state as
  `extent`. HSDS meant these two for a polygon and its format (geojson, kml, text); we have no
  polygons, and the area's `name` ("Ohio", "Cleveland") is what most consumers show anyway.
- `Schedule.timezone` is an IANA name ("America/New_York"); HSDS wants a fixed UTC offset, which a
  zone with daylight saving time does not have, so it is left out. Times are "HH:MM" local time.
- Service terms (our category, delivery mode and audience) are HSDS attributes with `link_type` set
  to our taxonomy's name; an attribute's id is derived from the service and term ids, so it is the
  same in every export. A group meeting's schedule carries a "group-meeting" attribute.
"""

import datetime
import math
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from resources import selectors
from resources.models import (
    PUBLIC_STATUSES,
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
from resources.services import assurer_email
from resources.vocabulary import TERM_NAMESPACE, term_id

HSDS_VERSION = "3.0"
HSDS_PROFILE_URL = "https://docs.openreferral.org/en/latest/hsds/"
HSDS_OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
# Attribute ids are derived, never stored: the same service and term give the same id in every export.
ATTRIBUTE_NAMESPACE = uuid.uuid5(TERM_NAMESPACE, "attribute")
# `Schedule.is_group_meeting` has no HSDS field: it is sent as an attribute of the schedule with
# this term (resources.importing reads it back). Not a TaxonomyTerm row: no service is filed under it.
GROUP_MEETING_CODE = "group-meeting"


# --- Values ---------------------------------------------------------------------------------------


def _id(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def _datetime(value: datetime.datetime | None) -> str | None:
    # HSDS asks for millisecond accuracy; UTC with "Z" so every consumer reads it the same way.
    if value is None:
        return None
    return value.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _time(value: datetime.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _number(value: Decimal | None) -> int | float | None:
    # JSON has no decimals; a whole amount reads better as 35 than 35.0.
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _compact(record: dict, *, keep: Iterable[str] = ()) -> dict:
    """Drop empty values (None, ""), except keys HSDS requires."""
    keep = set(keep)
    return {key: value for key, value in record.items() if key in keep or (value is not None and value != "")}


def is_public(service: Service) -> bool:
    return service.status in PUBLIC_STATUSES


# --- One record each ------------------------------------------------------------------------------


def organization_summary(organization: Organization) -> dict:
    """The organization's one-to-one fields (compiled/organization_list.json)."""
    return _compact(
        {
            "id": _id(organization.id),
            "name": organization.name,
            "alternate_name": organization.alternate_name,
            "description": organization.description,
            "email": organization.email,
            "website": organization.website,
        },
        keep=("id", "name", "description"),
    )


def _service_fields(service: Service) -> dict:
    if not is_public(service):
        # A withdrawn record: the partner learns the status, nothing that may have gone stale.
        return _compact(
            {
                "id": _id(service.id),
                "organization_id": _id(service.organization_id),
                "name": service.name,
                "status": service.status,
                "alert": service.alert,
                "last_modified": _datetime(service.last_modified),
            },
            keep=("id", "name", "status"),
        )
    return _compact(
        {
            "id": _id(service.id),
            "organization_id": _id(service.organization_id),
            "name": service.name,
            "alternate_name": service.alternate_name,
            "description": service.description,
            "url": service.url,
            "email": service.email,
            "status": service.status,
            "interpretation_services": service.interpretation_services,
            "application_process": service.application_process,
            "fees_description": service.fees_description,
            "eligibility_description": service.eligibility_description,
            "assured_date": _date(service.assured_date),
            # Only a verified listing has an assurer; it is the team's address, not the verifier's.
            "assurer_email": assurer_email() if service.assured_date else None,
            "alert": service.alert,
            "last_modified": _datetime(service.last_modified),
        },
        keep=("id", "name", "status"),
    )


def service_summary(service: Service) -> dict:
    """The service's one-to-one fields with its organization's (compiled/service_list.json)."""
    return {**_service_fields(service), "organization": organization_summary(service.organization)}


def phone_record(phone: Phone) -> dict:
    return _compact(
        {
            "id": _id(phone.id),
            "service_id": _id(phone.service_id),
            "organization_id": _id(phone.organization_id),
            "number": phone.number,
            "extension": phone.extension,
            "type": phone.type,
            "description": phone.description,
        },
        keep=("id", "number"),
    )


def group_meeting_term() -> dict:
    return {
        "id": _id(term_id(GROUP_MEETING_CODE)),
        "code": GROUP_MEETING_CODE,
        "name": "Group meeting",
        "description": "People meet as a group at the times given, rather than one at a time.",
        "taxonomy": "schedule",
    }


def _group_meeting_attribute(schedule: Schedule) -> dict:
    term = group_meeting_term()
    return {
        "id": _id(uuid.uuid5(ATTRIBUTE_NAMESPACE, f"schedule/{schedule.id}/{GROUP_MEETING_CODE}")),
        "link_id": _id(schedule.id),
        "link_type": "schedule",
        "link_entity": "schedule",
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
    }


def schedule_record(schedule: Schedule) -> dict:
    record = _compact(
        {
            "id": _id(schedule.id),
            "service_id": _id(schedule.service_id),
            "freq": schedule.freq,
            "interval": schedule.interval,
            "byday": schedule.byday,
            "opens_at": _time(schedule.opens_at),
            "closes_at": _time(schedule.closes_at),
            "description": schedule.description,
            "attending_type": schedule.attending_type,
            "schedule_link": schedule.schedule_link,
            "notes": schedule.notes,
        },
        keep=("id",),
    )
    record["attributes"] = [_group_meeting_attribute(schedule)] if schedule.is_group_meeting else []
    return record


def service_area_record(area: ServiceArea) -> dict:
    return _compact(
        {
            "id": _id(area.id),
            "service_id": _id(area.service_id),
            "name": area.name,
            "description": area.description,
            "extent": area.state,
            "extent_type": area.scope,
        },
        keep=("id",),
    )


def address_record(address: Address) -> dict:
    return _compact(
        {
            "id": _id(address.id),
            "location_id": _id(address.location_id),
            "attention": address.attention,
            "address_1": address.address_1,
            "address_2": address.address_2,
            "city": address.city,
            "state_province": address.state_province,
            "postal_code": address.postal_code,
            "country": address.country,
            "address_type": address.address_type,
        },
        keep=("id", "address_1", "city", "state_province", "postal_code", "country", "address_type"),
    )


def location_record(location: Location) -> dict:
    record = _compact(
        {
            "id": _id(location.id),
            "location_type": location.location_type,
            "url": location.url,
            "organization_id": _id(location.organization_id),
            "name": location.name,
            "description": location.description,
            "transportation": location.transportation,
        },
        keep=("id", "location_type"),
    )
    record["addresses"] = [address_record(address) for address in location.addresses.all()]
    return record


def service_at_location_record(link: ServiceAtLocation) -> dict:
    record = _compact(
        {
            "id": _id(link.id),
            "service_id": _id(link.service_id),
            "location_id": _id(link.location_id),
            "description": link.description,
        },
        keep=("id",),
    )
    record["location"] = location_record(link.location)
    return record


def language_record(language: Language) -> dict:
    return _compact(
        {
            "id": _id(language.id),
            "service_id": _id(language.service_id),
            "name": language.name,
            "code": language.code,
            "note": language.note,
        },
        keep=("id",),
    )


def cost_option_record(cost: CostOption) -> dict:
    return _compact(
        {
            "id": _id(cost.id),
            "service_id": _id(cost.service_id),
            "option": cost.option,
            "currency": cost.currency,
            "amount": _number(cost.amount),
            "amount_description": cost.amount_description,
        },
        keep=("id",),
    )


def taxonomy_term_record(term: TaxonomyTerm) -> dict:
    return _compact(
        {
            "id": _id(term.id),
            "code": term.code,
            "name": term.name,
            # Required by HSDS, and a required CSV cell may not be empty: a term's name describes it.
            "description": term.description or term.name,
            "taxonomy": term.taxonomy,
        },
        keep=("id", "name", "description"),
    )


def attribute_id(service_id: uuid.UUID, term_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(ATTRIBUTE_NAMESPACE, f"service/{service_id}/{term_id}")


def attribute_record(service: Service, term: TaxonomyTerm) -> dict:
    return {
        "id": _id(attribute_id(service.id, term.id)),
        "link_id": _id(service.id),
        "link_type": term.taxonomy,
        "link_entity": "service",
        "taxonomy_term_id": _id(term.id),
        "taxonomy_term": taxonomy_term_record(term),
    }


def service_full(service: Service, *, with_organization: bool = True) -> dict:
    """The fully nested service (compiled/service.json). Inside an organization's record the
    organization is left out (`with_organization=False`): it is the record around it."""
    record = _service_fields(service)
    if is_public(service):
        record.update(
            phones=[phone_record(phone) for phone in service.phones.all()],
            schedules=[schedule_record(schedule) for schedule in service.schedules.all()],
            service_areas=[service_area_record(area) for area in service.service_areas.all()],
            service_at_locations=[service_at_location_record(link) for link in service.service_at_locations.all()],
            languages=[language_record(language) for language in service.languages.all()],
            cost_options=[cost_option_record(cost) for cost in service.cost_options.all()],
            attributes=[attribute_record(service, term) for term in service.terms.all()],
        )
    if with_organization:
        record["organization"] = organization_summary(service.organization)
    return record


def organization_full(organization: Organization, *, services: list[dict] | None = None) -> dict:
    """The organization with its own phones, its locations and its public services, fully nested
    (compiled/organization.json). `services` lets the export pass records it already built."""
    record = organization_summary(organization)
    # Organization-wide numbers only: a service's own numbers are in that service's record.
    record["phones"] = [phone_record(phone) for phone in organization.phones.all() if phone.service_id is None]
    record["locations"] = [location_record(location) for location in organization.locations.all()]
    if services is None:
        services = [
            service_full(service, with_organization=False)
            for service in organization.services.all()
            if is_public(service)
        ]
    record["services"] = services
    return record


# --- Querysets ------------------------------------------------------------------------------------

# Search vectors are for filtering in the database; loading them would only slow every page.
_SERVICE_DEFERRED = ("search_vector", "organization__search_vector")


def _service_prefetches(prefix: str = "") -> list:
    """Everything `service_full` reads below a service, each relation in one query."""
    links = ServiceAtLocation.objects.select_related("location").order_by("location__name", "id")
    return [
        f"{prefix}phones",
        f"{prefix}schedules",
        f"{prefix}service_areas",
        f"{prefix}languages",
        f"{prefix}cost_options",
        f"{prefix}terms",
        Prefetch(f"{prefix}service_at_locations", queryset=links),
        f"{prefix}service_at_locations__location__addresses",
    ]


def service_queryset(services: QuerySet[Service] | None = None) -> QuerySet[Service]:
    """`services` (default: all) with everything `service_full` reads: a constant number of
    queries for any number of services."""
    services = Service.objects.all() if services is None else services
    return services.select_related("organization").defer(*_SERVICE_DEFERRED).prefetch_related(*_service_prefetches())


def organization_queryset(*, with_services: bool = True) -> QuerySet[Organization]:
    """Shared organizations with everything `organization_full` reads. `with_services=False` when
    the caller brings the service records itself (the export builds them once, for both files)."""
    organizations = shared_organizations().defer("search_vector")
    prefetches = [
        Prefetch("phones", queryset=Phone.objects.filter(service__isnull=True)),
        "locations__addresses",
    ]
    if with_services:
        services = selectors.public_services().defer("search_vector").order_by("name", "id")
        prefetches += [Prefetch("services", queryset=services), *_service_prefetches("services__")]
    return organizations.prefetch_related(*prefetches)


# --- Selectors: what partners may see -------------------------------------------------------------


def shared_services() -> QuerySet[Service]:
    """The services the HSDS API and export publish: public statuses, no sample listings."""
    return selectors.public_services().filter(organization__is_sample=False)


def shared_organizations() -> QuerySet[Organization]:
    """Organizations with at least one published service (as on the public organization pages)."""
    published = selectors.public_services().filter(organization=OuterRef("pk"))
    return Organization.objects.filter(is_sample=False).filter(Exists(published))


def service_list(
    *,
    search: str = "",
    taxonomy_term_id: uuid.UUID | None = None,
    organization_id: uuid.UUID | None = None,
    modified_after: datetime.datetime | None = None,
) -> QuerySet[Service]:
    """Services for `/services`, one-to-one fields only (one query for the page).

    With `modified_after`, a partner is catching up on changes, so services that were withdrawn
    (inactive, defunct) since then are included too: their status tells the partner to close them.
    """
    if modified_after is None:
        services = shared_services()
    else:
        services = Service.objects.filter(organization__is_sample=False, last_modified__gte=modified_after)
    if search:
        services = selectors.matching(services, search)
    if taxonomy_term_id:
        services = services.filter(terms__id=taxonomy_term_id)
    if organization_id:
        services = services.filter(organization_id=organization_id)
    return (
        services.select_related("organization").defer(*_SERVICE_DEFERRED).order_by("organization__name", "name", "id")
    )


def service_detail(service_id: uuid.UUID) -> Service | None:
    """One service, fully nested; withdrawn ones too (as withdrawn records), never samples."""
    return service_queryset().filter(pk=service_id, organization__is_sample=False).first()


def organization_list(*, search: str = "") -> QuerySet[Organization]:
    organizations = shared_organizations().defer("search_vector")
    if search:
        organizations = organizations.filter(search_vector=selectors.search_words(search))
    return organizations.order_by("name", "id")


def organization_detail(organization_id: uuid.UUID) -> Organization | None:
    return organization_queryset().filter(pk=organization_id).first()


# --- Paging ---------------------------------------------------------------------------------------


def page_envelope(queryset: QuerySet, *, page: int, per_page: int, serialize: Callable[[object], dict]) -> dict:
    """One page in HSDS's envelope (openapi.json `Page` plus `contents`): a count and one query.

    A page past the end is an empty page, not an error: a partner paging through a list that
    shrank meanwhile should see "empty, last page", not a failure. An empty result is page 1 of 1.
    """
    total_items = queryset.count()
    total_pages = max(1, math.ceil(total_items / per_page))
    offset = (page - 1) * per_page
    rows = list(queryset[offset : offset + per_page]) if offset < total_items else []
    return {
        "total_items": total_items,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(rows),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not rows,
        "contents": [serialize(row) for row in rows],
    }


# --- The tabular form (a Frictionless data package of CSV files) ----------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "string"
    format: str | None = None
    required: bool = False

    def descriptor(self) -> dict:
        field = {"name": self.name, "type": self.type}
        if self.format:
            field["format"] = self.format
        if self.required:
            field["constraints"] = {"required": True}
        return field


def _uuid(name: str, *, required: bool = False) -> Column:
    return Column(name, format="uuid", required=required)


@dataclass(frozen=True)
class Table:
    """One CSV of the package: HSDS's resource name and file name, and the columns we fill."""

    name: str
    path: str
    columns: tuple[Column, ...]
    # (column, resource it refers to): only references to tables in this package.
    foreign_keys: tuple[tuple[str, str], ...] = ()

    @property
    def fieldnames(self) -> list[str]:
        return [column.name for column in self.columns]

    def descriptor(self) -> dict:
        schema = {"fields": [column.descriptor() for column in self.columns], "primaryKey": "id"}
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": column, "reference": {"resource": resource, "fields": "id"}}
                for column, resource in self.foreign_keys
            ]
        return {
            "name": self.name,
            "path": self.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema,
        }


# Names and files as in HSDS 3.0's datapackage.json (note `service_at_location.csv`, singular, as
# HSDS names it). Times are "HH:MM" as in the JSON records, so their format is declared.
TABLES = (
    Table("organization", "organizations.csv", (
        _uuid("id", required=True), Column("name", required=True), Column("alternate_name"),
        Column("description", required=True), Column("email", format="email"), Column("website", format="uri"),
    )),
    Table("service", "services.csv", (
        _uuid("id", required=True), _uuid("organization_id", required=True), Column("name", required=True),
        Column("alternate_name"), Column("description"), Column("url", format="uri"),
        Column("email", format="email"), Column("status", required=True), Column("interpretation_services"),
        Column("application_process"), Column("fees_description"), Column("eligibility_description"),
        Column("assured_date", "date"), Column("assurer_email", format="email"), Column("alert"),
        Column("last_modified", "datetime"),
    ), (("organization_id", "organization"),)),
    Table("location", "locations.csv", (
        _uuid("id", required=True), Column("location_type", required=True), Column("url", format="uri"),
        _uuid("organization_id"), Column("name"), Column("description"), Column("transportation"),
    ), (("organization_id", "organization"),)),
    Table("address", "addresses.csv", (
        _uuid("id", required=True), _uuid("location_id"), Column("attention"), Column("address_1", required=True),
        Column("address_2"), Column("city", required=True), Column("state_province", required=True),
        Column("postal_code", required=True), Column("country", required=True),
        Column("address_type", required=True),
    ), (("location_id", "location"),)),
    Table("service_at_location", "service_at_location.csv", (
        _uuid("id", required=True), _uuid("service_id", required=True), _uuid("location_id", required=True),
        Column("description"),
    ), (("service_id", "service"), ("location_id", "location"))),
    Table("phone", "phones.csv", (
        _uuid("id", required=True), _uuid("service_id"), _uuid("organization_id"), Column("number", required=True),
        Column("extension", "number"), Column("type"), Column("description"),
    ), (("service_id", "service"), ("organization_id", "organization"))),
    Table("schedule", "schedules.csv", (
        _uuid("id", required=True), _uuid("service_id"), Column("freq"), Column("interval", "number"),
        Column("byday"), Column("description"), Column("opens_at", "time", "%H:%M"),
        Column("closes_at", "time", "%H:%M"), Column("schedule_link", format="uri"), Column("attending_type"),
        Column("notes"),
    ), (("service_id", "service"),)),
    Table("service_area", "service_areas.csv", (
        _uuid("id", required=True), _uuid("service_id"), Column("name"), Column("description"), Column("extent"),
        Column("extent_type"),
    ), (("service_id", "service"),)),
    Table("language", "languages.csv", (
        _uuid("id", required=True), _uuid("service_id"), Column("name"), Column("code"), Column("note"),
    ), (("service_id", "service"),)),
    Table("cost_option", "cost_options.csv", (
        _uuid("id", required=True), _uuid("service_id", required=True), Column("option"), Column("currency"),
        Column("amount", "number"), Column("amount_description"),
    ), (("service_id", "service"),)),
    Table("taxonomy_term", "taxonomy_terms.csv", (
        _uuid("id", required=True), Column("code"), Column("name", required=True),
        Column("description", required=True), Column("taxonomy"),
    )),
    Table("attribute", "attributes.csv", (
        _uuid("id", required=True), _uuid("link_id", required=True), _uuid("taxonomy_term_id", required=True),
        Column("link_type"), Column("link_entity", required=True),
    ), (("taxonomy_term_id", "taxonomy_term"),)),
)  # fmt: skip
