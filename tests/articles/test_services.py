"""The review workflow, rule by rule and role by role, through the services."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.utils import timezone

from articles import services
from articles.models import (
    ContentKind,
    DecisionOutcome,
    Reference,
    ReviewDecision,
    ReviewedItem,
    Revision,
    RevisionStatus,
)
from tests.content import article_content, medicine_content, reference, save_edit

pytestmark = pytest.mark.django_db


def snapshot():
    """Row counts of every workflow table: a refused action must leave them all as they were."""
    # Topics are approved items too; the fixtures' topic is there before any test acts.
    pages = ~Q(item__kind=ContentKind.TOPIC)
    return (Revision.objects.filter(pages).count(), Reference.objects.count(),
            ReviewDecision.objects.filter(~Q(revision__item__kind=ContentKind.TOPIC)).count(),
            list(ReviewedItem.objects.exclude(kind=ContentKind.TOPIC).values_list("live_revision", "withdrawn_at")
                 .order_by("pk")))  # fmt: skip


# --- Who may do what ------------------------------------------------------------------------------


def test_a_new_page_starts_as_an_unpublished_draft(draft):
    assert draft.status == RevisionStatus.DRAFT
    assert draft.number == 1
    assert draft.item.live_revision is None
    assert not ReviewedItem.objects.live().articles().exists()  # (its topic is live: it was approved)


@pytest.mark.parametrize("who", ["anonymous", "reviewer", "directory_admin"])
def test_only_authors_write_drafts(request, topic, who):
    user = AnonymousUser() if who == "anonymous" else request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        services.item_create(kind=ContentKind.ARTICLE, slug="x", topic=topic, author=user, content=article_content())
    assert not ReviewedItem.objects.articles().exists()


@pytest.mark.parametrize("who", ["anonymous", "reviewer", "directory_admin"])
def test_only_authors_submit(request, draft, who):
    user = AnonymousUser() if who == "anonymous" else request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        services.revision_submit(revision=draft, user=user)
    draft.refresh_from_db()
    assert draft.status == RevisionStatus.DRAFT


@pytest.mark.parametrize("who", ["anonymous", "author", "second_author", "directory_admin"])
def test_only_clinical_reviewers_approve_or_send_back(request, in_review, who):
    user = AnonymousUser() if who == "anonymous" else request.getfixturevalue(who)
    before = snapshot()
    with pytest.raises(PermissionDenied):
        services.revision_approve(revision=in_review, reviewer=user)
    with pytest.raises(PermissionDenied):
        services.revision_request_changes(revision=in_review, reviewer=user, comment="Please fix.")
    assert snapshot() == before


@pytest.mark.parametrize("who", ["anonymous", "author", "directory_admin"])
def test_only_clinical_reviewers_withdraw(request, live, who):
    user = AnonymousUser() if who == "anonymous" else request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        services.item_withdraw(item=live.item, user=user, reason="Outdated.")
    live.item.refresh_from_db()
    assert live.item.live_revision_id == live.pk


def test_superuser_can_do_everything_but_approve_their_own_text(superuser, second_reviewer, topic):
    revision = services.item_create(
        kind=ContentKind.ARTICLE, slug="by-superuser", topic=topic, author=superuser, content=article_content(),
        references=[reference(1)],
    )  # fmt: skip
    services.revision_submit(revision=revision, user=superuser)
    with pytest.raises(ValidationError, match="four eyes"):
        services.revision_approve(revision=revision, reviewer=superuser)
    services.revision_approve(revision=revision, reviewer=second_reviewer)
    assert ReviewedItem.objects.live().articles().get().live_revision_id == revision.pk
    services.item_withdraw(item=revision.item, user=superuser, reason="Checking the label again.")
    assert not ReviewedItem.objects.live().articles().exists()  # (its topic is live: it was approved)


# --- Approval -------------------------------------------------------------------------------------


def test_approval_publishes_exactly_that_revision_and_stamps_it(in_review, reviewer):
    before = timezone.now()
    decision = services.revision_approve(revision=in_review, reviewer=reviewer, comment="Clear and accurate.")
    item = ReviewedItem.objects.get(pk=in_review.item_id)
    assert item.live_revision_id == in_review.pk
    assert item.reviewed_by == reviewer
    assert item.last_reviewed_at >= before
    assert item.next_review_due == services.months_later(timezone.localdate(), 12)
    assert decision.outcome == DecisionOutcome.APPROVED
    assert decision.reviewer_name == "Rita Reviewer"
    assert decision.reviewer_credentials == "MD, medical oncologist"
    assert decision.comment == "Clear and accurate."
    assert Revision.objects.get(pk=in_review.pk).status == RevisionStatus.APPROVED


def test_credentials_are_recorded_as_they_were_at_the_time(in_review, reviewer):
    decision = services.revision_approve(revision=in_review, reviewer=reviewer)
    reviewer.reviewer_profile.credentials = "MD, PhD, medical oncologist"
    reviewer.reviewer_profile.save()
    decision.refresh_from_db()
    assert decision.reviewer_credentials == "MD, medical oncologist"


def test_review_interval_and_explicit_due_date(in_review, reviewer):
    item = in_review.item
    item.review_interval_months = 6
    item.save()
    services.revision_approve(revision=in_review, reviewer=reviewer)
    item.refresh_from_db()
    assert item.next_review_due == services.months_later(timezone.localdate(), 6)


def test_due_date_in_the_past_is_refused(in_review, reviewer):
    with pytest.raises(ValidationError, match="after today"):
        services.revision_approve(revision=in_review, reviewer=reviewer, next_review_due=datetime.date(2000, 1, 1))
    in_review.refresh_from_db()
    assert in_review.status == RevisionStatus.IN_REVIEW


def test_months_later_clamps_to_the_end_of_the_month():
    assert services.months_later(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert services.months_later(datetime.date(2026, 11, 26), 12) == datetime.date(2027, 11, 26)
    assert services.months_later(datetime.date(2027, 12, 15), 1) == datetime.date(2028, 1, 15)


def test_a_reviewer_without_credentials_cannot_decide(in_review):
    from portal import roles
    from tests.content import make_user

    no_profile = make_user("nameless-reviewer", roles.CLINICAL_REVIEWERS)
    with pytest.raises(ValidationError, match="reviewer profile"):
        services.revision_approve(revision=in_review, reviewer=no_profile)


def test_while_a_new_version_is_in_review_the_old_one_stays_live(live, author, second_reviewer):
    version_2 = save_edit(live, author, title="Hormone therapy: updated", change_summary="Clearer title.")
    services.revision_submit(revision=version_2, user=author)
    item = ReviewedItem.objects.get(pk=live.item_id)
    assert item.live_revision_id == live.pk

    services.revision_approve(revision=version_2, reviewer=second_reviewer)
    item.refresh_from_db()
    assert item.live_revision_id == version_2.pk
    assert Revision.objects.get(pk=live.pk).status == RevisionStatus.SUPERSEDED


def test_an_edit_after_approval_is_a_new_draft_that_needs_its_own_approval(live, author):
    edited = save_edit(live, author, body="## Changed\n\nDifferent text [1].")
    assert edited.number == 2
    assert edited.status == RevisionStatus.DRAFT
    assert edited.based_on_id == live.pk
    item = ReviewedItem.objects.get(pk=live.item_id)
    assert item.live_revision_id == live.pk
    assert Revision.objects.get(pk=live.pk).body == article_content()["body"]


# --- Four eyes ------------------------------------------------------------------------------------


def test_an_author_who_is_also_a_reviewer_cannot_approve_their_own_revision(author_reviewer, topic, reviewer):
    revision = services.item_create(
        kind=ContentKind.ARTICLE, slug="nurse-written", topic=topic, author=author_reviewer,
        content=article_content(), references=[reference(1)],
    )  # fmt: skip
    services.revision_submit(revision=revision, user=author_reviewer)
    with pytest.raises(ValidationError, match="four eyes"):
        services.revision_approve(revision=revision, reviewer=author_reviewer)
    # Sending it back is allowed: it publishes nothing.
    services.revision_request_changes(revision=revision, reviewer=author_reviewer, comment="Add a source.")


def test_writing_any_revision_since_the_last_approval_blocks_approving(live, author, author_reviewer, reviewer):
    version_2 = save_edit(live, author, title="Version two")
    services.revision_submit(revision=version_2, user=author)
    # The nurse starts a later draft (version 3) while version 2 is in review.
    save_edit(version_2, author_reviewer, title="Version three")
    with pytest.raises(ValidationError, match="You wrote version 3"):
        services.revision_approve(revision=version_2, reviewer=author_reviewer)
    services.revision_approve(revision=version_2, reviewer=reviewer)


def test_authorship_before_the_last_approval_does_not_block(author_reviewer, reviewer, second_author, topic):
    version_1 = services.item_create(
        kind=ContentKind.ARTICLE, slug="older", topic=topic, author=author_reviewer, content=article_content(),
        references=[reference(1)],
    )  # fmt: skip
    services.revision_submit(revision=version_1, user=author_reviewer)
    services.revision_approve(revision=version_1, reviewer=reviewer)
    version_2 = save_edit(Revision.objects.get(pk=version_1.pk), second_author, title="Second author's edit")
    services.revision_submit(revision=version_2, user=second_author)
    services.revision_approve(revision=version_2, reviewer=author_reviewer)
    assert ReviewedItem.objects.get(pk=version_1.item_id).live_revision_id == version_2.pk


# --- Requesting changes, withdrawing, restoring -----------------------------------------------------


def test_sending_back_needs_a_comment(in_review, reviewer):
    before = snapshot()
    with pytest.raises(ValidationError, match="Say what needs to change"):
        services.revision_request_changes(revision=in_review, reviewer=reviewer, comment="   ")
    assert snapshot() == before
    decision = services.revision_request_changes(revision=in_review, reviewer=reviewer, comment="Cite the label.")
    assert decision.outcome == DecisionOutcome.CHANGES_REQUESTED
    assert Revision.objects.get(pk=in_review.pk).status == RevisionStatus.CHANGES_REQUESTED
    assert ReviewedItem.objects.get(pk=in_review.item_id).live_revision is None


def test_withdrawal_takes_the_page_down_and_a_new_approval_republishes_it(live, author, reviewer, second_reviewer):
    services.item_withdraw(item=live.item, user=reviewer, reason="The FDA label changed.", next_url="/medicines/")
    item = ReviewedItem.objects.get(pk=live.item_id)
    assert item.live_revision is None
    assert item.withdrawn_at is not None
    assert item.withdrawal_reason == "The FDA label changed."
    assert Revision.objects.get(pk=live.pk).status == RevisionStatus.WITHDRAWN

    version_2 = save_edit(Revision.objects.get(pk=live.pk), author, change_summary="Updated for the new label.")
    services.revision_submit(revision=version_2, user=author)
    services.revision_approve(revision=version_2, reviewer=second_reviewer)
    item.refresh_from_db()
    assert item.live_revision_id == version_2.pk
    assert item.withdrawn_at is None
    assert item.withdrawal_reason == ""


def test_withdrawal_needs_a_reason_and_a_published_page(live, draft, reviewer):
    with pytest.raises(ValidationError, match="plain reason"):
        services.item_withdraw(item=live.item, user=reviewer, reason="")
    with pytest.raises(ValidationError, match="javascript|path on this site"):
        services.item_withdraw(item=live.item, user=reviewer, reason="Old.", next_url="javascript:alert(1)")
    assert ReviewedItem.objects.get(pk=live.item_id).live_revision_id == live.pk


def test_withdrawing_an_unpublished_page_is_refused(draft, reviewer):
    with pytest.raises(ValidationError, match="not published"):
        services.item_withdraw(item=draft.item, user=reviewer, reason="Old.")


def test_restoring_an_earlier_revision_makes_a_new_draft(live, author, second_reviewer):
    version_2 = save_edit(live, author, title="A worse title")
    services.revision_submit(revision=version_2, user=author)
    services.revision_approve(revision=version_2, reviewer=second_reviewer)
    restored = services.revision_restore(revision=Revision.objects.get(pk=live.pk), user=author)
    assert restored.number == 3
    assert restored.status == RevisionStatus.DRAFT
    assert restored.title == live.title
    assert [r.title for r in restored.references.all()] == [r.title for r in live.references.all()]
    assert "Restored the text of version 1" in restored.change_summary
    assert ReviewedItem.objects.get(pk=live.item_id).live_revision_id == version_2.pk


# --- Wrong state ----------------------------------------------------------------------------------


def test_submitting_a_revision_that_is_not_a_draft_is_refused(in_review, author):
    with pytest.raises(ValidationError, match="Only a draft can be submitted"):
        services.revision_submit(revision=in_review, user=author)


def test_only_one_open_review_per_page(in_review, author):
    version_2 = save_edit(in_review, author, title="Another go")
    with pytest.raises(ValidationError, match="already in review"):
        services.revision_submit(revision=version_2, user=author)
    assert Revision.objects.get(pk=version_2.pk).status == RevisionStatus.DRAFT


def test_an_older_draft_cannot_be_submitted_over_a_newer_one(draft, author):
    save_edit(draft, author, title="Newer")
    with pytest.raises(ValidationError, match="Version 2 is newer"):
        services.revision_submit(revision=draft, user=author)


def test_a_draft_cannot_be_approved(draft, reviewer):
    with pytest.raises(ValidationError, match="Only a version in review"):
        services.revision_approve(revision=draft, reviewer=reviewer)


def test_approving_a_superseded_or_withdrawn_revision_is_refused(live, author, reviewer, second_reviewer):
    version_2 = save_edit(live, author, title="Second")
    services.revision_submit(revision=version_2, user=author)
    services.revision_approve(revision=version_2, reviewer=second_reviewer)
    with pytest.raises(ValidationError, match="already decided by Rita Reviewer"):
        services.revision_approve(revision=Revision.objects.get(pk=live.pk), reviewer=second_reviewer)
    services.item_withdraw(item=live.item, user=reviewer, reason="Old.")
    before = snapshot()
    with pytest.raises(ValidationError, match="already decided by Ravi Reviewer"):
        services.revision_approve(revision=Revision.objects.get(pk=version_2.pk), reviewer=reviewer)
    assert snapshot() == before


def test_a_decided_revision_reports_who_decided_it_and_when(in_review, reviewer, second_reviewer):
    services.revision_request_changes(revision=in_review, reviewer=reviewer, comment="Needs a source.")
    with pytest.raises(ValidationError, match=r"already decided by Rita Reviewer at .* \(Changes requested\)"):
        services.revision_approve(revision=in_review, reviewer=second_reviewer)


def test_a_draft_saved_from_a_stale_form_is_refused(draft, author, second_author):
    save_edit(draft, second_author, title="Ben's edit")
    before = snapshot()
    with pytest.raises(ValidationError, match="version 2 was saved by ben-author"):
        save_edit(draft, author, title="Ada's edit from the old form")
    assert snapshot() == before
    assert draft.item.revisions.order_by("-number").first().title == "Ben's edit"


# --- Bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "references", "message"),
    [
        ({"title": ""}, [reference(1)], "title"),
        ({"title": "x" * 201}, [reference(1)], "at most 200 characters"),
        ({}, [reference(1, doi="doi:10.1000/abc")], "DOI"),
        ({}, [reference(1, url="javascript:alert(1)")], "web address starting with https"),
        ({}, [reference(1, url="data:text/html,<script>alert(1)</script>")], "web address starting with https"),
        ({"body": "A claim [7]."}, [reference(1)], r"cites \[7\] but there is no such reference"),
        ({}, [], r"cites \[1\] but there is no such reference"),
        ({}, [reference(1, pmid="12ab")], "PubMed ID"),
        ({"hr_status": ["maybe"]}, [reference(1)], "not a valid choice"),
        ({"body": ""}, [reference(1)], "needs a body"),
    ],
)
def test_bad_input_gets_a_clear_message_and_saves_nothing(author, topic, content, references, message):
    with pytest.raises(ValidationError, match=message):
        services.item_create(
            kind=ContentKind.ARTICLE, slug="bad-input", topic=topic, author=author,
            content=article_content(**content), references=references,
        )  # fmt: skip
    assert snapshot() == (0, 0, 0, [])


@pytest.mark.parametrize("slug", ["", "Has Spaces", "UPPER", "../etc", "a/b"])
def test_bad_slugs_are_refused(author, topic, slug):
    with pytest.raises(ValidationError, match="lowercase letters"):
        services.item_create(kind=ContentKind.ARTICLE, slug=slug, topic=topic, author=author, content=article_content())


def test_a_slug_clash_is_refused_but_kinds_have_their_own_addresses(draft, author, topic):
    with pytest.raises(ValidationError, match="already uses the address"):
        services.item_create(
            kind=ContentKind.ARTICLE, slug=draft.item.slug, topic=topic, author=author, content=article_content(),
            references=[reference(1)],
        )  # fmt: skip
    medicine = services.item_create(
        kind=ContentKind.MEDICINE, slug=draft.item.slug, author=author, content=medicine_content(),
        references=[reference(1)],
    )  # fmt: skip
    assert medicine.item.kind == ContentKind.MEDICINE


def test_an_article_needs_a_topic(author):
    with pytest.raises(ValidationError, match="belongs to a topic"):
        services.item_create(kind=ContentKind.ARTICLE, slug="no-topic", author=author, content=article_content())


def test_fields_of_another_kind_are_refused(author):
    with pytest.raises(ValidationError, match="do not belong"):
        services.item_create(
            kind=ContentKind.GLOSSARY, slug="her2", author=author,
            content={"title": "HER2", "summary": "A protein.", "change_summary": "New.", "generic_name": "x"},
        )  # fmt: skip


def test_a_medicine_label_address_must_be_http(author):
    with pytest.raises(ValidationError, match="web address starting with https"):
        services.item_create(
            kind=ContentKind.MEDICINE, slug="tamoxifen", author=author,
            content=medicine_content(fda_label_url="javascript:alert(1)"), references=[reference(1)],
        )  # fmt: skip
