"""Reviewed medical content: topics, items (articles, medicine summaries, glossary terms, topic texts),
their revisions, references and review decisions, and the clinical reviewers' profiles.

One table holds every reviewed item and one every revision, whatever the kind, so the workflow
rules (services and database triggers alike) are written once. `Article`, `TherapySummary` and
`GlossaryTerm` (and their revision counterparts) are proxies that give each kind its own name,
admin and default filter.

Revisions are write-once: each save of a draft inserts a new revision, and only the workflow
columns (`status`, `submitted_at`) ever change afterwards, along the transitions the database
allows. Patients see an item only through `live_revision`, which the database lets point only at
an approved revision of that item.
"""

import pgtrigger
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator, URLValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

# The label watch's models live in their own package; imported here so Django finds them.
from articles.labels.models import LabelFlag, LabelSnapshot, setid_validator  # noqa: F401
from portal.audit import audited

http_url_validator = URLValidator(schemes=["http", "https"], message=_("Enter a web address starting with https://."))
doi_validator = RegexValidator(
    r"^10\.\d{4,9}/\S+$", _("Enter a DOI such as 10.1000/xyz123 (without https://doi.org/).")
)
pmid_validator = RegexValidator(r"^[1-9]\d{0,8}$", _("Enter a PubMed ID: digits only."))
next_url_validator = RegexValidator(
    r"^(/[^\s]*|https?://[^\s]+)$", _("Enter a path on this site (starting with /) or an https:// address.")
)


# Every insert, update and delete, however made (admin, bulk update, raw SQL), lands in the audit
# trail with the acting user from the request or the service's context.
class ContentKind(models.TextChoices):
    ARTICLE = "article", _("Article")
    MEDICINE = "medicine", _("Medicine summary")
    GLOSSARY = "glossary", _("Glossary term")
    TOPIC = "topic", _("Topic")
    # The one "get help now" panel shown on chemotherapy pages and beside serious side effects.
    URGENT_HELP = "urgent_help", _("Urgent help panel")


class RevisionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved (live)")
    SUPERSEDED = "superseded", _("Superseded")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    # The author took a submission back before any decision; their next edit makes a new draft.
    PULLED_BACK = "pulled_back", _("Pulled back by the author")


# The only status changes the database accepts.
REVISION_TRANSITIONS = [
    (RevisionStatus.DRAFT, RevisionStatus.IN_REVIEW),
    (RevisionStatus.IN_REVIEW, RevisionStatus.APPROVED),
    (RevisionStatus.IN_REVIEW, RevisionStatus.CHANGES_REQUESTED),
    (RevisionStatus.IN_REVIEW, RevisionStatus.PULLED_BACK),
    (RevisionStatus.APPROVED, RevisionStatus.SUPERSEDED),
    (RevisionStatus.APPROVED, RevisionStatus.WITHDRAWN),
]


class HRStatus(models.TextChoices):
    POSITIVE = "positive", _("Hormone receptor positive (HR+)")
    NEGATIVE = "negative", _("Hormone receptor negative (HR−)")


class HER2Status(models.TextChoices):
    POSITIVE = "positive", _("HER2-positive")
    LOW = "low", _("HER2-low")
    ULTRALOW = "ultralow", _("HER2-ultralow")
    ZERO = "zero", _("HER2-zero")


class Route(models.TextChoices):
    IV = "iv", _("Drip into a vein (intravenous)")
    ORAL = "oral", _("By mouth")
    SUBCUTANEOUS = "subcutaneous", _("Injection under the skin")
    INTRAMUSCULAR = "intramuscular", _("Injection into a muscle")


class Biomarker(models.TextChoices):
    """Test results a label's approved breast-cancer uses can require (DESIGN.md); HER2-low is a HER2 status."""

    ESR1 = "esr1", _("ESR1 mutation")
    PIK3CA_AKT1_PTEN = "pik3ca_akt1_pten", _("PIK3CA, AKT1 or PTEN change")
    GBRCA = "gbrca", _("Inherited BRCA mutation (germline BRCA)")
    PDL1 = "pdl1", _("PD-L1 positive")


class Language(models.TextChoices):
    """The languages pages are written in. English is the original; every other language is a
    translation of one exact English revision (`Revision.translation_of`)."""

    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")


ENGLISH = Language.ENGLISH.value
TRANSLATION_LANGUAGES = [code for code in Language.values if code != ENGLISH]


def english_only() -> list[str]:
    """A reviewer profile's languages until an administrator adds (and verifies) another."""
    return [ENGLISH]


class DecisionOutcome(models.TextChoices):
    APPROVED = "approved", _("Approved")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")


@audited
class ReviewerProfile(models.Model):
    """What patients are told about a clinical reviewer on every page they approved."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviewer_profile", verbose_name=_("user")
    )
    display_name = models.CharField(_("display name"), max_length=120)
    credentials = models.CharField(
        _("credentials"), max_length=200, help_text=_("For example “MD, medical oncologist” or “RN, oncology nurse”.")
    )
    conflict_of_interest = models.TextField(
        _("conflict-of-interest statement"),
        blank=True,
        help_text=_("Payments, grants or roles that a reader should know about, or “None declared”."),
    )
    languages = ArrayField(
        models.CharField(max_length=5, choices=Language.choices),
        default=english_only,
        verbose_name=_("languages reviewed"),
        help_text=_("The languages this reviewer is verified to review medical text in."),
    )
    credentials_verified_at = models.DateTimeField(_("credentials verified"), null=True, blank=True, editable=False)
    credentials_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("credentials verified by"),
    )

    class Meta:
        ordering = ["display_name"]
        verbose_name = _("reviewer profile")
        verbose_name_plural = _("reviewer profiles")
        permissions = [("verify_reviewer", _("Can verify a clinical reviewer's credentials"))]

    def __str__(self):
        return f"{self.display_name}, {self.credentials}"

    @property
    def is_verified(self) -> bool:
        return self.credentials_verified_at is not None

    def reviews_in(self, language: str) -> bool:
        """Whether this reviewer may approve text in `language`: verified, and holding the language."""
        return self.is_verified and language in self.languages


# A topic row is the published copy of its item's live revision (title, summary, address): the
# public pages read these columns, so the database refuses any other text in them, however written.
TOPIC_TEXT_IS_REVIEWED = """
    IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.summary IS NOT DISTINCT FROM OLD.summary
       AND NEW.slug IS NOT DISTINCT FROM OLD.slug AND NEW.item_id IS NOT DISTINCT FROM OLD.item_id THEN
        RETURN NEW;  -- only the position changed
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM articles_revieweditem item
        JOIN articles_revision live ON live.id = item.live_revision_id
        WHERE item.id = NEW.item_id AND item.kind = 'topic' AND item.slug = NEW.slug
          AND live.title = NEW.title AND live.summary = NEW.summary
    ) THEN
        RAISE EXCEPTION 'a topic''s title and summary are those of its approved live revision; save a new revision'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
"""


@audited
class Topic(models.Model):
    """A topic as readers see it: the published copy of its reviewed text (a `TopicText` item).

    Only `revision_approve` writes the title, summary and address, when a topic revision goes live;
    a topic row exists once its first revision is approved. Editors may change the position.
    """

    item = models.OneToOneField(
        "ReviewedItem",
        on_delete=models.PROTECT,
        # Null only in the database's eyes (rows audited before topics were reviewed have none); the
        # trigger below refuses any row written without a live item.
        null=True,
        related_name="published_topic",
        limit_choices_to={"kind": "topic"},
        editable=False,
        verbose_name=_("reviewed text"),
    )
    slug = models.SlugField(_("address"), max_length=80, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=120, editable=False)
    summary = models.CharField(_("summary"), max_length=300, blank=True, editable=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0, help_text=_("Topics are listed by position."))

    class Meta:
        ordering = ["position", "title"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        triggers = [
            pgtrigger.Trigger(
                name="topic_text_is_reviewed",
                when=pgtrigger.Before,
                operation=pgtrigger.Insert | pgtrigger.Update,
                func=TOPIC_TEXT_IS_REVIEWED,
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("topic_detail", args=[self.slug])


# The public pages that exist in every language, by kind (the glossary and topics have list pages).
_PAGE_URL_NAMES = {
    ContentKind.ARTICLE: "article_detail",
    ContentKind.MEDICINE: "medicine_detail",
    ContentKind.TOPIC: "topic_detail",
}


def page_url(kind: str, slug: str, language: str = ENGLISH) -> str:
    """The address of a live page of this kind in `language` (Spanish pages live under /es/),
    whichever language the current request is in."""
    with translation.override(language):
        if kind in _PAGE_URL_NAMES:
            return reverse(_PAGE_URL_NAMES[kind], args=[slug])
        if kind == ContentKind.GLOSSARY:
            return reverse("glossary") + f"#{slug}"
        return reverse("home")


class ReviewedItemQuerySet(models.QuerySet):
    def live(self):
        """What patients may see: items with an approved live revision (withdrawal clears it)."""
        return self.filter(live_revision__isnull=False)

    def articles(self):
        return self.filter(kind=ContentKind.ARTICLE)

    def medicines(self):
        return self.filter(kind=ContentKind.MEDICINE)

    def glossary_terms(self):
        return self.filter(kind=ContentKind.GLOSSARY)

    def topics(self):
        return self.filter(kind=ContentKind.TOPIC)


@audited
class ReviewedItem(models.Model):
    """One page a patient can read (article, medicine summary, glossary term or topic), across versions."""

    kind = models.CharField(_("kind"), max_length=20, choices=ContentKind.choices)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("The last part of the page's address."))
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, null=True, blank=True, related_name="items", verbose_name=_("topic")
    )
    live_revision = models.ForeignKey(
        "Revision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("live revision"),
        help_text=_("The one version patients see. Set only by approving that exact version."),
    )
    last_reviewed_at = models.DateTimeField(_("last reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)
    review_interval_months = models.PositiveSmallIntegerField(
        _("review interval (months)"), default=12, validators=[MinValueValidator(1), MaxValueValidator(36)]
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True)
    withdrawal_next_url = models.CharField(
        _("where readers should go instead"), max_length=500, blank=True, validators=[next_url_validator]
    )
    is_sample = models.BooleanField(
        _("sample content"), default=False, help_text=_("Demonstration content: labelled on the page, never indexed.")
    )
    # Medicines only. On the item, not the revision: it is the label watch's configuration (which
    # label to follow), not text a patient reads, so correcting it needs no new version of the page;
    # a reviewer changes it through articles.labels.services, in the audit trail.
    dailymed_setid = models.CharField(
        _("DailyMed set id"), max_length=36, blank=True, validators=[setid_validator],
        help_text=_("The label this medicine summary is checked against (setid= in a DailyMed address)."),
    )  # fmt: skip
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = ReviewedItemQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "slug"]
        verbose_name = _("reviewed item")
        verbose_name_plural = _("reviewed items")
        constraints = [
            models.UniqueConstraint(fields=["kind", "slug"], name="reviewed_item_unique_slug_per_kind"),
            models.CheckConstraint(
                condition=Q(kind=ContentKind.ARTICLE, topic__isnull=False) | (~Q(kind=ContentKind.ARTICLE)),
                name="reviewed_item_article_has_topic",
            ),
            # The urgent help panel is managed once: new text is a new revision of that one item.
            models.UniqueConstraint(
                fields=["kind"], condition=Q(kind=ContentKind.URGENT_HELP), name="reviewed_item_one_urgent_help_panel"
            ),
        ]
        permissions = [
            ("author_content", _("Can write drafts and submit them for review")),
            ("review_content", _("Can approve content or send it back")),
            ("withdraw_content", _("Can withdraw published content")),
            ("translate_content", _("Can write translations and submit them for review")),
        ]
        triggers = [
            # Patients see live_revision: it may only ever point at an approved revision of this
            # item that a review decision approved.
            pgtrigger.Trigger(
                name="live_revision_is_approved",
                when=pgtrigger.Before,
                operation=pgtrigger.Update,
                condition=pgtrigger.Condition(
                    "NEW.live_revision_id IS NOT NULL AND NEW.live_revision_id IS DISTINCT FROM OLD.live_revision_id"
                ),
                func="""
                    IF NOT EXISTS (
                        SELECT 1 FROM articles_revision r
                        JOIN articles_reviewdecision d ON d.revision_id = r.id AND d.outcome = 'approved'
                        WHERE r.id = NEW.live_revision_id AND r.item_id = NEW.id AND r.status = 'approved'
                    ) THEN
                        RAISE EXCEPTION 'live_revision must be an approved revision of this item'
                            USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                """,
            ),
        ]

    def __str__(self):
        title = self.live_revision.title if self.live_revision_id and self.live_revision else self.slug
        return f"{self.get_kind_display()}: {title}"

    def get_absolute_url(self):
        """The English page's address, whichever language the current request is in."""
        with translation.override(ENGLISH):
            return self._english_url()

    def _english_url(self):
        if self.kind == ContentKind.ARTICLE:
            return reverse("article_detail", args=[self.slug])
        if self.kind == ContentKind.MEDICINE:
            return reverse("medicine_detail", args=[self.slug])
        if self.kind == ContentKind.TOPIC:
            return reverse("topic_detail", args=[self.slug])
        if self.kind == ContentKind.URGENT_HELP:
            return reverse("home")  # no page of its own: it is shown inside the pages it concerns
        return f"/glossary/#{self.slug}"

    def get_translated_url(self, language: str) -> str:
        return self.get_absolute_url() if language == ENGLISH else page_url(self.kind, self.slug, language)

    @property
    def is_live(self) -> bool:
        return self.live_revision_id is not None

    @property
    def is_review_overdue(self) -> bool:
        return self.next_review_due is not None and self.next_review_due < timezone.localdate()


class KindManager(models.Manager.from_queryset(ReviewedItemQuerySet)):
    """The items of one kind: what each proxy (Article, TherapySummary, GlossaryTerm, TopicText) lists."""

    def __init__(self, kind: ContentKind):
        super().__init__()
        self.kind = kind

    def get_queryset(self):
        return super().get_queryset().filter(kind=self.kind)


class Article(ReviewedItem):
    objects = KindManager(ContentKind.ARTICLE)

    class Meta:
        proxy = True
        verbose_name = _("article")
        verbose_name_plural = _("articles")


class TherapySummary(ReviewedItem):
    objects = KindManager(ContentKind.MEDICINE)

    class Meta:
        proxy = True
        verbose_name = _("medicine summary")
        verbose_name_plural = _("medicine summaries")


class GlossaryTerm(ReviewedItem):
    objects = KindManager(ContentKind.GLOSSARY)

    class Meta:
        proxy = True
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")


class TopicText(ReviewedItem):
    """A topic's reviewed title and summary; `Topic` holds the copy of its live revision."""

    objects = KindManager(ContentKind.TOPIC)

    class Meta:
        proxy = True
        verbose_name = _("topic text")
        verbose_name_plural = _("topic texts")


# Columns a reviewer signs: everything but the workflow columns and the row's identity.
WORKFLOW_COLUMNS = ["status", "submitted_at"]


@audited
class Revision(models.Model):
    """One version of a reviewed item: everything a patient sees on its page."""

    item = models.ForeignKey(ReviewedItem, on_delete=models.PROTECT, related_name="revisions", verbose_name=_("item"))
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(
        _("status"), max_length=20, choices=RevisionStatus.choices, default=RevisionStatus.DRAFT, db_index=True
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="authored_revisions", verbose_name=_("author")
    )
    based_on = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("based on")
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # A translation is a revision of the same item in another language, numbered within its language,
    # and always says which English revision it translates (a CHECK constraint and a trigger).
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=ENGLISH, db_default=ENGLISH
    )
    translation_of = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="translations",
        verbose_name=_("translation of"),
        help_text=_("The English version this translation follows."),
    )

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=2000, help_text=_("Key points in plain language (Markdown)."))
    body = models.TextField(_("body"), max_length=100_000, blank=True, help_text=_("Markdown; cite sources as [1]."))
    change_summary = models.CharField(
        _("what changed"), max_length=300, help_text=_("Shown to patients under “Changes to this page”.")
    )
    hr_status = ArrayField(
        models.CharField(max_length=10, choices=HRStatus.choices), default=list, blank=True, verbose_name=_("HR status")
    )
    her2_status = ArrayField(
        models.CharField(max_length=10, choices=HER2Status.choices),
        default=list,
        blank=True,
        verbose_name=_("HER2 status"),
    )
    # Articles and medicines: only markers a label's approved uses name (a medicine's label, or the
    # labels of the medicines an article is about); empty means the page asks for none.
    biomarkers = ArrayField(
        models.CharField(max_length=20, choices=Biomarker.choices), default=list, blank=True,
        verbose_name=_("biomarkers"),
    )  # fmt: skip
    related_medicines = models.ManyToManyField(
        ReviewedItem,
        through="RevisionMedicine",
        related_name="mentioned_in_revisions",
        blank=True,
        verbose_name=_("related medicines"),
    )

    # Medicine summaries (blank for other kinds).
    generic_name = models.CharField(_("generic name"), max_length=120, blank=True)
    brand_names = ArrayField(models.CharField(max_length=80), default=list, blank=True, verbose_name=_("brand names"))
    drug_class = models.CharField(_("drug class"), max_length=160, blank=True)
    how_it_works = models.TextField(_("how it works"), max_length=5000, blank=True)
    who_it_is_for = models.TextField(_("who it is for (from the FDA label)"), max_length=5000, blank=True)
    line_of_treatment = models.CharField(_("line of treatment"), max_length=200, blank=True)
    routes = ArrayField(
        models.CharField(max_length=20, choices=Route.choices),
        default=list,
        blank=True,
        verbose_name=_("how it is given"),
    )
    schedule = models.CharField(_("schedule, in words"), max_length=500, blank=True)
    common_side_effects = models.TextField(_("common side effects"), max_length=5000, blank=True)
    serious_side_effects = models.TextField(_("serious side effects to report at once"), max_length=5000, blank=True)
    questions_to_ask = models.TextField(_("questions to ask your care team"), max_length=5000, blank=True)
    fda_label_url = models.URLField(_("FDA label address"), max_length=500, blank=True, validators=[http_url_validator])
    fda_label_date = models.DateField(_("FDA label date"), null=True, blank=True)
    # Reviewed like the rest of the page: set, the medicine keeps its page (people still ask about it,
    # which says so at the top) but leaves every list and filter of medicines used today. A date rather
    # than a yes/no, so the notice can say when; the reason is written in "who it is for".
    breast_cancer_use_withdrawn_on = models.DateField(
        _("US breast-cancer use withdrawn on"), null=True, blank=True,
        help_text=_("Only if the label's breast-cancer use was withdrawn; explain it in “who it is for”."),
    )  # fmt: skip

    # Glossary terms (blank for other kinds): the term is the title, the definition the body.
    aliases = ArrayField(
        models.CharField(max_length=80), default=list, blank=True, verbose_name=_("other names and spellings")
    )

    rendered_html = models.JSONField(
        _("rendered HTML"), default=dict, editable=False, help_text=_("Sanitised HTML of each Markdown field.")
    )
    # Measured once, when the revision is saved: properties of its (unchangeable) text.
    word_count = models.PositiveIntegerField(_("words"), default=0, editable=False)
    reading_grade = models.FloatField(_("reading grade (Flesch-Kincaid)"), null=True, editable=False)

    class Meta:
        ordering = ["item", "-number"]
        get_latest_by = "number"
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language", "number"], name="revision_unique_number_per_item_language"
            ),
            models.UniqueConstraint(
                fields=["item", "language"],
                condition=Q(status=RevisionStatus.IN_REVIEW),
                name="revision_one_open_review_per_item_language",
            ),
            models.CheckConstraint(
                condition=Q(language=ENGLISH, translation_of__isnull=True)
                | (~Q(language=ENGLISH) & Q(translation_of__isnull=False)),
                name="revision_translation_names_its_english_version",
            ),
        ]
        # An article's previous and next pages in its topic are found by walking titles in order.
        # "Which pages fit me" lists the untagged articles (for everyone) and counts the tagged
        # ones: without these two, each read every version's whole row, text and all (12 ms of
        # the page at 5,000 articles); with them only the small index (5 ms).
        indexes = [
            models.Index(fields=["title"], name="revision_title"),
            models.Index(
                fields=["id"], include=["title"], condition=Q(hr_status=[], her2_status=[]),
                name="revision_untagged",
            ),
            models.Index(
                fields=["id"], include=["title", "hr_status", "her2_status"],
                condition=~Q(hr_status=[], her2_status=[]), name="revision_tagged",
            ),
        ]  # fmt: skip
        triggers = [
            pgtrigger.Protect(
                name="revision_content_is_write_once",
                operation=pgtrigger.Update,
                condition=pgtrigger.AnyChange(exclude=WORKFLOW_COLUMNS),
            ),
            pgtrigger.FSM(
                name="revision_status_transitions",
                field="status",
                transitions=[(old.value, new.value) for old, new in REVISION_TRANSITIONS],
            ),
            # What a translation translates is an English revision of the same item (the CHECK above
            # makes it required; content columns never change afterwards, so insert is enough).
            pgtrigger.Trigger(
                name="revision_translation_of_same_item_english",
                when=pgtrigger.Before,
                operation=pgtrigger.Insert,
                condition=pgtrigger.Q(new__translation_of__isnull=False),
                func="""
                    IF NOT EXISTS (
                        SELECT 1 FROM articles_revision original
                        WHERE original.id = NEW.translation_of_id AND original.item_id = NEW.item_id
                          AND original.language = 'en'
                    ) THEN
                        RAISE EXCEPTION 'a translation translates an English revision of the same item'
                            USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                """,
            ),
            pgtrigger.Protect(
                name="revision_kept_once_submitted",
                operation=pgtrigger.Delete,
                condition=~pgtrigger.Q(old__status=RevisionStatus.DRAFT),
            ),
        ]

    def __str__(self):
        return f"{self.title} (version {self.number}, {self.get_status_display()})"

    @property
    def route_labels(self) -> list[str]:
        return [Route(value).label for value in self.routes]

    @property
    def biomarker_labels(self) -> list[str]:
        return [Biomarker(value).label for value in self.biomarkers]


class ItemTranslationQuerySet(models.QuerySet):
    def live(self, language: str):
        """Translations patients may see: approved in `language`, of an item whose English page is live
        (withdrawing the English page withdraws them)."""
        return self.filter(language=language, live_revision__isnull=False, item__live_revision__isnull=False)

    def live_in_any_language(self):
        return self.filter(live_revision__isnull=False, item__live_revision__isnull=False)


@audited
class ItemTranslation(models.Model):
    """An item's page in one other language: which translation patients see, and its review dates.

    A row per (item, language) rather than more columns on the item: `ReviewedItem.live_revision`
    keeps meaning "the English page", so no English query can ever show a translation, and this
    pointer gets the same database guard (only an approved revision of this item, in this language).
    """

    item = models.ForeignKey(ReviewedItem, on_delete=models.PROTECT, related_name="translations")
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    live_revision = models.ForeignKey(
        Revision, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("live translation")
    )
    last_reviewed_at = models.DateTimeField(_("last reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("reviewed by"),
    )  # fmt: skip
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    objects = ItemTranslationQuerySet.as_manager()

    class Meta:
        ordering = ["item", "language"]
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        constraints = [
            models.UniqueConstraint(fields=["item", "language"], name="item_translation_one_per_language"),
            models.CheckConstraint(condition=~Q(language=ENGLISH), name="item_translation_not_english"),
        ]
        triggers = [
            pgtrigger.Trigger(
                name="live_translation_is_approved",
                when=pgtrigger.Before,
                operation=pgtrigger.Insert | pgtrigger.Update,
                condition=pgtrigger.Condition("NEW.live_revision_id IS NOT NULL"),
                func="""
                    IF TG_OP = 'UPDATE' AND NEW.live_revision_id IS NOT DISTINCT FROM OLD.live_revision_id THEN
                        RETURN NEW;
                    END IF;
                    IF NOT EXISTS (
                        SELECT 1 FROM articles_revision r
                        JOIN articles_reviewdecision d ON d.revision_id = r.id AND d.outcome = 'approved'
                        WHERE r.id = NEW.live_revision_id AND r.item_id = NEW.item_id AND r.status = 'approved'
                          AND r.language = NEW.language
                    ) THEN
                        RAISE EXCEPTION 'a live translation must be an approved revision of this item in its language'
                            USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                """,
            ),
        ]

    def __str__(self):
        return f"{self.item.slug} ({self.get_language_display()})"


# References and related medicines belong to their revision: once it is submitted they are frozen.
_FROZEN_WITH_REVISION = """
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION '% rows belong to a revision and cannot be changed; save a new revision', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF EXISTS (
        SELECT 1 FROM articles_revision
        WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.revision_id ELSE NEW.revision_id END)
          AND status <> 'draft'
    ) THEN
        RAISE EXCEPTION 'revision is no longer a draft: its % rows cannot change', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
"""


def _frozen_with_revision_trigger(name: str) -> pgtrigger.Trigger:
    return pgtrigger.Trigger(
        name=name,
        when=pgtrigger.Before,
        operation=pgtrigger.Insert | pgtrigger.Update | pgtrigger.Delete,
        func=_FROZEN_WITH_REVISION,
    )


@audited
class RevisionMedicine(models.Model):
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")
    medicine = models.ForeignKey(
        ReviewedItem, on_delete=models.PROTECT, related_name="+", limit_choices_to={"kind": ContentKind.MEDICINE}
    )

    class Meta:
        verbose_name = _("related medicine")
        verbose_name_plural = _("related medicines")
        constraints = [models.UniqueConstraint(fields=["revision", "medicine"], name="revision_medicine_unique")]
        triggers = [_frozen_with_revision_trigger("revision_medicine_frozen")]

    def __str__(self):
        return f"{self.revision_id} mentions {self.medicine_id}"


@audited
class Reference(models.Model):
    """A source cited in a revision's text as [position]."""

    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="references")
    position = models.PositiveSmallIntegerField(_("number"), validators=[MinValueValidator(1)])
    title = models.CharField(_("title"), max_length=500)
    authors = models.CharField(_("authors or publisher"), max_length=500, blank=True)
    source = models.CharField(_("journal or website"), max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[MinValueValidator(1800), MaxValueValidator(2100)]
    )
    url = models.URLField(_("web address"), max_length=1000, blank=True, validators=[http_url_validator])
    doi = models.CharField(_("DOI"), max_length=200, blank=True, validators=[doi_validator])
    pmid = models.CharField(_("PubMed ID"), max_length=10, blank=True, validators=[pmid_validator])
    accessed_on = models.DateField(_("accessed"), null=True, blank=True)

    class Meta:
        ordering = ["revision", "position"]
        verbose_name = _("reference")
        verbose_name_plural = _("references")
        constraints = [models.UniqueConstraint(fields=["revision", "position"], name="reference_unique_position")]
        triggers = [_frozen_with_revision_trigger("reference_frozen")]

    def __str__(self):
        return f"[{self.position}] {self.title}"

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def pubmed_url(self) -> str:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else ""


@audited
class ReviewDecision(models.Model):
    """A clinical reviewer's decision on one exact revision, with their credentials at the time."""

    revision = models.OneToOneField(
        Revision, on_delete=models.PROTECT, related_name="decision", verbose_name=_("revision")
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="review_decisions", verbose_name=_("reviewer")
    )
    reviewer_name = models.CharField(_("reviewer's name"), max_length=120)
    reviewer_credentials = models.CharField(_("reviewer's credentials"), max_length=200)
    outcome = models.CharField(_("decision"), max_length=20, choices=DecisionOutcome.choices)
    comment = models.TextField(_("comment"), max_length=10_000, blank=True)
    decided_at = models.DateTimeField(_("decided"), default=timezone.now)
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)
    overrides = models.JSONField(
        _("editorial errors overridden"),
        default=list,
        blank=True,
        help_text=_("Each editorial error the reviewer approved despite, with their reason."),
    )
    # English approvals: the reviewer marked this change as one that matters for patients' safety, so
    # translations that do not have it yet say so plainly until they catch up.
    safety_change = models.BooleanField(
        _("safety change"),
        default=False,
        db_default=False,  # rows written outside the ORM (raw SQL, other tools) too
        help_text=_("Tick when this version changes safety information (translations then say so plainly)."),
    )
    # Medicine approvals: the label version the reviewer checked the summary against.
    label_snapshot = models.ForeignKey(
        LabelSnapshot, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("checked against label"),
    )  # fmt: skip

    class Meta:
        ordering = ["-decided_at"]
        verbose_name = _("review decision")
        verbose_name_plural = _("review decisions")
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome=DecisionOutcome.APPROVED) | ~Q(comment=""),
                name="review_decision_changes_need_a_comment",
            ),
            models.CheckConstraint(
                condition=Q(outcome=DecisionOutcome.APPROVED) | Q(safety_change=False),
                name="review_decision_safety_change_on_approval",
            ),
        ]
        triggers = [
            pgtrigger.Protect(name="review_decision_is_permanent", operation=pgtrigger.Update | pgtrigger.Delete),
            # Four eyes, superusers included: nobody who wrote any revision of the item since its
            # last approval may approve it.
            pgtrigger.Trigger(
                name="review_decision_four_eyes",
                when=pgtrigger.Before,
                operation=pgtrigger.Insert,
                condition=pgtrigger.Q(new__outcome=DecisionOutcome.APPROVED),
                func="""
                    IF EXISTS (
                        SELECT 1
                        FROM articles_revision target
                        JOIN articles_revision authored
                          ON authored.item_id = target.item_id AND authored.language = target.language
                        WHERE target.id = NEW.revision_id
                          AND authored.author_id = NEW.reviewer_id
                          AND authored.number > COALESCE((
                              SELECT max(approved.number)
                              FROM articles_revision approved
                              JOIN articles_reviewdecision d ON d.revision_id = approved.id
                              WHERE approved.item_id = target.item_id AND approved.language = target.language
                                AND d.outcome = 'approved'
                          ), 0)
                    ) THEN
                        RAISE EXCEPTION 'four eyes: the reviewer wrote a revision of this item since its last approval'
                            USING ERRCODE = 'check_violation';
                    END IF;
                    -- A translation is approved only by a verified reviewer who holds its language.
                    IF EXISTS (SELECT 1 FROM articles_revision t WHERE t.id = NEW.revision_id AND t.language <> 'en')
                       AND NOT EXISTS (
                        SELECT 1 FROM articles_revision target
                        JOIN articles_reviewerprofile p ON p.user_id = NEW.reviewer_id
                        WHERE target.id = NEW.revision_id AND p.credentials_verified_at IS NOT NULL
                          AND target.language = ANY(p.languages)
                    ) THEN
                        RAISE EXCEPTION 'the reviewer''s verified profile does not hold the language of this revision'
                            USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                """,
            ),
        ]

    def __str__(self):
        return f"{self.get_outcome_display()} by {self.reviewer_name} ({self.decided_at:%Y-%m-%d})"


@audited
class ReviewConfirmation(models.Model):
    """A reviewer re-checked the live version of a page and found it still correct, without a new
    version: the page's "Last reviewed" date moves to this confirmation and its next review is set.

    Like a review decision it is permanent, and four eyes applies: the author of the live version
    cannot confirm it (service and database trigger).
    """

    item = models.ForeignKey(
        ReviewedItem, on_delete=models.PROTECT, related_name="review_confirmations", verbose_name=_("page")
    )
    revision = models.ForeignKey(
        Revision,
        on_delete=models.PROTECT,
        related_name="review_confirmations",
        verbose_name=_("version confirmed"),
        help_text=_("The live version the reviewer re-checked."),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("reviewer")
    )
    reviewer_name = models.CharField(_("reviewer's name"), max_length=120)
    reviewer_credentials = models.CharField(_("reviewer's credentials"), max_length=200)
    note = models.TextField(
        _("what was checked"), max_length=10_000, help_text=_("What you re-checked and against which sources.")
    )
    confirmed_at = models.DateTimeField(_("confirmed"), default=timezone.now)
    next_review_due = models.DateField(_("next review due"))

    class Meta:
        ordering = ["-confirmed_at"]
        get_latest_by = "confirmed_at"
        verbose_name = _("review confirmation")
        verbose_name_plural = _("review confirmations")
        constraints = [
            models.CheckConstraint(condition=~Q(note=""), name="review_confirmation_needs_a_note"),
        ]
        triggers = [
            pgtrigger.Protect(name="review_confirmation_is_permanent", operation=pgtrigger.Update | pgtrigger.Delete),
            # Only the page's live version can be confirmed, and never by the person who wrote it.
            pgtrigger.Trigger(
                name="review_confirmation_of_live_by_another",
                when=pgtrigger.Before,
                operation=pgtrigger.Insert,
                func="""
                    IF NOT EXISTS (
                        SELECT 1 FROM articles_revieweditem i
                        WHERE i.id = NEW.item_id AND i.live_revision_id = NEW.revision_id
                    ) THEN
                        RAISE EXCEPTION 'only the live version of a page can be confirmed'
                            USING ERRCODE = 'check_violation';
                    END IF;
                    IF EXISTS (
                        SELECT 1 FROM articles_revision r WHERE r.id = NEW.revision_id AND r.author_id = NEW.reviewer_id
                    ) THEN
                        RAISE EXCEPTION 'four eyes: the reviewer wrote the version being confirmed'
                            USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                """,
            ),
        ]

    def __str__(self):
        return f"Confirmed by {self.reviewer_name} ({self.confirmed_at:%Y-%m-%d})"


class Feedback(models.Model):
    """A reader's answer to "Was this page helpful?". Nothing about the reader is stored."""

    item = models.ForeignKey(ReviewedItem, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("page"))
    revision = models.ForeignKey(
        Revision, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("version read")
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("reader feedback")
        verbose_name_plural = _("reader feedback")

    def __str__(self):
        return f"{'Helpful' if self.helpful else 'Not helpful'}: {self.comment[:60]}"
