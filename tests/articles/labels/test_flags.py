"""Label snapshots and flags: immutability, how a flag ends, what readers see, what approval records."""

import datetime
import importlib

import pghistory.models
import pytest
from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone

from articles import lint, services
from articles.labels import services as label_services
from articles.labels.models import LabelFlag, LabelSnapshot
from articles.labels.spl import section_hash
from articles.models import ReviewedItem
from tests.articles.labels.dailymed import BOXED_WARNING
from tests.articles.labels.helpers import (
    LABEL_URL,
    TAMOXIFEN_SETID,
    publish_article,
    publish_medicine,
    run_check,
)
from tests.content import save_edit

pytestmark = pytest.mark.django_db

PROTECTED = "Cannot update or delete rows"  # pgtrigger.Protect
PAGE_QUERY_BUDGET = 6  # as for every public page (tests/articles/test_pages.py)
NEW_BOXED_WARNING = BOXED_WARNING + " Tell your doctor at once about leg pain or swelling."


def snapshot(version: int, effective: datetime.date, boxed_warning: str = "") -> LabelSnapshot:
    return LabelSnapshot.objects.create(
        setid=TAMOXIFEN_SETID, version=version, effective_date=effective, boxed_warning=boxed_warning,
        section_hashes={"boxed_warning": section_hash(boxed_warning)},
    )  # fmt: skip


@pytest.fixture
def tamoxifen(author, reviewer):
    return publish_medicine(author, reviewer, label_date=datetime.date(2025, 3, 1))


@pytest.fixture
def flag(tamoxifen):
    old, new = snapshot(3, datetime.date(2025, 3, 1)), snapshot(4, datetime.date(2026, 11, 20), "Clots.")
    return LabelFlag.objects.create(
        item=tamoxifen, snapshot=new, previous_snapshot=old, changed_sections=["boxed_warning"]
    )


# --- The database keeps snapshots and flags honest ------------------------------------------------------


def test_a_snapshot_cannot_be_changed_or_deleted_even_with_raw_sql():
    stored = snapshot(3, datetime.date(2025, 3, 1), "The boxed warning as stored.")
    with pytest.raises(DatabaseError, match=PROTECTED), transaction.atomic():
        LabelSnapshot.objects.filter(pk=stored.pk).update(boxed_warning="A quieter warning.")
    with (
        pytest.raises(DatabaseError, match=PROTECTED),
        transaction.atomic(),
        connection.cursor() as cur,
    ):
        cur.execute("DELETE FROM articles_labelsnapshot WHERE id = %s", [stored.pk])
    assert LabelSnapshot.objects.get(pk=stored.pk).boxed_warning == "The boxed warning as stored."


def test_one_open_flag_per_page_and_label_and_each_ends_one_way(flag, reviewer):
    with pytest.raises(IntegrityError), transaction.atomic():
        LabelFlag.objects.create(item=flag.item, snapshot=flag.snapshot, previous_snapshot=flag.previous_snapshot)
    with pytest.raises(IntegrityError), transaction.atomic():  # closed, but neither approved nor explained
        LabelFlag.objects.filter(pk=flag.pk).update(closed_at=timezone.now(), closed_by=reviewer)


# --- Dismissing ------------------------------------------------------------------------------------------


def test_only_a_reviewer_dismisses_a_flag_and_only_with_a_reason(flag, author, reviewer):
    with pytest.raises(PermissionDenied):
        label_services.flag_dismiss(flag=flag, user=author, reason="Looks fine to me.")
    with pytest.raises(ValidationError, match="Say why the page needs no change"):
        label_services.flag_dismiss(flag=flag, user=reviewer, reason="   ")
    assert LabelFlag.objects.get(pk=flag.pk).is_open

    label_services.flag_dismiss(flag=flag, user=reviewer, reason="The new warning is about a use we do not describe.")
    flag.refresh_from_db()
    assert (flag.is_open, flag.closed_by, flag.closing_decision) == (False, reviewer, None)
    assert flag.dismissal_reason == "The new warning is about a use we do not describe."
    events = pghistory.models.Events.objects.tracks(flag).filter(pgh_label="update")
    assert [(e.pgh_context["action"], e.pgh_context["user"]) for e in events] == [("label_flag_dismiss", reviewer.pk)]
    with pytest.raises(ValidationError, match="already ended"):
        label_services.flag_dismiss(flag=flag, user=reviewer, reason="Again.")


# --- Approval ------------------------------------------------------------------------------------------------


def test_approval_records_the_current_label_and_ends_the_pages_flags(flag, tamoxifen, author, second_reviewer):
    draft = save_edit(tamoxifen.live_revision, author, serious_side_effects="- Pain or swelling in one leg\n- Clots")
    services.revision_submit(revision=draft, user=author)
    decision = services.revision_approve(revision=draft, reviewer=second_reviewer)
    assert decision.label_snapshot == flag.snapshot  # version 4: the newest we hold
    flag.refresh_from_db()
    assert (flag.is_open, flag.closing_decision, flag.closed_by) == (False, decision, second_reviewer)
    assert flag.closed_at == decision.decided_at


def test_an_article_approval_records_no_label_and_ends_only_its_own_flags(
    flag, tamoxifen, author, reviewer, second_reviewer, topic
):
    article = publish_article(author, reviewer, topic, slug="clots", body="Tamoxifen can cause clots [1].")
    article_flag = LabelFlag.objects.create(item=article, snapshot=flag.snapshot, changed_sections=["boxed_warning"])
    draft = save_edit(article.live_revision, author, body="Tamoxifen can rarely cause clots [1].")
    services.revision_submit(revision=draft, user=author)
    decision = services.revision_approve(revision=draft, reviewer=second_reviewer)
    assert decision.label_snapshot is None
    assert not LabelFlag.objects.get(pk=article_flag.pk).is_open
    assert LabelFlag.objects.get(pk=flag.pk).is_open  # the medicine's own page still needs its check


def test_the_quality_gate_is_given_the_current_boxed_warning(flag, tamoxifen, monkeypatch):
    seen = []
    real_lint = lint.lint
    monkeypatch.setattr(lint, "lint", lambda document: seen.append(document) or real_lint(document))
    services.revision_findings(tamoxifen.live_revision)
    assert seen[-1].boxed_warning == "Clots."


# --- Readers ------------------------------------------------------------------------------------------------


def test_the_notice_comes_and_goes_with_the_flags_and_no_stale_cached_copy(
    client, dailymed, tamoxifen, author, reviewer, second_reviewer, topic, django_assert_max_num_queries
):
    article = publish_article(author, reviewer, topic, slug="clots", body="Tamoxifen can cause clots [1].")
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    run_check()
    pages = ("/medicines/tamoxifen/", "/articles/clots/")
    for url in pages:
        assert 'class="label-notice"' not in client.get(url).content.decode()
    with django_assert_max_num_queries(0):  # served from the page cache
        assert 'class="label-notice"' not in client.get(pages[0]).content.decode()

    dailymed.publish(TAMOXIFEN_SETID, 4, "Nov 20, 2026", "20261120", boxed_warning=NEW_BOXED_WARNING)
    assert run_check()[0] == 0
    for url in pages:
        with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
            html = client.get(url).content.decode()
        assert 'class="label-notice"' in html, url
        assert 'changed on\n    <time datetime="2026-11-20">November 20, 2026</time>' in html
        assert "ask your care team" in html

    medicine_flag = LabelFlag.objects.get(item=tamoxifen)
    label_services.flag_dismiss(flag=medicine_flag, user=reviewer, reason="Our page already warns about clots.")
    assert 'class="label-notice"' not in client.get(pages[0]).content.decode()
    assert 'class="label-notice"' in client.get(pages[1]).content.decode()  # the article is not checked yet

    draft = save_edit(article.live_revision, author, body="Tamoxifen can rarely cause clots [1].")
    services.revision_submit(revision=draft, user=author)
    services.revision_approve(revision=draft, reviewer=second_reviewer)
    html = client.get(pages[1]).content.decode()
    assert "rarely cause clots" in html
    assert 'class="label-notice"' not in html


def test_the_medicine_page_says_which_label_it_was_checked_against(client, dailymed, author, reviewer):
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    medicine = publish_medicine(author, reviewer, setid="", label_date=datetime.date(1999, 1, 1))
    html = client.get("/medicines/tamoxifen/").content.decode()
    assert "checked against the FDA label of" not in html  # approved before the label was watched
    assert "1999" not in html  # a typed label date is not shown as if checked

    label_services.medicine_set_setid(item=medicine, user=reviewer, setid=TAMOXIFEN_SETID)
    run_check()
    draft = save_edit(medicine.live_revision, author, change_summary="Checked against the current label.")
    services.revision_submit(revision=draft, user=author)
    services.revision_approve(revision=draft, reviewer=reviewer)
    html = client.get("/medicines/tamoxifen/").content.decode()
    assert 'checked against the FDA label of <time datetime="2025-03-01">March 1, 2025</time>' in html


# --- Which label a medicine follows --------------------------------------------------------------------------


def test_a_reviewer_sets_the_set_id_through_the_service(tamoxifen, author, reviewer, topic):
    with pytest.raises(PermissionDenied):
        label_services.medicine_set_setid(item=tamoxifen, user=author, setid="")
    with pytest.raises(ValidationError, match="Enter a DailyMed set id"):
        label_services.medicine_set_setid(item=tamoxifen, user=reviewer, setid="../../etc/passwd")
    article = publish_article(author, reviewer, topic, slug="clots", body="Clots [1].")
    with pytest.raises(ValidationError, match="Only a medicine summary"):
        label_services.medicine_set_setid(item=article, user=reviewer, setid=TAMOXIFEN_SETID)
    label_services.medicine_set_setid(item=tamoxifen, user=reviewer, setid="")
    assert ReviewedItem.objects.get(pk=tamoxifen.pk).dailymed_setid == ""  # no longer watched
    label_services.medicine_set_setid(item=tamoxifen, user=reviewer, setid=f"  {TAMOXIFEN_SETID.upper()} ")
    assert ReviewedItem.objects.get(pk=tamoxifen.pk).dailymed_setid == TAMOXIFEN_SETID
    events = [e.pgh_context for e in pghistory.models.Events.objects.tracks(tamoxifen) if e.pgh_context]
    changes = [(context["user"], context["setid"]) for context in events if context["action"] == "medicine_set_setid"]
    assert changes == [(reviewer.pk, TAMOXIFEN_SETID), (reviewer.pk, ""), (reviewer.pk, TAMOXIFEN_SETID)]


def test_the_migration_takes_the_set_id_from_the_label_address(author, reviewer):
    migration = importlib.import_module("articles.migrations.0009_label_watch")
    with_url = publish_medicine(author, reviewer, setid="", fda_label_url=LABEL_URL)
    other = publish_medicine(
        author, reviewer, slug="other", setid="", fda_label_url="https://www.accessdata.fda.gov/label.pdf"
    )
    migration.fill_setids(apps, None)
    assert ReviewedItem.objects.get(pk=with_url.pk).dailymed_setid == TAMOXIFEN_SETID
    assert ReviewedItem.objects.get(pk=other.pk).dailymed_setid == ""
    assert migration.setid_from_label_url(LABEL_URL.upper().replace("HTTPS://", "https://")) == ""  # "SETID=" key
    assert label_services.setid_from_label_url(LABEL_URL + "&audience=consumer") == TAMOXIFEN_SETID
