"""Topic titles and summaries become reviewed content (issue 20).

A topic's text is now a reviewed item of kind "topic" with revisions like any page; the `Topic` row
keeps the copy of its approved live revision that public pages read, and a trigger refuses any other
text in it. Each existing topic gets its item with revision 1, a draft holding today's text, by the
earliest superuser (or the earliest user), for a reviewer to check: until then the pages keep
showing that text, as before. Authors no longer change topics directly; clinical reviewers (and
superusers) may change the order in which topics are listed.
"""

import django.db.models.deletion
import pghistory
import pgtrigger.compiler
import pgtrigger.migrations
from django.contrib.auth.hashers import make_password
from django.db import migrations, models
from django.utils import timezone
from django.utils.html import escape

from portal.migration_helpers import grant_permissions, revoke_permissions

# Names copied, not imported: a migration must keep working when the code changes.
GRANTS = {"Clinical reviewers": ["change_topic"]}  # the order of topics, never their text
REVOKED = {"Authors": ["add_topic", "change_topic"]}  # authors write topic text as revisions
MARKDOWN_FIELDS = (
    "summary", "body", "how_it_works", "who_it_is_for", "common_side_effects", "serious_side_effects",
    "questions_to_ask",
)  # fmt: skip


def give_existing_topics_reviewed_text(apps, schema_editor):
    Topic = apps.get_model("articles", "Topic")
    ReviewedItem = apps.get_model("articles", "ReviewedItem")
    Revision = apps.get_model("articles", "Revision")
    User = apps.get_model("auth", "User")
    topics = list(Topic.objects.filter(item__isnull=True).order_by("position", "pk"))
    if not topics:
        return
    author = (
        User.objects.filter(is_superuser=True).order_by("date_joined", "pk").first()
        or User.objects.order_by("date_joined", "pk").first()
        # Topics but no user at all (loaded from a fixture): an account that cannot sign in is the author.
        or User.objects.create(username="topics-before-review", is_active=False, password=make_password(None))
    )
    now = timezone.now()
    with pghistory.context(action="migration articles 0010_reviewed_topics"):
        for topic in topics:
            item = ReviewedItem.objects.create(kind="topic", slug=topic.slug, created_at=now)
            Revision.objects.create(
                item=item, number=1, status="draft", author=author, created_at=now,
                title=topic.title, summary=topic.summary,
                change_summary="The topic's text from before topics were reviewed.",
                rendered_html={name: (f"<p>{escape(topic.summary)}</p>" if name == "summary" and topic.summary else "")
                               for name in MARKDOWN_FIELDS},
            )  # fmt: skip
            topic.item = item
            topic.save(update_fields=["item"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_label_watch"),
    ]

    operations = [
        migrations.CreateModel(
            name="TopicText",
            fields=[],
            options={
                "verbose_name": "topic text",
                "verbose_name_plural": "topic texts",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("articles.revieweditem",),
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name="topic",
            name="insert_insert",
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name="topic",
            name="update_update",
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name="topic",
            name="delete_delete",
        ),
        migrations.AddField(
            model_name="topic",
            name="item",
            field=models.OneToOneField(
                editable=False,
                limit_choices_to={"kind": "topic"},
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="published_topic",
                to="articles.revieweditem",
                verbose_name="reviewed text",
            ),
        ),
        migrations.AddField(
            model_name="topicevent",
            name="item",
            field=models.ForeignKey(
                db_constraint=False,
                editable=False,
                limit_choices_to={"kind": "topic"},
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                related_query_name="+",
                to="articles.revieweditem",
                verbose_name="reviewed text",
            ),
        ),
        migrations.AlterField(
            model_name="revieweditem",
            name="kind",
            field=models.CharField(
                choices=[
                    ("article", "Article"),
                    ("medicine", "Medicine summary"),
                    ("glossary", "Glossary term"),
                    ("topic", "Topic"),
                ],
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AlterField(
            model_name="revieweditemevent",
            name="kind",
            field=models.CharField(
                choices=[
                    ("article", "Article"),
                    ("medicine", "Medicine summary"),
                    ("glossary", "Glossary term"),
                    ("topic", "Topic"),
                ],
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AlterField(
            model_name="topic",
            name="slug",
            field=models.SlugField(editable=False, max_length=80, unique=True, verbose_name="address"),
        ),
        migrations.AlterField(
            model_name="topic",
            name="summary",
            field=models.CharField(blank=True, editable=False, max_length=300, verbose_name="summary"),
        ),
        migrations.AlterField(
            model_name="topic",
            name="title",
            field=models.CharField(editable=False, max_length=120, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="topicevent",
            name="slug",
            field=models.SlugField(db_index=False, editable=False, max_length=80, verbose_name="address"),
        ),
        migrations.AlterField(
            model_name="topicevent",
            name="summary",
            field=models.CharField(blank=True, editable=False, max_length=300, verbose_name="summary"),
        ),
        migrations.AlterField(
            model_name="topicevent",
            name="title",
            field=models.CharField(editable=False, max_length=120, verbose_name="title"),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="topic",
            trigger=pgtrigger.compiler.Trigger(
                name="insert_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "articles_topicevent" ("id", "item_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "slug", "summary", "title") VALUES (NEW."id", NEW."item_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."position", NEW."slug", NEW."summary", NEW."title"); RETURN NULL;',
                    hash="44135757b720a427304cf25fbf146cf642f1af3a",
                    operation="INSERT",
                    pgid="pgtrigger_insert_insert_e106a",
                    table="articles_topic",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="topic",
            trigger=pgtrigger.compiler.Trigger(
                name="update_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition="WHEN (OLD.* IS DISTINCT FROM NEW.*)",
                    func='INSERT INTO "articles_topicevent" ("id", "item_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "slug", "summary", "title") VALUES (NEW."id", NEW."item_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."position", NEW."slug", NEW."summary", NEW."title"); RETURN NULL;',
                    hash="d02fce638937b370c90be410cdf9aad583a667c4",
                    operation="UPDATE",
                    pgid="pgtrigger_update_update_621d0",
                    table="articles_topic",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="topic",
            trigger=pgtrigger.compiler.Trigger(
                name="delete_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "articles_topicevent" ("id", "item_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "slug", "summary", "title") VALUES (OLD."id", OLD."item_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."position", OLD."slug", OLD."summary", OLD."title"); RETURN NULL;',
                    hash="2613f152395ade7ed79edec321887d3ac688b32c",
                    operation="DELETE",
                    pgid="pgtrigger_delete_delete_528b2",
                    table="articles_topic",
                    when="AFTER",
                ),
            ),
        ),
        # After the data: the rows written above have no live revision yet.
        migrations.RunPython(give_existing_topics_reviewed_text, migrations.RunPython.noop),
        migrations.RunPython(grant_permissions("articles", GRANTS), revoke_permissions("articles", GRANTS)),
        migrations.RunPython(revoke_permissions("articles", REVOKED), grant_permissions("articles", REVOKED)),
        pgtrigger.migrations.AddTrigger(
            model_name="topic",
            trigger=pgtrigger.compiler.Trigger(
                name="topic_text_is_reviewed",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="\n    IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.summary IS NOT DISTINCT FROM OLD.summary\n       AND NEW.slug IS NOT DISTINCT FROM OLD.slug AND NEW.item_id IS NOT DISTINCT FROM OLD.item_id THEN\n        RETURN NEW;  -- only the position changed\n    END IF;\n    IF NOT EXISTS (\n        SELECT 1 FROM articles_revieweditem item\n        JOIN articles_revision live ON live.id = item.live_revision_id\n        WHERE item.id = NEW.item_id AND item.kind = 'topic' AND item.slug = NEW.slug\n          AND live.title = NEW.title AND live.summary = NEW.summary\n    ) THEN\n        RAISE EXCEPTION 'a topic''s title and summary are those of its approved live revision; save a new revision'\n            USING ERRCODE = 'check_violation';\n    END IF;\n    RETURN NEW;\n",
                    hash="d64275a6b59bb28d8ed122d5ec118019d2669a45",
                    operation="INSERT OR UPDATE",
                    pgid="pgtrigger_topic_text_is_reviewed_ce54f",
                    table="articles_topic",
                    when="BEFORE",
                ),
            ),
        ),
    ]
