"""The shared page cache: fast for anonymous readers, never stale after a change, never for staff."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from django.db import connection
from django.test import override_settings

from articles import services
from articles.models import ContentKind, ReviewedItem
from tests.content import article_content, reference, save_edit
from tests.helpers import PRODUCTION_ENVIRONMENT, REPOSITORY, database_url

ARTICLE = "/articles/hormone-therapy-basics/"


@pytest.fixture
def published(live):
    return live


def edit_and_approve(revision, author, reviewer, **changes):
    newer = save_edit(revision, author, **changes)
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=reviewer)
    return newer


@pytest.mark.django_db
def test_second_anonymous_request_is_served_from_the_cache(client, published, django_assert_num_queries):
    first = client.get(ARTICLE)
    assert first["Cache-Control"] == "public, max-age=0, s-maxage=60"
    with django_assert_num_queries(0):
        second = client.get(ARTICLE)
    assert second.status_code == 200
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert not second.cookies
    assert "Cookie" not in second.get("Vary", "")


@pytest.mark.django_db
def test_conditional_get_answers_304(client, published):
    etag = client.get(ARTICLE)["ETag"]
    assert etag
    response = client.get(ARTICLE, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


@pytest.mark.django_db
def test_shared_cache_lifetime_comes_from_the_environment(client, published, settings):
    settings.SHARED_CACHE_SECONDS = 300
    response = client.get(ARTICLE)
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=300"
    # nginx, which counts whole seconds and serves one expired copy while updating, is asked for
    # 2 s less so that no reader gets a page older than N through it.
    assert response["X-Accel-Expires"] == "298"


@pytest.mark.django_db
def test_an_approval_shows_at_once(client, published, author, second_reviewer):
    assert b"Hormone therapy for stage four breast cancer" in client.get(ARTICLE).content
    edit_and_approve(published, author, second_reviewer, title="Hormone therapy, updated")
    assert b"Hormone therapy, updated" in client.get(ARTICLE).content


@pytest.mark.django_db
def test_a_withdrawal_is_effective_at_once(client, published, reviewer):
    assert client.get(ARTICLE).status_code == 200
    services.item_withdraw(item=published.item, user=reviewer, reason="Label changed.")
    assert client.get(ARTICLE).status_code == 410


@pytest.mark.django_db
def test_a_glossary_or_topic_change_refreshes_pages(client, published, author, reviewer, second_reviewer):
    client.get(ARTICLE)
    term = services.item_create(
        kind=ContentKind.GLOSSARY, slug="estrogen", author=author,
        content={"title": "Estrogen", "summary": "A hormone.", "change_summary": "New."},
    )  # fmt: skip
    services.revision_submit(revision=term, user=author)
    services.revision_approve(revision=term, reviewer=reviewer)
    assert b'href="/glossary/#estrogen"' in client.get(ARTICLE).content
    topic_text = published.item.topic.item.live_revision
    renamed = save_edit(topic_text, author, title="Hormone therapies", change_summary="Plural.")
    services.revision_submit(revision=renamed, user=author)
    services.revision_approve(revision=renamed, reviewer=second_reviewer)
    assert b"Hormone therapies" in client.get(ARTICLE).content


@pytest.mark.django_db
def test_staff_are_never_served_or_given_a_cached_page(client, published, reviewer, django_assert_max_num_queries):
    client.get(ARTICLE)  # cached for anonymous readers
    client.force_login(reviewer)
    response = client.get(ARTICLE)
    assert response["Cache-Control"] == "private, no-cache"
    with django_assert_max_num_queries(20) as captured:
        client.get(ARTICLE)
    assert len(captured) > 0  # rendered, not taken from the cache


@pytest.mark.django_db
def test_unknown_query_strings_bypass_the_cache(client, published, django_assert_max_num_queries):
    client.get(ARTICLE + "?utm_source=spam")
    with django_assert_max_num_queries(10) as captured:
        client.get(ARTICLE + "?utm_source=spam")
    assert len(captured) > 0


@pytest.mark.django_db
def test_form_errors_are_never_cached(client, published):
    response = client.get("/medicines/?her2_status=purple")
    assert response["Cache-Control"] == "no-cache"
    assert client.get("/medicines/?her2_status=positive")["Cache-Control"].startswith("public, max-age=0")


@pytest.mark.django_db
def test_not_found_pages_are_not_stored(client, django_assert_max_num_queries):
    client.get("/articles/nothing-here/")
    with django_assert_max_num_queries(5) as captured:
        response = client.get("/articles/nothing-here/")
    assert response.status_code == 404
    assert len(captured) > 0


@pytest.mark.django_db
def test_the_admin_and_health_check_are_never_cached(client, reviewer):
    assert client.get("/healthz")["Cache-Control"] == "no-store"
    client.force_login(reviewer)
    assert "private" in client.get("/admin/articles/revision/queue/")["Cache-Control"]


# --- Two gunicorn workers sharing the file cache ------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(port, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(
            "GET", path, headers={"Host": "portal.example.org", "X-Forwarded-Proto": "https", **(headers or {})}
        )
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


@pytest.fixture
def shared_cache(tmp_path):
    location = tmp_path / "cache"
    with override_settings(
        CACHES={
            "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(location)}
        }
    ):
        yield location


@pytest.fixture
def two_workers(tmp_path, shared_cache, transactional_db):
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        PRODUCTION_ENVIRONMENT, WEB_CONCURRENCY="2", DJANGO_BEHIND_TLS_PROXY="1",
        DATABASE_URL=database_url(connection.settings_dict), DJANGO_CACHE_URL=f"file://{shared_cache}",
    )  # fmt: skip
    log = (tmp_path / "gunicorn.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
        cwd=REPOSITORY, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if _get(port, "/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    yield port
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    log.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_worker_serves_the_old_page_after_an_approval_or_withdrawal(two_workers, author, reviewer,
                                                                        second_reviewer, topic):  # fmt: skip
    port = two_workers
    revision = services.item_create(
        kind=ContentKind.ARTICLE, slug="shared", topic=topic, author=author,
        content=article_content(title="Version one title"), references=[reference(1)],
    )  # fmt: skip
    services.revision_submit(revision=revision, user=author)
    services.revision_approve(revision=revision, reviewer=reviewer)
    for _ in range(12):  # both workers render or read it, and the cache holds it
        status, headers, body = _get(port, "/articles/shared/")
        assert status == 200
        assert b"Version one title" in body
    etag = headers["ETag"]
    assert _get(port, "/articles/shared/", {"If-None-Match": etag})[0] == 304

    edit_and_approve(revision, author, second_reviewer, title="Version two title")
    for _ in range(12):
        status, _, body = _get(port, "/articles/shared/")
        assert b"Version two title" in body
        assert b"Version one title" not in body
    assert _get(port, "/articles/shared/", {"If-None-Match": etag})[0] == 200

    services.item_withdraw(item=ReviewedItem.objects.get(slug="shared"), user=reviewer, reason="Checking the label.")
    for _ in range(12):
        assert _get(port, "/articles/shared/")[0] == 410
