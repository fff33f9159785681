"""The Spanish edition's public pages (issue 22): the live translation, its notice when the English page
moved on (with the page cache on), withdrawal, alternates, JSON-LD, and a fixed number of queries."""

import json
import re

import pytest
from django.utils import formats, timezone, translation

from articles import services
from articles.models import ContentKind, LabelFlag, LabelSnapshot, ReviewerProfile
from tests.articles.translation_fixtures import SPANISH_ARTICLE, publish_translation, translate
from tests.content import article_content, medicine_content, publish, reference, save_edit
from tests.markup import XSS_PAYLOADS, executable_markup

pytestmark = pytest.mark.django_db

ES_ARTICLE = "/es/articles/hormone-therapy-basics/"
EN_ARTICLE = "/articles/hormone-therapy-basics/"


def notice(html: str) -> str:
    match = re.search(r'<aside class="translation-notice[^"]*".*?</aside>', html, re.S)
    return match.group(0) if match else ""


def approve_english(live, author, reviewer, **options):
    newer = save_edit(live, author, title="Hormone therapy, updated")
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=reviewer, **options)
    return newer


def test_the_spanish_page_shows_the_live_translation(client, live, translator, spanish_reviewer):
    assert client.get(ES_ARTICLE).status_code == 404  # not translated yet: as far as readers know, none
    publish_translation(live, translator, spanish_reviewer)
    response = client.get(ES_ARTICLE)
    html = response.content.decode()
    assert response.status_code == 200
    assert SPANISH_ARTICLE["title"] in html
    assert '<html lang="es">' in html
    assert "Hormone therapy for stage four breast cancer" not in html  # no English text of the page
    with translation.override("es"):
        follows = formats.date_format(timezone.localdate(live.decision.decided_at))
    assert follows in notice(html)
    assert "translation-notice-behind" not in html
    assert not response.cookies


def test_a_draft_or_in_review_translation_is_never_public(client, live, translator):
    draft = translate(live, translator)
    assert client.get(ES_ARTICLE).status_code == 404
    services.revision_submit(revision=draft, user=translator)
    assert client.get(ES_ARTICLE).status_code == 404


def test_a_new_english_approval_makes_the_spanish_page_say_so_with_the_page_cache_on(
    client, live, author, reviewer, translator, spanish_reviewer, django_assert_num_queries
):
    publish_translation(live, translator, spanish_reviewer)
    before = client.get(ES_ARTICLE).content.decode()
    with django_assert_num_queries(0):  # served from the page cache
        assert client.get(ES_ARTICLE).content.decode() == before
    assert EN_ARTICLE not in notice(before)
    approve_english(live, author, reviewer)
    after = client.get(ES_ARTICLE).content.decode()
    assert "translation-notice-behind" in after
    assert f'href="{EN_ARTICLE}"' in notice(after)
    assert "translation-notice-safety" not in after
    with translation.override("es"):
        assert formats.date_format(timezone.localdate(live.decision.decided_at)) in notice(after)
    # The translator catches up: the notice is calm again.
    item = live.item
    item.refresh_from_db()
    publish_translation(item.live_revision, translator, spanish_reviewer, title="Terapia hormonal, actualizada")
    assert "translation-notice-behind" not in client.get(ES_ARTICLE).content.decode()


def test_a_safety_change_says_so_plainly(client, live, author, reviewer, translator, spanish_reviewer):
    publish_translation(live, translator, spanish_reviewer)
    client.get(ES_ARTICLE)  # cached
    approve_english(live, author, reviewer, safety_change=True)
    html = client.get(ES_ARTICLE).content.decode()
    assert "translation-notice-safety" in html
    assert f'href="{EN_ARTICLE}"' in notice(html)


def test_an_english_approval_that_closes_a_label_flag_is_a_safety_change(
    client, author, reviewer, translator, spanish_reviewer
):
    medicine = publish(
        kind=ContentKind.MEDICINE, slug="tamoxifen", author=author, reviewer=reviewer,
        content=medicine_content(), references=[reference(1)],
    )  # fmt: skip
    live = medicine.live_revision
    publish_translation(live, translator, spanish_reviewer, title="Tamoxifeno")
    assert "translation-notice-safety" not in client.get("/es/medicines/tamoxifen/").content.decode()
    snapshot = LabelSnapshot.objects.create(
        setid="11111111-2222-3333-4444-555555555555", version=2, effective_date=timezone.localdate()
    )
    LabelFlag.objects.create(item=medicine, snapshot=snapshot)
    newer = save_edit(live, author, serious_side_effects="- New warning from the label")
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=reviewer)  # closes the flag
    html = client.get("/es/medicines/tamoxifen/").content.decode()
    assert "translation-notice-safety" in html


def test_withdrawing_the_english_page_answers_410_in_both_languages(
    client, live, reviewer, translator, spanish_reviewer
):
    publish_translation(live, translator, spanish_reviewer)
    assert client.get(ES_ARTICLE).status_code == 200
    services.item_withdraw(item=live.item, user=reviewer, reason="Replaced by a newer page.")
    assert client.get(EN_ARTICLE).status_code == 410
    response = client.get(ES_ARTICLE)
    assert response.status_code == 410
    assert SPANISH_ARTICLE["title"] in response.content.decode()


def test_language_alternates_on_both_pages(client, live, translator, spanish_reviewer):
    assert client.get(EN_ARTICLE).context["language_alternates"] == [("en", EN_ARTICLE)]
    publish_translation(live, translator, spanish_reviewer)
    expected = [("en", EN_ARTICLE), ("es", ES_ARTICLE)]
    assert client.get(EN_ARTICLE).context["language_alternates"] == expected
    assert client.get(ES_ARTICLE).context["language_alternates"] == expected


def json_ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_json_ld_names_the_language(client, live, translator, spanish_reviewer):
    publish_translation(live, translator, spanish_reviewer)
    english = json_ld(client.get(EN_ARTICLE).content.decode())
    spanish = json_ld(client.get(ES_ARTICLE).content.decode())
    assert english["inLanguage"] == "en-US"
    assert spanish["inLanguage"] == "es-US"
    assert spanish["url"].endswith(ES_ARTICLE)
    assert spanish["translationOfWork"]["url"].endswith(EN_ARTICLE)


@pytest.mark.parametrize("count", [1, 50])
def test_spanish_page_queries_do_not_grow_with_related_rows(
    client, author, reviewer, topic, translator, spanish_reviewer, django_assert_max_num_queries, count
):
    medicines = []
    for n in range(count):
        medicine = publish(
            kind=ContentKind.MEDICINE, slug=f"medicine-{n}", author=author, reviewer=reviewer,
            content=medicine_content(title=f"Medicine {n}"), references=[reference(1)],
        )  # fmt: skip
        publish_translation(medicine.live_revision, translator, spanish_reviewer, title=f"Medicamento {n}")
        medicines.append(medicine.pk)
        term = publish(
            kind=ContentKind.GLOSSARY, slug=f"term-{n}", author=author, reviewer=reviewer,
            content={"title": f"Term{n}", "summary": "A word.", "change_summary": "New.", "aliases": []},
        )  # fmt: skip
        services.revision_submit(
            revision=services.revision_save(
                item=term, author=translator, based_on=None, language="es",
                content={"title": f"Término{n}", "summary": "Una palabra.", "change_summary": "Nueva."},
            ),
            user=translator,
        )  # fmt: skip
    for revision in services.Revision.objects.filter(language="es", status="in_review"):
        services.revision_approve(revision=revision, reviewer=spanish_reviewer)
    words = " ".join(f"Término{n}" for n in range(count))
    article = publish(
        kind=ContentKind.ARTICLE, slug="many", topic=topic, author=author, reviewer=reviewer,
        content=article_content(body=" ".join(f"Claim [{n + 1}]." for n in range(count))),
        references=[reference(n + 1) for n in range(count)], medicine_ids=medicines,
    )  # fmt: skip
    body = words + " " + " ".join(f"Afirmación [{n + 1}]." for n in range(count))
    publish_translation(article.live_revision, translator, spanish_reviewer, body=body)
    with django_assert_max_num_queries(6):
        response = client.get("/es/articles/many/")
    html = response.content.decode()
    assert html.count('<li id="ref-') == count
    assert html.count('href="/es/glossary/#term-') == count
    assert html.count('href="/es/medicines/medicine-') >= count


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_spanish_text_renders_inert(client, live, translator, spanish_reviewer, payload):
    hostile = {"title": payload[:200], "summary": payload + " [1]", "body": payload, "change_summary": payload[:300]}
    draft = translate(live, translator, **hostile)
    services.revision_submit(revision=draft, user=translator)
    from articles import lint

    overrides = {f.key: "Test data." for f in lint.errors(services.revision_findings(draft))}
    services.revision_approve(revision=draft, reviewer=spanish_reviewer, overrides=overrides)
    response = client.get(ES_ARTICLE)
    assert response.status_code == 200
    assert executable_markup(response.content.decode()) == []


def test_spanish_glossary_lists_translated_terms(client, author, reviewer, translator, spanish_reviewer):
    term = publish(
        kind=ContentKind.GLOSSARY, slug="metastasis", author=author, reviewer=reviewer,
        content={"title": "Metastasis", "summary": "Spread of cancer.", "change_summary": "New.", "aliases": []},
    )  # fmt: skip
    publish_translation(term.live_revision, translator, spanish_reviewer, title="Metástasis",
                        summary="Diseminación del cáncer.", body="")  # fmt: skip
    html = client.get("/es/glossary/").content.decode()
    assert "Metástasis" in html
    assert "Spread of cancer." not in html


def test_a_reviewer_without_spanish_sees_why_they_cannot_approve(live, translator, reviewer):
    draft = services.revision_submit(revision=translate(live, translator), user=translator)
    assert ReviewerProfile.objects.get(user=reviewer).languages == ["en"]
    assert "does not hold" in services.approval_refusal(revision=draft, user=reviewer)


def test_sitemap_lists_each_language_with_hreflang_alternates(client, author, reviewer, topic, translator,
                                                              spanish_reviewer):  # fmt: skip
    item = publish("article", "real-page", author, reviewer, article_content(), [reference(1)], topic=topic)
    xml = client.get("/sitemap.xml").content.decode()
    assert "/articles/real-page/</loc>" in xml
    assert "/es/articles/real-page/" not in xml  # not translated yet
    publish_translation(item.live_revision, translator, spanish_reviewer)
    xml = client.get("/sitemap.xml").content.decode()
    assert "/es/articles/real-page/</loc>" in xml
    alternates = re.findall(r'<xhtml:link rel="alternate" hreflang="(\w+)" href="https?://[^/"]+(/[^"]*)"/>', xml)
    assert alternates.count(("en", "/articles/real-page/")) == 2  # from each version
    assert alternates.count(("es", "/es/articles/real-page/")) == 2


def test_the_spanish_feed_announces_translations_and_withdrawals(client, live, reviewer, translator,
                                                                 spanish_reviewer):  # fmt: skip
    publish_translation(live, translator, spanish_reviewer)
    english = client.get("/feeds/updates/").content.decode()
    spanish = client.get("/es/feeds/updates/").content.decode()
    assert SPANISH_ARTICLE["title"] not in english
    assert SPANISH_ARTICLE["title"] in spanish
    assert "/es/articles/hormone-therapy-basics/" in spanish
    services.item_withdraw(item=live.item, user=reviewer, reason="Replaced.")
    spanish = client.get("/es/feeds/updates/").content.decode()
    assert spanish.count("<entry>") == 2
    assert "Replaced." in spanish
