"""Languages in the directory: each card says which languages a service is offered in, and readers
can ask for services in Spanish with one plain choice (issue 22)."""

import re

import pytest

from resources.models import Language
from tests.markup import XSS_PAYLOADS, executable_markup
from tests.resources.listings import make_organization, make_service
from tests.resources.test_directory_pages import DIRECTORY_QUERY_BUDGET

pytestmark = pytest.mark.django_db


def names_shown(response) -> list[str]:
    assert response.status_code == 200
    return sorted(re.findall(r'<h3 id="service-[^"]+-name">([^<]+)</h3>', response.content.decode()))


@pytest.fixture
def listings():
    organization = make_organization("Two Languages Network")
    english = make_service(organization, name="English line", terms=("helpline", "telephone"))
    spanish = make_service(organization, name="Línea en español", terms=("helpline", "telephone"), language="es")
    both = make_service(organization, name="Bilingual fund", terms=("financial-assistance", "online"))
    Language.objects.create(service=both, code="es", name="Spanish")
    return {"english": english, "spanish": spanish, "both": both}


def test_the_spanish_choice_is_a_plain_checkbox_on_the_form(client, listings):
    html = client.get("/support/").content.decode()
    assert re.search(r'<input[^>]+type="checkbox" id="support-spanish" name="spanish" value="1">', html)
    assert '<label class="form-check-label" for="support-spanish">Services in Spanish</label>' in html
    ticked = client.get("/support/?spanish=1").content.decode()
    assert re.search(r'id="support-spanish" name="spanish" value="1" checked>', ticked)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("spanish=1", ["Bilingual fund", "Línea en español"]),
        ("spanish=on", ["Bilingual fund", "Línea en español"]),
        ("spanish=1&q=money", ["Bilingual fund"]),  # with a search by the words for a kind of help
        ("spanish=1&category=helpline", ["Línea en español"]),
        ("spanish=1&language=en", ["Bilingual fund"]),  # both choices must hold
        ("", ["Bilingual fund", "English line", "Línea en español"]),
    ],
)
def test_services_in_spanish_are_those_with_a_spanish_language_row(client, listings, query, expected):
    assert names_shown(client.get(f"/support/?{query}")) == expected


def test_closed_services_in_spanish_stay_hidden(client, listings):
    make_service(make_organization("Closed Org"), name="Cerrado", language="es", status="defunct")
    assert "Cerrado" not in names_shown(client.get("/support/?spanish=1"))


@pytest.mark.parametrize("value", ["maybe", "2", "%00", "%F0%9F%98%80"])
def test_an_unknown_spanish_value_is_ignored_with_a_visible_note(client, listings, value):
    response = client.get(f"/support/?spanish={value}")
    assert "We did not understand the “Services in Spanish” choice, so we left it out." in response.content.decode()
    assert names_shown(response) == ["Bilingual fund", "English line", "Línea en español"]


def test_cards_show_the_languages_of_each_service(client, listings):
    html = client.get("/support/").content.decode()
    card = html[html.index(f'id="service-{listings["both"].pk}"') :]
    card = card[: card.index("</article>")]
    assert re.search(r"<dt>Languages</dt><dd>English, Spanish</dd>", card)
    organization_page = client.get(listings["both"].organization.get_absolute_url()).content.decode()
    assert "<dt>Languages</dt><dd>English, Spanish</dd>" in organization_page


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_a_language_name_is_rendered_safely(client, payload):
    service = make_service(name="Any group", language="es")
    Language.objects.create(service=service, code="xx", name=payload)
    html = client.get("/support/?spanish=1").content.decode()
    assert not executable_markup(html)


@pytest.mark.parametrize("count", [1, 50])
def test_the_spanish_filter_costs_the_same_queries_at_1_and_50_listings(client, django_assert_max_num_queries, count):
    organization = make_organization()
    for n in range(count):
        make_service(organization, name=f"Grupo {n:02d}", language="es")
    with django_assert_max_num_queries(DIRECTORY_QUERY_BUDGET):
        response = client.get("/support/?spanish=1&q=support+group&free=1")
    assert len(names_shown(response)) == min(count, 20)
