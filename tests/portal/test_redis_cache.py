"""The page cache in Redis, shared by two app servers (DJANGO_CACHE_URL=redis://...).

A real `redis-server` runs on a free loopback port in a temporary folder; two gunicorn processes,
each with production settings, stand for two app servers. When redis-server is missing the test
skips with a message, except with CI=true, where the setup installs Debian's `redis-server`.
"""

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pgtrigger
import pytest
from django.db import connection
from django.test import override_settings

from articles import services
from articles.models import ContentKind, ReviewedItem, Topic
from portal.config import cache_config
from tests.content import article_content, reference
from tests.helpers import PRODUCTION_ENVIRONMENT, REPOSITORY, database_url, debian_tool, run_portal_process

PAGE = "/articles/shared-in-redis/"
HOST = "portal.example.org"


def _required(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def _find_redis_server() -> str | None:
    return shutil.which("redis-server") or next(
        (path for path in ("/usr/bin/redis-server", "/usr/sbin/redis-server") if Path(path).exists()), None
    )


@pytest.fixture(scope="session")
def redis_server_binary():
    path = debian_tool(_find_redis_server, "redis-server", "run the Redis cache test")
    try:
        import redis  # noqa: F401  (Django's RedisCache needs it)
    except ImportError:
        _required("the `redis` package is not installed: pip install -r requirements.txt")
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_url(redis_server_binary, tmp_path):
    import redis

    port = _free_port()
    log = (tmp_path / "redis.log").open("w")
    process = subprocess.Popen(
        [redis_server_binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path),
         "--save", "", "--appendonly", "no"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + 15
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                _required("redis-server did not start:\n" + (tmp_path / "redis.log").read_text())
            time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    client.close()
    process.terminate()
    process.wait(timeout=15)
    log.close()


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers={"Host": HOST, "X-Forwarded-Proto": "https"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.fixture
def portal_environment(redis_url, transactional_db):
    return {
        **PRODUCTION_ENVIRONMENT,
        "DJANGO_BEHIND_TLS_PROXY": "1",
        "DATABASE_URL": database_url(connection.settings_dict),
        "DJANGO_CACHE_URL": redis_url,
    }


@pytest.fixture
def two_app_servers(portal_environment, tmp_path):
    """Two gunicorn processes (one worker each), as on two machines sharing one Redis."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(portal_environment, WEB_CONCURRENCY="1")
    servers = []
    for name in ("app1", "app2"):
        port = _free_port()
        log_path = tmp_path / f"{name}.log"
        with log_path.open("w") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
                cwd=REPOSITORY, env=env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        servers.append((process, port, log_path))
    for process, port, log_path in servers:
        deadline = time.monotonic() + 30
        while True:
            try:
                if _get(port, "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail(f"gunicorn did not start:\n{log_path.read_text()}")
            time.sleep(0.2)
    yield [port for _, port, _ in servers]
    for process, _, _ in servers:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


APPROVE_A_NEW_VERSION = textwrap.dedent(
    """
    import django

    django.setup()
    from django.contrib.auth.models import User

    from articles import services
    from articles.models import ReviewedItem
    from tests.content import save_edit

    item = ReviewedItem.objects.get(slug="shared-in-redis")
    author = User.objects.get(username="ada-author")
    newer = save_edit(item.live_revision, author, title="Version two title")
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=User.objects.get(username="ravi-reviewer"))
    """
)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_app_servers_share_the_page_cache_in_redis(
    redis_url, portal_environment, two_app_servers, author, reviewer, second_reviewer, topic
):
    import redis

    app1, app2 = two_app_servers
    with override_settings(CACHES={"default": cache_config(redis_url, Path("unused"))}):
        revision = services.item_create(
            kind=ContentKind.ARTICLE, slug="shared-in-redis", topic=topic, author=author,
            content=article_content(title="Version one title"), references=[reference(1)],
        )  # fmt: skip
        services.revision_submit(revision=revision, user=author)
        services.revision_approve(revision=revision, reviewer=reviewer)

        status, body = _get(app1, PAGE)  # rendered by app1, stored in Redis
        assert status == 200
        assert b"Version one title" in body
        assert redis.Redis.from_url(redis_url).keys("*page-cache:page2:*")

        # Changed behind the portal's back (no publish): only a rendering would show it. app2 has
        # never rendered this page, yet it serves app1's copy from Redis.
        with pgtrigger.ignore("articles.Topic:topic_text_is_reviewed"):  # past the trigger that guards topic text
            Topic.objects.filter(pk=topic.pk).update(title="Renamed behind the cache's back")
        status, body = _get(app2, PAGE)
        assert status == 200
        assert b"Version one title" in body
        assert b"Renamed behind the cache" not in body

        # An approval made by another portal process (as on app1) makes both servers' page fresh.
        approval = run_portal_process(
            "-c",
            APPROVE_A_NEW_VERSION,
            env={**portal_environment, "DJANGO_SETTINGS_MODULE": "portal.settings", "DJANGO_EMAIL_URL": "console://"},
        )
        assert approval.returncode == 0, approval.stderr
        for port in (app2, app1, app2):
            status, body = _get(port, PAGE)
            assert status == 200
            assert b"Version two title" in body
            assert b"Renamed behind the cache" in body

        # A withdrawal made here (a third process) is effective on both at once.
        services.item_withdraw(item=ReviewedItem.objects.get(slug="shared-in-redis"), user=reviewer,
                               reason="Checking the label.")  # fmt: skip
        assert _get(app1, PAGE)[0] == 410
        assert _get(app2, PAGE)[0] == 410
