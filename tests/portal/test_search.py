"""Search: forgiving of spelling, ranked sensibly, and only ever showing public pages."""

import pytest

from articles import services
from articles.models import ContentKind
from tests.content import article_content, medicine_content, publish, reference

pytestmark = pytest.mark.django_db


CITED = [reference(1)]


@pytest.fixture
def indexed(author, reviewer, topic):
    publish(ContentKind.MEDICINE, "trastuzumab", author, reviewer,
            medicine_content(title="Trastuzumab (Herceptin)", generic_name="trastuzumab", brand_names=["Herceptin"],
                             drug_class="HER2-targeted antibody"), CITED)  # fmt: skip
    publish(ContentKind.MEDICINE, "tamoxifen", author, reviewer, medicine_content(), CITED)
    publish(ContentKind.GLOSSARY, "aromatase-inhibitor", author, reviewer,
            {"title": "Aromatase inhibitor", "summary": "A medicine that lowers estrogen.", "change_summary": "New.",
             "aliases": ["AI", "AIs"]}, references=())  # fmt: skip
    publish(ContentKind.GLOSSARY, "her2-positive", author, reviewer,
            {"title": "HER2-positive", "summary": "Cancer cells with a lot of HER2.", "change_summary": "New.",
             "aliases": ["HER2+", "HER2 positive"]}, references=())  # fmt: skip
    publish(ContentKind.ARTICLE, "bone-health", author, reviewer,
            article_content(title="Bone health", body="## Bones\n\nSome hormone medicines thin the bones [1]."),
            CITED, topic)  # fmt: skip
    publish(ContentKind.ARTICLE, "hormone-therapy-guide", author, reviewer,
            article_content(title="Hormone therapy guide"), CITED, topic)  # fmt: skip


def titles(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return [r.title for r in response.context["results"].results], response


@pytest.mark.parametrize(
    ("query", "expected"),
    [("herseptin", "Trastuzumab (Herceptin)"), ("Herceptin", "Trastuzumab (Herceptin)"),
     ("tamoxifin", "Tamoxifen"), ("trastuzamab", "Trastuzumab (Herceptin)")],
)  # fmt: skip
def test_misspellings_and_brand_names_find_the_medicine(client, indexed, query, expected):
    found, _ = titles(client, query)
    assert expected in found


def test_a_misspelling_offers_did_you_mean(client, indexed):
    _, response = titles(client, "herseptin")
    assert "Did you mean" in response.content.decode()
    assert response.context["results"].suggestion == "Herceptin"


SYNONYMS = [("AI tablets", "Aromatase inhibitor"), ("her 2 positive", "HER2-positive"), ("HER2+", "HER2-positive")]


@pytest.mark.parametrize(("query", "expected"), SYNONYMS)
def test_synonyms_come_from_the_data(client, indexed, query, expected):
    found, response = titles(client, query)
    # A glossary entry the query names answers it in the definition box, above the results.
    definition = response.context["results"].definition
    assert expected in found or (definition and definition.title == expected)


def test_a_title_match_outranks_a_body_mention(client, indexed):
    found, _ = titles(client, "hormone")
    assert found.index("Hormone therapy guide") < found.index("Bone health")


def test_snippets_highlight_the_words_safely(client, indexed, author, reviewer, topic):
    publish(ContentKind.ARTICLE, "hostile", author, reviewer,
            article_content(title="Hostile", body="Estrogen <script>alert(1)</script> estrogen [1]."),
            CITED, topic)  # fmt: skip
    html = client.get("/search/", {"q": "estrogen"}).content.decode()
    assert "<mark>" in html
    assert "<script>alert(1)</script>" not in html


def test_drafts_and_withdrawn_pages_never_appear(client, indexed, author, reviewer, topic):
    services.item_create(kind="article", slug="secret", topic=topic, author=author,
                         content=article_content(title="Unicornpage draft"), references=[reference(1)])  # fmt: skip
    live = publish(ContentKind.ARTICLE, "soon-gone", author, reviewer, article_content(title="Zebrapage"), CITED, topic)
    assert "Zebrapage" in titles(client, "zebrapage")[0]
    services.item_withdraw(item=live, user=reviewer, reason="Old.")
    assert titles(client, "zebrapage")[0] == []
    assert titles(client, "unicornpage")[0] == []


def test_filters_by_type_and_topic(client, indexed):
    found, _ = titles(client, "hormone", type="glossary")
    assert "Hormone therapy guide" not in found
    found, _ = titles(client, "hormone", topic="hormone-therapy")
    assert set(found) <= {"Hormone therapy guide", "Bone health"}


@pytest.mark.parametrize(
    "query",
    ["", "a", "x" * 10_000, '"unclosed', "back\\slash", "&|!:*()", "'; DROP TABLE portal_searchdocument; --",
     "😀 emoji", "nul\x00byte", "<script>alert(1)</script>", "-", "or or or", "%%% ___"],
)  # fmt: skip
def test_bad_input_never_breaks_search(client, indexed, query):
    response = client.get("/search/", {"q": query, "page": "abc", "type": "nonsense", "topic": "../etc"})
    assert response.status_code == 200
    assert not response.cookies


def test_invalid_utf8_in_the_address(client, indexed):
    assert client.get("/search/?q=%ff%fe%80").status_code == 200


def test_long_queries_are_cut_with_a_note(client, indexed):
    response = client.get("/search/", {"q": "tamoxifen " * 100})
    assert "first 200 characters" in response.content.decode()


@pytest.mark.parametrize("n", [1, 50])
def test_search_page_queries_are_constant(client, author, reviewer, topic, n, django_assert_max_num_queries):
    for i in range(n):
        publish(ContentKind.ARTICLE, f"page-{i}", author, reviewer, article_content(title=f"Estrogen page {i}"),
                CITED, topic)  # fmt: skip
    with django_assert_max_num_queries(5):
        response = client.get("/search/", {"q": "estrogen"})
    assert response.context["results"].total == n


@pytest.mark.parametrize("n", [1, 50])
def test_a_word_close_to_nothing_takes_no_more_queries(client, author, reviewer, topic, n,
                                                        django_assert_max_num_queries):  # fmt: skip
    """The slowest path: one unknown word that finds nothing asks for both kinds of "Did you mean"
    (a page's word close to it, then the frequent word for each unknown word), in one query."""
    for i in range(n):
        publish(ContentKind.ARTICLE, f"page-{i}", author, reviewer, article_content(title=f"Fatigue page {i}"),
                CITED, topic)  # fmt: skip
    with django_assert_max_num_queries(5):
        response = client.get("/search/", {"q": "zqxwvy"})
    results = response.context["results"]
    assert (results.total, results.suggestion) == (0, "")


def test_a_phrase_in_the_title_ranks_above_its_words_apart_in_a_body(client, author, reviewer, topic):
    """A body need only hold a phrase's words (the body index answers that alone; checking that they
    stand side by side would read every candidate's whole body), but a title with the phrase itself
    comes first."""
    body = "## Scalp\n\nHair can thin. Weight loss is common [1]."
    publish(ContentKind.ARTICLE, "scalp-care", author, reviewer,
            article_content(title="Looking after your scalp", body=body), CITED, topic)  # fmt: skip
    publish(ContentKind.ARTICLE, "hair-loss", author, reviewer, article_content(title="Hair loss during treatment"),
            CITED, topic)  # fmt: skip
    results = client.get("/search/", {"q": "hair loss"}).context["results"].results
    assert [result.url for result in results][:2] == ["/articles/hair-loss/", "/articles/scalp-care/"]
    # Its snippet marks the words, though they stand apart.
    assert "<mark>Hair</mark>" in results[1].snippet
    assert "<mark>loss</mark>" in results[1].snippet


def test_a_misspelt_body_word_is_corrected_from_the_frequent_words(client, indexed, author, reviewer, topic):
    for n in (1, 2):
        publish(ContentKind.ARTICLE, f"sickness-{n}", author, reviewer,
                article_content(title=f"Feeling sick {n}", body="## Sickness\n\nNausea is common and treatable [1]."),
                CITED, topic)  # fmt: skip
    from portal import search

    assert search.refresh_frequent_words() > 0
    found, response = titles(client, "nausia treatable")
    assert found == []  # a frequent word corrects the query; it never finds pages by itself
    assert response.context["results"].suggestion == "nausea treatable"
    assert 'href="?q=nausea%20treatable"' in response.content.decode()


def test_rebuild_search_index_covers_pages_listings_and_words(indexed, directory_admin):
    from io import StringIO

    from django.core.management import call_command

    from portal.models import SearchDocument, SearchTerm
    from tests.resources.listings import make_organization, make_service

    organization = make_organization()
    make_service(organization, name="Evening support circle")
    make_service(organization, name="Closed circle", status="defunct")
    output = StringIO()
    call_command("rebuild_search_index", stdout=output)
    assert "Indexed 6 live page(s), 0 live translation(s) and 1 directory listing(s)" in output.getvalue()
    assert SearchDocument.objects.filter(kind="service").count() == 1
    assert SearchTerm.objects.filter(document__isnull=True).exists()


def test_search_imports_no_app_and_each_app_registers_what_it_indexes():
    import ast
    from pathlib import Path

    from portal.search import registry

    package = Path(registry.__file__).parent
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.ImportFrom | ast.Import):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                assert not any(name.split(".")[0] in {"articles", "resources"} for name in names), module
    assert set(registry.sources()) == {"item", "item-translation", "service"}


def test_a_misspelt_word_is_corrected_even_when_the_other_words_found_pages(indexed, author, reviewer, topic):
    from portal import search

    for n in (1, 2, 3):
        publish(ContentKind.ARTICLE, f"hormone-sickness-{n}", author, reviewer,
                article_content(title=f"Hormone page {n}", body="## Sickness\n\nNausea is common with hormones [1]."),
                CITED, topic)  # fmt: skip
    search.refresh_frequent_words()
    results = search.search("nausia hormone")
    assert results.total >= 3
    assert results.suggestion == "nausea hormone"
    assert search.search("hormone therapy").suggestion == ""  # every word known: nothing to correct


def test_a_word_is_never_corrected_to_a_part_of_itself(indexed, author, reviewer, topic):
    from portal import search

    for n in (1, 2):
        publish(ContentKind.ARTICLE, f"lymph-{n}", author, reviewer,
                article_content(title=f"Nodes {n}", body="## Nodes\n\nThe lymph nodes drain fluid [1]."),
                CITED, topic)  # fmt: skip
    publish(ContentKind.ARTICLE, "swelling", author, reviewer,
            article_content(title="Arm swelling", body="## Swelling\n\nLymphedema is swelling of the arm [1]."),
            CITED, topic)  # fmt: skip
    search.refresh_frequent_words()
    assert search.search("lymphedema").suggestion == ""
    assert search.search("lymphedema nodes").suggestion == ""


def _main_query_plan(query: str) -> str:
    """The plan PostgreSQL makes for the biggest query of a search (the one that finds and ranks)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal import search

    with CaptureQueriesContext(connection) as captured:
        search.search(query)
    sql = max(captured.captured_queries, key=lambda q: len(q["sql"]))["sql"]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (VERBOSE) " + sql)
        return "\n".join(line for (line,) in cursor.fetchall())


def test_only_words_no_page_uses_are_compared_by_similarity(indexed, author, reviewer, topic):
    """Comparing names by trigram similarity finds misspellings, and costs most for the commonest
    words (a word in thousands of titles): so only a word no page uses as written is compared."""
    from portal import search

    for n in (1, 2):
        publish(ContentKind.ARTICLE, f"hormone-{n}", author, reviewer,
                article_content(title=f"Hormone page {n}", body="## Hormones\n\nHormone therapy is common [1]."),
                CITED, topic)  # fmt: skip
    search.refresh_frequent_words()
    assert " % " not in _main_query_plan("hormone therapy")
    assert " % " in _main_query_plan("hormone therapi")
    # and the misspelling still finds the page by its title
    assert "Hormone therapy guide" in [result.title for result in search.search("hormone therapi").results]


def test_a_summary_with_every_word_is_the_snippet(client, author, reviewer, topic):
    """A summary that holds all the query's words is the snippet (short, so cheap to mark); otherwise
    the snippet comes from the summary and the start of the body."""
    publish(ContentKind.ARTICLE, "scans", author, reviewer,
            article_content(title="Scans", summary="- Bone scans show where cancer has spread [1].",
                            body="## Scans\n\nA bone scan takes an hour. " + "Rest well. " * 50 + "Bring a book [1]."),
            CITED, topic)  # fmt: skip
    results = client.get("/search/", {"q": "bone scan"}).context["results"].results
    assert "<mark>Bone</mark> <mark>scans</mark> show where cancer has spread" in results[0].snippet
    results = client.get("/search/", {"q": "bone hour"}).context["results"].results
    assert "<mark>bone</mark> scan takes an <mark>hour</mark>" in results[0].snippet


def test_did_you_mean_offers_only_a_near_spelling_of_the_same_word(indexed, author, reviewer, topic):
    """Tried as readers would: "diet" was answered "Did you mean dies?", "spinal cord compression"
    "spinal cord suppression" (an emergency turned into another word), "depression" "Ovary
    suppression", and "caregiver" its own plural. A suggestion keeps the first letter, changes at
    most two letters (none in a word of four), and is never the same word in another form."""
    from portal import search

    texts = ["When someone dies, the spinal cord suppression of caregivers", "Caregivers and dies and suppression"]
    for n, text in enumerate(texts):
        publish(ContentKind.ARTICLE, f"words-{n}", author, reviewer,
                article_content(title=f"Words {n}", body=f"## Words\n\n{text} [1]."), CITED, topic)  # fmt: skip
    publish(ContentKind.GLOSSARY, "ovary-suppression", author, reviewer,
            {"title": "Ovary suppression", "summary": "Stopping the ovaries.", "change_summary": "New."},
            references=())  # fmt: skip
    search.refresh_frequent_words()
    for query in ("diet", "spinal cord compression", "depression", "caregiver"):
        assert search.search(query).suggestion == "", query
    assert search.search("suppresion").suggestion == "suppression"  # a real misspelling still is
