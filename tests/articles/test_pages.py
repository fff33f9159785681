"""The public article and medicine pages show only the live revision, with its review stamp."""

import datetime

import pytest
from django.utils import timezone

from articles import services
from articles.models import ContentKind, ReviewedItem
from tests.content import article_content, medicine_content, publish, reference
from tests.markup import XSS_PAYLOADS, executable_markup

pytestmark = pytest.mark.django_db


def test_article_page_shows_the_live_revision_with_its_review_stamp(client, live):
    response = client.get("/articles/hormone-therapy-basics/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Hormone therapy for stage four breast cancer</h1>" in html
    assert "Reviewed by Rita Reviewer, MD, medical oncologist" in html
    today = timezone.localdate()
    assert f'Last reviewed <time datetime="{today:%Y-%m-%d}">' in html
    due = services.months_later(today, 12)
    assert f'Next review due <time datetime="{due:%Y-%m-%d}">' in html
    assert '<li id="ref-1" value="1">' in html
    assert 'href="#ref-1"' in html  # the [1] in the text links to the reference
    assert 'href="https://www.cancer.gov/example-1"' in html
    assert not response.cookies


def test_a_newer_revision_in_review_is_not_shown(client, live, author):
    content, references, _ = services.revision_content(live)
    version_2 = services.revision_save(
        item=live.item, author=author, based_on=live, content={**content, "title": "UNREVIEWED TITLE"},
        references=references,
    )  # fmt: skip
    services.revision_submit(revision=version_2, user=author)
    html = client.get("/articles/hormone-therapy-basics/").content.decode()
    assert "UNREVIEWED TITLE" not in html
    assert "Hormone therapy for stage four breast cancer" in html


@pytest.mark.parametrize("fixture", ["draft", "in_review"])
def test_a_never_approved_page_does_not_exist_for_the_public(request, client, fixture):
    request.getfixturevalue(fixture)
    response = client.get("/articles/hormone-therapy-basics/")
    assert response.status_code == 404
    assert b"Hormone therapy for stage four" not in response.content


def test_a_page_sent_back_does_not_exist_for_the_public(client, in_review, reviewer):
    services.revision_request_changes(revision=in_review, reviewer=reviewer, comment="Fix it.")
    assert client.get("/articles/hormone-therapy-basics/").status_code == 404


def test_a_withdrawn_page_answers_410_with_the_date_the_reason_and_where_to_go(client, live, reviewer):
    services.item_withdraw(item=live.item, user=reviewer, reason="The FDA label changed.", next_url="/medicines/")
    response = client.get("/articles/hormone-therapy-basics/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "This page has been withdrawn" in html
    assert "The FDA label changed." in html
    assert f'<time datetime="{timezone.localdate():%Y-%m-%d}">' in html
    assert 'href="/medicines/"' in html
    assert "Hormone therapy lowers or blocks estrogen" not in html  # the old text is gone
    assert '<meta name="robots" content="noindex">' in html
    assert not response.cookies


def test_an_overdue_page_stays_visible_with_an_honest_notice(client, live):
    ReviewedItem.objects.filter(pk=live.item_id).update(next_review_due=datetime.date(2020, 1, 1))
    html = client.get("/articles/hormone-therapy-basics/").content.decode()
    assert "This page is due for review." in html
    assert "Hormone therapy lowers or blocks estrogen" in html


def test_sample_content_is_labelled_and_not_indexed(client, author, reviewer, topic):
    publish(
        kind=ContentKind.ARTICLE, slug="sample", topic=topic, author=author, reviewer=reviewer,
        content=article_content(), references=[reference(1)], is_sample=True,
    )  # fmt: skip
    html = client.get("/articles/sample/").content.decode()
    assert "Sample content for demonstration, not clinically reviewed." in html
    assert '<meta name="robots" content="noindex">' in html


def test_medicine_page_has_its_sections_and_label_link(client, author, reviewer, topic):
    medicine = publish(
        kind=ContentKind.MEDICINE, slug="tamoxifen", author=author, reviewer=reviewer,
        content=medicine_content(fda_label_date=datetime.date(2025, 3, 1)), references=[reference(1)],
    )  # fmt: skip
    publish(
        kind=ContentKind.ARTICLE, slug="hormone-therapy", topic=topic, author=author, reviewer=reviewer,
        content=article_content(), references=[reference(1)], medicine_ids=[medicine.pk],
    )  # fmt: skip
    html = client.get("/medicines/tamoxifen/").content.decode()
    for heading in (
        "What it is", "How it works", "Who it is for", "How it is given", "Common side effects",
        "Serious side effects: tell your care team at once", "Questions to ask your care team", "References",
    ):  # fmt: skip
        assert f">{heading}</h2>" in html, heading
    assert "Soltamox" in html
    assert "By mouth" in html
    assert 'href="https://dailymed.nlm.nih.gov/dailymed/example"' in html
    # The label date comes from the approval's label snapshot (articles/labels/), never from typing:
    # this medicine was approved before its label was watched, so no date is claimed.
    assert 'datetime="2025-03-01"' not in html
    article_html = client.get("/articles/hormone-therapy/").content.decode()
    assert 'href="/medicines/tamoxifen/"' in article_html


def test_a_medicine_without_a_confirmed_label_says_to_ask_the_care_team(client, author, reviewer):
    publish(
        kind=ContentKind.MEDICINE, slug="atezolizumab", author=author, reviewer=reviewer,
        content=medicine_content(title="Atezolizumab", generic_name="atezolizumab", fda_label_url=""),
        references=[reference(1)],
    )  # fmt: skip
    html = client.get("/medicines/atezolizumab/").content.decode()
    assert "Ask your care team whether it is approved for your situation." in html


def test_an_article_address_does_not_show_a_medicine_and_vice_versa(client, author, reviewer):
    publish(
        kind=ContentKind.MEDICINE, slug="tamoxifen", author=author, reviewer=reviewer,
        content=medicine_content(), references=[reference(1)],
    )  # fmt: skip
    assert client.get("/articles/tamoxifen/").status_code == 404
    assert client.get("/medicines/tamoxifen/").status_code == 200


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_text_in_every_field_renders_inert(client, author, reviewer, topic, payload):
    reviewer.reviewer_profile.display_name = payload[:120]
    reviewer.reviewer_profile.credentials = payload[:200]
    reviewer.reviewer_profile.save()
    hostile_reference = reference(1, title=payload, authors=payload, source=payload)
    medicine = publish(
        kind=ContentKind.MEDICINE, slug="hostile-medicine", author=author, reviewer=reviewer,
        content={field: payload for field in (
            "title", "summary", "body", "change_summary", "generic_name", "drug_class", "how_it_works",
            "who_it_is_for", "line_of_treatment", "schedule", "common_side_effects", "serious_side_effects",
            "questions_to_ask",
        )} | {"brand_names": [payload[:80]], "summary": payload + " [1]"},
        references=[hostile_reference],
    )  # fmt: skip
    publish(
        kind=ContentKind.ARTICLE, slug="hostile-article", topic=topic, author=author, reviewer=reviewer,
        content=article_content(title=payload, summary=payload + " [1]", body=payload, change_summary=payload),
        references=[hostile_reference], medicine_ids=[medicine.pk],
    )  # fmt: skip
    for url in ("/articles/hostile-article/", "/medicines/hostile-medicine/"):
        response = client.get(url)
        assert response.status_code == 200
        assert executable_markup(response.content.decode()) == [], url
    services.item_withdraw(item=medicine, user=reviewer, reason=payload, next_url="/medicines/")
    response = client.get("/medicines/hostile-medicine/")
    assert response.status_code == 410
    assert executable_markup(response.content.decode()) == []


PAGE_QUERY_BUDGET = 6  # any public page, whatever the number of related rows


@pytest.mark.parametrize("count", [1, 50])
def test_page_queries_do_not_grow_with_references_medicines_terms_or_versions(
    client, author, reviewer, second_reviewer, topic, django_assert_max_num_queries, count
):
    medicine_ids = [
        publish(
            kind=ContentKind.MEDICINE, slug=f"medicine-{n}", author=author, reviewer=reviewer,
            content=medicine_content(title=f"Medicine {n}"), references=[reference(1)],
        ).pk
        for n in range(count)
    ]  # fmt: skip
    for n in range(count):
        publish(
            kind=ContentKind.GLOSSARY, slug=f"term-{n}", author=author, reviewer=reviewer,
            content={"title": f"Term{n}", "summary": "A word.", "change_summary": "New.", "aliases": [f"alias{n}"]},
            references=[],
        )  # fmt: skip
    references = [reference(n) for n in range(1, count + 1)]
    body = " ".join(f"Fact about Term{n} [{n + 1}]." for n in range(count))
    article = publish(
        kind=ContentKind.ARTICLE, slug="many-references", topic=topic, author=author, reviewer=reviewer,
        content=article_content(body=body), references=references, medicine_ids=medicine_ids,
    )  # fmt: skip
    publish(
        kind=ContentKind.MEDICINE, slug="many-references", author=author, reviewer=reviewer,
        content=medicine_content(body=body), references=references,
    )  # fmt: skip
    for n in range(count - 1):  # more approved versions: "Changes to this page" grows
        live = article.revisions.get(pk=ReviewedItem.objects.get(pk=article.pk).live_revision_id)
        content, refs, meds = services.revision_content(live)
        newer = services.revision_save(
            item=article, author=author, based_on=live, content={**content, "change_summary": f"Change {n}."},
            references=refs, related_medicine_ids=meds,
        )  # fmt: skip
        services.revision_submit(revision=newer, user=author)
        services.revision_approve(revision=newer, reviewer=second_reviewer if n % 2 else reviewer)
    for url in ("/articles/many-references/", "/medicines/many-references/"):
        with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
            response = client.get(url)
        html = response.content.decode()
        assert html.count('<li id="ref-') == count
        assert html.count('class="glossary-link"') == count
    assert html.count("Change ") == 0  # the medicine has one version
    article_html = client.get("/articles/many-references/").content.decode()
    assert article_html.count("<time datetime=") >= count
