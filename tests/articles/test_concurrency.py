"""Two people acting at the same moment, each on their own real database connection."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from articles import services
from articles.models import ReviewDecision, ReviewedItem, Revision, RevisionStatus

# serialized_rollback: the roles and permissions that migrations create survive the flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_at_once(*actions):
    """Run each action in its own thread (so its own database connection), released together."""
    barrier = threading.Barrier(len(actions))
    outcomes = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait()
            outcomes[index] = ("ok", action())
        except ValidationError as error:
            outcomes[index] = ("refused", " ".join(error.messages))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_two_reviewers_approving_at_once_record_exactly_one_decision(in_review, reviewer, second_reviewer):
    outcomes = run_at_once(
        lambda: services.revision_approve(revision=in_review, reviewer=reviewer),
        lambda: services.revision_approve(revision=in_review, reviewer=second_reviewer),
    )
    assert sorted(kind for kind, _ in outcomes) == ["ok", "refused"]
    decision = ReviewDecision.objects.get(revision=in_review)
    refusal = next(message for kind, message in outcomes if kind == "refused")
    assert f"already decided by {decision.reviewer_name} at" in refusal
    assert ReviewDecision.objects.filter(revision__item=in_review.item_id).count() == 1
    assert ReviewedItem.objects.get(pk=in_review.item_id).live_revision_id == in_review.pk


def test_approve_and_send_back_at_once_record_exactly_one_decision(in_review, reviewer, second_reviewer):
    outcomes = run_at_once(
        lambda: services.revision_approve(revision=in_review, reviewer=reviewer),
        lambda: services.revision_request_changes(revision=in_review, reviewer=second_reviewer, comment="No."),
    )
    assert sorted(kind for kind, _ in outcomes) == ["ok", "refused"]
    assert ReviewDecision.objects.filter(revision=in_review).count() == 1
    status = Revision.objects.get(pk=in_review.pk).status
    assert status in (RevisionStatus.APPROVED, RevisionStatus.CHANGES_REQUESTED)


def test_two_authors_saving_from_the_same_version_keep_one_and_refuse_the_other(draft, author, second_author):
    content, references, _ = services.revision_content(draft)

    def save(user, title):
        return lambda: services.revision_save(
            item=draft.item, author=user, based_on=draft, content={**content, "title": title}, references=references
        )

    outcomes = run_at_once(save(author, "Ada's edit"), save(second_author, "Ben's edit"))
    assert sorted(kind for kind, _ in outcomes) == ["ok", "refused"]
    assert "changed after you opened it" in next(message for kind, message in outcomes if kind == "refused")
    assert draft.item.revisions.count() == 2
