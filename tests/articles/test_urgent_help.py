"""The urgent help panel: one reviewed item, shown on chemotherapy pages and beside every medicine's
serious side effects (issue 21)."""

import io
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction

from articles import lint, services
from articles.models import ContentKind, ReviewedItem, Revision, RevisionStatus
from portal.models import SearchDocument
from tests.content import article_content, make_topic, make_user, medicine_content, publish, reference, save_edit
from tests.markup import XSS_PAYLOADS, executable_markup

pytestmark = pytest.mark.django_db

PAGE_QUERY_BUDGET = 6  # as for every public page (tests/articles/test_pages.py)

PANEL = {
    "title": "Get help now",
    "summary": "If you are having chemotherapy, a fever of **100.4°F (38°C) or higher** is an emergency.",
    "body": "Call 911 for trouble breathing, chest pain or fainting.",
    "change_summary": "First version.",
}


def _approve(revision, author, reviewer):
    services.revision_submit(revision=revision, user=author)
    errors = lint.errors(services.revision_findings(revision))
    services.revision_approve(revision=revision, reviewer=reviewer, overrides={e.key: "Test data." for e in errors})


def _panel(author, reviewer, **content):
    revision = services.item_create(
        kind=ContentKind.URGENT_HELP, slug="get-help-now", author=author, content={**PANEL, **content}
    )
    _approve(revision, author, reviewer)
    return ReviewedItem.objects.get(pk=revision.item_id)


def _panels(html: str) -> list[str]:
    return re.findall(r'<section class="urgent-help".*?</section>', html, flags=re.S)


@pytest.fixture
def chemo_topic(author, reviewer):
    return make_topic("chemotherapy", "Chemotherapy", author, reviewer, position=2)


@pytest.fixture
def pages(author, reviewer, topic, chemo_topic):
    """A chemotherapy article, another article, a chemotherapy medicine and a hormone medicine."""
    publish(kind=ContentKind.ARTICLE, slug="chemo-basics", author=author, reviewer=reviewer, topic=chemo_topic,
            content=article_content(title="Chemotherapy basics"), references=[reference(1)])  # fmt: skip
    publish(kind=ContentKind.ARTICLE, slug="hormone-basics", author=author, reviewer=reviewer, topic=topic,
            content=article_content(), references=[reference(1)])  # fmt: skip
    publish(kind=ContentKind.MEDICINE, slug="paclitaxel", author=author, reviewer=reviewer, references=[reference(1)],
            content=medicine_content(title="Paclitaxel", generic_name="paclitaxel", drug_class="taxane chemotherapy",
                                     routes=["iv"]))  # fmt: skip
    publish(kind=ContentKind.MEDICINE, slug="tamoxifen", author=author, reviewer=reviewer,
            content=medicine_content(), references=[reference(1)])  # fmt: skip


# --- Managed once, through the review workflow ------------------------------------------------------


def test_the_panel_is_a_reviewed_item_managed_once(author, reviewer):
    panel = _panel(author, reviewer)
    assert panel.kind == ContentKind.URGENT_HELP
    assert panel.is_live
    with pytest.raises(ValidationError, match="one urgent help panel"):
        services.item_create(kind=ContentKind.URGENT_HELP, slug="another-panel", author=author, content=PANEL)
    assert ReviewedItem.objects.filter(kind=ContentKind.URGENT_HELP).count() == 1
    # The database refuses a second one however written.
    with pytest.raises(IntegrityError), transaction.atomic():
        ReviewedItem.objects.create(kind=ContentKind.URGENT_HELP, slug="sneaked-in")


def test_only_authors_write_it_and_four_eyes_approve_it(author, reviewer, author_reviewer):
    reader = make_user("no-role")
    with pytest.raises(PermissionDenied):
        services.item_create(kind=ContentKind.URGENT_HELP, slug="get-help-now", author=reader, content=PANEL)
    with pytest.raises(PermissionDenied):
        services.item_create(kind=ContentKind.URGENT_HELP, slug="get-help-now", author=reviewer, content=PANEL)
    revision = services.item_create(
        kind=ContentKind.URGENT_HELP, slug="get-help-now", author=author_reviewer, content=PANEL
    )
    services.revision_submit(revision=revision, user=author_reviewer)
    with pytest.raises((PermissionDenied, ValidationError)):
        services.revision_approve(revision=revision, reviewer=author_reviewer)  # wrote it: may not approve it
    with pytest.raises(PermissionDenied):
        services.revision_approve(revision=revision, reviewer=author)  # not a reviewer
    revision.refresh_from_db()
    assert revision.status == RevisionStatus.IN_REVIEW
    services.revision_approve(revision=revision, reviewer=reviewer)
    assert ReviewedItem.objects.get(pk=revision.item_id).live_revision_id == revision.pk


def test_fields_of_other_kinds_are_refused(author):
    with pytest.raises(ValidationError, match="do not belong"):
        services.item_create(
            kind=ContentKind.URGENT_HELP, slug="get-help-now", author=author, content={**PANEL, "drug_class": "x"}
        )
    assert not ReviewedItem.objects.filter(kind=ContentKind.URGENT_HELP).exists()


def test_readers_see_only_the_approved_text_and_each_new_approved_version(client, pages, author, reviewer):
    draft = services.item_create(kind=ContentKind.URGENT_HELP, slug="get-help-now", author=author, content=PANEL)
    assert not _panels(client.get("/articles/chemo-basics/").content.decode())  # a draft is never public
    services.revision_submit(revision=draft, user=author)
    assert not _panels(client.get("/medicines/paclitaxel/").content.decode())  # nor one in review
    services.revision_approve(revision=draft, reviewer=reviewer)
    (panel,) = _panels(client.get("/articles/chemo-basics/").content.decode())  # the page cache was emptied
    assert "100.4°F (38°C) or higher" in panel
    newer = save_edit(draft, author, title="Get help now: fever", change_summary="Clearer heading.")
    assert "Get help now: fever" not in client.get("/articles/chemo-basics/").content.decode()
    _approve(newer, author, reviewer)
    (panel,) = _panels(client.get("/articles/chemo-basics/").content.decode())
    assert '<h2 id="urgent-help-heading">Get help now: fever</h2>' in panel
    services.item_withdraw(item=newer.item, user=reviewer, reason="Being rewritten.")
    assert not _panels(client.get("/articles/chemo-basics/").content.decode())


def test_the_panel_is_not_a_search_result_nor_takes_feedback(author, reviewer):
    panel = _panel(author, reviewer)
    assert not SearchDocument.objects.filter(key=f"item:{panel.pk}").exists()
    with pytest.raises(ValidationError):
        services.feedback_record(item_id=panel.pk, helpful=True, comment="")


# --- Where it is shown ------------------------------------------------------------------------------


def test_shown_on_chemotherapy_articles_only(client, pages, author, reviewer):
    _panel(author, reviewer)
    chemo = client.get("/articles/chemo-basics/").content.decode()
    (panel,) = _panels(chemo)
    assert '<a href="tel:911">Call 911</a>' in panel
    assert chemo.index('class="urgent-help"') < chemo.index('class="article-body"')  # near the top
    assert not _panels(client.get("/articles/hormone-basics/").content.decode())


def test_chemotherapy_medicines_show_it_near_the_top_others_beside_serious_side_effects(
    client, pages, author, reviewer
):
    _panel(author, reviewer)
    chemo = client.get("/medicines/paclitaxel/").content.decode()
    assert len(_panels(chemo)) == 1
    assert chemo.index('class="urgent-help"') < chemo.index('id="who-heading"')
    other = client.get("/medicines/tamoxifen/").content.decode()
    assert len(_panels(other)) == 1
    serious = other.index('id="serious-heading"')
    assert serious < other.index('class="urgent-help"') < other.index('id="questions-heading"')


def test_an_antibody_drug_conjugate_counts_as_chemotherapy(client, author, reviewer):
    _panel(author, reviewer)
    publish(kind=ContentKind.MEDICINE, slug="sacituzumab", author=author, reviewer=reviewer, references=[reference(1)],
            content=medicine_content(title="Sacituzumab", generic_name="sacituzumab govitecan",
                                     drug_class="Trop-2-directed antibody-drug conjugate"))  # fmt: skip
    html = client.get("/medicines/sacituzumab/").content.decode()
    assert html.index('class="urgent-help"') < html.index('id="who-heading"')


def test_no_panel_no_empty_box(client, pages):
    assert 'class="urgent-help"' not in client.get("/medicines/tamoxifen/").content.decode()


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_panel_text_renders_inert(client, pages, author, reviewer, payload):
    _panel(author, reviewer, title=payload[:200], summary=payload, body=payload)
    for url in ("/articles/chemo-basics/", "/medicines/tamoxifen/"):
        html = client.get(url).content.decode()
        assert _panels(html)
        assert executable_markup(html) == []


@pytest.mark.parametrize("count", [1, 50])
def test_the_panel_costs_no_query(client, pages, author, reviewer, django_assert_max_num_queries, count):
    _panel(author, reviewer)
    for n in range(count):
        publish(kind=ContentKind.MEDICINE, slug=f"chemo-{n}", author=author, reviewer=reviewer,
                references=[reference(1)], content=medicine_content(title=f"Chemo {n}", drug_class="chemotherapy"),
        )  # fmt: skip
    for url in ("/articles/chemo-basics/", "/medicines/paclitaxel/", "/medicines/tamoxifen/"):
        with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
            html = client.get(url).content.decode()
        assert len(_panels(html)) == 1
    assert Revision.objects.filter(item__kind=ContentKind.URGENT_HELP).count() == 1


def test_the_demo_content_brings_a_reviewed_sample_panel(client):
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())
    panel = ReviewedItem.objects.get(kind=ContentKind.URGENT_HELP)
    assert panel.is_live
    assert panel.is_sample
    chemo_article = ReviewedItem.objects.live().articles().filter(topic__slug="chemotherapy").first()
    for url in (chemo_article.get_absolute_url(), "/medicines/paclitaxel/", "/medicines/tamoxifen/"):
        (shown,) = _panels(client.get(url).content.decode())
        assert "100.4°F (38°C) or higher" in shown
        assert '<a href="tel:911">Call 911</a>' in shown
        # Its citation marks point to its own sources, listed inside it.
        assert 'href="#urgent-help-source-1"' in shown
        assert 'id="urgent-help-source-1"' in shown
        assert 'href="https://www.cdc.gov/cancer/preventinfections/fever.htm"' in shown
    panel = ReviewedItem.objects.get(kind=ContentKind.URGENT_HELP)
    revisions = {language: panel.revisions.filter(language=language).count() for language in ("en", "es")}
    assert revisions["en"] == 1  # the Spanish panel is a translation of it, not another English version
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())
    assert {language: panel.revisions.filter(language=language).count() for language in ("en", "es")} == revisions


def test_authors_write_the_panel_in_the_workspace_and_a_second_one_is_refused_clearly(client, author, reviewer):
    from tests.articles.test_workspace import editor_post, url

    client.force_login(author)
    new_panel = url("articles_item_new", ContentKind.URGENT_HELP)
    page = client.get(new_panel).content.decode()
    assert "Signs that need 911" in page
    response = client.post(new_panel, editor_post(slug="get-help-now", **PANEL))
    revision = Revision.objects.get(item__kind=ContentKind.URGENT_HELP)
    assert response["Location"] == url("articles_revision_review", revision.pk)
    response = client.post(new_panel, editor_post(slug="second-panel", **PANEL))
    assert response.status_code == 200
    assert "There is one urgent help panel" in response.content.decode()
    assert ReviewedItem.objects.filter(kind=ContentKind.URGENT_HELP).count() == 1
