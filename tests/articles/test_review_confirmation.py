"""Reviewed again, still correct: a reviewer confirms a live page without a new version (issue 20)."""

import datetime
import json
import re

import pghistory.models
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, transaction
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import ContentKind, ReviewConfirmation, ReviewedItem
from portal import roles
from portal.dates import months_later
from tests.content import article_content, make_user, publish, reference
from tests.markup import XSS_PAYLOADS, injected_markup

pytestmark = pytest.mark.django_db

PAGE_QUERY_BUDGET = 6  # the same budget as every public page (tests/articles/test_pages.py)
A_YEAR_AGO = timezone.now() - datetime.timedelta(days=400)


@pytest.fixture
def overdue(monkeypatch, author, reviewer, topic):
    """A page approved 400 days ago by Rita Reviewer: its yearly review is overdue."""
    with monkeypatch.context() as patched:
        patched.setattr(timezone, "now", lambda: A_YEAR_AGO)
        item = publish(
            ContentKind.ARTICLE, "hormone-therapy-basics", author, reviewer, article_content(), [reference(1)], topic
        )
    assert item.is_review_overdue
    return item


def confirm(item, reviewer, note="Checked against the current label and guidance; still correct.", **kwargs):
    return services.item_confirm_review(item=item, reviewer=reviewer, note=note, **kwargs)


def test_a_reviewer_confirms_an_overdue_page_and_the_dates_move(overdue, second_reviewer):
    live_before = overdue.live_revision_id
    confirmation = confirm(overdue, second_reviewer)
    item = ReviewedItem.objects.get(pk=overdue.pk)
    today = timezone.localdate()
    assert item.live_revision_id == live_before  # no new version
    assert item.revisions.count() == 1
    assert item.last_reviewed_at == confirmation.confirmed_at
    assert item.reviewed_by == second_reviewer
    assert item.next_review_due == months_later(today, 12) == confirmation.next_review_due
    assert not item.is_review_overdue
    assert (confirmation.revision_id, confirmation.reviewer_name, confirmation.reviewer_credentials) == (
        live_before,
        "Ravi Reviewer",
        "PharmD, oncology pharmacist",
    )


def test_the_reviewer_may_choose_the_next_review_date_but_not_today(overdue, second_reviewer):
    with pytest.raises(ValidationError, match="must be due after today"):
        confirm(overdue, second_reviewer, next_review_due=timezone.localdate())
    chosen = timezone.localdate() + datetime.timedelta(days=90)
    confirm(overdue, second_reviewer, next_review_due=chosen)
    assert ReviewedItem.objects.get(pk=overdue.pk).next_review_due == chosen


def test_confirmation_is_audited_with_the_reviewer(overdue, second_reviewer):
    confirmation = confirm(overdue, second_reviewer)
    events = pghistory.models.Events.objects.filter(pgh_obj_model="articles.ReviewedItem", pgh_obj_id=str(overdue.pk))
    confirmed = [e for e in events if (e.pgh_context or {}).get("action") == "item_confirm_review"]
    assert confirmed
    assert confirmed[0].pgh_context["user"] == second_reviewer.pk
    recorded = pghistory.models.Events.objects.filter(
        pgh_obj_model="articles.ReviewConfirmation", pgh_obj_id=str(confirmation.pk)
    ).get()
    assert recorded.pgh_label == "insert"
    assert recorded.pgh_context["action"] == "item_confirm_review"


@pytest.mark.parametrize("note", ["", "   \n "])
def test_a_note_is_required(overdue, second_reviewer, note):
    with pytest.raises(ValidationError, match="Say what you re-checked"):
        confirm(overdue, second_reviewer, note=note)
    assert not ReviewConfirmation.objects.exists()


def test_authors_and_directory_admins_may_not_confirm(overdue, second_author, directory_admin):
    for user in (second_author, directory_admin):
        with pytest.raises(PermissionDenied):
            confirm(overdue, user)
    assert not ReviewConfirmation.objects.exists()


def test_four_eyes_the_author_of_the_live_version_may_not_confirm_it(author_reviewer, reviewer, topic):
    item = publish(ContentKind.ARTICLE, "by-nora", author_reviewer, reviewer, article_content(), [reference(1)], topic)
    with pytest.raises(ValidationError, match="four eyes"):
        confirm(item, author_reviewer)
    confirm(item, reviewer)  # the approving reviewer may re-check it later


def test_four_eyes_binds_superusers_too(superuser, reviewer, topic):
    superuser_page = publish(
        ContentKind.ARTICLE, "by-sam", superuser, reviewer, article_content(), [reference(1)], topic
    )
    with pytest.raises(ValidationError, match="four eyes"):
        confirm(superuser_page, superuser)


def test_a_superuser_who_did_not_write_it_may_confirm(overdue, superuser):
    confirm(overdue, superuser)
    assert ReviewedItem.objects.get(pk=overdue.pk).reviewed_by == superuser


def test_unverified_credentials_cannot_confirm(overdue):
    unverified = make_user("una-unverified", roles.CLINICAL_REVIEWERS, credentials="MD", verified=False)
    with pytest.raises(ValidationError, match="not been verified"):
        confirm(overdue, unverified)


def test_a_page_never_published_cannot_be_confirmed(draft, reviewer):
    with pytest.raises(ValidationError, match="not published"):
        confirm(draft.item, reviewer)


def test_a_withdrawn_page_cannot_be_confirmed(live, reviewer, second_reviewer):
    services.item_withdraw(item=live.item, user=reviewer, reason="Being rewritten.")
    with pytest.raises(ValidationError, match="not published"):
        confirm(live.item, second_reviewer)
    assert not ReviewConfirmation.objects.exists()


# --- The database refuses what the service refuses ---------------------------------------------------


def raw_confirmation(item, revision_id, reviewer):
    return ReviewConfirmation.objects.create(
        item=item, revision_id=revision_id, reviewer=reviewer, reviewer_name="X", reviewer_credentials="MD",
        note="Checked.", next_review_due=timezone.localdate() + datetime.timedelta(days=30),
    )  # fmt: skip


def test_database_refuses_confirmation_by_the_live_versions_author(live, author):
    with pytest.raises(DatabaseError, match="four eyes"), transaction.atomic():
        raw_confirmation(live.item, live.pk, author)


def test_database_refuses_confirming_a_version_that_is_not_live(live, author, second_reviewer):
    draft = services.revision_save(
        item=live.item, author=author, based_on=live, content=article_content(change_summary="Edit."),
        references=[reference(1)],
    )  # fmt: skip
    with pytest.raises(DatabaseError, match="only the live version"), transaction.atomic():
        raw_confirmation(live.item, draft.pk, second_reviewer)


def test_database_refuses_a_confirmation_without_a_note(live, second_reviewer):
    with pytest.raises(DatabaseError), transaction.atomic():
        ReviewConfirmation.objects.create(
            item=live.item, revision=live, reviewer=second_reviewer, reviewer_name="X", reviewer_credentials="MD",
            note="", next_review_due=timezone.localdate() + datetime.timedelta(days=30),
        )  # fmt: skip


def test_confirmations_are_permanent(overdue, second_reviewer):
    confirmation = confirm(overdue, second_reviewer)
    with pytest.raises(DatabaseError), transaction.atomic():
        ReviewConfirmation.objects.filter(pk=confirmation.pk).update(note="Rewritten later.")
    with pytest.raises(DatabaseError), transaction.atomic():
        ReviewConfirmation.objects.filter(pk=confirmation.pk).delete()


# --- What patients see -------------------------------------------------------------------------------


def test_the_page_shows_the_confirmation_as_last_reviewed(client, overdue, second_reviewer):
    before = client.get("/articles/hormone-therapy-basics/").content.decode()
    assert "This page is due for review." in before
    assert "Reviewed by Rita Reviewer, MD, medical oncologist" in before
    confirm(overdue, second_reviewer)
    html = client.get("/articles/hormone-therapy-basics/").content.decode()  # the cached page was dropped
    today, due = timezone.localdate(), ReviewedItem.objects.get(pk=overdue.pk).next_review_due
    stamp = re.search(r'<aside class="review-stamp".*?</aside>', html, re.S).group(0)
    assert "Reviewed by Ravi Reviewer, PharmD, oncology pharmacist" in stamp
    assert f'Last reviewed <time datetime="{today:%Y-%m-%d}">' in stamp
    assert f'<time datetime="{due:%Y-%m-%d}">' in stamp
    assert "This page is due for review." not in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["lastReviewed"] == today.isoformat()
    assert data["reviewedBy"]["name"] == "Ravi Reviewer"


def test_a_new_approval_takes_over_the_stamp(overdue, author, second_reviewer, reviewer, client):
    confirm(overdue, second_reviewer)
    live = overdue.revisions.get()
    newer = services.revision_save(
        item=overdue, author=author, based_on=live, content=article_content(change_summary="Updated."),
        references=[reference(1)],
    )  # fmt: skip
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=reviewer)
    html = client.get("/articles/hormone-therapy-basics/").content.decode()
    assert "Reviewed by Rita Reviewer, MD, medical oncologist" in html


@pytest.mark.parametrize("confirmations", [1, 20])
def test_page_queries_stay_constant_with_confirmations(
    client, overdue, reviewer, second_reviewer, django_assert_max_num_queries, confirmations
):
    for n in range(confirmations):
        confirm(overdue, second_reviewer if n % 2 else make_user(f"r{n}", roles.CLINICAL_REVIEWERS, credentials="MD"))
    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        response = client.get("/articles/hormone-therapy-basics/")
    assert response.status_code == 200


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_notes_and_names_render_inert(client, overdue, second_reviewer, reviewer, payload):
    profile = second_reviewer.reviewer_profile
    profile.display_name, profile.credentials = payload[:120], payload[:200]
    profile.save()
    confirm(overdue, second_reviewer, note=payload)
    client.force_login(reviewer)
    for path in (f"/admin/articles/revision/item/{overdue.pk}/history/", "/admin/articles/reviewconfirmation/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert injected_markup(response.content.decode()) == [], path
    client.logout()
    assert injected_markup(client.get("/articles/hormone-therapy-basics/").content.decode()) == []


# --- The workspace ------------------------------------------------------------------------------------


def history_url(item):
    return reverse("admin:articles_item_history", args=[item.pk])


def test_reviewers_confirm_from_the_history_page(client, overdue, second_reviewer):
    client.force_login(second_reviewer)
    page = client.get(history_url(overdue)).content.decode()
    assert "Confirm: reviewed again, still correct" in page
    response = client.post(
        history_url(overdue),
        {"action": "confirm_review", "confirm-note": "Re-read against the 2026 label.", "confirm-next_review_due": ""},
        follow=True,
    )
    html = response.content.decode()
    assert "Recorded: reviewed again and still correct." in html
    assert "Re-read against the 2026 label." in html
    assert ReviewConfirmation.objects.get().reviewer == second_reviewer


def test_authors_see_no_confirm_form_and_a_forged_post_changes_nothing(client, overdue, second_author):
    client.force_login(second_author)
    assert "Confirm: reviewed again" not in client.get(history_url(overdue)).content.decode()
    response = client.post(history_url(overdue), {"action": "confirm_review", "confirm-note": "Fine."}, follow=True)
    assert response.status_code == 200
    assert "You do not have permission to confirm a review." in response.content.decode()
    assert not ReviewConfirmation.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"confirm-note": ""}, "This field is required."),
        ({"confirm-note": "Fine.", "confirm-next_review_due": "not a date"}, "Enter a valid date."),
        ({"confirm-note": "Fine.", "confirm-next_review_due": "2001-01-01"}, "must be due after today"),
        ({"confirm-note": "x" * 10_001}, "Ensure this value has at most 10000 characters"),
    ],
)
def test_bad_confirmations_are_explained_not_saved(client, overdue, second_reviewer, data, message):
    client.force_login(second_reviewer)
    response = client.post(history_url(overdue), {"action": "confirm_review", **data})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ReviewConfirmation.objects.exists()


def test_the_author_of_the_live_version_is_told_why_not(client, author_reviewer, reviewer, topic):
    item = publish(ContentKind.ARTICLE, "by-nora", author_reviewer, reviewer, article_content(), [reference(1)], topic)
    client.force_login(author_reviewer)
    response = client.post(history_url(item), {"action": "confirm_review", "confirm-note": "Mine, still fine."})
    assert response.status_code == 200
    assert "another reviewer must confirm it (four eyes)" in response.content.decode()
    assert not ReviewConfirmation.objects.exists()


def test_the_queue_lists_pages_due_soon_as_well_as_overdue(client, overdue, author, reviewer, topic):
    soon = publish(ContentKind.ARTICLE, "due-soon", author, reviewer, article_content(title="Due soon page"),
                   [reference(1)], topic)  # fmt: skip
    later = publish(ContentKind.ARTICLE, "due-later", author, reviewer, article_content(title="Due later page"),
                    [reference(1)], topic)  # fmt: skip
    today = timezone.localdate()
    ReviewedItem.objects.filter(pk=soon.pk).update(next_review_due=today + datetime.timedelta(days=10))
    ReviewedItem.objects.filter(pk=later.pk).update(next_review_due=today + datetime.timedelta(days=100))
    client.force_login(reviewer)
    html = client.get(reverse("admin:articles_review_queue")).content.decode()
    overdue_section = html[html.index('id="overdue-heading"') : html.index('id="due-soon-heading"')]
    due_soon_section = html[html.index('id="due-soon-heading"') : html.index('id="waiting-heading"')]
    assert "Hormone therapy for stage four breast cancer" in overdue_section
    assert "Published pages due for review within 30 days" in due_soon_section
    assert "Due soon page" in due_soon_section
    assert "Due later page" not in html


def test_the_admin_lists_filter_by_review_due(client, overdue, author, reviewer, topic):
    today = timezone.localdate()
    for slug, due in [("due-soon", 10), ("due-later", 100)]:
        item = publish(ContentKind.ARTICLE, slug, author, reviewer, article_content(), [reference(1)], topic)
        ReviewedItem.objects.filter(pk=item.pk).update(next_review_due=today + datetime.timedelta(days=due))
    services.item_create(
        kind=ContentKind.ARTICLE, slug="never-published", topic=topic, author=author, content=article_content(),
        references=[reference(1)],
    )  # fmt: skip
    client.force_login(reviewer)
    expected = {
        "overdue": "hormone-therapy-basics", "soon": "due-soon", "later": "due-later", "never": "never-published",
    }  # fmt: skip
    for value, slug in expected.items():
        html = client.get("/admin/articles/article/", {"review_due": value}).content.decode()
        shown = set(re.findall(r'<th class="field-slug"><a href="[^"]*">([a-z-]+)</a>', html))
        assert shown == {slug}, value
    page = client.get("/admin/articles/therapysummary/").content.decode()
    assert "Due within 30 days" in page
