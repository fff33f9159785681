"""Management commands: review_due, and the demo text (loaded by portal's load_demo_content)."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.demo.articles import ARTICLES
from articles.demo.glossary import GLOSSARY
from articles.demo.medicines import MEDICINES
from articles.demo.medicines_new_targeted import MEDICINES_NEW_TARGETED
from articles.demo.urgent_help import URGENT_HELP
from articles.models import ReviewedItem
from articles.rendering import cited_numbers

pytestmark = pytest.mark.django_db


def run(*args, **options) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue()


def test_review_due_lists_overdue_and_due_soon_pages_most_overdue_first(live):
    assert "Nothing is overdue" in run("review_due")
    today = timezone.localdate()
    ReviewedItem.objects.filter(pk=live.item_id).update(next_review_due=today - datetime.timedelta(days=3))
    output = run("review_due")
    assert "OVERDUE" in output
    assert f"{today - datetime.timedelta(days=3):%Y-%m-%d}" in output
    assert live.title in output
    assert "/articles/hormone-therapy-basics/" in output
    ReviewedItem.objects.filter(pk=live.item_id).update(next_review_due=today + datetime.timedelta(days=20))
    assert "due soon" in run("review_due")
    ReviewedItem.objects.filter(pk=live.item_id).update(next_review_due=today + datetime.timedelta(days=60))
    assert "Nothing is overdue" in run("review_due")


def test_review_due_ignores_unpublished_pages(draft):
    ReviewedItem.objects.filter(pk=draft.item_id).update(next_review_due=datetime.date(2020, 1, 1))
    assert "Nothing is overdue" in run("review_due")


def _prose(fields: dict) -> str:
    not_prose = ("slug", "fda_label_url", "fda_label_date")
    return "\n".join(value for key, value in fields.items() if isinstance(value, str) and key not in not_prose)


@pytest.mark.parametrize(
    "entry", [*MEDICINES, *MEDICINES_NEW_TARGETED, *ARTICLES, *GLOSSARY, URGENT_HELP], ids=lambda entry: entry["slug"]
)
def test_demo_text_has_no_statistics_or_doses_and_every_citation_resolves(entry):
    versions = [(entry, entry["references"])]
    if "next_revision" in entry:
        newer = {**entry, **entry["next_revision"]}
        versions.append((newer, newer["references"]))
    for fields, references in versions:
        prose = _prose(fields)
        assert not re.search(r"\d+(\.\d+)?\s*%|\bper ?cent\b", prose, re.IGNORECASE), "a percentage"
        assert not re.search(r"\b\d+(\.\d+)?\s*(mg|mcg|µg|g|ml|mL|units?)\b(/|\s|\.|,|$)", prose), "a dose"
        assert not re.search(r"\b\d+\s+(in|out of)\s+\d+\b", prose), "an 'N in M' figure"
        assert cited_numbers(prose) <= set(range(1, len(references) + 1)), "a citation without its reference"
        for reference in references:
            assert reference["url"].startswith(("https://", "http://")), reference
            assert reference["title"]
