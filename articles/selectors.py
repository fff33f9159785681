"""Reads. Public views use only the public selectors here, and those use only `live()` content.

Every public page costs a fixed number of queries, whatever the number of references, glossary
terms, related pages or versions (tests check 1 and 50).
"""

import datetime
import json
import re
from dataclasses import dataclass, field

from django.contrib.postgres.expressions import ArraySubquery
from django.core.paginator import Page, Paginator
from django.db.models import CharField, Count, Exists, F, JSONField, OuterRef, Q, Subquery, Value, Window
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import JSONObject
from django.db.models.lookups import Exact, IsNull
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from articles.models import (
    ENGLISH,
    TRANSLATION_LANGUAGES,
    Biomarker,
    ContentKind,
    DecisionOutcome,
    Feedback,
    HER2Status,
    HRStatus,
    ItemTranslation,
    LabelFlag,
    Reference,
    ReviewConfirmation,
    ReviewDecision,
    ReviewedItem,
    ReviewerProfile,
    Revision,
    RevisionStatus,
    Topic,
    page_url,
)
from articles.presentation import TOC_MIN_HEADINGS, GlossaryEntry, Heading, ReadingStats, decorate, reading_stats
from articles.services import MARKDOWN_FIELDS, REFERENCE_FIELDS
from portal.prepared import PreparedQuery

# The urgent help panel is shown on the articles of this topic and on the medicines whose (reviewed)
# type of medicine names one of these words: chemotherapy, and the antibody-drug conjugates, which
# carry a chemotherapy inside them and whose labels warn of the same low white-cell counts and fever.
CHEMOTHERAPY_TOPIC = "chemotherapy"
CHEMOTHERAPY_CLASS_WORDS = ("chemotherapy", "antibody-drug conjugate")
MENTIONED_LIMIT = 30  # a medicine page lists this many of the articles naming it, then a count
IN_TOPIC_LIMIT = 5  # "More about <topic>" at an article's end: this many, then a link to the topic
TOPIC_PAGE_SIZE = 50
HOME_ARTICLES_PER_TOPIC = 6
DUE_SOON_DAYS = 30  # the review queue and the admin lists show pages due within this many days


@dataclass(frozen=True)
class PageLink:
    url: str
    title: str
    lang: str = ""  # the title's language when it is not the page's (for its `lang` attribute), else ""


@dataclass(frozen=True)
class ReviewStamp:
    """Who last checked the page a patient reads, and when: its approval, or a later confirmation
    that the same version is still correct."""

    reviewer_name: str
    reviewer_credentials: str
    reviewed_at: datetime.datetime
    next_review_due: datetime.date | None


@dataclass(frozen=True)
class UrgentHelp:
    """The reviewed "get help now" panel: its live revision's text, rendered and sanitised."""

    title: str
    summary: SafeString
    body: SafeString
    reviewed_on: datetime.date | None
    sources: list[Reference] = field(default_factory=list)


@dataclass(frozen=True)
class PublicPage:
    """Everything a patient sees on a reviewed page, all from one revision (the live one)."""

    item: ReviewedItem
    revision: Revision
    approval: ReviewDecision | None  # None only in a staff preview of a version not yet approved
    references: list[Reference]
    related_medicines: list[PageLink]
    html: dict[str, SafeString]  # each Markdown field, with heading anchors and glossary links
    toc: list[Heading]
    stats: ReadingStats
    changes: list[ReviewDecision]  # approvals of this page, newest first: "Changes to this page"
    mentioned_in: list[PageLink] = field(default_factory=list)  # medicines: live articles naming them
    mentioned_total: int = 0
    mentioned_topics: list[str] = field(default_factory=list)  # the topics of those articles, by title
    previous: PageLink | None = None  # articles: neighbours in the topic
    next: PageLink | None = None
    label_changed_on: datetime.date | None = None  # an open label-change flag: the new label's date
    label_checked_on: datetime.date | None = None  # the label the approval was checked against
    confirmation: ReviewConfirmation | None = None  # the latest re-review of this version, if any
    urgent_help: UrgentHelp | None = None  # the live panel, if there is one
    is_chemotherapy: bool = False  # a chemotherapy article or medicine: the panel goes near the top
    in_topic: list[PageLink] = field(default_factory=list)  # articles: others in the topic, by title
    language: str = ENGLISH  # the language of the revision shown
    translation: "TranslationStatus | None" = None  # a translation: the English version it follows
    languages: list[str] = field(default_factory=lambda: [ENGLISH])  # the languages this page is live in
    topic_translated_title: str | None = None  # a translation: its topic's approved title in its language

    @property
    def topic_title(self) -> str:
        """The topic's title as this page shows it: in the page's language when approved, else English."""
        return self.topic_translated_title or (self.item.topic.title if self.item.topic else "")

    @property
    def topic_lang(self) -> str:
        """The `lang` attribute of the topic's title: "en" when it is the English one on a page in
        another language, else ""."""
        return ENGLISH if self.language != ENGLISH and not self.topic_translated_title else ""

    @property
    def language_alternates(self) -> list[tuple[str, str]]:
        """(language, address) of each public version of this page, for hreflang and the language switch."""
        return [(code, self.item.get_translated_url(code)) for code in self.languages]

    @property
    def topic_slugs(self) -> list[str]:
        """The topics whose support listings the page offers: an article's own; for a medicine, the
        topics of the articles naming it (chemotherapy first for a chemotherapy medicine)."""
        if self.item.kind == ContentKind.ARTICLE:
            return [self.item.topic.slug] if self.item.topic else []
        slugs = [CHEMOTHERAPY_TOPIC] if self.is_chemotherapy else []
        slugs += [slug for slug in self.mentioned_topics if slug]
        return list(dict.fromkeys(slugs))

    @property
    def show_toc(self) -> bool:
        return len(self.toc) >= TOC_MIN_HEADINGS

    @property
    def last_review(self) -> ReviewStamp | None:
        """The "Last reviewed" stamp: the latest confirmation of this version, else its approval."""
        latest = self.confirmation
        if latest is not None and (self.approval is None or latest.confirmed_at > self.approval.decided_at):
            return ReviewStamp(
                latest.reviewer_name, latest.reviewer_credentials, latest.confirmed_at, latest.next_review_due
            )
        if self.approval is None:
            return None
        approval = self.approval
        return ReviewStamp(
            approval.reviewer_name, approval.reviewer_credentials, approval.decided_at, approval.next_review_due
        )


@dataclass(frozen=True)
class TranslationStatus:
    """Where a translation stands against the English page (computed, so no job marks it).

    Out of date when the English revision it translates is no longer the live English one;
    "safety" out of date when a newer English approval was marked a safety change by its reviewer or
    closed a label-change flag: then the page says plainly that important safety information changed.
    """

    follows_number: int
    follows_approved_at: datetime.datetime | None  # when the English version it translates was approved
    english_url: str
    out_of_date: bool
    safety_changed: bool

    @property
    def follows_date(self) -> datetime.date | None:
        return timezone.localdate(self.follows_approved_at) if self.follows_approved_at else None


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


def _json_list(queryset, **fields):
    """A correlated subquery returning rows as a list of JSON objects, so that a page's lists
    (references, changes, links) arrive in the same row as the page itself."""
    return ArraySubquery(queryset.values(json=JSONObject(**fields)))


def _json_first(queryset, **fields):
    return Subquery(queryset.values(json=JSONObject(**fields))[:1])


def _row_json(model, prefix: str = "", exclude: tuple[str, ...] = ()):
    """The columns of `model` but `exclude`, reached through `prefix` ("live_revision__"), as one
    JSON object."""
    fields = [field.attname for field in model._meta.concrete_fields if field.attname not in exclude]
    return JSONObject(**{name: F(prefix + name) for name in fields})


_REFERENCE_COLUMNS = ("position", *REFERENCE_FIELDS)


def _live_pages(language: str):
    """Live pages in a language, and the paths from them to a page's kind, address, title and revision.

    English pages are items (their live revision); a translation's are its `ItemTranslation` rows.
    """
    if language == ENGLISH:
        return ReviewedItem.objects.live(), {"kind": "kind", "slug": "slug", "topic_id": "topic_id", "pk": "pk",
                                             "revision": "live_revision"}  # fmt: skip
    paths = {"kind": "item__kind", "slug": "item__slug", "topic_id": "item__topic_id", "pk": "item_id",
             "revision": "live_revision"}  # fmt: skip
    return ItemTranslation.objects.live(language), paths


def _page_json(
    *, item: str, revision: str, topic: str, item_id, revision_id, number, topic_id, title, slug, language=ENGLISH
):
    """One JSON object with everything a reviewed page shows, for the page's single query.

    `item`, `revision` and `topic` are the paths from the outer query's model to those rows ("" for
    the model itself); the keyword expressions (`OuterRef`s) name the item, the revision shown and
    its number, the item's topic, the title shown and the item's address.
    """
    # Links go to live pages in the page's own language (a Spanish page links to Spanish pages).
    live, p = _live_pages(language)
    kind, slug_path, title_path = p["kind"], p["slug"], "live_revision__title"
    live_medicines = live.filter(**{kind: ContentKind.MEDICINE})
    # Not the item itself: a staff preview may give it a new title. A page with no topic (every
    # medicine) has no neighbours: saying so first lets PostgreSQL skip the three lookups at once,
    # instead of walking every title to find none (12 ms of a medicine page at 5,000 articles).
    same_topic = {kind: ContentKind.ARTICLE, p["topic_id"]: topic_id}
    in_topic = live.filter(IsNull(topic_id, False), **same_topic).exclude(**{p["pk"]: item_id})
    # Neighbours by (title, address), the order of the topic page. Each walks the title index from
    # this title and stops at the first article of the topic, instead of ordering the whole topic;
    # the title comparison is written as a range the index can use (an OR around it is not).
    before = Q(live_revision__title__lte=title) & (Q(live_revision__title__lt=title) | Q(**{f"{slug_path}__lt": slug}))
    after = Q(live_revision__title__gte=title) & (Q(live_revision__title__gt=title) | Q(**{f"{slug_path}__gt": slug}))
    link = {"kind": F(kind), "slug": F(slug_path), "title": F(title_path)}
    mentioned = {"item__mentioned_in_revisions" if language != ENGLISH else "mentioned_in_revisions": revision_id}
    panel = live.filter(**{kind: ContentKind.URGENT_HELP})
    # A medicine's page lists the English articles naming it. Asked in this query, not in a second
    # one the ORM built on every request (3 ms of a cold medicine page); for any other page the
    # outer row's kind rules the lists out before they read anything.
    if language == ENGLISH:
        mentions = live.filter(Exact(OuterRef(f"{item}kind"), ContentKind.MEDICINE), kind=ContentKind.ARTICLE,
                               live_revision__related_medicines=item_id)  # fmt: skip
        by_title = mentions.order_by(title_path, "slug")[:MENTIONED_LIMIT]
        mentioned_in = _json_list(by_title, topic=F("topic__slug"), **link)
        mentioned_total = Subquery(mentions.order_by().values(kind).annotate(total=Count("pk")).values("total"))
    else:
        mentioned_in = mentioned_total = Value(None, output_field=JSONField())
    return JSONObject(
        mentioned_in=mentioned_in,
        mentioned_total=mentioned_total,
        item=_row_json(ReviewedItem, item),
        # Pages show the Markdown fields as stored rendered HTML: their source is not fetched.
        revision=_row_json(Revision, revision, exclude=MARKDOWN_FIELDS),
        topic=_row_json(Topic, topic),
        # A translation names its topic by the topic's approved title in its language, if there is one.
        topic_translated_title=Subquery(
            ItemTranslation.objects.live(language).filter(item_id=OuterRef(f"{topic}item_id"))
            .values("live_revision__title")[:1]
        ) if language != ENGLISH else Value(None, output_field=CharField()),
        references=_json_list(
            Reference.objects.filter(revision_id=revision_id).order_by("position"),
            **{name: F(name) for name in _REFERENCE_COLUMNS},
        ),
        medicines=_json_list(live_medicines.filter(**mentioned).order_by(slug_path), **link),
        changes=_json_list(
            ReviewDecision.objects.filter(
                revision__item_id=item_id, outcome=DecisionOutcome.APPROVED, revision__number__lte=number,
                revision__language=language,
            ).order_by("-decided_at"),
            decided_at=F("decided_at"), number=F("revision__number"), change_summary=F("revision__change_summary"),
        ),
        glossary=_json_list(
            live.filter(**{kind: ContentKind.GLOSSARY}).order_by(slug_path), aliases=F("live_revision__aliases"), **link
        ),
        confirmation=_json_first(
            ReviewConfirmation.objects.filter(revision_id=revision_id).order_by("-confirmed_at"),
            reviewer_name=F("reviewer_name"), reviewer_credentials=F("reviewer_credentials"),
            confirmed_at=F("confirmed_at"), next_review_due=F("next_review_due"),
        ),
        previous=_json_first(in_topic.filter(before).order_by("-live_revision__title", f"-{slug_path}"), **link),
        next=_json_first(in_topic.filter(after).order_by("live_revision__title", slug_path), **link),
        in_topic=_json_list(in_topic.order_by("live_revision__title", slug_path)[:IN_TOPIC_LIMIT], **link),
        # The label watch (articles/labels/): an open flag, and the label this version was checked against.
        label_flag=_json_first(
            LabelFlag.objects.open().filter(item_id=item_id).order_by("-snapshot__effective_date"),
            changed_on=F("snapshot__effective_date"),
        ),
        checked_label=_json_first(
            ReviewDecision.objects.filter(revision_id=revision_id, label_snapshot__isnull=False),
            effective_date=F("label_snapshot__effective_date"),
        ),
        urgent_help=_urgent_help_json(panel),
        # A page in another language whose panel is not translated yet still shows the English one:
        # where to get help is never left out.
        urgent_help_english=_urgent_help_json(
            ReviewedItem.objects.live().filter(kind=ContentKind.URGENT_HELP).exclude(pk__in=panel.values(p["pk"]))
            if language != ENGLISH else ReviewedItem.objects.none()
        ),
    )  # fmt: skip


def _urgent_help_json(panels):
    return _json_first(
        panels.order_by("pk"),
        title=F("live_revision__title"), reviewed_at=F("last_reviewed_at"),
        summary=KeyTextTransform("summary", "live_revision__rendered_html"),
        body=KeyTextTransform("body", "live_revision__rendered_html"),
        sources=_json_list(
            Reference.objects.filter(revision_id=OuterRef("live_revision_id")).order_by("position"),
            position=F("position"), title=F("title"), source=F("source"), url=F("url"),
        ),
    )  # fmt: skip


def _from_json(model, row: dict | None, **related):
    """A model instance from a JSON object of its field values (dates arrive as ISO strings)."""
    if row is None or all(value is None for value in row.values()):  # a LEFT JOIN that found nothing
        return None
    get_field = model._meta.get_field
    return model(**{name: get_field(name).to_python(value) for name, value in row.items()}, **related)


def _link_from_json(row: dict, language: str = ENGLISH) -> PageLink:
    """A link to a live page from a JSON row of its kind, address and title."""
    kind = ContentKind.ARTICLE if row["kind"] == ContentKind.ARTICLE else ContentKind.MEDICINE
    return PageLink(page_url(kind, row["slug"], language), row["title"])


def _date(row: dict | None, key: str) -> datetime.date | None:
    return datetime.date.fromisoformat(row[key]) if row else None


def _panel_citations(html: str | None) -> SafeString:
    """The panel's [1] marks point to the panel's own sources, not to the page's reference list."""
    return SafeString(re.sub(r'href="#ref-(\d+)"', r'href="#urgent-help-source-\1"', html or ""))


def _urgent_help(row: dict | None) -> UrgentHelp | None:
    if not row:
        return None
    reviewed_at = datetime.datetime.fromisoformat(row["reviewed_at"]) if row["reviewed_at"] else None
    return UrgentHelp(
        title=row["title"],
        # Stored as sanitised HTML when the revision was saved (articles.rendering), like every page's text.
        summary=_panel_citations(row["summary"]),
        body=_panel_citations(row["body"]),
        reviewed_on=timezone.localdate(reviewed_at) if reviewed_at else None,
        sources=[Reference(**source) for source in row["sources"] or []],
    )


def _is_chemotherapy(item: ReviewedItem, revision: Revision) -> bool:
    if item.kind == ContentKind.ARTICLE:
        return item.topic is not None and item.topic.slug == CHEMOTHERAPY_TOPIC
    if item.kind == ContentKind.MEDICINE:
        drug_class = revision.drug_class.lower()
        return any(word in drug_class for word in CHEMOTHERAPY_CLASS_WORDS)
    return False


def _glossary_entry(term: dict) -> GlossaryEntry:
    names = sorted({term["title"], *term["aliases"]}, key=len, reverse=True)  # longest first
    return GlossaryEntry(term["slug"], term["title"], tuple(names))


def _page(
    data: dict, approval: ReviewDecision | None = None, translation: TranslationStatus | None = None
) -> PublicPage:
    """The page from the JSON object of `_page_json` (the approval: the live one, or a preview's)."""
    topic = _from_json(Topic, data["topic"])
    item = _from_json(ReviewedItem, data["item"], topic=topic)
    revision = _from_json(Revision, data["revision"], item=item)
    language = revision.language
    if item.live_revision_id == revision.pk:
        item.live_revision = revision  # so that nothing fetches it again
    # A term's own page does not link to itself.
    glossary = [_glossary_entry(term) for term in data["glossary"] if term["slug"] != item.slug]
    html, toc = decorate({name: revision.rendered_html.get(name, "") for name in MARKDOWN_FIELDS}, glossary)
    if language != ENGLISH:  # its glossary links go to the glossary in its language
        glossary_url = page_url(ContentKind.GLOSSARY, "", language).rstrip("#")
        html = {
            name: SafeString(text.replace('href="/glossary/#', f'href="{glossary_url}#')) for name, text in html.items()
        }
    extra = {}
    if data["mentioned_in"]:
        extra["mentioned_in"] = [_link_from_json(row) for row in data["mentioned_in"]]
        extra["mentioned_topics"] = [row["topic"] for row in data["mentioned_in"]]
        extra["mentioned_total"] = data["mentioned_total"]
    elif item.kind == ContentKind.ARTICLE and item.topic_id:
        extra["previous"], extra["next"] = (
            _link_from_json(found, language) if found else None for found in (data["previous"], data["next"])
        )
        extra["in_topic"] = [_link_from_json(row, language) for row in data["in_topic"]]
    return PublicPage(
        item=item,
        revision=revision,
        approval=approval,
        references=[_from_json(Reference, row, revision=revision) for row in data["references"]],
        related_medicines=[_link_from_json(row, language) for row in data["medicines"]],
        html=html,
        toc=toc,
        stats=reading_stats(revision.word_count, revision.reading_grade),
        confirmation=_from_json(ReviewConfirmation, data["confirmation"]),
        changes=[
            _from_json(ReviewDecision, {"decided_at": row["decided_at"]},
                       revision=Revision(number=row["number"], change_summary=row["change_summary"]))
            for row in data["changes"]
        ],
        label_changed_on=_date(data["label_flag"], "changed_on"),
        label_checked_on=_date(data["checked_label"], "effective_date"),
        urgent_help=_urgent_help(data["urgent_help"] or data.get("urgent_help_english")),
        is_chemotherapy=_is_chemotherapy(item, revision),
        language=language,
        translation=translation,
        topic_translated_title=data.get("topic_translated_title"),
        **extra,
    )  # fmt: skip


# The live page of a kind and address, with its approval: the query behind every article and
# medicine page the page cache misses, so it is compiled and planned once (see portal.prepared).
_LIVE_PAGE = PreparedQuery(
    lambda kind, slug: ReviewedItem.objects.filter(kind=kind, slug=slug).values_list(
        _page_json(
            item="", revision="live_revision__", topic="topic__",
            item_id=OuterRef("pk"), revision_id=OuterRef("live_revision_id"), number=OuterRef("live_revision__number"),
            topic_id=OuterRef("topic_id"), title=OuterRef("live_revision__title"), slug=OuterRef("slug"),
        ),
        _row_json(ReviewDecision, "live_revision__decision__"),
        # The languages it is translated into (live translations), for hreflang alternates.
        ArraySubquery(
            ItemTranslation.objects.filter(item_id=OuterRef("pk"), live_revision__isnull=False)
            .order_by("language").values("language")
        ),
    ),
    kind="(kind)", slug="(slug)",
)  # fmt: skip


def live_page(*, kind: ContentKind, slug: str) -> PublicPage:
    """The live page of a kind and address: one query (two for a medicine's list of articles)."""
    row = _LIVE_PAGE.fetch_one(kind=str(kind), slug=slug)
    if row is None:
        raise Http404
    data, approval = (json.loads(value) for value in row[:2])
    if data["item"]["live_revision_id"] is None:
        item = _from_json(ReviewedItem, data["item"])
        if item.withdrawn_at is not None:
            withdrawn = (
                item.revisions.filter(language=ENGLISH, status=RevisionStatus.WITHDRAWN).order_by("-number").first()
            )
            raise PageWithdrawn(item, withdrawn.title if withdrawn else item.slug)
        raise Http404  # never approved: as far as the public knows, it does not exist
    page = _page(data, _from_json(ReviewDecision, approval))
    page.languages[:] = [ENGLISH, *row[2]]
    return page


def _safety_changed_since_translated():
    """For an `ItemTranslation` row: whether an English approval newer than the version its live
    translation follows (up to the live English one) was marked a safety change or closed a label flag."""
    newer_english = ReviewDecision.objects.filter(
        revision__item_id=OuterRef("item_id"), revision__language=ENGLISH, outcome=DecisionOutcome.APPROVED,
        revision__number__gt=OuterRef("live_revision__translation_of__number"),
        revision__number__lte=OuterRef("item__live_revision__number"),
    )  # fmt: skip
    return Exists(newer_english.filter(Q(safety_change=True) | Q(closed_label_flags__isnull=False)))


def _translation_status_json(language: str):
    """Where the live translation stands against the English page, from an `ItemTranslation` row."""
    translated = "live_revision__translation_of__"
    return JSONObject(
        translation_live_id=F("live_revision_id"),
        withdrawn_at=F("withdrawn_at"),
        follows_number=F(translated + "number"),
        follows_id=F("live_revision__translation_of_id"),
        follows_approved_at=Subquery(
            ReviewDecision.objects.filter(
                revision_id=OuterRef("live_revision__translation_of_id"), outcome=DecisionOutcome.APPROVED
            ).values("decided_at")[:1]
        ),
        english_live_id=F("item__live_revision_id"),
        safety_changed=_safety_changed_since_translated(),
    )


def _live_translation_query(language: str) -> PreparedQuery:
    return PreparedQuery(
        lambda kind, slug: ItemTranslation.objects.filter(language=language, item__kind=kind, item__slug=slug)
        .values_list(
            _page_json(
                item="item__", revision="live_revision__", topic="item__topic__",
                item_id=OuterRef("item_id"), revision_id=OuterRef("live_revision_id"),
                number=OuterRef("live_revision__number"), topic_id=OuterRef("item__topic_id"),
                title=OuterRef("live_revision__title"), slug=OuterRef("item__slug"), language=language,
            ),
            _row_json(ReviewDecision, "live_revision__decision__"),
            _translation_status_json(language),
        ),
        kind="(kind)", slug="(slug)",
    )  # fmt: skip


_LIVE_TRANSLATION = {language: _live_translation_query(language) for language in TRANSLATION_LANGUAGES}


def live_translation_page(*, kind: ContentKind, slug: str, language: str) -> PublicPage:
    """The live translation of a page in `language`, with where it stands against the English page:
    one query (like `live_page`). 404 if it was never approved; 410 if it (or its English page) was withdrawn."""
    if language not in _LIVE_TRANSLATION:
        raise Http404
    row = _LIVE_TRANSLATION[language].fetch_one(kind=str(kind), slug=slug)
    if row is None:
        raise Http404
    data, approval, status = (json.loads(value) if value else None for value in row)
    item = _from_json(ReviewedItem, data["item"])
    if status["translation_live_id"] is None or item.live_revision_id is None:
        if status["withdrawn_at"] is not None or item.withdrawn_at is not None:
            title = (
                Revision.objects.filter(item=item.pk, language=language, status=RevisionStatus.WITHDRAWN)
                .order_by("-number").values_list("title", flat=True).first()
            )  # fmt: skip
            if item.withdrawn_at is None:  # (a translation is withdrawn only with its English page)
                item.withdrawn_at = datetime.datetime.fromisoformat(status["withdrawn_at"])
            raise PageWithdrawn(item, title or item.slug)
        raise Http404
    follows = status["follows_approved_at"]
    translation = TranslationStatus(
        follows_number=status["follows_number"],
        follows_approved_at=datetime.datetime.fromisoformat(follows) if follows else None,
        english_url=item.get_absolute_url(),
        out_of_date=status["follows_id"] != status["english_live_id"],
        safety_changed=bool(status["safety_changed"]) and status["follows_id"] != status["english_live_id"],
    )
    page = _page(data, _from_json(ReviewDecision, approval), translation)
    page.languages[:] = [ENGLISH, language]
    return page


def preview_page(revision: Revision) -> PublicPage:
    """Any revision laid out exactly as patients would see it (staff preview; never public)."""
    data = (
        Revision.objects.filter(pk=revision.pk)
        .values_list(_page_json(
            item="item__", revision="", topic="item__topic__",
            item_id=OuterRef("item_id"), revision_id=OuterRef("pk"), number=OuterRef("number"),
            topic_id=OuterRef("item__topic_id"), title=OuterRef("title"), slug=OuterRef("item__slug"),
            language=revision.language,
        ), flat=True)
        .get()
    )  # fmt: skip
    approval = ReviewDecision.objects.filter(revision=revision, outcome=DecisionOutcome.APPROVED).first()
    return _page(data, approval)


@dataclass(frozen=True)
class ArticleCard:
    """An article as a topic page lists it: in the page's language when its translation there is
    approved (title, summary and that translation's review date, linking to the translated page),
    otherwise the English card, marked `lang="en"` on a page in another language."""

    url: str
    title: str
    summary_html: str
    reviewed_at: datetime.datetime | None
    is_sample: bool
    lang: str = ""  # "en" for an English card on a page in another language, else ""


@dataclass(frozen=True)
class TopicListing:
    topic: Topic
    # On the home page, links to the first few (PageLink); on the topic page, this page's articles.
    articles: list[PageLink] | list[ArticleCard]
    total: int = 0
    page: Page | None = None
    # The topic's approved translation in the page's language, if there is one: (title, summary).
    translated: tuple[str, str] | None = None
    language: str = ENGLISH  # the page's language

    @property
    def title(self) -> str:
        return self.translated[0] if self.translated else self.topic.title

    @property
    def summary(self) -> str:
        return self.translated[1] if self.translated else self.topic.summary

    @property
    def lang(self) -> str:
        """The `lang` attribute the title and summary need: "en" when they are the English text on
        a page in another language (so screen readers pronounce them in English), else ""."""
        return ENGLISH if self.language != ENGLISH and self.translated is None else ""


def _translated_text(row: dict | None) -> tuple[str, str] | None:
    return (row["title"], row["summary"]) if row else None


def _topic_translation(language: str):
    """For a `Topic` row: its approved translation's title and summary in `language`, as one JSON object."""
    return _json_first(
        ItemTranslation.objects.live(language).filter(item_id=OuterRef("item_id")),
        title=F("live_revision__title"), summary=F("live_revision__summary"),
    )  # fmt: skip


def _with_translation(articles, language: str):
    """Live articles with the title of their approved translation in `language` (`translated_title`,
    None without one), ordered for a page in that language: the translated pages first, by their
    translated title, then the others by their English title (the order of the translated pages' own
    previous and next links). Each lookup is one row of the (item, language) index."""
    translation = ItemTranslation.objects.live(language).filter(item_id=OuterRef("pk"))
    return articles.annotate(
        translated_title=Subquery(translation.values("live_revision__title")[:1]),
    ).order_by(F("translated_title").asc(nulls_last=True), "live_revision__title", "slug")


def _translation_card_json(language: str):
    """For an article row: its approved translation's rendered summary and review date, as one JSON object."""
    return _json_first(
        ItemTranslation.objects.live(language).filter(item_id=OuterRef("pk")),
        summary_html=KeyTextTransform("summary", "live_revision__rendered_html"),
        reviewed_at=F("last_reviewed_at"),
    )


def _topics_with_first_articles(language: str = ENGLISH):
    in_topic = ReviewedItem.objects.live().articles().filter(topic_id=OuterRef("pk"))
    if language == ENGLISH:
        first = in_topic.order_by("live_revision__title", "slug")
        text = Value(None, output_field=JSONField())
    else:
        first = _with_translation(in_topic, language)
        text = _topic_translation(language)
    return Topic.objects.values_list(
        _row_json(Topic),
        _json_list(
            first[:HOME_ARTICLES_PER_TOPIC],
            kind=F("kind"), slug=F("slug"), title=F("live_revision__title"),
            **({} if language == ENGLISH else {"translated_title": F("translated_title")}),
        ),
        Subquery(in_topic.order_by().values("topic_id").annotate(total=Count("pk")).values("total")),
        text,
    )  # fmt: skip


# The home page's and the topics page's query in each language, compiled and planned once (see portal.prepared).
_TOPICS_WITH_FIRST_ARTICLES = {
    language: PreparedQuery(lambda language=language: _topics_with_first_articles(language))
    for language in (ENGLISH, *TRANSLATION_LANGUAGES)
}


def _home_link(row: dict, language: str) -> PageLink:
    """A link to an article in a page's language: its translated title and page when approved, else the English."""
    if row.get("translated_title"):
        return PageLink(page_url(ContentKind.ARTICLE, row["slug"], language), row["translated_title"])
    link = _link_from_json(row)
    return PageLink(link.url, link.title, lang=ENGLISH if language != ENGLISH else "")


def topics_with_live_articles(language: str = ENGLISH) -> list[TopicListing]:
    """Topics in order, each with its first few live articles by title and how many there are; in
    another language, the topic's approved translation and each article's where there is one.

    One query: for each topic the database walks the title index until it has found the first
    few, and counts the topic's articles from its own index, rather than ranking every article.
    """
    if language not in _TOPICS_WITH_FIRST_ARTICLES:
        language = ENGLISH
    listings = []
    for topic, first, total, text in _TOPICS_WITH_FIRST_ARTICLES[language].fetch_all():
        # A JSON array column arrives as a list of JSON texts; a JSON column as text.
        links = [_home_link(json.loads(row), language) for row in first]
        translated = _translated_text(json.loads(text) if isinstance(text, str) else text)
        listings.append(
            TopicListing(_from_json(Topic, json.loads(topic)), links, total=total or 0, translated=translated,
                         language=language)
        )  # fmt: skip
    return listings


# The summary as reviewed and rendered, without fetching the rendered body beside it.
_RENDERED_SUMMARY = KeyTextTransform("summary", "live_revision__rendered_html")


def topic_page(slug: str, page_number: str | int | None = 1, language: str = ENGLISH) -> TopicListing:
    """A topic with one page of its live articles (title, summary, review date); in another language,
    the topic's approved translation and each article's card in that language where one is approved."""
    if language != ENGLISH and language not in TRANSLATION_LANGUAGES:
        raise Http404
    topics = Topic.objects.filter(slug=slug)
    if language != ENGLISH:
        topics = topics.annotate(translated_text=_topic_translation(language))
    topic = topics.first()
    if topic is None:
        withdrawn = ReviewedItem.objects.topics().filter(slug=slug, live_revision=None, withdrawn_at__isnull=False)
        item = withdrawn.first()
        if item is None:
            raise Http404
        title = (
            item.revisions.filter(language=ENGLISH, status=RevisionStatus.WITHDRAWN)
            .values_list("title", flat=True).first()
        )  # fmt: skip
        raise PageWithdrawn(item, title or item.slug)
    translated = _translated_text(getattr(topic, "translated_text", None))
    return _topic_listing(topic, page_number, language=language, translated=translated)


def preview_topic(revision: Revision) -> TopicListing:
    """A topic revision laid out as readers would see it, over the topic's live pages (staff only); a
    translation, over those pages as readers in its language see them."""
    item = revision.item
    published = Topic.objects.filter(item=item).first()
    if revision.language != ENGLISH:
        topic = published or Topic(item=item, slug=item.slug, title=item.slug)
        return _topic_listing(topic, 1, language=revision.language, translated=(revision.title, revision.summary))
    topic = Topic(item=item, slug=item.slug, title=revision.title, summary=revision.summary)
    if published is not None:
        topic.pk = published.pk  # its live articles, listed under the new text
    return _topic_listing(topic, 1)


def _english_card(item: ReviewedItem, language: str) -> ArticleCard:
    return ArticleCard(
        url=item.get_absolute_url(), title=item.live_revision.title, summary_html=item.summary_html,
        reviewed_at=item.last_reviewed_at, is_sample=item.is_sample, lang=ENGLISH if language != ENGLISH else "",
    )  # fmt: skip


def _card(item: ReviewedItem, language: str) -> ArticleCard:
    if language == ENGLISH or item.translated_title is None:
        return _english_card(item, language)
    translated = json.loads(item.translated) if isinstance(item.translated, str) else item.translated
    reviewed_at = translated["reviewed_at"]
    return ArticleCard(
        url=page_url(ContentKind.ARTICLE, item.slug, language), title=item.translated_title,
        summary_html=translated["summary_html"] or "", is_sample=item.is_sample,
        reviewed_at=datetime.datetime.fromisoformat(reviewed_at) if reviewed_at else None,
    )  # fmt: skip


def _topic_listing(
    topic: Topic, page_number, language: str = ENGLISH, translated: tuple[str, str] | None = None
) -> TopicListing:
    articles = (
        ReviewedItem.objects.live().articles().filter(topic_id=topic.pk).select_related("live_revision")
        .only(*LINK_FIELDS).annotate(summary_html=_RENDERED_SUMMARY)
    )  # fmt: skip
    if language == ENGLISH:
        articles = articles.order_by("live_revision__title", "slug")
    else:
        articles = _with_translation(articles, language).annotate(translated=_translation_card_json(language))
    page = Paginator(articles, TOPIC_PAGE_SIZE).get_page(page_number)
    cards = [_card(item, language) for item in page.object_list]
    return TopicListing(topic, cards, total=page.paginator.count, page=page, translated=translated, language=language)


# A medicine whose breast-cancer use was withdrawn keeps its page, but is not one used today.
_USED_TODAY = Q(live_revision__breast_cancer_use_withdrawn_on__isnull=True)


def live_medicines(
    *, hr_status: str = "", her2_status: str = "", drug_class: str = "", biomarker: str = ""
) -> list[ReviewedItem]:
    """Live medicine summaries used for breast cancer today, optionally only those whose label covers a
    subtype or class, or names a biomarker.

    A medicine whose label does not restrict by a status (empty tag list) fits every value of it; a
    biomarker is different: only the medicines whose label's approved uses name it are shown.
    """
    medicines = (
        ReviewedItem.objects.live().medicines().filter(_USED_TODAY).select_related("live_revision")
        .only(*LINK_FIELDS, "live_revision__drug_class", "live_revision__hr_status", "live_revision__her2_status",
              "live_revision__biomarkers")
        .annotate(summary_html=_RENDERED_SUMMARY)
    )  # fmt: skip
    if hr_status:
        medicines = medicines.filter(Q(live_revision__hr_status__contains=[hr_status]) | Q(live_revision__hr_status=[]))
    if her2_status:
        medicines = medicines.filter(
            Q(live_revision__her2_status__contains=[her2_status]) | Q(live_revision__her2_status=[])
        )
    if drug_class:
        medicines = medicines.filter(live_revision__drug_class=drug_class)
    if biomarker:
        medicines = medicines.filter(live_revision__biomarkers__contains=[biomarker])
    return list(medicines.order_by("live_revision__title"))


@dataclass(frozen=True)
class MedicinesForSubtype:
    """The medicines a subtype filter shows, in two honest groups."""

    made_for: list[ReviewedItem]  # the label names the chosen status (HER2-targeted for HER2-positive)
    any_subtype: list[ReviewedItem]  # the label does not limit it by the chosen statuses


def group_by_subtype(
    medicines: list[ReviewedItem], *, hr_status: str = "", her2_status: str = ""
) -> MedicinesForSubtype:
    """Split a filtered list so a reader choosing HER2-positive sees the medicines made for it first,
    not aromatase inhibitors that fit only because their label says nothing about HER2. Those that name
    more of the chosen statuses come first; the order is otherwise kept."""

    def named(medicine: ReviewedItem) -> int:
        revision = medicine.live_revision
        return (bool(hr_status) and hr_status in revision.hr_status) + (
            bool(her2_status) and her2_status in revision.her2_status
        )

    made_for = sorted((m for m in medicines if named(m)), key=named, reverse=True)
    return MedicinesForSubtype(made_for, [m for m in medicines if not named(m)])


def drug_classes() -> list[str]:
    """The types of the medicines used today (a withdrawn use's class is not offered unless another has it)."""
    return list(
        ReviewedItem.objects.live().medicines().filter(_USED_TODAY).exclude(live_revision__drug_class="")
        .order_by("live_revision__drug_class").values_list("live_revision__drug_class", flat=True).distinct()
    )  # fmt: skip


@dataclass(frozen=True)
class FittingPages:
    articles_for_subtype: list[ReviewedItem]  # tagged with the chosen statuses: one page of them
    articles_for_everyone: list[ReviewedItem]  # not tagged: about every kind (the first FIT_EVERYONE_LIMIT)
    medicines: list[ReviewedItem]
    biomarker: str = ""  # the chosen test result, "" when not tested or not known
    # Of `medicines`, those whose label's approved uses name the chosen biomarker.
    medicines_for_biomarker: list[ReviewedItem] = field(default_factory=list)
    subtype_page: Page | None = None  # the page of `articles_for_subtype`, for the page links
    everyone_total: int = 0  # how many articles are for everyone, of which the first few are listed

    @property
    def biomarker_label(self) -> str:
        return Biomarker(self.biomarker).label if self.biomarker else ""

    @property
    def everyone_more(self) -> int:
        return max(self.everyone_total - len(self.articles_for_everyone), 0)


# A site with thousands of articles must not list them all on one page (the list grows with the site).
FIT_PAGE_SIZE = 50
FIT_EVERYONE_LIMIT = 20
_UNTAGGED = Q(live_revision__hr_status=[]) & Q(live_revision__her2_status=[])


def pages_that_fit(*, hr_status: str, her2_status: str, biomarker: str = "", page_number=1) -> FittingPages:
    """Articles and medicines for a subtype; "" (not sure) leaves that status open. A biomarker does not
    narrow the lists (a medicine may fit without one): it picks out the medicines whose label names it.
    The articles are chosen in the database, a page at a time: four queries whatever the site's size."""
    hr_values = [hr_status] if hr_status else list(HRStatus.values)
    her2_values = [her2_status] if her2_status else list(HER2Status.values)
    articles = _linkable(ReviewedItem.objects.live().articles()).order_by("live_revision__title", "slug")
    fits = (Q(live_revision__hr_status=[]) | Q(live_revision__hr_status__overlap=hr_values)) & (
        Q(live_revision__her2_status=[]) | Q(live_revision__her2_status__overlap=her2_values)
    )
    subtype_page = Paginator(articles.filter(fits).exclude(_UNTAGGED), FIT_PAGE_SIZE).get_page(page_number)
    general = list(articles.filter(_UNTAGGED).annotate(total=Window(Count("pk")))[:FIT_EVERYONE_LIMIT])
    medicines = [
        m for m in live_medicines()
        if (not m.live_revision.hr_status or set(m.live_revision.hr_status) & set(hr_values))
        and (not m.live_revision.her2_status or set(m.live_revision.her2_status) & set(her2_values))
    ]  # fmt: skip
    named = [m for m in medicines if biomarker and biomarker in m.live_revision.biomarkers]
    return FittingPages(
        list(subtype_page.object_list), general, medicines, biomarker=biomarker, medicines_for_biomarker=named,
        subtype_page=subtype_page, everyone_total=general[0].total if general else 0,
    )  # fmt: skip


@dataclass(frozen=True)
class GlossaryDefinition:
    """A term as the glossary shows it: the definition, its sources and when it was last checked.
    Its other names and misspellings only help search and linking: readers do not see them."""

    slug: str
    term: str
    definition: SafeString
    references: list[Reference]
    reviewed_on: datetime.date | None
    is_sample: bool


def _glossary_definition(item: ReviewedItem) -> GlossaryDefinition:
    # Every definition cites its own [1]: on one page the marks must point to that term's sources.
    html = re.sub(
        r'href="#ref-(\d+)"', rf'href="#{item.slug}-ref-\1"', item.live_revision.rendered_html.get("summary", "")
    )
    return GlossaryDefinition(
        slug=item.slug,
        term=item.live_revision.title,
        definition=SafeString(html),  # sanitised when the revision was saved (articles.rendering)
        references=[_from_json(Reference, row) for row in item.reference_rows],
        reviewed_on=timezone.localdate(item.last_reviewed_at) if item.last_reviewed_at else None,
        is_sample=item.is_sample,
    )  # fmt: skip


def glossary() -> list[GlossaryDefinition]:
    """The live definitions by term, each with its references, in one query."""
    terms = (
        _linkable(ReviewedItem.objects.live().glossary_terms())
        .only(*LINK_FIELDS, "live_revision__rendered_html")
        .annotate(reference_rows=_json_list(
            Reference.objects.filter(revision_id=OuterRef("live_revision_id")).order_by("position"),
            **{name: F(name) for name in _REFERENCE_COLUMNS},
        ))
        .order_by("live_revision__title")
    )  # fmt: skip
    return [_glossary_definition(item) for item in terms]


# The glossary entry that explains each subtype and biomarker choice of the medicines filter and of "which pages
# fit me" (issue 21: every choice has one), and the entry for a field as a whole.
CHOICE_GLOSSARY: dict[str, dict[str, str]] = {
    "hr_status": {HRStatus.POSITIVE: "hormone-receptor-status", HRStatus.NEGATIVE: "hormone-receptor-negative"},
    "her2_status": {
        HER2Status.POSITIVE: "her2-positive", HER2Status.LOW: "her2-low", HER2Status.ULTRALOW: "her2-ultralow",
        HER2Status.ZERO: "her2-zero",
    },
    "biomarker": {
        Biomarker.ESR1: "esr1-mutation", Biomarker.PIK3CA_AKT1_PTEN: "pik3ca-mutation",
        Biomarker.GBRCA: "brca-mutation", Biomarker.PDL1: "pd-l1",
    },
}  # fmt: skip
FIELD_GLOSSARY = {"biomarker": "biomarker"}
_FIELD_TEXT = {"biomarker": _("Biomarker")}
_CHOICES = {"hr_status": HRStatus, "her2_status": HER2Status, "biomarker": Biomarker}


@dataclass(frozen=True)
class GlossaryLink:
    text: str  # the word as the filter shows it
    url: str


def filter_glossary_links() -> dict[str, list[GlossaryLink]]:
    """For each filter field, links to the live glossary entries that explain it and its choices, in the
    choices' order (one query). A choice whose entry is not published gets no link: never a dead end."""
    wanted = {*FIELD_GLOSSARY.values(), *(slug for choices in CHOICE_GLOSSARY.values() for slug in choices.values())}
    live = set(ReviewedItem.objects.live().glossary_terms().filter(slug__in=wanted).values_list("slug", flat=True))
    glossary_url = reverse("glossary")
    links: dict[str, list[GlossaryLink]] = {}
    for name, choices in CHOICE_GLOSSARY.items():
        entries = [(_CHOICES[name](value).label, slug) for value, slug in choices.items()]
        if name in FIELD_GLOSSARY:
            entries.insert(0, (_FIELD_TEXT[name], FIELD_GLOSSARY[name]))
        links[name] = [GlossaryLink(str(text), f"{glossary_url}#{slug}") for text, slug in entries if slug in live]
    return links


def translated_glossary(language: str) -> list[GlossaryDefinition]:
    """The live translated definitions by term (in `language`), each with its references, in one query."""
    rows = (
        ItemTranslation.objects.live(language).filter(item__kind=ContentKind.GLOSSARY)
        .select_related("item", "live_revision")
        .annotate(reference_rows=_json_list(
            Reference.objects.filter(revision_id=OuterRef("live_revision_id")).order_by("position"),
            **{name: F(name) for name in _REFERENCE_COLUMNS},
        ))
        .order_by("live_revision__title")
    )  # fmt: skip
    definitions = []
    for row in rows:
        item = row.item
        item.live_revision, item.last_reviewed_at, item.reference_rows = (
            row.live_revision,
            row.last_reviewed_at,
            row.reference_rows,
        )
        definitions.append(_glossary_definition(item))
    return definitions


def published_reviewers() -> list[ReviewerProfile]:
    """Verified reviewers, for the editorial policy."""
    return list(ReviewerProfile.objects.filter(credentials_verified_at__isnull=False).order_by("display_name"))


# --- The reviewer workspace (staff only) -----------------------------------------------------------


@dataclass(frozen=True)
class ReviewQueue:
    overdue: list[ReviewedItem]  # live pages past their review date
    waiting: list[Revision]  # in review: pages overdue first, then oldest submission first
    mine: list[Revision]  # the user's drafts, versions sent back to them and versions they pulled back
    due_soon: list[ReviewedItem] = field(default_factory=list)  # live pages due within DUE_SOON_DAYS


def review_queue(user) -> ReviewQueue:
    today = timezone.localdate()
    due = list(
        ReviewedItem.objects.live()
        .filter(next_review_due__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))
        .select_related("live_revision").order_by("next_review_due")
    )  # fmt: skip
    overdue = [item for item in due if item.next_review_due < today]
    due_soon = [item for item in due if item.next_review_due >= today]
    waiting = sorted(
        # References and topic too: the queue shows each version's editorial findings.
        Revision.objects.filter(status=RevisionStatus.IN_REVIEW)
        .select_related("item__topic", "author")
        .prefetch_related("references"),
        key=lambda r: (not r.item.is_review_overdue, r.submitted_at),
    )
    mine = list(
        Revision.objects.filter(
            author=user,
            status__in=[RevisionStatus.DRAFT, RevisionStatus.CHANGES_REQUESTED, RevisionStatus.PULLED_BACK],
        )
        .select_related("item", "decision")
        .order_by("-created_at")
    )
    return ReviewQueue(overdue=overdue, waiting=waiting, mine=mine, due_soon=due_soon)


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


@dataclass(frozen=True)
class TranslationToUpdate:
    """A live translation that follows an older English version than the live one (translator's queue)."""

    translation: ItemTranslation
    follows: Revision  # the English version it translates
    english: Revision  # the live English version
    safety_changed: bool


def translations_to_update(language: str) -> list[TranslationToUpdate]:
    """Live translations behind their English page: safety changes first, then the longest behind."""
    rows = (
        ItemTranslation.objects.live(language)
        .exclude(live_revision__translation_of_id=F("item__live_revision_id"))
        .select_related("item", "live_revision__translation_of", "item__live_revision")
        .annotate(safety_changed=_safety_changed_since_translated())
    )
    found = [
        TranslationToUpdate(row, row.live_revision.translation_of, row.item.live_revision, row.safety_changed)
        for row in rows
    ]
    return sorted(found, key=lambda entry: (not entry.safety_changed, entry.follows.created_at))


def live_revision_in(item: ReviewedItem, language: str) -> Revision | None:
    """The revision patients see of `item` in `language` (English: the item's live revision)."""
    if language == ENGLISH:
        return item.revisions.filter(pk=item.live_revision_id).first() if item.live_revision_id else None
    translation = ItemTranslation.objects.filter(item=item, language=language).select_related("live_revision").first()
    return translation.live_revision if translation else None


def diff_baseline(revision: Revision) -> Revision | None:
    """What a reviewer compares a revision with: the live version in its language or, for the live
    version itself, the version it replaced. None means a new page (or a first translation)."""
    item = revision.item
    live = live_revision_in(item, revision.language)
    if live is not None and live.pk != revision.pk:
        return live
    return (
        item.revisions.filter(language=revision.language, number__lt=revision.number, decision__outcome="approved")
        .order_by("-number").first()
    )  # fmt: skip


def medicine_slugs(revision: Revision | None) -> list[str]:
    if revision is None:
        return []
    return sorted(ReviewedItem.objects.filter(mentioned_in_revisions=revision).values_list("slug", flat=True))


def item_confirmations(item: ReviewedItem) -> list[ReviewConfirmation]:
    """Every "reviewed again, still correct" of an item, newest first."""
    return list(item.review_confirmations.select_related("revision").order_by("-confirmed_at"))


def has_live_sample_content() -> bool:
    """Whether any public page is sample content (the home page then says so at the top)."""
    return ReviewedItem.objects.live().filter(is_sample=True).exists()
