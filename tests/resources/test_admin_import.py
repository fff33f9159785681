"""Importing in the admin: upload a file, read the check's report, then confirm; all or nothing, audited."""

import hashlib
import re
import uuid

import pghistory.models
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from resources import importing
from resources.models import DirectoryImport, ImportStatus, Organization, Service
from tests.resources.listings import make_organization, make_service
from tests.resources.test_import import SERVICE_IDS, csv_bytes, good_rows
from tests.resources.test_import import directory_counts as all_counts

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/resources/directoryimport/upload/"


def directory_counts() -> dict[str, int]:
    """The listings' tables (with their audit events) and the search index; not the uploads' own."""
    return {table: count for table, count in all_counts().items() if "directoryimport" not in table}


def report_url(upload: DirectoryImport) -> str:
    return f"/admin/resources/directoryimport/{upload.pk}/report/"


def upload_file(client, content: bytes, name: str = "listings.csv"):
    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, content, content_type="text/csv")})


def test_upload_checks_the_file_and_shows_what_would_be_added_writing_nothing(client, directory_admin):
    client.force_login(directory_admin)
    content = csv_bytes(good_rows())
    before = directory_counts()
    response = upload_file(client, content)
    upload = DirectoryImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == report_url(upload)
    assert directory_counts() == before  # a dry run: nothing added yet
    assert (upload.status, upload.uploaded_by) == (ImportStatus.READY, directory_admin)
    assert upload.file_name == "listings.csv"
    assert upload.file_text.encode() == content  # the file is kept exactly
    assert upload.sha256 == hashlib.sha256(content).hexdigest()
    page = client.get(report_url(upload)).content.decode()
    assert "No problems found: 3 services would be added" in page
    assert "2 new organizations." in page
    assert "already in the directory get" not in page
    for row, service in (("row 2", "Metastatic breast cancer support group"), ("row 3", "Rides to treatment"),
                         ("row 4", "Hospice at home")):  # fmt: skip
        assert re.search(rf"<td>{row}</td><td>{service}</td><td>[^<]+ <em>\(new\)</em>", page), service
    assert f'name="sha256" value="{upload.sha256}"' in page
    assert "Import these listings" in page


def test_confirming_imports_exactly_the_checked_file_once_and_audits_it(client, directory_admin):
    client.force_login(directory_admin)
    upload_file(client, csv_bytes(good_rows()))
    upload = DirectoryImport.objects.get()
    response = client.post(report_url(upload), {"sha256": upload.sha256}, follow=True)
    page = response.content.decode()
    assert "Imported 3 listings. They are not marked verified" in page
    assert "3 services added" in page
    assert Service.objects.count() == 3
    assert Organization.objects.count() == 2
    upload.refresh_from_db()
    assert (upload.status, upload.imported_by) == (ImportStatus.IMPORTED, directory_admin)
    assert upload.imported_at is not None
    assert upload.report["outcome"]["services"] == 3
    assert "Import these listings" not in page  # no second import from this page

    # A second confirmation (a double click, a resent form) imports nothing more.
    response = client.post(report_url(upload), {"sha256": upload.sha256}, follow=True)
    assert "This file was imported already." in response.content.decode()
    assert Service.objects.count() == 3

    # The audit trail: the upload (file, hash, report) and its import, with who did it; the services
    # were inserted in the import's context.
    events = pghistory.models.Events.objects.filter(pgh_obj_model="resources.DirectoryImport", pgh_obj_id=upload.pk)
    insert = events.get(pgh_label="insert")
    assert insert.pgh_data["file_text"] == upload.file_text
    assert insert.pgh_data["sha256"] == upload.sha256
    assert insert.pgh_data["status"] == "ready"
    assert (insert.pgh_context["action"], insert.pgh_context["user"]) == ("directory.import.check", directory_admin.pk)
    update = events.get(pgh_label="update")
    assert update.pgh_data["status"] == "imported"
    assert update.pgh_context["action"] == "directory.import"
    service_insert = pghistory.models.Events.objects.get(pgh_obj_model="resources.Service", pgh_label="insert",
                                                         pgh_obj_id=SERVICE_IDS[0])  # fmt: skip
    assert service_insert.pgh_context["upload"] == upload.pk
    assert service_insert.pgh_context["user"] == directory_admin.pk


def test_the_report_says_which_organisations_already_in_the_directory_get_services(client, directory_admin):
    make_service(make_organization("Hilltop Hospice"), name="Day hospice")
    client.force_login(directory_admin)
    upload_file(client, csv_bytes(good_rows()))
    page = client.get(report_url(DirectoryImport.objects.get())).content.decode()
    assert "1 new organization." in page
    assert "1 organization already in the directory gets new services (its own details are not changed)." in page
    assert "<td>row 4</td><td>Hospice at home</td><td>Hilltop Hospice <em>(already in the directory)</em>" in page


def test_a_file_with_problems_lists_each_once_by_row_and_column_and_cannot_be_confirmed(client, directory_admin):
    rows = good_rows()
    rows[0]["url"] = "javascript:alert(1)"
    rows[0]["phone"] = "none"
    rows[2]["languages"] = "zz"
    rows[2]["service_name"] = "<script>alert(1)</script>"
    rows[2]["status"] = '"><img src=x onerror=alert(1)>'
    client.force_login(directory_admin)
    upload_file(client, csv_bytes(rows))
    upload = DirectoryImport.objects.get()
    assert upload.status == ImportStatus.REJECTED
    texts = [problem["text"] for problem in upload.report["problems"]]
    assert len(texts) == len(set(texts)) == 4, texts
    page = client.get(report_url(upload)).content.decode()
    assert "4 problems: nothing was imported" in page
    cells = re.findall(r"<tr><td>(\d*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>", page)
    assert [(row, column) for row, column, _message in cells] == [
        ("2", "url"), ("2", "phone"), ("4", "status"), ("4", "languages"),
    ]  # fmt: skip
    assert page.count("Enter a web address starting with https:// or http://.") == 1
    assert "Enter a valid URL." not in page
    assert "<img src=x" not in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "Import these listings" not in page
    before = directory_counts()
    response = client.post(report_url(upload), {"sha256": upload.sha256}, follow=True)
    assert "This file was refused: fix the problems and upload it again." in response.content.decode()
    assert directory_counts() == before


def test_the_confirm_step_refuses_a_hash_that_is_not_the_checked_files(client, directory_admin):
    client.force_login(directory_admin)
    upload_file(client, csv_bytes(good_rows()))
    upload = DirectoryImport.objects.get()
    response = client.post(report_url(upload), {"sha256": "0" * 64}, follow=True)
    assert "This is not the file that was checked: upload it again." in response.content.decode()
    assert not Service.objects.exists()
    assert DirectoryImport.objects.get().status == ImportStatus.READY


def test_a_file_changed_behind_the_check_is_not_imported(directory_admin):
    upload = importing.import_upload(user=directory_admin, file_name="listings.csv", data=csv_bytes(good_rows()))
    DirectoryImport.objects.filter(pk=upload.pk).update(file_text=upload.file_text.replace("Rides", "Flights"))
    with pytest.raises(ValidationError, match="not the file that was checked"):
        importing.import_confirm(user=directory_admin, upload=upload, sha256=upload.sha256)
    assert not Service.objects.exists()


def test_all_or_nothing_when_the_directory_changed_between_check_and_confirm(client, directory_admin):
    client.force_login(directory_admin)
    upload_file(client, csv_bytes(good_rows()))
    upload = DirectoryImport.objects.get()
    make_service(id=uuid.UUID(SERVICE_IDS[2]), name="Added meanwhile")
    before = directory_counts()
    response = client.post(report_url(upload), {"sha256": upload.sha256}, follow=True)
    page = response.content.decode()
    assert "Nothing was imported: the directory changed since the check" in page
    assert f"a service with id {SERVICE_IDS[2]} is already in the directory." in page
    assert directory_counts() == before  # not even the two good rows
    upload.refresh_from_db()
    assert upload.status == ImportStatus.REJECTED
    assert upload.report["outcome"]["problems"][0]["row"] == 4


@pytest.mark.parametrize(("name", "content", "message"), [
    ("listings.txt", b"organization_name,service_name,description\n", "must end in .csv"),
    ("listings.csv", b"x" * (importing.MAX_UPLOAD_BYTES + 1), "larger than 5 MB"),
])  # fmt: skip
def test_a_file_that_cannot_be_checked_is_refused_on_the_upload_form(client, directory_admin, name, content, message):
    client.force_login(directory_admin)
    response = upload_file(client, content, name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DirectoryImport.objects.exists()


def test_bytes_that_are_not_utf8_or_nul_are_reported_and_the_upload_kept(client, directory_admin):
    content = csv_bytes(good_rows()).replace(b"Volunteer drivers", "Volontaires bénévoles\x00".encode("latin-1"))
    client.force_login(directory_admin)
    upload_file(client, content)
    upload = DirectoryImport.objects.get()
    assert upload.status == ImportStatus.REJECTED
    assert upload.sha256 == hashlib.sha256(content).hexdigest()
    assert any("not UTF-8" in problem["message"] for problem in upload.report["problems"])


def test_only_directory_admins_and_superusers_may_import(client, author, reviewer, directory_admin, superuser):
    upload = importing.import_upload(user=directory_admin, file_name="listings.csv", data=csv_bytes(good_rows()))
    for user in (author, reviewer):
        client.force_login(user)
        assert client.get(UPLOAD).status_code == 403
        assert upload_file(client, csv_bytes(good_rows())).status_code == 403
        assert client.get(report_url(upload)).status_code == 403
        assert client.post(report_url(upload), {"sha256": upload.sha256}).status_code == 403
        assert client.get("/admin/resources/directoryimport/").status_code == 403
        with pytest.raises(PermissionDenied):
            importing.import_upload(user=user, file_name="listings.csv", data=csv_bytes(good_rows()))
        with pytest.raises(PermissionDenied):
            importing.import_confirm(user=user, upload=upload, sha256=upload.sha256)
    assert DirectoryImport.objects.count() == 1
    assert not Service.objects.exists()
    client.force_login(superuser)
    assert client.get(UPLOAD).status_code == 200
    response = client.post(report_url(upload), {"sha256": upload.sha256})
    assert response.status_code == 302
    assert Service.objects.count() == 3


def test_the_imports_list_and_each_upload_are_read_only_in_the_admin(client, directory_admin):
    upload = importing.import_upload(user=directory_admin, file_name="listings.csv", data=csv_bytes(good_rows()))
    client.force_login(directory_admin)
    listing = client.get("/admin/resources/directoryimport/").content.decode()
    assert "listings.csv" in listing
    assert 'href="/admin/resources/directoryimport/upload/"' in listing
    page = client.get(f"/admin/resources/directoryimport/{upload.pk}/change/").content.decode()
    assert upload.sha256 in page
    assert report_url(upload) in page
    assert client.post(f"/admin/resources/directoryimport/{upload.pk}/delete/", {"post": "yes"}).status_code == 403
    assert DirectoryImport.objects.filter(pk=upload.pk).exists()
