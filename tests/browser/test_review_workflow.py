"""The whole review flow in a real browser: write, submit, review the diff, approve, publish."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from portal import roles
from tests.content import make_topic, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_author_writes_reviewer_approves_public_sees_it(new_page, settings):
    # Plain-HTTP test server: cookies cannot be Secure-only here.
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    author = make_user("nora-nurse", roles.AUTHORS, roles.CLINICAL_REVIEWERS, credentials="RN, oncology nurse")
    reviewer = make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, radiation oncologist")
    make_topic("radiation-therapy", "Radiation therapy", author, reviewer)

    # The author writes a new article and submits it.
    writer = new_page(author)
    writer.goto("/admin/articles/revision/new/article/")
    assert_accessible(writer)
    writer.fill("#id_slug", "radiation-for-bone-pain")
    writer.select_option("#id_topic", label="Radiation therapy")
    writer.fill("#id_title", "Radiation for bone pain")
    writer.fill("#id_summary", "- Radiation can ease bone pain [1].")
    writer.fill("#id_body", "## How it helps\n\nRadiation aimed at one bone can ease pain [1].")
    writer.fill("#id_change_summary", "First version.")
    writer.fill("#id_references-0-title", "Radiation Therapy for Cancer")
    writer.fill("#id_references-0-url", "https://www.cancer.gov/about-cancer/treatment/types/radiation-therapy")
    writer.click("text=Save draft")
    writer.wait_for_url("**/review/")
    assert "Saved as draft version 1." in writer.content()
    writer.click("text=Submit for review")
    assert "Submitted for review" in writer.content()

    # The author is also a reviewer, but may not approve their own text.
    assert "You cannot approve this version:" in writer.content()
    assert writer.locator("text=Approve and publish").count() == 0

    # A second person opens the queue, sees the diff, approves.
    checker = new_page(reviewer)
    checker.goto("/admin/articles/revision/queue/")
    assert_accessible(checker)
    checker.click("text=Radiation for bone pain")
    assert "New page: everything is new" in checker.content()
    assert checker.frame_locator("iframe.patient-preview").locator("h1").inner_text() == "Radiation for bone pain"
    assert_accessible(checker)
    checker.fill("#id_approve-comment", "Clear and accurate.")
    checker.click("text=Approve and publish")
    assert "Approved: this version is now what patients see." in checker.content()

    # The public page shows the approved text and the stamp.
    reader = new_page()
    reader.goto("/articles/radiation-for-bone-pain/")
    assert reader.locator("h1").inner_text() == "Radiation for bone pain"
    assert "Reviewed by Rita Reviewer, MD, radiation oncologist" in reader.locator(".review-stamp").inner_text()

    # An edit goes back to review; the public keeps the approved text meanwhile.
    writer.reload()
    writer.click("text=Edit (makes a new draft)")
    writer.fill("#id_body", "## How it helps\n\nA short course of radiation aimed at one bone can ease pain [1].")
    writer.fill("#id_change_summary", "Said that a course can be short.")
    writer.click("text=Save draft")
    writer.click("text=Submit for review")
    reader.reload()
    assert "A short course" not in reader.content()
    assert "Radiation aimed at one bone can ease pain" in reader.content()

    checker.goto("/admin/articles/revision/queue/")
    checker.click("text=Radiation for bone pain")
    assert "What changed since version 1" in checker.content()
    assert checker.locator("table.diff ins", has_text="A short course of").count() == 1
    checker.click("text=History")
    assert "Every version, newest first" in checker.content()
    assert_accessible(checker)
