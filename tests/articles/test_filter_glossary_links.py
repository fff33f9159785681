"""Every subtype and biomarker choice of the medicines filter and of "which pages fit me" links to the glossary
entry that explains it (issue 21), and only to entries that are published: never a dead end."""

import re

import pytest
from django.utils.html import escape

from articles.demo.loader import all_glossary
from articles.models import Biomarker, ContentKind, HER2Status, HRStatus
from articles.selectors import CHOICE_GLOSSARY, FIELD_GLOSSARY
from tests.content import publish

pytestmark = pytest.mark.django_db

CHOICES = {"hr_status": HRStatus, "her2_status": HER2Status, "biomarker": Biomarker}
ENTRIES = {*FIELD_GLOSSARY.values(), *(slug for choices in CHOICE_GLOSSARY.values() for slug in choices.values())}
PAGE_QUERY_BUDGET = 6  # as every public page (tests/articles/test_pages.py)
FILTER_PAGES = ["/medicines/", "/medicines/?her2_status=low", "/which-pages-fit-me/",
                "/which-pages-fit-me/?hr_status=negative&her2_status=zero&biomarker=gbrca"]  # fmt: skip


def _term(slug, author, reviewer):
    content = {"title": f"Term {slug}", "summary": "A plain meaning.", "aliases": [], "change_summary": "New."}
    publish(ContentKind.GLOSSARY, slug, author, reviewer, content)


def _glossary_links(html: str) -> list[str]:
    return re.findall(r'<p class="filter-glossary">(.*?)</p>', html, re.S)


def test_every_choice_has_an_entry_and_the_sample_glossary_defines_each_one():
    for name, choices in CHOICES.items():
        assert set(CHOICE_GLOSSARY[name]) == set(choices.values), name
    assert len(ENTRIES) == sum(len(choices) for choices in CHOICE_GLOSSARY.values()) + len(FIELD_GLOSSARY)
    assert ENTRIES <= {entry["slug"] for entry in all_glossary()}


@pytest.mark.parametrize("url", FILTER_PAGES)
def test_each_choice_links_to_its_definition(client, author, reviewer, url, django_assert_max_num_queries):
    for slug in ENTRIES:
        _term(slug, author, reviewer)
    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        response = client.get(url)
    html = response.content.decode()
    assert not response.cookies
    for name, choices in CHOICE_GLOSSARY.items():
        for value, slug in choices.items():
            assert f'<a href="/glossary/#{slug}">{escape(CHOICES[name](value).label)}</a>' in html, (url, slug)
    assert '<a href="/glossary/#biomarker">Biomarker</a>' in html
    assert len(_glossary_links(html)) == 3  # one line under each of the three fields that have choices
    glossary = client.get("/glossary/").content.decode()
    for slug in ENTRIES:
        assert f'id="{slug}"' in glossary, slug


def test_a_choice_whose_entry_is_not_published_gets_no_link(client, author, reviewer):
    for url in ("/medicines/", "/which-pages-fit-me/"):
        assert _glossary_links(client.get(url).content.decode()) == [], url
    _term("her2-low", author, reviewer)
    for url in ("/medicines/", "/which-pages-fit-me/"):
        lines = _glossary_links(client.get(url).content.decode())
        assert lines == [f'What these words mean: <a href="/glossary/#her2-low">{escape(HER2Status.LOW.label)}</a>']
