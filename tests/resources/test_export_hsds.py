"""`manage.py export_hsds DIR`: every file checked against HSDS 3.0 (JSON schemas, the tabular data
package), what is exported, and that a run replaces an earlier export whole or not at all."""

import builtins
import csv
import io
import json
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources import hsds as hsds_mapping
from resources import services as listing_services
from resources.models import Phone, ServiceStatus, TaxonomyTerm
from tests.conftest import SHARED
from tests.resources.listings import make_organization, make_service
from tests.resources.test_hsds_api import load_hsds_schemas

pytestmark = pytest.mark.django_db

CSV_FILES = {
    "organizations.csv", "services.csv", "locations.csv", "addresses.csv", "service_at_location.csv", "phones.csv",
    "schedules.csv", "service_areas.csv", "languages.csv", "cost_options.csv", "taxonomy_terms.csv", "attributes.csv",
}  # fmt: skip


@pytest.fixture
def hsds(shared_dir):
    return load_hsds_schemas(shared_dir / "hsds-3.0")


@pytest.fixture
def directory(directory_admin):
    """Two organisations with public services, plus what must never be exported."""
    first = make_organization("Hope Harbor Foundation")
    Phone.objects.create(organization=first, number="555-0120", description="Office")
    circle = make_service(first, name="Support circle", state="OH")
    listing_services.service_mark_verified(service=circle, user=directory_admin)
    rides = make_service(first, name="Treatment rides", terms=("transport", "in-person"), status="temporarily closed")
    grants = make_service(make_organization("Bills Relief Trust"), name="Utility grants", with_location=False)
    defunct = make_service(first, name="Old group", status=ServiceStatus.DEFUNCT)
    sample = make_service(make_organization("Sample Org", is_sample=True), name="Fictional helpline")
    return {
        "public": [circle, rides, grants],
        "hidden": [defunct, sample],
        "organizations": [first, grants.organization],
    }


def export(target: Path, *args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("export_hsds", str(target), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        return list(reader.fieldnames or []), list(reader)


# --- JSON files -----------------------------------------------------------------------------------


def test_one_valid_file_per_public_service_and_organization(tmp_path, hsds, directory, settings):
    target = tmp_path / "export"
    out, err = export(target)
    assert "Exported 3 services of 2 organizations" in out
    assert "services: 3/3" in err  # progress on stderr

    service_files = {path.stem: path for path in (target / "services").glob("*.json")}
    assert set(service_files) == {str(service.pk) for service in directory["public"]}
    for path in service_files.values():
        record = json.loads(path.read_text())
        hsds.assert_valid(record, "service.json")
        assert record["organization"]["id"] == record["organization_id"]
    circle = json.loads(service_files[str(directory["public"][0].pk)].read_text())
    assert circle["assurer_email"] == settings.DIRECTORY_ASSURER_EMAIL
    assert circle["phones"]
    assert circle["service_at_locations"][0]["location"]["addresses"]

    organization_files = {path.stem: path for path in (target / "organizations").glob("*.json")}
    assert set(organization_files) == {str(org.pk) for org in directory["organizations"]}
    for path in organization_files.values():
        hsds.assert_valid(json.loads(path.read_text()), "organization.json")
    first = json.loads(organization_files[str(directory["organizations"][0].pk)].read_text())
    assert {service["name"] for service in first["services"]} == {"Support circle", "Treatment rides"}
    assert [phone["number"] for phone in first["phones"]] == ["555-0120"]
    # An organisation's services are the services' own records, without the organisation again.
    [nested] = [service for service in first["services"] if service["id"] == circle["id"]]
    assert nested == {key: value for key, value in circle.items() if key != "organization"}


# --- The tabular data package ---------------------------------------------------------------------


def test_datapackage_describes_hsds_tables(tmp_path, hsds, directory):
    target = tmp_path / "export"
    export(target)
    package = json.loads((target / "datapackage.json").read_text())
    assert package["profile"] == "tabular-data-package"
    assert {resource["path"] for resource in package["resources"]} == CSV_FILES
    assert CSV_FILES <= {path.name for path in target.iterdir()}

    theirs = {resource["name"]: resource for resource in hsds.datapackage["resources"]}
    for resource in package["resources"]:
        hsds_resource = theirs[resource["name"]]
        assert resource["path"] == hsds_resource["path"]
        hsds_fields = {field["name"]: field for field in hsds_resource["schema"]["fields"]}
        fields = {field["name"]: field for field in resource["schema"]["fields"]}
        for name, field in fields.items():
            assert name in hsds_fields, f"{resource['path']}: {name} is not an HSDS column"
            assert field["type"] == hsds_fields[name]["type"], f"{resource['path']}: {name}"
            if "format" in hsds_fields[name]:
                assert field.get("format") == hsds_fields[name]["format"], f"{resource['path']}: {name}"
        # HSDS's required columns, and tabular.json's columns required in the tabular form only.
        tabular = hsds.tabular["properties"][resource["name"]]["items"]
        required = {name for name, field in hsds_fields.items() if field["constraints"].get("required")}
        required |= set(tabular.get("required", [])) | set(tabular.get("tabular_required", []))
        declared_required = {name for name, field in fields.items() if field.get("constraints", {}).get("required")}
        assert required <= declared_required, f"{resource['path']} misses required {required - declared_required}"
        for key in resource["schema"].get("foreignKeys", []):
            assert key["reference"]["resource"] in {r["name"] for r in package["resources"]}


def test_csv_files_match_the_package_and_hold_every_row(tmp_path, directory):
    target = tmp_path / "export"
    export(target)
    package = json.loads((target / "datapackage.json").read_text())
    tables = {}
    for resource in package["resources"]:
        header, rows = read_csv(target / resource["path"])
        fields = resource["schema"]["fields"]
        assert header == [field["name"] for field in fields], resource["path"]
        ids = [row["id"] for row in rows]
        assert len(ids) == len(set(ids)), f"{resource['path']}: repeated ids"
        for row in rows:
            for field in fields:
                value = row[field["name"]]
                if field.get("constraints", {}).get("required"):
                    assert value, f"{resource['path']}: empty required {field['name']}"
                if value and field.get("format") == "uuid":
                    uuid.UUID(value)
        tables[resource["name"]] = (resource, rows)

    # Every reference resolves to a row of the package.
    for resource, rows in tables.values():
        for key in resource["schema"].get("foreignKeys", []):
            known = {row["id"] for row in tables[key["reference"]["resource"]][1]}
            for row in rows:
                if row[key["fields"]]:
                    assert row[key["fields"]] in known, f"{resource['path']}.{key['fields']} -> {row[key['fields']]}"

    services = tables["service"][1]
    assert {row["name"] for row in services} == {"Support circle", "Treatment rides", "Utility grants"}
    assert {row["status"] for row in services} == {"active", "temporarily closed"}
    assert len(tables["organization"][1]) == 2
    # The exported organisations' places (the defunct group's too: it is still the organisation's
    # place), each once although it is both a service's and its organisation's.
    assert len(tables["location"][1]) == 3
    assert {row["number"] for row in tables["phone"][1]} == {"555-0100", "555-0120"}
    # Our vocabulary, and the term marking a group meeting's schedule.
    assert len(tables["taxonomy_term"][1]) == TaxonomyTerm.objects.count() + 1
    assert {row["link_entity"] for row in tables["attribute"][1]} == {"service", "schedule"}
    schedule = tables["schedule"][1][0]
    assert (schedule["opens_at"], schedule["closes_at"]) == ("18:00", "19:30")
    attribute = next(row for row in tables["attribute"][1] if row["link_entity"] == "service")
    assert attribute["id"] == str(hsds_mapping.attribute_id(uuid.UUID(attribute["link_id"]),
                                                            uuid.UUID(attribute["taxonomy_term_id"])))  # fmt: skip


def test_an_empty_directory_exports_headers_only(tmp_path):
    target = tmp_path / "export"
    export(target)
    assert not list((target / "services").iterdir())
    header, rows = read_csv(target / "services.csv")
    assert "id" in header
    assert rows == []


# --- Replacing an export whole or not at all ------------------------------------------------------


def test_a_new_export_replaces_the_previous_one(tmp_path, directory):
    target = tmp_path / "export"
    export(target)
    gone = directory["public"][2]
    gone.status = ServiceStatus.INACTIVE
    gone.save()
    export(target)
    assert not (target / "services" / f"{gone.pk}.json").exists()
    assert (target / "services" / f"{directory['public'][0].pk}.json").exists()
    assert [path.name for path in tmp_path.iterdir()] == ["export"]  # no staging or previous folder left
    assert oct((target).stat().st_mode & 0o777) != oct(0o700)  # readable by a web server, unlike a temp dir


def test_a_failed_export_leaves_the_previous_one_untouched(tmp_path, directory, monkeypatch):
    target = tmp_path / "export"
    export(target)
    before = sorted(path.relative_to(target) for path in target.rglob("*"))

    calls = []

    def failing(service, **kwargs):
        calls.append(service)
        if len(calls) == 2:
            raise RuntimeError("database went away")
        return original(service, **kwargs)

    original = hsds_mapping.service_full
    monkeypatch.setattr(hsds_mapping, "service_full", failing)
    with pytest.raises(RuntimeError, match="database went away"):
        export(target)
    assert sorted(path.relative_to(target) for path in target.rglob("*")) == before
    assert [path.name for path in tmp_path.iterdir()] == ["export"]


def test_a_failed_first_export_leaves_nothing(tmp_path, directory, monkeypatch):
    monkeypatch.setattr(hsds_mapping, "taxonomy_term_record", lambda term: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        export(tmp_path / "export")
    assert list(tmp_path.iterdir()) == []


def test_refuses_to_replace_a_folder_that_is_not_an_export(tmp_path, directory):
    target = tmp_path / "documents"
    target.mkdir()
    (target / "thesis.txt").write_text("keep me")
    with pytest.raises(CommandError, match="holds no earlier export"):
        export(target)
    assert (target / "thesis.txt").read_text() == "keep me"
    assert [path.name for path in tmp_path.iterdir()] == ["documents"]


def test_refuses_a_bad_chunk_size(tmp_path):
    with pytest.raises(CommandError, match="chunk-size"):
        export(tmp_path / "export", "--chunk-size", "0")


# --- Cost and independence ------------------------------------------------------------------------


def test_queries_grow_with_chunks_not_services(tmp_path):
    organization = make_organization()
    make_service(organization, name="Group 0")
    with CaptureQueriesContext(connection) as one:
        export(tmp_path / "one")
    for n in range(1, 30):
        make_service(make_organization(f"Organisation {n}"), name=f"Group {n}")
    with CaptureQueriesContext(connection) as thirty:
        export(tmp_path / "thirty")
    assert len(one) == len(thirty), (len(one), len(thirty))
    assert len(list((tmp_path / "thirty" / "services").iterdir())) == 30


def test_the_export_never_reads_shared(tmp_path, directory, monkeypatch):
    """Users' clones have no ../shared/: the command must work from the database alone."""
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, str | Path) and Path(file).resolve().is_relative_to(SHARED.resolve()):
            raise AssertionError(f"export_hsds read {file}")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)  # what pathlib uses
    export(tmp_path / "export")
    assert (tmp_path / "export" / "datapackage.json").is_file()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_exports_from_one_snapshot_when_run_outside_a_transaction(tmp_path):
    """As from the command line: the command opens its own read-only, repeatable-read transaction."""
    service = make_service()
    export(tmp_path / "export")
    assert (tmp_path / "export" / "services" / f"{service.pk}.json").is_file()
    assert connection.get_autocommit()  # the transaction is over
