"""Topics in Spanish (issue 22): /es/topics/, /es/topics/<slug>/ and /es/ show a topic's approved Spanish
title and summary, and on a topic page each article's Spanish card where its translation is approved;
everything else stays English and says so (lang="en"), nothing shows before its approval, the queries
stay constant and the page cache refreshes the Spanish page whenever it refreshes the English one."""

import re

import pytest
from django.utils import formats, timezone, translation

from articles import services
from articles.models import ContentKind, ItemTranslation
from tests.articles.translation_fixtures import SPANISH_ARTICLE, publish_translation, translate
from tests.content import article_content, publish, reference, save_edit

pytestmark = pytest.mark.django_db

ES_TOPIC = "/es/topics/hormone-therapy/"
ALTERNATE = r'<link rel="alternate" hreflang="([^"]+)" href="(?:https?://[^/"]+)?([^"]*)"'
TOPIC_ES = {"title": "Terapia hormonal", "summary": "Tratamiento para los cánceres que usan el estrógeno para crecer."}


def cards(html: str) -> list[str]:
    return re.findall(r'<ul class="card-list">.*?</ul>', html, re.S)[0].split("<li>")[1:]


def card(html: str, slug: str) -> str:
    return next(item for item in cards(html) if f"/articles/{slug}/" in item)


def translate_topic(topic, translator, spanish_reviewer):
    return publish_translation(topic.item.live_revision, translator, spanish_reviewer, **TOPIC_ES)


def test_the_spanish_topic_page_shows_the_approved_translations(
    client, topic, live, author, reviewer, translator, spanish_reviewer
):
    other = publish(ContentKind.ARTICLE, "living-well", author, reviewer,
                    article_content(title="Living well with treatment"), [reference(1)], topic)  # fmt: skip
    translate_topic(topic, translator, spanish_reviewer)
    spanish = publish_translation(live, translator, spanish_reviewer)
    html = client.get(ES_TOPIC).content.decode()
    assert '<html lang="es">' in html
    assert f"<h1>{TOPIC_ES['title']}</h1>" in html
    assert f'<p class="lead">{TOPIC_ES["summary"]}</p>' in html
    assert "Hormone therapy</h1>" not in html

    translated = card(html, "hormone-therapy-basics")
    assert f'<h2><a href="/es/articles/hormone-therapy-basics/">{SPANISH_ARTICLE["title"]}</a></h2>' in translated
    assert "La terapia hormonal trata los cánceres" in translated
    assert 'lang="en"' not in translated
    reviewed_at = ItemTranslation.objects.get(item=live.item, language="es").last_reviewed_at
    with translation.override("es"):
        assert f">{formats.date_format(timezone.localtime(reviewed_at))}</time>" in translated
    assert spanish.status == "approved"

    english = card(html, "living-well")
    assert '<h2 lang="en"><a href="/articles/living-well/" hreflang="en">Living well with treatment</a></h2>' in english
    assert '<p lang="en">Hormone therapy treats cancers' in english
    assert other.get_absolute_url() == "/articles/living-well/"
    # Translated pages first (the order of their own previous and next links), then the English ones.
    assert [("/es/" in item) for item in cards(html)] == [True, False]
    # The English page is unchanged.
    english_page = client.get("/topics/hormone-therapy/").content.decode()
    assert "<h1>Hormone therapy</h1>" in english_page
    assert 'lang="en"' not in english_page.split("<main", 1)[1]


def test_nothing_is_shown_in_spanish_before_its_approval(client, topic, live, translator, spanish_reviewer):
    topic_draft = translate(topic.item.live_revision, translator, **TOPIC_ES)
    article_draft = translate(live, translator)
    for _step in ("draft", "in review"):
        html = client.get(ES_TOPIC).content.decode()
        assert TOPIC_ES["title"] not in html
        assert SPANISH_ARTICLE["title"] not in html
        assert '<h1 lang="en">Hormone therapy</h1>' in html
        assert '<p class="lead" lang="en">About hormone therapy.</p>' in html
        assert 'href="/articles/hormone-therapy-basics/" hreflang="en"' in html
        assert "/es/articles/" not in html
        for listing in ("/es/topics/", "/es/"):
            page = client.get(listing).content.decode()
            assert TOPIC_ES["title"] not in page
            assert 'lang="en"><a href="/es/topics/hormone-therapy/">Hormone therapy</a>' in page
        if _step == "draft":
            services.revision_submit(revision=topic_draft, user=translator)
            services.revision_submit(revision=article_draft, user=translator)
    services.revision_approve(revision=topic_draft, reviewer=spanish_reviewer)
    services.revision_approve(revision=article_draft, reviewer=spanish_reviewer)
    html = client.get(ES_TOPIC).content.decode()  # the approvals refreshed the cached copy
    assert f"<h1>{TOPIC_ES['title']}</h1>" in html
    assert 'href="/es/articles/hormone-therapy-basics/"' in html


def test_the_topics_page_and_home_page_show_spanish_titles(client, topic, live, translator, spanish_reviewer):
    translate_topic(topic, translator, spanish_reviewer)
    publish_translation(live, translator, spanish_reviewer)
    topics = client.get("/es/topics/").content.decode()
    assert f'<h2><a href="/es/topics/hormone-therapy/">{TOPIC_ES["title"]}</a></h2>' in topics
    assert f"<p>{TOPIC_ES['summary']}</p>" in topics
    home = client.get("/es/").content.decode()
    assert f'<h3 id="topic-hormone-therapy"><a href="/es/topics/hormone-therapy/">{TOPIC_ES["title"]}</a></h3>' in home
    assert f'<a href="/es/articles/hormone-therapy-basics/">{SPANISH_ARTICLE["title"]}</a>' in home
    assert f'<a href="/es/topics/hormone-therapy/">{TOPIC_ES["title"]}</a>:' in home  # "start here"
    english_home = client.get("/").content.decode()
    assert TOPIC_ES["title"] not in english_home
    assert '<a href="/articles/hormone-therapy-basics/">Hormone therapy for stage four' in english_home


def test_home_page_links_untranslated_articles_to_the_english_page(client, topic, live):
    home = client.get("/es/").content.decode()
    expected = '<a href="/articles/hormone-therapy-basics/" lang="en" hreflang="en">Hormone therapy for stage four'
    assert expected in home


@pytest.mark.parametrize("count", [1, 50])
def test_spanish_topic_pages_queries_do_not_grow(
    client, author, reviewer, topic, translator, spanish_reviewer, django_assert_max_num_queries, count
):
    translate_topic(topic, translator, spanish_reviewer)
    for n in range(count):
        item = publish(ContentKind.ARTICLE, f"article-{n}", author, reviewer,
                       article_content(title=f"Article {n:02}"), [reference(1)], topic)  # fmt: skip
        if n % 2 == 0:
            publish_translation(item.live_revision, translator, spanish_reviewer, title=f"Artículo {n:02}")
    translated = (count + 1) // 2
    with django_assert_max_num_queries(3):  # as the English page: the topic, the count, the page of cards
        html = client.get(ES_TOPIC).content.decode()
    assert html.count('href="/es/articles/article-') == translated
    assert html.count('<h2 lang="en"><a href="/articles/article-') == count - translated
    with django_assert_max_num_queries(1):
        topics = client.get("/es/topics/").content.decode()
    assert TOPIC_ES["title"] in topics
    with django_assert_max_num_queries(2):
        home = client.get("/es/").content.decode()
    assert home.count('href="/es/articles/article-') == min(translated, 6)


def test_a_spanish_topic_page_is_refreshed_whenever_the_english_one_is(
    client, topic, live, author, reviewer, translator, spanish_reviewer, django_assert_num_queries
):
    other = publish(ContentKind.ARTICLE, "living-well", author, reviewer,
                    article_content(title="Living well with treatment"), [reference(1)], topic)  # fmt: skip
    publish_translation(live, translator, spanish_reviewer)
    client.get(ES_TOPIC)
    with django_assert_num_queries(0):
        assert client.get(ES_TOPIC)["X-Page-Cache"] == "hit"
    # A new English version of an untranslated article (a new title): its English card changes.
    renamed = save_edit(other.live_revision, author, title="Living well during treatment")
    services.revision_submit(revision=renamed, user=author)
    services.revision_approve(revision=renamed, reviewer=reviewer)
    assert "Living well during treatment" in client.get(ES_TOPIC).content.decode()
    # Withdrawing the translated article's English page takes its Spanish card down too.
    services.item_withdraw(item=live.item, user=reviewer, reason="Replaced.")
    html = client.get(ES_TOPIC).content.decode()
    assert "/articles/hormone-therapy-basics/" not in html
    assert SPANISH_ARTICLE["title"] not in html


def test_a_spanish_article_names_its_topic_in_spanish_once_approved(
    client, topic, live, translator, spanish_reviewer, django_assert_max_num_queries
):
    publish_translation(live, translator, spanish_reviewer)
    html = client.get("/es/articles/hormone-therapy-basics/").content.decode()
    assert f'<a href="{ES_TOPIC}" lang="en">Hormone therapy</a></p>' in html  # the breadcrumb
    translate_topic(topic, translator, spanish_reviewer)
    with django_assert_max_num_queries(6):  # the budget of every public page
        html = client.get("/es/articles/hormone-therapy-basics/").content.decode()
    assert f'<a href="{ES_TOPIC}">{TOPIC_ES["title"]}</a></p>' in html
    assert f"Más sobre {TOPIC_ES['title']}</h3>" in html  # "More about <topic>" at its end
    assert f"Todas las páginas sobre {TOPIC_ES['title']}</a>" in html
    english = client.get("/articles/hormone-therapy-basics/").content.decode()
    assert '<a href="/topics/hormone-therapy/">Hormone therapy</a></p>' in english


def test_the_language_switch_of_a_topic_page_leads_to_the_same_topic(client, topic):
    for url in ("/topics/hormone-therapy/", ES_TOPIC):
        response = client.get(url)
        assert response.context["language_alternates"] == [("en", "/topics/hormone-therapy/"), ("es", ES_TOPIC)]
        html = response.content.decode()
        assert f'<a href="{ES_TOPIC}" lang="es" hreflang="es"' in html
        assert '<a href="/topics/hormone-therapy/" lang="en" hreflang="en"' in html
        alternates = dict(re.findall(ALTERNATE, html))
        assert alternates == {"en": "/topics/hormone-therapy/", "es": ES_TOPIC, "x-default": "/topics/hormone-therapy/"}
    page_two = client.get("/topics/hormone-therapy/?page=2").content.decode()
    assert f'<a href="{ES_TOPIC}?page=2" lang="es"' in page_two


def test_a_staff_preview_of_a_topic_translation_shows_it_over_the_spanish_cards(
    client, topic, live, translator, spanish_reviewer
):
    publish_translation(live, translator, spanish_reviewer)
    draft = translate(topic.item.live_revision, translator, **TOPIC_ES)
    client.force_login(spanish_reviewer)
    html = client.get(f"/admin/articles/revision/{draft.pk}/preview/").content.decode()
    assert f"<h1>{TOPIC_ES['title']}</h1>" in html
    assert 'href="/es/articles/hormone-therapy-basics/"' in html
