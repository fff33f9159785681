"""The database itself refuses what the services refuse, even through raw SQL."""

import pytest
from django.db import DatabaseError, connection, transaction

from articles import services
from articles.models import DecisionOutcome, Revision
from tests.content import medicine_content, reference

pytestmark = pytest.mark.django_db


def raw(sql: str, params=()):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_a_submitted_revision_cannot_be_changed(in_review):
    with pytest.raises(DatabaseError, match="Cannot update rows"):
        raw("UPDATE articles_revision SET body = 'Unreviewed claim' WHERE id = %s", [in_review.pk])
    assert Revision.objects.get(pk=in_review.pk).body == in_review.body


def test_an_approved_revision_cannot_be_changed_even_by_a_bulk_update(live):
    with pytest.raises(DatabaseError, match="Cannot update rows"), transaction.atomic():
        Revision.objects.filter(pk=live.pk).update(title="Miracle cure")
    assert Revision.objects.get(pk=live.pk).title == live.title


def test_revision_content_is_write_once_even_for_drafts(draft):
    # Each save makes a new revision: there is no in-place edit to hide a change in.
    with pytest.raises(DatabaseError, match="Cannot update rows"):
        raw("UPDATE articles_revision SET summary = 'x' WHERE id = %s", [draft.pk])


def test_status_can_only_move_along_the_workflow(draft):
    with pytest.raises(DatabaseError, match="Invalid transition"):
        raw("UPDATE articles_revision SET status = 'approved' WHERE id = %s", [draft.pk])


def test_a_submitted_revision_cannot_be_deleted(in_review):
    with pytest.raises(DatabaseError, match="Cannot delete rows"):
        raw("DELETE FROM articles_revision WHERE id = %s", [in_review.pk])


def test_references_of_a_submitted_revision_are_frozen(in_review):
    with pytest.raises(DatabaseError, match="no longer a draft"):
        raw(
            "INSERT INTO articles_reference (revision_id, position, title, authors, source, url, doi, pmid) "
            "VALUES (%s, 2, 'Sneaked in', '', '', '', '', '')",
            [in_review.pk],
        )
    with pytest.raises(DatabaseError, match="cannot be changed"):
        raw("UPDATE articles_reference SET url = 'https://shop.example' WHERE revision_id = %s", [in_review.pk])
    with pytest.raises(DatabaseError, match="no longer a draft"):
        raw("DELETE FROM articles_reference WHERE revision_id = %s", [in_review.pk])
    assert in_review.references.count() == 1


def test_related_medicines_of_a_submitted_revision_are_frozen(in_review, author):
    medicine = services.item_create(
        kind="medicine", slug="tamoxifen", author=author, content=medicine_content(), references=[reference(1)]
    )
    with pytest.raises(DatabaseError, match="no longer a draft"):
        raw(
            "INSERT INTO articles_revisionmedicine (revision_id, medicine_id) VALUES (%s, %s)",
            [in_review.pk, medicine.item_id],
        )


def test_four_eyes_holds_in_the_database(in_review, author):
    # Even if the service were bypassed, the author's own approval is refused.
    with pytest.raises(DatabaseError, match="four eyes"):
        raw(
            "INSERT INTO articles_reviewdecision (revision_id, reviewer_id, reviewer_name, reviewer_credentials, "
            "outcome, comment, decided_at, overrides) VALUES (%s, %s, 'Ada', 'none', %s, '', now(), '[]')",
            [in_review.pk, author.pk, DecisionOutcome.APPROVED],
        )


def test_four_eyes_trigger_allows_a_different_reviewer(in_review, reviewer):
    raw(
        "INSERT INTO articles_reviewdecision (revision_id, reviewer_id, reviewer_name, reviewer_credentials, "
        "outcome, comment, decided_at, overrides) VALUES (%s, %s, 'Rita', 'MD', %s, '', now(), '[]')",
        [in_review.pk, reviewer.pk, DecisionOutcome.APPROVED],
    )
    assert in_review.__class__.objects.get(pk=in_review.pk).decision.reviewer == reviewer


def test_a_page_cannot_be_published_without_an_approval(in_review):
    with pytest.raises(DatabaseError, match="live_revision must be an approved revision"):
        raw("UPDATE articles_revieweditem SET live_revision_id = %s WHERE id = %s", [in_review.pk, in_review.item_id])


def test_a_page_cannot_show_another_page_s_revision(live, author, topic, second_reviewer):
    from tests.content import article_content

    other = services.item_create(
        kind="article", slug="other", topic=topic, author=author, content=article_content(), references=[reference(1)]
    )
    with pytest.raises(DatabaseError, match="live_revision must be an approved revision"):
        raw("UPDATE articles_revieweditem SET live_revision_id = %s WHERE id = %s", [live.pk, other.item_id])


def test_review_decisions_are_permanent(live):
    with pytest.raises(DatabaseError, match="Cannot update or delete rows"):
        raw("UPDATE articles_reviewdecision SET reviewer_credentials = 'MD' WHERE revision_id = %s", [live.pk])
    with pytest.raises(DatabaseError, match="Cannot update or delete rows"):
        raw("DELETE FROM articles_reviewdecision WHERE revision_id = %s", [live.pk])


def test_only_one_open_review_per_item_in_the_database(in_review, author):
    content, references, _ = services.revision_content(in_review)
    version_2 = services.revision_save(
        item=in_review.item, author=author, based_on=in_review, content=content, references=references
    )
    with pytest.raises(DatabaseError, match="revision_one_open_review_per_item"):
        raw("UPDATE articles_revision SET status = 'in_review' WHERE id = %s", [version_2.pk])
