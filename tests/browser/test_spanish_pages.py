"""A Spanish article page in a real browser (issue 22): on a 390 px phone, with text at 200%, axe-core
with zero violations, no cookie, no third-party request, and the translation notice in view."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from articles import services
from tests.articles.translation_fixtures import publish_translation
from tests.content import save_edit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def spanish_article(live, author, reviewer, translator, spanish_reviewer):
    """A live Spanish translation, then a newer English approval marked as a safety change."""
    publish_translation(live, translator, spanish_reviewer)
    newer = services.revision_submit(revision=save_edit(live, author, title="Hormone therapy, updated"), user=author)
    services.revision_approve(revision=newer, reviewer=reviewer, safety_change=True)
    return "/es/articles/hormone-therapy-basics/"


@pytest.mark.parametrize("text_at_200_percent", [False, True])
def test_a_spanish_article_on_a_phone(page, live_server, spanish_article, text_at_200_percent):
    page.set_viewport_size({"width": 390, "height": 844})
    if text_at_200_percent:
        session = page.context.new_cdp_session(page)
        session.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    response = page.goto(live_server.url + spanish_article, wait_until="networkidle")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == "es"
    notice = page.locator(".translation-notice")
    assert notice.is_visible()
    assert notice.locator("a[href='/articles/hormone-therapy-basics/']").count() == 1
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth"), "scrolls sideways"
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert page.context.cookies() == []
    assert all(url.startswith(live_server.url) for url in page.requested), page.requested
