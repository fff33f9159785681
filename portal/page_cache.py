"""The shared page cache for anonymous readers, and the HTTP caching headers of public pages.

Every anonymous reader sees the same reviewed page, so a page is rendered once and then served
from the cache that all gunicorn workers share (a file cache on one machine, Redis across
machines). Keys carry a *content version*: every approval, withdrawal, topic, glossary or
reviewer change writes a new random version after its transaction commits, so from that moment
no worker finds the old pages any more. A random value rather than a counter, because bumps from
two processes can race, and two random values never collide the way two "v + 1"s can.

Keys carry the page's language as well as its address: /es/... and /... are stored apart, and the
language comes from the address alone (no cookie or Accept-Language header ever changes a page).

Never cached: anything but GET/HEAD, staff (a session cookie), the admin, responses that set
cookies or carry messages, and responses a view marks uncacheable (e.g. a form with errors).
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from portal import db_router, languages

VERSION_KEY = "page-cache:content-version"
PAGE_TIMEOUT = 24 * 60 * 60  # versioned keys never go stale; this only frees space
CACHEABLE_STATUSES = {200, 410}
# Pages whose query string is a form's input (or a page number); any other query string bypasses
# the cache, so random parameters cannot flood it. Paths without their language prefix.
QUERY_PAGES = {"/medicines/", "/which-pages-fit-me/", "/search/", "/support/"}
PAGINATED_PREFIXES = ("/topics/",)
UNCACHEABLE_PREFIXES = ("/admin/", "/feedback/", "/healthz")


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_content_version() -> None:
    """Make every cached page stale at once. Call after the change has committed."""
    db_router.pin_primary()  # first: no page of the new version may be rendered from a lagging replica
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def public_pages_changed() -> None:
    """Make cached public pages stale: now, and again once this transaction commits.

    Now, so that anything this transaction shows next (the same request, a test) is fresh; again
    at commit, because other workers may meanwhile have cached pages rendered from the data as it
    was before the commit. A rollback only costs one extra rendering.
    """
    bump_content_version()
    transaction.on_commit(bump_content_version)


def mark_uncacheable(response: HttpResponse) -> HttpResponse:
    """For pages that must not be shared, such as a form showing the reader's own errors."""
    response.page_cacheable = False
    return response


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def _is_staff_request(self, request) -> bool:
        return settings.SESSION_COOKIE_NAME in request.COOKIES

    def _key(self, request) -> str | None:
        if request.method not in ("GET", "HEAD") or self._is_staff_request(request):
            return None
        path = request.path
        language, neutral_path = languages.split_path(path)
        if neutral_path.startswith(UNCACHEABLE_PREFIXES):
            return None
        query = request.META.get("QUERY_STRING", "")
        if query and not (
            neutral_path in QUERY_PAGES
            or (neutral_path.startswith(PAGINATED_PREFIXES) and set(request.GET) == {"page"})
            # The home page saying that the page a reader came from is not translated yet.
            or (neutral_path == "/" and query == f"{languages.NO_TRANSLATION_PARAMETER[language]}=1")
        ):
            return None
        # The raw Host header: an invalid host simply never matches a stored page.
        where = f"{request.scheme}://{request.META.get('HTTP_HOST', '')}{path}?{query}"
        # Search shows editors' best bets until the day they expire: its pages are kept for one day at most.
        if neutral_path == "/search/":
            where += f"#{timezone.localdate().isoformat()}"
        digest = hashlib.sha256(where.encode()).hexdigest()
        return f"page-cache:page:{content_version()}:{language}:{digest}"

    def __call__(self, request):
        key = self._key(request)
        if key is not None:
            stored = cache.get(key)
            if stored is not None:
                status, headers, content = stored
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response.headers[name] = value
                return response
        response = self.get_response(request)
        self._set_cache_control(request, response, shareable=key is not None)
        if key is not None and self._storable(response):
            cache.set(key, (response.status_code, list(response.headers.items()), response.content), PAGE_TIMEOUT)
        return response

    def _storable(self, response) -> bool:
        return (
            response.status_code in CACHEABLE_STATUSES
            and getattr(response, "page_cacheable", True)
            and not response.cookies
            and not response.streaming
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    def _set_cache_control(self, request, response, *, shareable: bool) -> None:
        if response.has_header("Cache-Control"):
            return  # the view (or the admin) decided
        if shareable and self._storable(response):
            # Browsers revalidate every time (cheap 304s); shared caches keep it N seconds.
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.SHARED_CACHE_SECONDS)
            # nginx counts whole seconds (a copy can outlive its time by up to 1 s) and, updating in
            # the background, serves an expired copy once more while it fetches the new one. Asked
            # for 2 s less (it honours X-Accel-Expires before Cache-Control and never passes it on),
            # a withdrawal reaches readers through nginx within N seconds. CDNs follow s-maxage.
            response["X-Accel-Expires"] = str(max(settings.SHARED_CACHE_SECONDS - 2, 0))
        elif self._is_staff_request(request):
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, no_cache=True)
