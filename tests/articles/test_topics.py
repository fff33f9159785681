"""Topic titles and summaries are reviewed content: nothing a reader sees reaches them unapproved.

Issue 20 found a topic's summary changed in the admin by an author and public at once ("This
miracle cure works for 90% of patients."). A topic's text is now an item of kind "topic" with
revisions; the `Topic` row the public pages read is the copy of its approved live revision, written
only by the approval, and a database trigger refuses any other text in it.
"""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.test import RequestFactory
from django.urls import reverse

from articles import lint, services
from articles.models import ContentKind, ReviewedItem, RevisionStatus, Topic, TopicText
from portal import roles
from tests.content import article_content, make_topic, publish, reference, save_edit

pytestmark = pytest.mark.django_db

MIRACLE = "This miracle cure works for 90% of patients."


def topic_text(slug="radiation-therapy", title="Radiation therapy", summary="Treating one area with radiation."):
    return {"title": title, "summary": summary, "change_summary": "First version."}


def public_text(client, topic_slug="hormone-therapy") -> str:
    return client.get("/").content.decode() + client.get(f"/topics/{topic_slug}/").content.decode()


# --- The attack from the issue ----------------------------------------------------------------------


def test_an_author_cannot_put_text_on_the_topic_page_or_home_page_without_an_approval(
    client, topic, author, reviewer, superuser
):
    change_url = reverse("admin:articles_topic_change", args=[topic.pk])
    form = {"slug": topic.slug, "title": "Hormone therapy", "summary": MIRACLE, "position": "1"}

    # The author may not change topics in the admin at all; staff who may reorder them cannot
    # change the text there either: the form has no such field, so the posted summary is ignored.
    staff = client
    staff.force_login(author)
    assert staff.post(change_url, form).status_code == 403
    for user in (reviewer, superuser):
        staff.force_login(user)
        response = staff.post(change_url, form)
        assert response.status_code == 302, user
        assert MIRACLE not in staff.get(change_url).content.decode()
    staff.logout()
    assert MIRACLE not in public_text(client)

    # Nor by the ORM (a bulk update) or raw SQL: the database refuses text that is not approved.
    with pytest.raises(IntegrityError, match="approved live revision"), transaction.atomic():
        Topic.objects.filter(pk=topic.pk).update(summary=MIRACLE)
    with pytest.raises(IntegrityError, match="approved live revision"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE articles_topic SET summary = %s WHERE id = %s", [MIRACLE, topic.pk])
    with pytest.raises(IntegrityError, match="approved live revision"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO articles_topic (slug, title, summary, position, item_id) VALUES (%s, %s, %s, 9, NULL)",
                ["miracle", "Miracle cures", MIRACLE],
            )
    assert MIRACLE not in public_text(client)

    # The one way: a revision, which the editorial check flags and a second person must approve.
    draft = save_edit(topic.item.live_revision, author, summary=MIRACLE, change_summary="Stronger claim.")
    services.revision_submit(revision=draft, user=author)
    assert MIRACLE not in public_text(client)  # in review: the approved text stays live
    findings = services.revision_findings(draft)
    assert {finding.rule for finding in lint.errors(findings)} == {"unsourced-statistic", "advertising"}
    with pytest.raises(ValidationError, match="editorial errors"):
        services.revision_approve(revision=draft, reviewer=reviewer)
    assert MIRACLE not in public_text(client)


def test_the_trigger_lets_only_the_position_change_without_an_approval(topic):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE articles_topic SET position = 5 WHERE id = %s", [topic.pk])
    topic.refresh_from_db()
    assert topic.position == 5
    for column, value in (("title", "Hormone treatments"), ("slug", "hormones"), ("item_id", None)):
        with pytest.raises(IntegrityError, match="approved live revision"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"UPDATE articles_topic SET {column} = %s WHERE id = %s", [value, topic.pk])  # noqa: S608


# --- Every model whose text readers see ------------------------------------------------------------

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField, ArrayField)
# Directory listings are edited directly by directory admins, by design (issue 20); accounts,
# two-factor devices, sign-in records and the audit trail are never shown to readers.
NOT_PUBLIC_APPS = {"resources", "auth", "contenttypes", "sessions", "admin", "axes", "otp_totp", "otp_static",
                   "pghistory", "pgtrigger", "staticfiles", "messages", "sitemaps", "crispy_forms",
                   "crispy_bootstrap5", "django_otp", "csp", "whitenoise"}  # fmt: skip


def reader_facing_models() -> list[type[models.Model]]:
    found = []
    for model in apps.get_models():
        if model._meta.app_label in NOT_PUBLIC_APPS or model.__name__.endswith("Event"):  # pghistory's copies
            continue
        if any(isinstance(field, TEXT_FIELDS) for field in model._meta.concrete_fields):
            found.append(model)
    return found


def test_the_walk_finds_every_kind_of_reviewed_text():
    found = {model._meta.label for model in reader_facing_models()}
    expected = {"articles.Topic", "articles.ReviewedItem", "articles.Article", "articles.TherapySummary",
                "articles.GlossaryTerm", "articles.TopicText", "articles.Revision", "articles.Reference",
                "articles.ReviewerProfile", "articles.ReviewDecision", "portal.SearchDocument"}  # fmt: skip
    assert expected <= found


def test_authors_may_add_or_change_no_model_whose_text_readers_see(rf: RequestFactory, author):
    """Authors write only through the services, whose drafts nobody reads until a second person
    approves them: neither their role nor any admin page lets them change reader-facing rows."""
    authors = Group.objects.get(name=roles.AUTHORS)
    request = rf.get("/admin/")
    request.user = author
    for model in reader_facing_models():
        label, name = model._meta.app_label, model._meta.model_name
        granted = Permission.objects.filter(
            group=authors, content_type__app_label=label, codename__in=[f"add_{name}", f"change_{name}"]
        )
        assert not granted.exists(), f"Authors may {list(granted.values_list('codename', flat=True))}"
        assert not author.has_perm(f"{label}.add_{name}"), model
        assert not author.has_perm(f"{label}.change_{name}"), model
        model_admin = admin.site._registry.get(model)
        if model_admin is not None:
            assert not model_admin.has_add_permission(request), model
            assert not model_admin.has_change_permission(request), model


# --- The workflow, for topics -----------------------------------------------------------------------


def test_a_new_topic_is_public_only_once_a_second_person_approves_it(client, author, author_reviewer, reviewer):
    draft = services.item_create(kind=ContentKind.TOPIC, slug="radiation-therapy", author=author_reviewer,
                                 content=topic_text())  # fmt: skip
    assert not Topic.objects.exists()
    assert client.get("/topics/radiation-therapy/").status_code == 404
    services.revision_submit(revision=draft, user=author_reviewer)
    with pytest.raises(ValidationError, match="four eyes"):
        services.revision_approve(revision=draft, reviewer=author_reviewer)
    assert client.get("/topics/radiation-therapy/").status_code == 404

    services.revision_approve(revision=draft, reviewer=reviewer)
    topic = Topic.objects.get()
    assert (topic.slug, topic.title, topic.summary, topic.item_id) == (
        "radiation-therapy", "Radiation therapy", "Treating one area with radiation.", draft.item_id,
    )  # fmt: skip
    page = client.get("/topics/radiation-therapy/").content.decode()
    assert "<h1>Radiation therapy</h1>" in page
    assert "Treating one area with radiation." in page
    assert "Radiation therapy" in client.get("/").content.decode()
    assert TopicText.objects.get().get_absolute_url() == "/topics/radiation-therapy/"

    # A new version in review leaves the approved text live; its approval replaces it.
    newer = save_edit(draft, author, title="Radiation treatment", change_summary="Plainer title.")
    services.revision_submit(revision=newer, user=author)
    assert "Radiation treatment" not in client.get("/topics/radiation-therapy/").content.decode()
    services.revision_approve(revision=newer, reviewer=reviewer)
    assert "<h1>Radiation treatment</h1>" in client.get("/topics/radiation-therapy/").content.decode()
    draft.refresh_from_db()
    assert draft.status == RevisionStatus.SUPERSEDED
    assert [(event.title, event.pgh_label) for event in topic.events.order_by("pgh_id")] == [
        ("Radiation therapy", "insert"), ("Radiation treatment", "update"),
    ]  # fmt: skip


def test_a_topic_revision_holds_a_title_and_a_plain_summary_only(author):
    for content, message in [
        ({**topic_text(), "body": "Text"}, "do not belong"),
        (topic_text(title="x" * 121), "at most 120 characters"),
        (topic_text(summary="x" * 301), "at most 300 characters"),
        (topic_text(summary="One line.\nTwo lines."), "one paragraph"),
        (topic_text(summary=""), "summary"),
    ]:
        with pytest.raises(ValidationError, match=message):
            services.item_create(kind=ContentKind.TOPIC, slug="radiation-therapy", author=author, content=content)
    assert not ReviewedItem.objects.topics().exists()


def test_withdrawing_a_topic_takes_its_page_down_until_a_new_approval(client, topic, live, author, reviewer):
    with pytest.raises(ValidationError, match="still has pages"):
        services.item_withdraw(item=topic.item, user=reviewer, reason="Merged.")
    empty = make_topic("surgery", "Surgery", author, reviewer)
    services.item_withdraw(item=empty.item, user=reviewer, reason="Merged into treatment options.")
    response = client.get("/topics/surgery/")
    assert response.status_code == 410
    assert "Merged into treatment options." in response.content.decode()
    assert "/topics/surgery/" not in client.get("/").content.decode()

    again = save_edit(empty.item.revisions.get(number=1), author, change_summary="Back again.")
    services.revision_submit(revision=again, user=author)
    services.revision_approve(revision=again, reviewer=reviewer)
    assert client.get("/topics/surgery/").status_code == 200


def test_articles_belong_only_to_published_topics(author, topic):
    with pytest.raises(ValidationError, match="does not belong to another topic"):
        services.item_create(kind=ContentKind.TOPIC, slug="x", author=author, content=topic_text(), topic=topic)
    field = ReviewedItem._meta.get_field("topic")
    assert field.related_model is Topic  # the published row: a topic exists only once approved


def test_editors_reorder_topics_in_the_admin_and_are_audited(client, topic, author, reviewer):
    other = make_topic("surgery", "Surgery", author, reviewer, position=2)
    client.force_login(reviewer)
    changelist = client.get(reverse("admin:articles_topic_changelist")).content.decode()
    assert reverse("admin:articles_item_history", args=[topic.item_id]) in changelist  # "History and edit"
    response = client.post(
        reverse("admin:articles_topic_change", args=[other.pk]),
        {"position": "0", "title": "Ignored", "summary": "Ignored", "slug": "ignored"},
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert (other.position, other.title, other.slug) == (0, "Surgery", "surgery")
    assert other.events.order_by("-pgh_id").first().pgh_context.metadata["action"] == "topic_move"
    home = client.get("/").content.decode()
    assert home.index('id="topic-surgery"') < home.index('id="topic-hormone-therapy"')
    assert client.get(reverse("admin:articles_topic_add")).status_code == 403  # written in the workspace
    assert client.get(reverse("admin:articles_topic_delete", args=[other.pk])).status_code == 403


def test_authors_write_topics_in_the_workspace_without_references(client, author):
    client.force_login(author)
    new_url = reverse("admin:articles_item_new", args=["topic"])
    editor = client.get(new_url).content.decode()
    assert 'name="summary"' in editor
    assert "references-TOTAL_FORMS" not in editor
    assert 'name="body"' not in editor
    response = client.post(new_url, {"slug": "surgery", **topic_text(title="Surgery", summary="When it helps.")})
    assert response.status_code == 302, response.content.decode()
    revision = ReviewedItem.objects.topics().get(slug="surgery").revisions.get()
    assert (revision.title, revision.summary, revision.status) == ("Surgery", "When it helps.", RevisionStatus.DRAFT)
    preview = client.get(reverse("admin:articles_revision_preview", args=[revision.pk])).content.decode()
    assert "<h1>Surgery</h1>" in preview
    assert "When it helps." in preview
    review = client.get(reverse("admin:articles_revision_review", args=[revision.pk]))
    assert review.status_code == 200
    # An edit of a topic made elsewhere is refused with a clear message, not saved.
    edit = client.post(reverse("admin:articles_item_edit", args=[revision.item_id]),
                       {**topic_text(summary="Two\nlines."), "based_on": revision.pk})  # fmt: skip
    assert edit.status_code == 200
    assert "one paragraph of plain text" in edit.content.decode()


def test_topic_text_renders_inert(client, author, reviewer):
    payload = '"><img src=x onerror=alert(1)> <script>alert(1)</script>'
    topic = make_topic("hostile", payload, author, reviewer, summary=payload)
    publish(ContentKind.ARTICLE, "in-hostile", author, reviewer, article_content(), [reference(1)], topic)
    for url in ("/", "/topics/hostile/", "/articles/in-hostile/"):
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html, url
        assert "<img src=x" not in html, url
