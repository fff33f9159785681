"""Queries the ORM writes once per process and PostgreSQL plans once per connection.

Why: an article page asks for everything it shows in one query with half a dozen subqueries.
Building and compiling that query with the ORM cost about 2 ms of Python on every request the page
cache missed, and PostgreSQL spent another millisecond planning it: together more than running it.
So the query is still written with the ORM, with stand-in values for what changes from call to
call; its SQL is compiled once per process and PREPAREd once per database connection, and each call
EXECUTEs it with the real values.

Every value but the stand-ins is written into the prepared statement, so the plan PostgreSQL keeps
for it knows them. Behind PgBouncer in transaction pooling (DJANGO_PGBOUNCER=1, which disables server-side cursors for
the same reason) the next transaction may run on another server connection that never saw the
PREPARE, so there the compiled SQL is sent in full each time: only the ORM's share is saved.
"""

import hashlib
import re
from collections.abc import Callable

from django.db import DatabaseError, connections, router
from django.db.models import QuerySet
from psycopg2 import errors as pg_errors

_DJANGO_PLACEHOLDER = re.compile(r"%(s|%)")


class PreparedQuery:
    """`build(**stand_ins)` returns the queryset; `fetch_one(**values)` and `fetch_all(**values)`
    run it for real values (rows as tuples, JSON as text, as the database driver gives them).

    Each keyword of `stand_ins` is a string that appears nowhere else in the query, standing for the
    value of that name in every call. Only values compared as they are (`slug=slug`) can be stand-ins:
    one the ORM transforms (`title__icontains=slug` becomes '%slug%') is refused, since the real
    value could not take its place; values are passed to the driver as given.
    """

    def __init__(self, build: Callable[..., QuerySet], **stand_ins: str):
        self._build = build
        self._stand_ins = stand_ins
        self._queryset: QuerySet | None = None  # built on first use, not at import
        self._compiled: tuple[str, list, dict[str, list[int]]] | None = None
        self._statement: tuple[str, str] | None = None

    def _compile(self, alias: str):
        """SQL and parameters, compiled once, on the first connection asked for (a replica's, say:
        every server of a deployment runs the same PostgreSQL version, so the SQL is the same)."""
        if self._compiled is None:
            sql, params = self._query().query.get_compiler(using=alias).as_sql()
            params = list(params)
            positions = {
                name: [i for i, param in enumerate(params) if param == stand_in]
                for name, stand_in in self._stand_ins.items()
            }
            for name, stand_in in self._stand_ins.items():
                if not positions[name]:
                    raise ValueError(f"the stand-in for {name!r} is not a parameter of the compiled query")
                if any(isinstance(param, str) and stand_in in param and param != stand_in for param in params):
                    raise ValueError(f"the stand-in for {name!r} is transformed in the query (say, by icontains)")
            self._compiled = (sql, params, positions)
        return self._compiled

    def _query(self) -> QuerySet:
        if self._queryset is None:
            self._queryset = self._build(**self._stand_ins)
        return self._queryset

    def fetch_one(self, **values) -> tuple | None:
        return self._run(values, lambda cursor: cursor.fetchone())

    def fetch_all(self, **values) -> list[tuple]:
        return self._run(values, lambda cursor: cursor.fetchall())

    def _run(self, values: dict, fetch):
        connection = connections[router.db_for_read(self._query().model)]
        sql, params, positions = self._compile(connection.alias)
        with connection.cursor() as cursor:
            if connection.settings_dict.get("DISABLE_SERVER_SIDE_CURSORS"):
                params = list(params)
                for name, found in positions.items():
                    for position in found:
                        params[position] = values[name]
                cursor.execute(sql, params)
            else:
                self._execute(connection, cursor, [values[name] for name in positions])
            return fetch(cursor)

    def _execute(self, connection, cursor, stand_ins: list) -> None:
        name = self._prepare(connection, cursor)
        arguments = f"({', '.join(['%s'] * len(stand_ins))})" if stand_ins else ""
        try:
            cursor.execute(f"EXECUTE {name}{arguments}", stand_ins)
        except DatabaseError as error:
            # The server session forgot its statements while Django kept the connection (DISCARD
            # ALL, or a pooler in front that was not declared): prepare again, once. Not inside a
            # transaction, which the error has aborted; public pages are read outside one.
            if connection.in_atomic_block or not isinstance(error.__cause__, pg_errors.InvalidSqlStatementName):
                raise
            connection._portal_prepared.clear()
            name = self._prepare(connection, cursor)
            cursor.execute(f"EXECUTE {name}{arguments}", stand_ins)

    def _prepare(self, connection, cursor) -> str:
        """The statement's name on this connection, PREPAREd there the first time."""
        if self._statement is None:
            self._statement = self._statement_text(connection)
        name, text = self._statement
        # Prepared statements belong to a server session: remember them per DB-API connection,
        # which Django replaces when it reconnects.
        raw = connection.connection
        if getattr(connection, "_portal_prepared_on", None) is not raw:
            connection._portal_prepared_on, connection._portal_prepared = raw, set()
        if name not in connection._portal_prepared:
            try:
                # No parameters are passed, so psycopg2 sends the text as it is (a % stays one).
                cursor.execute(f"PREPARE {name} AS {text}")
            except DatabaseError as error:
                # Already there (a pooler handed over a session that had prepared it): the name is
                # a digest of the text, so it is the same statement.
                if connection.in_atomic_block or not isinstance(error.__cause__, pg_errors.DuplicatePreparedStatement):
                    raise
            connection._portal_prepared.add(name)
        return name

    def _statement_text(self, connection) -> tuple[str, str]:
        """A name and the text to PREPARE: only the stand-ins are parameters ($1, $2...); every
        other value is written in, so that PostgreSQL's generic plan still sees, say,
        kind = 'glossary' and knows how few rows that is. The name is a digest of the text."""
        sql, params, positions = self._compile(connection.alias)
        numbers = {position: number for number, found in enumerate(positions.values(), start=1) for position in found}
        values = iter(enumerate(params))
        with connection.connection.cursor() as quoting:

            def replace(match):
                if match[1] == "%":
                    return "%"
                position, value = next(values)
                if position in numbers:
                    return f"${numbers[position]}"
                return quoting.mogrify("%s", [value]).decode()  # quoted by psycopg2 itself

            text = _DJANGO_PLACEHOLDER.sub(replace, sql)
        return "portal_" + hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:20], text
