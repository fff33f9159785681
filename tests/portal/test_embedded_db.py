"""The embedded PostgreSQL: starts on its own, stops with its last user, explains failures."""

import json

import pytest

from portal.embedded_db import EmbeddedDatabaseError, embedded_database_settings
from tests.helpers import run_portal_process

USE_SERVER = """
import sys
from pathlib import Path
import psycopg2
from portal.embedded_db import embedded_database_settings
db = embedded_database_settings(Path(sys.argv[1]))
connection = psycopg2.connect(dbname=db["NAME"], user=db["USER"], host=db["HOST"], port=db["PORT"])
cursor = connection.cursor()
cursor.execute("SELECT name FROM pg_available_extensions WHERE name IN ('pg_trgm', 'unaccent') ORDER BY name")
print(",".join(row[0] for row in cursor.fetchall()))
cursor.execute("SHOW server_version")
print(cursor.fetchone()[0])
connection.close()
"""


def test_starts_real_postgresql_and_stops_when_its_last_user_exits(tmp_path):
    pgdata = tmp_path / "postgres"
    first = run_portal_process("-c", USE_SERVER, str(pgdata), env={})
    assert first.returncode == 0, first.stderr
    extensions, version = first.stdout.split()
    assert extensions == "pg_trgm,unaccent"
    assert version.startswith("18.")
    assert not (pgdata / "postmaster.pid").exists(), "the server should stop when its only user exits"

    # A user that was killed never said goodbye; it must not keep the server running forever.
    (pgdata / ".handle_pids.json").write_text(json.dumps([2**22 + 12345]))
    second = run_portal_process("-c", USE_SERVER, str(pgdata), env={})
    assert second.returncode == 0, second.stderr
    assert not (pgdata / "postmaster.pid").exists()

    # A list cut short by a process killed while writing it.
    (pgdata / ".handle_pids.json").write_text("")
    third = run_portal_process("-c", USE_SERVER, str(pgdata), env={})
    assert third.returncode == 0, third.stderr
    assert not (pgdata / "postmaster.pid").exists()


def test_a_damaged_data_folder_gives_an_explanation_and_what_to_do(tmp_path):
    pgdata = tmp_path / "postgres"
    pgdata.mkdir()
    # Looks initialised but is not: PostgreSQL refuses to start on it.
    (pgdata / "PG_VERSION").write_text("18\n")
    with pytest.raises(EmbeddedDatabaseError) as error:
        embedded_database_settings(pgdata)
    message = str(error.value)
    assert f"The embedded PostgreSQL in {pgdata} could not start" in message
    assert "What to do:" in message
    assert "DATABASE_URL" in message
