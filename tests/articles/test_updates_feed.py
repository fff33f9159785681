"""The Atom feed after a withdrawal: the page's title, and no old entry announcing it as live."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles import services
from articles.models import ContentKind
from tests.content import article_content, publish, reference, save_edit

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_entries(client) -> list[dict]:
    response = client.get("/feeds/updates/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "id": entry.findtext(f"{ATOM}id"),
            "updated": parse_datetime(entry.findtext(f"{ATOM}updated")),
            "published": parse_datetime(entry.findtext(f"{ATOM}published")),
            "summary": entry.findtext(f"{ATOM}summary"),
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


@pytest.fixture
def published(author, reviewer, second_reviewer, topic):
    """Coping with tiredness: published, then corrected (two approvals in the feed)."""
    item = publish(
        ContentKind.ARTICLE, "coping-with-tiredness-during-treatment", author, reviewer,
        article_content(title="Coping with tiredness"), [reference(1)], topic,
    )  # fmt: skip
    newer = save_edit(item.live_revision, author, change_summary="Added a source.")
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=second_reviewer)
    item.refresh_from_db()
    return item


def test_before_withdrawal_the_feed_announces_the_live_page(client, published):
    titles = [entry["title"] for entry in feed_entries(client)]
    assert titles == ["Updated: Coping with tiredness", "Published: Coping with tiredness"]


def test_a_withdrawn_page_is_announced_by_its_title_and_its_old_entries_are_marked(client, published, reviewer):
    before = {entry["id"]: entry for entry in feed_entries(client)}
    services.item_withdraw(item=published, user=reviewer, reason="Replaced by a newer page on fatigue.")
    published.refresh_from_db()
    entries = feed_entries(client)

    withdrawal = entries[0]
    assert withdrawal["title"] == "Withdrawn: Coping with tiredness"
    assert "coping-with-tiredness" not in withdrawal["title"]
    assert withdrawal["summary"] == "Replaced by a newer page on fatigue."
    assert withdrawal["link"].endswith("/articles/coping-with-tiredness-during-treatment/")

    # The approvals keep their ids (feed readers replace their copies) but no longer read as live.
    old = entries[1:]
    assert {entry["id"] for entry in old} == set(before)
    assert [entry["title"] for entry in old] == [
        "Updated, since withdrawn: Coping with tiredness",
        "Published, since withdrawn: Coping with tiredness",
    ]
    when = timezone.localtime(published.withdrawn_at)
    for entry in old:
        assert entry["updated"] == published.withdrawn_at
        assert entry["published"] == before[entry["id"]]["published"]
        assert entry["summary"].startswith(f"Withdrawn on {when:%B} {when.day}, {when.year}: Replaced by")
    assert not any(entry["title"].startswith(("Published:", "Updated:")) for entry in entries)
    # The page they link to does answer 410 Gone.
    assert client.get(withdrawal["link"]).status_code == 410


def test_republishing_a_withdrawn_page_makes_its_entries_plain_again(client, published, author, reviewer,
                                                                    second_reviewer):  # fmt: skip
    services.item_withdraw(item=published, user=reviewer, reason="Being corrected.")
    withdrawn = published.revisions.order_by("-number").first()
    restored = services.revision_restore(revision=withdrawn, user=author)
    services.revision_submit(revision=restored, user=author)
    services.revision_approve(revision=restored, reviewer=second_reviewer)
    titles = [entry["title"] for entry in feed_entries(client)]
    assert titles[0] == "Updated: Coping with tiredness"
    assert not any("withdrawn" in title.lower() for title in titles)


def test_the_feed_stays_within_its_query_budget_with_withdrawals(client, author, reviewer, topic,
                                                                 django_assert_max_num_queries):  # fmt: skip
    for n in range(10):
        item = publish(ContentKind.ARTICLE, f"page-{n}", author, reviewer, article_content(title=f"Page {n}"),
                       [reference(1)], topic)  # fmt: skip
        if n % 2:
            services.item_withdraw(item=item, user=reviewer, reason="Out of date.")
    with django_assert_max_num_queries(6):
        entries = feed_entries(client)
    assert sum(entry["title"].startswith("Withdrawn: Page ") for entry in entries) == 5
