"""Migration articles 0010: existing topics get reviewed text, as a draft a reviewer can check."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("articles", "0008_revision_title_index")]
AFTER = [("articles", "0010_reviewed_topics")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture(autouse=True)
def latest_schema_afterwards():
    """The tests after this one need every migration, not only those up to 0010."""
    yield
    executor = MigrationExecutor(connection)
    migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the roles survive
def test_existing_topics_get_an_item_and_a_draft_of_todays_text():
    old = migrate(BEFORE)
    try:
        User = old.get_model("auth", "User")
        User.objects.create(username="first-staff", is_staff=True, password="!")
        admin = User.objects.create(username="first-admin", is_superuser=True, is_staff=True, password="!")
        User.objects.create(username="later-admin", is_superuser=True, is_staff=True, password="!")
        OldTopic = old.get_model("articles", "Topic")
        OldTopic.objects.create(slug="surgery", title="Surgery", summary="When an operation may help.", position=2)
        OldTopic.objects.create(slug="clinical-trials", title="Clinical trials", summary="", position=1)
    finally:
        new = migrate(AFTER)

    Topic = new.get_model("articles", "Topic")
    Group = new.get_model("auth", "Group")
    for topic in Topic.objects.select_related("item"):
        revision = topic.item.revisions.get()
        assert (topic.item.kind, topic.item.slug, topic.item.live_revision_id) == ("topic", topic.slug, None)
        assert (revision.number, revision.status, revision.author_id) == (1, "draft", admin.pk)
        assert (revision.title, revision.summary) == (topic.title, topic.summary)
    assert Topic.objects.get(slug="surgery").item.revisions.get().rendered_html["summary"] == (
        "<p>When an operation may help.</p>"
    )
    # The text the pages show stays as it was until a reviewer approves it; only its order may change.
    assert list(Topic.objects.order_by("position").values_list("title", flat=True)) == ["Clinical trials", "Surgery"]
    with connection.cursor() as cursor:
        cursor.execute("UPDATE articles_topic SET position = 7 WHERE slug = 'surgery'")
    authors = Group.objects.get(name="Authors").permissions.values_list("codename", flat=True)
    reviewers = Group.objects.get(name="Clinical reviewers").permissions.values_list("codename", flat=True)
    assert not {"add_topic", "change_topic"} & set(authors)
    assert "change_topic" in reviewers
