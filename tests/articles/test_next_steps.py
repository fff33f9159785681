"""Every article and medicine page ends with next steps chosen from data: articles in the same topic,
the medicines it names or the articles naming the medicine, and the directory's listings for its
topics, offered through portal.related so that the apps stay independent (issue 21)."""

import re

import pytest

from articles import selectors, services
from articles.models import ContentKind
from portal import related
from resources import services as directory_services
from resources.models import ServiceStatus
from tests.content import article_content, make_topic, medicine_content, publish, reference
from tests.markup import XSS_PAYLOADS, executable_markup
from tests.resources.listings import make_organization, make_service

pytestmark = pytest.mark.django_db

PAGE_QUERY_BUDGET = 6  # as for every public page (tests/articles/test_pages.py)


def _next_steps(html: str) -> str:
    (block,) = re.findall(r'<nav class="next-steps".*?</nav>', html, flags=re.S)
    return block


def _section(block: str, heading_id: str) -> str:
    match = re.search(rf'<section aria-labelledby="{heading_id}">.*?</section>', block, flags=re.S)
    return match.group(0) if match else ""


@pytest.fixture
def chemo_topic(author, reviewer):
    return make_topic("chemotherapy", "Chemotherapy", author, reviewer, position=2)


@pytest.fixture
def library(author, reviewer, topic, chemo_topic):
    """Two chemotherapy articles naming paclitaxel, one hormone article, a draft in the chemotherapy topic."""
    paclitaxel = publish(
        ContentKind.MEDICINE, "paclitaxel", author, reviewer, references=[reference(1)],
        content=medicine_content(title="Paclitaxel", generic_name="paclitaxel", drug_class="taxane chemotherapy"),
    )  # fmt: skip
    for slug, title in (("chemo-basics", "Chemotherapy basics"), ("chemo-side-effects", "Side effects of chemo")):
        publish(ContentKind.ARTICLE, slug, author, reviewer, article_content(title=title), [reference(1)],
                chemo_topic, medicine_ids=[paclitaxel.pk])  # fmt: skip
    publish(ContentKind.ARTICLE, "hormone-basics", author, reviewer, article_content(), [reference(1)], topic)
    services.item_create(
        kind=ContentKind.ARTICLE, slug="chemo-draft", topic=chemo_topic, author=author,
        content=article_content(title="UNREVIEWED DRAFT"), references=[reference(1)],
    )  # fmt: skip
    return paclitaxel


@pytest.fixture
def listings(db):
    """Listings for chemotherapy readers (rides, money), one for another need, one closed."""
    organization = make_organization("Helping Hands")
    return {
        "rides": make_service(organization, name="Rides to treatment", terms=("transport", "in-person")),
        "money": make_service(organization, name="Help with bills", terms=("financial-assistance", "metastatic")),
        "group": make_service(organization, name="Knitting circle", terms=("support-group",)),
        "closed": make_service(
            organization, name="Closed ride service", terms=("transport",), status=ServiceStatus.INACTIVE
        ),
    }


def test_an_article_ends_with_its_topic_its_medicines_and_support_for_its_topic(client, library, listings):
    html = client.get("/articles/chemo-basics/").content.decode()
    block = _next_steps(html)
    assert html.index('class="next-steps"') > html.index('class="references"')  # at the end
    in_topic = _section(block, "in-topic-heading")
    assert 'href="/articles/chemo-side-effects/"' in in_topic
    assert 'href="/articles/chemo-basics/"' not in in_topic  # not itself
    assert "hormone-basics" not in in_topic  # another topic
    assert "UNREVIEWED DRAFT" not in html
    assert 'href="/topics/chemotherapy/"' in in_topic
    assert 'href="/medicines/paclitaxel/"' in _section(block, "medicines-heading")
    support = _section(block, "support-heading")
    assert f'href="/support/helping-hands/#service-{listings["money"].pk}"' in support
    assert f'href="/support/helping-hands/#service-{listings["rides"].pk}"' in support
    # Made for metastatic cancer first; nothing for another need; nothing closed.
    assert support.index("Help with bills") < support.index("Rides to treatment")
    assert "Knitting circle" not in support
    assert "Closed ride service" not in support
    assert 'href="/support/?category=transport"' in support


def test_a_medicine_ends_with_the_articles_naming_it_and_support_for_their_topics(client, library, listings):
    block = _next_steps(client.get("/medicines/paclitaxel/").content.decode())
    mentioned = _section(block, "mentioned-heading")
    assert 'href="/articles/chemo-basics/"' in mentioned
    assert 'href="/articles/chemo-side-effects/"' in mentioned
    assert "Rides to treatment" in _section(block, "support-heading")
    assert 'href="/medicines/"' in block


def test_a_topic_without_known_needs_gets_help_for_any_reader(client, author, reviewer, listings):
    other = make_topic("something-new", "Something new", author, reviewer)
    publish(ContentKind.ARTICLE, "new-article", author, reviewer, article_content(), [reference(1)], other)
    helpline = make_service(make_organization("Call Us"), name="Cancer helpline", terms=("helpline", "telephone"))
    support = _section(_next_steps(client.get("/articles/new-article/").content.decode()), "support-heading")
    assert f"#service-{helpline.pk}" in support
    assert "Rides to treatment" not in support


def test_without_a_support_provider_the_page_still_has_its_next_steps(client, library, listings, monkeypatch):
    monkeypatch.setattr(related, "_support_provider", None)
    block = _next_steps(client.get("/articles/chemo-basics/").content.decode())
    assert 'href="/articles/chemo-side-effects/"' in block
    assert 'id="support-heading"' not in block


def test_a_directory_change_reaches_cached_pages(client, library, listings, directory_admin):
    assert "Rides to treatment" in client.get("/articles/chemo-basics/").content.decode()  # now cached
    rides = listings["rides"]
    rides.name = "Rides to chemotherapy"
    rides.save()
    directory_services.listing_changed(service=rides, user=directory_admin)
    html = client.get("/articles/chemo-basics/").content.decode()
    assert "Rides to chemotherapy" in html


@pytest.mark.parametrize("count", [1, 50])
def test_next_steps_cost_a_fixed_number_of_queries(
    client, author, reviewer, chemo_topic, django_assert_max_num_queries, count
):
    medicine_ids = [
        publish(ContentKind.MEDICINE, f"medicine-{n}", author, reviewer, medicine_content(title=f"Medicine {n}"),
                [reference(1)]).pk
        for n in range(count)
    ]  # fmt: skip
    for n in range(count):
        publish(ContentKind.ARTICLE, f"article-{n}", author, reviewer, article_content(title=f"Article {n}"),
                [reference(1)], chemo_topic, medicine_ids=medicine_ids)  # fmt: skip
    organization = make_organization("Many Rides")
    for n in range(count):
        make_service(organization, name=f"Ride service {n}", terms=("transport",), with_location=False)
    for url in ("/articles/article-0/", "/medicines/medicine-0/"):
        with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
            html = client.get(url).content.decode()
        block = _next_steps(html)
        assert _section(block, "support-heading").count("#service-") == min(count, related.SUPPORT_LIMIT)
    mentioned = _section(block, "mentioned-heading")  # the medicine page's
    assert mentioned.count('href="/articles/') == min(count, selectors.MENTIONED_LIMIT)
    assert ("Showing 30 of 50 articles" in mentioned) is (count == 50)
    article_block = _next_steps(client.get("/articles/article-0/").content.decode())
    assert _section(article_block, "medicines-heading").count('href="/medicines/') == count
    expected_in_topic = min(count - 1, 5)
    assert _section(article_block, "in-topic-heading").count('href="/articles/') == expected_in_topic


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_names_in_next_steps_render_inert(client, author, reviewer, chemo_topic, payload):
    publish(ContentKind.ARTICLE, "first", author, reviewer, article_content(title="First"), [reference(1)], chemo_topic)
    publish(ContentKind.ARTICLE, "second", author, reviewer, article_content(title=payload[:200]), [reference(1)],
            chemo_topic)  # fmt: skip
    make_service(make_organization(payload[:200], slug="hostile-org"), name=payload[:200], terms=("transport",))
    html = client.get("/articles/first/").content.decode()
    block = _next_steps(html)
    assert 'href="/articles/second/"' in block
    assert "#service-" in block
    assert executable_markup(html) == []


def test_a_cold_medicine_page_builds_no_query_per_request(client, library, listings):
    """A medicine page's list of articles naming it comes in the page's own query, and the support
    listings' query is prepared once per connection: built by the ORM on every request the two cost
    more Python than the rest of the page (about 5 ms at 5,000 articles)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/medicines/paclitaxel/")  # prepares the statements on this connection
    cache.clear()  # cold again
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/medicines/paclitaxel/").content.decode()
    page_queries = [query["sql"] for query in captured if "EXECUTE" in query["sql"]]
    assert len(page_queries) == 2, [query["sql"] for query in captured]
    assert all(sql.startswith("EXECUTE portal_") for sql in page_queries)
    assert _section(_next_steps(html), "mentioned-heading").count('href="/articles/') == 2
    assert "Rides to treatment" in _section(_next_steps(html), "support-heading")


def test_a_page_without_a_topic_skips_the_neighbour_lookups(library):
    """A medicine has no topic, so no neighbours in one: its page's query says so before looking,
    and PostgreSQL skips the three lookups (previous, next, the topic's list) at once. Without that
    each walked every article title to find none: 12 ms of a medicine page at 5,000 articles."""
    from django.db import connection

    from articles import selectors

    selectors.live_page(kind=ContentKind.MEDICINE, slug="paclitaxel")  # compiles the query
    sql, params, positions = selectors._LIVE_PAGE._compile(connection.alias)
    params = list(params)
    for name, value in (("kind", "medicine"), ("slug", "paclitaxel")):
        for position in positions[name]:
            params[position] = value
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(line for (line,) in cursor.fetchall())
    assert plan.count("One-Time Filter: (articles_revieweditem.topic_id IS NOT NULL)") == 3, plan
    page = selectors.live_page(kind=ContentKind.MEDICINE, slug="paclitaxel")
    assert (page.previous, page.next, page.in_topic) == (None, None, [])
