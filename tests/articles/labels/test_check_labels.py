"""`manage.py check_drug_labels`: snapshots, flags and the report, against a local DailyMed."""

import datetime

import pghistory.models
import pytest
from django.core.management import CommandError, call_command

from articles import services
from articles.labels import services as label_services
from articles.labels.models import LabelFlag, LabelSnapshot
from articles.labels.spl import section_hash
from articles.models import ReviewedItem
from tests.articles.labels.dailymed import BOXED_WARNING, INDICATIONS, WARNINGS, Answer, spl_xml
from tests.articles.labels.helpers import (
    LETROZOLE_SETID,
    TAMOXIFEN_SETID,
    publish_article,
    publish_medicine,
    run_check,
)
from tests.content import medicine_content, reference

pytestmark = pytest.mark.django_db

NEW_BOXED_WARNING = BOXED_WARNING + " Discuss the risks of blood clots with your doctor before starting."
NEW_INDICATIONS = INDICATIONS + " Also indicated to reduce the risk of invasive breast cancer in women with DCIS."


@pytest.fixture
def tamoxifen(author, reviewer):
    return publish_medicine(author, reviewer, label_date=datetime.date(2025, 3, 1))


@pytest.fixture
def baseline(dailymed, tamoxifen):
    """Version 3 of the label, of the date the summary was checked against, stored as the baseline."""
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    result = run_check()
    assert result == (0, {"checked": 1, "changed": [], "errors": [], "skipped": []}), result
    return LabelSnapshot.objects.get(setid=TAMOXIFEN_SETID)


def test_the_first_snapshot_is_a_baseline_with_the_four_sections(baseline, tamoxifen):
    assert baseline.version == 3
    assert baseline.effective_date == datetime.date(2025, 3, 1)
    assert baseline.boxed_warning == "BOXED WARNING " + BOXED_WARNING
    assert baseline.indications == "1 INDICATIONS AND USAGE " + INDICATIONS
    assert baseline.warnings_and_precautions == "5 WARNINGS AND PRECAUTIONS " + WARNINGS
    assert baseline.recent_major_changes == ""  # this label has none
    assert "Hot flashes" not in baseline.indications + baseline.warnings_and_precautions  # other sections are not kept
    assert baseline.title.startswith("These highlights do not include all the information needed to use TAMOXIFEN")
    assert baseline.section_hashes == {
        "boxed_warning": section_hash(baseline.boxed_warning), "indications": section_hash(baseline.indications),
        "warnings_and_precautions": section_hash(baseline.warnings_and_precautions),
        "recent_major_changes": section_hash(""),
    }  # fmt: skip
    # Checked against a label of the same date: nothing to flag.
    assert not LabelFlag.objects.exists()


def test_a_baseline_newer_than_the_label_the_page_was_checked_against_flags_it(dailymed, author, reviewer, topic):
    medicine = publish_medicine(author, reviewer, label_date=datetime.date(2023, 6, 1))
    article = publish_article(author, reviewer, topic, slug="tamoxifen-basics", body="Tamoxifen is a pill [1].")
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    status, report = run_check()
    assert status == 0
    assert report["changed"] == [
        {"medicine": "tamoxifen", "setid": TAMOXIFEN_SETID, "previous_version": None, "version": 3,
         "sections": ["boxed_warning", "indications", "warnings_and_precautions"]},
    ]  # fmt: skip
    flags = LabelFlag.objects.order_by("item__kind")
    assert [(flag.item_id, flag.previous_snapshot) for flag in flags] == [(article.pk, None), (medicine.pk, None)]


def test_a_second_run_with_nothing_new_changes_nothing_and_fetches_no_label(baseline, dailymed):
    events = pghistory.models.Events.objects.count()
    fetched = len(dailymed.paths(".xml"))
    result = run_check()
    assert result == (0, {"checked": 1, "changed": [], "errors": [], "skipped": []}), result
    assert len(dailymed.paths(".xml")) == fetched  # the history said the version had not moved
    assert len(dailymed.paths("/history.json")) == 2
    assert LabelSnapshot.objects.count() == 1
    assert not LabelFlag.objects.exists()
    assert pghistory.models.Events.objects.count() == events


def test_a_boxed_warning_change_flags_the_medicine_and_the_articles_naming_it(
    baseline, dailymed, tamoxifen, author, reviewer, topic
):
    naming_generic = publish_article(
        author, reviewer, topic, slug="side-effects", body="## Clots\n\nTAMOXIFEN can rarely cause clots [1]."
    )
    naming_brand = publish_article(
        author, reviewer, topic, slug="liquid-medicines", body="Soltamox is a liquid form of the medicine [1]."
    )
    listing_it = publish_article(
        author, reviewer, topic, slug="pills", body="Some hormone therapies are pills [1].", medicine_ids=[tamoxifen.pk]
    )
    publish_article(author, reviewer, topic, slug="unrelated", body="Letrozole lowers estrogen [1].")
    publish_article(author, reviewer, topic, slug="word-inside", body="Antamoxifenic is not a word [1].")

    dailymed.publish(TAMOXIFEN_SETID, 4, "Nov 20, 2026", "20261120", boxed_warning=NEW_BOXED_WARNING)
    status, report = run_check()
    assert status == 0
    assert report == {
        "checked": 1,
        "changed": [{"medicine": "tamoxifen", "setid": TAMOXIFEN_SETID, "previous_version": 3, "version": 4,
                     "sections": ["boxed_warning"]}],
        "errors": [], "skipped": [],
    }  # fmt: skip
    snapshot = LabelSnapshot.objects.get(setid=TAMOXIFEN_SETID, version=4)
    assert snapshot.boxed_warning.endswith("Discuss the risks of blood clots with your doctor before starting.")
    flagged = set(LabelFlag.objects.open().values_list("item__slug", flat=True))
    assert flagged == {"tamoxifen", "side-effects", "liquid-medicines", "pills"}
    for flag in LabelFlag.objects.all():
        assert (flag.snapshot, flag.previous_snapshot, flag.changed_sections) == (snapshot, baseline, ["boxed_warning"])
    assert {naming_generic.pk, naming_brand.pk, listing_it.pk} < set(LabelFlag.objects.values_list("item", flat=True))

    # Nothing new since: a second run opens no second flag.
    result = run_check()
    assert result == (0, {"checked": 1, "changed": [], "errors": [], "skipped": []}), result
    assert LabelFlag.objects.count() == 4


def test_an_indications_change_is_reported_as_such(baseline, dailymed):
    dailymed.publish(TAMOXIFEN_SETID, 4, "Nov 20, 2026", "20261120", indications=NEW_INDICATIONS)
    status, report = run_check()
    assert (status, report["changed"][0]["sections"]) == (0, ["indications"])
    assert LabelFlag.objects.get().changed_sections == ["indications"]


def test_a_brand_name_that_is_a_common_word_flags_only_where_written_as_the_brand(dailymed, author, reviewer, topic):
    publish_medicine(
        author, reviewer, slug="fulvestrant", setid=LETROZOLE_SETID, title="Fulvestrant", generic_name="fulvestrant",
        brand_names=["Focus"], label_date=datetime.date(2020, 1, 1),
    )  # fmt: skip
    publish_article(author, reviewer, topic, slug="focus", body="Try to focus on one question at a time [1].")
    publish_article(author, reviewer, topic, slug="brand", body="Your nurse may call it Focus, its brand name [1].")
    dailymed.publish(LETROZOLE_SETID, 1, "Mar 01, 2025", "20250301")
    assert run_check()[0] == 0
    assert set(LabelFlag.objects.values_list("item__slug", flat=True)) == {"fulvestrant", "brand"}


def test_a_medicine_without_a_set_id_is_skipped(dailymed, author, reviewer):
    publish_medicine(author, reviewer, slug="letrozole", setid="", title="Letrozole", generic_name="letrozole")
    assert run_check() == (
        0, {"checked": 0, "changed": [], "errors": [], "skipped": [{"medicine": "letrozole",
                                                                  "reason": "no DailyMed set id recorded"}]},
    )  # fmt: skip
    assert dailymed.requests == []


def _two_medicines(dailymed, author, reviewer):
    """Tamoxifen (whose label the test breaks) and letrozole (whose label answers)."""
    publish_medicine(author, reviewer, label_date=datetime.date(2025, 3, 1))
    publish_medicine(
        author, reviewer, slug="letrozole", setid=LETROZOLE_SETID, title="Letrozole", generic_name="letrozole",
        brand_names=["Femara"], label_date=datetime.date(2025, 3, 1),
    )  # fmt: skip
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    dailymed.publish(LETROZOLE_SETID, 9, "Mar 01, 2025", "20250301")


def _assert_only_letrozole_recorded(status, report, error_words):
    assert status == 1
    assert report["checked"] == 1
    assert [error["medicine"] for error in report["errors"]] == ["tamoxifen"]
    assert report["errors"][0]["setid"] == TAMOXIFEN_SETID
    assert error_words in report["errors"][0]["error"]
    assert list(LabelSnapshot.objects.values_list("setid", flat=True)) == [LETROZOLE_SETID]
    assert not LabelFlag.objects.filter(item__slug="tamoxifen").exists()


def test_http_500_is_retried_then_reported_and_the_others_are_still_checked(dailymed, author, reviewer):
    _two_medicines(dailymed, author, reviewer)
    dailymed.answer(f"/spls/{TAMOXIFEN_SETID}.xml", Answer(status=500, body=b"Internal Server Error"))
    status, report = run_check()
    _assert_only_letrozole_recorded(status, report, "DailyMed answered 500")
    assert len(dailymed.paths(f"{TAMOXIFEN_SETID}.xml")) == 4  # the first try and three polite retries


def test_a_503_with_retry_after_is_retried_and_then_read(dailymed, author, reviewer):
    _two_medicines(dailymed, author, reviewer)
    document = dailymed.documents[TAMOXIFEN_SETID]
    dailymed.answer(
        f"/spls/{TAMOXIFEN_SETID}.xml", Answer(status=503, headers={"Retry-After": "0"}), Answer(body=document)
    )
    assert run_check()[0] == 0
    assert LabelSnapshot.objects.filter(setid=TAMOXIFEN_SETID).exists()
    assert all(agent.startswith("PatientPortalLabelWatch/1.0 (") for agent in dailymed.user_agents)


def test_a_label_that_does_not_answer_in_time_is_reported(dailymed, author, reviewer):
    _two_medicines(dailymed, author, reviewer)
    dailymed.answer(f"/spls/{TAMOXIFEN_SETID}/history.json", Answer(delay=2.5, body=b"{}"))
    status, report = run_check()
    _assert_only_letrozole_recorded(status, report, "did not answer within 1 seconds")


def test_malformed_xml_is_reported(dailymed, author, reviewer):
    _two_medicines(dailymed, author, reviewer)
    dailymed.documents[TAMOXIFEN_SETID] = dailymed.documents[TAMOXIFEN_SETID][:-40]  # cut off mid-element
    status, report = run_check()
    _assert_only_letrozole_recorded(status, report, "not well-formed XML")


def test_an_external_entity_in_the_label_is_refused_and_never_resolved(dailymed, author, reviewer, tmp_path):
    _two_medicines(dailymed, author, reviewer)
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FROM-THE-SERVER-DISK")
    prolog = f'<!DOCTYPE document [<!ENTITY disk SYSTEM "file://{secret}"><!ENTITY net SYSTEM "{dailymed.url}/leak">]>'
    dailymed.documents[TAMOXIFEN_SETID] = spl_xml(
        TAMOXIFEN_SETID, 3, "20250301", prolog=prolog, extra_text="<paragraph>&disk; &net;</paragraph>"
    )
    status, report = run_check()
    _assert_only_letrozole_recorded(status, report, "refused")
    assert dailymed.paths("/leak") == []  # the network entity was never fetched
    stored = "".join(LabelSnapshot.objects.values_list("boxed_warning", "indications", "title").first())
    assert "SECRET" not in stored
    assert "SECRET" not in str(report)


def test_a_label_for_another_set_id_is_refused(dailymed, author, reviewer):
    _two_medicines(dailymed, author, reviewer)
    dailymed.documents[TAMOXIFEN_SETID] = dailymed.documents[LETROZOLE_SETID]
    status, report = run_check()
    _assert_only_letrozole_recorded(status, report, f"with the label of another set id ({LETROZOLE_SETID})")


def test_an_unknown_set_id_is_an_error_not_a_crash(dailymed, author, reviewer):
    publish_medicine(author, reviewer)  # DailyMed knows nothing of it: 404
    status, report = run_check()
    assert status == 1
    assert "DailyMed answered 404" in report["errors"][0]["error"]


def test_medicine_option_checks_one_medicine(dailymed, author, reviewer):
    _two_medicines(dailymed, author, reviewer)
    status, report = run_check("--medicine", "letrozole")
    assert (status, report["checked"]) == (0, 1)
    assert dailymed.paths(f"{TAMOXIFEN_SETID}/history.json") == []
    with pytest.raises(CommandError, match="no medicine summary with the address 'nonesuch'"):
        call_command("check_drug_labels", "--medicine", "nonesuch")


def test_text_output_says_what_happened_to_each_medicine(dailymed, author, reviewer, capsys):
    _two_medicines(dailymed, author, reviewer)
    publish_medicine(author, reviewer, slug="anastrozole", setid="", title="Anastrozole", generic_name="anastrozole")
    dailymed.answer(f"/spls/{TAMOXIFEN_SETID}/history.json", Answer(status=500))
    with pytest.raises(SystemExit) as exit:
        call_command("check_drug_labels")
    assert exit.value.code == 1
    out = capsys.readouterr().out
    assert "skipped   anastrozole: no DailyMed set id recorded" in out
    assert "baseline  letrozole: label" in out
    assert "ERROR     tamoxifen: DailyMed answered 500" in out


def test_two_pages_following_one_label_are_both_flagged(dailymed, author, reviewer):
    publish_medicine(author, reviewer, label_date=datetime.date(2025, 3, 1))
    publish_medicine(author, reviewer, slug="soltamox", title="Soltamox", label_date=datetime.date(2025, 3, 1))
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    run_check()
    dailymed.publish(TAMOXIFEN_SETID, 4, "Nov 20, 2026", "20261120", boxed_warning=NEW_BOXED_WARNING)
    status, report = run_check()
    assert [entry["medicine"] for entry in report["changed"]] == ["soltamox", "tamoxifen"]
    assert set(LabelFlag.objects.values_list("item__slug", flat=True)) == {"soltamox", "tamoxifen"}
    assert len(dailymed.paths(f"{TAMOXIFEN_SETID}.xml")) == 2  # one fetch per label version, not per page


def test_a_medicine_not_yet_published_is_checked_but_its_baseline_flags_nothing(dailymed, author, reviewer):
    revision = services.item_create(
        kind="medicine", slug="elacestrant", author=author, content=medicine_content(title="Elacestrant"),
        references=[reference(1)],
    )  # fmt: skip
    label_services.medicine_set_setid(item=revision.item, user=reviewer, setid=TAMOXIFEN_SETID)
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    result = run_check()
    assert result == (0, {"checked": 1, "changed": [], "errors": [], "skipped": []}), result
    assert LabelSnapshot.objects.count() == 1
    assert not LabelFlag.objects.exists()
    assert ReviewedItem.objects.get(slug="elacestrant").live_revision_id is None
