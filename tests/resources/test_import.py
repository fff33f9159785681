"""`manage.py import_directory`: CSV and HSDS JSON listings, checked in full, imported all or nothing."""

import csv
import datetime
import io
import json
import uuid

import pghistory.models
import pytest
from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.db import connection

from portal.models import SearchDocument
from resources import importing
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
)
from resources.vocabulary import term_id
from tests.helpers import PRODUCTION_ENVIRONMENT, database_url, run_portal_process
from tests.resources.listings import make_organization, make_service

pytestmark = pytest.mark.django_db

ORG_ID = "6f1c2d3e-4a5b-4c6d-8e7f-901234567890"
SERVICE_IDS = [
    "0b5f3c5e-1111-4a6b-9c1d-000000000001",
    "0b5f3c5e-1111-4a6b-9c1d-000000000002",
    "0b5f3c5e-1111-4a6b-9c1d-000000000003",
]


def good_rows() -> list[dict[str, str]]:
    """Three services: two of one organisation (its details on the first row only), one of another."""
    return [
        {
            "service_id": SERVICE_IDS[0],
            "organization_id": ORG_ID,
            "organization_name": "Lakeside Cancer Support",
            "organization_website": "https://lakeside.example.org/",
            "organization_description": "A charity for people living with cancer around the lake.",
            "organization_email": "hello@lakeside.example.org",
            "service_name": "Metastatic breast cancer support group",
            "description": "Meet others living with stage 4 breast cancer, online, once a month.",
            "status": "active",
            "url": "https://lakeside.example.org/groups",
            "email": "groups@lakeside.example.org",
            "eligibility_description": "Adults with metastatic breast cancer.",
            "application_process": "Call or e-mail to join.",
            "fees_description": "None.",
            "categories": "support-group",
            "delivery_modes": "online",
            "audiences": "person-with-cancer; metastatic",
            "phone": "1-800-555-0101",
            "phone_description": "Weekdays 9 am to 5 pm",
            "area_scope": "national",
            "languages": "en; es",
            "cost": "free",
            "cost_description": "No charge",
            "schedule_description": "Second Tuesday of each month, 6 to 7:30 pm",
            "schedule_byday": "2TU",
            "schedule_opens_at": "18:00",
            "schedule_closes_at": "19:30",
            "schedule_timezone": "America/New_York",
            "schedule_attending_type": "online",
            "schedule_is_group_meeting": "yes",
        },
        {
            "service_id": SERVICE_IDS[1],
            "organization_id": ORG_ID,
            "organization_name": "Lakeside Cancer Support",
            "service_name": "Rides to treatment",
            "description": "Volunteer drivers take you to and from treatment in Ohio.",
            "categories": "transport",
            "delivery_modes": "in-person",
            "audiences": "person-with-cancer",
            "phone": "216-555-0102",
            "phone_extension": "12",
            "area_scope": "state",
            "area_state": "oh",
            "area_name": "Ohio",
            "languages": "en",
            "cost": "sliding scale",
        },
        {
            "service_id": SERVICE_IDS[2],
            "organization_name": "Hilltop Hospice",
            "organization_description": "Hospice care at home and in our house on the hill.",
            "service_name": "Hospice at home",
            "description": "Comfort care at home, and support for families.",
            "status": "temporarily closed",
            "categories": "hospice",
            "audiences": "carer-or-family",
            "area_scope": "city",
            "area_state": "OH",
            "area_name": "Cleveland",
        },
    ]


def csv_bytes(rows: list[dict[str, str]], columns: list[str] | None = None) -> bytes:
    columns = columns or [column for column in importing.COLUMNS if any(column in row for row in rows)]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def write(tmp_path, content: bytes | str, name: str = "listings.csv"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def run(path: str, **options) -> str:
    out = io.StringIO()
    call_command("import_directory", path, stdout=out, **options)
    return out.getvalue()


def directory_counts() -> dict[str, int]:
    """Rows in every directory table (with the m2m and audit-event tables), and the search index."""
    counts = {
        model._meta.db_table: model.objects.count()
        for model in apps.get_app_config("resources").get_models(include_auto_created=True)
    }
    counts["search"] = SearchDocument.objects.count()
    return counts


def rejected(path: str, user) -> str:
    before = directory_counts()
    with pytest.raises(CommandError) as caught:
        run(path, user=user.username)
    assert directory_counts() == before, "a rejected file must write nothing"
    return str(caught.value)


# --- A good CSV ------------------------------------------------------------------------------------


def test_a_good_csv_imports_every_service_with_all_its_parts(directory_admin, tmp_path):
    before = directory_counts()
    output = run(write(tmp_path, csv_bytes(good_rows())), user=directory_admin.username)
    assert "imported 3/3" in output
    assert "Imported 3 service(s) (2 new organization(s), 0 already in the directory)" in output
    assert Service.objects.count() == 3
    assert Organization.objects.count() == 2

    lakeside = Organization.objects.get(pk=ORG_ID)
    assert lakeside.slug == "lakeside-cancer-support"
    assert lakeside.website == "https://lakeside.example.org/"
    assert lakeside.email == "hello@lakeside.example.org"
    assert set(lakeside.services.values_list("pk", flat=True)) == {uuid.UUID(i) for i in SERVICE_IDS[:2]}

    group = Service.objects.get(pk=SERVICE_IDS[0])
    assert group.status == "active"
    assert group.url == "https://lakeside.example.org/groups"
    assert group.eligibility_description == "Adults with metastatic breast cancer."
    assert set(group.terms.values_list("code", flat=True)) == {
        "support-group", "online", "person-with-cancer", "metastatic"
    }  # fmt: skip
    phone = group.phones.get()
    assert (phone.number, phone.type, phone.description) == ("1-800-555-0101", "voice", "Weekdays 9 am to 5 pm")
    schedule = group.schedules.get()
    assert schedule.freq == "MONTHLY"
    assert schedule.byday == "2TU"
    assert (schedule.opens_at, schedule.closes_at) == (datetime.time(18), datetime.time(19, 30))
    assert schedule.timezone == "America/New_York"
    assert schedule.attending_type == "online"
    assert schedule.is_group_meeting
    area = group.service_areas.get()
    assert (area.scope, area.state, area.name) == ("national", "", "United States")
    assert sorted(group.languages.values_list("code", "name")) == [("en", "English"), ("es", "Spanish")]
    cost = group.cost_options.get()
    assert (cost.option, cost.amount_description) == ("free", "No charge")

    rides = Service.objects.get(pk=SERVICE_IDS[1])
    assert rides.status == "active"
    assert rides.phones.get().extension == 12
    assert list(rides.service_areas.values_list("scope", "state", "name")) == [("state", "OH", "Ohio")]
    assert rides.cost_options.get().option == "sliding scale"

    hospice = Service.objects.get(pk=SERVICE_IDS[2])
    assert hospice.organization.name == "Hilltop Hospice"
    assert hospice.organization.slug == "hilltop-hospice"
    assert hospice.status == "temporarily closed"
    assert list(hospice.service_areas.values_list("scope", "state", "name")) == [("city", "OH", "Cleveland")]
    assert not hospice.phones.exists()
    assert not hospice.schedules.exists()

    # Importing is not verifying; listing_changed ran for each (search index), in the audit trail.
    assert not Service.objects.filter(assured_date__isnull=False).exists()
    assert not Service.objects.filter(verification_due__isnull=False).exists()
    assert SearchDocument.objects.filter(key__in=[f"service:{pk}" for pk in SERVICE_IDS]).count() == 3
    after = directory_counts()
    assert after["resources_serviceevent"] - before["resources_serviceevent"] == 3
    contexts = [event.pgh_context or {} for event in pghistory.models.Events.objects.tracks(group)]
    assert {"action": "directory.import", "user": directory_admin.pk, "source": "listings.csv"}.items() <= (
        contexts[0].items()
    )


def test_rows_naming_an_organisation_already_in_the_directory_add_to_it_without_changing_it(directory_admin, tmp_path):
    existing = make_organization("Hilltop Hospice", website="https://hilltop.example.org/")
    run(write(tmp_path, csv_bytes(good_rows())), user=directory_admin.username)
    existing.refresh_from_db()
    assert existing.website == "https://hilltop.example.org/"
    assert existing.description == "Hilltop Hospice supports people living with cancer."
    assert list(existing.services.values_list("pk", flat=True)) == [uuid.UUID(SERVICE_IDS[2])]
    assert Organization.objects.filter(name="Hilltop Hospice").count() == 1


def test_a_derived_slug_already_taken_gets_a_number_and_a_given_slug_must_be_free(directory_admin, tmp_path):
    make_organization("Other", slug="hilltop-hospice")
    run(write(tmp_path, csv_bytes(good_rows())), user=directory_admin.username)
    assert Service.objects.get(pk=SERVICE_IDS[2]).organization.slug == "hilltop-hospice-2"

    rows = [{**good_rows()[2], "service_id": "", "organization_name": "Valley Hospice", "organization_slug": "other"}]
    make_organization("Owner of other", slug="other")
    message = rejected(write(tmp_path, csv_bytes(rows)), directory_admin)
    assert "row 2, column organization_slug: the slug 'other' is already used by 'Owner of other'." in message


def test_an_organisations_rows_must_not_contradict_each_other(directory_admin, tmp_path):
    rows = good_rows()
    rows[1]["organization_website"] = "https://elsewhere.example.org/"
    message = rejected(write(tmp_path, csv_bytes(rows)), directory_admin)
    assert "row 3, column organization_website: differs from the value given for this organization at row 2." in (
        message
    )


def test_text_is_stored_verbatim_even_markup(directory_admin, tmp_path):
    rows = good_rows()
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'
    rows[0]["description"] = payload
    rows[0]["service_name"] = "<b>Group</b>"
    run(write(tmp_path, csv_bytes(rows)), user=directory_admin.username)
    service = Service.objects.get(pk=SERVICE_IDS[0])
    assert service.description == payload
    assert service.name == "<b>Group</b>"


def test_blank_ids_get_new_ones_and_a_byte_order_mark_is_fine(directory_admin, tmp_path):
    rows = [{**row, "service_id": "", "organization_id": ""} for row in good_rows()]
    run(write(tmp_path, b"\xef\xbb\xbf" + csv_bytes(rows)), user=directory_admin.username)
    assert Service.objects.count() == 3
    assert Organization.objects.count() == 2  # rows 2 and 3 share one by name


# --- One bad row: nothing is imported, the row and the column are named ---------------------------

# (column, value, what the message says, which row: 3 is the second service of an organisation,
# 4 the only one of another)
BAD_VALUES = [
    ("phone", "call us on Monday", "phone number"),
    ("url", "javascript:alert(1)", "http"),
    ("organization_website", "ftp://hilltop.example.org/", "http", 4),
    ("categories", "transport; yoga-classes", "unknown category code 'yoga-classes'"),
    ("categories", "online", "'online' is a delivery mode, not a category"),
    ("audiences", "everyone", "unknown audience code"),
    ("status", "open", "not a valid choice"),
    ("languages", "en; xx", "unknown language code 'xx'"),
    ("languages", "english", "unknown language code 'english'"),
    ("service_id", "not-a-uuid", "is not a UUID"),
    ("organization_id", "12345", "is not a UUID"),
    ("email", "rides at example", "valid email"),
    ("service_name", "", "cannot be blank"),
    ("description", "", "cannot be blank"),
    ("area_state", "", "needs its two-letter state code"),
    ("area_scope", "county", "not a valid choice"),
    ("cost", "cheap", "not a valid choice"),
    ("phone_extension", "12a", "integer"),
    ("schedule_byday", "Tuesdays", "iCalendar"),
    ("schedule_opens_at", "6pm", "HH:MM"),
    ("schedule_timezone", "Ohio/Cleveland", "unknown time zone"),
    ("schedule_is_group_meeting", "maybe", "yes or no"),
    ("organization_name", "Hilltop Hospice", "is called 'Lakeside Cancer Support' at row 2"),
    ("alternate_name", "Rides\x00", "NUL character"),
]


@pytest.mark.parametrize("case", BAD_VALUES, ids=[f"{case[0]}={case[1]!r}" for case in BAD_VALUES])
def test_one_bad_value_rejects_the_whole_file_naming_row_and_column(directory_admin, tmp_path, case):
    column, value, message, row = (*case, 3) if len(case) == 3 else case
    rows = good_rows()
    rows[row - 2][column] = value
    if column.startswith("schedule_"):
        rows[row - 2]["schedule_description"] = "Mondays"
    report = rejected(write(tmp_path, csv_bytes(rows, importing.COLUMNS)), directory_admin)
    assert report.startswith("Nothing imported:")
    prefix = f"row {row}, column {column}:"
    lines = [line for line in report.splitlines() if line.strip().startswith(prefix)]
    assert lines, report
    assert any(message in line for line in lines), report


def test_a_row_with_too_many_or_too_few_fields_is_malformed(directory_admin, tmp_path):
    good = csv_bytes(good_rows()).decode().splitlines()
    too_many = "\n".join([good[0], good[1], good[2] + ",surplus", good[3]]) + "\n"
    report = rejected(write(tmp_path, too_many), directory_admin)
    assert f"row 3: this row has {len(good[0].split(',')) + 1} fields but the header has" in report
    too_few = "\n".join([good[0], good[1], "Lakeside Cancer Support,Rides", good[3]]) + "\n"
    assert "row 3: this row has 2 fields" in rejected(write(tmp_path, too_few), directory_admin)


def test_a_stray_quote_is_malformed_csv(directory_admin, tmp_path):
    good = csv_bytes(good_rows()).decode().splitlines()
    broken = good[2].replace("Rides to treatment", '"Rides" to treatment')
    content = "\n".join([good[0], good[1], broken, good[3]]) + "\n"
    report = rejected(write(tmp_path, content), directory_admin)
    assert "row 3: malformed CSV" in report


def test_the_same_service_id_twice_in_the_file_is_refused(directory_admin, tmp_path):
    rows = good_rows()
    rows[1]["service_id"] = SERVICE_IDS[0]
    report = rejected(write(tmp_path, csv_bytes(rows)), directory_admin)
    assert f"row 3, column service_id: {SERVICE_IDS[0]} is used twice in this file (first at row 2)." in report


def test_a_service_id_already_in_the_directory_is_refused(directory_admin, tmp_path):
    make_service(id=uuid.UUID(SERVICE_IDS[1]))
    report = rejected(write(tmp_path, csv_bytes(good_rows())), directory_admin)
    assert f"row 3, column service_id: a service with id {SERVICE_IDS[1]} is already in the directory." in report


def test_a_missing_required_column_or_an_unknown_column_is_named_in_the_header_row(directory_admin, tmp_path):
    header = [column for column in importing.COLUMNS if column != "service_name"]
    report = rejected(write(tmp_path, csv_bytes(good_rows(), header)), directory_admin)
    assert "row 1, column service_name: this required column is missing from the header." in report

    rows = [{**row, "catgories": row.get("categories", "")} for row in good_rows()]
    columns = ["organization_name", "service_name", "description", "catgories"]
    report = rejected(write(tmp_path, csv_bytes(rows, columns)), directory_admin)
    assert "row 1, column catgories: unknown column. Did you mean 'categories'?" in report


def test_bytes_that_are_not_utf8_are_refused_naming_row_and_column(directory_admin, tmp_path):
    content = csv_bytes(good_rows()).replace(b"Volunteer drivers", "Volontaires bénévoles".encode("latin-1"))
    report = rejected(write(tmp_path, content), directory_admin)
    assert "row 3, column description: contains bytes that are not UTF-8" in report


def test_every_problem_is_reported_row_by_row_and_column_by_column(directory_admin, tmp_path):
    rows = good_rows()
    rows[0]["url"] = "javascript:alert(1)"
    rows[0]["phone"] = "none"
    rows[2]["languages"] = "zz"
    rows[2]["status"] = "gone"
    report = rejected(write(tmp_path, csv_bytes(rows)), directory_admin)
    problems = [line.strip() for line in report.splitlines()[1:]]
    # Each problem once: the bad address is told by the message that says what to write (http or
    # https), not also by Django's generic "Enter a valid URL.".
    assert report.splitlines()[0].endswith("4 problem(s) in " + str(tmp_path / "listings.csv") + ":")
    assert problems[0] == "row 2, column url: Enter a web address starting with https:// or http://."
    assert [p.split(":")[0] for p in problems] == [
        "row 2, column url",
        "row 2, column phone",
        "row 4, column status",
        "row 4, column languages",
    ]


def test_an_empty_file_or_a_header_alone_is_refused(directory_admin, tmp_path):
    assert "the file is empty" in rejected(write(tmp_path, b""), directory_admin)
    assert "no rows below it" in rejected(
        write(tmp_path, b"organization_name,service_name,description\n"), directory_admin
    )


# --- Dry run and permission ------------------------------------------------------------------------


def test_dry_run_checks_everything_and_writes_nothing(directory_admin, tmp_path):
    before = directory_counts()
    output = run(write(tmp_path, csv_bytes(good_rows())), user=directory_admin.username, dry_run=True)
    assert "Checked 3 service(s)" in output
    assert "Nothing was written (--dry-run)" in output
    assert directory_counts() == before
    rows = good_rows()
    rows[0]["phone"] = "none"
    with pytest.raises(CommandError, match="row 2, column phone"):
        run(write(tmp_path, csv_bytes(rows)), user=directory_admin.username, dry_run=True)


def test_a_user_without_permission_is_refused_by_the_command_and_by_the_service(author, tmp_path):
    path = write(tmp_path, csv_bytes(good_rows()))
    before = directory_counts()
    with pytest.raises(CommandError, match="may not import directory listings.*resources.change_service"):
        run(path, user=author.username)
    with pytest.raises(CommandError, match="may not import"):
        run(path, user=author.username, dry_run=True)
    with pytest.raises(PermissionDenied):
        importing.import_directory(data=csv_bytes(good_rows()), kind="csv", user=author)
    assert directory_counts() == before


def test_an_unknown_user_or_file_type_is_refused(directory_admin, tmp_path):
    path = write(tmp_path, csv_bytes(good_rows()))
    with pytest.raises(CommandError, match="No user 'nobody'"):
        run(path, user="nobody")
    with pytest.raises(CommandError, match="must end in .csv or .json"):
        run(write(tmp_path, csv_bytes(good_rows()), "listings.txt"), user=directory_admin.username)


def test_manage_py_exits_non_zero_when_it_refuses(tmp_path):
    path = write(tmp_path, csv_bytes(good_rows()))
    env = {**PRODUCTION_ENVIRONMENT, "DATABASE_URL": database_url(connection.settings_dict)}
    result = run_portal_process("manage.py", "import_directory", path, "--user", "nobody", env=env)
    assert result.returncode == 1
    assert "CommandError: No user 'nobody'" in result.stderr


def test_a_superuser_may_import(superuser, tmp_path):
    run(write(tmp_path, csv_bytes(good_rows())), user=superuser.username)
    assert Service.objects.count() == 3


def test_the_module_docstring_documents_every_column():
    for column in importing.COLUMNS:
        assert f"  {column} " in importing.__doc__, column


# --- A thousand rows -------------------------------------------------------------------------------


def test_a_thousand_generated_rows_import_and_report_progress(directory_admin, tmp_path):
    rows = [
        {
            "organization_name": f"Organisation {number // 10}",
            "organization_description": "Generated for the import test.",
            "service_name": f"Service {number}",
            "description": f"Generated service number {number}.",
            "categories": "helpline" if number % 2 else "counselling",
            "delivery_modes": "telephone",
            "phone": f"1-800-555-{number % 10000:04d}",
            "area_scope": "national",
            "languages": "en",
        }
        for number in range(1000)
    ]
    output = run(write(tmp_path, csv_bytes(rows)), user=directory_admin.username)
    assert "imported 100/1000" in output
    assert "imported 1000/1000" in output
    assert output.count("imported ") == 10
    assert Service.objects.count() == 1000
    assert Organization.objects.count() == 100
    assert Phone.objects.count() == Language.objects.count() == ServiceArea.objects.count() == 1000


# --- HSDS JSON -------------------------------------------------------------------------------------

HSDS_ORG = "7a0e8c52-2b9d-4f0e-9d6a-3c1b5e7f9a10"
HSDS_SERVICES = ["5d1c9b2e-7f4a-4c3b-8e2d-1a0b9c8d7e60", "5d1c9b2e-7f4a-4c3b-8e2d-1a0b9c8d7e61"]


def _attribute(service_id: str, code: str, taxonomy: str) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "link_id": service_id,
        "link_type": taxonomy,
        "link_entity": "service",
        "taxonomy_term_id": str(term_id(code)),
        "taxonomy_term": {"id": str(term_id(code)), "code": code, "name": code, "description": code,
                          "taxonomy": taxonomy},
    }  # fmt: skip


def hsds_services() -> list[dict]:
    first, second = HSDS_SERVICES
    location_id = "9e8d7c6b-5a49-4382-9176-5f4e3d2c1b0a"
    return [
        {
            "id": first,
            "organization_id": HSDS_ORG,
            "name": "Helpline for people with metastatic breast cancer",
            "description": "Talk to a specialist nurse. <script>alert('x')</script>",
            "url": "https://river.example.org/helpline",
            "email": "helpline@river.example.org",
            "status": "active",
            "eligibility_description": "Anyone affected by metastatic breast cancer.",
            "application_process": "Call us.",
            "assured_date": "2026-01-02",
            "minimum_age": 18,
            "organization": {
                "id": HSDS_ORG,
                "name": "River Cancer Charity",
                "description": "Support by phone, online and in person.",
                "website": "https://river.example.org/",
                "email": "info@river.example.org",
            },
            "phones": [
                {"id": "11111111-2222-4333-8444-555555555501", "service_id": first, "number": "1-800-555-0199",
                 "type": "voice", "description": "Every day, 8 am to 8 pm", "extension": 4},
                {"id": "11111111-2222-4333-8444-555555555502", "number": "1-800-555-0198", "type": "textphone"},
            ],
            "schedules": [
                {"id": "11111111-2222-4333-8444-555555555503", "service_id": first, "freq": "WEEKLY",
                 "byday": "MO,TU,WE,TH,FR", "opens_at": "08:00", "closes_at": "20:00-05:00",
                 "description": "Weekdays, 8 am to 8 pm", "attending_type": "phone"},
            ],
            "service_areas": [
                {"id": "11111111-2222-4333-8444-555555555504", "name": "United States", "extent_type": "national"},
            ],
            "languages": [
                {"id": "11111111-2222-4333-8444-555555555505", "code": "en", "name": "English"},
                {"id": "11111111-2222-4333-8444-555555555506", "code": "es", "name": "Español", "note": "Weekdays"},
            ],
            "cost_options": [
                {"id": "11111111-2222-4333-8444-555555555507", "option": "free", "amount_description": "No charge"},
            ],
            "attributes": [
                _attribute(first, "helpline", "category"),
                _attribute(first, "telephone", "delivery_mode"),
                _attribute(first, "metastatic", "audience"),
                {"id": str(uuid.uuid4()), "taxonomy_term_id": str(uuid.uuid4()),
                 "taxonomy_term": {"id": str(uuid.uuid4()), "code": "BH-1800", "name": "Helplines",
                                   "description": "211 LA taxonomy", "taxonomy": "airs"}},
            ],
            "service_at_locations": [
                {"id": "11111111-2222-4333-8444-555555555508", "service_id": first, "location_id": location_id,
                 "location": {
                     "id": location_id, "location_type": "physical", "name": "River House",
                     "organization_id": HSDS_ORG,
                     "addresses": [{"id": "11111111-2222-4333-8444-555555555509", "location_id": location_id,
                                    "address_1": "2 River Road", "city": "Columbus", "state_province": "OH",
                                    "postal_code": "43004", "country": "US", "address_type": "physical"}],
                 }},
            ],
        },
        {
            "id": second,
            "organization_id": HSDS_ORG,  # the organisation nested in the first service
            "name": "Drop-in centre",
            "description": "Come in for a cup of tea and a talk.",
            "status": "active",
            "service_areas": [
                {"id": "11111111-2222-4333-8444-555555555510", "name": "Columbus", "extent_type": "city",
                 "extent": "OH"},
            ],
            "service_at_locations": [
                {"id": "11111111-2222-4333-8444-555555555511", "service_id": second, "location_id": location_id},
            ],
            "attributes": [_attribute(second, "support-group", "category")],
        },
    ]  # fmt: skip


def validate_against_hsds(shared_dir, services: list[dict]) -> None:
    import jsonschema

    schema = json.loads((shared_dir / "hsds-3.0" / "compiled" / "service.json").read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    for service in services:
        validator.validate(service)


def test_hsds_json_imports_with_ids_kept_and_every_part_mapped(directory_admin, tmp_path, shared_dir):
    services = hsds_services()
    validate_against_hsds(shared_dir, services)
    output = run(write(tmp_path, json.dumps(services), "services.json"), user=directory_admin.username)
    assert "imported 2/2" in output
    assert "$[0].assured_date: not imported (importing is not verifying" in output
    assert "$[0].minimum_age: not imported" in output
    assert "$[0].attributes[3]: term BH-1800 is not in our vocabulary; skipped." in output

    organization = Organization.objects.get(pk=HSDS_ORG)
    assert (organization.name, organization.slug) == ("River Cancer Charity", "river-cancer-charity")
    helpline = Service.objects.get(pk=HSDS_SERVICES[0])
    assert helpline.organization == organization
    assert helpline.assured_date is None
    assert helpline.description == "Talk to a specialist nurse. <script>alert('x')</script>"
    assert set(helpline.terms.values_list("code", flat=True)) == {"helpline", "telephone", "metastatic"}
    assert list(helpline.phones.values_list("id", "number", "type", "extension", "position")) == [
        (uuid.UUID("11111111-2222-4333-8444-555555555501"), "1-800-555-0199", "voice", 4, 0),
        (uuid.UUID("11111111-2222-4333-8444-555555555502"), "1-800-555-0198", "textphone", None, 1),
    ]
    schedule = helpline.schedules.get()
    assert (schedule.freq, schedule.byday, schedule.opens_at, schedule.closes_at) == (
        "WEEKLY", "MO,TU,WE,TH,FR", datetime.time(8), datetime.time(20)
    )  # fmt: skip
    assert list(helpline.service_areas.values_list("scope", "state", "name")) == [("national", "", "United States")]
    assert list(helpline.languages.values_list("code", "name", "note")) == [
        ("en", "English", ""), ("es", "Spanish", "Weekdays")
    ]  # fmt: skip
    assert helpline.cost_options.get().option == "free"
    location = Location.objects.get()
    assert location.organization == organization
    assert location.addresses.get().city == "Columbus"

    drop_in = Service.objects.get(pk=HSDS_SERVICES[1])
    assert drop_in.organization == organization
    assert list(drop_in.service_areas.values_list("scope", "state", "name")) == [("city", "OH", "Columbus")]
    assert list(drop_in.locations.all()) == [location]
    assert ServiceAtLocation.objects.count() == 2


def test_an_hsds_service_may_name_an_organisation_already_in_the_directory(directory_admin, tmp_path):
    organization = make_organization("River Cancer Charity", id=uuid.UUID(HSDS_ORG), website="https://river.example/")
    services = hsds_services()
    del services[0]["organization"]
    output = run(write(tmp_path, json.dumps(services), "services.json"), user=directory_admin.username)
    assert "0 new organization(s), 1 already in the directory" in output
    assert set(organization.services.values_list("pk", flat=True)) == {uuid.UUID(pk) for pk in HSDS_SERVICES}
    organization.refresh_from_db()
    assert organization.website == "https://river.example/"


def test_a_single_hsds_service_object_imports_too(directory_admin, tmp_path):
    service = hsds_services()[0]
    run(write(tmp_path, json.dumps(service), "service.json"), user=directory_admin.username)
    assert Service.objects.filter(pk=HSDS_SERVICES[0]).exists()


def test_a_page_of_the_hsds_api_imports_its_contents(directory_admin, tmp_path):
    page = {"total_items": 2, "total_pages": 1, "page_number": 1, "size": 2, "first_page": True, "last_page": True,
            "empty": False, "contents": hsds_services()}  # fmt: skip
    page["contents"][0]["phones"][0]["number"] = "none"
    report = rejected(write(tmp_path, json.dumps(page), "page.json"), directory_admin)
    assert "$.contents[0].phones[0].number: Enter a phone number" in report
    page["contents"] = hsds_services()
    run(write(tmp_path, json.dumps(page), "page.json"), user=directory_admin.username)
    assert Service.objects.filter(pk__in=HSDS_SERVICES).count() == 2


def _set(document, path, value):
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


BAD_HSDS = [
    ((1, "description"), "", "$[1].description: This field cannot be blank."),
    ((0, "url"), "javascript:alert(1)", "$[0].url: Enter a web address starting with https:// or http://."),
    ((0, "phones", 1, "number"), "call us", "$[0].phones[1].number: Enter a phone number"),
    ((0, "attributes", 0, "taxonomy_term", "code"), "yoga", "$[0].attributes[0].taxonomy_term.code: unknown category"),
    ((0, "languages", 1, "code"), "xx", "$[0].languages[1].code: unknown language code 'xx'"),
    ((1, "status"), "open", "$[1].status: Value 'open' is not a valid choice."),
    ((1, "id"), HSDS_SERVICES[0], f"$[1].id: {HSDS_SERVICES[0]} is used twice in this file (first at $[0])."),
    ((0, "schedules", 0, "id"), "nope", "$[0].schedules[0].id: 'nope' is not a UUID."),
    ((1, "service_areas", 0, "extent_type"), "geojson", "$[1].service_areas[0].extent_type: cannot tell"),
    ((1, "organization_id"), str(uuid.UUID(int=7)), "$[1].organization_id: no organization"),
    ((0, "phones", 0, "service_id"), HSDS_SERVICES[1], "$[0].phones[0].service_id: names"),
    ((1, "name"), "Drop\x00in", "$[1].name: contains a NUL character"),
    ((1, "name"), 42, "$[1].name: must be a string, not 42."),
    ((0, "phones", 0, "extension"), 1.5, "$[0].phones[0].extension: must be a whole number, not 1.5."),
    ((1, "service_at_locations", 0, "id"), "11111111-2222-4333-8444-555555555508", "is used twice in this file"),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD_HSDS, ids=[".".join(map(str, p)) for p, _v, _m in BAD_HSDS])
def test_a_bad_hsds_value_rejects_the_file_naming_its_json_path(directory_admin, tmp_path, path, value, message):
    services = hsds_services()
    _set(services, path, value)
    report = rejected(write(tmp_path, json.dumps(services), "services.json"), directory_admin)
    assert message in report, report


def test_a_location_linked_twice_to_one_service_is_refused(directory_admin, tmp_path):
    services = hsds_services()
    link = dict(services[1]["service_at_locations"][0], id=str(uuid.uuid4()))
    services[1]["service_at_locations"].append(link)
    report = rejected(write(tmp_path, json.dumps(services), "services.json"), directory_admin)
    assert "$[1].service_at_locations[1].location_id: location 9e8d7c6b" in report
    assert "is linked to this service twice." in report


def test_an_hsds_id_already_in_the_directory_is_refused(directory_admin, tmp_path):
    make_service(id=uuid.UUID(HSDS_SERVICES[1]))
    report = rejected(write(tmp_path, json.dumps(hsds_services()), "services.json"), directory_admin)
    assert f"$[1].id: a service with id {HSDS_SERVICES[1]} is already in the directory." in report


def test_an_id_taken_between_the_check_and_the_write_rolls_everything_back(directory_admin, tmp_path, monkeypatch):
    make_service(id=uuid.UUID(SERVICE_IDS[2]))
    monkeypatch.setattr(importing._Plan, "check_claims_against_database", lambda plan: None)  # as if not yet there
    report = rejected(write(tmp_path, csv_bytes(good_rows())), directory_admin)
    assert "database: the directory changed while importing" in report


def test_json_that_is_not_json_or_not_services_is_refused(directory_admin, tmp_path):
    assert "$: not valid JSON" in rejected(write(tmp_path, "[{", "bad.json"), directory_admin)
    assert "$: expected a service object" in rejected(write(tmp_path, "42", "bad.json"), directory_admin)
    assert "$: not UTF-8" in rejected(write(tmp_path, b'[{"name": "\xe9"}]', "bad.json"), directory_admin)


def test_our_own_hsds_export_imports_back(directory_admin, tmp_path, shared_dir):
    """A round trip through resources.hsds: what we publish, another portal can import."""
    from resources import hsds

    organization = make_organization("Round Trip Network")
    service = make_service(organization, name="Round trip group", state="OH", language="es", cost="fee")
    record = hsds.service_full(hsds.service_queryset().get(pk=service.pk))
    validate_against_hsds(shared_dir, [record])
    before = {
        "service": Service.objects.filter(pk=service.pk).values().get(),
        "terms": set(service.terms.values_list("code", flat=True)),
        "phones": list(Phone.objects.filter(service=service).values("id", "number", "description", "type")),
        "schedules": list(Schedule.objects.filter(service=service).values("id", "byday", "opens_at", "closes_at")),
        "areas": list(ServiceArea.objects.filter(service=service).values("id", "scope", "state", "name")),
        "languages": list(Language.objects.filter(service=service).values("id", "code", "name")),
        "costs": list(CostOption.objects.filter(service=service).values("id", "option", "amount_description")),
        "addresses": list(Address.objects.filter(location__organization=organization).values()),
    }
    organization.delete()
    assert not Service.objects.exists()

    run(write(tmp_path, json.dumps([record]), "export.json"), user=directory_admin.username)
    imported = Service.objects.get(pk=service.pk)
    assert imported.organization.name == "Round Trip Network"
    fields = Service.objects.filter(pk=service.pk).values().get()
    for name in ("name", "description", "url", "status", "eligibility_description", "organization_id"):
        assert fields[name] == before["service"][name], name
    assert set(imported.terms.values_list("code", flat=True)) == before["terms"]
    assert (
        list(Phone.objects.filter(service=imported).values("id", "number", "description", "type")) == (before["phones"])
    )
    assert (
        list(Schedule.objects.filter(service=imported).values("id", "byday", "opens_at", "closes_at"))
        == (before["schedules"])
    )
    assert list(ServiceArea.objects.filter(service=imported).values("id", "scope", "state", "name")) == before["areas"]
    assert list(Language.objects.filter(service=imported).values("id", "code", "name")) == before["languages"]
    assert (
        list(CostOption.objects.filter(service=imported).values("id", "option", "amount_description"))
        == (before["costs"])
    )
    assert list(Address.objects.filter(location__organization=imported.organization).values()) == before["addresses"]
