"""Every public page type in a real browser, with the sample content loaded."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGE_TYPES = {
    "home": "/",
    "topic": "/topics/chemotherapy/",
    "article": "/articles/what-stage-four-breast-cancer-means/",
    "medicines list, filtered": "/medicines/?her2_status=positive",
    "medicines list, by biomarker": "/medicines/?biomarker=pik3ca_akt1_pten",
    "medicine": "/medicines/trastuzumab/",
    "medicine, new in issue 18": "/medicines/trastuzumab-deruxtecan/",
    "medicine, breast-cancer use withdrawn": "/medicines/atezolizumab/",
    "which pages fit me": "/which-pages-fit-me/?hr_status=positive&her2_status=",
    "which pages fit me, with a biomarker": "/which-pages-fit-me/?hr_status=negative&her2_status=zero&biomarker=pdl1",
    "glossary": "/glossary/",
    "editorial policy": "/about/editorial-policy/",
    "withdrawn page": "/articles/atezolizumab-for-triple-negative-breast-cancer/",
    "search": "/search/?q=herseptin",
    "search, definition box": "/search/?q=what+is+hospice",
    "search, a medicine we have no page on": "/search/?q=kadcyla",
    "search, nothing found": "/search/?q=zzqxw+unfindable",
    "support directory, filtered": "/support/?category=support-group&area=OH",
    "support organisation": "/support/pacific-home-and-hospice/",
}


@pytest.fixture
def sample_site(db):
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())


def tab_through(page, presses: int = 200) -> list[str]:
    """Press Tab repeatedly; return what had focus each time, checking each is visible."""
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        described = page.evaluate(
            """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
                       return [e.tagName + ' ' + (e.textContent || e.name || '').trim().slice(0, 40),
                               r.width > 0 && r.height > 0]; }"""
        )
        label, visible = described
        if label.startswith("BODY"):
            break  # focus went round the page and left it: nothing traps the keyboard
        assert visible, f"focused but invisible: {label}"
        seen.append(label)
    return seen


def test_every_page_type_is_accessible_private_and_keyboard_usable(page, live_server, sample_site):
    for name, path in PAGE_TYPES.items():
        page.requested.clear()
        response = page.goto(live_server.url + path, wait_until="networkidle")
        expected = 410 if name == "withdrawn page" else 200
        assert response.status == expected, name
        results = Axe().run(page)
        assert results.violations_count == 0, f"{name}: {results.generate_report()}"
        assert all(url.startswith(live_server.url) for url in page.requested), (name, page.requested)
        assert page.context.cookies() == [], name
        focused = tab_through(page)
        assert focused[0].startswith("A Skip to main content"), name
        assert any("How we write and review" in label for label in focused), f"{name}: footer not reachable"


def test_every_page_type_fits_a_phone_screen(page, live_server, sample_site):
    page.set_viewport_size({"width": 360, "height": 740})
    for name, path in PAGE_TYPES.items():
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{name} scrolls sideways"
        results = Axe().run(page)
        assert results.violations_count == 0, f"{name}: {results.generate_report()}"


def test_medicines_filter_and_fit_form_work_without_javascript(new_page, live_server, sample_site):
    page = new_page()
    page.goto(live_server.url + "/medicines/")
    page.select_option("#id_her2_status", "zero")
    page.click("text=Show medicines")
    assert "her2_status=zero" in page.url
    assert page.locator("a", has_text="Trastuzumab").count() == 0
    assert page.locator("a", has_text="Tamoxifen").count() == 1
    page.goto(live_server.url + "/which-pages-fit-me/")
    page.check("#id_hr_status_0")
    page.check("#id_her2_status_0")
    page.click("text=Show pages")
    assert "Articles for everyone with stage four breast cancer" in page.content()
    # The biomarker question, answered with the keyboard-usable radio buttons of a plain form.
    page.goto(live_server.url + "/which-pages-fit-me/")
    assert page.locator("input[name=biomarker][value='']").is_checked()  # not tested, or not known
    page.check("#id_hr_status_1")  # HR-negative
    page.check("input[name=biomarker][value=pdl1]")
    page.click("text=Show pages")
    assert "biomarker=pdl1" in page.url
    named = page.locator("h3:has-text('names your test result') + ul")
    assert named.locator("a", has_text="Pembrolizumab").count() == 1
    assert page.locator("a[href='/medicines/atezolizumab/']").count() == 0  # its breast-cancer use was withdrawn
    page.goto(live_server.url + "/medicines/")
    page.select_option("#id_biomarker", "pdl1")
    page.click("text=Show medicines")
    listed = page.locator(".card-list a").all_inner_texts()
    assert len(listed) == 1  # of the sample medicines, only pembrolizumab's label names PD-L1
    assert listed[0].startswith("Pembrolizumab")


def test_javascript_off_pages_still_work(browser, live_server, sample_site):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    try:
        page = context.new_page()
        page.goto("/medicines/?drug_class=")
        assert page.locator("h1").inner_text() == "Medicines"
        page.goto("/articles/what-stage-four-breast-cancer-means/")
        assert page.locator("ol li[id^=ref-]").count() >= 1
    finally:
        context.close()


def test_feedback_can_be_sent_from_an_article(page, live_server, sample_site):
    page.goto(live_server.url + "/articles/what-stage-four-breast-cancer-means/")
    page.check("#helpful-no")
    page.fill("#feedback-comment", "Please explain HER2-low too.")
    page.click("button:has-text('Send')")
    assert page.locator("h1").inner_text() == "Thank you for your feedback"
    assert page.context.cookies() == []
    from articles.models import Feedback

    assert Feedback.objects.get().comment == "Please explain HER2-low too."


def test_an_article_prints_with_its_references_and_their_addresses(page, live_server, sample_site):
    page.goto(live_server.url + "/articles/what-stage-four-breast-cancer-means/")
    page.emulate_media(media="print")
    assert page.locator(".site-nav").is_hidden()
    assert page.locator(".feedback").is_hidden()
    assert page.locator("#references-heading").is_visible()
    first_link = page.locator(".references a[href^='http']").first
    after = first_link.evaluate("link => getComputedStyle(link, '::after').content")
    assert first_link.get_attribute("href") in after
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF")
