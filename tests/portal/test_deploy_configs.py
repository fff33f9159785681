"""deploy/: the nginx site, the systemd units and PgBouncer's settings, checked by the real tools.

nginx checks the site file (`nginx -t`) inside an `http { }` block like Debian's, with its paths
moved into a temporary folder and a self-signed certificate; then the same file runs in front of
gunicorn to show what it promises: static files with far-future caching and their .gz copies,
anonymous pages from the cache, staff and the admin never, a log without query strings or client
addresses. nginx is installed with apt-get when missing and CI=true (skipped otherwise).
"""

import configparser
import gzip
import http.client
import json
import os
import re
import shlex
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class
from django.db import connection

from portal.database_config import databases
from tests.helpers import PRODUCTION_ENVIRONMENT, REPOSITORY, database_url, debian_tool, run_portal_process

DEPLOY = REPOSITORY / "deploy"
HOST = "portal.example.org"
ARTICLE = "/articles/hormone-therapy-basics/"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _find_nginx() -> str | None:
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


@pytest.fixture(scope="session")
def nginx_binary():
    return debian_tool(_find_nginx, "nginx", "check deploy/nginx.conf")


@pytest.fixture
def certificate(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: it makes the test's self-signed certificate.")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={HOST}",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def site_config(
    tmp_path: Path, cert: Path, key: Path, *, http_port=80, https_port=443, upstream_port=8000, inner_port=8001
) -> str:
    """deploy/nginx.conf with its machine paths moved to tmp_path and its ports to ours."""
    text = (DEPLOY / "nginx.conf").read_text()
    replacements = {
        "/srv/portal/": f"{REPOSITORY}/",
        "/etc/letsencrypt/live/portal.example.org/fullchain.pem": str(cert),
        "/etc/letsencrypt/live/portal.example.org/privkey.pem": str(key),
        "/var/cache/nginx/portal": str(tmp_path / "cache"),
        "/var/log/nginx/": f"{tmp_path}/",
        "server 127.0.0.1:8000": f"server 127.0.0.1:{upstream_port}",
        "127.0.0.1:8001": f"127.0.0.1:{inner_port}",
    }
    for old, new in replacements.items():
        assert old in text, f"deploy/nginx.conf no longer contains {old!r}: update this test"
        text = text.replace(old, new)
    text = re.sub(r"^\s*listen \[::\]:.*$", "", text, flags=re.MULTILINE)  # loopback IPv4 only
    text = re.sub(r"listen 80\b", f"listen 127.0.0.1:{http_port}", text)
    text = re.sub(r"listen 443\b", f"listen 127.0.0.1:{https_port}", text)
    return text


def debian_like_main_config(tmp_path: Path, site: str) -> Path:
    """A main nginx.conf shaped like Debian's (gzip and ssl_protocols at http level), including the site."""
    (tmp_path / "site.conf").write_text(site)
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{ worker_connections 256; }}\n"
        "http {\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
        "    ssl_protocols TLSv1.2 TLSv1.3;\n    gzip on;\n"
        f"    access_log {tmp_path}/default-access.log;\n    include {tmp_path}/site.conf;\n}}\n"
    )
    return main


def test_nginx_accepts_the_site_config(nginx_binary, certificate, tmp_path):
    main = debian_like_main_config(tmp_path, site_config(tmp_path, *certificate))
    result = subprocess.run([nginx_binary, "-t", "-p", str(tmp_path), "-c", str(main)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_the_proxy_part_has_what_the_page_cache_needs():
    proxy = (DEPLOY / "nginx-proxy.conf").read_text()
    for directive in (
        'proxy_cache_key "$scheme$host$request_uri $portal_encoding";',
        "proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;",
        "proxy_cache_lock on;",
        "proxy_cache_background_update on;",
        "proxy_cache_bypass $portal_skip_cache;",
        "proxy_no_cache $portal_skip_cache;",
        "proxy_set_header X-Forwarded-For $remote_addr;",
        "proxy_set_header Accept-Encoding $portal_encoding;",
        "gzip off;",
    ):
        assert directive in proxy
    assert "proxy_cache_valid" not in proxy  # only our Cache-Control decides what is kept, and how long
    log_format = (DEPLOY / "nginx-http.conf").read_text().split("log_format portal", 1)[1].split(";", 1)[0]
    for private in ("$request ", "$request_uri", "$args", "$query_string", "$remote_addr", "$http_"):
        assert private not in log_format


# --- The site file running in front of gunicorn -----------------------------------------------------


class _Connection(http.client.HTTPSConnection):
    """HTTPS to 127.0.0.1, naming our host in SNI (nginx's default server refuses any other)."""

    def connect(self):
        sock = socket.create_connection((self.host, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=HOST)


def _request(port: int, method: str, path: str, headers=None, *, tls=True, host=HOST):
    if tls:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        conn = _Connection("127.0.0.1", port, timeout=10, context=context)
    else:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(method, path, headers={"Host": host, **(headers or {})})
        response = conn.getresponse()
        return response.status, {name.lower(): value for name, value in response.getheaders()}, response.read()
    finally:
        conn.close()


@pytest.fixture
def edge(nginx_binary, certificate, tmp_path, live, transactional_db):
    """gunicorn (production settings) behind deploy/nginx.conf, TLS and all, on loopback ports."""
    app_port, http_port, https_port = _free_port(), _free_port(), _free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        PRODUCTION_ENVIRONMENT, WEB_CONCURRENCY="1", DJANGO_BEHIND_TLS_PROXY="1", DJANGO_TRUSTED_PROXIES="127.0.0.1",
        DATABASE_URL=database_url(connection.settings_dict), DJANGO_CACHE_URL=f"file://{tmp_path}/django-cache",
    )  # fmt: skip
    app_log = tmp_path / "gunicorn.log"
    with app_log.open("w") as log:
        app = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{app_port}"],
            cwd=REPOSITORY, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    # nginx's workers run as another user: a folder they can reach (pytest's tmp_path is private).
    work = Path(tempfile.mkdtemp(prefix="portal-nginx-"))
    work.chmod(0o755)
    site = site_config(
        work, *certificate, http_port=http_port, https_port=https_port, upstream_port=app_port, inner_port=_free_port()
    )
    main = debian_like_main_config(work, site)
    nginx = subprocess.Popen([nginx_binary, "-p", str(work), "-c", str(main), "-g", "daemon off;"])
    deadline = time.monotonic() + 30
    while True:
        try:
            if _request(http_port, "GET", "/healthz", tls=False, host="127.0.0.1")[0] == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline or app.poll() is not None or nginx.poll() is not None:
            pytest.fail(f"gunicorn behind nginx did not come up:\n{app_log.read_text()}")
        time.sleep(0.2)
    yield {"http": http_port, "https": https_port, "folder": work, "app_log": app_log}
    nginx.send_signal(signal.SIGQUIT)
    nginx.wait(timeout=30)
    app.send_signal(signal.SIGTERM)
    app.wait(timeout=30)
    shutil.rmtree(work, ignore_errors=True)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_nginx_serves_static_files_pre_compressed_with_far_future_caching(edge):
    manifest = json.loads((REPOSITORY / "staticfiles" / "staticfiles.json").read_text())["paths"]
    hashed = manifest["portal/site.css"]
    status, headers, body = _request(edge["https"], "GET", f"/static/{hashed}", {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["content-encoding"] == "gzip"
    assert body == (REPOSITORY / "staticfiles" / f"{hashed}.gz").read_bytes()  # the file itself, not recompressed
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["x-content-type-options"] == "nosniff"
    status, headers, _ = _request(edge["https"], "GET", "/static/portal/site.css")
    assert status == 200
    assert headers["cache-control"] == "public, max-age=3600"  # an unhashed name may change


def _log_once(path: Path, has_arrived, seconds: float = 10) -> str:
    """The log's text once `has_arrived(text)`, or as it is after `seconds`. Servers write a request's
    log line after sending its response, so a client reading at once can race the line."""
    deadline = time.monotonic() + seconds
    while not has_arrived(text := path.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_nginx_caches_anonymous_pages_but_never_staff_the_admin_or_posts(edge):
    port = edge["https"]
    status, headers, first = _request(port, "GET", ARTICLE)
    assert status == 200
    assert headers["x-cache-status"] == "MISS"
    assert headers["cache-control"] == "public, max-age=0, s-maxage=60"
    assert "x-accel-expires" not in headers  # for nginx alone: it never reaches readers
    assert first.startswith(b"<!doctype html>")
    status, headers, second = _request(port, "GET", ARTICLE)
    assert headers["x-cache-status"] == "HIT"
    assert second == first
    # Readers who accept gzip get a copy compressed once (nginx-compress.conf) and then cached.
    for cache_status in ("MISS", "HIT"):
        status, headers, compressed = _request(port, "GET", ARTICLE, {"Accept-Encoding": "gzip, deflate, br"})
        assert headers["x-cache-status"] == cache_status
        assert headers["content-encoding"] == "gzip"
        assert "Accept-Encoding" in headers["vary"]
        assert gzip.decompress(compressed) == first
    assert len(compressed) < len(first) / 2

    assert _request(port, "GET", ARTICLE, {"Cookie": "sessionid=staff-session"})[1]["x-cache-status"] == "BYPASS"
    for _ in range(2):
        status, headers, _ = _request(port, "GET", "/admin/login/")
        assert status == 200
        assert "x-cache-status" not in headers
        status, headers, _ = _request(port, "POST", "/feedback/", {"Content-Type": "application/x-www-form-urlencoded"})
        assert headers.get("x-cache-status") != "HIT"

    def served_requests(text):  # gunicorn's JSON access log
        served = [json.loads(line) for line in text.splitlines() if line.startswith('{"time"')]
        return [(entry["method"], entry["path"]) for entry in served]

    requests = served_requests(
        _log_once(edge["app_log"], lambda text: served_requests(text).count(("POST", "/feedback/")) >= 2)
    )
    assert requests.count(("GET", "/admin/login/")) == 2  # both reached Django
    assert requests.count(("POST", "/feedback/")) == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_nginx_redirects_plain_http_and_refuses_other_hosts(edge):
    status, headers, _ = _request(edge["http"], "GET", "/articles/x/?a=1", tls=False)
    assert status == 301
    assert headers["location"] == "https://portal.example.org/articles/x/?a=1"
    with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
        _request(edge["http"], "GET", "/", tls=False, host="attacker.example")
    # The load balancer's probe, by address over plain HTTP, still gets the health check.
    assert _request(edge["http"], "GET", "/healthz", tls=False, host="10.0.1.11")[0] == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_nginx_log_has_no_query_strings_or_client_addresses(edge):
    _request(edge["https"], "GET", "/search/?q=my+private+question")
    log = _log_once(edge["folder"] / "portal-access.log", lambda text: '"GET /search/' in text)
    assert '"GET /search/ HTTP/1.1" 200' in log
    assert "private" not in log
    assert "127.0.0.1" not in log


# --- systemd --------------------------------------------------------------------------------------

UNITS = sorted((DEPLOY / "systemd").glob("portal*.*"))


def test_every_job_has_a_service_and_a_timer():
    names = {path.name for path in UNITS}
    assert "portal.service" in names
    for job in ("link-check", "review-digest", "search-index", "backup", "purge-feedback", "label-check"):
        assert {f"portal-{job}.service", f"portal-{job}.timer"} <= names


def _ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, comment_prefixes=("#", ";"))
    parser.optionxform = str
    parser.read_string(path.read_text())
    return parser


@pytest.mark.parametrize("unit", [path for path in UNITS if path.suffix == ".service"], ids=lambda path: path.name)
def test_services_run_commands_that_exist_here(unit):
    service = _ini(unit)["Service"]
    assert service["WorkingDirectory"] == "/srv/portal"
    assert "\nEnvironmentFile=/etc/portal/portal.env\n" in unit.read_text()
    # A oneshot job may run several commands in turn (one ExecStart= line each): check every one.
    commands = re.findall(r"^ExecStart=(.+)$", unit.read_text(), re.MULTILINE)
    assert commands, f"{unit.name}: no ExecStart"
    for line in commands:
        _check_command(unit, shlex.split(line))


def _check_command(unit: Path, command: list[str]) -> None:
    program = command[0].replace("/srv/portal/", f"{REPOSITORY}/")
    assert program.startswith(f"{REPOSITORY}/.venv/bin/"), program
    if command[1:3] == ["-c", "gunicorn.conf.py"]:
        assert Path(program).name == "gunicorn"
        assert (REPOSITORY / "gunicorn.conf.py").is_file()
    elif command[1] == "manage.py":
        name, arguments = command[2], command[3:]
        app = get_commands().get(name)
        assert app is not None, f"{unit.name}: no management command {name!r}"
        load_command_class(app, name).create_parser("manage.py", name).parse_args(arguments)  # exits on bad args
    else:
        assert command[1:4] == ["-m", "portal.backup", "dump"], command
        assert (REPOSITORY / "portal" / "backup.py").is_file()


@pytest.mark.parametrize("unit", [path for path in UNITS if path.suffix == ".timer"], ids=lambda path: path.name)
def test_timers_start_their_service_on_a_calendar(unit):
    timer = _ini(unit)["Timer"]
    assert timer["Unit"] == unit.stem + ".service"
    assert (DEPLOY / "systemd" / timer["Unit"]).is_file()
    assert timer["OnCalendar"]
    assert timer["Persistent"] == "true"


def test_systemd_accepts_the_units(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (the units were still parsed as INI files above).")
    # The units as installed here: this checkout instead of /srv/portal, an env file that exists.
    (tmp_path / "portal.env").write_text("")
    (tmp_path / "backups").mkdir()
    venv = REPOSITORY / ".venv" / "bin"
    if not (venv / "gunicorn").exists():
        pytest.skip(f"{venv} has no gunicorn: install the requirements first.")
    for unit in UNITS:
        text = unit.read_text().replace("/srv/portal", str(REPOSITORY)).replace("/etc/portal/", f"{tmp_path}/")
        text = text.replace("/var/backups/portal", str(tmp_path / "backups"))
        text = re.sub(r"^(User|Group)=portal$", r"\1=root", text, flags=re.MULTILINE)
        (tmp_path / unit.name).write_text(text)
    result = subprocess.run(
        [analyze, "verify", *(str(tmp_path / unit.name) for unit in UNITS)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "Unknown key" not in result.stderr
    assert "Failed to parse" not in result.stderr


# --- PgBouncer ------------------------------------------------------------------------------------


def test_pgbouncer_pools_transactions_for_the_portal_database():
    config = _ini(DEPLOY / "pgbouncer.ini")
    assert config["pgbouncer"]["pool_mode"] == "transaction"
    assert config["pgbouncer"]["auth_type"] == "scram-sha-256"
    assert "dbname=portal" in config["databases"]["portal"]
    assert int(config["pgbouncer"]["default_pool_size"]) < 100  # under PostgreSQL's max_connections


def test_pgbouncer_settings_fit_transaction_pooling():
    default = {"ENGINE": "django.db.backends.postgresql", "NAME": "portal", "HOST": "db1", "PORT": 6432}
    pooled = databases(default, replica_urls=["postgresql://portal@db2:6432/portal"], pgbouncer=True)
    for entry in pooled.values():
        assert entry["DISABLE_SERVER_SIDE_CURSORS"] is True
        assert entry["CONN_MAX_AGE"] == 0
    direct = databases(default)
    assert direct["default"]["CONN_MAX_AGE"] == 60
    assert direct["default"]["CONN_HEALTH_CHECKS"] is True
    assert not direct["default"].get("DISABLE_SERVER_SIDE_CURSORS")


def test_settings_read_pgbouncer_and_replicas_from_the_environment():
    env = {
        **PRODUCTION_ENVIRONMENT,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": "postgresql://portal:secret@10.0.2.21:6432/portal",
        "DATABASE_REPLICA_URLS": "postgresql://portal:secret@10.0.2.22:6432/portal",
        "DJANGO_PGBOUNCER": "1",
    }
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps({'databases': settings.DATABASES, 'routers': settings.DATABASE_ROUTERS, "
        "'middleware': settings.MIDDLEWARE}, default=str))"
    )
    result = run_portal_process("-c", script, env=env)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert list(loaded["databases"]) == ["default", "replica1"]
    assert loaded["databases"]["replica1"]["HOST"] == "10.0.2.22"
    for entry in loaded["databases"].values():
        assert entry["DISABLE_SERVER_SIDE_CURSORS"] is True
        assert entry["CONN_MAX_AGE"] == 0
    assert loaded["routers"] == ["portal.db_router.ReplicaRouter"]
    middleware = loaded["middleware"]
    # Below the page cache (a cached page needs no database at all), above the session and the views.
    replica_reads = middleware.index("portal.db_router.ReplicaReadsMiddleware")
    assert middleware.index("portal.page_cache.PublicPageCacheMiddleware") < replica_reads
    assert replica_reads < middleware.index("django.contrib.sessions.middleware.SessionMiddleware")
