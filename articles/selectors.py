"""Reads for public pages. Public views use only these, and these use only `live()` content."""

from dataclasses import dataclass

from django.http import Http404
from django.utils import timezone

from articles.models import ContentKind, Reference, ReviewDecision, ReviewedItem, Revision, RevisionStatus, Topic


@dataclass(frozen=True)
class PublicPage:
    """Everything a patient sees on a reviewed page, all from its one live revision."""

    item: ReviewedItem
    revision: Revision
    approval: ReviewDecision | None  # None only in a staff preview of a version not yet approved
    references: list[Reference]
    related_medicines: list[ReviewedItem]


class PageWithdrawn(Exception):  # noqa: N818 - it is an outcome, not an error
    """The page was published and has been withdrawn: it answers 410 Gone."""

    def __init__(self, item: ReviewedItem, title: str):
        super().__init__(item.slug)
        self.item = item
        self.title = title


def _related_live_medicines(revision: Revision) -> list[ReviewedItem]:
    return list(
        ReviewedItem.objects.live()
        .filter(kind=ContentKind.MEDICINE, mentioned_in_revisions=revision)
        .select_related("live_revision")
        .order_by("slug")
    )


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
    return PublicPage(
        item=item,
        revision=revision,
        approval=revision.decision,
        references=list(revision.references.all()),
        related_medicines=_related_live_medicines(revision),
    )


def preview_page(revision: Revision) -> PublicPage:
    """Any revision laid out exactly as patients would see it (staff preview; never public)."""
    revision = Revision.objects.select_related("item__topic").get(pk=revision.pk)
    approval = ReviewDecision.objects.filter(revision=revision, outcome="approved").first()
    return PublicPage(
        item=revision.item,
        revision=revision,
        approval=approval,
        references=list(revision.references.all()),
        related_medicines=_related_live_medicines(revision),
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


# --- The reviewer workspace (staff only) -----------------------------------------------------------


@dataclass(frozen=True)
class ReviewQueue:
    overdue: list[ReviewedItem]  # live pages past their review date
    waiting: list[Revision]  # in review: pages overdue first, then oldest submission first
    mine: list[Revision]  # the user's drafts and versions sent back to them


def review_queue(user) -> ReviewQueue:
    today = timezone.localdate()
    overdue = list(
        ReviewedItem.objects.live().filter(next_review_due__lt=today).select_related("live_revision")
        .order_by("next_review_due")
    )  # fmt: skip
    waiting = sorted(
        Revision.objects.filter(status=RevisionStatus.IN_REVIEW).select_related("item", "author"),
        key=lambda r: (not r.item.is_review_overdue, r.submitted_at),
    )
    mine = list(
        Revision.objects.filter(author=user, status__in=[RevisionStatus.DRAFT, RevisionStatus.CHANGES_REQUESTED])
        .select_related("item", "decision")
        .order_by("-created_at")
    )
    return ReviewQueue(overdue=overdue, waiting=waiting, mine=mine)


def item_history(item: ReviewedItem) -> list[Revision]:
    """Every revision of an item, newest first, with its author and decision."""
    return list(item.revisions.select_related("author", "decision").order_by("-number"))


def diff_baseline(revision: Revision) -> Revision | None:
    """What a reviewer compares a revision with: the live version or, for the live version itself,
    the version it replaced. None means a new page."""
    item = revision.item
    if item.live_revision_id and item.live_revision_id != revision.pk:
        return item.revisions.get(pk=item.live_revision_id)
    return item.revisions.filter(number__lt=revision.number, decision__outcome="approved").order_by("-number").first()


def medicine_slugs(revision: Revision | None) -> list[str]:
    if revision is None:
        return []
    return sorted(ReviewedItem.objects.filter(mentioned_in_revisions=revision).values_list("slug", flat=True))
