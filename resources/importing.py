"""Import directory listings from a CSV file or from HSDS 3.0 JSON, all or nothing.

Run it as ``python manage.py import_directory FILE --user USERNAME [--dry-run]`` (--user is
required: the audit trail records who imported; --dry-run checks and reports, writing nothing;
progress "imported 100/500" is printed while writing). FILE ending in
``.csv`` is read as CSV, ending in ``.json`` as HSDS JSON. ``import_file`` / ``import_directory``
below are the service the command calls; they check the acting user's permission themselves
(``resources.change_service``, which the Directory admins group holds) before reading anything.

The rules
---------
1. Every row (or JSON object) is checked first: the models' own validators (``full_clean`` on the
   unsaved objects: required fields, lengths, choices, phone numbers, e-mail addresses, web
   addresses that must start with http:// or https://, iCalendar days, times), plus the checks a
   form cannot make: unknown or missing columns, malformed CSV rows, bytes that are not UTF-8,
   unknown term codes or a code under the wrong column, unknown language codes, malformed UUIDs,
   ids used twice in the file or already in the directory, organizations that contradict each
   other or the directory, NUL characters (which PostgreSQL text cannot hold).
2. If anything is wrong, NOTHING is imported and every problem is reported, row by row and column
   by column in the order of the columns below (CSV: "row 7, column phone: ..."; row numbers count
   the header as row 1, as a spreadsheet does) or by JSON path (HSDS: "$[3].phones[0].number: ...").
   A malformed CSV row (too many or too few fields, a stray quote) is reported as a whole row.
3. Only then is everything written in one transaction, and ``resources.services.listings_changed``
   is called once for all the new services (verification due date and search index of each, then
   the page cache once).
4. Importing is not verifying: imported services keep ``assured_date`` empty, so they show as
   "not yet verified" until a directory admin has checked each with the organization and pressed
   "mark verified".
5. Import adds; it never edits or deletes. A service id already in the directory is an error.
   A row naming an organization that is already in the directory (by ``organization_id``, or by
   exactly the same name when no id is given) adds its services to it and leaves the
   organization's own details as they are.
6. Text is stored as given (after trimming surrounding spaces); pages escape it when they render.

CSV format
----------
UTF-8 (a byte-order mark is fine: Excel's "CSV UTF-8"), comma-separated, a header row with the
column names below (any order, case-insensitive; only organization_name, service_name and
description are required columns). One row per service; blank rows are skipped. Lists inside a
cell are separated by semicolons ("support-group; helpline"). Rows naming the same organization
(the same organization_id, or the same organization_name when no id is given) share one
Organization; the organization's details may be given on any of its rows but must not contradict.

Organization
  organization_id            optional UUID; kept as the organization's id. An id already in the
                             directory adds the row's service to that organization.
  organization_name          required.
  organization_slug          optional; the address /support/<slug>/. Default: the name slugified,
                             with -2, -3... added if another organization has it already. A slug
                             given here must be free.
  organization_alternate_name  optional.
  organization_description   required for a new organization (on at least one of its rows).
  organization_website       optional http(s) address.
  organization_email         optional.
Service
  service_id                 optional UUID; kept as the service's id (a new random one if blank).
                             Must not repeat in the file or exist in the directory.
  service_name               required.
  alternate_name             optional.
  description                required: what is offered.
  status                     active (default), inactive, defunct or temporarily closed.
  url                        optional http(s) address of the service's page.
  email                      optional.
  eligibility_description    optional: who it is for.
  application_process        optional: how to get it.
  fees_description           optional.
  interpretation_services    optional.
  alert                      optional short notice, such as a closure.
  categories                 term codes of the category taxonomy in resources/vocabulary.py
                             (support-group, counselling, financial-assistance, transport,
                             home-care, child-care, palliative-care, hospice, helpline,
                             information-service, clinical-trial-navigation).
  delivery_modes             in-person, online, telephone.
  audiences                  person-with-cancer, carer-or-family, bereaved, metastatic.
Phone (one per row; made when any phone column is filled)
  phone                      the number: a digit (or +) first, then digits, spaces, brackets,
                             dots or dashes, such as 1-800-555-0100 or 216.555.0102. The model
                             refuses "(216) 555-0102" (it starts with a bracket); words such as
                             "main line" go in phone_description.
  phone_extension            optional whole number.
  phone_type                 voice (default), text, textphone, video or fax.
  phone_description          optional, such as "Weekdays 9 am to 5 pm".
Area served (one per row; made when any area column is filled)
  area_scope                 national, state or city.
  area_state                 two-letter state code (OH); required unless national.
  area_name                  "United States" by default when national, the state code by default
                             when state; required for a city.
Languages
  languages                  ISO 639 codes, such as "en; es": those in Django's list
                             (django.conf.locale.LANG_INFO) and resources.vocabulary.EXTRA_LANGUAGES
                             (zh, ht, tl, so, ...); the English name is taken from there.
Cost (one per row; made when cost or cost_description is filled)
  cost                       free, sliding scale or fee.
  cost_description           optional, such as "No charge".
Schedule (one per row; made when any schedule column is filled)
  schedule_description       required for a schedule: the hours in words.
  schedule_freq              WEEKLY or MONTHLY; default MONTHLY when schedule_byday has an
                             ordinal (2TU), otherwise WEEKLY when schedule_byday is given.
  schedule_byday             iCalendar days: MO,WE or 2TU (second Tuesday) or -1FR (last Friday).
  schedule_opens_at          HH:MM (24-hour clock).
  schedule_closes_at         HH:MM.
  schedule_timezone          optional IANA zone, such as America/New_York.
  schedule_attending_type    in person, online or phone.
  schedule_link              optional http(s) booking or joining link.
  schedule_is_group_meeting  yes or no (default no).
Locations and addresses are not in the CSV: add them in the admin, or import HSDS JSON.

HSDS JSON format
----------------
A single service object shaped as HSDS 3.0's compiled/service.json, a JSON array of them, or a
page of the HSDS API's /services (the services in its ``contents``). Ids are kept. Mapped back:
  service        id (required), name, alternate_name, description, url, email, status,
                 interpretation_services, application_process, eligibility_description,
                 fees_description, alert.
  organization   nested ``organization`` {id, name, alternate_name, description, email, website}
                 (its slug derived from the name), or ``organization_id`` naming an organization in
                 the directory or nested elsewhere in the same file.
  attributes     a service attribute whose taxonomy_term.code (or taxonomy_term_id) is one of our
                 term codes files the service under that term; a term of another taxonomy is
                 skipped with a note; an unknown code in our taxonomies (taxonomy_term.taxonomy =
                 category, delivery_mode or audience) is an error.
  phones         id, number, extension, type (RFC 6350 "cell" is stored as voice), description.
  schedules      id, freq, interval, byday, opens_at, closes_at (a trailing Z or UTC offset is
                 dropped: times are kept as local clock times), timezone (an IANA name; HSDS's
                 numeric UTC offset cannot name a zone and is skipped with a note), description
                 (required here), attending_type, schedule_link, notes; a schedule attribute with
                 taxonomy_term.code "group-meeting" marks a group meeting.
  service_areas  id, name, description; the scope as ``extent_type`` (national, state or city) and
                 the two-letter state as ``extent``, as resources.hsds exports them (HSDS meant
                 these for a polygon; we have none). Without them, a name such as "United States"
                 is national and a two-letter state code is a state; anything else is an error.
  languages      id, code (as in the CSV), note.
  cost_options   id, option (free, sliding scale, fee), amount, currency, amount_description.
  service_at_locations  id, description, and the nested ``location`` {id, location_type, name,
                 description, url, transportation, addresses [{id, address_type, attention,
                 address_1, address_2, city, state_province, postal_code, country}]}. A location id
                 already in the directory (of the same organization) is linked, not changed.
Other HSDS fields carrying a value are not imported; each is listed as a note (not an error).
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import json
import re
import uuid
import zoneinfo
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pghistory
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.security_log import security_event
from resources.hsds import GROUP_MEETING_CODE
from resources.models import (
    Address,
    AreaScope,
    CostOption,
    DirectoryImport,
    ImportStatus,
    Language,
    Location,
    Organization,
    Phone,
    PhoneType,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    ServiceStatus,
    Taxonomy,
    TaxonomyTerm,
    http_url_validator,
)
from resources.services import CHANGE_PERMISSION, listings_changed
from resources.vocabulary import language_name

# --- The CSV columns, in the order problems are reported ------------------------------------------

ORGANIZATION_COLUMNS = {  # column -> Organization field
    "organization_id": "id",
    "organization_name": "name",
    "organization_slug": "slug",
    "organization_alternate_name": "alternate_name",
    "organization_description": "description",
    "organization_website": "website",
    "organization_email": "email",
}
SERVICE_COLUMNS = {
    "service_id": "id",
    "service_name": "name",
    "alternate_name": "alternate_name",
    "description": "description",
    "status": "status",
    "url": "url",
    "email": "email",
    "eligibility_description": "eligibility_description",
    "application_process": "application_process",
    "fees_description": "fees_description",
    "interpretation_services": "interpretation_services",
    "alert": "alert",
}
TERM_COLUMNS = {"categories": Taxonomy.CATEGORY, "delivery_modes": Taxonomy.DELIVERY_MODE,
                "audiences": Taxonomy.AUDIENCE}  # fmt: skip
PHONE_COLUMNS = {"phone": "number", "phone_extension": "extension", "phone_type": "type",
                 "phone_description": "description"}  # fmt: skip
AREA_COLUMNS = {"area_scope": "scope", "area_state": "state", "area_name": "name"}
LANGUAGE_COLUMNS = {"languages": "code"}
COST_COLUMNS = {"cost": "option", "cost_description": "amount_description"}
SCHEDULE_COLUMNS = {
    "schedule_description": "description",
    "schedule_freq": "freq",
    "schedule_byday": "byday",
    "schedule_opens_at": "opens_at",
    "schedule_closes_at": "closes_at",
    "schedule_timezone": "timezone",
    "schedule_attending_type": "attending_type",
    "schedule_link": "schedule_link",
    "schedule_is_group_meeting": "is_group_meeting",
}
COLUMNS = [
    *ORGANIZATION_COLUMNS, *SERVICE_COLUMNS, *TERM_COLUMNS, *PHONE_COLUMNS, *AREA_COLUMNS, *LANGUAGE_COLUMNS,
    *COST_COLUMNS, *SCHEDULE_COLUMNS,
]  # fmt: skip
REQUIRED_COLUMNS = ["organization_name", "service_name", "description"]

# HSDS service_area, as resources.hsds exports it: extent_type is our scope, extent the state code.
NATIONAL_AREA_NAMES = {"united states", "united states of america", "usa", "us", "nationwide", "national"}
_TIME_WITH_ZONE = re.compile(r"^(\d{1,2}:\d{2}(?::\d{2})?)(?:Z|[+-]\d{2}(?::?\d{2})?)$")
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0", ""}
PROGRESS_EVERY = 100
NUL_MESSAGE = "contains a NUL character (\\x00), which a database text cannot hold."


# --- What the caller gets back -------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One reason the file was refused: a CSV row and column, or (row None) a JSON path."""

    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return f"{self.column}: {self.message}"
        if self.column:
            return f"row {self.row}, column {self.column}: {self.message}"
        return f"row {self.row}: {self.message}"


class ImportRejected(Exception):
    """The file has problems; nothing was imported. `problems` lists every one."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s); nothing imported")


@dataclass
class ImportResult:
    services: int
    new_organizations: int
    existing_organizations: int
    dry_run: bool
    notes: list[str] = field(default_factory=list)
    # What the import adds, for the admin's report: one entry per service, in file order, as
    # {"where": "row 2", "service": ..., "organization": ..., "organization_is_new": bool}.
    added: list[dict] = field(default_factory=list)


# --- Where a value came from ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    number: int

    def problem(self, column: str, message: str) -> Problem:
        return Problem(self.number, column, message)

    def __str__(self) -> str:
        return f"row {self.number}"


class _Path:
    def __init__(self, path: str):
        self.path = path

    def problem(self, key: str, message: str) -> Problem:
        return Problem(None, f"{self.path}.{key}" if key else self.path, message)

    def __str__(self) -> str:
        return self.path


# --- The plan: unsaved objects, checked, ready to be written ---------------------------------------


@dataclass
class _Organization:
    instance: Organization
    is_new: bool
    origin: _Row | _Path
    labels: dict[str, str]
    slug_given: bool = False
    field_origins: dict[str, object] = field(default_factory=dict)  # field -> where its value came from


@dataclass
class _Location:
    instance: Location
    is_new: bool
    origin: _Path
    addresses: list[Address] = field(default_factory=list)


@dataclass
class _Listing:
    origin: _Row | _Path
    service: Service
    organization: _Organization | None
    terms: set[TaxonomyTerm] = field(default_factory=set)
    parts: list[models.Model] = field(default_factory=list)  # phones, schedules, areas, languages, costs
    locations: list[tuple[_Location, ServiceAtLocation]] = field(default_factory=list)


class _Plan:
    def __init__(self):
        self.problems: list[Problem] = []
        self._seen_problems: set[Problem] = set()
        self._notes: dict[tuple[str, str], list] = {}  # (path pattern, message) -> [first path, count]
        self.listings: list[_Listing] = []
        self.organizations: dict[uuid.UUID, _Organization] = {}
        self.locations: dict[uuid.UUID, _Location] = {}
        self.row_organizations: dict[int, _Organization | None] = {}  # CSV row number -> its organization
        self._claimed: dict[tuple[type[models.Model], uuid.UUID], tuple[object, str]] = {}
        terms = list(TaxonomyTerm.objects.all())
        self.terms_by_code = {term.code: term for term in terms}
        self.terms_by_id = {term.id: term for term in terms}

    def add(self, problem: Problem) -> None:
        """Each problem is reported once, however many checks found it."""
        if problem not in self._seen_problems:
            self._seen_problems.add(problem)
            self.problems.append(problem)

    def note(self, path: str, message: str) -> None:
        """Something in the file that is not imported but is no error; repeats are counted, not listed."""
        seen = self._notes.setdefault((re.sub(r"\[\d+\]", "[]", path), message), [path, 0])
        seen[1] += 1

    @property
    def notes(self) -> list[str]:
        return [
            f"{path}: {message}" + (f" (and {count - 1} more like it)" if count > 1 else "")
            for (_pattern, message), (path, count) in self._notes.items()
        ]

    def claim(self, model: type[models.Model], value: uuid.UUID, origin, label: str) -> None:
        """A new object will get this id: it must be unique in the file and new to the directory."""
        key = (model, value)
        if key in self._claimed:
            first, _label = self._claimed[key]
            self.add(origin.problem(label, f"{value} is used twice in this file (first at {first})."))
        else:
            self._claimed[key] = (origin, label)

    def check_claims_against_database(self) -> None:
        by_model = defaultdict(list)
        for model, value in self._claimed:
            by_model[model].append(value)
        for model, values in by_model.items():
            for start in range(0, len(values), 5000):
                for existing in model.objects.filter(pk__in=values[start : start + 5000]).values_list("pk", flat=True):
                    origin, label = self._claimed[(model, existing)]
                    name = model._meta.verbose_name
                    self.add(origin.problem(label, f"a {name} with id {existing} is already in the directory."))

    def clean(self, instance: models.Model, origin, labels: dict[str, str], exclude: list[str]) -> None:
        """The model's own validation, on the unsaved object; uniqueness and constraints are
        checked by the importer itself (in bulk, with messages that name the column)."""
        try:
            instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                label = "" if name == NON_FIELD_ERRORS else labels.get(name, name)
                if str(http_url_validator.message) in messages:
                    # A web address field runs Django's URL check and ours (http or https only): one
                    # bad address is one problem, told with the message that says what to write.
                    messages = [m for m in messages if m != str(URLValidator.message)]
                for message in messages:
                    self.add(origin.problem(label, message))

    def term_codes(self, raw: str, taxonomy: str, origin, label: str) -> set[TaxonomyTerm]:
        found = set()
        for code in _split(raw):
            term = self.terms_by_code.get(code) or self.terms_by_code.get(code.lower())
            if term is None:
                known = ", ".join(t.code for t in self.terms_by_code.values() if t.taxonomy == taxonomy)
                self.add(origin.problem(label, f"unknown {_taxonomy_name(taxonomy)} code {code!r} (known: {known})."))
            elif term.taxonomy != taxonomy:
                self.add(origin.problem(label, f"{code!r} is a {_taxonomy_name(term.taxonomy)}, not a "
                                               f"{_taxonomy_name(taxonomy)}."))  # fmt: skip
            else:
                found.add(term)
        return found

    def languages(self, codes: list[str], origin, label: str, service: Service, notes: list[str]) -> list[Language]:
        made, seen = [], set()
        for position, raw in enumerate(codes):
            code = raw.strip().lower()
            name = language_name(code) if re.fullmatch(r"[a-z]{2,3}", code) else None
            if name is None:
                self.add(origin.problem(label, f"unknown language code {raw!r}: use a two-letter ISO 639-1 code "
                                               "such as en or es."))  # fmt: skip
            elif code in seen:
                self.add(origin.problem(label, f"language {code!r} is listed twice."))
            else:
                seen.add(code)
                made.append(Language(service=service, code=code, name=name,
                                     note=notes[position] if position < len(notes) else ""))  # fmt: skip
        return made

    def assign_slugs(self) -> None:
        """Derived slugs are made unique with -2, -3...; a slug given in the file must be free."""
        new = [org for org in self.organizations.values() if org.is_new]
        for org in new:
            if not org.slug_given:
                org.instance.slug = slugify(org.instance.name)[:120].strip("-")
        wanted = {org.instance.slug for org in new if org.instance.slug}
        taken = dict(Organization.objects.filter(slug__in=wanted).values_list("slug", "name"))
        used: dict[str, _Organization] = {}
        for org in sorted(new, key=lambda o: not o.slug_given):  # given slugs first: they cannot move
            slug, where = org.instance.slug, org.field_origins.get("slug", org.origin)
            label = org.labels.get("slug", "slug")
            if not slug:
                if org.instance.name:  # (a missing name is reported by the model's validation)
                    hint = " give organization_slug." if isinstance(org.origin, _Row) else ""
                    self.add(org.origin.problem(org.labels.get("name", "name"), f"the name gives no slug.{hint}"))
                continue
            if org.slug_given:
                if slug in taken:
                    self.add(where.problem(label, f"the slug {slug!r} is already used by {taken[slug]!r}."))
                elif slug in used:
                    first = used[slug].field_origins.get("slug", used[slug].origin)
                    self.add(where.problem(label, f"the slug {slug!r} is also given at {first}."))
                used[slug] = org
                continue
            base, number = slug, 1
            while slug in used or slug in taken or (slug != base and Organization.objects.filter(slug=slug).exists()):
                number += 1
                suffix = f"-{number}"
                slug = base[: 120 - len(suffix)] + suffix
            org.instance.slug = slug
            used[slug] = org

    def finish(self) -> None:
        """The checks that need the whole file: slugs, organizations' fields, ids in the database."""
        self.assign_slugs()
        for org in self.organizations.values():
            if org.is_new:
                self.clean(org.instance, org.origin, org.labels, exclude=[])
        self.check_claims_against_database()


def _taxonomy_name(taxonomy: str) -> str:
    return str(Taxonomy(taxonomy).label).lower()


def _split(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(";") if part.strip()]


def _parse_uuid(raw: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(raw)
    except (ValueError, AttributeError, TypeError):
        return None


def _check_timezone(name: str) -> bool:
    if not name:
        return True
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _default_freq(byday: str) -> str:
    if not byday:
        return ""
    return "MONTHLY" if re.search(r"\d", byday) else "WEEKLY"


# --- CSV -----------------------------------------------------------------------------------------


def plan_csv(data: bytes) -> _Plan:
    plan = _Plan()
    try:
        text, not_utf8 = data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        text, not_utf8 = data.decode("utf-8-sig", errors="replace"), True
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as error:
        plan.add(Problem(1, "", f"the header is not readable as CSV: {error}."))
        return plan
    if not header or not any(cell.strip() for cell in header):
        plan.add(Problem(1, "", "the file is empty: it needs a header row naming the columns."))
        return plan
    columns = [cell.strip().lower() for cell in header]
    if not _check_header(plan, columns, not_utf8):
        return plan
    rows: list[tuple[_Row, dict[str, str]]] = []
    number = 1
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            plan.add(Problem(number, "", f"malformed CSV ({error}); rows after it were not checked."))
            break
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            plan.add(Problem(number, "", f"this row has {len(row)} fields but the header has {len(columns)}: look "
                                         "for an unquoted comma, a stray quote or a missing field."))  # fmt: skip
            continue
        values = {column: cell.strip() for column, cell in zip(columns, row, strict=True)}
        for column, value in values.items():
            if "\x00" in value:
                plan.add(Problem(number, column, NUL_MESSAGE))
                values[column] = value.replace("\x00", "")
        if not_utf8:
            bad = [column for column, value in values.items() if "\ufffd" in value]
            for column in bad:
                plan.add(Problem(number, column, "contains bytes that are not UTF-8: save the file as UTF-8 "
                                                 "(\"CSV UTF-8\" in Excel)."))  # fmt: skip
            if bad:
                continue
        rows.append((_Row(number), values))
    if not_utf8 and not any("UTF-8" in problem.message for problem in plan.problems):
        plan.add(Problem(1, "", "the file is not UTF-8 text: save it as UTF-8."))
    _CsvOrganizations(plan, rows)
    for origin, values in rows:
        _csv_listing(plan, origin, values)
    plan.finish()
    order = {column: position for position, column in enumerate(COLUMNS)}
    plan.problems.sort(key=lambda p: (p.row or 0, order.get(p.column, -1 if not p.column else len(order))))
    return plan


def _check_header(plan: _Plan, columns: list[str], not_utf8: bool) -> bool:
    ok = True
    seen = set()
    for position, column in enumerate(columns, start=1):
        if not column:
            plan.add(Problem(1, f"#{position}", "a column has no name in the header."))
            ok = False
        elif column in seen:
            plan.add(Problem(1, column, "this column appears twice in the header."))
            ok = False
        elif column not in COLUMNS:
            close = difflib.get_close_matches(column, COLUMNS, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            utf8 = " (its name has bytes that are not UTF-8)" if not_utf8 and "\ufffd" in column else ""
            plan.add(Problem(1, column, f"unknown column{utf8}.{hint} The columns are listed in "
                                        "resources/importing.py."))  # fmt: skip
            ok = False
        seen.add(column)
    for column in REQUIRED_COLUMNS:
        if column not in seen:
            plan.add(Problem(1, column, "this required column is missing from the header."))
            ok = False
    return ok


class _CsvOrganizations:
    """Resolve each row's organization: by id, else by name; in the file first, then the directory."""

    def __init__(self, plan: _Plan, rows: list[tuple[_Row, dict[str, str]]]):
        self.plan = plan
        self.by_name: dict[str, _Organization] = {}
        self.row_orgs: dict[int, _Organization | None] = {}
        ids = {value for _o, v in rows if (value := _parse_uuid(v.get("organization_id", "")))}
        names = {v.get("organization_name", "") for _o, v in rows} - {""}
        self.db_by_id = Organization.objects.in_bulk(list(ids))
        self.db_by_name = defaultdict(list)
        for org in Organization.objects.filter(name__in=names):
            self.db_by_name[org.name].append(org)
        for origin, values in rows:
            self.row_orgs[origin.number] = self.resolve(origin, values)
        plan.row_organizations = self.row_orgs

    def resolve(self, origin: _Row, values: dict[str, str]) -> _Organization | None:
        plan, name, raw_id = self.plan, values.get("organization_name", ""), values.get("organization_id", "")
        org_id = _parse_uuid(raw_id) if raw_id else None
        if raw_id and org_id is None:
            plan.add(origin.problem("organization_id", f"{raw_id!r} is not a UUID."))
            return None
        if not name:
            plan.add(origin.problem("organization_name", "the organization's name is required."))
            return None
        if org_id is not None:
            org = plan.organizations.get(org_id)
            if org is None:
                named = self.by_name.get(name)
                if named is not None and named.instance.pk != org_id:
                    message = f"{name!r} has id {named.instance.pk} at {named.origin}: give the same organization_id."
                    plan.add(origin.problem("organization_id", message))
                    return None
                existing = self.db_by_id.get(org_id)
                org = self.existing(existing, origin) if existing else self.new(origin, values, org_id)
            if org.instance.name != name:
                where = "in the directory" if not org.is_new else f"at {org.origin}"
                plan.add(origin.problem("organization_name", f"organization {org_id} is called "
                                                             f"{org.instance.name!r} {where}."))  # fmt: skip
                return None
        else:
            org = self.by_name.get(name)
            if org is None:
                existing = self.db_by_name.get(name, [])
                if len(existing) > 1:
                    message = (
                        f"{len(existing)} organizations in the directory are called {name!r}: give organization_id."
                    )
                    plan.add(origin.problem("organization_name", message))
                    return None
                org = self.existing(existing[0], origin) if existing else self.new(origin, values, uuid.uuid4())
        if org.is_new:
            self.merge(org, origin, values)
        return org

    def existing(self, instance: Organization, origin: _Row) -> _Organization:
        org = _Organization(instance, is_new=False, origin=origin, labels=_labels(ORGANIZATION_COLUMNS))
        self.plan.organizations[instance.pk] = org
        self.by_name.setdefault(instance.name, org)
        return org

    def new(self, origin: _Row, values: dict[str, str], org_id: uuid.UUID) -> _Organization:
        instance = Organization(id=org_id, name=values["organization_name"])
        org = _Organization(instance, is_new=True, origin=origin, labels=_labels(ORGANIZATION_COLUMNS))
        self.plan.organizations[org_id] = org
        self.by_name[instance.name] = org
        return org

    def merge(self, org: _Organization, origin: _Row, values: dict[str, str]) -> None:
        """An organization's details may come on any of its rows, but must agree."""
        for column in ("organization_slug", "organization_alternate_name", "organization_description",
                       "organization_website", "organization_email"):  # fmt: skip
            value, name = values.get(column, ""), ORGANIZATION_COLUMNS[column]
            if not value:
                continue
            if name not in org.field_origins:
                setattr(org.instance, name, value)
                org.field_origins[name] = origin
                org.slug_given = org.slug_given or name == "slug"
            elif getattr(org.instance, name) != value:
                self.plan.add(origin.problem(column, f"differs from the value given for this organization at "
                                                     f"{org.field_origins[name]}."))  # fmt: skip


def _labels(columns: dict[str, str]) -> dict[str, str]:
    return {name: column for column, name in columns.items()}


def _csv_listing(plan: _Plan, origin: _Row, values: dict[str, str]) -> None:
    org = plan.row_organizations.get(origin.number)
    raw_id = values.get("service_id", "")
    service_id = _parse_uuid(raw_id) if raw_id else uuid.uuid4()
    if service_id is None:
        plan.add(origin.problem("service_id", f"{raw_id!r} is not a UUID."))
        service_id = uuid.uuid4()
    elif raw_id:
        plan.claim(Service, service_id, origin, "service_id")
    fields = {name: values.get(column, "") for column, name in SERVICE_COLUMNS.items() if column != "service_id"}
    fields["status"] = fields["status"].lower() or ServiceStatus.ACTIVE
    service = Service(id=service_id, **fields)
    if org is not None:
        service.organization = org.instance
    plan.clean(service, origin, _labels(SERVICE_COLUMNS), exclude=["organization"])
    listing = _Listing(origin, service, org)
    for column, taxonomy in TERM_COLUMNS.items():
        listing.terms |= plan.term_codes(values.get(column, ""), taxonomy, origin, column)

    if any(values.get(column) for column in PHONE_COLUMNS):
        phone = Phone(service=service, number=values.get("phone", ""), description=values.get("phone_description", ""),
                      type=values.get("phone_type", "").lower() or PhoneType.VOICE,
                      extension=values.get("phone_extension") or None)  # fmt: skip
        plan.clean(phone, origin, _labels(PHONE_COLUMNS), exclude=["service", "organization"])
        listing.parts.append(phone)

    if any(values.get(column) for column in AREA_COLUMNS):
        scope, state = values.get("area_scope", "").lower(), values.get("area_state", "").upper()
        name = values.get("area_name", "") or {"national": "United States", "state": state}.get(scope, "")
        area = ServiceArea(service=service, scope=scope, state=state, name=name)
        if scope in ("state", "city") and not state:
            plan.add(origin.problem("area_state", f"a {scope} area needs its two-letter state code."))
        plan.clean(area, origin, _labels(AREA_COLUMNS), exclude=["service"])
        listing.parts.append(area)

    listing.parts += plan.languages(_split(values.get("languages", "")), origin, "languages", service, [])

    if any(values.get(column) for column in COST_COLUMNS):
        cost = CostOption(service=service, option=values.get("cost", "").lower(),
                          amount_description=values.get("cost_description", ""))  # fmt: skip
        plan.clean(cost, origin, _labels(COST_COLUMNS), exclude=["service"])
        listing.parts.append(cost)

    if any(values.get(column) for column in SCHEDULE_COLUMNS):
        listing.parts.append(_csv_schedule(plan, origin, values, service))
    plan.listings.append(listing)


def _csv_schedule(plan: _Plan, origin: _Row, values: dict[str, str], service: Service) -> Schedule:
    byday = values.get("schedule_byday", "").upper()
    group = values.get("schedule_is_group_meeting", "").lower()
    if group not in _YES | _NO:
        plan.add(origin.problem("schedule_is_group_meeting", f"{group!r}: write yes or no."))
    timezone_name = values.get("schedule_timezone", "")
    if not _check_timezone(timezone_name):
        plan.add(origin.problem("schedule_timezone", f"unknown time zone {timezone_name!r}: use a name such as "
                                                     "America/New_York."))  # fmt: skip
    schedule = Schedule(
        service=service, description=values.get("schedule_description", ""), byday=byday,
        freq=values.get("schedule_freq", "").upper() or _default_freq(byday),
        opens_at=values.get("schedule_opens_at") or None, closes_at=values.get("schedule_closes_at") or None,
        timezone=timezone_name, attending_type=values.get("schedule_attending_type", "").lower(),
        schedule_link=values.get("schedule_link", ""), is_group_meeting=group in _YES,
    )  # fmt: skip
    plan.clean(schedule, origin, _labels(SCHEDULE_COLUMNS), exclude=["service"])
    return schedule


# --- HSDS JSON -----------------------------------------------------------------------------------


class _Obj(_Path):
    """A JSON object being read; every key read is remembered, so the rest can be reported."""

    def __init__(self, plan: _Plan, data: dict, path: str):
        super().__init__(path)
        self.plan, self.data, self.used = plan, data, set()

    def raw(self, key: str):
        self.used.add(key)
        return self.data.get(key)

    def text(self, key: str) -> str:
        value = self.raw(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.plan.add(self.problem(key, f"must be a string, not {json.dumps(value)[:60]}."))
            return ""
        if "\x00" in value:
            self.plan.add(self.problem(key, NUL_MESSAGE))
            return value.replace("\x00", "").strip()
        return value.strip()

    def number(self, key: str, *, whole: bool = False):
        value = self.raw(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or (whole and value != int(value)):
            self.plan.add(self.problem(key, f"must be a {'whole ' if whole else ''}number, not {json.dumps(value)}."))
            return None
        return int(value) if whole else value

    def uuid(self, key: str, *, required: bool = False) -> uuid.UUID | None:
        raw = self.text(key)
        if not raw:
            if required:
                self.plan.add(self.problem(key, "an id (UUID) is required."))
            return None
        value = _parse_uuid(raw)
        if value is None:
            self.plan.add(self.problem(key, f"{raw!r} is not a UUID."))
        return value

    def link(self, key: str, expected: uuid.UUID | None) -> None:
        """A back-reference (service_id in a phone...) must name its parent."""
        value = self.uuid(key)
        if value is not None and expected is not None and value != expected:
            self.plan.add(self.problem(key, f"names {value}, but this object is nested in {expected}."))

    def object(self, key: str) -> _Obj | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.plan.add(self.problem(key, "must be an object."))
            return None
        return _Obj(self.plan, value, f"{self.path}.{key}")

    def objects(self, key: str) -> list[_Obj]:
        value = self.raw(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.plan.add(self.problem(key, "must be an array."))
            return []
        found = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                found.append(_Obj(self.plan, item, f"{self.path}.{key}[{index}]"))
            else:
                self.plan.add(Problem(None, f"{self.path}.{key}[{index}]", "must be an object."))
        return found

    def note_unused(self) -> None:
        for key, value in self.data.items():
            if key in self.used or value in (None, "", [], {}):
                continue
            if key in ("assured_date", "assurer_email"):
                why = "importing is not verifying: a directory admin marks the listing verified"
            else:
                why = "the directory has no such field"
            self.plan.note(f"{self.path}.{key}", f"not imported ({why}).")


def plan_hsds(data: bytes) -> _Plan:
    plan = _Plan()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        plan.add(Problem(None, "$", f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})."))
        return plan
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        plan.add(Problem(None, "$", f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."))
        return plan
    if isinstance(document, dict) and isinstance(document.get("contents"), list) and "total_items" in document:
        # A page of the HSDS API's /services: its services are the `contents`.
        items = [(item, f"$.contents[{index}]") for index, item in enumerate(document["contents"])]
    elif isinstance(document, dict):
        items = [(document, "$")]
    elif isinstance(document, list):
        items = [(item, f"$[{index}]") for index, item in enumerate(document)]
    else:
        plan.add(Problem(None, "$", "expected a service object or an array of service objects."))
        return plan
    if not items:
        plan.add(Problem(None, "$", "the array holds no services."))
        return plan
    services = []
    for item, path in items:
        if isinstance(item, dict):
            services.append(_Obj(plan, item, path))
        else:
            plan.add(Problem(None, path, "expected a service object."))
    nested = [(service, service.object("organization")) for service in services]
    known = {value for _s, org in nested if org and (value := _parse_uuid(org.data.get("id")))}
    known |= {value for s in services if (value := _parse_uuid(s.data.get("organization_id")))}
    db_orgs = Organization.objects.in_bulk(list(known))
    for _service, org in nested:  # organizations first: a service may name one nested in another
        if org is not None:
            _hsds_organization(plan, org, db_orgs)
    for service, org in nested:
        _hsds_listing(plan, service, org, db_orgs)
    plan.finish()
    return plan


def _hsds_organization(plan: _Plan, obj: _Obj, db_orgs: dict) -> None:
    org_id = obj.uuid("id", required=True)
    fields = {name: obj.text(name) for name in ("name", "alternate_name", "description", "email", "website")}
    obj.note_unused()
    if org_id is None:
        return
    org = plan.organizations.get(org_id)
    if org is None and org_id in db_orgs:
        org = plan.organizations[org_id] = _Organization(db_orgs[org_id], is_new=False, origin=obj, labels={})
    if org is not None:
        if org.is_new:
            for name, value in fields.items():
                if value and value != getattr(org.instance, name):
                    plan.add(obj.problem(name, f"differs from the same organization at {org.origin}."))
        elif fields["name"] and fields["name"] != org.instance.name:
            plan.add(obj.problem("name", f"organization {org_id} is called {org.instance.name!r} in the directory."))
        return
    instance = Organization(id=org_id, **fields)
    plan.organizations[org_id] = _Organization(instance, is_new=True, origin=obj, labels={"slug": "name"})


def _hsds_listing(plan: _Plan, obj: _Obj, nested_org: _Obj | None, db_orgs: dict) -> None:
    service_id = obj.uuid("id", required=True)
    if service_id is not None:
        plan.claim(Service, service_id, obj, "id")
    org_id = obj.uuid("organization_id")
    nested_id = _parse_uuid(nested_org.data.get("id")) if nested_org else None
    org = None
    if nested_id and org_id and nested_id != org_id:
        plan.add(obj.problem("organization_id", f"names {org_id}, but the nested organization is {nested_id}."))
    elif (wanted := nested_id or org_id) is not None:
        org = plan.organizations.get(wanted)
        if org is None and wanted in db_orgs:  # named by organization_id alone: one already in the directory
            org = plan.organizations[wanted] = _Organization(db_orgs[wanted], is_new=False, origin=obj, labels={})
        if org is None and nested_org is None:
            plan.add(obj.problem("organization_id", f"no organization {org_id} in the directory or in this file."))
    elif nested_org is None:
        plan.add(obj.problem("organization", "give the nested organization or an organization_id."))
    fields = {name: obj.text(name) for name in ("name", "alternate_name", "description", "url", "email", "status",
              "interpretation_services", "application_process", "eligibility_description", "fees_description",
              "alert")}  # fmt: skip
    fields["status"] = fields["status"].lower()
    service = Service(id=service_id or uuid.uuid4(), **fields)
    if org is not None:
        service.organization = org.instance
    plan.clean(service, obj, {}, exclude=["organization"])
    listing = _Listing(obj, service, org)
    for attribute in obj.objects("attributes"):
        term = _hsds_term(plan, attribute, service_id)
        if term is not None:
            listing.terms.add(term)
    for position, item in enumerate(obj.objects("phones")):
        listing.parts.append(_hsds_phone(plan, item, service, position))
    for item in obj.objects("schedules"):
        listing.parts.append(_hsds_schedule(plan, item, service))
    for item in obj.objects("service_areas"):
        listing.parts.append(_hsds_area(plan, item, service))
    seen_codes: set[str] = set()
    for item in obj.objects("languages"):
        language_id = item.uuid("id", required=True)
        item.link("service_id", service.pk)
        code, note, name = item.text("code"), item.text("note"), item.text("name")
        item.note_unused()
        if not code:
            plan.add(item.problem("code", f"a language code is required (name given: {name!r})."))
            continue
        if code.lower() in seen_codes:
            plan.add(item.problem("code", f"language {code!r} is listed twice for this service."))
            continue
        seen_codes.add(code.lower())
        for language in plan.languages([code], item, "code", service, [note]):
            if language_id:
                language.id = language_id
                plan.claim(Language, language_id, item, "id")
            plan.clean(language, item, {}, exclude=["service"])
            listing.parts.append(language)
    for item in obj.objects("cost_options"):
        listing.parts.append(_hsds_cost(plan, item, service))
    for item in obj.objects("service_at_locations"):
        _hsds_service_at_location(plan, item, listing, org)
    obj.note_unused()
    plan.listings.append(listing)


def _with_id(plan: _Plan, item: _Obj, instance: models.Model) -> models.Model:
    value = item.uuid("id", required=True)
    if value is not None:
        instance.id = value
        plan.claim(type(instance), value, item, "id")
    return instance


def _hsds_term(plan: _Plan, attribute: _Obj, service_id: uuid.UUID | None) -> TaxonomyTerm | None:
    attribute.uuid("id")
    attribute.link("link_id", service_id)
    attribute.text("link_entity")  # read, so that they are not reported as "not imported"
    attribute.text("value")
    link_type = attribute.text("link_type")
    term_obj = attribute.object("taxonomy_term")
    term_id = attribute.uuid("taxonomy_term_id")
    code, taxonomy = "", link_type
    if term_obj is not None:
        code, taxonomy = term_obj.text("code"), term_obj.text("taxonomy") or link_type
        term_id = term_id or term_obj.uuid("id")
    attribute.note_unused()
    term = plan.terms_by_code.get(code) if code else plan.terms_by_id.get(term_id)
    if term is None:
        if code and taxonomy in Taxonomy.values:
            plan.add(attribute.problem("taxonomy_term.code", f"unknown {_taxonomy_name(taxonomy)} code {code!r}."))
        elif code != GROUP_MEETING_CODE:
            plan.note(attribute.path, f"term {code or term_id} is not in our vocabulary; skipped.")
    return term


def _hsds_phone(plan: _Plan, item: _Obj, service: Service, position: int) -> Phone:
    item.link("service_id", service.pk)
    kind = item.text("type").lower()
    phone = Phone(service=service, number=item.text("number"), extension=item.number("extension", whole=True),
                  type={"cell": PhoneType.VOICE, "": PhoneType.VOICE}.get(kind, kind),
                  description=item.text("description"), position=position)  # fmt: skip
    _with_id(plan, item, phone)
    item.note_unused()
    plan.clean(phone, item, {}, exclude=["service", "organization"])
    return phone


def _hsds_time(item: _Obj, key: str) -> str | None:
    value = item.text(key)
    match = _TIME_WITH_ZONE.match(value)
    return (match.group(1) if match else value) or None


def _hsds_schedule(plan: _Plan, item: _Obj, service: Service) -> Schedule:
    item.link("service_id", service.pk)
    zone = item.raw("timezone")
    timezone_name = ""
    if isinstance(zone, str) and zone.strip():
        timezone_name = zone.strip()
        if not _check_timezone(timezone_name):
            plan.add(item.problem("timezone", f"unknown time zone {timezone_name!r}: use a name such as "
                                              "America/New_York."))  # fmt: skip
    elif zone not in (None, ""):
        plan.note(f"{item.path}.timezone", f"a UTC offset ({zone}) names no time zone; not imported.")
    group = False
    for attribute in item.objects("attributes"):
        term_obj = attribute.object("taxonomy_term")
        if term_obj is not None and term_obj.text("code") == GROUP_MEETING_CODE:
            group = True
        else:
            plan.note(attribute.path, f"only the {GROUP_MEETING_CODE!r} attribute is read on a schedule.")
    byday = item.text("byday").upper()
    schedule = Schedule(
        service=service, freq=item.text("freq").upper() or _default_freq(byday), byday=byday,
        interval=item.number("interval", whole=True), opens_at=_hsds_time(item, "opens_at"),
        closes_at=_hsds_time(item, "closes_at"), timezone=timezone_name, description=item.text("description"),
        attending_type=item.text("attending_type").lower(), schedule_link=item.text("schedule_link"),
        notes=item.text("notes"), is_group_meeting=group,
    )  # fmt: skip
    _with_id(plan, item, schedule)
    item.note_unused()
    plan.clean(schedule, item, {"is_group_meeting": "attributes"}, exclude=["service"])
    return schedule


def _hsds_area(plan: _Plan, item: _Obj, service: Service) -> ServiceArea:
    item.link("service_id", service.pk)
    name, extent, extent_type = item.text("name"), item.text("extent"), item.text("extent_type").lower()
    scope = state = ""
    if extent_type in AreaScope.values:
        scope, state = extent_type, extent.upper()
        if scope != "national" and not state:
            plan.add(item.problem("extent", f"a {scope} area needs its two-letter state code as extent."))
    elif name.lower() in NATIONAL_AREA_NAMES:
        scope = "national"
    elif re.fullmatch(r"[A-Z]{2}", name):
        scope, state = "state", name
    else:
        message = (f"cannot tell whether {name!r} is the whole country, a state or a city: give extent_type "
                   'national, state or city and, for a state or city, extent the state code ("OH").')  # fmt: skip
        plan.add(item.problem("extent_type", message))
    area = ServiceArea(service=service, scope=scope, state=state, description=item.text("description"),
                       name=name or {"national": "United States", "state": state}.get(scope, ""))  # fmt: skip
    _with_id(plan, item, area)
    item.raw("uri")
    item.note_unused()
    if scope:
        plan.clean(area, item, {"scope": "extent_type", "state": "extent"}, exclude=["service"])
    return area


def _hsds_cost(plan: _Plan, item: _Obj, service: Service) -> CostOption:
    item.link("service_id", service.pk)
    amount = item.number("amount")
    try:
        amount = Decimal(str(amount)) if amount is not None else None
    except InvalidOperation:
        amount = None
    cost = CostOption(service=service, option=item.text("option").lower(), amount=amount,
                      currency=item.text("currency").upper() or "USD",
                      amount_description=item.text("amount_description"))  # fmt: skip
    _with_id(plan, item, cost)
    item.note_unused()
    plan.clean(cost, item, {}, exclude=["service"])
    return cost


def _hsds_service_at_location(plan: _Plan, item: _Obj, listing: _Listing, org: _Organization | None) -> None:
    item.link("service_id", listing.service.pk)
    location_obj = item.object("location")
    location_id = item.uuid("location_id")
    link = ServiceAtLocation(service=listing.service, description=item.text("description"))
    _with_id(plan, item, link)
    item.note_unused()
    if location_obj is not None:
        nested_id = location_obj.uuid("id", required=True)
        if location_id and nested_id and location_id != nested_id:
            plan.add(item.problem("location_id", f"names {location_id}, but the nested location is {nested_id}."))
            return
        location_id = nested_id
    if location_id is None:
        if location_obj is None:
            plan.add(item.problem("location", "give the nested location or a location_id."))
        return
    location = plan.locations.get(location_id)
    if location is None:
        existing = Location.objects.filter(pk=location_id).first()
        if existing is not None:
            location = _Location(existing, is_new=False, origin=location_obj or item)
        elif location_obj is None:
            plan.add(item.problem("location_id", f"no location {location_id} in the directory or in this file."))
            return
        else:
            location = _hsds_location(plan, location_obj, location_id, org)
        plan.locations[location_id] = location
    if org is not None and location.instance.organization_id != org.instance.pk:
        plan.add(item.problem("location", f"location {location_id} belongs to another organization."))
        return
    if any(known is location for known, _link in listing.locations):
        plan.add(item.problem("location_id", f"location {location_id} is linked to this service twice."))
        return
    link.location = location.instance
    listing.locations.append((location, link))


def _hsds_location(plan: _Plan, obj: _Obj, location_id: uuid.UUID, org: _Organization | None) -> _Location:
    obj.link("organization_id", org.instance.pk if org else None)
    instance = Location(id=location_id, location_type=obj.text("location_type").lower(), name=obj.text("name"),
                        description=obj.text("description"), url=obj.text("url"),
                        transportation=obj.text("transportation"))  # fmt: skip
    if org is not None:
        instance.organization = org.instance
    plan.claim(Location, location_id, obj, "id")
    location = _Location(instance, is_new=True, origin=obj)
    for item in obj.objects("addresses"):
        item.link("location_id", location_id)
        lines = ("attention", "address_1", "address_2", "city", "state_province", "postal_code", "country")
        address = Address(location=instance, address_type=item.text("address_type").lower(),
                          **{name: item.text(name) for name in lines})  # fmt: skip
        address.country = address.country.upper() or "US"
        _with_id(plan, item, address)
        item.note_unused()
        plan.clean(address, item, {}, exclude=["location"])
        location.addresses.append(address)
    obj.note_unused()
    plan.clean(instance, obj, {}, exclude=["organization"])
    return location


# --- Writing -------------------------------------------------------------------------------------


def _require_permission(user: AbstractBaseUser | None) -> None:
    if not (user and user.is_active and user.has_perm(CHANGE_PERMISSION)):
        raise PermissionDenied(
            _("You do not have permission to import directory listings (it needs %(permission)s).")
            % {"permission": CHANGE_PERMISSION}
        )


def import_directory(
    *,
    data: bytes,
    kind: str,
    user: AbstractBaseUser,
    dry_run: bool = False,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Check every listing in `data` ("csv" or "json"), then import all of them or none.

    Raises `PermissionDenied` if `user` may not change listings, `ImportRejected` (with every
    problem) if anything in the file is wrong; in both cases nothing is written.
    """
    _require_permission(user)
    if kind not in ("csv", "json"):
        raise ValueError(f"unknown kind {kind!r}: csv or json")
    plan = plan_csv(data) if kind == "csv" else plan_hsds(data)
    if not plan.problems and not plan.listings:
        plan.add(
            Problem(None, "$", "no services to import.")
            if kind == "json"
            else Problem(2, "", "the file has a header but no rows below it.")
        )
    if plan.problems:
        raise ImportRejected(plan.problems)
    new_orgs = [org.instance for org in plan.organizations.values() if org.is_new]
    new_locations = [location for location in plan.locations.values() if location.is_new]
    result = ImportResult(
        services=len(plan.listings), new_organizations=len(new_orgs),
        existing_organizations=len(plan.organizations) - len(new_orgs),
        dry_run=dry_run, notes=plan.notes,
        added=[{"where": str(listing.origin), "service": listing.service.name,
                "organization": listing.organization.instance.name if listing.organization else "",
                "organization_is_new": bool(listing.organization and listing.organization.is_new)}
               for listing in plan.listings],
    )  # fmt: skip
    if dry_run:
        return result
    try:
        _write(plan, new_orgs, new_locations, user, source, progress)
    except IntegrityError as error:  # someone added the same id or slug between the check and the write
        message = f"the directory changed while importing ({error}); nothing was imported: run it again."
        raise ImportRejected([Problem(None, "database", message.replace("\n", " "))]) from error
    return result


def _write(plan: _Plan, new_orgs, new_locations, user, source: str, progress) -> None:
    batch = 500
    parts: dict[type[models.Model], list[models.Model]] = defaultdict(list)
    through = Service.terms.through
    links = []
    for listing in plan.listings:
        for part in listing.parts:
            parts[type(part)].append(part)
        links += [through(service_id=listing.service.pk, taxonomyterm_id=term.pk) for term in listing.terms]
    with transaction.atomic(), pghistory.context(action="directory.import", user=user.pk, source=source):
        Organization.objects.bulk_create(new_orgs, batch_size=batch)
        Location.objects.bulk_create([location.instance for location in new_locations], batch_size=batch)
        Address.objects.bulk_create([a for location in new_locations for a in location.addresses], batch_size=batch)
        Service.objects.bulk_create([listing.service for listing in plan.listings], batch_size=batch)
        through.objects.bulk_create(links, batch_size=batch)
        for model in (Phone, Schedule, ServiceArea, Language, CostOption):
            model.objects.bulk_create(parts[model], batch_size=batch)
        ServiceAtLocation.objects.bulk_create(
            [link for listing in plan.listings for _location, link in listing.locations], batch_size=batch
        )
        listings_changed(
            services=[listing.service for listing in plan.listings], user=user, just_created=True, progress=progress
        )


def import_file(
    *, path: Path | str, user: AbstractBaseUser, dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:  # fmt: skip
    """`import_directory` for a file: .csv is read as CSV, .json as HSDS JSON."""
    _require_permission(user)
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("csv", "json"):
        raise ValueError(f"{path.name}: the file name must end in .csv or .json.")
    return import_directory(data=path.read_bytes(), kind=kind, user=user, dry_run=dry_run, source=path.name,
                            progress=progress)  # fmt: skip


# --- Importing from the admin: upload and check, then confirm ---------------------------------------

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def _file_kind(file_name: str) -> str:
    kind = Path(file_name).suffix.lower().lstrip(".")
    if kind not in ("csv", "json"):
        raise ValidationError(_("The file name must end in .csv (or .json for HSDS)."), code="kind")
    return kind


def _report(result: ImportResult | None, problems: list[Problem]) -> dict:
    if result is None:
        return {"problems": [{"row": p.row, "column": p.column, "message": p.message, "text": str(p)}
                             for p in problems]}  # fmt: skip
    return {"problems": [], "services": result.services, "new_organizations": result.new_organizations,
            "existing_organizations": result.existing_organizations, "notes": result.notes,
            "added": result.added}  # fmt: skip


@transaction.atomic
def import_upload(*, user: AbstractBaseUser, file_name: str, data: bytes) -> DirectoryImport:
    """Keep an uploaded file and check it as a dry run: nothing is added to the directory yet.

    The file's text, its SHA-256 and the report (every problem by row and column, or what would be
    added) are stored in a `DirectoryImport`, which the audit trail records; `import_confirm` then
    imports exactly this file. Raises `PermissionDenied` for users who may not import, and
    `ValidationError` for a file that is not a .csv/.json or is too large (nothing is stored then).
    """
    _require_permission(user)
    kind = _file_kind(file_name)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is larger than %(size)d MB: split it, or import it on the server with "
                                "manage.py import_directory.") % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)},
                              code="size")  # fmt: skip
    # Kept as text where it is text; bytes that are not UTF-8, and NUL (which PostgreSQL text cannot
    # hold), are shown as U+FFFD. Such a file is refused by the check, so it can never be confirmed.
    text = data.decode("utf-8", errors="replace").replace("\x00", "\ufffd")
    try:
        result = import_directory(data=data, kind=kind, user=user, dry_run=True, source=file_name)
        report, status = _report(result, []), ImportStatus.READY
    except ImportRejected as rejected:
        report, status = _report(None, rejected.problems), ImportStatus.REJECTED
    if status == ImportStatus.READY and text.encode("utf-8") != data:  # defensive: cannot pass the check
        report = _report(None, [Problem(None, "file", "the file could not be kept exactly as uploaded.")])
        status = ImportStatus.REJECTED
    with pghistory.context(action="directory.import.check", user=user.pk, file=file_name):
        upload = DirectoryImport.objects.create(
            file_name=file_name[:255], file_text=text, sha256=hashlib.sha256(data).hexdigest(), uploaded_by=user,
            status=status, report=report,
        )  # fmt: skip
    transaction.on_commit(lambda: security_event("directory_import_checked", user=user, upload=upload.pk,
                                                 status=status))  # fmt: skip
    return upload


@transaction.atomic
def import_confirm(*, user: AbstractBaseUser, upload: DirectoryImport, sha256: str) -> DirectoryImport:
    """Import a checked upload: exactly the file that was checked (its SHA-256 must match the one the
    admin saw), all or nothing, once. The file is checked again first, since the directory may
    have changed since; if it is now refused, the upload records why and nothing is imported.

    Raises `PermissionDenied` for users who may not import; `ValidationError` if the upload was
    refused or imported already, or if `sha256` is not the file's.
    """
    _require_permission(user)
    upload = DirectoryImport.objects.select_for_update().get(pk=upload.pk)
    if upload.status == ImportStatus.IMPORTED:
        raise ValidationError(_("This file was imported already."), code="imported")
    if upload.status != ImportStatus.READY:
        raise ValidationError(_("This file was refused: fix the problems and upload it again."), code="rejected")
    data = upload.file_text.encode("utf-8")
    if sha256 != upload.sha256 or hashlib.sha256(data).hexdigest() != upload.sha256:
        raise ValidationError(_("This is not the file that was checked: upload it again."), code="changed")
    source = f"admin upload {upload.pk}: {upload.file_name}"
    with pghistory.context(action="directory.import", user=user.pk, upload=upload.pk):
        try:
            result = import_directory(data=data, kind=_file_kind(upload.file_name), user=user, source=source)
        except ImportRejected as rejected:
            upload.status = ImportStatus.REJECTED
            upload.report = {**upload.report, "outcome": _report(None, rejected.problems)}
            upload.save(update_fields=["status", "report"])
            return upload
        upload.status = ImportStatus.IMPORTED
        upload.imported_by, upload.imported_at = user, timezone.now()
        upload.report = {**upload.report, "outcome": _report(result, [])}
        upload.save(update_fields=["status", "imported_by", "imported_at", "report"])
    transaction.on_commit(lambda: security_event("directory_imported", user=user, upload=upload.pk,
                                                 services=result.services))  # fmt: skip
    return upload
