"""The glossary terms added for the filters' choices (issue 21) and their Spanish translations (issue 22): the
Spanish data has the English entry's keys, translates an existing English term, and keeps its citations."""

import re

from articles.demo.glossary_more import GLOSSARY_MORE
from articles.demo.loader import all_glossary
from articles.demo.spanish.glossary_more import GLOSSARY_MORE_ES

CITATION = re.compile(r"\[(\d+)\]")


def test_no_alias_or_term_names_two_glossary_entries():
    owner: dict[str, str] = {}
    for entry in all_glossary():
        for name in {entry["term"].lower(), *(alias.lower() for alias in entry["aliases"])}:
            assert owner.setdefault(name, entry["slug"]) == entry["slug"], (name, owner[name], entry["slug"])


def test_each_spanish_term_translates_an_english_one_with_its_keys_and_citations():
    english = {entry["slug"]: entry for entry in GLOSSARY_MORE}
    assert len(GLOSSARY_MORE_ES) >= 8
    assert len({entry["slug"] for entry in GLOSSARY_MORE_ES}) == len(GLOSSARY_MORE_ES)
    for entry in GLOSSARY_MORE_ES:
        source = english[entry["slug"]]
        assert set(entry) - {"translator_note"} == set(source), entry["slug"]
        assert entry["term"] != source["term"] or entry["term"] == "PD-L1", entry["slug"]
        cited = {int(n) for n in CITATION.findall(entry["definition"])}
        assert {int(n) for n in CITATION.findall(source["definition"])} <= cited, entry["slug"]
        assert cited <= set(range(1, len(entry["references"]) + 1)), entry["slug"]
        assert entry["references"][: len(source["references"])] == source["references"], entry["slug"]
