"""Small helpers shared by tests."""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

REPOSITORY = Path(__file__).resolve().parent.parent
PRODUCTION_ENVIRONMENT = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "production-like-secret-key-for-tests-only-6e2b1f0c9d8a7b6c5d4e3f2a1b0c",
    "DJANGO_ALLOWED_HOSTS": "portal.example.org",
    "DJANGO_SITE_URL": "https://portal.example.org",
    "DIRECTORY_ASSURER_EMAIL": "directory@portal.example.org",
    "PORTAL_CONTACT_EMAIL": "editors@portal.example.org",
}


def run_portal_process(*args: str, env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    """Run `python ARGS...` at the repository root, as a fresh process of the portal would start.

    The child gets this machine's environment without any DJANGO_* variable, plus `env`: each test
    states the whole configuration it starts the portal with.
    """
    child_env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    child_env.update(env)
    return subprocess.run(
        [sys.executable, *args], cwd=REPOSITORY, env=child_env, capture_output=True, text=True, timeout=timeout
    )


def database_url(settings_dict: dict) -> str:
    """A DATABASE_URL for Django's connection settings, so a child process uses the same database."""
    host = quote(settings_dict["HOST"] or "", safe="")
    user = quote(settings_dict["USER"] or "", safe="")
    password = quote(settings_dict["PASSWORD"] or "", safe="")
    port = settings_dict["PORT"] or 5432
    return f"postgresql://{user}:{password}@{host}:{port}/{quote(settings_dict['NAME'], safe='')}"


def debian_tool(find, package: str, purpose: str) -> str:
    """The path `find()` returns for a Debian package's program. With CI=true a missing package is
    installed with apt-get (CI must run everything); elsewhere the test is skipped, saying how to
    install it."""
    import pytest

    path = find()
    if path is None and os.environ.get("CI") == "true":
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", package], check=True, env=env)
        path = find()
    if path is None:
        pytest.skip(f"{package} is not installed: `apt-get install {package}` to {purpose}.")
    return path
