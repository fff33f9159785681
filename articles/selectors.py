"""Reads. Public views use only the public selectors here, and those use only `live()` content.

Every public page costs a fixed number of queries, whatever the number of references, glossary
terms, related pages or versions (tests check 1 and 50).
"""

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, F, Q, Window
from django.db.models.functions import Lag, Lead, RowNumber
from django.http import Http404
from django.urls import reverse
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

MENTIONED_LIMIT = 30  # a medicine page lists this many of the articles naming it, then a count
TOPIC_PAGE_SIZE = 50
HOME_ARTICLES_PER_TOPIC = 6


@dataclass(frozen=True)
class PageLink:
    url: str
    title: str


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
    mentioned_total: int = 0
    previous: PageLink | None = None  # articles: neighbours in the topic
    next: PageLink | None = None

    @property
    def show_toc(self) -> bool:
        return len(self.toc) >= TOC_MIN_HEADINGS


class PageWithdrawn(Exception):  # noqa: N818 - it is an outcome, not an error
    """The page was published and has been withdrawn: it answers 410 Gone."""

    def __init__(self, item: ReviewedItem, title: str):
        super().__init__(item.slug)
        self.item = item
        self.title = title


# What a link to a page needs: never the bodies (a listing of 500 pages would load megabytes).
LINK_FIELDS = ("kind", "slug", "topic", "is_sample", "last_reviewed_at", "live_revision__title")


def _linkable(queryset):
    return queryset.select_related("live_revision").only(*LINK_FIELDS)


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
        _linkable(
            ReviewedItem.objects.live().filter(kind=ContentKind.MEDICINE, mentioned_in_revisions=revision)
        ).order_by("slug")
    )
    entries = [entry for entry in glossary_entries() if entry.slug != item.slug]
    html, toc = decorate({name: revision.rendered_html.get(name, "") for name in MARKDOWN_FIELDS}, entries)
    changes = list(
        ReviewDecision.objects.filter(
            revision__item=item, outcome=DecisionOutcome.APPROVED, revision__number__lte=revision.number
        )
        .select_related("revision")
        .only("decided_at", "revision__number", "revision__change_summary")
        .order_by("-decided_at")
    )
    extra = {}
    if item.kind == ContentKind.MEDICINE:
        mentioned = list(
            _linkable(ReviewedItem.objects.live().articles().filter(live_revision__related_medicines=item))
            .annotate(total=Window(Count("pk")))
            .order_by("live_revision__title")[:MENTIONED_LIMIT]
        )
        extra["mentioned_in"] = mentioned
        extra["mentioned_total"] = mentioned[0].total if mentioned else 0
    elif item.kind == ContentKind.ARTICLE and item.topic_id:
        extra["previous"], extra["next"] = _neighbours_in_topic(item)
    return PublicPage(
        item=item,
        revision=revision,
        approval=approval,
        references=list(revision.references.all()),
        related_medicines=related,
        html=html,
        toc=toc,
        stats=reading_stats(revision.word_count, revision.reading_grade),
        changes=changes,
        **extra,
    )


def _neighbours_in_topic(item: ReviewedItem) -> tuple[PageLink | None, PageLink | None]:
    """The articles before and after this one in its topic, by title: one query that returns one
    row, however many articles the topic has (the database orders them and looks either side)."""
    order = [F("live_revision__title").asc(), F("slug").asc()]
    in_topic = (
        ReviewedItem.objects.live().articles().filter(topic_id=item.topic_id)
        .annotate(
            previous_slug=Window(Lag("slug"), order_by=order),
            previous_title=Window(Lag("live_revision__title"), order_by=order),
            next_slug=Window(Lead("slug"), order_by=order),
            next_title=Window(Lead("live_revision__title"), order_by=order),
        )
        .values("slug", "previous_slug", "previous_title", "next_slug", "next_title")
    )  # fmt: skip
    # The window must see the whole topic, so this page's row is picked out around it.
    inner, params = in_topic.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT previous_slug, previous_title, next_slug, next_title FROM ({inner}) AS t WHERE t.slug = %s",  # noqa: S608 - the ORM wrote `inner`; values are parameters
            [*params, item.slug],
        )
        row = cursor.fetchone()
    if row is None:
        return None, None
    previous_slug, previous_title, next_slug, next_title = row

    def link(slug, title):
        return PageLink(reverse("article_detail", args=[slug]), title) if slug else None

    return link(previous_slug, previous_title), link(next_slug, next_title)


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
    articles: list[ReviewedItem]  # on the home page: the first few; on the topic page: this page's
    total: int = 0
    page: Page | None = None


def topics_with_live_articles() -> list[TopicListing]:
    """Topics in order, each with its first few live articles and how many there are (two queries)."""
    by_title = F("live_revision__title").asc()
    rows = (
        _linkable(ReviewedItem.objects.live().articles())
        .annotate(
            rank=Window(RowNumber(), partition_by=F("topic_id"), order_by=by_title),
            in_topic=Window(Count("pk"), partition_by=F("topic_id")),
        )
        .filter(rank__lte=HOME_ARTICLES_PER_TOPIC)
        .order_by("topic_id", "rank")
    )
    articles_by_topic: dict[int, list[ReviewedItem]] = {}
    for article in rows:
        articles_by_topic.setdefault(article.topic_id, []).append(article)
    return [
        TopicListing(topic, found, total=found[0].in_topic if found else 0)
        for topic in Topic.objects.all()
        for found in [articles_by_topic.get(topic.pk, [])]
    ]


def topic_page(slug: str, page_number: str | int | None = 1) -> TopicListing:
    """A topic with one page of its live articles (title, summary, review date)."""
    topic = Topic.objects.filter(slug=slug).first()
    if topic is None:
        raise Http404
    articles = (
        ReviewedItem.objects.live().articles().filter(topic=topic).select_related("live_revision")
        .only(*LINK_FIELDS, "live_revision__summary").order_by("live_revision__title")
    )  # fmt: skip
    page = Paginator(articles, TOPIC_PAGE_SIZE).get_page(page_number)
    return TopicListing(topic, list(page.object_list), total=page.paginator.count, page=page)


def live_medicines(*, hr_status: str = "", her2_status: str = "", drug_class: str = "") -> list[ReviewedItem]:
    """Live medicine summaries, optionally only those whose label covers a subtype or class.

    A medicine whose label does not restrict by a status (empty tag list) fits every value of it.
    """
    medicines = (
        ReviewedItem.objects.live().medicines().select_related("live_revision")
        .only(*LINK_FIELDS, "live_revision__drug_class", "live_revision__summary", "live_revision__hr_status",
              "live_revision__her2_status")
    )  # fmt: skip
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
        _linkable(ReviewedItem.objects.live().articles())
        .only(*LINK_FIELDS, "live_revision__hr_status", "live_revision__her2_status")
        .order_by("live_revision__title")
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
        _linkable(ReviewedItem.objects.live().glossary_terms())
        .only(*LINK_FIELDS, "live_revision__aliases", "live_revision__rendered_html")
        .order_by("live_revision__title")
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
        # References and topic too: the queue shows each version's editorial findings.
        Revision.objects.filter(status=RevisionStatus.IN_REVIEW)
        .select_related("item__topic", "author")
        .prefetch_related("references"),
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
