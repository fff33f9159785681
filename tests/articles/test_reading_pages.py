"""The patient reading experience: every public page type, its content and its budgets."""

import datetime
import gzip
import json
import re
import xml.etree.ElementTree as ET

import pgtrigger
import pytest
from django.contrib.staticfiles import finders

from articles import services
from articles.models import ContentKind, Feedback, ReviewDecision
from tests.content import article_content, make_topic, medicine_content, publish, reference
from tests.markup import XSS_PAYLOADS, executable_markup

pytestmark = pytest.mark.django_db

PAGE_QUERY_BUDGET = 6


def glossary_term(slug, term, aliases, author, reviewer, definition="A plain meaning."):
    content = {"title": term, "summary": definition, "aliases": aliases, "change_summary": "New."}
    return publish(ContentKind.GLOSSARY, slug, author, reviewer, content)


@pytest.fixture
def library(author, reviewer, topic):
    """A small published library: a medicine, three articles in one topic, glossary terms."""
    tamoxifen = publish(
        ContentKind.MEDICINE, "tamoxifen", author, reviewer,
        medicine_content(drug_class="Hormone therapy (SERM)"), [reference(1)],
    )  # fmt: skip
    trastuzumab = publish(
        ContentKind.MEDICINE, "trastuzumab", author, reviewer,
        medicine_content(title="Trastuzumab", generic_name="trastuzumab", drug_class="HER2-targeted antibody",
                         hr_status=[], her2_status=["positive"], brand_names=["Herceptin"]),
        [reference(1)],
    )  # fmt: skip
    long_body = "\n\n".join(f"## Part {n}\n\nHER2 and hormone therapy matter here [1]." for n in range(1, 4))
    articles = [
        publish(ContentKind.ARTICLE, "a-first", author, reviewer,
                article_content(title="A first article", body=long_body), [reference(1)], topic, [tamoxifen.pk]),
        publish(ContentKind.ARTICLE, "b-second", author, reviewer,
                article_content(title="B second article", hr_status=[], her2_status=["positive"]), [reference(1)],
                topic, [trastuzumab.pk]),
        publish(ContentKind.ARTICLE, "c-third", author, reviewer,
                article_content(title="C third article", hr_status=[], her2_status=[]), [reference(1)], topic),
    ]  # fmt: skip
    glossary_term("her2", "HER2", ["HER2-positive", "her 2"], author, reviewer, "A protein on some cancer cells.")
    glossary_term("hormone-therapy", "Hormone therapy", ["endocrine therapy"], author, reviewer)
    return {"medicines": [tamoxifen, trastuzumab], "articles": articles}


# --- Pages ------------------------------------------------------------------------------------------


def test_home_has_a_start_here_path_and_every_way_in(client, library):
    html = client.get("/").content.decode()
    assert "Newly told your cancer has spread? Start here" in html
    for link in ('href="/topics/hormone-therapy/"', 'href="/which-pages-fit-me/"', 'href="/medicines/"',
                 'href="/support/"', 'href="/about/editorial-policy/"', 'action="/search/"'):  # fmt: skip
        assert link in html, link


def test_topic_page_lists_live_articles_with_summary_and_review_date(client, library, author, topic):
    services.item_create(
        kind="article", slug="draft", topic=topic, author=author, content=article_content(title="Unreviewed draft"),
        references=[reference(1)],
    )  # fmt: skip
    html = client.get("/topics/hormone-therapy/").content.decode()
    assert "<h1>Hormone therapy</h1>" in html
    assert html.index("A first article") < html.index("B second article") < html.index("C third article")
    assert "Hormone therapy treats cancers that grow with estrogen" in html
    assert "Last reviewed" in html
    assert "Unreviewed draft" not in html
    assert client.get("/topics/no-such-topic/").status_code == 404


def test_teasers_and_descriptions_show_plain_words_not_markdown(client, library, author, reviewer, topic):
    # The summary is Markdown ("- Hormone therapy treats ... [1]."): readers see its words only.
    teaser = "<p>Hormone therapy treats cancers that grow with estrogen.</p>"
    assert teaser in client.get("/topics/hormone-therapy/").content.decode()
    article = client.get("/articles/a-first/").content.decode()
    assert '<meta name="description" content="Hormone therapy treats cancers that grow with estrogen.">' in article
    publish(
        ContentKind.MEDICINE, "letrozole", author, reviewer,
        medicine_content(title="Letrozole", generic_name="letrozole", summary="- Taken by **mouth** [1], *daily*."),
        [reference(1)],
    )  # fmt: skip
    assert "Selective estrogen receptor modulator: Taken by mouth, daily." in client.get("/medicines/").content.decode()


def test_article_page_has_contents_reading_level_changes_and_neighbours(client, library):
    html = client.get("/articles/b-second/").content.decode()
    assert 'rel="prev"' in html
    assert "A first article" in html
    assert 'rel="next"' in html
    assert "C third article" in html
    long_page = client.get("/articles/a-first/").content.decode()
    assert "On this page" in long_page
    assert '<h2 id="part-1">Part 1</h2>' in long_page
    assert 'href="#part-3"' in long_page
    assert re.search(r"About \d+ minutes? to read", long_page)
    assert re.search(r"Reading level: US school grade -?\d+(\.\d)? \(Flesch-Kincaid\)", long_page)
    assert "Changes to this page" in long_page
    assert "First version." in long_page
    assert 'href="/medicines/tamoxifen/"' in long_page


def test_first_use_of_a_glossary_term_links_to_its_definition(client, library):
    html = client.get("/articles/a-first/").content.decode()
    assert html.count('href="/glossary/#her2"') == 1
    assert html.count('href="/glossary/#hormone-therapy"') == 1
    # Never inside a heading: the first link is in the text, not in "Hormone therapy" headings.
    assert not re.search(r"<h2[^>]*>[^<]*<a class=\"glossary-link\"", html)


def test_a_corrected_definition_or_new_term_reaches_pages_without_reapproval(client, library, author, reviewer):
    glossary_term("estrogen", "Estrogen", [], author, reviewer)
    html = client.get("/articles/a-first/").content.decode()
    assert 'href="/glossary/#estrogen"' in html


def test_medicines_list_filters_by_subtype_and_class(client, library):
    html = client.get("/medicines/").content.decode()
    assert "2 medicines" in html
    her2_positive = client.get("/medicines/?her2_status=positive").content.decode()
    assert "Trastuzumab" in her2_positive
    assert "Tamoxifen" in her2_positive  # its label does not restrict by HER2
    her2_zero = client.get("/medicines/?her2_status=zero").content.decode()
    assert "Trastuzumab" not in her2_zero
    by_class = client.get("/medicines/?drug_class=HER2-targeted+antibody").content.decode()
    assert "1 medicine" in by_class
    assert "Trastuzumab" in by_class


@pytest.mark.parametrize("query", ["?her2_status=purple", "?drug_class=%00", "?hr_status=" + "x" * 5000])
def test_medicines_list_survives_bad_filters(client, library, query):
    response = client.get("/medicines/" + query)
    assert response.status_code == 200
    assert "2 medicines" in response.content.decode()


def test_medicine_page_lists_the_articles_that_mention_it(client, library):
    html = client.get("/medicines/tamoxifen/").content.decode()
    assert "Articles that mention this medicine" in html
    assert 'href="/articles/a-first/"' in html


def test_which_pages_fit_me_works_as_a_plain_get_form(client, library):
    html = client.get("/which-pages-fit-me/").content.decode()
    assert '<form method="get"' in html
    assert "This is for learning only. Your care team decides your treatment with you." in html
    assert "Not sure" in html
    result = client.get("/which-pages-fit-me/?hr_status=&her2_status=positive").content.decode()
    subtype = result[result.index("Articles about your type") : result.index("Medicines whose US label")]
    assert "B second article" in subtype
    everyone = result[result.index("Articles for everyone") :]
    assert "C third article" in everyone
    zero = client.get("/which-pages-fit-me/?hr_status=negative&her2_status=zero").content.decode()
    assert "Trastuzumab" not in zero[zero.index("Medicines whose US label") :]
    assert client.get("/which-pages-fit-me/?hr_status=<script>").status_code == 200


def test_which_pages_fit_me_reads_the_subtype_indexes_not_every_version(client, library):
    """Its lists filter versions by their subtype tags: two partial indexes hold exactly the rows
    each list asks for, so the page reads them instead of every version's whole row (text and
    all). A small test table is cheaper to read whole or row by row, so both are ruled out here to
    see that each query's condition matches its index's."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get("/which-pages-fit-me/?hr_status=positive&her2_status=zero")
    plans = []
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_nestloop = off")  # nor one lookup per article, as for a handful
        for query in captured.captured_queries:
            if "hr_status" in query["sql"]:
                cursor.execute("EXPLAIN " + query["sql"])
                plans.append("\n".join(line for (line,) in cursor.fetchall()))
    assert any("revision_untagged" in plan for plan in plans), plans
    assert any("revision_tagged" in plan for plan in plans), plans


def test_glossary_lists_reviewed_definitions_with_anchors(client, library):
    html = client.get("/glossary/").content.decode()
    assert 'id="her2"' in html
    assert "<dfn>HER2</dfn>" in html
    # Other names and misspellings help search and linking; readers are not shown them (issue 21).
    assert "HER2-positive, her 2" not in html
    assert "her 2" not in html
    assert "A protein on some cancer cells." in html


def test_editorial_policy_names_verified_reviewers_and_what_we_collect(client, library, reviewer):
    reviewer.reviewer_profile.conflict_of_interest = "Advisory board, Example Pharma (2024)."
    reviewer.reviewer_profile.save()
    html = client.get("/about/editorial-policy/").content.decode()
    assert "Rita Reviewer" in html
    assert "MD, medical oncologist" in html
    assert "Advisory board, Example Pharma (2024)." in html
    assert "No advertising, no sponsorship" in html
    assert "What we collect about you" in html
    assert "Report a problem" in html


# --- Machine-readable ---------------------------------------------------------------------------------


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_article_json_ld_is_a_medical_web_page_with_its_reviewer(client, library):
    data = json_ld(client.get("/articles/a-first/").content.decode())
    assert data["@type"] == "MedicalWebPage"
    assert data["medicalAudience"]["audienceType"] == "Patient"
    assert data["reviewedBy"]["name"] == "Rita Reviewer"
    assert data["lastReviewed"]


def test_json_ld_gives_the_review_day_the_page_shows_in_the_evening(client, author, reviewer, topic):
    """Approved at 9:30 p.m. in New York, already the next day in UTC: both the stamp and the
    JSON-LD give the day readers see (the site's time zone)."""
    evening = datetime.datetime(2026, 12, 6, 2, 30, tzinfo=datetime.UTC)  # 2026-12-05 21:30 in New York
    item = publish(ContentKind.ARTICLE, "evening", author, reviewer, article_content(), [reference(1)], topic)
    with pgtrigger.ignore("articles.ReviewDecision:review_decision_is_permanent"):  # to set the hour it was made
        assert ReviewDecision.objects.filter(revision__item=item).update(decided_at=evening) == 1
    html = client.get("/articles/evening/").content.decode()
    assert 'Last reviewed <time datetime="2026-12-05">' in html
    assert json_ld(html)["lastReviewed"] == "2026-12-05"


def test_medicine_json_ld_describes_the_drug(client, library):
    data = json_ld(client.get("/medicines/trastuzumab/").content.decode())
    assert data["about"]["@type"] == "Drug"
    assert data["about"]["nonProprietaryName"] == "trastuzumab"
    assert data["about"]["proprietaryName"] == ["Herceptin"]
    assert data["about"]["drugClass"]["name"] == "HER2-targeted antibody"


def test_sample_content_names_no_reviewer_and_stays_out_of_the_sitemap(client, author, reviewer, topic):
    publish(ContentKind.ARTICLE, "sample", author, reviewer, article_content(), [reference(1)], topic, is_sample=True)
    html = client.get("/articles/sample/").content.decode()
    assert "reviewedBy" not in json_ld(html)
    assert '<meta name="robots" content="noindex">' in html
    assert "/articles/sample/" not in client.get("/sitemap.xml").content.decode()


def test_json_ld_cannot_be_broken_out_of(client, author, reviewer, topic):
    publish(ContentKind.ARTICLE, "x", author, reviewer, article_content(title="</script><script>alert(1)</script>"),
            [reference(1)], topic)  # fmt: skip
    html = client.get("/articles/x/").content.decode()
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"
    assert executable_markup(html) == []


def test_canonical_and_open_graph(client, library, settings):
    html = client.get("/articles/a-first/").content.decode()
    assert f'<link rel="canonical" href="{settings.SITE_URL}/articles/a-first/">' in html
    assert '<meta property="og:title" content="A first article">' in html
    assert '<meta property="og:type" content="article">' in html


def test_sitemap_lists_pages_with_last_modified(client, library):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {url.find("s:loc", ns).text: url.find("s:lastmod", ns) for url in root.findall("s:url", ns)}
    assert any(loc.endswith("/articles/a-first/") for loc in locations)
    assert any(loc.endswith("/medicines/tamoxifen/") for loc in locations)
    assert any(loc.endswith("/topics/hormone-therapy/") for loc in locations)
    article = next(value for loc, value in locations.items() if loc.endswith("/articles/a-first/"))
    assert article is not None
    assert article.text


def test_updates_feed_announces_approvals_corrections_and_withdrawals(client, library, author, reviewer,
                                                                      second_reviewer):  # fmt: skip
    article = library["articles"][0]
    live = article.revisions.get(pk=article.live_revision_id)
    content, references, medicines = services.revision_content(live)
    newer = services.revision_save(item=article, author=author, based_on=live,
                                   content={**content, "change_summary": "Corrected a date."},
                                   references=references, related_medicine_ids=medicines)  # fmt: skip
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=second_reviewer)
    services.item_withdraw(item=library["articles"][2], user=reviewer, reason="Out of date.")
    response = client.get("/feeds/updates/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = response.content.decode()
    assert "Updated: A first article" in feed
    assert "Corrected a date." in feed
    assert "Published: B second article" in feed
    assert "Withdrawn: C third article" in feed  # the page's title, not its address (issue 20)
    assert "Out of date." in feed


# --- Feedback ----------------------------------------------------------------------------------------


def feedback_post(client, page, origin="http://testserver", **data):
    payload = {"item": page.pk, "helpful": "no", "comment": "The link to the label is broken.", "website": ""}
    payload.update(data)
    return client.post("/feedback/", payload, HTTP_ORIGIN=origin)


def test_feedback_is_stored_against_the_version_read_without_who_sent_it(client, library):
    article = library["articles"][0]
    response = feedback_post(client, article)
    assert response.status_code == 200
    assert "Thank you for your feedback" in response.content.decode()
    assert not response.cookies
    stored = Feedback.objects.get()
    assert stored.item == article
    assert stored.revision_id == article.live_revision_id
    assert stored.helpful is False
    assert stored.comment == "The link to the label is broken."
    assert {f.name for f in Feedback._meta.get_fields()} == {
        "id",
        "item",
        "revision",
        "helpful",
        "comment",
        "created_at",
    }


def test_feedback_from_another_site_is_refused(client, library):
    assert feedback_post(client, library["articles"][0], origin="https://evil.example").status_code == 403
    response = client.post("/feedback/", {"item": library["articles"][0].pk, "helpful": "yes"})  # no Origin
    assert response.status_code == 403
    ok = client.post("/feedback/", {"item": library["articles"][0].pk, "helpful": "yes"},
                     HTTP_SEC_FETCH_SITE="same-origin")  # fmt: skip
    assert ok.status_code == 200
    assert Feedback.objects.count() == 1


def test_feedback_honeypot_thanks_robots_and_stores_nothing(client, library):
    response = feedback_post(client, library["articles"][0], website="http://spam.example")
    assert response.status_code == 200
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    "data",
    [{"helpful": ""}, {"helpful": "maybe"}, {"comment": "x" * 1001}, {"item": "not-a-number"}, {"item": "999999"}],
)
def test_bad_feedback_gets_a_clear_page_and_saves_nothing(client, library, data):
    response = feedback_post(client, library["articles"][0], **data)
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_feedback_only_for_published_pages(client, draft):
    assert feedback_post(client, draft.item).status_code == 400


def test_feedback_is_rate_limited(client, library):
    for _ in range(10):
        assert feedback_post(client, library["articles"][0]).status_code == 200
    assert feedback_post(client, library["articles"][0]).status_code == 429
    assert Feedback.objects.count() == 10


def test_feedback_is_post_only(client):
    assert client.get("/feedback/").status_code == 405


def test_reviewers_see_feedback_beside_the_page(client, library, reviewer):
    article = library["articles"][0]
    feedback_post(client, article, comment="<script>alert(1)</script> wrong date")
    client.force_login(reviewer)
    html = client.get(f"/admin/articles/revision/item/{article.pk}/history/").content.decode()
    assert "Reader feedback" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; wrong date" in html


# --- Safety and budgets ------------------------------------------------------------------------------


PUBLIC_PAGES = [
    "/", "/topics/hormone-therapy/", "/articles/a-first/", "/medicines/", "/medicines/?her2_status=positive",
    "/medicines/tamoxifen/", "/which-pages-fit-me/", "/which-pages-fit-me/?hr_status=positive&her2_status=zero",
    "/glossary/", "/about/editorial-policy/", "/sitemap.xml", "/feeds/updates/",
    "/medicines/?biomarker=esr1", "/which-pages-fit-me/?hr_status=positive&her2_status=&biomarker=pik3ca_akt1_pten",
]  # fmt: skip


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_every_public_page_is_cookie_free_within_budget(client, library, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        response = client.get(url)
    assert response.status_code == 200
    assert not response.cookies


LISTINGS = [
    "/", "/topics/hormone-therapy/", "/medicines/", "/which-pages-fit-me/?hr_status=positive", "/glossary/",
    "/sitemap.xml", "/feeds/updates/", "/medicines/?biomarker=esr1",
    "/which-pages-fit-me/?hr_status=positive&biomarker=esr1",
]  # fmt: skip


def test_listing_queries_do_not_grow_with_50_pages(client, author, reviewer, topic, django_assert_max_num_queries):
    for n in range(50):
        publish(ContentKind.ARTICLE, f"article-{n}", author, reviewer, article_content(hr_status=["positive"]),
                [reference(1)], topic)  # fmt: skip
        # Half name a biomarker; every fifth use was withdrawn (its page stays, it leaves the lists).
        publish(ContentKind.MEDICINE, f"medicine-{n}", author, reviewer,
                medicine_content(drug_class=f"Class {n}", biomarkers=["esr1"] if n % 2 else [],
                                 breast_cancer_use_withdrawn_on=datetime.date(2021, 8, 27) if n % 5 == 0 else None),
                [reference(1)])  # fmt: skip
        glossary_term(f"term-{n}", f"Term {n}", [], author, reviewer)
    for url in LISTINGS:
        with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
            response = client.get(url)
        assert response.status_code == 200, url
    assert client.get("/medicines/").content.decode().count('href="/medicines/medicine-') == 40
    assert client.get("/medicines/?biomarker=esr1").content.decode().count('href="/medicines/medicine-') == 20
    fit = client.get("/which-pages-fit-me/?hr_status=positive&biomarker=esr1").content.decode()
    assert fit[fit.index("names your test result") :].count('href="/medicines/medicine-') == 20 + 40
    topic_page = client.get("/topics/hormone-therapy/").content.decode()
    assert topic_page.count('href="/articles/article-') == 50
    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        second_page = client.get("/topics/hormone-therapy/?page=2")
    assert second_page.status_code == 200


def test_which_pages_fit_me_lists_a_page_of_articles_at_a_time(client, author, reviewer, topic,
                                                              django_assert_max_num_queries):  # fmt: skip
    """A site with thousands of articles must not put them all on one page: the subtype's articles
    come 50 at a time, those for everyone the first 20 with how many more there are."""
    from articles.selectors import FIT_EVERYONE_LIMIT, FIT_PAGE_SIZE

    for n in range(FIT_PAGE_SIZE + 5):
        publish(ContentKind.ARTICLE, f"fits-{n:02}", author, reviewer,
                article_content(title=f"Fits {n:02}", hr_status=["positive"]), [reference(1)], topic)  # fmt: skip
    for n in range(FIT_EVERYONE_LIMIT + 3):
        publish(ContentKind.ARTICLE, f"everyone-{n:02}", author, reviewer,
                article_content(title=f"Everyone {n:02}", hr_status=[]), [reference(1)], topic)  # fmt: skip
    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        first = client.get("/which-pages-fit-me/?hr_status=positive&her2_status=").content.decode()
    assert first.count('href="/articles/fits-') == FIT_PAGE_SIZE
    assert first.count('href="/articles/everyone-') == FIT_EVERYONE_LIMIT
    assert "And 3 more" in first
    assert "Page 1 of 2 (55 articles)" in first
    assert 'href="?hr_status=positive&amp;her2_status=&amp;page=2"' in first  # the choices are kept
    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        second = client.get("/which-pages-fit-me/?hr_status=positive&her2_status=&page=2").content.decode()
    assert second.count('href="/articles/fits-') == 5
    assert "Fits 54" in second
    assert client.get("/which-pages-fit-me/?hr_status=positive&page=999").status_code == 200
    assert client.get("/which-pages-fit-me/?hr_status=positive&page=%C2%B9").status_code == 200


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_topic_glossary_and_feedback_text_renders_inert(client, author, reviewer, payload):
    topic = make_topic("hostile", payload[:120], author, reviewer, summary=" ".join(payload.split())[:300])
    publish(ContentKind.ARTICLE, "hostile", author, reviewer, article_content(title=payload), [reference(1)], topic)
    glossary_term("hostile-term", payload[:200], [payload[:80]], author, reviewer, definition=payload)
    for url in ("/", "/topics/hostile/", "/glossary/", "/articles/hostile/", "/which-pages-fit-me/?hr_status=positive",
                "/medicines/?drug_class=" + payload):  # fmt: skip
        assert executable_markup(client.get(url).content.decode()) == [], url


def test_a_2000_word_article_is_at_most_40_kb_compressed(client, author, reviewer, topic):
    sentence = "Treatment for stage four breast cancer is planned with your care team [1]. "
    body = "\n\n".join(f"## Section {n}\n\n" + sentence * 10 for n in range(1, 16))  # about 2,000 words
    assert 1900 <= len(body.split()) <= 2300
    publish(ContentKind.ARTICLE, "long", author, reviewer, article_content(body=body),
            [reference(n) for n in range(1, 11)], topic)  # fmt: skip
    html = client.get("/articles/long/").content
    assert len(gzip.compress(html)) <= 40 * 1024


def test_our_css_and_javascript_stay_under_35_kb_compressed():
    css = open(finders.find("portal/site.css"), "rb").read()
    assert len(gzip.compress(css)) <= 35 * 1024
