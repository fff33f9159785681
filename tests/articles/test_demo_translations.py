"""The demo loader's Spanish sample translations (issue 22), from a fixture in the sample format."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings

from articles.demo import loader
from articles.models import ItemTranslation, ReviewedItem, Revision

pytestmark = pytest.mark.django_db

ARTICLE = "what-stage-four-breast-cancer-means"


@pytest.fixture
def spanish_fixture(monkeypatch):
    monkeypatch.setattr(loader, "SPANISH_PACKAGE", "tests.articles.spanish_sample")


@override_settings(DEBUG=True)
def test_sample_translations_load_reviewed_one_version_behind_and_idempotent(client, spanish_fixture):
    call_command("load_demo_content", stdout=io.StringIO())
    article = ReviewedItem.objects.get(kind="article", slug=ARTICLE)
    row = ItemTranslation.objects.select_related("live_revision__translation_of", "reviewed_by").get(item=article)
    spanish = row.live_revision
    assert (spanish.language, spanish.author.username, row.reviewed_by.username) == (
        "es",
        "demo-translator",
        "demo-reviewer",
    )
    # The English page had one version: the loader approved its sample update first, and the
    # translation follows the version before it, so the notice shows after `make run`.
    assert spanish.translation_of.number == article.live_revision.number - 1
    assert article.live_revision.change_summary == loader.SAMPLE_UPDATE
    html = client.get(f"/es/articles/{ARTICLE}/").content.decode()
    assert "translation-notice-behind" in html
    assert 'class="sample-banner"' in html
    assert '<meta name="robots" content="noindex">' in html
    term = ItemTranslation.objects.get(item__slug="metastatic", item__kind="glossary").live_revision
    assert term.title == "Metastásico"
    assert [r.url for r in term.references.all()] == [r.url for r in term.translation_of.references.all()]

    counts = (Revision.objects.count(), ItemTranslation.objects.count())
    call_command("load_demo_content", stdout=io.StringIO())
    assert (Revision.objects.count(), ItemTranslation.objects.count()) == counts


def test_a_missing_spanish_package_or_list_is_left_out():
    assert list(loader.spanish_entries("tests.articles.no_such_sample")) == []
    kinds = [kind for kind, _entry in loader.spanish_entries("tests.articles.spanish_sample")]
    assert kinds == ["glossary", "article"]  # in SPANISH_DATA's order; no medicines, topics or panel here


def test_another_list_is_one_line(monkeypatch):
    monkeypatch.setattr(loader, "SPANISH_DATA", [*loader.SPANISH_DATA, ("glossary", "GLOSSARY_ES", "glossary")])
    kinds = [kind for kind, _entry in loader.spanish_entries("tests.articles.spanish_sample")]
    assert kinds == ["glossary", "article", "glossary"]
