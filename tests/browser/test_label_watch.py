"""The label watch in a real browser: a label changes, reviewers see the flag and the diff, approve a
new version, and readers see the notice come and go, with no stale cached copy."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

from articles import services
from articles.labels import client
from portal import roles
from tests.articles.labels.dailymed import BOXED_WARNING, FakeDailyMed
from tests.articles.labels.helpers import (
    TAMOXIFEN_SERIOUS_SIDE_EFFECTS,
    TAMOXIFEN_SETID,
    publish_article,
    publish_medicine,
    run_check,
)
from tests.content import make_topic, make_user, save_edit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.fixture
def dailymed(settings, monkeypatch):
    fake = FakeDailyMed().start()
    settings.DAILYMED_BASE_URL = fake.url
    settings.DAILYMED_TIMEOUT_SECONDS = 1
    monkeypatch.setattr(client, "RETRY_BACKOFF_SECONDS", 0)
    yield fake
    fake.stop()


def test_a_label_change_goes_to_review_and_readers_are_told_meanwhile(new_page, page, settings, dailymed):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # plain-HTTP test server
    author = make_user("ada-author", roles.AUTHORS)
    reviewer = make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")
    topic = make_topic("hormone-therapy", "Hormone therapy", author, reviewer, position=1)
    checker = make_user("ravi-reviewer", roles.CLINICAL_REVIEWERS, credentials="PharmD, oncology pharmacist")
    medicine = publish_medicine(author, reviewer, label_date=datetime.date(2025, 3, 1))
    publish_article(author, reviewer, topic, slug="living-with-tamoxifen", body="Tamoxifen is taken daily [1].")
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    assert run_check()[0] == 0  # the baseline: no flag

    reader = page
    reader.goto("/medicines/tamoxifen/")
    assert reader.locator(".label-notice").count() == 0
    reader.reload()  # now from the page cache
    assert reader.locator(".label-notice").count() == 0

    # The label gains a warning; the daily check flags the medicine and the article naming it.
    dailymed.publish(
        TAMOXIFEN_SETID, 4, "Nov 20, 2026", "20261120",
        boxed_warning=BOXED_WARNING + " Cataracts have been reported.",
    )  # fmt: skip
    assert run_check()[1]["changed"][0]["sections"] == ["boxed_warning"]
    reader.reload()
    notice = reader.locator(".label-notice")
    assert "The US FDA label of this medicine changed on November 20, 2026" in notice.inner_text()
    assert "ask your care team" in notice.inner_text()
    assert_accessible(reader)
    reader.goto("/articles/living-with-tamoxifen/")
    assert reader.locator(".label-notice").count() == 1

    # A reviewer finds the flags from the review queue and reads the change word by word.
    desk = new_page(checker)
    desk.goto("/admin/articles/revision/queue/")
    desk.click("text=Label changed: 2 pages to check against a new FDA label")
    assert desk.locator(".label-flag").count() == 2
    assert desk.locator("table.diff ins", has_text="Cataracts have been reported.").count() == 2
    assert "version 3 of 2025-03-01 → version 4 of 2026-11-20" in desk.content()
    assert_accessible(desk)

    # The author updates the summary; the reviewer checks it against the label and approves it.
    draft = save_edit(
        medicine.live_revision, author, serious_side_effects=TAMOXIFEN_SERIOUS_SIDE_EFFECTS + "\n- Blurred eyesight",
        change_summary="Added eye problems from the new label.",
    )  # fmt: skip
    services.revision_submit(revision=draft, user=author)
    desk.goto(f"/admin/articles/revision/{draft.pk}/review/")
    label_check = desk.locator(".label-check")
    assert "Current label: version 4 of 2026-11-20." in label_check.inner_text()
    assert "Cataracts have been reported." in label_check.inner_text()
    assert "Blurred eyesight" in label_check.inner_text()
    assert_accessible(desk)
    desk.click("text=Approve and publish")
    assert "Approved: this version is now what patients see." in desk.content()

    reader.goto("/medicines/tamoxifen/")
    assert reader.locator(".label-notice").count() == 0  # no stale copy from the cache
    assert "Blurred eyesight" in reader.content()
    assert "checked against the FDA label of November 20, 2026" in reader.locator(".label-note").inner_text()

    # The article needed no change: the reviewer dismisses its flag with a reason.
    desk.goto("/admin/articles/revision/labels/")
    assert desk.locator(".label-flag").count() == 1
    desk.fill("textarea[name=reason]", "The article does not discuss side effects.")
    desk.click("text=Dismiss: the page needs no change")
    assert "Flag dismissed; your reason is on record." in desk.content()
    assert "No label has changed under a published page." in desk.content()
    reader.goto("/articles/living-with-tamoxifen/")
    assert reader.locator(".label-notice").count() == 0

    # The medicine's label page: the set id, the versions held, no open flag left.
    desk.goto(f"/admin/articles/revision/labels/medicine/{medicine.pk}/")
    assert TAMOXIFEN_SETID in desk.locator("#id_setid").input_value()
    assert desk.locator("section[aria-labelledby=snapshots-heading] tbody tr").count() == 2  # versions 4 and 3
    assert_accessible(desk)
