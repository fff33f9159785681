"""The translator's side of the workspace (issue 22): the queue of translations behind their English
page with the English diff, the translation editor, and the reviewer's safety-change checkbox."""

import re

import pytest
from django.urls import reverse

from articles import services
from articles.models import ItemTranslation, ReviewDecision, Revision
from tests.articles.translation_fixtures import publish_translation
from tests.content import save_edit

pytestmark = pytest.mark.django_db


def test_the_queue_shows_the_english_diff_since_the_version_translated(
    client, live, author, reviewer, translator, spanish_reviewer
):
    publish_translation(live, translator, spanish_reviewer)
    client.force_login(translator)
    queue = reverse("admin:articles_translation_queue", args=["es"])
    assert "None: every published translation" in client.get(queue).content.decode()
    newer = save_edit(live, author, body="## What it is\n\nHormone therapy lowers or blocks estrogen in the body [1].")
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=reviewer, safety_change=True)
    html = client.get(queue).content.decode()
    assert re.search(r"<ins>[^<]*in the body", html)
    assert "safety change" in html
    assert reverse("admin:articles_item_translate", args=[live.item_id, "es"]) in html


def test_an_author_without_the_translator_role_has_no_queue(client, author):
    client.force_login(author)
    assert client.get(reverse("admin:articles_translation_queue", args=["es"])).status_code == 403


def test_the_translation_editor_saves_a_spanish_draft(client, live, translator):
    client.force_login(translator)
    url = reverse("admin:articles_item_translate", args=[live.item_id, "es"])
    form = client.get(url).content.decode()
    assert 'name="hr_status"' not in form  # tags follow the English version
    response = client.post(url, {
        "title": "Terapia hormonal", "summary": "- La terapia hormonal bloquea el estrógeno [1].",
        "body": "Texto [1].", "change_summary": "Primera traducción.", "based_on": "",
        "references-TOTAL_FORMS": "1", "references-INITIAL_FORMS": "0", "references-MIN_NUM_FORMS": "0",
        "references-MAX_NUM_FORMS": "1000", "references-0-title": "Fuente", "references-0-url": "https://www.cancer.gov/espanol",
    })  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = Revision.objects.get(language="es")
    assert (draft.title, draft.translation_of_id, draft.hr_status) == ("Terapia hormonal", live.pk, live.hr_status)


def test_the_reviewer_marks_a_safety_change_when_approving(client, live, author, reviewer):
    newer = services.revision_submit(revision=save_edit(live, author, title="Updated"), user=author)
    client.force_login(reviewer)
    url = reverse("admin:articles_revision_review", args=[newer.pk])
    client.post(url, {"action": "approve", "approve-safety_change": "on"})
    assert ReviewDecision.objects.get(revision=newer).safety_change is True
    assert not ItemTranslation.objects.exists()


def test_a_reviewer_previews_and_reads_the_diff_of_a_translation(client, live, translator, spanish_reviewer):
    from tests.articles.translation_fixtures import SPANISH_ARTICLE, translate

    draft = services.revision_submit(revision=translate(live, translator), user=translator)
    client.force_login(spanish_reviewer)
    preview = client.get(reverse("admin:articles_revision_preview", args=[draft.pk])).content.decode()
    assert SPANISH_ARTICLE["title"] in preview
    review = client.get(reverse("admin:articles_revision_review", args=[draft.pk])).content.decode()
    assert "safety_change" not in review  # only English approvals are marked
    assert SPANISH_ARTICLE["title"] in review
