"""Read replicas: public pages read from a streaming replica whenever that cannot show old text.

A streaming replica is a few milliseconds (sometimes seconds) behind the primary. Most of the
portal's reads are anonymous page renderings, which may come from a replica, except when a stale
read would matter:

- **Writes** always go to the primary, and so does every read of a request that is not a public
  read: anything but GET/HEAD, staff (a session cookie), the admin, commands and background jobs
  (no request at all). Staff must see what they have just saved.
- **Reads inside a transaction** go to the primary: a service function's ``select_for_update`` and
  the checks around it must see the rows it is about to change.
- **Right after a publish or a withdrawal** every read goes to the primary for a short while
  (:func:`pin_primary`, called by ``portal.page_cache.bump_content_version`` *before* it writes the
  new content version). A page rendered for the new content version could otherwise be read from
  a replica that has not yet replayed the approval, and the old text would be stored in the page
  cache under the *new* version, for every reader, until the next publish. Because the pin is
  written before the version, a worker that sees the new version also sees the pin.
  The pin lives in the shared cache (file cache or Redis), so it reaches every worker of every
  app server. A replica lagging by more than the pin (``DATABASE_REPLICA_PIN_SECONDS``, default
  30 s) could still cache old text: alert on replication lag well below that (see deploy/README.md).

The decision is made once per request, at its first query, so one page never mixes a replica's
rows with the primary's; the replica is picked at random among ``replica1``, ``replica2``...
(``DATABASE_REPLICA_URLS``). Settings: ``DATABASE_ROUTERS = ["portal.db_router.ReplicaRouter"]``
and ``portal.db_router.ReplicaReadsMiddleware`` right after the page-cache middleware (a page
served from the cache then costs nothing here).
"""

import math
import random
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import MiddlewareNotUsed
from django.db import DEFAULT_DB_ALIAS, connections

from portal.database_config import REPLICA_PREFIX

PIN_KEY = "db-router:primary-only"
DEFAULT_PIN_SECONDS = 30
ADMIN_PREFIX = "/admin/"


def replica_aliases() -> list[str]:
    """The configured replicas' aliases (``replica1``...), in order."""
    return [alias for alias in connections if alias.startswith(REPLICA_PREFIX)]


def pin_primary(seconds: float | None = None) -> None:
    """Send every read to the primary for ``seconds`` (default DATABASE_REPLICA_PIN_SECONDS).

    Call it before making a change to public pages visible (the page cache's version bump does),
    so that no page of the new version is rendered from a replica that has not caught up yet.
    """
    if not replica_aliases():
        return  # every read goes to the primary anyway
    if seconds is None:
        seconds = getattr(settings, "DATABASE_REPLICA_PIN_SECONDS", DEFAULT_PIN_SECONDS)
    cache.set(PIN_KEY, True, timeout=max(1, math.ceil(seconds)))


def primary_pinned() -> bool:
    return cache.get(PIN_KEY) is not None


@dataclass
class _ReadScope:
    """One public request: may it read from a replica, and which one (decided at its first read)."""

    decided: bool = False
    replica: str | None = None


_scope: ContextVar[_ReadScope | None] = ContextVar("portal_replica_reads", default=None)


@contextmanager
def replica_reads_allowed() -> Iterator[None]:
    """Within this block, reads outside a transaction may go to a replica (unless the primary is pinned)."""
    token = _scope.set(_ReadScope())
    try:
        yield
    finally:
        _scope.reset(token)


def _replica_for_this_scope() -> str | None:
    scope = _scope.get()
    if scope is None:
        return None
    if not scope.decided:
        replicas = replica_aliases()
        scope.replica = random.choice(replicas) if replicas and not primary_pinned() else None  # noqa: S311
        scope.decided = True
    return scope.replica


class ReplicaRouter:
    """DATABASE_ROUTERS entry: public reads to a replica when safe, everything else to the primary."""

    def db_for_read(self, model, **hints):
        if connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return _replica_for_this_scope() or DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # A row read from a replica is the primary's row: relating the two is fine.
        known = {DEFAULT_DB_ALIAS, *replica_aliases()}
        if obj1._state.db in known and obj2._state.db in known:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # A streaming replica is read-only and follows the primary's schema by itself.
        return False if db.startswith(REPLICA_PREFIX) else None


class ReplicaReadsMiddleware:
    """Marks public reads (anonymous GET/HEAD outside the admin) as allowed to use a replica."""

    def __init__(self, get_response):
        if not replica_aliases():
            raise MiddlewareNotUsed  # no replica configured: not even a check per request
        self.get_response = get_response

    def __call__(self, request):
        if not self.is_public_read(request):
            return self.get_response(request)
        with replica_reads_allowed():
            return self.get_response(request)

    @staticmethod
    def is_public_read(request) -> bool:
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(ADMIN_PREFIX)
        )
