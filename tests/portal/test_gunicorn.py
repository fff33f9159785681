"""gunicorn with production settings: workers from WEB_CONCURRENCY, a privacy-respecting log."""

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time

import psutil
import pytest
from django.db import connection

from tests.helpers import PRODUCTION_ENVIRONMENT, REPOSITORY, database_url


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(port: int, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, dict(response.getheaders())
    finally:
        connection.close()


@pytest.fixture
def gunicorn_server(tmp_path, db):
    port = _free_port()
    log_path = tmp_path / "gunicorn.log"
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(PRODUCTION_ENVIRONMENT, WEB_CONCURRENCY="2", DJANGO_BEHIND_TLS_PROXY="1")
    # The test database: migrated, like production's.
    env["DATABASE_URL"] = database_url(connection.settings_dict)
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
            cwd=REPOSITORY,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if _get(port, "/healthz", {})[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("gunicorn did not start:\n" + log_path.read_text())
    yield process, port, log_path
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)


def test_gunicorn_serves_the_portal_with_workers_from_web_concurrency(gunicorn_server):
    process, port, log_path = gunicorn_server
    status, headers = _get(port, "/", {"Host": "portal.example.org", "X-Forwarded-Proto": "https"})
    assert status == 200, log_path.read_text()
    assert "Set-Cookie" not in headers
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    # The second worker may still be booting when the first has answered (a busy machine): wait a
    # bounded while for gunicorn to have started both.
    deadline = time.monotonic() + 30
    while len(psutil.Process(process.pid).children()) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(psutil.Process(process.pid).children()) == 2


def test_plain_http_is_redirected_to_https_behind_the_proxy(gunicorn_server):
    _, port, _ = gunicorn_server
    status, headers = _get(port, "/", {"Host": "portal.example.org", "X-Forwarded-Proto": "http"})
    assert status == 301
    assert headers["Location"] == "https://portal.example.org/"


def test_access_log_has_no_query_strings_or_client_addresses(gunicorn_server):
    process, port, log_path = gunicorn_server
    headers = {"Host": "portal.example.org", "X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.23"}
    assert _get(port, "/?q=my+private+question", headers)[0] == 200
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    log = log_path.read_text()
    served = [json.loads(line) for line in log.splitlines() if line.startswith('{"time"')]
    assert {"method": "GET", "path": "/", "status": 200} in [
        {key: entry[key] for key in ("method", "path", "status")} for entry in served
    ]
    assert "private" not in log
    assert "127.0.0.1 -" not in log
    assert "198.51.100.23" not in log
