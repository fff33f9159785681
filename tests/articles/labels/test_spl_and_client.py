"""The SPL reader and the DailyMed client on their own (no database)."""

import datetime

import pytest
from urllib3.util import retry

from articles.labels.client import DailyMedClient, LabelSourceError
from articles.labels.spl import read_spl, section_hash
from tests.articles.labels.dailymed import Answer, spl_xml
from tests.articles.labels.helpers import TAMOXIFEN_SETID

HL7 = 'xmlns="urn:hl7-org:v3"'


def document(body: str, *, setid=TAMOXIFEN_SETID, version="5", effective="20261120093000") -> bytes:
    return (
        f'<document {HL7}><setId root="{setid.upper()}"/><versionNumber value="{version}"/>'
        f'<effectiveTime value="{effective}"/><title>Label</title><component><structuredBody>{body}'
        "</structuredBody></component></document>"
    ).encode()


def test_words_in_blocks_stay_apart_and_inline_markup_stays_joined():
    body = (
        '<component><section><code code="34066-1"/><title>WARNING:  EMBRYO-FETAL\n TOXICITY</title><text>'
        '<paragraph>Can <content styleCode="bold">harm</content> a fetus. Take with H<sub>2</sub>O.</paragraph>'
        "<paragraph>Advise"
        "</paragraph><list><item>contraception</item><item>testing</item></list></text></section></component>"
    )
    label = read_spl(document(body), expected_setid=TAMOXIFEN_SETID)
    assert (
        label.sections["boxed_warning"]
        == "WARNING: EMBRYO-FETAL TOXICITY Can harm a fetus. Take with H2O. Advise contraception testing"
    )
    assert (label.setid, label.version, label.effective_date) == (TAMOXIFEN_SETID, 5, datetime.date(2026, 11, 20))
    assert label.hashes["indications"] == section_hash("")


def test_a_nested_section_is_part_of_its_parent_and_read_once():
    body = (
        '<component><section><code code="43685-7"/><title>5 WARNINGS</title>'
        '<component><section><code code="42229-5"/><title>5.1 Clots</title><text>Leg pain.</text></section>'
        "</component></section></component>"
    )
    assert read_spl(document(body), expected_setid=TAMOXIFEN_SETID).sections["warnings_and_precautions"] == (
        "5 WARNINGS 5.1 Clots Leg pain."
    )


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"<html><body>Service unavailable</body></html>", "not an SPL document"),
        (b"", "not well-formed XML"),
        (document("", version="five"), "version or date cannot be read"),
        (document("").replace(b'<versionNumber value="5"/>', b""), "no versionNumber/@value"),
        # A billion laughs: refused before any entity is expanded.
        (
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<document xmlns="urn:hl7-org:v3">&b;</document>',
            "refused",
        ),
    ],
)
def test_what_is_not_a_readable_label_is_refused_in_words(content, words):
    with pytest.raises(LabelSourceError, match=words):
        read_spl(content, expected_setid=TAMOXIFEN_SETID)


def test_the_client_refuses_a_set_id_that_is_not_one(dailymed):
    with DailyMedClient() as client, pytest.raises(LabelSourceError, match="is not a DailyMed set id"):
        client.history("../../admin")
    assert dailymed.requests == []


def test_history_is_read_newest_first_and_garbage_is_an_error(dailymed):
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    dailymed.publish(TAMOXIFEN_SETID, 4, "Nov 20, 2026", "20261120")
    with DailyMedClient() as client:
        versions = client.history(TAMOXIFEN_SETID)
        assert [(v.version, v.published) for v in versions] == [
            (4, datetime.date(2026, 11, 20)), (3, datetime.date(2025, 3, 1)),
        ]  # fmt: skip
        assert client.document(TAMOXIFEN_SETID) == spl_xml(TAMOXIFEN_SETID, 4, "20261120")
        dailymed.answer(f"/spls/{TAMOXIFEN_SETID}/history.json", Answer(body=b'{"data": {"history": "x"}}'))
        with pytest.raises(LabelSourceError, match="version history .* could not be read"):
            client.history(TAMOXIFEN_SETID)
        dailymed.answer(f"/spls/{TAMOXIFEN_SETID}/history.json", Answer(body=b'{"data": {"history": [3, 4]}}'))
        with pytest.raises(LabelSourceError, match="version history .* could not be read"):
            client.history(TAMOXIFEN_SETID)
        dailymed.answer(f"/spls/{TAMOXIFEN_SETID}/history.json", Answer(body=b'{"data": {"history": []}}'))
        with pytest.raises(LabelSourceError, match="lists no versions"):
            client.history(TAMOXIFEN_SETID)
    assert set(dailymed.user_agents) == {dailymed.user_agents[0]}
    assert "daily FDA label check" in dailymed.user_agents[0]


def test_a_429_is_retried_as_the_server_asks(dailymed, monkeypatch):
    slept = []
    monkeypatch.setattr(retry.time, "sleep", slept.append)
    dailymed.publish(TAMOXIFEN_SETID, 3, "Mar 01, 2025", "20250301")
    label = Answer(body=dailymed.documents[TAMOXIFEN_SETID])
    dailymed.answer(f"/spls/{TAMOXIFEN_SETID}.xml", Answer(status=429, headers={"Retry-After": "7"}), label)
    with DailyMedClient() as client:
        assert client.document(TAMOXIFEN_SETID).startswith(b"<?xml")
    assert slept == [7]
    assert len(dailymed.paths(".xml")) == 2


def test_a_retry_after_longer_than_a_minute_is_cut_short_so_the_daily_job_ends(dailymed, monkeypatch):
    slept = []
    monkeypatch.setattr(retry.time, "sleep", slept.append)
    dailymed.answer(f"/spls/{TAMOXIFEN_SETID}.xml", Answer(status=503, headers={"Retry-After": "86400"}))
    with DailyMedClient() as client, pytest.raises(LabelSourceError, match="DailyMed answered 503"):
        client.document(TAMOXIFEN_SETID)
    assert slept == [60, 60, 60]
