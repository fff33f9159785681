"""Small helpers shared by tests."""

import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
PRODUCTION_ENVIRONMENT = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "production-like-secret-key-for-tests-only-6e2b1f0c9d8a7b6c5d4e3f2a1b0c",
    "DJANGO_ALLOWED_HOSTS": "portal.example.org",
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
