"""Management commands: review_due and load_demo_content."""

import datetime
import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from articles.demo.articles import ARTICLES
from articles.demo.glossary import GLOSSARY
from articles.demo.medicines import MEDICINES
from articles.models import ReviewedItem, Revision, RevisionStatus
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


@override_settings(DEBUG=False)
def test_demo_content_refuses_to_load_with_debug_off():
    with pytest.raises(CommandError, match="Refusing to load sample content"):
        run("load_demo_content")
    assert not ReviewedItem.objects.exists()


@override_settings(DEBUG=True)
def test_demo_content_loads_every_state_once_and_is_idempotent(client):
    output = run("load_demo_content")
    passwords = dict(re.findall(r"^  (demo-[\w-]+)\s+(\S+)$", output, re.MULTILINE))
    assert set(passwords) == {"demo-author", "demo-reviewer", "demo-reviewer-2", "demo-directory-admin"}
    assert len(set(passwords.values())) == 4

    items = ReviewedItem.objects.all()
    assert items.filter(is_sample=False).count() == 0
    live_articles = ReviewedItem.objects.live().articles()
    assert live_articles.count() >= 8
    assert ReviewedItem.objects.live().medicines().count() == len(MEDICINES)
    assert set(ReviewedItem.objects.medicines().values_list("slug", flat=True)) >= {
        "trastuzumab", "pertuzumab", "tamoxifen", "anastrozole", "letrozole", "exemestane", "paclitaxel",
        "docetaxel", "doxorubicin", "epirubicin", "palbociclib", "lapatinib", "pembrolizumab", "atezolizumab",
    }  # fmt: skip
    assert ReviewedItem.objects.live().glossary_terms().count() == len(GLOSSARY)
    # Each medicine whose label address names a DailyMed set id follows that label.
    assert ReviewedItem.objects.get(slug="tamoxifen", kind="medicine").dailymed_setid != ""
    assert ReviewedItem.objects.medicines().exclude(dailymed_setid="").count() >= 5
    assert Revision.objects.filter(status=RevisionStatus.IN_REVIEW, item__live_revision__isnull=False).exists()
    never_approved = ReviewedItem.objects.articles().filter(live_revision__isnull=True, withdrawn_at__isnull=True)
    assert never_approved.count() == 1
    withdrawn = ReviewedItem.objects.articles().get(withdrawn_at__isnull=False)

    # The public sees each state as it should.
    sample_article = live_articles.first()
    html = client.get(sample_article.get_absolute_url()).content.decode()
    assert "Sample content for demonstration, not clinically reviewed." in html
    assert "Sample Reviewer (demo account)" in html
    assert client.get(f"/articles/{never_approved.get().slug}/").status_code == 404
    assert client.get(f"/articles/{withdrawn.slug}/").status_code == 410
    assert client.get("/medicines/trastuzumab/").status_code == 200

    counts = (ReviewedItem.objects.count(), Revision.objects.count())
    again = run("load_demo_content")
    assert "0 new item(s)" in again
    assert "demo-author" not in again  # passwords are printed once
    assert (ReviewedItem.objects.count(), Revision.objects.count()) == counts


def _prose(fields: dict) -> str:
    not_prose = ("slug", "fda_label_url", "fda_label_date")
    return "\n".join(value for key, value in fields.items() if isinstance(value, str) and key not in not_prose)


@pytest.mark.parametrize("entry", MEDICINES + ARTICLES + GLOSSARY, ids=lambda entry: entry["slug"])
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
