"""The glossary shows each definition's sources and review date; its citation marks point to them;
the other names and misspellings kept for search are not shown (issue 21)."""

import pytest
from django.utils import timezone

from articles.models import ContentKind
from tests.content import publish, reference, save_edit
from tests.markup import XSS_PAYLOADS, executable_markup

pytestmark = pytest.mark.django_db


def _term(slug, term, author, reviewer, definition="A plain meaning [1].", aliases=(), references=None):
    content = {"title": term, "summary": definition, "aliases": list(aliases), "change_summary": "New."}
    return publish(ContentKind.GLOSSARY, slug, author, reviewer, content, references or [reference(1)])


def test_each_definition_shows_its_own_sources_and_review_date(client, author, reviewer):
    _term("her2", "HER2", author, reviewer, "A protein on some cancer cells [1]. Tests measure it [2].",
          references=[reference(1, title="HER2 source"), reference(2, title="Testing source")])  # fmt: skip
    _term("metastatic", "Metastatic", author, reviewer, "Cancer that has spread [1].",
          references=[reference(1, title="Spread source", url="https://www.cancer.gov/spread")])  # fmt: skip
    html = client.get("/glossary/").content.decode()
    # Each [n] mark points to an element of this page, the term's own source n.
    for slug, positions in (("her2", (1, 2)), ("metastatic", (1,))):
        for n in positions:
            assert f'href="#{slug}-ref-{n}"' in html
            assert f'id="{slug}-ref-{n}"' in html
    assert 'href="#ref-1"' not in html  # no mark points to a list that is not there
    her2 = html[html.index('id="her2"') : html.index('id="metastatic"')]
    assert "HER2 source" in her2
    assert "Testing source" in her2
    assert "Spread source" not in her2
    assert 'href="https://www.cancer.gov/spread"' in html
    today = timezone.localdate()
    assert html.count(f'Last reviewed <time datetime="{today:%Y-%m-%d}">') == 2


def test_a_newer_version_in_review_does_not_change_the_sources_shown(client, author, reviewer):
    term = _term("her2", "HER2", author, reviewer, references=[reference(1, title="Live source")])
    save_edit(term.live_revision, author, change_summary="New source.")
    html = client.get("/glossary/").content.decode()
    assert "Live source" in html


def test_aliases_and_misspellings_are_not_shown_but_still_link(client, author, reviewer, topic):
    _term("metastatic", "Metastatic", author, reviewer, aliases=["metastasised", "mets", "metastatis"])
    html = client.get("/glossary/").content.decode()
    for alias in ("metastasised", "mets", "metastatis"):
        assert alias not in html
    assert "also:" not in html


def test_glossary_queries_do_not_grow_with_terms_or_references(client, author, reviewer, django_assert_max_num_queries):
    for n in range(50):
        _term(f"term-{n}", f"Term {n}", author, reviewer, "A word [1] [2].", references=[reference(1), reference(2)])
    with django_assert_max_num_queries(6):
        html = client.get("/glossary/").content.decode()
    assert html.count('class="glossary-sources"') == 50
    assert html.count('<li id="term-') == 100


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_definition_and_sources_render_inert(client, author, reviewer, payload):
    _term("hostile", payload[:200], author, reviewer, payload + " [1]", aliases=[payload[:80]],
          references=[reference(1, title=payload, authors=payload, source=payload)])  # fmt: skip
    html = client.get("/glossary/").content.decode()
    assert 'id="hostile-ref-1"' in html
    assert executable_markup(html) == []
