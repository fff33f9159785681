"""`manage.py export_hsds DIR`: the directory as HSDS 3.0 open data files, for partners to download.

DIR gets `services/<id>.json` and `organizations/<id>.json` (the nested records the API serves) and
a Frictionless tabular data package: `datapackage.json` describing one CSV per HSDS table. Only what
the API publishes is exported (public services of organizations that are not samples); see
`resources.hsds` for the mapping and why.

The export is built in a hidden folder beside DIR and renamed into place at the end, so readers
(a web server publishing DIR, a partner's sync) see the previous export or the new one, never half
of one (between the two renames DIR is briefly absent); a failure leaves DIR as it was. All of it
is read from one snapshot of the database, so its files agree with each other. Services are read
in chunks with everything prefetched: the query count grows with the chunks, not the services
(10,000 services take about 11 seconds).
"""

import csv
import datetime
import json
import os
import shutil
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from resources import hsds
from resources.models import TaxonomyTerm

DEFAULT_CHUNK_SIZE = 500
# The folder a previous export leaves: a DIR without it is someone's folder we must not replace.
MARKER = "datapackage.json"


class Command(BaseCommand):
    help = (
        "Write the directory as HSDS 3.0 open data into DIR: one JSON file per public service and "
        "organization, and a tabular data package (datapackage.json and CSV files). Replaces an "
        "earlier export in DIR in one step."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="Folder to write (created, or an earlier export replaced).")
        parser.add_argument(
            "--chunk-size",
            type=int,
            default=DEFAULT_CHUNK_SIZE,
            help=f"Services read from the database at a time (default {DEFAULT_CHUNK_SIZE}).",
        )

    def handle(self, *args, directory: Path, chunk_size: int, verbosity: int = 1, **options):
        if chunk_size < 1:
            raise CommandError(f"--chunk-size must be at least 1, not {chunk_size}.")
        target = directory.expanduser().resolve()
        _check_replaceable(target)
        target.parent.mkdir(parents=True, exist_ok=True)

        def progress(message: str) -> None:
            if verbosity > 0:
                self.stderr.write(message)

        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
        try:
            with _consistent_snapshot():
                services, organizations = write_export(staging, chunk_size=chunk_size, progress=progress)
            _publish(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        if verbosity > 0:
            self.stdout.write(f"Exported {services} services of {organizations} organizations to {target}")


def _check_replaceable(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise CommandError(f"{target} exists and is not a folder.")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise CommandError(f"{target} is not empty and holds no earlier export ({MARKER}): choose another folder.")


@contextmanager
def _consistent_snapshot():
    """Read everything from one snapshot of the database, so the files agree with each other even
    while directory admins are editing (every attribute's service is in services.csv, ...)."""
    if connection.in_atomic_block:  # already inside a transaction (tests): read within it
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def _publish(staging: Path, target: Path) -> None:
    """Swap the finished export into place; a previous export is removed only once it is replaced."""
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # mkdtemp makes it private; the export is meant to be served
    if not target.exists():
        staging.rename(target)
        return
    previous = target.with_name(f".{target.name}.{uuid.uuid4().hex}.previous")
    target.rename(previous)
    try:
        staging.rename(target)
    except BaseException:
        previous.rename(target)
        raise
    shutil.rmtree(previous, ignore_errors=True)


class _Tables:
    """One open CSV writer per HSDS table; extra keys of a record (nested arrays) are left out."""

    def __init__(self, root: Path, stack: ExitStack):
        self.writers = {}
        for table in hsds.TABLES:
            file = stack.enter_context(open(root / table.path, "w", newline="", encoding="utf-8"))
            writer = csv.DictWriter(file, fieldnames=table.fieldnames, extrasaction="ignore")
            writer.writeheader()
            self.writers[table.name] = writer

    def write(self, table: str, records: list[dict]) -> None:
        self.writers[table].writerows(records)


def _write_json(path: Path, record: dict) -> None:
    path.write_text(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def write_export(root: Path, *, chunk_size: int, progress: Callable[[str], None]) -> tuple[int, int]:
    """Write every file of the export into `root`; returns (services, organizations) written."""
    (root / "services").mkdir()
    (root / "organizations").mkdir()
    with ExitStack() as stack:
        tables = _Tables(root, stack)
        written_locations: set[str] = set()

        def write_location(location: dict) -> None:
            # A location serves several services, and is the organization's too: one row each.
            if location["id"] not in written_locations:
                written_locations.add(location["id"])
                tables.write("location", [location])
                tables.write("address", location["addresses"])

        services_by_organization = _export_services(root, tables, write_location, chunk_size, progress)
        organizations = _export_organizations(root, tables, write_location, services_by_organization, chunk_size)
        terms = [hsds.taxonomy_term_record(term) for term in TaxonomyTerm.objects.all()]
        tables.write("taxonomy_term", [*terms, hsds.group_meeting_term()])
    _write_json(root / MARKER, _datapackage())
    services = sum(len(records) for records in services_by_organization.values())
    progress(f"Done: {services} services, {organizations} organizations.")
    return services, organizations


def _export_services(root, tables: _Tables, write_location, chunk_size: int, progress) -> dict[str, list[dict]]:
    """Services' files and rows; returns each organization's service records for its own file."""
    shared = hsds.shared_services()
    total = shared.count()
    progress(f"Exporting {total} services...")
    by_organization: dict[str, list[dict]] = defaultdict(list)
    services = hsds.service_queryset(shared).order_by("id")
    for done, service in enumerate(services.iterator(chunk_size=chunk_size), start=1):
        record = hsds.service_full(service)
        _write_json(root / "services" / f"{record['id']}.json", record)
        tables.write("service", [record])
        for table, key in (("phone", "phones"), ("schedule", "schedules"), ("service_area", "service_areas"),
                           ("language", "languages"), ("cost_option", "cost_options"), ("attribute", "attributes"),
                           ("service_at_location", "service_at_locations")):  # fmt: skip
            tables.write(table, record[key])
        tables.write(
            "attribute", [attribute for schedule in record["schedules"] for attribute in schedule["attributes"]]
        )
        for link in record["service_at_locations"]:
            write_location(link["location"])
        by_organization[record["organization_id"]].append(
            {key: value for key, value in record.items() if key != "organization"}
        )
        if done % chunk_size == 0 or done == total:
            progress(f"  services: {done}/{total}")
    return by_organization


def _export_organizations(root, tables: _Tables, write_location, services_by_organization, chunk_size: int) -> int:
    count = 0
    organizations = hsds.organization_queryset(with_services=False).order_by("id")
    for organization in organizations.iterator(chunk_size=chunk_size):
        record = hsds.organization_full(organization, services=services_by_organization.get(str(organization.id), []))
        _write_json(root / "organizations" / f"{record['id']}.json", record)
        tables.write("organization", [record])
        tables.write("phone", record["phones"])
        for location in record["locations"]:
            write_location(location)
        count += 1
    return count


def _datapackage() -> dict:
    return {
        "profile": "tabular-data-package",
        "name": "support-directory-hsds",
        "title": "Support-organization directory (Open Referral HSDS 3.0)",
        "created": timezone.now().astimezone(datetime.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "resources": [table.descriptor() for table in hsds.TABLES],
    }
