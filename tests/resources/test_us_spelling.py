"""The directory speaks US English to readers: its vocabulary as stored, and every page it shows."""

import re

import pytest

from resources.models import TaxonomyTerm
from resources.vocabulary import TERMS
from tests.resources.listings import make_organization, make_service

pytestmark = pytest.mark.django_db

UK_SPELLINGS = re.compile(
    r"organis|counsell|colour|centre\b|programme|labelled|\bcarers?\b|travelling|cancelled|behaviour|favour"
    r"|recognis|\btransport\b|licence|practise|whilst|postcode|catalogue",
    re.IGNORECASE,
)


def test_the_stored_vocabulary_matches_the_code_in_us_english():
    """Migration 0007 relabeled the terms stored before; new installations get them from 0002."""
    stored = {term.code: (term.name, term.description) for term in TaxonomyTerm.objects.all()}
    for _taxonomy, code, name, description in TERMS:
        assert stored[code] == (str(name), str(description))
    assert stored["counselling"][0] == "Counseling and therapy"
    assert stored["transport"][0] == "Transportation"
    assert stored["carer-or-family"][0] == "Caregivers and family"
    assert not [label for label in stored.values() if UK_SPELLINGS.search(" ".join(label))]


def test_directory_pages_use_us_spelling(client):
    organization = make_organization("Plain Words Network")
    codes = [code for _taxonomy, code, _name, _description in TERMS]
    make_service(organization, name="Every kind of help", terms=tuple(codes), description="We help.")
    for url in ("/support/", "/support/?q=money&category=transport", organization.get_absolute_url()):
        html = client.get(url).content.decode()
        visible = re.sub(r"<[^>]+>", " ", html)  # words readers see, not attribute names
        assert not UK_SPELLINGS.findall(visible), (url, UK_SPELLINGS.findall(visible))
