"""Reads. Public views use only the public selectors here, and those use only `live()` content.

Every public page costs a fixed number of queries, whatever the number of references, glossary
terms, related pages or versions (tests check 1 and 50).
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.http import Http404
from django.utils import timezone
from django.utils.safestring import SafeString

from articles.models import (
    ContentKind,
    DecisionOutcome,
    Feedback,
    HER2Status,
    HRStatus,
    Reference,
    ReviewDecision,
    ReviewedItem,
    ReviewerProfile,
    Revision,
    RevisionStatus,
    Topic,
)
from articles.presentation import TOC_MIN_HEADINGS, GlossaryEntry, Heading, ReadingStats, decorate, reading_stats
from articles.services import MARKDOWN_FIELDS


@dataclass(frozen=True)
class PublicPage:
    """Everything a patient sees on a reviewed page, all from one revision (the live one)."""

    item: ReviewedItem
    revision: Revision
    approval: ReviewDecision | None  # None only in a staff preview of a version not yet approved
    references: list[Reference]
    related_medicines: list[ReviewedItem]
    html: dict[str, SafeString]  # each Markdown field, with heading anchors and glossary links
    toc: list[Heading]
    stats: ReadingStats
    changes: list[ReviewDecision]  # approvals of this page, newest first: "Changes to this page"
    mentioned_in: list[ReviewedItem] = field(default_factory=list)  # medicines: live articles naming them
    previous: ReviewedItem | None = None  # articles: neighbours in the topic
    next: ReviewedItem | None = None

    @property
    def show_toc(self) -> bool:
        return len(self.toc) >= TOC_MIN_HEADINGS


class PageWithdrawn(Exception):  # noqa: N818 - it is an outcome, not an error
    """The page was published and has been withdrawn: it answers 410 Gone."""

    def __init__(self, item: ReviewedItem, title: str):
        super().__init__(item.slug)
        self.item = item
        self.title = title


def glossary_entries() -> list[GlossaryEntry]:
    """Live glossary terms with their aliases, for linking first uses (one query)."""
    rows = (
        ReviewedItem.objects.live()
        .glossary_terms()
        .values_list("slug", "live_revision__title", "live_revision__aliases")
    )
    return [
        GlossaryEntry(slug, term, tuple(sorted({term, *aliases}, key=len, reverse=True)))
        for slug, term, aliases in rows
    ]


def _page(item: ReviewedItem, revision: Revision, approval: ReviewDecision | None) -> PublicPage:
    related = list(
        ReviewedItem.objects.live()
        .filter(kind=ContentKind.MEDICINE, mentioned_in_revisions=revision)
        .select_related("live_revision")
        .order_by("slug")
    )
    entries = [entry for entry in glossary_entries() if entry.slug != item.slug]
    html, toc = decorate({name: revision.rendered_html.get(name, "") for name in MARKDOWN_FIELDS}, entries)
    changes = list(
        ReviewDecision.objects.filter(
            revision__item=item, outcome=DecisionOutcome.APPROVED, revision__number__lte=revision.number
        )
        .select_related("revision")
        .order_by("-decided_at")
    )
    extra = {}
    if item.kind == ContentKind.MEDICINE:
        extra["mentioned_in"] = list(
            ReviewedItem.objects.live()
            .articles()
            .filter(live_revision__related_medicines=item)
            .select_related("live_revision")
            .order_by("live_revision__title")
        )
    elif item.kind == ContentKind.ARTICLE and item.topic_id:
        siblings = list(
            ReviewedItem.objects.live().articles().filter(topic_id=item.topic_id).select_related("live_revision")
            .order_by("live_revision__title")
        )  # fmt: skip
        index = next((i for i, sibling in enumerate(siblings) if sibling.pk == item.pk), None)
        if index is not None:
            extra["previous"] = siblings[index - 1] if index > 0 else None
            extra["next"] = siblings[index + 1] if index + 1 < len(siblings) else None
    return PublicPage(
        item=item,
        revision=revision,
        approval=approval,
        references=list(revision.references.all()),
        related_medicines=related,
        html=html,
        toc=toc,
        stats=reading_stats(html["summary"], html["body"], html["how_it_works"], html["who_it_is_for"]),
        changes=changes,
        **extra,
    )


def live_page(*, kind: ContentKind, slug: str) -> PublicPage:
    """The live page of a kind and address."""
    item = ReviewedItem.objects.filter(kind=kind, slug=slug).select_related("topic", "live_revision__decision").first()
    if item is None:
        raise Http404
    if item.live_revision is None:
        if item.withdrawn_at is not None:
            withdrawn = item.revisions.filter(status=RevisionStatus.WITHDRAWN).order_by("-number").first()
            raise PageWithdrawn(item, withdrawn.title if withdrawn else item.slug)
        raise Http404  # never approved: as far as the public knows, it does not exist
    return _page(item, item.live_revision, item.live_revision.decision)


def preview_page(revision: Revision) -> PublicPage:
    """Any revision laid out exactly as patients would see it (staff preview; never public)."""
    revision = Revision.objects.select_related("item__topic").get(pk=revision.pk)
    approval = ReviewDecision.objects.filter(revision=revision, outcome=DecisionOutcome.APPROVED).first()
    return _page(revision.item, revision, approval)


@dataclass(frozen=True)
class TopicListing:
    topic: Topic
    articles: list[ReviewedItem]


def topics_with_live_articles() -> list[TopicListing]:
    """Topics in order, each with its live articles (two queries, whatever the numbers)."""
    articles_by_topic: dict[int, list[ReviewedItem]] = {}
    for article in (
        ReviewedItem.objects.live().articles().select_related("live_revision").order_by("live_revision__title")
    ):
        articles_by_topic.setdefault(article.topic_id, []).append(article)
    return [TopicListing(topic, articles_by_topic.get(topic.pk, [])) for topic in Topic.objects.all()]


def topic_page(slug: str) -> TopicListing:
    topic = Topic.objects.filter(slug=slug).first()
    if topic is None:
        raise Http404
    articles = list(
        ReviewedItem.objects.live().articles().filter(topic=topic).select_related("live_revision")
        .order_by("live_revision__title")
    )  # fmt: skip
    return TopicListing(topic, articles)


def live_medicines(*, hr_status: str = "", her2_status: str = "", drug_class: str = "") -> list[ReviewedItem]:
    """Live medicine summaries, optionally only those whose label covers a subtype or class.

    A medicine whose label does not restrict by a status (empty tag list) fits every value of it.
    """
    medicines = ReviewedItem.objects.live().medicines().select_related("live_revision")
    if hr_status:
        medicines = medicines.filter(Q(live_revision__hr_status__contains=[hr_status]) | Q(live_revision__hr_status=[]))
    if her2_status:
        medicines = medicines.filter(
            Q(live_revision__her2_status__contains=[her2_status]) | Q(live_revision__her2_status=[])
        )
    if drug_class:
        medicines = medicines.filter(live_revision__drug_class=drug_class)
    return list(medicines.order_by("live_revision__title"))


def drug_classes() -> list[str]:
    return list(
        ReviewedItem.objects.live().medicines().exclude(live_revision__drug_class="")
        .order_by("live_revision__drug_class").values_list("live_revision__drug_class", flat=True).distinct()
    )  # fmt: skip


@dataclass(frozen=True)
class FittingPages:
    articles_for_subtype: list[ReviewedItem]  # tagged with the chosen statuses
    articles_for_everyone: list[ReviewedItem]  # not tagged: about every kind
    medicines: list[ReviewedItem]


def pages_that_fit(*, hr_status: str, her2_status: str) -> FittingPages:
    """Articles and medicines for a subtype; "" (not sure) leaves that status open."""
    hr_values = [hr_status] if hr_status else list(HRStatus.values)
    her2_values = [her2_status] if her2_status else list(HER2Status.values)
    articles = list(
        ReviewedItem.objects.live().articles().select_related("live_revision").order_by("live_revision__title")
    )
    tagged, general = [], []
    for article in articles:
        tags = article.live_revision
        if not tags.hr_status and not tags.her2_status:
            general.append(article)
        elif (not tags.hr_status or set(tags.hr_status) & set(hr_values)) and (
            not tags.her2_status or set(tags.her2_status) & set(her2_values)
        ):
            tagged.append(article)
    medicines = [
        m for m in live_medicines()
        if (not m.live_revision.hr_status or set(m.live_revision.hr_status) & set(hr_values))
        and (not m.live_revision.her2_status or set(m.live_revision.her2_status) & set(her2_values))
    ]  # fmt: skip
    return FittingPages(tagged, general, medicines)


def glossary() -> list[ReviewedItem]:
    return list(
        ReviewedItem.objects.live().glossary_terms().select_related("live_revision").order_by("live_revision__title")
    )


def published_reviewers() -> list[ReviewerProfile]:
    """Verified reviewers, for the editorial policy."""
    return list(ReviewerProfile.objects.filter(credentials_verified_at__isnull=False).order_by("display_name"))


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


def item_feedback(item: ReviewedItem, limit: int = 50):
    """Readers' answers for an item, newest first, with the totals."""
    totals = Feedback.objects.filter(item=item).aggregate(
        yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False))
    )
    recent = list(Feedback.objects.filter(item=item).select_related("revision").order_by("-created_at")[:limit])
    return totals, recent


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
