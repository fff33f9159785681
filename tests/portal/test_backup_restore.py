"""`make backup` and `make restore`: a backup restored into a fresh database serves the same pages
and keeps the same audit history."""

import json
import os
import re
from pathlib import Path

import pghistory.models
import psycopg2
import pytest
from django.apps import apps
from django.db import connection

from articles import services
from articles.models import ContentKind, Feedback, ReviewedItem, Revision
from tests.content import article_content, publish, reference
from tests.helpers import PRODUCTION_ENVIRONMENT, database_url, run_portal_process
from tests.resources.listings import make_organization, make_service

LIVE_SLUG = "hormone-therapy-basics"
WITHDRAWN_SLUG = "an-old-page"
ORGANIZATION_SLUG = "example-support-network"
PAGES = ["/", f"/articles/{LIVE_SLUG}/", f"/articles/{WITHDRAWN_SLUG}/", "/support/", f"/support/{ORGANIZATION_SLUG}/",
         "/search/?q=hormone", "/sitemap.xml"]  # fmt: skip

# Serves PAGES from the database in DATABASE_URL, as production would (no page cache), as JSON.
SERVE_PAGES = """
import json, sys
import django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="portal.example.org")
pages = {}
for path in sys.argv[1:]:
    response = client.get(path, secure=True)
    pages[path] = [response.status_code, response.content.decode()]
print(json.dumps(pages))
"""


def connect(settings: dict, name: str):
    return psycopg2.connect(
        dbname=name, user=settings["USER"], password=settings["PASSWORD"] or None,
        host=settings["HOST"] or None, port=settings["PORT"] or None,
    )  # fmt: skip


@pytest.fixture
def fresh_database():
    """An empty database on the test server, dropped afterwards."""
    settings = dict(connection.settings_dict)
    name = f"portal_restore_pid{os.getpid()}"
    server = connect(settings, "postgres")
    server.autocommit = True
    with server.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {**settings, "NAME": name}
    finally:
        with server.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


@pytest.fixture
def published_site(author, reviewer, directory_admin, topic):
    """A live article, a withdrawn one, and a verified directory listing: all committed."""
    live = publish(
        ContentKind.ARTICLE, LIVE_SLUG, author, reviewer, article_content(), references=[reference(1)], topic=topic
    )
    withdrawn = publish(
        ContentKind.ARTICLE, WITHDRAWN_SLUG, author, reviewer, article_content(title="An old page about hormones"),
        references=[reference(1)], topic=topic,
    )  # fmt: skip
    services.item_withdraw(item=withdrawn, user=reviewer, reason="Replaced by a newer page.")
    service = make_service(make_organization("Example Support Network"))
    from resources.services import service_mark_verified

    service_mark_verified(service=service, user=directory_admin)
    Feedback.objects.create(item=live, revision_id=live.live_revision_id, helpful=True, comment="Clear, thank you.")
    return live


def backup_command(*args: str, settings: dict):
    return run_portal_process("-m", "portal.backup", *args, env={"DATABASE_URL": database_url(settings)})


def serve(settings: dict) -> dict:
    env = {**PRODUCTION_ENVIRONMENT, "DATABASE_URL": database_url(settings), "DJANGO_CACHE_URL": "dummy://",
           "DJANGO_SETTINGS_MODULE": "portal.settings"}  # fmt: skip
    result = run_portal_process("-c", SERVE_PAGES, *PAGES, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def rows(cursor, table: str, order_by: str) -> list[tuple]:
    cursor.execute(f'SELECT * FROM "{table}" ORDER BY {order_by}')  # noqa: S608 - our own table names
    return cursor.fetchall()


def snapshot(settings: dict) -> dict:
    """What patients see (live revisions and their HTML) and the whole audit history, read with SQL."""
    item, revision = ReviewedItem._meta.db_table, Revision._meta.db_table
    event_models = [model for model in apps.get_models() if issubclass(model, pghistory.models.Event)]
    assert len(event_models) > 10  # content, decisions and listings are all tracked
    database = connect(settings, settings["NAME"])
    try:
        with database.cursor() as cursor:
            cursor.execute(
                f"SELECT i.kind, i.slug, r.id, r.title, r.rendered_html::text FROM {item} i "  # noqa: S608
                f"JOIN {revision} r ON r.id = i.live_revision_id ORDER BY i.slug"
            )
            data = {"live": cursor.fetchall()}
            data["items"] = rows(cursor, item, "id")
            data["context"] = rows(cursor, pghistory.models.Context._meta.db_table, "id")
            for model in event_models:
                data[model._meta.db_table] = rows(cursor, model._meta.db_table, "pgh_id")
            data["feedback"] = rows(cursor, Feedback._meta.db_table, "id")
            cursor.execute(
                "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2"
            )
            data["triggers"] = cursor.fetchall()
    finally:
        database.close()
    return data


# The dump must see committed rows; serialized_rollback keeps the roles migrations create.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_restored_into_a_fresh_database_serves_the_same_pages_and_history(
    published_site, fresh_database, tmp_path
):
    original = dict(connection.settings_dict)
    connection.close()  # nothing of ours stays open while the child processes work

    dumped = backup_command("dump", str(tmp_path), settings=original)
    assert dumped.returncode == 0, dumped.stderr
    [backup] = list(tmp_path.iterdir())
    assert re.fullmatch(r"portal-\d{8}-\d{6}\.dump", backup.name)
    assert f"Backup written to {os.path.relpath(backup, Path(__file__).parents[2])}" in dumped.stdout

    restored = backup_command("restore", str(backup), settings=fresh_database)
    assert restored.returncode == 0, restored.stderr

    before, after = snapshot(original), snapshot(fresh_database)
    # The article and its topic (reviewed content too), by address.
    assert [(row[0], row[1]) for row in before["live"]] == [("topic", "hormone-therapy"), ("article", LIVE_SLUG)]
    assert "Hormone therapy lowers or blocks estrogen" in before["live"][1][4]
    assert any(rows_ for table, rows_ in before.items() if table.endswith("event"))
    assert after == before

    pages_before, pages_after = serve(original), serve(fresh_database)
    assert pages_before[f"/articles/{LIVE_SLUG}/"][0] == 200
    assert "Hormone therapy lowers or blocks estrogen" in pages_before[f"/articles/{LIVE_SLUG}/"][1]
    assert pages_before[f"/articles/{WITHDRAWN_SLUG}/"][0] == 410
    assert "Peer support group" in pages_before[f"/support/{ORGANIZATION_SLUG}/"][1]
    assert pages_after == pages_before

    # Restoring again over a database in use replaces what changed since (--clean), in one go.
    changed = connect(fresh_database, fresh_database["NAME"])
    with changed, changed.cursor() as cursor:
        cursor.execute(f"DELETE FROM {Feedback._meta.db_table}")  # noqa: S608
    changed.close()
    again = backup_command("restore", str(backup), settings=fresh_database)
    assert again.returncode == 0, again.stderr
    assert snapshot(fresh_database) == before


def test_restore_refuses_a_missing_file_and_changes_nothing(tmp_path):
    missing = tmp_path / "portal-20250101-000000.dump"
    result = backup_command("restore", str(missing), settings=connection.settings_dict)
    assert result.returncode == 1
    assert f"No backup file at {missing}: nothing was restored." in result.stderr


def test_restore_refuses_without_a_file():
    result = backup_command("restore", "", settings=connection.settings_dict)
    assert result.returncode == 1
    assert "Say which backup to restore: make restore FILE=" in result.stderr
