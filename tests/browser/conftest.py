"""Browser tests: Playwright drives Debian's Chromium against the live test server.

Without Chromium these tests are skipped with a message; with CI=true they are required, and the
setup installs Debian's `chromium` package when it is missing.
"""

import os
import shutil

import pytest
from pytest_django.live_server_helper import LiveServer

from tests.helpers import debian_tool

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in the test's thread; Django's ORM, used by the test
# and the live server in their own threads, is safe here because nothing else runs concurrently.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _find_chromium() -> str | None:
    return shutil.which("chromium") or (os.path.exists("/usr/bin/chromium") and "/usr/bin/chromium") or None


class ProductionLikeLiveServer(LiveServer):
    """pytest-django's live server, except that static files are served as in production.

    pytest-django serves them with staticfiles' finders, which know nothing of the hashed names
    the manifest storage puts in pages: the stylesheet would 404 and the browser would test an
    unstyled page. Here WhiteNoise serves the collected files, as it does behind gunicorn.
    """

    def __init__(self, addr: str):
        super().__init__(addr, start=False)
        self.thread.static_handler = lambda application: application
        self.start()


@pytest.fixture(scope="session")
def live_server(request):
    """Overrides pytest-django's fixture of the same name (its per-test helper still applies)."""
    server = ProductionLikeLiveServer(os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chromium_path():
    return debian_tool(_find_chromium, "chromium", "run the browser tests")


@pytest.fixture(scope="session")
def browser(chromium_path):
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Starting Playwright switches this thread's context, and Django's per-context connection
    # objects with it: the new ones lack the snapshot that serialized_rollback restores from.
    snapshots = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}
    with sync_playwright() as playwright:
        for alias, snapshot in snapshots.items():
            if snapshot is not None:
                connections[alias]._test_serialized_contents = snapshot
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """Make pages in fresh browser contexts, optionally signed in as a staff user.

    Contexts are closed after the test so the browser lets go of its keep-alive connections (each
    holds a live-server thread, and that thread a database session).
    """
    from django.test import Client

    contexts = []

    def make(user=None):
        context = browser.new_context(base_url=live_server.url)
        contexts.append(context)
        if user is not None:
            client = Client()
            client.force_login(user)
            context.add_cookies(
                [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
            )
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """An anonymous reader's page, with every request it makes recorded in page.requested."""
    page = new_page()
    page.requested = []
    page.on("request", lambda request: page.requested.append(request.url))
    return page
