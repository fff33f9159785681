"""The directory link check, against a real HTTP server of our own on 127.0.0.1 (no mocks)."""

import io
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import URLError

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from resources.link_check import _requestable, broken_urls, describe_error, services_with_broken_links, user_agent
from resources.models import LinkCheck, Location, Schedule, Service, ServiceStatus
from tests.resources.listings import make_organization, make_service

pytestmark = pytest.mark.django_db

REDIRECTS = {"/moved": (301, "/ok"), "/loop": (302, "/loop-back"), "/loop-back": (302, "/loop")}


class _Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):
        self._answer()

    def do_GET(self):
        self._answer()

    def _answer(self):
        self.server.requests.append((self.command, self.path, self.headers.get("User-Agent")))
        if self.path == "/slow":
            self.server.release.wait(10)  # longer than the check's --timeout 1; released at teardown
            return self._send(200)
        if self.path in REDIRECTS:
            code, target = REDIRECTS[self.path]
            return self._send(code, Location=target)
        if self.path == "/head-not-allowed":
            return self._send(405 if self.command == "HEAD" else 200, Allow="GET")
        if self.path == "/hang-up-on-head" and self.command == "HEAD":
            self.close_connection = True  # no answer at all: the client sees the connection closed
            return None
        if self.path == "/hang-up-on-head":
            return self._send(200)
        codes = {"/ok": 200, "/missing": 404, "/error": 500}
        return self._send(codes.get(self.path, 404))

    def _send(self, code, **headers):
        try:
            body = b"<!doctype html><title>Test</title>" * 200  # bigger than the few KB a GET reads
            self.send_response(code)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:
            pass  # the checker gave up (the slow page) and hung up

    def log_message(self, format, *args):
        pass


@pytest.fixture
def site():
    """A local web site: `site.url("/ok")`; `site.requests` lists (method, path, User-Agent)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.requests = []
    server.release = threading.Event()
    server.url = lambda path, scheme="http": f"{scheme}://127.0.0.1:{server.server_port}{path}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def refused_url():
    """An address on a port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def run(*args, **options) -> str:
    out = io.StringIO()
    call_command("check_directory_links", "--timeout", "1", *args, stdout=out, **options)
    return out.getvalue()


def listing(name, *, website="", url="", schedule_link="", location_url="", status=ServiceStatus.ACTIVE):
    """An organisation with one service, every address given explicitly (no outside addresses)."""
    organization = make_organization(name, website=website)
    service = make_service(organization, name=f"{name} group", url=url, status=status)
    Schedule.objects.filter(service=service).update(schedule_link=schedule_link)
    Location.objects.filter(organization=organization).update(url=location_url)
    return service


def check(url) -> LinkCheck:
    return LinkCheck.objects.get(url=url)


def test_checks_every_address_of_the_directory_and_reports_the_broken_ones(site, refused_url):
    ok, moved = site.url("/ok"), site.url("/moved")
    fine = listing(
        "Alpha", website=ok, url=moved, schedule_link=site.url("/head-not-allowed"),
        location_url=site.url("/hang-up-on-head"),
    )  # fmt: skip
    missing = listing("Bravo", website=ok, url=site.url("/missing"))
    error = listing("Charlie", url=ok, schedule_link=site.url("/error"))
    # Two broken addresses, one service: it is listed once.
    loop = listing("Delta", website=site.url("/loop"), url=site.url("/missing"))
    slow = listing("Echo", url=ok, location_url=site.url("/slow"))
    refused = listing("Foxtrot", url=refused_url)
    tls = listing("Golf", url=site.url("/ok", scheme="https"))
    # The model's validator refuses such an address in forms; an import might still bring one.
    ftp = listing("Hotel", website="ftp://files.example.org/leaflet.pdf")
    listing("India", website=site.url("/defunct-website"), url=site.url("/defunct-page"), status=ServiceStatus.DEFUNCT)
    inactive = listing("Juliet", url=site.url("/error"), status=ServiceStatus.INACTIVE)

    output = run()

    assert set(LinkCheck.objects.values_list("url", flat=True)) == {
        ok, moved, site.url("/head-not-allowed"), site.url("/hang-up-on-head"), site.url("/missing"),
        site.url("/error"), site.url("/loop"),
        site.url("/slow"), refused_url, site.url("/ok", scheme="https"), "ftp://files.example.org/leaflet.pdf",
    }  # fmt: skip
    rows = {row.url: row for row in LinkCheck.objects.all()}
    assert all(row.checked_at and row.elapsed_ms is not None for row in rows.values())

    def answer(url):
        row = rows[url]
        return row.is_broken, row.status_code, row.final_url, row.error

    assert answer(ok) == (False, 200, ok, "")
    assert answer(moved) == (False, 200, ok, "")  # a redirect that ends in a page is fine
    assert answer(site.url("/head-not-allowed")) == (False, 200, site.url("/head-not-allowed"), "")
    assert answer(site.url("/hang-up-on-head")) == (False, 200, site.url("/hang-up-on-head"), "")
    assert answer(site.url("/missing")) == (True, 404, site.url("/missing"), "HTTP 404 Not Found")
    assert answer(site.url("/error")) == (True, 500, site.url("/error"), "HTTP 500 Internal Server Error")
    assert answer(site.url("/loop")) == (True, 302, site.url("/loop-back"), "redirect loop")
    assert answer(site.url("/slow")) == (True, None, "", "timed out: no answer within 1 s")
    assert answer(refused_url) == (True, None, "", "connection refused")
    tls_row = answer(site.url("/ok", scheme="https"))
    assert tls_row[:3] == (True, None, "")
    assert tls_row[3].startswith("TLS handshake failed: ")
    assert answer("ftp://files.example.org/leaflet.pdf") == (
        True, None, "", "not checked: only http:// and https:// addresses are allowed",
    )  # fmt: skip

    # HEAD first; GET only where HEAD's answer was not to be trusted. Defunct listings are left alone.
    methods = {(method, path) for method, path, _agent in site.requests}
    assert ("HEAD", "/ok") in methods
    assert ("GET", "/ok") not in methods
    assert {("HEAD", "/head-not-allowed"), ("GET", "/head-not-allowed")} <= methods
    assert {("HEAD", "/hang-up-on-head"), ("GET", "/hang-up-on-head")} <= methods
    assert not {path for _method, path in methods if path.startswith("/defunct")}
    # A polite User-Agent that names the portal and where to find it.
    agents = {agent for _method, _path, agent in site.requests}
    assert agents == {user_agent()}
    assert agents.pop().startswith(f"PatientPortalLinkCheck/1.0 (+{settings.SITE_URL}; ")

    assert "checked 1/11" in output
    assert "checked 11/11" in output
    assert "Checked 11 addresses in " in output
    assert "7 broken, 4 fine." in output
    report = output.split("Broken addresses:\n", 1)[1]
    assert f"  {site.url('/missing')}  (HTTP 404 Not Found)\n" in report
    assert "      used by Bravo: service “Bravo group” web page\n" in report
    assert "      used by Delta: service “Delta group” web page\n" in report
    assert "      used by Delta: organization website\n" in report
    assert "      used by Charlie: service “Charlie group” schedule link\n" in report
    assert "      used by Echo: location “Echo group center” web address\n" in report
    assert "      used by Juliet: service “Juliet group” web page\n" in report  # inactive, not defunct
    assert ok not in report.replace(site.url("/ok", scheme="https"), "")

    assert broken_urls() == {url for url, row in rows.items() if row.is_broken}
    flagged = list(services_with_broken_links().order_by("name"))
    assert flagged == [missing, error, loop, slow, refused, tls, ftp, inactive]
    assert fine not in flagged
    assert list(services_with_broken_links(Service.objects.filter(organization__name="Delta"))) == [loop]


def test_forgets_addresses_no_longer_in_the_directory(site):
    LinkCheck.objects.create(url="https://old.example.org/", checked_at="2025-01-01T00:00Z", is_broken=True)
    kept = listing("Alpha", url=site.url("/ok"))
    removed = listing("Bravo", url=site.url("/missing"))
    closed = listing("Charlie", url=site.url("/error"))

    output = run()
    assert "forgot 1 no longer in the directory" in output
    assert set(LinkCheck.objects.values_list("url", flat=True)) == {
        site.url("/ok"),
        site.url("/missing"),
        site.url("/error"),
    }
    first_check = check(site.url("/ok")).checked_at

    removed.organization.delete()
    Service.objects.filter(pk=closed.pk).update(status=ServiceStatus.DEFUNCT)
    output = run(verbosity=0)

    assert set(LinkCheck.objects.values_list("url", flat=True)) == {site.url("/ok")}
    assert check(site.url("/ok")).checked_at > first_check  # updated in place, not duplicated
    assert list(services_with_broken_links()) == []
    assert kept not in services_with_broken_links()
    assert "checked " not in output  # -v 0: no progress, only the summary
    assert "Checked 1 address in " in output
    assert "forgot 2 no longer in the directory" in output
    assert "Broken addresses" not in output


def test_an_empty_directory_forgets_every_old_result():
    LinkCheck.objects.create(url="https://old.example.org/", checked_at="2025-01-01T00:00Z")
    assert "Checked 0 addresses in " in run()
    assert not LinkCheck.objects.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--timeout", "0"], "--timeout must be more than 0"),
        (["--timeout", "500"], "at most 120 seconds"),
        (["--timeout", "soon"], "invalid float value"),
        (["--workers", "0"], "--workers must be between 1 and 64"),
        (["--workers", "many"], "invalid int value"),
    ],
)
def test_bad_options_are_refused_clearly(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("check_directory_links", *args, stdout=io.StringIO())


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        ("https://example.org/a?b=1&c", "https://example.org/a?b=1&c"),  # ASCII addresses go as they are
        ("https://bücher.example/straße?q=ä b", "https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%A4%20b"),
        ("http://example.org:8080/already%20escaped/ü", "http://example.org:8080/already%20escaped/%C3%BC"),
    ],
)
def test_addresses_with_other_characters_are_sent_as_ascii(url, sent):
    assert _requestable(url) == sent


def test_failures_the_local_server_cannot_stage_read_plainly():
    expired = ssl.SSLCertVerificationError(1, "certificate verify failed")
    expired.verify_message = "certificate has expired"
    assert describe_error(expired, 10) == "TLS certificate not accepted: certificate has expired"
    assert describe_error(URLError(socket.gaierror(-2, "Name or service not known")), 10) == (
        "host not found (DNS lookup failed)"
    )
    assert describe_error(URLError(TimeoutError("timed out")), 2.5) == "timed out: no answer within 2.5 s"
