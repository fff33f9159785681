"""A chemotherapy article and medicine with the urgent help panel and next steps, on a 390 px phone,
without JavaScript and printed (issue 21)."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from articles.models import ContentKind, Topic
from tests.content import article_content, publish, reference

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHEMO_ARTICLE = "/articles/chemotherapy-for-stage-four-breast-cancer/"
PAGES = [CHEMO_ARTICLE, "/medicines/paclitaxel/", "/medicines/tamoxifen/", "/glossary/"]


@pytest.fixture
def sample_site(db):
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())


def test_panel_and_next_steps_on_a_phone_are_accessible_and_private(
    page, live_server, sample_site, tmp_path, author, reviewer
):
    page.set_viewport_size({"width": 390, "height": 844})
    for path in PAGES:
        page.requested.clear()
        response = page.goto(live_server.url + path, wait_until="networkidle")
        assert response.status == 200, path
        results = Axe().run(page)
        assert results.violations_count == 0, f"{path}: {results.generate_report()}"
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{path} scrolls sideways"
        assert all(url.startswith(live_server.url) for url in page.requested), (path, page.requested)
        assert page.context.cookies() == [], path
        if path == "/glossary/":
            continue
        panel = page.locator("section.urgent-help")
        assert panel.count() == 1, path
        assert panel.is_visible()
        call = panel.locator('a[href="tel:911"]')
        assert call.is_visible()
        box = call.bounding_box()
        assert box["height"] >= 24, "the call link is a comfortable target"  # WCAG 2.5.8
        assert "100.4°F (38°C)" in panel.inner_text()
        next_steps = page.locator("nav.next-steps")
        assert next_steps.is_visible()
        assert next_steps.locator('#support-heading ~ ul a[href^="/support/"]').count() >= 1, path
        name = path.strip("/").replace("/", "-")
        panel.screenshot(path=tmp_path / f"{name}-panel.png")  # for a person to look at
        next_steps.screenshot(path=tmp_path / f"{name}-next-steps.png")
    page.goto(live_server.url + CHEMO_ARTICLE)
    # Near the top of a chemotherapy article: before the body, within the first two phone screens.
    assert page.locator("section.urgent-help").bounding_box()["y"] < 2 * 844
    # Another article in the topic is offered at the end, and leads there; it has the panel too.
    topic = Topic.objects.get(slug="chemotherapy")
    publish(ContentKind.ARTICLE, "chemo-and-fatigue", author, reviewer, article_content(title="Chemo and fatigue"),
            [reference(1)], topic)  # fmt: skip
    page.goto(live_server.url + CHEMO_ARTICLE)
    page.locator("#in-topic-heading ~ ul a", has_text="Chemo and fatigue").click()
    assert page.url == live_server.url + "/articles/chemo-and-fatigue/"
    assert page.locator("section.urgent-help").is_visible()
    assert Axe().run(page).violations_count == 0
    page.goto(live_server.url + "/articles/what-stage-four-breast-cancer-means/")
    assert page.locator("section.urgent-help").count() == 0  # not a chemotherapy page


def test_panel_and_next_steps_work_without_javascript_and_the_panel_prints(browser, live_server, sample_site):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    try:
        page = context.new_page()
        page.goto(CHEMO_ARTICLE)
        assert page.locator("section.urgent-help a[href='tel:911']").is_visible()
        page.locator("nav.next-steps a", has_text="All pages about").click()
        assert page.url.endswith("/topics/chemotherapy/")
        page.goto("/medicines/tamoxifen/")
        page.emulate_media(media="print")
        assert page.locator("section.urgent-help").is_visible()  # urgent advice is on paper too
        assert "Call 911" in page.locator("section.urgent-help").inner_text()
        assert not page.locator("nav.next-steps").is_visible()  # lists of links are no use on paper
    finally:
        context.close()
