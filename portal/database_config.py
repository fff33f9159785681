"""DATABASES from the environment: the primary, its read replicas, and PgBouncer.

Settings call :func:`databases` with the primary's entry (from ``DATABASE_URL`` or the embedded
server), the list ``DATABASE_REPLICA_URLS`` and the flag ``DJANGO_PGBOUNCER``:

- Each replica URL becomes an entry ``replica1``, ``replica2``... in that order. The router in
  ``portal/db_router.py`` sends public reads there when it is safe; nothing ever writes there, and
  migrations never run there (a streaming replica is read-only and follows the primary's schema).
  In a test run each replica mirrors the primary's test database (``TEST["MIRROR"]``): the test
  database is created on the primary only and a real replica receives it by streaming.
- ``DJANGO_PGBOUNCER=1``: every URL points at PgBouncer in *transaction* pooling mode. A server
  connection then serves another client between transactions, so Django must not keep anything
  that outlives a transaction: no server-side cursors (``DISABLE_SERVER_SIDE_CURSORS``, which
  ``.iterator()`` would otherwise open as a named cursor and lose at the next transaction), and no
  persistent connections of its own (``CONN_MAX_AGE=0``): PgBouncer is the pool.
- Without PgBouncer, psycopg2 has no pool in Django: keep connections for a minute and check them
  before reuse.
"""

from collections.abc import Sequence

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

REPLICA_PREFIX = "replica"
DIRECT_CONNECTION = {"CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True}
PGBOUNCER_TRANSACTION_POOLING = {"CONN_MAX_AGE": 0, "CONN_HEALTH_CHECKS": False, "DISABLE_SERVER_SIDE_CURSORS": True}


def postgresql_entry(url: str, what: str) -> dict:
    """A DATABASES entry for a PostgreSQL URL, or ImproperlyConfigured naming `what` was wrong."""
    try:
        entry = dj_database_url.parse(url)
    except ValueError as error:
        raise ImproperlyConfigured(f"{what} is not a database URL: {error}") from None
    if entry["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured(f"{what} must point at PostgreSQL (postgres:// or postgresql://).")
    return entry


def connection_options(*, pgbouncer: bool) -> dict:
    """The connection-lifetime settings for one DATABASES entry."""
    return dict(PGBOUNCER_TRANSACTION_POOLING if pgbouncer else DIRECT_CONNECTION)


def replica_databases(urls: Sequence[str]) -> dict[str, dict]:
    """``replica1``, ``replica2``... from DATABASE_REPLICA_URLS, each a mirror of the primary in tests."""
    replicas = {}
    for number, url in enumerate(urls, start=1):
        entry = postgresql_entry(url, f"DATABASE_REPLICA_URLS entry {number}")
        entry["TEST"] = {"MIRROR": "default"}
        replicas[f"{REPLICA_PREFIX}{number}"] = entry
    return replicas


def databases(default: dict, *, replica_urls: Sequence[str] = (), pgbouncer: bool = False) -> dict[str, dict]:
    """The whole DATABASES setting: ``default`` (the primary) first, then the replicas."""
    entries = {"default": dict(default), **replica_databases(replica_urls)}
    for entry in entries.values():
        entry.update(connection_options(pgbouncer=pgbouncer))
    return entries
