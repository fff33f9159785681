"""The home page lists topics and their live articles, and nothing unpublished."""

import pytest

from articles import services
from articles.models import ContentKind
from tests.content import article_content, make_topic, reference

pytestmark = pytest.mark.django_db


def test_home_lists_live_articles_by_topic_and_hides_the_rest(client, live, author, reviewer, topic):
    services.item_create(
        kind=ContentKind.ARTICLE, slug="draft-only", topic=topic, author=author,
        content=article_content(title="An unreviewed draft"), references=[reference(1)],
    )  # fmt: skip
    make_topic("surgery", "Surgery", author, reviewer, position=2)
    html = client.get("/").content.decode()
    assert "Hormone therapy" in html
    assert f'<a href="/articles/{live.item.slug}/">{live.title}</a>' in html
    assert "An unreviewed draft" not in html
    assert "No reviewed pages in this topic yet." in html  # surgery


@pytest.mark.parametrize("count", [1, 50])
def test_home_page_queries_stay_constant(client, author, reviewer, topic, django_assert_max_num_queries, count):
    for n in range(count):
        revision = services.item_create(
            kind=ContentKind.ARTICLE, slug=f"article-{n}", topic=topic, author=author,
            content=article_content(), references=[reference(1)],
        )  # fmt: skip
        services.revision_submit(revision=revision, user=author)
        services.revision_approve(revision=revision, reviewer=reviewer)
    with django_assert_max_num_queries(2):
        response = client.get("/")
    html = response.content.decode()
    # The first few of each topic, then a link to the rest.
    assert html.count('href="/articles/article-') == min(count, 6)
    if count > 6:
        assert f"All {count} pages about Hormone therapy" in html
