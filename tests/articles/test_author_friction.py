"""Less friction for authors (issue 20): discard an own draft, pull back an own submission before a
decision, and confirm before submitting a version with editorial errors."""

import pghistory.models
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from articles import lint, services
from articles.models import ContentKind, Reference, ReviewedItem, Revision, RevisionStatus
from tests.content import article_content, reference, save_edit

pytestmark = pytest.mark.django_db


def review_url(revision):
    return reverse("admin:articles_revision_review", args=[revision.pk])


def context_actions(model, pk):
    events = pghistory.models.Events.objects.filter(pgh_obj_model=model, pgh_obj_id=str(pk))
    return {(event.pgh_label, (event.pgh_context or {}).get("action")) for event in events}


# --- Pull back ----------------------------------------------------------------------------------------


def test_the_author_pulls_back_a_submission_and_edits_again(in_review, author, reviewer):
    pulled = services.revision_pull_back(revision=in_review, user=author)
    assert Revision.objects.get(pk=in_review.pk).status == RevisionStatus.PULLED_BACK == pulled.status
    assert ("update", "revision_pull_back") in context_actions("articles.Revision", in_review.pk)
    with pytest.raises(ValidationError, match="Only a version in review can be approved"):
        services.revision_approve(revision=in_review, reviewer=reviewer)
    with pytest.raises(ValidationError, match="Only a draft can be submitted"):
        services.revision_submit(revision=in_review, user=author)
    # The next edit is a new draft, based on the version pulled back, and goes to review as usual.
    draft = save_edit(Revision.objects.get(pk=in_review.pk), author, change_summary="Fixed a typo.")
    assert (draft.number, draft.based_on_id, draft.status) == (2, in_review.pk, RevisionStatus.DRAFT)
    services.revision_submit(revision=draft, user=author)
    services.revision_approve(revision=draft, reviewer=reviewer)
    assert ReviewedItem.objects.get(pk=in_review.item_id).live_revision_id == draft.pk


@pytest.mark.parametrize("who", ["second_author", "reviewer", "superuser", "author_reviewer"])
def test_only_the_author_may_pull_back(request, in_review, who):
    with pytest.raises(PermissionDenied):
        services.revision_pull_back(revision=in_review, user=request.getfixturevalue(who))
    assert Revision.objects.get(pk=in_review.pk).status == RevisionStatus.IN_REVIEW


def test_a_decided_version_cannot_be_pulled_back(in_review, author, reviewer):
    services.revision_request_changes(revision=in_review, reviewer=reviewer, comment="Cite a newer source.")
    with pytest.raises(ValidationError, match="already decided"):
        services.revision_pull_back(revision=in_review, user=author)
    assert Revision.objects.get(pk=in_review.pk).status == RevisionStatus.CHANGES_REQUESTED


def test_approved_and_draft_versions_cannot_be_pulled_back(live, draft, author):
    with pytest.raises(ValidationError):
        services.revision_pull_back(revision=live, user=author)
    assert Revision.objects.get(pk=live.pk).status == RevisionStatus.APPROVED


def raw(sql, params):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_the_database_allows_pull_back_only_from_review(draft, in_review):
    other = services.item_create(
        kind=ContentKind.ARTICLE, slug="another", topic=draft.item.topic, author=draft.author,
        content=article_content(), references=[reference(1)],
    )  # fmt: skip
    with pytest.raises(DatabaseError):  # a draft was never submitted: nothing to pull back
        raw("UPDATE articles_revision SET status = 'pulled_back' WHERE id = %s", [other.pk])
    raw("UPDATE articles_revision SET status = 'pulled_back' WHERE id = %s", [in_review.pk])
    for status in ("in_review", "approved", "draft"):  # pulled back is final
        with pytest.raises(DatabaseError):
            raw("UPDATE articles_revision SET status = %s WHERE id = %s", [status, in_review.pk])


def test_authors_pull_back_from_the_review_page(client, in_review, author, second_author):
    client.force_login(second_author)
    assert "Pull back" not in client.get(review_url(in_review)).content.decode()
    forged = client.post(review_url(in_review), {"action": "pull_back"}, follow=True)
    assert forged.status_code == 200
    assert "Only the author of this version can pull it back." in forged.content.decode()
    assert Revision.objects.get(pk=in_review.pk).status == RevisionStatus.IN_REVIEW

    client.force_login(author)
    assert "Pull back (no decision yet)" in client.get(review_url(in_review)).content.decode()
    response = client.post(review_url(in_review), {"action": "pull_back"}, follow=True)
    html = response.content.decode()
    assert "Pulled back: no reviewer will decide on it." in html
    assert "Pulled back by the author" in html
    queue = client.get(reverse("admin:articles_review_queue")).content.decode()
    mine = queue[queue.index('id="mine-heading"') :]
    assert "Pulled back by the author" in mine
    again = client.post(review_url(in_review), {"action": "pull_back"}, follow=True)
    assert "Only a version in review can be pulled back" in again.content.decode()


# --- Discard -----------------------------------------------------------------------------------------


def test_the_author_discards_their_own_latest_draft(live, author):
    draft = save_edit(live, author, change_summary="An idea I dropped.")
    reference_ids = list(Reference.objects.filter(revision=draft).values_list("pk", flat=True))
    kept = services.revision_discard(revision=draft, user=author)
    assert kept.pk == live.item_id
    assert not Revision.objects.filter(pk=draft.pk).exists()
    assert not Reference.objects.filter(pk__in=reference_ids).exists()
    assert ReviewedItem.objects.get(pk=live.item_id).live_revision_id == live.pk
    assert ("delete", "revision_discard") in context_actions("articles.Revision", draft.pk)
    assert context_actions("articles.Reference", reference_ids[0]) >= {("delete", "revision_discard")}


def test_discarding_a_new_pages_only_draft_removes_the_page(draft, author):
    assert services.revision_discard(revision=draft, user=author) is None
    assert not ReviewedItem.objects.filter(pk=draft.item_id).exists()
    assert ("delete", "revision_discard") in context_actions("articles.ReviewedItem", draft.item_id)


def test_a_new_medicine_named_by_another_draft_keeps_its_draft(author, topic):
    medicine = services.item_create(
        kind=ContentKind.MEDICINE, slug="new-medicine", author=author,
        content={"title": "New medicine", "summary": "A summary.", "change_summary": "New.", "generic_name": "x"},
    )  # fmt: skip
    services.item_create(
        kind=ContentKind.ARTICLE, slug="names-it", topic=topic, author=author, content=article_content(),
        references=[reference(1)], related_medicine_ids=[medicine.item_id],
    )  # fmt: skip
    with pytest.raises(ValidationError, match="names this medicine"):
        services.revision_discard(revision=medicine, user=author)
    assert Revision.objects.filter(pk=medicine.pk).exists()


@pytest.mark.parametrize("who", ["second_author", "reviewer", "superuser"])
def test_only_the_author_may_discard(request, live, author, who):
    draft = save_edit(live, author, change_summary="Mine.")
    with pytest.raises(PermissionDenied):
        services.revision_discard(revision=draft, user=request.getfixturevalue(who))
    assert Revision.objects.filter(pk=draft.pk).exists()


def test_submitted_and_decided_versions_cannot_be_discarded(in_review, author, reviewer):
    with pytest.raises(ValidationError, match="Only a draft can be discarded"):
        services.revision_discard(revision=in_review, user=author)
    services.revision_approve(revision=in_review, reviewer=reviewer)
    with pytest.raises(ValidationError, match="Only a draft can be discarded"):
        services.revision_discard(revision=in_review, user=author)
    assert Revision.objects.filter(pk=in_review.pk).exists()


def test_a_draft_with_a_newer_version_cannot_be_discarded(live, author, second_author):
    mine = save_edit(live, author, change_summary="First idea.")
    save_edit(mine, second_author, change_summary="Built on it.")
    with pytest.raises(ValidationError, match="newer version"):
        services.revision_discard(revision=mine, user=author)


def test_authors_discard_from_the_review_page(client, live, author, second_author):
    draft = save_edit(live, author, change_summary="Dropped.")
    client.force_login(second_author)
    assert "Discard this draft" not in client.get(review_url(draft)).content.decode()
    forged = client.post(review_url(draft), {"action": "discard"}, follow=True)
    assert forged.status_code == 200
    assert "Only the author of this version can discard it." in forged.content.decode()
    client.force_login(author)
    assert "Discard this draft" in client.get(review_url(draft)).content.decode()
    response = client.post(review_url(draft), {"action": "discard"})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:articles_item_history", args=[live.item_id])
    assert not Revision.objects.filter(pk=draft.pk).exists()
    assert client.post(review_url(draft), {"action": "discard"}).status_code == 404


def test_discarding_a_new_page_returns_to_the_queue(client, draft, author):
    client.force_login(author)
    response = client.post(review_url(draft), {"action": "discard"})
    assert response["Location"] == reverse("admin:articles_review_queue")


# --- Submitting with editorial errors asks first -----------------------------------------------------


@pytest.fixture
def draft_with_errors(author, topic):
    return services.item_create(
        kind=ContentKind.ARTICLE, slug="with-errors", topic=topic, author=author,
        content=article_content(body="## Facts\n\nAbout 40% of people respond.\n\nSee the source [1]."),
        references=[reference(1)],
    )  # fmt: skip


def test_a_draft_with_errors_asks_for_confirmation(client, draft_with_errors, author):
    assert len(lint.errors(services.revision_findings(draft_with_errors))) == 1
    client.force_login(author)
    page = client.get(review_url(draft_with_errors)).content.decode()
    assert 'name="confirm_errors" value="1" required' in page
    assert "Submit with 1 error" in page
    assert "Submit with 1 errors" not in page
    refused = client.post(review_url(draft_with_errors), {"action": "submit"}, follow=True)
    assert "This version has 1 editorial error." in refused.content.decode()
    assert Revision.objects.get(pk=draft_with_errors.pk).status == RevisionStatus.DRAFT
    stale = client.post(review_url(draft_with_errors), {"action": "submit", "confirm_errors": "0"}, follow=True)
    assert "This version has 1 editorial error." in stale.content.decode()
    assert Revision.objects.get(pk=draft_with_errors.pk).status == RevisionStatus.DRAFT
    client.post(review_url(draft_with_errors), {"action": "submit", "confirm_errors": "1"})
    assert Revision.objects.get(pk=draft_with_errors.pk).status == RevisionStatus.IN_REVIEW


def test_a_clean_draft_submits_in_one_step(client, draft, author):
    client.force_login(author)
    page = client.get(review_url(draft)).content.decode()
    assert "confirm_errors" not in page
    client.post(review_url(draft), {"action": "submit"})
    assert Revision.objects.get(pk=draft.pk).status == RevisionStatus.IN_REVIEW


def test_the_bulk_submit_action_leaves_drafts_with_errors_to_their_own_page(client, draft, draft_with_errors, author):
    client.force_login(author)
    response = client.post(
        "/admin/articles/revision/",
        {"action": "submit_for_review", "_selected_action": [draft.pk, draft_with_errors.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "it has 1 editorial error; submit it from its own page to confirm." in html
    assert "1 draft submitted." in html
    assert Revision.objects.get(pk=draft.pk).status == RevisionStatus.IN_REVIEW
    assert Revision.objects.get(pk=draft_with_errors.pk).status == RevisionStatus.DRAFT


@pytest.mark.parametrize("action", ["pull_back", "discard", "submit", "approve", "confirm_review", "", "x" * 500])
def test_forged_actions_on_another_persons_version_never_500(client, in_review, second_author, action):
    client.force_login(second_author)
    response = client.post(review_url(in_review), {"action": action, "confirm_errors": "<script>"})
    assert response.status_code in (200, 302, 405)
    assert Revision.objects.get(pk=in_review.pk).status == RevisionStatus.IN_REVIEW
