"""The editorial check as an author and a reviewer meet it in a real browser (issues 17 and 20)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from portal import roles
from tests.content import make_topic, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ISSUE_EXAMPLE = (
    "Tamoxifen lowers the chance of the cancer coming back after the menopause [1]. "
    "70% of patients respond to tamoxifen."
)


def test_an_uncited_sentence_after_a_cited_one_is_caught_and_shown_in_words(new_page, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    author = make_user("nora-nurse", roles.AUTHORS)
    reviewer = make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")
    make_topic("hormone-therapy", "Hormone therapy", author, reviewer, position=1)

    writer = new_page(author)
    writer.goto("/admin/articles/revision/new/article/")
    writer.fill("#id_slug", "tamoxifen-after-the-menopause")
    writer.select_option("#id_topic", label="Hormone therapy")
    writer.fill("#id_title", "Tamoxifen after the menopause")
    writer.fill("#id_summary", "- Tamoxifen is a hormone therapy taken by mouth [1].")
    # Typed in a textarea, so the browser posts CRLF line breaks: the finding is still on line 3 of Body.
    writer.fill("#id_body", f"## What it does\n\n{ISSUE_EXAMPLE}")
    writer.fill("#id_change_summary", "First version.")
    writer.fill("#id_references-0-title", "Hormone Therapy for Breast Cancer")
    writer.fill("#id_references-0-url", "https://www.cancer.gov/types/breast/breast-hormone-therapy-fact-sheet")
    writer.click("text=Save draft")
    writer.wait_for_url("**/review/")
    # The version has an error: the author ticks the box that says so before submitting.
    writer.check("input[name=confirm_errors]")
    with writer.expect_navigation():
        writer.get_by_role("button", name="Submit with 1 error").click()
    assert "The editorial check found 1 error and 0 warnings; the reviewer sees them too." in writer.content()

    checker = new_page(reviewer)
    checker.goto("/admin/articles/revision/queue/")
    row = checker.locator("tr", has_text="Tamoxifen after the menopause")
    assert "1 error, 0 warnings" in row.inner_text()
    checker.click("text=Tamoxifen after the menopause")
    finding = checker.locator("section.findings tbody tr")
    assert finding.count() == 1
    cells = finding.locator("td").all_inner_texts()
    assert cells[:4] == ["Error", "Statistic without a source", "Body, line 3", "70% of patients respond to tamoxifen."]
    label = checker.locator("label[for='override-1']").inner_text()
    assert label == "Reason to approve despite “Statistic without a source” (Body, line 3)"
    results = Axe().run(checker)
    assert results.violations_count == 0, results.generate_report()

    # Approving needs a reason for the error; with one, the page goes live.
    checker.fill("#override-1", "The response figure is on the label; citation to follow in the next version.")
    checker.click("text=Approve and publish")
    assert "Approved: this version is now what patients see." in checker.content()
