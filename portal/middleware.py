"""Middleware of our own: client address behind proxies, Permissions-Policy, the health probe, the
language from the address, and the friendly page shown while the database is unreachable."""

import ipaddress
import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.functional import cached_property

from portal import languages
from portal.health import health_response


class TrustedProxyMiddleware:
    """Take the client's address from X-Forwarded-For, but only when a trusted proxy sent it.

    Anybody can send an X-Forwarded-For header; believing it from any client would let an attacker
    choose the address that rate limits and lockouts see. We walk the header from the right (the
    hops our own proxies appended) and stop at the first address that is not one of our proxies.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def trusted_networks(self):
        return [ipaddress.ip_network(entry, strict=False) for entry in settings.TRUSTED_PROXIES]

    def is_trusted(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.trusted_networks)

    def __call__(self, request):
        remote = request.META.get("REMOTE_ADDR", "")
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded and self.is_trusted(remote):
            client = remote
            for hop in reversed([part.strip() for part in forwarded.split(",") if part.strip()]):
                client = hop
                if not self.is_trusted(hop):
                    break
            request.META["REMOTE_ADDR"] = client
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Turn off browser features the portal never uses (camera, microphone, location...)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class HealthCheckMiddleware:
    """Answer /healthz before the host check and the HTTPS redirect, for load balancers."""

    path = "/healthz"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == self.path and request.method in ("GET", "HEAD"):
            return health_response()
        return self.get_response(request)


class URLLanguageMiddleware:
    """The language of a request from its address only: /es/... is Spanish, everything else English.

    Django's LocaleMiddleware would also read a cookie, the session and Accept-Language, redirect
    readers to /es/ because of their browser's settings and add `Vary: Accept-Language` to every
    English page, which splits every shared cache's copy of a page by header. Here the address alone
    decides, so a page is the same for everyone who opens it and caches need no Vary.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language, _path = languages.split_path(request.path_info)
        request.LANGUAGE_CODE = language
        # override(): the language before this request comes back after it (tests, threads).
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


# Raised when PostgreSQL cannot be reached or a connection broke: a restart, a failover, a full pool.
DATABASE_OUTAGE_ERRORS = (OperationalError, InterfaceError)
OUTAGE_RETRY_AFTER_SECONDS = 10
request_logger = logging.getLogger("portal.request")


def _note_database_outage(sender, request=None, **kwargs):
    """Mark a request whose unhandled exception is a database outage (raised outside a view)."""
    if request is not None and isinstance(sys.exc_info()[1], DATABASE_OUTAGE_ERRORS):
        request.database_outage = True


class DatabaseOutageMiddleware:
    """While the database is unreachable, a plain-language 503 page instead of "Something went wrong".

    A view's exception reaches `process_exception`. An exception raised by a middleware below this
    one (a staff session loaded from the database) has already become Django's 500 page when it
    comes back up here; the `got_request_exception` signal marked the request, so that 500 becomes
    the same 503. Placed below the page cache: a cached page is served without the database and
    never gets here. The 503 says `no-store`, so neither our page cache nor nginx keeps it, and it
    is rendered without the database (no context processors, no static manifest).
    """

    body_headers = {"content-type", "content-length", "cache-control", "etag", "last-modified", "expires"}

    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(_note_database_outage, dispatch_uid="portal-database-outage")

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, "database_outage", False):
            outage = self.outage_response(request, "error raised outside a view")
            # Keep what the layers below added on the way up (security headers, CSP), not the 500's body headers.
            for name, value in response.headers.items():
                if name.lower() not in self.body_headers:
                    outage.headers.setdefault(name, value)
            return outage
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_OUTAGE_ERRORS):
            return self.outage_response(request, type(exception).__name__)
        return None

    @staticmethod
    def outage_response(request, cause: str) -> HttpResponse:
        # The path only: no query string (a search), no client address, no SQL.
        request_logger.warning("Database unavailable, answered 503: %s %s (%s)", request.method, request.path, cause)
        with translation.override(languages.split_path(request.path_info)[0]):
            response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(OUTAGE_RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        response._has_been_logged = True  # logged above; Django would add an ERROR line per request
        return response
