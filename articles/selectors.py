"""Reads for public pages. Public views use only these, and these use only `live()` content."""

from dataclasses import dataclass

from django.http import Http404

from articles.models import ContentKind, Reference, ReviewDecision, ReviewedItem, Revision, RevisionStatus, Topic


@dataclass(frozen=True)
class PublicPage:
    """Everything a patient sees on a reviewed page, all from its one live revision."""

    item: ReviewedItem
    revision: Revision
    approval: ReviewDecision
    references: list[Reference]
    related_medicines: list[ReviewedItem]


class PageWithdrawn(Exception):  # noqa: N818 - it is an outcome, not an error
    """The page was published and has been withdrawn: it answers 410 Gone."""

    def __init__(self, item: ReviewedItem, title: str):
        super().__init__(item.slug)
        self.item = item
        self.title = title


def live_page(*, kind: ContentKind, slug: str) -> PublicPage:
    """The live page of a kind and address, in a fixed number of queries whatever its size."""
    item = ReviewedItem.objects.filter(kind=kind, slug=slug).select_related("topic", "live_revision__decision").first()
    if item is None:
        raise Http404
    if item.live_revision is None:
        if item.withdrawn_at is not None:
            withdrawn = item.revisions.filter(status=RevisionStatus.WITHDRAWN).order_by("-number").first()
            raise PageWithdrawn(item, withdrawn.title if withdrawn else item.slug)
        raise Http404  # never approved: as far as the public knows, it does not exist
    revision = item.live_revision
    related_medicines = list(
        ReviewedItem.objects.live()
        .filter(kind=ContentKind.MEDICINE, mentioned_in_revisions=revision)
        .select_related("live_revision")
        .order_by("slug")
    )
    return PublicPage(
        item=item,
        revision=revision,
        approval=revision.decision,
        references=list(revision.references.all()),
        related_medicines=related_medicines,
    )


@dataclass(frozen=True)
class TopicListing:
    topic: Topic
    articles: list[ReviewedItem]


def topics_with_live_articles() -> list[TopicListing]:
    """Topics in order, each with its live articles (two queries, whatever the numbers)."""
    articles_by_topic: dict[int, list[ReviewedItem]] = {}
    for article in ReviewedItem.objects.live().articles().select_related("live_revision").order_by("slug"):
        articles_by_topic.setdefault(article.topic_id, []).append(article)
    return [TopicListing(topic, articles_by_topic.get(topic.pk, [])) for topic in Topic.objects.all()]
