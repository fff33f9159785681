"""The directory's link check: which web addresses it shows, whether each still answers, and which
services show a broken one.

`check_url` and `check_urls` do HTTP only (the standard library's urllib, no database), so they can
run in worker threads; `directory_urls` and the selectors read the database and belong to the
caller's thread. `manage.py check_directory_links` ties them together and stores the answers in
`LinkCheck`.

What counts as broken: an HTTP status of 400 or more, no answer within the timeout, a host that
does not resolve, a refused connection, a TLS failure, a redirect loop or a redirect to something
that is not a web address. A redirect that ends in a page is fine (`final_url` says where).
"""

import contextlib
import datetime
import http.client
import http.cookiejar
import itertools
import threading
import time
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from http import HTTPStatus
from socket import gaierror
from ssl import SSLCertVerificationError, SSLError
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from resources.models import LinkCheck, Location, Organization, Schedule, Service, ServiceStatus

HTTP_SCHEMES = ("http", "https")
DEFAULT_TIMEOUT = 10.0
DEFAULT_WORKERS = 8
MAX_REDIRECTS = 10
# A GET reads no more than this: enough to know the page answers, not to download it.
MAX_BODY_BYTES = 4096
# At most this many requests to one host at a time, however many workers there are.
PER_HOST = 2
ERROR_MAX_LENGTH = LinkCheck._meta.get_field("error").max_length
URL_MAX_LENGTH = LinkCheck._meta.get_field("final_url").max_length


def user_agent() -> str:
    """Who is asking, with where to find us, so that site owners can tell what the requests are."""
    contact = f"+{settings.SITE_URL}; " if settings.SITE_URL else ""
    return f"PatientPortalLinkCheck/1.0 ({contact}directory link check)"


@dataclass(frozen=True)
class LinkResult:
    """The answer for one address, shaped like a `LinkCheck` row."""

    url: str
    is_broken: bool
    status_code: int | None = None
    final_url: str = ""
    error: str = ""
    elapsed_ms: int | None = None
    checked_at: datetime.datetime | None = None

    def as_link_check(self) -> LinkCheck:
        return LinkCheck(
            url=self.url,
            checked_at=self.checked_at or timezone.now(),
            status_code=self.status_code,
            final_url=self.final_url if len(self.final_url) <= URL_MAX_LENGTH else "",
            error=self.error[:ERROR_MAX_LENGTH],
            is_broken=self.is_broken,
            elapsed_ms=self.elapsed_ms,
        )


@dataclass(frozen=True)
class _Outcome:
    is_broken: bool
    status_code: int | None = None
    final_url: str = ""
    error: str = ""
    # HEAD's answer is not to be trusted (405, 501, another error status, a garbled or cut-off
    # answer): many servers handle HEAD badly, so ask again with GET.
    retry_with_get: bool = False


# --- HTTP (no database: safe in worker threads) -----------------------------------------------------


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand every 3xx back as an HTTPError, so that `_follow` walks redirects itself: it records
    where they end, tells a loop from a long chain and refuses non-web destinations."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _requestable(url: str) -> str:
    """http.client wants ASCII without spaces: punycode the host, percent-encode path and query
    (keeping escapes already there). Raises ValueError for an address that cannot be made so."""
    if url.isascii() and not any(char <= " " or char == "\x7f" for char in url):
        return url
    parts = urlsplit(url.strip())
    try:
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError(f"invalid host name in {url!r}") from exc
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    userinfo, at, _ = parts.netloc.rpartition("@")
    if at:
        netloc = f"{quote(userinfo, safe='%:')}@{netloc}"
    path = quote(parts.path, safe="/%:@!$&'()*+,;=~")
    query = quote(parts.query, safe="/?%:@!$&'()*+,;=~")
    return urlunsplit((parts.scheme, netloc, path, query, ""))


def _scheme(url: str) -> str:
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:
        return ""


def _http_error_text(code: int, reason: str | None) -> str:
    if not reason:
        try:
            reason = HTTPStatus(code).phrase
        except ValueError:
            reason = ""
    return f"HTTP {code} {reason}".strip()


def _unwrap(exc: BaseException) -> BaseException:
    if isinstance(exc, URLError) and not isinstance(exc, HTTPError) and isinstance(exc.reason, BaseException):
        return exc.reason
    return exc


def _is_odd(exc: BaseException) -> bool:
    """A failure after the connection was made: the server hung up or answered something that is
    not HTTP, as some do for HEAD. Worth one GET; a timeout, DNS or TLS failure is not."""
    return isinstance(exc, http.client.HTTPException | ConnectionResetError | ConnectionAbortedError | BrokenPipeError)


def describe_error(exc: BaseException, timeout: float) -> str:
    """A short, human-readable reason for a failed request."""
    exc = _unwrap(exc)
    if isinstance(exc, TimeoutError):
        return f"timed out: no answer within {timeout:g} s"
    if isinstance(exc, gaierror):
        return "host not found (DNS lookup failed)"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, SSLCertVerificationError):
        return f"TLS certificate not accepted: {exc.verify_message or exc.reason or 'verification failed'}"
    if isinstance(exc, SSLError):
        detail = (exc.reason or "").replace("_", " ").lower() or str(exc)
        return f"TLS handshake failed: {detail}"
    if isinstance(exc, http.client.RemoteDisconnected | ConnectionResetError | ConnectionAbortedError):
        return "the server closed the connection without answering"
    if isinstance(exc, http.client.HTTPException):
        return f"not a valid HTTP answer ({exc.__class__.__name__})"
    if isinstance(exc, ValueError):
        return "not a valid web address"
    if isinstance(exc, OSError) and exc.strerror:
        return f"network error: {exc.strerror.lower()}"
    return f"request failed: {exc}" if str(exc) else f"request failed ({exc.__class__.__name__})"


def _read_a_little(response) -> None:
    # The status line and headers have answered; a slow or cut-off body does not change that.
    with contextlib.suppress(OSError, http.client.HTTPException):
        response.read(MAX_BODY_BYTES)


def _follow(url: str, method: str, *, timeout: float, agent: str) -> _Outcome:
    """Request `url` with `method`, following redirects by hand."""
    opener = urllib.request.build_opener(
        # Some sites redirect to set a cookie and then back; without cookies that looks like a loop.
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
        _NoRedirects(),
    )
    headers = {"User-Agent": agent, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    visits = Counter()
    current = url
    status = None
    answered = ""  # the last address that answered with an HTTP status
    for _hop in range(MAX_REDIRECTS + 1):
        visits[current] += 1
        try:
            # Only http(s) gets here: check_url refuses other schemes and the loop below refuses
            # redirects to them (urllib would otherwise open file: and ftp: addresses too).
            request = urllib.request.Request(_requestable(current), headers=headers, method=method)  # noqa: S310
            with opener.open(request, timeout=timeout) as response:
                if method == "GET":
                    _read_a_little(response)
                return _Outcome(is_broken=False, status_code=response.status, final_url=current)
        except HTTPError as exc:
            status, answered = exc.code, current
            location = exc.headers.get("Location") if exc.headers else None
            exc.close()
            if not 300 <= status < 400:
                return _Outcome(True, status, current, _http_error_text(status, exc.reason), method == "HEAD")
            if not location:
                return _Outcome(True, status, current, f"redirect ({status}) without a destination")
            target = urljoin(current, location.strip())
            if _scheme(target) not in HTTP_SCHEMES:
                return _Outcome(True, status, current, f"redirects to something that is not a web address: {target}")
            if visits[target] >= 2:
                return _Outcome(True, status, current, "redirect loop")
            current = target
        except (OSError, http.client.HTTPException, ValueError) as exc:
            reason = _unwrap(exc)
            error = describe_error(reason, timeout)
            if current != url:
                error = f"{error} (after redirects, at {current})"
            return _Outcome(True, status, answered, error, method == "HEAD" and _is_odd(reason))
    return _Outcome(True, status, answered, f"too many redirects (more than {MAX_REDIRECTS})")


def check_url(url: str, *, timeout: float = DEFAULT_TIMEOUT, agent: str | None = None) -> LinkResult:
    """Check one address: HEAD first, GET when HEAD's answer cannot be trusted. Never raises."""
    started = time.monotonic()
    agent = agent or user_agent()
    try:
        if _scheme(url) not in HTTP_SCHEMES:
            outcome = _Outcome(True, error="not checked: only http:// and https:// addresses are allowed")
        else:
            outcome = _follow(url, "HEAD", timeout=timeout, agent=agent)
            if outcome.retry_with_get:
                outcome = _follow(url, "GET", timeout=timeout, agent=agent)
    except Exception as exc:  # one strange address must not end the whole run
        outcome = _Outcome(True, error=f"check failed: {exc.__class__.__name__}: {exc}")
    return LinkResult(
        url=url,
        is_broken=outcome.is_broken,
        status_code=outcome.status_code,
        final_url=outcome.final_url,
        error=outcome.error,
        elapsed_ms=round((time.monotonic() - started) * 1000),
        checked_at=timezone.now(),
    )


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _interleaved(urls: Iterable[str]) -> list[str]:
    """Round-robin over hosts, so that the workers start on different sites."""
    by_host = defaultdict(list)
    for url in sorted(set(urls)):
        by_host[_host(url)].append(url)
    rounds = itertools.zip_longest(*by_host.values())
    return [url for row in rounds for url in row if url is not None]


def check_urls(
    urls: Iterable[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    workers: int = DEFAULT_WORKERS,
) -> Iterator[LinkResult]:
    """Check addresses concurrently, yielding results as they finish (in no particular order).

    The worker threads only make HTTP requests; whatever consumes the results (the database
    writes) runs in the caller's thread. No host gets more than PER_HOST requests at a time.
    """
    ordered = _interleaved(urls)
    if not ordered:
        return
    agent = user_agent()
    gates = {host: threading.BoundedSemaphore(PER_HOST) for host in map(_host, ordered)}

    def gated(url: str) -> LinkResult:
        with gates[_host(url)]:
            return check_url(url, timeout=timeout, agent=agent)

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="link-check")
    try:
        futures = [pool.submit(gated, url) for url in ordered]
        for future in as_completed(futures):
            yield future.result()
    finally:
        # Normally all are done; if the caller stopped early (Ctrl-C), drop what has not started.
        pool.shutdown(wait=True, cancel_futures=True)


# --- Database (the caller's thread) ------------------------------------------------------------------


def directory_urls() -> dict[str, list[str]]:
    """Every distinct web address the directory shows for listings that are not defunct, with
    where each is used ("Organization: service “Name” web page"), for the report.

    Services count unless defunct (an inactive one may come back); an organization's website and
    its locations' addresses count while it has such a service."""
    live_services = Service.objects.exclude(status=ServiceStatus.DEFUNCT)
    has_live_service = Exists(live_services.filter(organization=OuterRef("organization")))
    uses = defaultdict(set)
    organizations = Organization.objects.filter(Exists(live_services.filter(organization=OuterRef("pk"))))
    for name, website in organizations.exclude(website="").values_list("name", "website"):
        uses[website].add(f"{name}: organization website")
    for name, organization, url in live_services.exclude(url="").values_list("name", "organization__name", "url"):
        uses[url].add(f"{organization}: service “{name}” web page")
    locations = Location.objects.filter(has_live_service).exclude(url="")
    for name, organization, url in locations.values_list("name", "organization__name", "url"):
        uses[url].add(f"{organization}: location “{name}” web address")
    schedules = Schedule.objects.filter(service__in=live_services).exclude(schedule_link="")
    for name, organization, url in schedules.values_list(
        "service__name", "service__organization__name", "schedule_link"
    ):
        uses[url].add(f"{organization}: service “{name}” schedule link")
    return {url: sorted(labels) for url, labels in sorted(uses.items())}


def broken_urls() -> set[str]:
    """The addresses the last link check found broken."""
    return set(LinkCheck.objects.filter(is_broken=True).values_list("url", flat=True))


def services_with_broken_links(services: QuerySet[Service] | None = None) -> QuerySet[Service]:
    """Services (of `services`, by default all) showing an address the last check found broken:
    their own web page, their organization's website, the web address of a location where they
    are offered, or a schedule's link. Whatever their status: the admin filter narrows further."""
    services = Service.objects.all() if services is None else services
    broken = LinkCheck.objects.filter(is_broken=True).values("url")
    return services.filter(
        Q(url__in=broken)
        | Q(organization__website__in=broken)
        | Exists(Location.objects.filter(service_at_locations__service=OuterRef("pk"), url__in=broken))
        | Exists(Schedule.objects.filter(service=OuterRef("pk"), schedule_link__in=broken))
    )
