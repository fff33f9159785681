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

Targeted invalidation. A change of known scope (an approval, a withdrawal, a label flag, a
directory change) need not turn the whole site cold: it names the *groups* it touches
(`pages_changed("page:/articles/x/", "topic:surgery")`), and a page that said which groups it shows
(`depends_on(request, ...)`) stays cached through changes to other groups. A page that said nothing
depends on the group "anything", which every change touches, so it is exactly as fresh as before.
Changes of unknown or site-wide scope (reviewers, glossary terms, topics' own text) still write a
new content version, which empties everything.

Why this cannot serve a page older than a change: a change stamps each group it touches with a
number from one counter that only grows (`cache.incr`; seeded from the clock, so a counter lost
from the cache starts again above every number handed out before). A page is stored with the
counter's value read *before* it was rendered, and is served only while every group it depends on
carries a number no greater than that. A page rendered from data older than a change therefore
read the counter before the change stamped its groups (the stamp comes after the commit), and is
refused. A group whose number is missing from the cache (evicted) makes the page a miss.

No stampede: when a page is missing, one worker renders it (it holds a short lock taken with the
cache's atomic `add`); the others wait briefly for its copy and render it themselves only if it
has not come.
"""

import contextlib
import fcntl
import hashlib
import os
import time
import uuid

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.filebased import FileBasedCache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from portal import db_router, languages

VERSION_KEY = "page-cache:content-version"
COUNTER_KEY = "page-cache:change-counter"
GROUP_KEY = "page-cache:group:"
ANYTHING = "anything"  # the group of pages that did not say what they show
DIRECTORY = "directory"  # support listings: the directory's pages and the listings other pages offer
LOCK_KEY = "page-cache:rendering:"
LOCK_SECONDS = 10  # a renderer that died frees its lock after this
WAIT_SECONDS = 2.0  # how long the others wait for its copy before rendering themselves
WAIT_STEP = 0.05
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


def _counter() -> int:
    """The change counter now. Seeded from the clock in nanoseconds, so a counter lost from the
    cache (evicted, or the cache emptied) starts above every value handed out before."""
    value = cache.get(COUNTER_KEY)
    if value is None:
        cache.add(COUNTER_KEY, time.time_ns(), timeout=None)
        value = cache.get(COUNTER_KEY)
    return int(value) if value is not None else time.time_ns()  # None: a cache that keeps nothing


@contextlib.contextmanager
def _one_counter_at_a_time():
    """Django's file cache counts by reading and writing again, so two changes at once could hand
    out the same number or even move the counter back; an OS lock beside it makes that one step.
    (Redis and memcached count atomically themselves; the local-memory cache counts under a lock.)"""
    backend = caches["default"]
    if not isinstance(backend, FileBasedCache):
        yield
        return
    os.makedirs(backend._dir, exist_ok=True)
    with open(os.path.join(backend._dir, "change-counter.lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _stamp_groups(groups: frozenset[str]) -> None:
    db_router.pin_primary()  # as for a new content version: no page may be re-rendered from a lagging replica
    with _one_counter_at_a_time():
        _counter()  # seeds a missing counter
        try:
            number = cache.incr(COUNTER_KEY)
        except ValueError:
            return  # a cache that keeps nothing (dummy://) holds no copies to make stale
    cache.set_many({GROUP_KEY + group: number for group in groups | {ANYTHING}}, timeout=None)


def pages_changed(*groups: str) -> None:
    """Make stale the cached pages that show these groups, and every page that did not say what it
    shows: now, and again once this transaction commits (see `public_pages_changed` for why twice)."""
    touched = frozenset(groups)
    _stamp_groups(touched)
    transaction.on_commit(lambda: _stamp_groups(touched))


def depends_on(request, *groups: str) -> None:
    """Say which groups a page shows, so that changes to other groups leave its cached copy alone.
    Call it with every group whose change could alter the page (its own address, the lists it
    shows, the pages it links to by title)."""
    existing = getattr(request, "page_cache_groups", frozenset())
    request.page_cache_groups = existing | frozenset(groups)


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
        # "page2": entries also record what they show (a release before targeted invalidation stored
        # other tuples under "page"; a shared cache outlives a deploy, and they must never be read).
        return f"page-cache:page2:{content_version()}:{language}:{digest}"

    def __call__(self, request):
        key = self._key(request)
        if key is None:
            response = self.get_response(request)
            self._set_cache_control(request, response, shareable=False)
            return response
        stored = self._fresh(cache.get(key))
        if stored is not None:
            return stored
        started = _counter()  # before anything is read for this page: see the module's docstring
        lock = LOCK_KEY + key
        holds_lock = cache.add(lock, 1, LOCK_SECONDS)
        if not holds_lock:
            stored = self._wait_for_copy(key, lock)
            if stored is not None:
                return stored
            started = _counter()  # it never came: render here, from data read from now on
        try:
            response = self.get_response(request)
            self._set_cache_control(request, response, shareable=True)
            if self._storable(response):
                groups = tuple(sorted(getattr(request, "page_cache_groups", None) or {ANYTHING}))
                self._known(groups)
                entry = (started, groups, response.status_code, list(response.headers.items()), response.content)
                cache.set(key, entry, PAGE_TIMEOUT)
        finally:
            if holds_lock:
                cache.delete(lock)
        return response

    @staticmethod
    def _known(groups) -> None:
        """A group with no number yet (never changed, or evicted) gets the counter's value now, so
        pages rendered from here on can be stored; pages rendered before stay refused."""
        missing = set(groups) - {key.removeprefix(GROUP_KEY) for key in cache.get_many([GROUP_KEY + g for g in groups])}
        if missing:
            now = _counter()
            for group in missing:
                cache.add(GROUP_KEY + group, now, timeout=None)

    @staticmethod
    def _fresh(stored) -> HttpResponse | None:
        """The stored page as a response, if no group it shows has changed since it was rendered."""
        if not isinstance(stored, tuple) or len(stored) != 5:
            return None  # nothing stored, or not in this release's form: render the page
        started, groups, status, headers, content = stored
        numbers = cache.get_many([GROUP_KEY + group for group in groups])
        if len(numbers) != len(groups) or any(number > started for number in numbers.values()):
            return None
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response.headers[name] = value
        response["X-Page-Cache"] = "hit"  # for the benchmark's hit ratio and for operators; never stored
        return response

    def _wait_for_copy(self, key: str, lock: str) -> HttpResponse | None:
        """Another worker is rendering this page: wait a little for its copy."""
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(WAIT_STEP)
            stored = self._fresh(cache.get(key))
            if stored is not None:
                return stored
            if cache.get(lock) is None:
                return self._fresh(cache.get(key))
        return None

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
