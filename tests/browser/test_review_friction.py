"""In a real browser: a reviewer confirms an overdue page without a new version, and an author
submits a version with editorial errors only after ticking that they know (issue 20)."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

from articles import services
from articles.models import ContentKind, ReviewConfirmation, ReviewedItem, Revision, RevisionStatus
from portal import roles
from tests.content import article_content, make_topic, make_user, publish, reference

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_reviewer_confirms_an_overdue_page_and_readers_see_the_new_date(new_page, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    author = make_user("ada-author", roles.AUTHORS)
    approver = make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")
    topic = make_topic("hormone-therapy", "Hormone therapy", author, approver, position=1)
    checker = make_user("ravi-reviewer", roles.CLINICAL_REVIEWERS, credentials="PharmD, oncology pharmacist")
    item = publish(ContentKind.ARTICLE, "hormone-therapy-basics", author, approver, article_content(),
                   [reference(1)], topic)  # fmt: skip
    ReviewedItem.objects.filter(pk=item.pk).update(next_review_due=datetime.date(2025, 1, 1))

    reader = new_page()
    reader.goto("/articles/hormone-therapy-basics/")
    assert "This page is due for review." in reader.locator(".review-stamp").inner_text()

    page = new_page(checker)
    page.goto("/admin/articles/revision/queue/")
    page.locator("section[aria-labelledby=overdue-heading] a", has_text="Hormone therapy").click()
    assert_accessible(page)
    page.fill("#id_confirm-note", "Re-read against the current NCI page and the label; still correct.")
    page.click("text=Confirm: reviewed again, still correct")
    assert "Recorded: reviewed again and still correct." in page.content()
    assert_accessible(page)
    assert ReviewConfirmation.objects.get().reviewer == checker

    reader.reload()
    stamp = reader.locator(".review-stamp").inner_text()
    assert "Reviewed by Ravi Reviewer, PharmD, oncology pharmacist" in stamp
    assert "This page is due for review." not in stamp
    assert item.revisions.count() == 1


def test_submitting_with_errors_needs_the_box_ticked_even_without_javascript(browser, live_server, settings):
    from django.test import Client

    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    author = make_user("ada-author", roles.AUTHORS)
    approver = make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")
    topic = make_topic("hormone-therapy", "Hormone therapy", author, approver, position=1)
    draft = services.item_create(
        kind=ContentKind.ARTICLE, slug="with-errors", topic=topic, author=author,
        content=article_content(body="## Facts\n\nAbout 40% of people respond.\n\nSee the source [1]."),
        references=[reference(1)],
    )  # fmt: skip
    client = Client()
    client.force_login(author)
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                              "url": live_server.url}])  # fmt: skip
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(f"/admin/articles/revision/{draft.pk}/review/")
        page.click("button:has-text('Submit with 1 error')")  # the browser asks for the box first
        assert page.evaluate("document.querySelector('input[name=confirm_errors]').validity.valueMissing")
        assert Revision.objects.get(pk=draft.pk).status == RevisionStatus.DRAFT
        page.check("input[name=confirm_errors]")
        page.click("button:has-text('Submit with 1 error')")
        page.wait_for_load_state()
        assert "Submitted for review." in page.content()
        assert Revision.objects.get(pk=draft.pk).status == RevisionStatus.IN_REVIEW
    finally:
        context.close()
