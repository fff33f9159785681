"""A topic's text in a real browser: written in the workspace, approved by a second person, then public."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from portal import roles
from tests.content import make_topic, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_topic_summary_reaches_readers_only_after_a_second_person_approves_it(new_page, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # plain-HTTP test server
    author = make_user("ada-author", roles.AUTHORS)
    reviewer = make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")
    topic = make_topic("surgery", "Surgery", author, reviewer, summary="When an operation may help.")

    # The admin's topic list offers the workspace, not a text field.
    writer = new_page(author)
    writer.goto("/admin/articles/topic/")
    assert writer.locator("input[name$='-summary'], textarea").count() == 0
    writer.click("text=History and edit")
    writer.click("text=Edit (makes a new draft)")
    assert writer.locator("#id_body").count() == 0
    assert_accessible(writer)
    writer.fill("#id_summary", "When an operation may help, and when it eases symptoms.")
    writer.fill("#id_change_summary", "Said when surgery eases symptoms.")
    writer.click("text=Save draft")
    writer.click("text=Submit for review")
    assert "Submitted for review" in writer.content()

    reader = new_page()
    reader.goto(topic.get_absolute_url())
    assert reader.locator("p.lead").inner_text() == "When an operation may help."

    checker = new_page(reviewer)
    checker.goto("/admin/articles/revision/queue/")
    checker.click("text=Surgery")
    assert checker.locator("table.diff ins", has_text="and when it eases symptoms").count() == 1
    assert checker.frame_locator("iframe.patient-preview").locator("p.lead").inner_text() == (
        "When an operation may help, and when it eases symptoms."
    )
    assert_accessible(checker)
    checker.click("text=Approve and publish")
    assert "Approved: this version is now what patients see." in checker.content()

    reader.reload()
    assert reader.locator("p.lead").inner_text() == "When an operation may help, and when it eases symptoms."
    reader.goto("/")
    summary = reader.locator("#topic-surgery + p").inner_text()
    assert summary == "When an operation may help, and when it eases symptoms."
    assert_accessible(reader)
