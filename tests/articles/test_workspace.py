"""The reviewer workspace in the admin: every view and action, per role."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from articles import services
from articles.models import DecisionOutcome, ReviewedItem, ReviewerProfile, Revision, RevisionStatus
from tests.content import article_content, make_user, reference, save_edit
from tests.markup import XSS_PAYLOADS, injected_markup

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:{name}", args=args)


def edit_and_submit(revision, author, **changes):
    return services.revision_submit(revision=save_edit(revision, author, **changes), user=author)


# --- Who can open what ------------------------------------------------------------------------------


def workspace_urls(revision):
    return [
        url("articles_review_queue"),
        url("articles_revision_review", revision.pk),
        url("articles_revision_preview", revision.pk),
        url("articles_item_history", revision.item_id),
    ]


def test_anonymous_visitors_are_sent_to_the_login(client, in_review):
    for address in workspace_urls(in_review) + [url("articles_item_new", "article")]:
        response = client.get(address)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_directory_admins_see_none_of_it(client, in_review, directory_admin):
    client.force_login(directory_admin)
    for address in workspace_urls(in_review) + [url("articles_item_new", "article")]:
        assert client.get(address).status_code == 403, address


@pytest.mark.parametrize("who", ["author", "reviewer", "superuser"])
def test_authors_and_reviewers_open_the_workspace(request, client, in_review, who):
    client.force_login(request.getfixturevalue(who))
    for address in workspace_urls(in_review):
        assert client.get(address).status_code == 200, address


def test_reviewers_cannot_write(client, live, reviewer):
    client.force_login(reviewer)
    assert client.get(url("articles_item_new", "article")).status_code == 403
    assert client.get(url("articles_item_edit", live.item_id)).status_code == 403


# --- The queue --------------------------------------------------------------------------------------


def test_queue_lists_overdue_pages_first_then_oldest_submissions(client, live, author, topic, reviewer):
    later = services.item_create(
        kind="article", slug="later", topic=topic, author=author,
        content=article_content(title="Submitted later"), references=[reference(1)],
    )  # fmt: skip
    services.revision_submit(revision=later, user=author)
    overdue_edit = edit_and_submit(live, author, title="Edit of an overdue page")
    ReviewedItem.objects.filter(pk=live.item_id).update(next_review_due=datetime.date(2020, 1, 1))
    client.force_login(reviewer)
    html = client.get(url("articles_review_queue")).content.decode()
    assert html.index("Edit of an overdue page") < html.index("Submitted later")
    assert "Published pages overdue for review" in html
    assert live.title in html
    assert url("articles_revision_review", overdue_edit.pk) in html


def test_authors_see_their_drafts_and_the_reviewers_comments(client, in_review, author, reviewer):
    services.revision_request_changes(revision=in_review, reviewer=reviewer, comment="Please cite the label.")
    client.force_login(author)
    html = client.get(url("articles_review_queue")).content.decode()
    assert "Your drafts and versions sent back to you" in html
    assert "Please cite the label." in html
    assert "Changes requested" in html


@pytest.mark.parametrize("size", [1, 30])
def test_queue_queries_do_not_grow_with_the_queue(client, author, reviewer, topic, size, django_assert_max_num_queries):
    for n in range(size):
        revision = services.item_create(
            kind="article", slug=f"page-{n}", topic=topic, author=author, content=article_content(),
            references=[reference(1)],
        )  # fmt: skip
        services.revision_submit(revision=revision, user=author)
    client.force_login(reviewer)
    with django_assert_max_num_queries(12):
        response = client.get(url("articles_review_queue"))
    assert response.content.decode().count("/review/") >= size


# --- The revision page ------------------------------------------------------------------------------


def test_first_version_says_new_page_and_frames_the_patient_view(client, in_review, reviewer):
    client.force_login(reviewer)
    html = client.get(url("articles_revision_review", in_review.pk)).content.decode()
    assert "New page: everything is new" in html
    assert f'src="{url("articles_revision_preview", in_review.pk)}"' in html
    assert "Approve and publish" in html
    assert "Send back to the author" in html


def test_the_diff_against_live_shows_words_removed_and_added(client, live, author, reviewer):
    newer = edit_and_submit(
        live, author, body="## What it is\n\nHormone therapy blocks estrogen [1].", hr_status=["positive", "negative"]
    )
    client.force_login(reviewer)
    html = client.get(url("articles_revision_review", newer.pk)).content.decode()
    assert "What changed since version 1" in html
    assert "Hormone therapy <del>lowers or </del>blocks estrogen" in html
    assert "<ins>" in html
    assert "<ins>Hormone receptor negative (HR−)</ins>" in html


def test_diff_shows_reference_changes(client, live, author, reviewer):
    content, _, medicines = services.revision_content(live)
    newer = services.revision_save(
        item=live.item, author=author, based_on=live, content=content,
        references=[reference(1, title="A corrected title"), reference(2)],
    )  # fmt: skip
    client.force_login(reviewer)
    html = client.get(url("articles_revision_review", newer.pk)).content.decode()
    assert "Reference 1" in html
    assert "<del>Source number 1 </del><ins>A corrected title </ins>" in html
    assert "Reference 2" in html


def test_an_author_never_sees_a_decide_button(client, in_review, author):
    client.force_login(author)
    html = client.get(url("articles_revision_review", in_review.pk)).content.decode()
    assert "Approve and publish" not in html
    assert "Send back to the author" not in html


def test_an_author_reviewer_is_told_before_trying_that_four_eyes_applies(client, author_reviewer, topic):
    revision = services.item_create(
        kind="article", slug="nurse", topic=topic, author=author_reviewer, content=article_content(),
        references=[reference(1)],
    )  # fmt: skip
    services.revision_submit(revision=revision, user=author_reviewer)
    client.force_login(author_reviewer)
    html = client.get(url("articles_revision_review", revision.pk)).content.decode()
    assert "You cannot approve this version:" in html
    assert "four eyes" in html
    assert "Approve and publish" not in html
    # And if they post anyway, nothing is published.
    response = client.post(url("articles_revision_review", revision.pk), {"action": "approve"}, follow=True)
    assert "four eyes" in response.content.decode()
    assert ReviewedItem.objects.get(pk=revision.item_id).live_revision is None


def test_submit_approve_and_send_back_through_the_page(client, draft, author, reviewer, second_reviewer):
    client.force_login(author)
    response = client.post(url("articles_revision_review", draft.pk), {"action": "submit"}, follow=True)
    assert "Submitted for review" in response.content.decode()
    assert Revision.objects.get(pk=draft.pk).status == RevisionStatus.IN_REVIEW

    client.force_login(reviewer)
    response = client.post(
        url("articles_revision_review", draft.pk),
        {"action": "approve", "approve-comment": "Accurate.", "approve-next_review_due": ""},
        follow=True,
    )
    assert "Approved: this version is now what patients see." in response.content.decode()
    assert ReviewedItem.objects.get(pk=draft.item_id).live_revision_id == draft.pk

    newer = edit_and_submit(Revision.objects.get(pk=draft.pk), author, title="Second try")
    client.force_login(second_reviewer)
    response = client.post(url("articles_revision_review", newer.pk), {"action": "request_changes"})
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert Revision.objects.get(pk=newer.pk).status == RevisionStatus.IN_REVIEW
    client.post(url("articles_revision_review", newer.pk), {"action": "request_changes", "changes-comment": "No."})
    assert Revision.objects.get(pk=newer.pk).decision.outcome == DecisionOutcome.CHANGES_REQUESTED


def test_a_second_decision_is_refused_with_who_decided(client, in_review, reviewer, second_reviewer):
    services.revision_approve(revision=in_review, reviewer=reviewer)
    client.force_login(second_reviewer)
    response = client.post(url("articles_revision_review", in_review.pk), {"action": "approve"}, follow=True)
    assert "already decided by Rita Reviewer" in response.content.decode()


def test_preview_is_framable_only_by_our_own_pages_and_marked_unreviewed(client, in_review, reviewer):
    client.force_login(reviewer)
    response = client.get(url("articles_revision_preview", in_review.pk))
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    html = response.content.decode()
    assert "Staff preview of version 1 (In review)" in html
    assert "Not reviewed yet: patients cannot see this version." in html
    assert in_review.title in html
    # Public pages still refuse to be framed.
    assert "frame-ancestors 'none'" in client.get("/").headers["Content-Security-Policy"]


# --- History, restore, withdraw ---------------------------------------------------------------------


def test_history_lists_every_version_and_restores_one(client, live, author, second_reviewer):
    newer = edit_and_submit(live, author, title="Worse title")
    services.revision_approve(revision=newer, reviewer=second_reviewer)
    client.force_login(author)
    html = client.get(url("articles_item_history", live.item_id)).content.decode()
    assert "Version 1" in html
    assert "Version 2" in html
    assert "Superseded" in html
    response = client.post(url("articles_item_history", live.item_id), {"action": "restore", "revision": live.pk})
    restored = Revision.objects.get(item=live.item, number=3)
    assert response["Location"] == url("articles_revision_review", restored.pk)
    assert restored.title == live.title
    assert restored.status == RevisionStatus.DRAFT


def test_restoring_a_forged_version_number_is_not_found_not_a_server_error(client, live, author):
    client.force_login(author)
    for forged in ["abc", "", "1.5", "¹", "-1", "99999999999999999999"]:
        response = client.post(url("articles_item_history", live.item_id), {"action": "restore", "revision": forged})
        assert response.status_code == 404, forged
    assert Revision.objects.filter(item=live.item).count() == 1


def test_withdraw_from_the_history_page(client, live, reviewer, author):
    client.force_login(author)
    assert "Withdraw this page" not in client.get(url("articles_item_history", live.item_id)).content.decode()
    client.force_login(reviewer)
    response = client.post(url("articles_item_history", live.item_id), {"action": "withdraw", "reason": ""})
    assert "This field is required" in response.content.decode()
    client.post(
        url("articles_item_history", live.item_id),
        {"action": "withdraw", "reason": "Label changed.", "next_url": "javascript:alert(1)"},
    )
    assert ReviewedItem.objects.get(pk=live.item_id).live_revision_id == live.pk
    client.post(url("articles_item_history", live.item_id), {"action": "withdraw", "reason": "Label changed."})
    assert client.get("/articles/hormone-therapy-basics/").status_code == 410


def test_an_author_cannot_withdraw_by_posting(client, live, author):
    client.force_login(author)
    client.post(url("articles_item_history", live.item_id), {"action": "withdraw", "reason": "Mine."})
    assert ReviewedItem.objects.get(pk=live.item_id).live_revision_id == live.pk


# --- Writing ------------------------------------------------------------------------------------------


def editor_post(topic=None, **overrides):
    data = {
        "title": "Radiation for bone pain",
        "summary": "- Radiation can ease pain [1].",
        "body": "## Why\n\nIt can ease pain [1].",
        "change_summary": "First version.",
        "references-TOTAL_FORMS": "2",
        "references-INITIAL_FORMS": "0",
        "references-MIN_NUM_FORMS": "0",
        "references-MAX_NUM_FORMS": "200",
        "references-0-title": "Radiation therapy",
        "references-0-url": "https://www.cancer.gov/radiation",
    }
    if topic:
        data.update(slug="radiation-bone-pain", topic=topic.pk)
    data.update(overrides)
    return data


def test_an_author_writes_a_new_article_with_references(client, author, topic):
    client.force_login(author)
    assert client.get(url("articles_item_new", "article")).status_code == 200
    response = client.post(url("articles_item_new", "article"), editor_post(topic))
    revision = Revision.objects.get(item__slug="radiation-bone-pain")
    assert response["Location"] == url("articles_revision_review", revision.pk)
    assert revision.author == author
    assert revision.status == RevisionStatus.DRAFT
    assert [r.title for r in revision.references.all()] == ["Radiation therapy"]


def test_the_editor_shows_the_services_refusals_and_saves_nothing(client, author, topic):
    client.force_login(author)
    response = client.post(url("articles_item_new", "article"), editor_post(topic, body="Claim [3]."))
    assert response.status_code == 200
    assert "cites [3] but there is no such reference" in response.content.decode()
    response = client.post(
        url("articles_item_new", "article"), editor_post(topic, **{"references-0-url": "javascript:alert(1)"})
    )
    assert "Enter a valid URL" in response.content.decode()
    assert not ReviewedItem.objects.articles().exists()


def test_editing_from_a_stale_form_is_refused(client, draft, author, second_author):
    client.force_login(author)
    form_page = client.get(url("articles_item_edit", draft.item_id))
    assert form_page.context["form"].initial["based_on"] == draft.pk
    content, references, _ = services.revision_content(draft)
    services.revision_save(item=draft.item, author=second_author, based_on=draft, content=content,
                           references=references)  # fmt: skip
    response = client.post(url("articles_item_edit", draft.item_id), editor_post(based_on=draft.pk))
    assert "changed after you opened it" in response.content.decode()
    assert draft.item.revisions.count() == 2


def test_editing_the_latest_version_makes_a_new_draft(client, live, author):
    client.force_login(author)
    response = client.post(
        url("articles_item_edit", live.item_id), editor_post(based_on=live.pk, change_summary="Clearer.")
    )
    newer = Revision.objects.get(item=live.item, number=2)
    assert response["Location"] == url("articles_revision_review", newer.pk)
    assert ReviewedItem.objects.get(pk=live.item_id).live_revision_id == live.pk


# --- Notifications ------------------------------------------------------------------------------------


def test_submitting_tells_the_reviewers_but_not_the_author(draft, author, reviewer, second_reviewer,
                                                            django_capture_on_commit_callbacks):  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        services.revision_submit(revision=draft, user=author)
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["ravi-reviewer@example.org", "rita-reviewer@example.org"]
    message = mail.outbox[0]
    assert "Waiting for review: Hormone therapy for stage four breast cancer (version 1)" == message.subject
    assert url("articles_revision_review", draft.pk) in message.body


def test_decisions_tell_the_author(in_review, reviewer, author, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.revision_request_changes(revision=in_review, reviewer=reviewer, comment="Cite the label.")
    assert [m.to for m in mail.outbox] == [[author.email]]
    assert mail.outbox[0].subject.startswith("Changes requested:")
    assert "Cite the label." in mail.outbox[0].body


def test_an_approval_tells_the_author(in_review, reviewer, author, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.revision_approve(revision=in_review, reviewer=reviewer)
    assert mail.outbox[0].subject.startswith("Approved and published:")
    assert mail.outbox[0].to == [author.email]


def test_a_refused_action_sends_nothing(in_review, author, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(Exception):  # noqa: B017, PT011
        services.revision_approve(revision=in_review, reviewer=author)
    assert mail.outbox == []


def test_weekly_digest_emails_overdue_pages_to_reviewers(live, reviewer):
    from django.core.management import call_command

    ReviewedItem.objects.filter(pk=live.item_id).update(next_review_due=datetime.date(2020, 1, 1))
    call_command("review_due", "--email")
    assert [m.to for m in mail.outbox] == [[reviewer.email]]
    assert "OVERDUE since 2020-01-01" in mail.outbox[0].body
    assert url("articles_item_history", live.item_id) in mail.outbox[0].body


# --- Reviewer profiles --------------------------------------------------------------------------------


def test_only_verified_reviewers_can_approve(in_review):
    from django.core.exceptions import ValidationError

    from portal import roles

    unverified = make_user("new-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD", verified=False)
    with pytest.raises(ValidationError, match="not been verified"):
        services.revision_approve(revision=in_review, reviewer=unverified)
    # Sending back publishes nothing, so an unverified reviewer may do it.
    services.revision_request_changes(revision=in_review, reviewer=unverified, comment="Needs sources.")


def test_verification_is_by_someone_else_and_new_credentials_need_it_again(superuser, reviewer):
    from django.core.exceptions import PermissionDenied, ValidationError

    profile = ReviewerProfile.objects.get(user=reviewer)
    with pytest.raises(PermissionDenied):
        services.reviewer_profile_verify(profile=profile, user=reviewer)
    own = ReviewerProfile.objects.get(user=superuser)
    with pytest.raises(ValidationError, match="Somebody else"):
        services.reviewer_profile_verify(profile=own, user=superuser)
    profile.credentials = "MD, PhD"
    services.reviewer_profile_save(profile=profile, user=superuser, changed_fields=["credentials"])
    assert not ReviewerProfile.objects.get(pk=profile.pk).is_verified
    services.reviewer_profile_verify(profile=profile, user=superuser)
    profile.refresh_from_db()
    assert profile.is_verified
    assert profile.credentials_verified_by == superuser


def test_verify_action_in_the_admin(client, superuser, reviewer):
    profile = ReviewerProfile.objects.get(user=reviewer)
    ReviewerProfile.objects.filter(pk=profile.pk).update(credentials_verified_at=None)
    client.force_login(superuser)
    client.post("/admin/articles/reviewerprofile/", {"action": "verify_credentials", "_selected_action": [profile.pk]})
    assert ReviewerProfile.objects.get(pk=profile.pk).credentials_verified_by == superuser


def test_staff_search_finds_drafts_by_their_words_and_the_public_search_does_not(client, author, topic):
    revision = services.item_create(
        kind="article", slug="zoledronic-draft", author=author, topic=topic,
        content=article_content(title="Bone strengthening",
                                body="## Bones\n\nZoledronic infusions strengthen bones [1]."),
        references=[reference(1)],
    )  # fmt: skip
    client.force_login(author)
    found = client.get("/admin/articles/revision/", {"q": "zoledronic infusions"})
    assert found.status_code == 200
    assert f"/admin/articles/revision/{revision.pk}/" in found.content.decode()
    client.logout()
    public = client.get("/search/", {"q": "zoledronic infusions"})
    assert public.context["results"].total == 0


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_text_is_inert_on_every_workspace_page(client, live, author, reviewer, payload):
    """What an author types reaches reviewers' screens (queue, diff, preview, history, editor and the
    admin lists) only as text: never as markup that could run in a reviewer's signed-in browser."""
    newer = edit_and_submit(live, author, title=f"Title {payload}", summary=payload,
                            body=f"## Part\n\n{payload} [1]", change_summary=payload)  # fmt: skip
    client.force_login(reviewer)
    pages = [
        url("articles_review_queue"), url("articles_revision_review", newer.pk),
        url("articles_revision_preview", newer.pk), url("articles_item_history", newer.item_id),
        "/admin/articles/revision/", f"/admin/articles/revision/?q={payload[:10]}",
    ]  # fmt: skip
    pages_for_author = [url("articles_item_edit", newer.item_id)]
    for user, paths in ((reviewer, pages), (author, pages_for_author)):
        client.force_login(user)
        for path in paths:
            html = client.get(path).content.decode()
            assert injected_markup(html) == [], path
