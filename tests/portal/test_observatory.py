"""Response headers scored the way Mozilla's HTTP Observatory scores a site, and A+ required.

Scoring, as documented on MDN's "HTTP Observatory Scoring Methodology" page,
https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring : every site starts at 100;
the penalties are deducted first; only if the result is 90 (A) or more are the bonuses added; the
minimum is 0; grades: 100+ A+, 90-99 A, 85-89 A-, 80-84 B+, 70-79 B, 65-69 B-, 60-64 C+, 50-59 C,
45-49 C-, 40-44 D+, 30-39 D, 25-29 D-, 0-24 F. The ten tests and their outcomes and modifiers
below follow that page's table and the scanner that produces it (mdn/mdn-http-observatory:
src/analyzer/tests/*.js, src/grader/charts.js): Content Security Policy, Cookies, Cross-Origin
Resource Sharing, Redirection, Referrer Policy, Strict Transport Security, Subresource Integrity,
X-Content-Type-Options, X-Frame-Options and Cross-Origin Resource Policy.

Like the Observatory, a scan of one address makes three requests: plain HTTP (following redirects,
which must lead to HTTPS on the same host), HTTPS (the response most tests read) and HTTPS again
with an `Origin` header (the CORS test). Requests look like production: debug is off in tests,
HTTPS is the test client's `secure=True`, and the HTTP-to-HTTPS redirect is switched on as in
production (tests run with DJANGO_SECURE_SSL_REDIRECT=0 by default).

What the Observatory cannot know offline is scored as a site that is not (yet) on the browsers'
HSTS preload list: no "hsts-preloaded" bonus, whatever the header says.
"""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from http.cookies import Morsel
from urllib.parse import urlsplit

import pytest
from django.http import HttpResponse
from django.test import Client

from tests.resources.listings import make_service

OBSERVATORY_ORIGIN = "https://http-observatory.security.mozilla.org"
HOST = "testserver"

# --- The score table (outcome -> modifier) -----------------------------------------------------------
MODIFIERS = {
    # Content Security Policy
    "csp-implemented-with-no-unsafe-default-src-none": 10,
    "csp-implemented-with-no-unsafe": 5,
    "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
    "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
    "csp-implemented-with-unsafe-eval": -10,
    "csp-implemented-with-unsafe-inline": -20,
    "csp-implemented-with-insecure-scheme": -20,
    "csp-header-invalid": -25,
    "csp-not-implemented": -25,
    # Cookies
    "cookies-secure-with-httponly-sessions-and-samesite": 5,
    "cookies-secure-with-httponly-sessions": 0,
    "cookies-not-found": 0,
    "cookies-without-secure-flag-but-protected-by-hsts": -5,
    "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
    "cookies-without-secure-flag": -20,
    "cookies-samesite-flag-invalid": -20,
    "cookies-anticsrf-without-samesite-flag": -20,
    "cookies-session-without-httponly-flag": -30,
    "cookies-session-without-secure-flag": -40,
    # Cross-Origin Resource Sharing
    "cross-origin-resource-sharing-not-implemented": 0,
    "cross-origin-resource-sharing-implemented-with-public-access": 0,
    "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
    "cross-origin-resource-sharing-implemented-with-universal-access": -50,
    # Redirection
    "redirection-all-redirects-preloaded": 0,
    "redirection-to-https": 0,
    "redirection-not-needed-no-http": 0,
    "redirection-off-host-from-http": -5,
    "redirection-not-to-https-on-initial-redirection": -10,
    "redirection-not-to-https": -20,
    "redirection-missing": -20,
    # Referrer Policy
    "referrer-policy-private": 5,
    "referrer-policy-not-implemented": 0,
    "referrer-policy-unsafe": -5,
    "referrer-policy-header-invalid": -5,
    # Strict Transport Security
    "hsts-preloaded": 5,
    "hsts-implemented-max-age-at-least-six-months": 0,
    "hsts-implemented-max-age-less-than-six-months": -10,
    "hsts-not-implemented": -20,
    "hsts-header-invalid": -20,
    "hsts-not-implemented-no-https": -20,
    # Subresource Integrity
    "sri-implemented-and-all-scripts-loaded-securely": 5,
    "sri-implemented-and-external-scripts-loaded-securely": 5,
    "sri-not-implemented-response-not-html": 0,
    "sri-not-implemented-but-no-scripts-loaded": 0,
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
    "sri-not-implemented-but-external-scripts-loaded-securely": -5,
    "sri-implemented-but-external-scripts-not-loaded-securely": -20,
    "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
    # X-Content-Type-Options
    "x-content-type-options-nosniff": 0,
    "x-content-type-options-not-implemented": -5,
    "x-content-type-options-header-invalid": -5,
    # X-Frame-Options
    "x-frame-options-implemented-via-csp": 5,
    "x-frame-options-sameorigin-or-deny": 0,
    "x-frame-options-allow-from-origin": 0,
    "x-frame-options-not-implemented": -20,
    "x-frame-options-header-invalid": -20,
    # Cross-Origin Resource Policy
    "corp-implemented-with-same-origin": 10,
    "corp-implemented-with-same-site": 10,
    "corp-implemented-with-cross-origin": 0,
    "corp-not-implemented": 0,
    "corp-header-invalid": -5,
}
GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"), (50, "C"),
          (45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F")]  # fmt: skip
MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
SIX_MONTHS = 15_552_000  # the Observatory's threshold (it accepts the common 180 days as "six months")

DANGEROUSLY_BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"}
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
NONCES_HASHES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")
PRIVATE_REFERRERS = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]
UNSAFE_REFERRERS = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"]
HTML_TYPES = {"text/html", "application/xhtml+xml"}


# --- What one scan retrieves -----------------------------------------------------------------------


class _PageParser(HTMLParser):
    """The parts of a page the Observatory reads: <script src> and <meta http-equiv>."""

    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []
        self.http_equiv: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "script":
            self.scripts.append(attributes)
        elif tag == "meta" and attributes.get("http-equiv"):
            self.http_equiv.setdefault(attributes["http-equiv"].lower(), []).append(attributes.get("content", ""))


@dataclasses.dataclass
class Retrieval:
    """The Observatory's view of one address."""

    http_route: list[tuple[str, int]]  # the plain-HTTP request and each redirect it led to: (url, status)
    https: HttpResponse | None  # the final answer over HTTPS, redirects followed ("auto")
    https_url: str
    cors: HttpResponse | None  # the same address over HTTPS with an Origin of another site
    cookies: list[Morsel]  # every cookie set by any of these responses
    set_cookie_headers: list[str]

    @property
    def page(self) -> _PageParser:
        parser = _PageParser()
        if self.https is not None and not getattr(self.https, "streaming", False):
            parser.feed(self.https.content.decode(self.https.charset or "utf-8", errors="replace"))
        return parser


def _follow(client: Client, url: str, route: list, *, headers=None, limit: int = 10) -> HttpResponse:
    """GET `url` and follow redirects on this host, recording (url, status) for each hop."""
    response = None
    for _ in range(limit):
        parts = urlsplit(url)
        secure = parts.scheme == "https"
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        response = client.get(path, secure=secure, headers=headers or {})
        route.append((url, response.status_code))
        if response.status_code not in (301, 302, 303, 307, 308):
            return response
        target = urlsplit(response["Location"])
        if target.netloc and target.netloc != HOST:
            route.append((response["Location"], None))  # another host: the Observatory notes it, we stop
            return response
        url = f"{target.scheme or parts.scheme}://{HOST}{target.path}" + (f"?{target.query}" if target.query else "")
    return response


def retrieve(client: Client, path: str) -> Retrieval:
    http_route: list[tuple[str, int]] = []
    responses = [_follow(client, f"http://{HOST}{path}", http_route)]
    https_route: list[tuple[str, int]] = []
    https = _follow(client, f"https://{HOST}{path}", https_route)
    cors = _follow(client, f"https://{HOST}{path}", [], headers={"Origin": OBSERVATORY_ORIGIN})
    responses += [https, cors]
    cookies, raw = [], []
    for response in responses:
        cookies += list(response.cookies.values())
        raw += [morsel.OutputString() for morsel in response.cookies.values()]
    return Retrieval(http_route, https, https_route[-1][0], cors, cookies, raw)


# --- The ten tests ---------------------------------------------------------------------------------


@dataclasses.dataclass
class Outcome:
    test: str
    result: str
    details: dict = dataclasses.field(default_factory=dict)

    @property
    def modifier(self) -> int:
        return MODIFIERS[self.result]


def _header_values(response: HttpResponse | None, name: str) -> list[str]:
    if response is None or not response.has_header(name):
        return []
    return [response[name]]


class InvalidPolicy(ValueError):
    pass


def parse_csp(policies: list[str]) -> dict[str, set[str]]:
    """Directive -> sources, lower-cased; a repeated directive makes the policy invalid (as the
    Observatory rules); with several policies a source counts only if every policy naming the
    directive allows it."""
    combined: dict[str, set[str]] = {}
    for policy in (p.replace("\r", "").replace("\n", "").strip() for p in policies):
        if len(policy) < len("img-src") - 1:
            raise InvalidPolicy(policy)
        seen = set()
        for entry in policy.split(";"):
            words = entry.strip().split()
            if not words:
                continue
            directive, sources = words[0].lower(), {word.lower() for word in words[1:]}
            if directive in seen and directive not in ("report-uri", "report-to"):
                raise InvalidPolicy(f"duplicate {directive}")
            seen.add(directive)
            if not sources and directive.endswith("-src"):
                sources = {"'none'"}
            combined[directive] = combined[directive] & sources if directive in combined else sources
    return {directive: sources or {"'none'"} for directive, sources in combined.items()}


def csp_test(retrieval: Retrieval) -> Outcome:
    headers = [part.strip() for value in _header_values(retrieval.https, "Content-Security-Policy")
               for part in value.split(",")]  # fmt: skip
    meta = [part.strip() for value in retrieval.page.http_equiv.get("content-security-policy", [])
            for part in value.split(",")]  # fmt: skip
    try:
        csp = parse_csp(headers + meta)
        header_only = parse_csp(headers)
    except InvalidPolicy as error:
        return Outcome("content-security-policy", "csp-header-invalid", {"error": str(error)})
    if not csp:
        return Outcome("content-security-policy", "csp-not-implemented")
    default = csp.get("default-src")
    script = set(csp.get("script-src") or default or {"*"})
    style = set(csp.get("style-src") or default or {"*"})
    objects = set(csp.get("object-src") or default or {"*"})
    for sources in (script, style):
        if any(source.startswith(NONCES_HASHES) for source in sources):
            sources.discard("'unsafe-inline'")
    https = retrieval.https_url.startswith("https:")
    passive = {"img-src", "media-src"}
    active = {s for d, sources in csp.items() if d not in passive | {"script-src"} for s in sources} | script
    passive_sources = {s for d in passive for s in (csp.get(d) or default or set())}
    result = None
    if "'strict-dynamic'" in script and not any(s.startswith(NONCES_HASHES) for s in script):
        result = "csp-header-invalid"
    checks = [
        (script & (DANGEROUSLY_BROAD | UNSAFE_INLINE) or objects & DANGEROUSLY_BROAD,
         "csp-implemented-with-unsafe-inline"),
        (https and any(s.startswith(("http:", "ftp:")) for s in active), "csp-implemented-with-insecure-scheme"),
        ("'unsafe-eval'" in script | style, "csp-implemented-with-unsafe-eval"),
        (https and any(s.startswith(("http:", "ftp:")) for s in passive_sources),
         "csp-implemented-with-insecure-scheme-in-passive-content-only"),
        (style & (DANGEROUSLY_BROAD | UNSAFE_INLINE), "csp-implemented-with-unsafe-inline-in-style-src-only"),
        (default == {"'none'"}, "csp-implemented-with-no-unsafe-default-src-none"),
        (True, "csp-implemented-with-no-unsafe"),
    ]  # fmt: skip
    for failed, outcome in checks:
        if result is None and failed:
            result = outcome
    frame_ancestors = header_only.get("frame-ancestors", {"*"})  # not honoured in a <meta> policy
    policy = {
        "antiClickjacking": not frame_ancestors & DANGEROUSLY_BROAD,
        "insecureBaseUri": bool(csp.get("base-uri", {"*"}) & (DANGEROUSLY_BROAD | UNSAFE_INLINE)),
        "insecureFormAction": bool(csp.get("form-action", {"*"}) & DANGEROUSLY_BROAD),
        "unsafeObjects": bool(objects & DANGEROUSLY_BROAD),
        "unsafeEval": "'unsafe-eval'" in script | style,
        "unsafeInline": bool(script & UNSAFE_INLINE),
    }
    return Outcome("content-security-policy", result, {"csp": csp, "policy": policy})


def hsts_test(retrieval: Retrieval) -> Outcome:
    if retrieval.https is None:
        return Outcome("strict-transport-security", "hsts-not-implemented-no-https")
    values = _header_values(retrieval.https, "Strict-Transport-Security")
    if not values:
        return Outcome("strict-transport-security", "hsts-not-implemented")
    header = values[0][:1024]
    details = {"max_age": None, "includeSubDomains": False, "preload": False, "header": header}
    if "," in header:
        return Outcome("strict-transport-security", "hsts-header-invalid", details)
    for parameter in (part.strip().lower() for part in header.split(";")):
        if parameter.startswith("max-age="):
            try:
                details["max_age"] = int(parameter[8:128].strip('"'))
            except ValueError:
                return Outcome("strict-transport-security", "hsts-header-invalid", details)
        elif parameter == "includesubdomains":
            details["includeSubDomains"] = True
        elif parameter == "preload":
            details["preload"] = True
    if details["max_age"] is None:
        return Outcome("strict-transport-security", "hsts-header-invalid", details)
    # Not on the browsers' preload list (cannot be, for a test server): no "hsts-preloaded" bonus.
    result = ("hsts-implemented-max-age-less-than-six-months" if details["max_age"] < SIX_MONTHS
              else "hsts-implemented-max-age-at-least-six-months")  # fmt: skip
    return Outcome("strict-transport-security", result, details)


def cookies_test(retrieval: Retrieval, hsts_passed: bool) -> Outcome:
    order = [  # least bad first: a worse finding replaces a milder one
        "cookies-without-secure-flag-but-protected-by-hsts", "cookies-without-secure-flag",
        "cookies-session-without-secure-flag-but-protected-by-hsts", "cookies-samesite-flag-invalid",
        "cookies-anticsrf-without-samesite-flag", "cookies-session-without-httponly-flag",
        "cookies-session-without-secure-flag",
    ]  # fmt: skip
    result = None

    def worse(found):
        nonlocal result
        if result is None or order.index(found) > order.index(result):
            result = found

    for raw in retrieval.set_cookie_headers:
        for part in raw.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.strip().lower() == "samesite" and value.strip().lower() not in ("lax", "strict", "none"):
                worse("cookies-samesite-flag-invalid")
    if not retrieval.cookies:
        return Outcome("cookies", result or "cookies-not-found")
    missing_samesite = False
    for cookie in retrieval.cookies:
        name = cookie.key.lower()
        session = "login" in name or "sess" in name
        anticsrf = "csrf" in name
        secure, httponly, samesite = bool(cookie["secure"]), bool(cookie["httponly"]), cookie["samesite"]
        if not secure and samesite.lower() == "none":
            worse("cookies-samesite-flag-invalid")
        if not secure:
            worse("cookies-without-secure-flag-but-protected-by-hsts" if hsts_passed else "cookies-without-secure-flag")
        if anticsrf and not samesite:
            worse("cookies-anticsrf-without-samesite-flag")
        if session and not secure:
            worse("cookies-session-without-secure-flag-but-protected-by-hsts" if hsts_passed
                  else "cookies-session-without-secure-flag")  # fmt: skip
        if session and not httponly:
            worse("cookies-session-without-httponly-flag")
        missing_samesite = missing_samesite or not samesite
    if result is None:
        result = ("cookies-secure-with-httponly-sessions" if missing_samesite
                  else "cookies-secure-with-httponly-sessions-and-samesite")  # fmt: skip
    names = {c.key: {"secure": bool(c["secure"]), "httponly": bool(c["httponly"]), "samesite": c["samesite"]}
             for c in retrieval.cookies}  # fmt: skip
    return Outcome("cookies", result, {"cookies": names})


def cors_test(retrieval: Retrieval) -> Outcome:
    response = retrieval.cors
    allow_origin = (_header_values(response, "Access-Control-Allow-Origin") or [""])[0][:256].strip().lower()
    credentials = (_header_values(response, "Access-Control-Allow-Credentials") or [""])[0].strip().lower()
    if not allow_origin:
        return Outcome("cross-origin-resource-sharing", "cross-origin-resource-sharing-not-implemented")
    if allow_origin == "*":
        result = "cross-origin-resource-sharing-implemented-with-public-access"
    elif allow_origin == OBSERVATORY_ORIGIN and credentials == "true":
        result = "cross-origin-resource-sharing-implemented-with-universal-access"
    else:
        result = "cross-origin-resource-sharing-implemented-with-restricted-access"
    return Outcome("cross-origin-resource-sharing", result, {"allow_origin": allow_origin, "credentials": credentials})


def redirection_test(retrieval: Retrieval) -> Outcome:
    route = retrieval.http_route
    details = {"route": route}
    if not route:
        return Outcome("redirection", "redirection-not-needed-no-http", details)
    if len(route) == 1:
        return Outcome("redirection", "redirection-missing", details)
    schemes = [urlsplit(url).scheme for url, _ in route]
    hosts = [urlsplit(url).hostname for url, _ in route]
    if schemes[-1] != "https":
        result = "redirection-not-to-https"
    elif schemes[1] == "http":
        result = "redirection-not-to-https-on-initial-redirection"
    elif schemes[0] == "http" and schemes[1] == "https" and hosts[0] != hosts[1]:
        result = "redirection-off-host-from-http"
    else:
        result = "redirection-to-https"
    return Outcome("redirection", result, details)


def referrer_policy_test(retrieval: Retrieval) -> Outcome:
    values = _header_values(retrieval.https, "Referrer-Policy") + retrieval.page.http_equiv.get("referrer-policy", [])
    if not values:
        return Outcome("referrer-policy", "referrer-policy-not-implemented")
    valid = [v.strip().lower() for v in ", ".join(values).split(",")
             if v.strip().lower() in PRIVATE_REFERRERS + UNSAFE_REFERRERS]  # fmt: skip
    policy = valid[-1] if valid else ""
    if policy in PRIVATE_REFERRERS:
        result = "referrer-policy-private"
    elif policy in UNSAFE_REFERRERS:
        result = "referrer-policy-unsafe"
    else:
        result = "referrer-policy-header-invalid"
    return Outcome("referrer-policy", result, {"policy": policy})


def sri_test(retrieval: Retrieval) -> Outcome:
    response = retrieval.https
    mime = response.get("Content-Type", "").split(";")[0].strip().lower() if response is not None else ""
    if mime and mime not in HTML_TYPES:
        return Outcome("subresource-integrity", "sri-not-implemented-response-not-html")
    scripts = retrieval.page.scripts
    if not scripts:
        return Outcome("subresource-integrity", "sri-not-implemented-but-no-scripts-loaded")
    order = ["sri-implemented-and-all-scripts-loaded-securely", "sri-implemented-and-external-scripts-loaded-securely",
             "sri-implemented-but-external-scripts-not-loaded-securely",
             "sri-not-implemented-but-external-scripts-loaded-securely",
             "sri-not-implemented-and-external-scripts-not-loaded-securely"]  # fmt: skip
    result, foreign, external = None, False, {}
    for script in scripts:
        src = script.get("src")
        if not src:
            continue
        relative_protocol = src.startswith("//") and not src.startswith("///")
        full_url = src.lower().startswith(("http://", "https://"))
        relative_origin = not relative_protocol and not full_url
        same_site = relative_protocol or relative_origin or urlsplit(src).hostname == HOST
        secure_origin = relative_origin or (same_site and not relative_protocol)
        scheme = urlsplit(src).scheme if full_url else None
        secure_scheme = scheme == "https" or (relative_origin and retrieval.https_url.startswith("https:"))
        integrity = script.get("integrity")
        if not secure_origin:
            foreign = True
            external[src] = integrity
            if integrity and not secure_scheme:
                found = "sri-implemented-but-external-scripts-not-loaded-securely"
            elif not integrity and secure_scheme:
                found = "sri-not-implemented-but-external-scripts-loaded-securely"
            elif not integrity:
                found = "sri-not-implemented-and-external-scripts-not-loaded-securely"
            else:
                found = None
            if found and (result is None or order.index(found) > order.index(result)):
                result = found
        elif integrity and secure_scheme and result is None:
            result = "sri-implemented-and-all-scripts-loaded-securely"
    if result is None:
        result = ("sri-implemented-and-external-scripts-loaded-securely" if foreign
                  else "sri-not-implemented-but-all-scripts-loaded-from-secure-origin")  # fmt: skip
    return Outcome("subresource-integrity", result, {"external_scripts": external})


def x_content_type_options_test(retrieval: Retrieval) -> Outcome:
    values = _header_values(retrieval.https, "X-Content-Type-Options")
    if not values:
        return Outcome("x-content-type-options", "x-content-type-options-not-implemented")
    if values[0][:256].strip().lower() == "nosniff":
        return Outcome("x-content-type-options", "x-content-type-options-nosniff")
    return Outcome("x-content-type-options", "x-content-type-options-header-invalid")


def x_frame_options_test(retrieval: Retrieval, csp: Outcome) -> Outcome:
    values = _header_values(retrieval.https, "X-Frame-Options")
    value = values[0][:1024].strip().lower() if values else ""
    if not values:
        result = "x-frame-options-not-implemented"
    elif value in ("deny", "sameorigin"):
        result = "x-frame-options-sameorigin-or-deny"
    elif value.startswith("allow-from"):
        result = "x-frame-options-allow-from-origin"
    else:
        result = "x-frame-options-header-invalid"
    if "frame-ancestors" in csp.details.get("csp", {}):
        result = "x-frame-options-implemented-via-csp"
    return Outcome("x-frame-options", result, {"header": value})


def corp_test(retrieval: Retrieval) -> Outcome:
    values = _header_values(retrieval.https, "Cross-Origin-Resource-Policy")
    meta = retrieval.page.http_equiv.get("cross-origin-resource-policy", [])
    value = (values[0] if values else meta[-1] if meta else "")[:256].strip().lower()
    results = {"same-site": "corp-implemented-with-same-site", "same-origin": "corp-implemented-with-same-origin",
               "cross-origin": "corp-implemented-with-cross-origin"}  # fmt: skip
    if not value:
        return Outcome("cross-origin-resource-policy", "corp-not-implemented")
    return Outcome("cross-origin-resource-policy", results.get(value, "corp-header-invalid"), {"header": value})


# --- The score ---------------------------------------------------------------------------------------


def grade_for(score: int) -> str:
    return next(grade for minimum, grade in GRADES if score >= minimum)


@dataclasses.dataclass
class Scan:
    path: str
    outcomes: list[Outcome]

    @property
    def score(self) -> int:
        penalties = sum(outcome.modifier for outcome in self.outcomes if outcome.modifier < 0)
        bonuses = sum(outcome.modifier for outcome in self.outcomes if outcome.modifier > 0)
        score = 100 + penalties
        if score >= MINIMUM_SCORE_FOR_EXTRA_CREDIT:
            score += bonuses
        return max(score, 0)

    @property
    def grade(self) -> str:
        return grade_for(self.score)

    def outcome(self, test: str) -> Outcome:
        return next(outcome for outcome in self.outcomes if outcome.test == test)

    def report(self) -> str:
        lines = [f"{self.path}: score {self.score} ({self.grade})"]
        lines += [f"  [{o.modifier:+4d}] {o.test}: {o.result}" for o in self.outcomes]
        return "\n".join(lines)


def score(retrieval: Retrieval, path: str = "") -> Scan:
    csp = csp_test(retrieval)
    hsts = hsts_test(retrieval)
    hsts_passed = hsts.result in ("hsts-implemented-max-age-at-least-six-months", "hsts-preloaded")
    outcomes = [
        csp, cookies_test(retrieval, hsts_passed), cors_test(retrieval), redirection_test(retrieval),
        referrer_policy_test(retrieval), hsts, sri_test(retrieval), x_content_type_options_test(retrieval),
        x_frame_options_test(retrieval, csp), corp_test(retrieval),
    ]  # fmt: skip
    return Scan(path, outcomes)


# --- The scorer, checked against hand-made responses (no database) -----------------------------------


def _retrieval(headers=None, *, body="<!doctype html><title>x</title>", cookies=(), route=None, cors_headers=None,
               content_type="text/html; charset=utf-8") -> Retrieval:  # fmt: skip
    response = HttpResponse(body, content_type=content_type)
    for name, value in (headers or {}).items():
        response[name] = value
    for name, options in cookies:
        response.set_cookie(name, "value", **options)
    cors = HttpResponse(body)
    for name, value in (cors_headers or {}).items():
        cors[name] = value
    route = route if route is not None else [(f"http://{HOST}/", 301), (f"https://{HOST}/", 200)]
    return Retrieval(route, response, f"https://{HOST}/", cors, list(response.cookies.values()),
                     [m.OutputString() for m in response.cookies.values()])  # fmt: skip


STRONG_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; form-action 'self'; frame-ancestors 'none'",
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def test_grade_chart_matches_the_documentation():
    assert [grade_for(s) for s in (145, 100, 99, 90, 89, 85, 84, 80, 79, 70, 69, 65, 64, 60, 59, 50)] == [
        "A+", "A+", "A", "A", "A-", "A-", "B+", "B+", "B", "B", "B-", "B-", "C+", "C+", "C", "C"]  # fmt: skip
    assert [grade_for(s) for s in (49, 45, 44, 40, 39, 30, 29, 25, 24, 0)] == [
        "C-", "C-", "D+", "D+", "D", "D", "D-", "D-", "F", "F"]  # fmt: skip


def test_a_site_without_any_security_header_scores_f():
    scan = score(_retrieval(route=[(f"http://{HOST}/", 200)]))
    # CSP -25, redirection -20, HSTS -20, X-Content-Type-Options -5, X-Frame-Options -20.
    assert scan.score == 10, scan.report()
    assert scan.grade == "F"


def test_bonuses_count_only_from_an_a():
    strong = score(_retrieval(STRONG_HEADERS))
    # CSP default-src 'none' +10, Referrer-Policy +5, frame-ancestors +5; nothing deducted.
    assert strong.score == 120, strong.report()
    weakened = score(_retrieval({**STRONG_HEADERS, "X-Content-Type-Options": ""}, route=[(f"http://{HOST}/", 200)]))
    # -5 (header invalid) - 20 (no redirect) = 75: below 90, so no bonus is added.
    assert weakened.score == 75, weakened.report()
    assert weakened.grade == "B"


@pytest.mark.parametrize(
    ("policy", "result"),
    [
        ("default-src 'self'", "csp-implemented-with-no-unsafe"),
        ("default-src 'none'", "csp-implemented-with-no-unsafe-default-src-none"),
        ("default-src 'self'; script-src 'self' 'unsafe-inline'", "csp-implemented-with-unsafe-inline"),
        ("default-src 'self'; script-src 'self' 'nonce-abc' 'unsafe-inline'", "csp-implemented-with-no-unsafe"),
        ("default-src 'self'; script-src 'self' 'unsafe-eval'", "csp-implemented-with-unsafe-eval"),
        ("default-src 'self'; style-src 'self' 'unsafe-inline'",
         "csp-implemented-with-unsafe-inline-in-style-src-only"),
        ("default-src 'self'; img-src 'self' http:", "csp-implemented-with-insecure-scheme-in-passive-content-only"),
        ("default-src 'self'; object-src https:", "csp-implemented-with-unsafe-inline"),
        ("img-src 'self'", "csp-implemented-with-unsafe-inline"),  # script-src unrestricted
        ("default-src 'self'; default-src 'none'", "csp-header-invalid"),
    ],
)  # fmt: skip
def test_content_security_policy_outcomes(policy, result):
    assert csp_test(_retrieval({"Content-Security-Policy": policy})).result == result


@pytest.mark.parametrize(
    ("cookies", "result"),
    [
        ([], "cookies-not-found"),
        ([("csrftoken", {"secure": True, "httponly": True, "samesite": "Lax"})],
         "cookies-secure-with-httponly-sessions-and-samesite"),
        ([("pref", {"secure": True})], "cookies-secure-with-httponly-sessions"),
        ([("csrftoken", {"secure": True})], "cookies-anticsrf-without-samesite-flag"),
        ([("sessionid", {"secure": True, "samesite": "Lax"})], "cookies-session-without-httponly-flag"),
        ([("sessionid", {"httponly": True, "samesite": "Lax"})],
         "cookies-session-without-secure-flag-but-protected-by-hsts"),
        ([("pref", {"samesite": "None"})], "cookies-samesite-flag-invalid"),
    ],
)  # fmt: skip
def test_cookie_outcomes(cookies, result):
    assert cookies_test(_retrieval(cookies=cookies), hsts_passed=True).result == result


def test_cookies_without_hsts_are_penalised_most():
    found = cookies_test(_retrieval(cookies=[("sessionid", {"httponly": True, "samesite": "Lax"})]), hsts_passed=False)
    assert found.result == "cookies-session-without-secure-flag"
    assert found.modifier == -40


@pytest.mark.parametrize(
    ("headers", "result"),
    [
        ({}, "cross-origin-resource-sharing-not-implemented"),
        ({"Access-Control-Allow-Origin": "*"}, "cross-origin-resource-sharing-implemented-with-public-access"),
        ({"Access-Control-Allow-Origin": "https://partner.example"},
         "cross-origin-resource-sharing-implemented-with-restricted-access"),
        ({"Access-Control-Allow-Origin": OBSERVATORY_ORIGIN, "Access-Control-Allow-Credentials": "true"},
         "cross-origin-resource-sharing-implemented-with-universal-access"),
    ],
)  # fmt: skip
def test_cors_outcomes(headers, result):
    assert cors_test(_retrieval(cors_headers=headers)).result == result


@pytest.mark.parametrize(
    ("route", "result"),
    [
        ([("http://testserver/", 301), ("https://testserver/", 200)], "redirection-to-https"),
        ([("http://testserver/", 200)], "redirection-missing"),
        ([("http://testserver/", 301), ("http://testserver/a", 301), ("https://testserver/a", 200)],
         "redirection-not-to-https-on-initial-redirection"),
        ([("http://testserver/", 301), ("https://www.testserver/", 200)], "redirection-off-host-from-http"),
        ([("http://testserver/", 301), ("http://testserver/a", 200)], "redirection-not-to-https"),
    ],
)  # fmt: skip
def test_redirection_outcomes(route, result):
    assert redirection_test(_retrieval(route=route)).result == result


@pytest.mark.parametrize(
    ("header", "result"),
    [
        ("max-age=31536000; includeSubDomains; preload", "hsts-implemented-max-age-at-least-six-months"),
        ("max-age=15552000", "hsts-implemented-max-age-at-least-six-months"),
        ("max-age=86400", "hsts-implemented-max-age-less-than-six-months"),
        ("includeSubDomains", "hsts-header-invalid"),
        (None, "hsts-not-implemented"),
    ],
)
def test_hsts_outcomes(header, result):
    assert hsts_test(_retrieval({"Strict-Transport-Security": header} if header else {})).result == result


@pytest.mark.parametrize(
    ("body", "result"),
    [
        ("<p>No scripts</p>", "sri-not-implemented-but-no-scripts-loaded"),
        ('<script src="/static/app.js"></script>', "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"),
        ('<script src="https://cdn.example/x.js"></script>',
         "sri-not-implemented-but-external-scripts-loaded-securely"),
        ('<script src="https://cdn.example/x.js" integrity="sha384-abc" crossorigin="anonymous"></script>',
         "sri-implemented-and-external-scripts-loaded-securely"),
        ('<script src="http://cdn.example/x.js"></script>',
         "sri-not-implemented-and-external-scripts-not-loaded-securely"),
    ],
)  # fmt: skip
def test_subresource_integrity_outcomes(body, result):
    assert sri_test(_retrieval(body=body)).result == result


def test_frame_options_referrer_nosniff_and_corp_outcomes():
    assert x_frame_options_test(_retrieval({"X-Frame-Options": "DENY"}), Outcome("c", "csp-not-implemented")).result \
        == "x-frame-options-sameorigin-or-deny"  # fmt: skip
    assert referrer_policy_test(_retrieval({"Referrer-Policy": "unsafe-url"})).result == "referrer-policy-unsafe"
    assert referrer_policy_test(_retrieval({"Referrer-Policy": "unsafe-url, same-origin"})).result == (
        "referrer-policy-private"
    )
    assert x_content_type_options_test(_retrieval({"X-Content-Type-Options": "sniff"})).result == (
        "x-content-type-options-header-invalid"
    )
    assert corp_test(_retrieval({"Cross-Origin-Resource-Policy": "same-origin"})).modifier == 10
    assert corp_test(_retrieval({"Cross-Origin-Resource-Policy": "everyone"})).result == "corp-header-invalid"


# --- The portal's pages -------------------------------------------------------------------------------


@pytest.fixture
def production_client(settings):
    """A client of the portal configured as in production: debug off, HTTP redirected to HTTPS."""
    assert settings.DEBUG is False, "tests must run with debug off, as production does"
    settings.SECURE_SSL_REDIRECT = True  # read when the middleware is built: by a client made after this
    return Client()


def scan(client: Client, path: str) -> Scan:
    return score(retrieve(client, path), path)


A_PLUS_PAGES = ["/", "/articles/{article}/", "/search/?q=x", "/support/", "/topics/", "/about/", "/admin/login/"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", A_PLUS_PAGES)
def test_page_scores_a_plus(production_client, live, path):
    make_service()  # /support/ lists something
    path = path.replace("{article}", live.item.slug)
    first = scan(production_client, path)
    assert first.grade == "A+", first.report()
    assert first.outcome("redirection").result == "redirection-to-https", first.report()
    # A second scan is answered by the shared page cache where the page is cacheable: same headers.
    again = scan(production_client, path)
    assert again.grade == "A+", again.report()
    assert [o.result for o in again.outcomes] == [o.result for o in first.outcomes]


@pytest.mark.django_db
@pytest.mark.parametrize("path", A_PLUS_PAGES)
def test_page_passes_every_observatory_test_and_policy_check(production_client, live, path):
    """Beyond the grade: no test failed, and the CSP flags the Observatory reports are all safe."""
    path = path.replace("{article}", live.item.slug)
    retrieval = retrieve(production_client, path)
    assert retrieval.https.status_code == 200, "the Observatory scans only a 2xx answer"
    found = score(retrieval, path)
    penalties = [o for o in found.outcomes if o.modifier < 0]
    assert not penalties, found.report()

    csp = found.outcome("content-security-policy")
    policy = csp.details["policy"]
    assert policy["antiClickjacking"], "frame-ancestors must be set, and not to a broad source"
    assert not policy["insecureBaseUri"], "base-uri must be set to 'none' or 'self'"
    assert not policy["insecureFormAction"], "form-action must be set to 'self' (or specific sources)"
    assert not policy["unsafeObjects"], "object-src must not allow broad sources"
    assert not policy["unsafeInline"], "script-src must not allow 'unsafe-inline' or data:"
    assert not policy["unsafeEval"], "script-src and style-src must not allow 'unsafe-eval'"
    scripts = csp.details["csp"].get("script-src") or csp.details["csp"]["default-src"]
    assert scripts <= {"'self'", "'none'"}, f"script-src allows {scripts}"
    assert csp.details["csp"]["default-src"] <= {"'self'", "'none'"}

    hsts = found.outcome("strict-transport-security").details
    # Ready for the preload list (https://hstspreload.org): a year, subdomains, and the preload token.
    assert hsts["max_age"] >= 31_536_000, hsts
    assert hsts["includeSubDomains"], hsts
    assert hsts["preload"], hsts

    assert found.outcome("subresource-integrity").details.get("external_scripts", {}) == {}, "no third-party scripts"
    assert found.outcome("cross-origin-resource-sharing").result == "cross-origin-resource-sharing-not-implemented"
    cookies = found.outcome("cookies")
    assert cookies.result in ("cookies-not-found", "cookies-secure-with-httponly-sessions-and-samesite"), cookies


@pytest.mark.django_db
def test_public_pages_set_no_cookie_and_the_admin_login_sets_only_locked_down_ones(production_client, live):
    assert scan(production_client, "/").outcome("cookies").result == "cookies-not-found"
    login = scan(production_client, "/admin/login/").outcome("cookies")
    assert login.result == "cookies-secure-with-httponly-sessions-and-samesite", login.details
    assert login.modifier == 5


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/hsds/", "/hsds/services", "/hsds/services/{service_id}"])
def test_hsds_api_is_open_data_without_credentials(production_client, path):
    """The API answers any origin (`*`) and sets no cookie: the Observatory's "public access",
    which costs nothing; credentialed access from any origin would cost 50 points."""
    service = make_service()
    path = path.replace("{service_id}", str(service.pk))
    found = scan(production_client, path)
    cors = found.outcome("cross-origin-resource-sharing")
    assert cors.result == "cross-origin-resource-sharing-implemented-with-public-access", found.report()
    assert cors.details["credentials"] == ""
    assert found.outcome("cookies").result == "cookies-not-found"
    assert found.outcome("subresource-integrity").result == "sri-not-implemented-response-not-html"
    assert found.grade == "A+", found.report()


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https_on_the_same_host(production_client, live):
    response = production_client.get(f"/articles/{live.item.slug}/", secure=False)
    assert response.status_code == 301
    assert response["Location"] == f"https://{HOST}/articles/{live.item.slug}/"
    assert "Set-Cookie" not in response.headers
