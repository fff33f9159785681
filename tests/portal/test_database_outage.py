"""While PostgreSQL cannot be reached: a plain-language 503 page, cached pages still served, /healthz 503."""

import json
import logging
import socket

from django.core.handlers.exception import convert_exception_to_response
from django.db import OperationalError
from django.http import HttpResponse
from django.test import RequestFactory

from portal.middleware import DatabaseOutageMiddleware
from tests.helpers import PRODUCTION_ENVIRONMENT, run_portal_process

HOST = "portal.example.org"
CACHED_PAGE = "/articles/hormone-therapy-basics/"
UNCACHED_PAGE = "/topics/hormone-therapy/"
SEARCH = "/search/?q=private-reader-words"
FRIENDLY = "We cannot show this page right now"

# Runs inside a real portal process: production settings, DATABASE_URL at a port nobody listens on.
OUTAGE_SCRIPT = f"""
import json
import django
django.setup()
from django.http import HttpResponse
from django.test import Client, RequestFactory
from portal.page_cache import PublicPageCacheMiddleware

# A page stored in the page cache before the outage, by the middleware itself (its view needs no database).
stored = RequestFactory().get({CACHED_PAGE!r}, secure=True, HTTP_HOST={HOST!r})
PublicPageCacheMiddleware(lambda request: HttpResponse(b"<p>stored before the outage</p>"))(stored)

client = Client(HTTP_HOST={HOST!r})
answers = {{}}
for path in ({CACHED_PAGE!r}, {UNCACHED_PAGE!r}, {SEARCH!r}, "/healthz"):
    response = client.get(path, secure=True)
    answers[path] = {{"status": response.status_code, "headers": dict(response.headers),
                      "body": response.content.decode()}}
print(json.dumps(answers))
"""


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again on leaving: connections are refused


def test_unreachable_database_gives_a_friendly_503_and_cached_pages_still_answer():
    env = {
        **PRODUCTION_ENVIRONMENT,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_CACHE_URL": "locmem://",
        "DATABASE_URL": f"postgresql://portal@127.0.0.1:{_closed_port()}/portal?connect_timeout=2",
    }
    result = run_portal_process("-c", OUTAGE_SCRIPT, env=env)
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout.strip().splitlines()[-1])

    cached = answers[CACHED_PAGE]
    assert cached["status"] == 200
    assert "stored before the outage" in cached["body"]

    for path in (UNCACHED_PAGE, SEARCH):
        page = answers[path]
        assert page["status"] == 503, (path, page["status"])
        assert FRIENDLY in page["body"]
        assert "try again in a minute" in page["body"]
        assert "call your care team" in page["body"]
        assert page["headers"]["Retry-After"] == "10"
        assert page["headers"]["Cache-Control"] == "no-store"
        for leak in ("Traceback", "OperationalError", "psycopg2", "Connection refused", "127.0.0.1"):
            assert leak not in page["body"]

    health = answers["/healthz"]
    assert health["status"] == 503
    assert json.loads(health["body"]) == {"status": "unavailable", "database": "unavailable"}

    # One warning per 503, naming the path but not the search words; no traceback in the log.
    log = result.stderr
    assert log.count("Database unavailable, answered 503") == 2
    assert "GET /search/ (OperationalError)" in log
    assert "private-reader-words" not in log
    assert "Traceback" not in log
    # Django's own ERROR line is not added on top (it still logs the /healthz 503, for operators).
    assert f"Service Unavailable: {UNCACHED_PAGE}" not in log
    assert "Service Unavailable: /search/" not in log


def _outage_response(get_response, path="/topics/x/?q=words"):
    request = RequestFactory().get(path)
    return DatabaseOutageMiddleware(get_response)(request)


def test_view_database_error_becomes_503_with_one_warning(caplog):
    middleware = DatabaseOutageMiddleware(lambda request: HttpResponse("never"))
    request = RequestFactory().get("/topics/x/?q=words", REMOTE_ADDR="203.0.113.9")
    with caplog.at_level(logging.WARNING, logger="portal.request"):
        response = middleware.process_exception(request, OperationalError("connection refused"))
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response["Cache-Control"] == "no-store"
    assert FRIENDLY in response.content.decode()
    [record] = [r for r in caplog.records if r.name == "portal.request"]
    assert record.levelno == logging.WARNING
    assert record.getMessage() == "Database unavailable, answered 503: GET /topics/x/ (OperationalError)"


def test_other_exceptions_are_left_to_django():
    middleware = DatabaseOutageMiddleware(lambda request: HttpResponse("never"))
    assert middleware.process_exception(RequestFactory().get("/"), ValueError("a bug")) is None


def test_database_error_raised_by_a_middleware_below_also_becomes_503(settings):
    settings.DEBUG = False
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False

    def session_loading_middleware(request):  # e.g. a staff session read from the database
        raise OperationalError("server closed the connection unexpectedly")

    def security_headers(request):  # a layer between ours and the one that failed
        response = convert_exception_to_response(session_loading_middleware)(request)
        response["X-Frame-Options"] = "DENY"
        return response

    # Django turns the exception into its 500 page before it comes back up to our middleware.
    response = _outage_response(security_headers)
    assert response.status_code == 503
    assert FRIENDLY in response.content.decode()
    assert response["Cache-Control"] == "no-store"
    assert response["Retry-After"] == "10"
    assert response["X-Frame-Options"] == "DENY"


def test_other_500s_stay_500(settings):
    settings.DEBUG = False
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False

    def broken(request):
        raise ValueError("a bug")

    assert _outage_response(convert_exception_to_response(broken)).status_code == 500
