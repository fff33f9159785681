"""On a phone, with text at 200%: the directory's "Services in Spanish" choice and a search in a
reader's words. No sideways scroll, zero axe-core violations, no cookie."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.browser.test_reader_layout import CUT_OFF, PHONE, _text_at_200_percent

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def sample_site(db):
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())


def _fits_and_passes_axe(page, name: str) -> None:
    assert page.evaluate(CUT_OFF) == [], f"{name}: cut off at the right edge"
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth"), f"{name} scrolls sideways"
    results = Axe().run(page)
    assert results.violations_count == 0, f"{name}: {results.generate_report()}"


def test_a_reader_finds_help_paying_for_treatment_in_spanish_on_a_phone(page, live_server, sample_site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/support/")
    _text_at_200_percent(page)
    page.reload()
    page.locator(".filter-details > summary").click()  # folded on a phone
    page.get_by_label("Words to look for").fill("help paying for treatment")
    page.get_by_label("Services in Spanish").check()
    page.get_by_role("button", name="Show services").click()
    page.wait_for_url("**/support/?*spanish=1*")
    assert "q=help+paying+for+treatment" in page.url

    cards = page.locator(".service-card")
    names = cards.locator("h3").all_inner_texts()
    # Filed under financial assistance, offered in Spanish, though its own words never say "paying".
    assert "Help with bills and child care" in names
    assert "Rides to treatment" not in names  # in Spanish, but not help with money
    for index in range(cards.count()):
        languages = cards.nth(index).locator("dt:text-is('Languages') + dd").inner_text()
        assert "Spanish" in languages
    assert page.get_by_label("Services in Spanish").is_checked()  # the form remembers, and stays open
    _fits_and_passes_axe(page, "support, Spanish and a search in plain words, 390 px at 200%")
    assert page.context.cookies() == []


def test_a_category_word_search_at_200_percent_text(page, live_server, sample_site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    _text_at_200_percent(page)
    page.goto(live_server.url + "/support/?q=transport+to+appointments")
    assert "Rides to treatment" in page.locator(".service-card h3").all_inner_texts()
    _fits_and_passes_axe(page, "support, transport to appointments, 390 px at 200%")
    assert page.context.cookies() == []
