"""The directory's one search (/support/?q= and the HSDS API's `search`): a service is found by
its words, its organization's name, and the terms it is filed under, named in the words readers use."""

import re

import pytest

from resources.vocabulary import SEARCH_WORDS, TERMS, terms_named
from tests.resources.listings import make_organization, make_service
from tests.resources.test_directory_pages import DIRECTORY_QUERY_BUDGET
from tests.resources.test_hsds_api import LIST_QUERY_BUDGET

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("help paying for treatment", {"category": {"financial-assistance"}}),
        ("money", {"category": {"financial-assistance"}}),
        ("Transport to appointments", {"category": {"transport"}}),
        ("counseling", {"category": {"counselling"}}),
        ("counselling", {"category": {"counselling"}}),  # the UK spelling a reader may still type
        ("support groups", {"category": {"support-group"}}),
        ("online support group", {"category": {"support-group"}, "delivery_mode": {"online"}}),
        ("grief after losing my wife", {"audience": {"bereaved", "carer-or-family"}}),
        ("stage 4", {"audience": {"metastatic"}}),
        ("support group -online", {"category": {"support-group"}}),  # an excluded word names nothing
        ("hormone therapy", {}),  # a medicine, not counseling
        ("help", {}),  # would name every listing
        ("", {}),
    ],
)
def test_the_words_readers_use_name_terms(text, expected):
    assert terms_named(text) == expected


def test_every_search_word_belongs_to_a_term_of_the_vocabulary():
    codes = {code for _taxonomy, code, _name, _description in TERMS}
    assert set(SEARCH_WORDS) <= codes
    assert all(SEARCH_WORDS[code] for code in SEARCH_WORDS)


@pytest.fixture
def listings():
    """Services whose own words never say what a reader types: only their terms do."""
    trust = make_organization("Evergreen Trust")
    return {
        "grants": make_service(trust, name="Evergreen grants", description="Awards towards household expenses.",
                               terms=("financial-assistance", "telephone")),
        "drivers": make_service(trust, name="Volunteer drivers", description="Volunteers take you to the clinic.",
                                terms=("transport", "in-person")),
        "talks": make_service(trust, name="One-to-one talks", description="Sessions with a social work team.",
                              terms=("counselling", "online")),
        "circle": make_service(trust, name="Thursday circle", description="Meet on Thursdays.",
                               terms=("support-group", "in-person")),
        "web circle": make_service(trust, name="Evening circle", description="Meet in the evening.",
                                   terms=("support-group", "online")),
    }  # fmt: skip


SEARCHES = [
    ("help paying for treatment", {"grants"}),
    ("money", {"grants"}),
    ("transport to appointments", {"drivers"}),
    ("counseling", {"talks"}),
    ("support group", {"circle", "web circle"}),
    ("online support group", {"web circle"}),
    ("support group -evening", {"circle"}),
    ("support group or money", {"circle", "web circle", "grants"}),
    ("Evergreen", {"grants", "drivers", "talks", "circle", "web circle"}),  # the organization's name
    ("drivers clinic", {"drivers"}),  # its own words, as before
    ("astrology", set()),
]


def names_shown(response) -> set[str]:
    assert response.status_code == 200
    return set(re.findall(r'<h3 id="service-[^"]+-name">([^<]+)</h3>', response.content.decode()))


@pytest.mark.parametrize(("search", "expected"), SEARCHES)
def test_the_directory_finds_a_service_by_the_words_for_its_terms(client, listings, search, expected):
    assert names_shown(client.get("/support/", {"q": search})) == {listings[key].name for key in expected}


@pytest.mark.parametrize(("search", "expected"), SEARCHES)
def test_the_hsds_search_finds_the_same_services(client, listings, search, expected):
    response = client.get("/hsds/services", {"search": search, "per_page": 50})
    assert response.status_code == 200
    assert {item["id"] for item in response.json()["contents"]} == {str(listings[key].pk) for key in expected}


def test_a_term_search_shows_only_public_listings(client, listings):
    make_service(make_organization("Closed Fund"), name="Closed fund", terms=("financial-assistance",),
                 status="defunct")  # fmt: skip
    assert names_shown(client.get("/support/", {"q": "money"})) == {"Evergreen grants"}
    assert client.get("/hsds/services", {"search": "money"}).json()["total_items"] == 1


@pytest.mark.parametrize("count", [1, 50])
def test_a_term_search_costs_the_same_queries_at_1_and_50_listings(client, django_assert_max_num_queries, count):
    organization = make_organization()
    for n in range(count):
        make_service(organization, name=f"Fund {n:02d}", terms=("financial-assistance", "online"))
    with django_assert_max_num_queries(DIRECTORY_QUERY_BUDGET):
        assert len(names_shown(client.get("/support/", {"q": "online help paying bills"}))) == min(count, 20)
    with django_assert_max_num_queries(LIST_QUERY_BUDGET):
        response = client.get("/hsds/services", {"search": "online help paying bills"})
    assert response.json()["total_items"] == count
