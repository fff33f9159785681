"""A directory admin in a real browser: a whole listing on one screen, and an import checked then confirmed."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from portal import roles
from resources.models import DirectoryImport, ImportStatus, Service
from tests.content import make_user
from tests.resources.test_import import csv_bytes, good_rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Where screenshots are written for a person to look at (set DIRECTORY_ADMIN_SCREENSHOTS to a folder).
SCREENSHOTS = os.environ.get("DIRECTORY_ADMIN_SCREENSHOTS")


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def assert_no_sideways_scroll(page, where: str):
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{where} scrolls sideways at {widths[1]} px: {widths[0]} px wide"
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{where}-{widths[1]}.png"), full_page=True)
        phones = page.locator("#phones-group, #phones")
        if phones.count():
            phones.first.screenshot(path=str(Path(SCREENSHOTS) / f"{where}-{widths[1]}-phones.png"))


@pytest.fixture
def directory_admin_page(new_page, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # plain-HTTP test server
    admin = make_user("dora-directory", roles.DIRECTORY_ADMINS)
    admin.first_name, admin.last_name = "Dora", "Directory"
    admin.save()
    page = new_page(admin)
    page.set_viewport_size({"width": 1300, "height": 900})
    return page


def test_a_directory_admin_adds_a_whole_listing_on_one_screen(directory_admin_page, live_server):
    page = directory_admin_page
    page.goto("/admin/resources/service/")
    page.get_by_role("link", name="Add a listing (organization, service and place)").click()
    page.wait_for_url("**/add-listing/")
    assert_accessible(page)
    for width in (1300, 390):
        page.set_viewport_size({"width": width, "height": 900})
        assert_no_sideways_scroll(page, "add-listing")
    page.set_viewport_size({"width": 1300, "height": 900})

    # First try without a description, with markup in the name: refused, nothing saved, typed text kept.
    page.locator("#id_organization-name").fill("Harbor <b>Light</b> Network (fictional)")
    page.locator("#id_service-name").fill("Thursday support circle")
    page.locator("#id_service-description").fill("A small group for people living with stage 4 breast cancer.")
    page.get_by_label("Support group").check()
    page.locator("#id_phones-0-number").fill("216-555-0148")
    page.locator("#id_phones-0-description").fill("Weekdays 9 am to 5 pm")
    page.get_by_label("Kind of place").select_option("physical")
    page.locator("#id_location-name").fill("Harbor Light centre")
    page.locator("#id_address-address_1").fill("12 Example Street")
    page.locator("#id_address-city").fill("Cleveland")
    page.locator("#id_address-state_province").fill("OH")
    page.locator("#id_address-postal_code").fill("44101")
    page.locator("#id_schedule-description").fill("Thursdays, 6 to 7:30 pm")
    page.locator("#id_schedule-byday").fill("TH")
    page.get_by_role("button", name="Save the listing").click()
    assert "The listing was not saved: please correct the problems shown below." in page.content()
    assert page.locator(".field-description.errors").first.is_visible()
    assert page.locator("#id_service-name").input_value() == "Thursday support circle"
    assert not Service.objects.exists()
    assert_accessible(page)
    assert_no_sideways_scroll(page, "add-listing-errors")

    page.locator("#id_organization-description").fill("A fictional charity for people with metastatic cancer.")
    page.get_by_role("button", name="Save the listing").click()
    page.wait_for_url("**/change/")
    assert "Listing added: Thursday support circle" in page.content()
    service = Service.objects.get()
    assert service.organization.name == "Harbor <b>Light</b> Network (fictional)"
    assert service.locations.get().addresses.get().city == "Cleveland"
    assert page.locator("#id_phones-0-number").input_value() == "216-555-0148"

    # The service page with its phone rows fits at 1300 px and on a phone.
    for width in (1300, 390):
        page.set_viewport_size({"width": width, "height": 900})
        assert_no_sideways_scroll(page, "service-change")

    # So does the organisation's page, which offers to add another listing to it.
    page.goto(f"/admin/resources/organization/{service.organization.pk}/change/")
    for width in (1300, 390):
        page.set_viewport_size({"width": width, "height": 900})
        assert_no_sideways_scroll(page, "organization-change")
    page.get_by_role("link", name="Add a listing for this organization").click()
    assert "Adding a service to Harbor <b>Light</b> Network (fictional)" in page.locator("#content-main").inner_text()

    # The public card shows the name as text.
    reader = page.context.browser.new_context(base_url=live_server.url).new_page()
    reader.goto(service.organization.get_absolute_url())
    assert reader.locator("h1").inner_text() == "Harbor <b>Light</b> Network (fictional)"
    reader.context.close()


def test_a_directory_admin_checks_an_import_then_confirms_it(directory_admin_page, tmp_path):
    page = directory_admin_page
    rows = good_rows()
    rows[0]["url"] = "javascript:alert(1)"
    bad = tmp_path / "listings.csv"
    bad.write_bytes(csv_bytes(rows))
    page.goto("/admin/resources/service/")
    page.get_by_role("link", name="Import listings from a file").click()
    page.wait_for_url("**/directoryimport/upload/")
    assert_accessible(page)
    page.get_by_label("CSV file").set_input_files(str(bad))
    page.get_by_role("button", name="Check the file").click()
    page.wait_for_url("**/report/")
    assert page.get_by_role("heading", name="1 problem: nothing was imported").is_visible()
    assert page.locator("table.problems tbody tr").all_inner_texts() == [
        "2\turl\tEnter a web address starting with https:// or http://."
    ]
    assert page.get_by_role("button", name="Import these listings").count() == 0
    assert_accessible(page)

    page.get_by_role("link", name="Upload a corrected file").click()
    good = tmp_path / "listings-fixed.csv"
    good.write_bytes(csv_bytes(good_rows()))
    page.get_by_label("CSV file").set_input_files(str(good))
    page.get_by_role("button", name="Check the file").click()
    page.wait_for_url("**/report/")
    assert page.get_by_role("heading", name="No problems found: 3 services would be added").is_visible()
    assert not Service.objects.exists()
    assert_accessible(page)
    for width in (1300, 390):
        page.set_viewport_size({"width": width, "height": 900})
        assert_no_sideways_scroll(page, "import-report")
    page.get_by_role("button", name="Import these listings").click()
    assert page.get_by_text("Imported 3 listings.").is_visible()
    assert Service.objects.count() == 3
    upload = DirectoryImport.objects.get(file_name="listings-fixed.csv")
    assert upload.status == ImportStatus.IMPORTED
    assert upload.imported_by.username == "dora-directory"
