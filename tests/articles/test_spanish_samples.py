"""The Spanish sample texts (articles/demo/spanish/) against the English sample data they translate.

Plain data checks: no database, only the data modules are imported. A translation must keep the English
page's structure (same text fields, the same [n] marks, the English sources in the same order, the same
Markdown headings and lists) so that every citation still points at the source the English reviewer checked.
"""

import re

import pytest

from articles.demo.articles import ARTICLES
from articles.demo.articles_more import ARTICLES_MORE
from articles.demo.glossary import GLOSSARY
from articles.demo.medicines import MEDICINES
from articles.demo.medicines_hormone_targeted import MEDICINES_HORMONE_TARGETED
from articles.demo.medicines_more import MEDICINES_MORE
from articles.demo.spanish.articles import ARTICLES_ES
from articles.demo.spanish.glossary import GLOSSARY_ES
from articles.demo.spanish.medicines import MEDICINES_ES
from articles.demo.spanish.topics import TOPICS_ES
from articles.demo.spanish.urgent_help import URGENT_HELP_ES
from articles.demo.topics import TOPICS
from articles.demo.urgent_help import URGENT_HELP

CITATION = re.compile(r"\[(\d{1,3})\](?![(:])")  # as articles.lint reads them
REFERENCE_KEYS = {"title", "authors", "source", "year", "url", "doi", "pmid", "accessed"}

# Keys a Spanish entry leaves out (taken from the English page) and keys only a Spanish entry may carry.
NON_TEXT = {
    "article": {"topic", "hr_status", "her2_status", "biomarkers", "related_medicines", "state", "next_revision",
                "withdrawal_reason", "withdrawal_next_url"},
    "medicine": {"hr_status", "her2_status", "biomarkers", "routes", "fda_label_url", "fda_label_date",
                 "label_confirmed", "breast_cancer_use_withdrawn_on"},
    "glossary": set(),
    "topic": set(),
    "urgent_help": set(),
}  # fmt: skip
SPANISH_ONLY = {"translator_note", "one_version_behind"}

ENGLISH = {
    "article": {entry["slug"]: entry for entry in [*ARTICLES, *ARTICLES_MORE]},
    "medicine": {entry["slug"]: entry for entry in [*MEDICINES, *MEDICINES_HORMONE_TARGETED, *MEDICINES_MORE]},
    "glossary": {entry["slug"]: entry for entry in GLOSSARY},
    "topic": {entry["slug"]: entry for entry in TOPICS},
    "urgent_help": {URGENT_HELP["slug"]: URGENT_HELP},
}
SPANISH = {
    "article": ARTICLES_ES,
    "medicine": MEDICINES_ES,
    "glossary": GLOSSARY_ES,
    "topic": TOPICS_ES,
    "urgent_help": [URGENT_HELP_ES],
}
PAIRS = [
    pytest.param(kind, entry, ENGLISH[kind].get(entry["slug"]), id=f"{kind}:{entry['slug']}")
    for kind, entries in SPANISH.items()
    for entry in entries
]

# Selling or promising words, in Spanish (articles.lint's advertising rule reads English).
SALES_WORDS = re.compile(
    r"\b(?:compr(?:ar|e|a ya|e ya|e ahora)|precios?|descuentos?|ofertas?|barat[oa]s?|gratis|env[ií]o gratis|"
    r"milagros[oa]s?|milagro|garantizad[oa]s?|garant[ií]a|cura (?:milagrosa|natural|segura|garantizada)|"
    r"haga su pedido|pida (?:ya|ahora|hoy)|farmacia en l[ií]nea|sin receta|al carrito|mejor precio)\b",
    re.IGNORECASE,
)


def _texts(entry):
    """Every text field of an entry as (name, text), a list of words (aliases, brand names) as one line each;
    the references and the reviewer's note aside."""
    for name, value in entry.items():
        if name in {"slug", "references", "translator_note"}:
            continue
        if isinstance(value, str):
            yield name, value
        elif isinstance(value, list):
            yield name, "\n".join(value)


def _markdown_shape(text):
    """The Markdown structure of a text: headings, list items, paragraphs and bold spans."""
    return {
        "headings": len(re.findall(r"^#{1,6} ", text, re.MULTILINE)),
        "list items": len(re.findall(r"^\s*- ", text, re.MULTILINE)),
        "paragraphs": len([block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]),
        "bold": text.count("**"),
    }


@pytest.mark.parametrize(("kind", "spanish", "english"), PAIRS)
def test_each_entry_translates_an_english_page_of_its_kind_with_its_text_keys(kind, spanish, english):
    assert english is not None, f"no English {kind} has the slug {spanish['slug']!r}"
    assert set(spanish) - SPANISH_ONLY == set(english) - NON_TEXT[kind]


@pytest.mark.parametrize(("kind", "spanish", "english"), PAIRS)
def test_the_same_citation_marks_in_each_text(kind, spanish, english):
    for name, text in _texts(spanish):
        english_text = dict(_texts(english))[name]
        assert set(CITATION.findall(text)) == set(CITATION.findall(english_text)), f"{spanish['slug']}: {name}"


@pytest.mark.parametrize(("kind", "spanish", "english"), PAIRS)
def test_the_english_sources_are_kept_in_order_and_spanish_ones_only_follow(kind, spanish, english):
    if "references" not in english:
        return  # topics have no sources
    references = spanish["references"]
    assert len(references) >= len(english["references"])
    assert references[: len(english["references"])] == english["references"]  # every [n] keeps its source
    for reference in references:
        assert set(reference) == REFERENCE_KEYS
        assert reference["url"].startswith(("https://", "http://"))
    cited = {int(number) for _, text in _texts(spanish) for number in CITATION.findall(text)}
    assert cited <= set(range(1, len(references) + 1))


@pytest.mark.parametrize(("kind", "spanish", "english"), PAIRS)
def test_the_markdown_structure_is_kept(kind, spanish, english):
    for name, text in _texts(spanish):
        assert _markdown_shape(text) == _markdown_shape(dict(_texts(english))[name]), f"{spanish['slug']}: {name}"


@pytest.mark.parametrize(("kind", "spanish", "english"), PAIRS)
def test_texts_are_translated_and_brand_names_are_not(kind, spanish, english):
    for name in ("summary", "body", "definition", "how_it_works", "who_it_is_for", "serious_side_effects"):
        if english.get(name):
            assert spanish[name].strip(), f"{spanish['slug']}: {name} is empty"
            assert spanish[name] != english[name], f"{spanish['slug']}: {name} is not translated"
    if "brand_names" in english:
        assert spanish["brand_names"] == english["brand_names"]


@pytest.mark.parametrize(("kind", "spanish", "english"), PAIRS)
def test_no_sales_words(kind, spanish, english):
    for name, text in _texts(spanish):
        match = SALES_WORDS.search(text)
        assert match is None, f"{spanish['slug']}: {name} says “{match.group(0)}”"


def test_the_sales_words_check_catches_selling():
    assert SALES_WORDS.search("Compre ahora con descuento: envío gratis")
    assert SALES_WORDS.search("Una cura milagrosa, resultados garantizados")
    assert not SALES_WORDS.search("Por lo general, los médicos no esperan curar el cáncer de mama en estadio cuatro.")


def test_the_expected_pages_are_all_translated():
    assert {entry["slug"] for entry in ARTICLES_ES} == {
        "what-stage-four-breast-cancer-means",
        "hormone-therapy-for-hormone-receptor-positive-breast-cancer",
        "when-to-call-your-care-team",
    }
    assert {entry["slug"] for entry in MEDICINES_ES} == {
        "tamoxifen", "letrozole", "palbociclib", "trastuzumab", "capecitabine",
    }  # fmt: skip
    assert [entry["slug"] for entry in GLOSSARY_ES] == [entry["slug"] for entry in GLOSSARY]
    assert [entry["slug"] for entry in TOPICS_ES] == [entry["slug"] for entry in TOPICS]  # the reading order
    assert URGENT_HELP_ES["slug"] == URGENT_HELP["slug"]
    for entries in SPANISH.values():
        slugs = [entry["slug"] for entry in entries]
        assert len(slugs) == len(set(slugs))


def test_exactly_one_article_is_one_english_version_behind():
    behind = [entry["slug"] for entry in ARTICLES_ES if entry.get("one_version_behind")]
    assert behind == ["hormone-therapy-for-hormone-receptor-positive-breast-cancer"]
    assert all(entry.get("one_version_behind", False) in (True, False) for entry in ARTICLES_ES)
    for entries in (MEDICINES_ES, GLOSSARY_ES, TOPICS_ES, [URGENT_HELP_ES]):
        assert not any("one_version_behind" in entry for entry in entries)


def test_the_urgent_help_panel_keeps_911_and_the_temperatures():
    assert "911" in URGENT_HELP_ES["body"]
    assert "**100.4°F (38°C) o más**" in URGENT_HELP_ES["summary"]
    when_to_call = next(entry for entry in ARTICLES_ES if entry["slug"] == "when-to-call-your-care-team")
    for text in (when_to_call["summary"], when_to_call["body"]):
        assert "100.4°F (38°C)" in text
        assert "°C" not in text.replace("100.4°F (38°C)", "")  # no other temperature, °F always first
    assert when_to_call["body"].count("911") == ENGLISH["article"]["when-to-call-your-care-team"]["body"].count("911")
