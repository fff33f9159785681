"""Anonymous readers get no cookie and no third-party request; every response carries the
security headers."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory

from portal.middleware import TrustedProxyMiddleware

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("method", ["get", "head"])
def test_anonymous_home_page_sets_no_cookie(client, method):
    response = getattr(client, method)("/")
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


def test_not_found_page_sets_no_cookie_and_is_friendly(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert not response.cookies
    assert b"We could not find that page" in response.content


def test_home_page_loads_nothing_from_other_hosts(client, settings):
    html = client.get("/").content.decode()
    urls = re.findall(r'(?:src|href|action)="([^"]+)"', html)
    assert urls, "the page should link somewhere"
    for url in urls:
        # Relative, or our own canonical address; never another host.
        own = url.startswith(settings.SITE_URL + "/")
        assert own or not re.match(r"^(https?:)?//", url), f"third-party URL on the page: {url}"


def test_security_headers_on_a_public_page(client):
    response = client.get("/", secure=True)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions


def test_security_headers_on_the_admin_login(client):
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    # Staff pages do use cookies (CSRF), and those are locked down.
    csrf_cookie = response.cookies["csrftoken"]
    assert csrf_cookie["secure"]
    assert csrf_cookie["httponly"]
    assert csrf_cookie["samesite"] == "Lax"


def test_page_is_in_english_with_one_h1_and_landmarks(client):
    html = client.get("/").content.decode()
    assert '<html lang="en' in html
    assert html.count("<h1") == 1
    for landmark in ("<header", "<main", "<footer", "<nav", 'role="search"'):
        assert landmark in html
    assert "This information does not replace advice from your care team." in html
    assert "No advertising, no tracking." in html
    assert 'href="/about/editorial-policy/"' in html


def test_staff_roles_exist_after_migrating():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Authors", "Clinical reviewers", "Directory admins"} <= names


def _client_address(settings, remote_addr, forwarded=None, trusted=()):
    settings.TRUSTED_PROXIES = list(trusted)
    request = RequestFactory().get(
        "/", REMOTE_ADDR=remote_addr, **({"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {})
    )
    return TrustedProxyMiddleware(lambda req: req.META["REMOTE_ADDR"])(request)


def test_forwarded_for_is_ignored_from_an_untrusted_client(settings):
    assert _client_address(settings, "203.0.113.9", forwarded="198.51.100.1") == "203.0.113.9"


def test_forwarded_for_is_believed_from_a_trusted_proxy(settings):
    address = _client_address(settings, "10.0.0.2", forwarded="198.51.100.1", trusted=["10.0.0.0/8"])
    assert address == "198.51.100.1"


def test_a_client_cannot_forge_its_address_through_a_trusted_proxy(settings):
    # The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the real address.
    address = _client_address(settings, "10.0.0.2", forwarded="1.2.3.4, 198.51.100.7", trusted=["10.0.0.2"])
    assert address == "198.51.100.7"
