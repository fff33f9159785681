"""In a real browser (which posts textareas with CRLF): editing one field of a multi-line medicine
summary shows that field, and only that field, as changed (issue 20)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from articles.models import ContentKind, ReviewedItem, Revision
from portal import roles
from tests.content import make_user, medicine_content, publish, reference

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MULTILINE = {
    "summary": "A hormone therapy taken by mouth.\n\nMost people take it for five years or more.",
    "how_it_works": "It blocks estrogen from reaching cancer cells [1].\n\nThe cancer then grows more slowly.",
    "common_side_effects": "- Hot flashes\n- Tiredness\n- Joint aches",
    "serious_side_effects": "- Pain or swelling in one leg\n- Chest pain or sudden shortness of breath",
    "questions_to_ask": "- How long will I take it?\n- What should I do if I miss a dose?",
}


def test_editing_one_field_shows_only_that_field_as_changed(new_page, settings, tmp_path):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    author = make_user("ada-author", roles.AUTHORS)
    reviewer = make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")
    item = publish(ContentKind.MEDICINE, "tamoxifen", author, reviewer, medicine_content(**MULTILINE), [reference(1)])

    writer = new_page(author)
    writer.goto(f"/admin/articles/revision/item/{item.pk}/edit/")
    writer.fill("#id_common_side_effects", "- Hot flashes\n- Tiredness\n- Joint or muscle aches")
    writer.fill("#id_change_summary", "Muscle aches are common too.")
    writer.click("text=Save draft")
    writer.wait_for_url("**/review/")

    draft = Revision.objects.filter(item=item).order_by("-number").first()
    assert draft.number == 2
    for name, value in MULTILINE.items():  # the browser sent CRLF; the version stores what was written
        stored = getattr(draft, name)
        assert "\r" not in stored
        assert stored == (
            value if name != "common_side_effects" else "- Hot flashes\n- Tiredness\n- Joint or muscle aches"
        )
    writer.click("text=Submit for review")

    checker = new_page(reviewer)
    checker.goto(f"/admin/articles/revision/{draft.pk}/review/")
    changed = checker.locator("section.review-changes > table.diff > tbody > tr")
    assert changed.count() == 1
    assert changed.locator("th").inner_text() == "Common side effects"
    assert changed.locator("ins").inner_text().strip() == "or muscle"
    assert changed.locator("del").count() == 0
    unchanged = checker.locator("details.unchanged")
    assert not unchanged.evaluate("element => element.open")  # folded away until asked for
    unchanged.locator("summary").click()
    assert unchanged.locator("th", has_text="How it works").is_visible()
    # The diff uses the page's width, not half of it beside the preview.
    diff_width = checker.locator("section.review-changes table.diff").first.bounding_box()["width"]
    page_width = checker.locator("#content").bounding_box()["width"]
    assert diff_width > 0.9 * page_width
    assert checker.locator("a[target=_blank]", has_text="Open the patient view on its own").count() == 1
    results = Axe().run(checker)
    assert results.violations_count == 0, results.generate_report()
    checker.screenshot(path=str(tmp_path / "review-diff.png"), full_page=True)  # kept by pytest, to look at

    checker.fill("#id_approve-comment", "Matches the label.")
    checker.click("text=Approve and publish")
    assert ReviewedItem.objects.get(pk=item.pk).live_revision_id == draft.pk
