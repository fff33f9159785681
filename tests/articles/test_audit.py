"""Every change to reviewed content lands in the audit trail, with who did it."""

import pghistory.models
import pytest
from django.db import connection, transaction

from articles import services
from articles.models import ReviewedItem, Revision
from tests.content import make_topic

pytestmark = pytest.mark.django_db


def events_for(model, pk):
    # One test runs in one transaction, so every event has the same timestamp: compare sets, not order.
    return list(pghistory.models.Events.objects.tracks(model.objects.get(pk=pk)))


def test_service_actions_are_recorded_with_the_acting_user(live, author, reviewer):
    labels = [(event.pgh_label, (event.pgh_context or {}).get("user")) for event in events_for(Revision, live.pk)]
    assert ("insert", author.pk) in labels
    assert ("update", author.pk) in labels  # submitted
    assert ("update", reviewer.pk) in labels  # approved
    item_events = events_for(ReviewedItem, live.item_id)
    approval = [e for e in item_events if (e.pgh_context or {}).get("action") == "revision_approve"]
    assert approval
    assert approval[0].pgh_data["live_revision_id"] == live.pk


def test_bulk_updates_and_raw_sql_are_recorded_too(live):
    ReviewedItem.objects.filter(pk=live.item_id).update(review_interval_months=6)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE articles_revieweditem SET review_interval_months = 3 WHERE id = %s", [live.item_id])
    intervals = {event.pgh_data["review_interval_months"] for event in events_for(ReviewedItem, live.item_id)}
    assert {6, 3} <= intervals


def test_deletes_are_recorded(author, reviewer):
    topic = make_topic("temporary", "Temporary", author, reviewer)
    topic_id = topic.pk
    services.item_withdraw(item=topic.item, user=reviewer, reason="Merged into another topic.")  # deletes the row
    labels = list(
        pghistory.models.Events.objects.filter(pgh_obj_model="articles.Topic", pgh_obj_id=str(topic_id)).values_list(
            "pgh_label", flat=True
        )
    )
    assert sorted(labels) == ["delete", "insert"]


def test_admin_actions_record_the_staff_user(client, draft, author):
    client.force_login(author)
    response = client.post(
        "/admin/articles/revision/", {"action": "submit_for_review", "_selected_action": [draft.pk]}, follow=True
    )
    assert response.status_code == 200
    assert Revision.objects.get(pk=draft.pk).status == "in_review"
    submitted = [e for e in events_for(Revision, draft.pk) if e.pgh_data["status"] == "in_review"]
    assert submitted[0].pgh_context["user"] == author.pk
    assert submitted[0].pgh_context["url"] == "/admin/articles/revision/"


def test_admin_action_refusals_are_shown_and_change_nothing(client, draft, reviewer):
    client.force_login(reviewer)  # a reviewer does not write or submit
    response = client.post(
        "/admin/articles/revision/", {"action": "submit_for_review", "_selected_action": [draft.pk]}, follow=True
    )
    assert "You do not have permission to submit content for review." in response.content.decode()
    assert Revision.objects.get(pk=draft.pk).status == "draft"


def test_there_is_no_bulk_approval_in_the_admin(client, in_review, reviewer):
    """Approval happens one version at a time, on the version's own review screen."""
    client.force_login(reviewer)
    page = client.get("/admin/articles/revision/").content.decode()
    assert 'value="submit_for_review"' in page
    assert 'value="approve"' not in page
    response = client.post(
        "/admin/articles/revision/", {"action": "approve", "_selected_action": [in_review.pk]}, follow=True
    )
    assert response.status_code == 200
    assert ReviewedItem.objects.get(pk=in_review.item_id).live_revision_id is None
    assert Revision.objects.get(pk=in_review.pk).status == "in_review"


def test_services_work_without_a_request(in_review, second_reviewer):
    services.revision_approve(revision=in_review, reviewer=second_reviewer)
    approved = [e for e in events_for(Revision, in_review.pk) if e.pgh_data["status"] == "approved"]
    assert approved[0].pgh_context["action"] == "revision_approve"
    assert approved[0].pgh_context["user"] == second_reviewer.pk
