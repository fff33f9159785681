"""The support directory in a real browser: filtering with the plain GET form, opening a listing."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def sample_site(db):
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())


def card_names(page) -> list[str]:
    return page.locator(".service-card h3").all_inner_texts()


def test_a_reader_filters_the_directory_and_opens_a_listing(page, live_server, sample_site):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Find support").first.click()
    page.wait_for_url(live_server.url + "/support/")
    everything = card_names(page)
    assert "Old massage program" not in everything  # inactive: never public
    assert "Evening helpline" not in everything  # defunct: never public

    page.get_by_label("Type of help").select_option(label="Support group")
    page.get_by_label("Where you live (US state)").select_option("OH")
    page.get_by_label("Free services only").check()
    page.get_by_role("button", name="Show services").click()
    page.wait_for_url("**/support/?*category=support-group*")
    assert "area=OH" in page.url
    filtered = card_names(page)
    assert sorted(filtered) == ["Online caregivers' circle", "Stage 4 evening group"]
    assert page.get_by_label("Type of help").input_value() == "support-group"  # the form remembers
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

    page.get_by_role("link", name="Lakeshore Metastatic Circle (fictional)").first.click()
    page.wait_for_url("**/support/lakeshore-metastatic-circle/")
    assert page.get_by_role("heading", level=1).inner_text() == "Lakeshore Metastatic Circle (fictional)"
    assert page.get_by_text("Sample listing, loaded to demonstrate the portal.").is_visible()
    assert page.get_by_role("link", name="216-555-0142").get_attribute("href") == "tel:2165550142"
    stale = page.locator(".service-card", has_text="Online caregivers' circle").locator(".listing-check")
    assert "This listing may be out of date." in stale.inner_text()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert page.context.cookies() == []


def test_unknown_filters_are_explained_not_failed(page, live_server, sample_site):
    response = page.goto(live_server.url + "/support/?category=astrology&language=klingon")
    assert response.status == 200
    notes = page.get_by_role("status").all_inner_texts()
    assert any("type of help" in note for note in notes)
    assert any("language" in note for note in notes)
