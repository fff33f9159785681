"""Pages that keep readers from dead ends: /topics/, "About us and contact", the 404 page, the
footer's developer part, one search form on the results page, and the home page's sample banner."""

import re

import pytest

from articles import services
from articles.models import ContentKind
from tests.content import article_content, make_topic, publish, reference
from tests.helpers import PRODUCTION_ENVIRONMENT, run_portal_process
from tests.markup import XSS_PAYLOADS, executable_markup

pytestmark = pytest.mark.django_db


def test_topics_page_lists_published_topics_with_their_reviewed_text(client, live, author, reviewer, topic):
    make_topic("surgery", "Surgery", author, reviewer, summary="When an operation can help.", position=2)
    # A topic written but never approved has no public text.
    unreviewed = services.item_create(
        kind=ContentKind.TOPIC, slug="radiotherapy", author=author,
        content={"title": "Radiotherapy draft", "summary": "Unreviewed words.", "change_summary": "First."},
    )  # fmt: skip
    services.revision_submit(revision=unreviewed, user=author)
    response = client.get("/topics/")
    assert response.status_code == 200
    assert not response.cookies
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert '<a href="/topics/hormone-therapy/">Hormone therapy</a>' in html
    assert "1 reviewed page" in html
    assert '<a href="/topics/surgery/">Surgery</a>' in html
    assert "When an operation can help." in html
    assert "No reviewed pages in this topic yet." in html
    assert "Radiotherapy" not in html
    assert "Unreviewed words." not in html
    assert html.index("Hormone therapy</a>") < html.index("Surgery</a>")  # the editors' order


def test_topics_page_escapes_topic_text(client, author, reviewer):
    for number, payload in enumerate(XSS_PAYLOADS):
        make_topic(f"hostile-{number}", f"Topic {payload}"[:120], author, reviewer, summary=payload[:300])
    html = client.get("/topics/").content.decode()
    assert executable_markup(html) == []


@pytest.mark.parametrize("count", [1, 20])
def test_topics_page_queries_stay_constant(client, author, reviewer, count, django_assert_max_num_queries):
    for n in range(count):
        make_topic(f"topic-{n}", f"Topic {n}", author, reviewer)
    with django_assert_max_num_queries(1):
        response = client.get("/topics/")
    assert response.content.decode().count('href="/topics/topic-') == count


def test_sitemap_lists_the_topics_and_about_pages(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/topics/</loc>" in xml
    assert "/about/</loc>" in xml


def test_about_page_says_who_runs_and_funds_the_site_and_how_to_reach_the_editors(client, settings):
    settings.PORTAL_CONTACT_EMAIL = "editors@portal.example.org"
    response = client.get("/about/")
    assert response.status_code == 200
    assert not response.cookies
    html = response.content.decode()
    assert "About us and contact" in html
    assert "This site is a demonstration project." in html
    assert "no advertising, no sponsors and no money from companies that make medicines" in html
    assert '<a href="mailto:editors@portal.example.org">editors@portal.example.org</a>' in html
    assert "placeholder" not in html
    assert 'id="report-an-error"' in html
    assert "call 911" in html


def test_about_page_marks_the_placeholder_address_as_one(client, settings):
    settings.PORTAL_CONTACT_EMAIL = settings.PORTAL_CONTACT_EMAIL_PLACEHOLDER
    html = client.get("/about/").content.decode()
    assert "This is a placeholder address" in html


def test_deploy_check_warns_while_the_contact_address_is_the_placeholder():
    environment = {key: value for key, value in PRODUCTION_ENVIRONMENT.items() if key != "PORTAL_CONTACT_EMAIL"}
    result = run_portal_process("manage.py", "check", "--deploy", env=environment)
    assert "portal.W003" in result.stdout + result.stderr
    assert "PORTAL_CONTACT_EMAIL" in result.stdout + result.stderr


def test_footer_links_to_about_and_keeps_the_api_for_developers(client):
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    assert 'href="/about/">About us and contact</a>' in footer
    developers = footer[footer.index("For developers") :]
    assert 'href="/hsds/"' in developers
    assert "Open Referral HSDS" in developers
    # The API is named only in the developers' part, not in the pages readers use.
    main = html[html.index("<main") : html.index("</main>")]
    assert "API" not in main
    assert "HSDS" not in main
    directory = client.get("/support/").content.decode()
    directory_main = directory[directory.index("<main") : directory.index("</main>")]
    assert "API" not in directory_main
    assert "HSDS" not in directory_main


def test_not_found_page_offers_search_topics_and_medicines(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert re.search(r'<form[^>]+action="/search/"[^>]*role="search"', html)
    assert 'href="/topics/"' in html
    assert 'href="/medicines/"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_search_results_page_has_one_search_form(client):
    html = client.get("/search/?q=hormone").content.decode()
    assert html.count('role="search"') == 1
    assert html.count('action="/search/"') == 1
    # Every other page keeps the header's form.
    assert client.get("/").content.decode().count('role="search"') == 1


def test_home_page_shows_the_sample_banner_while_sample_content_is_public(client, author, reviewer, topic):
    assert "sample-banner" not in client.get("/").content.decode()
    publish(ContentKind.ARTICLE, "sample", author, reviewer, article_content(), [reference(1)], topic, is_sample=True)
    html = client.get("/").content.decode()
    assert 'class="sample-banner"' in html
    assert "This site holds sample content for demonstration, not clinically reviewed." in html


def test_sample_pages_show_no_raw_citation_marks_and_directory_costs_in_sentences(client):
    import io

    from django.core.management import call_command

    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())
    for path in ("/medicines/palbociclib/",):
        html = client.get(path).content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        # Every [n] a reader sees is a link to its reference.
        assert not re.search(r"(?<!>)\[\d{1,3}\](?!</a>)", main), path
        assert "one of these <sup" in main, path
    directory = client.get("/support/").content.decode()
    assert "Free. Grants depend on household income." in directory
    costs = re.findall(r"<dt>Cost</dt>\s*<dd>(.*?)</dd>", directory, flags=re.S)
    assert costs
    assert all(cost.endswith(".") for cost in costs), costs
    assert "organisation" not in directory
