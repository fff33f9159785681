"""The cross-app search index (only public things are ever in it), and what editors steer search with."""

import pgtrigger
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from portal.audit import audited


class SearchDocument(models.Model):
    """One public page in one language (a live article, medicine or glossary term, or a directory
    listing; a page with an approved Spanish translation is here twice, once per language).

    Written only when something goes live, changes or is withdrawn, so nothing that is not public
    can appear in results, snippets or counts. The key names the page and its language: the
    English page keeps its source's key ("item:42"), a translation has the language in front
    ("es:item:42", `portal.search.document_key`), so a best bet still names one page by its key.
    """

    kind = models.CharField(_("kind"), max_length=20)
    key = models.CharField(_("source"), max_length=64, unique=True, help_text=_("e.g. item:42"))
    # Searched only in its own language, with that language's text search configuration.
    language = models.CharField(_("language"), max_length=5, default="en")
    url = models.CharField(_("address"), max_length=300)
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body text"), blank=True)
    topic = models.CharField(_("topic"), max_length=80, blank=True)
    is_sample = models.BooleanField(default=False)
    # Title (weight A) and summary and names (B): small, for ranking. The body: for matching.
    ranked = SearchVectorField(null=True)
    body_vector = SearchVectorField(null=True)

    class Meta:
        verbose_name = _("public page in search")
        verbose_name_plural = _("public pages in search")
        indexes = [
            GinIndex(fields=["ranked"], name="search_ranked_gin"),
            GinIndex(fields=["body_vector"], name="search_body_gin"),
        ]

    def __str__(self):
        return f"{self.title} ({self.url})"


class SearchTerm(models.Model):
    """A word or name people may misspell, matched with pg_trgm similarity: a page's title, brand
    and generic names, glossary terms and aliases (with `document`), or one of the frequent words
    of all public pages (without: they correct "Did you mean ...?" but never match a page alone)."""

    term = models.CharField(max_length=200)
    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="terms", null=True)
    # A medicine's generic or brand name: matched only exactly or as a misspelling of that same
    # name (portal/search/medicines.py), never by similarity to another medicine.
    is_medicine = models.BooleanField(default=False)
    # The language of its page (or, for a frequent word, of the pages it is frequent in). Spanish
    # terms are kept without accents: readers type "nauseas" as often as "náuseas".
    language = models.CharField(max_length=5, default="en")

    class Meta:
        indexes = [
            GinIndex(OpClass(Lower("term"), name="gin_trgm_ops"), name="search_term_trgm"),
            models.Index(Lower("term"), name="search_term_lower"),  # names equal to the query
            # Every search reads the few medicine names of its language: without this, a scan of
            # every term (5 ms at 100,000 pages, on each search).
            models.Index(fields=["language"], condition=models.Q(is_medicine=True), name="search_term_medicine"),
        ]

    def __str__(self):
        return self.term


@audited
class Synonym(models.Model):
    """Words people use for what our pages call something else: a spelling variant (tumour,
    tumor), a lay word or abbreviation (mets, metastases), or a brand still in common use. A query
    word or phrase equal to `phrase` also searches for `means`.

    Only approved words are here: a clinical reviewer proposes a change (`SynonymChange`) and a
    second one approves it, which writes this table (portal/search/synonyms.py). Audited."""

    class Kind(models.TextChoices):
        SPELLING = "spelling", _("Spelling variant (US/UK)")
        LAY = "lay", _("Everyday word or abbreviation")
        BRAND = "brand", _("Brand name")

    phrase = models.CharField(_("what people type"), max_length=80)
    means = models.CharField(_("what our pages say"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.LAY)
    # Searches in this language use it: "seno" means "mama" only to a Spanish search, and an
    # English word people use must not rewrite a Spanish query.
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="en")

    class Meta:
        ordering = ["language", "phrase"]
        verbose_name = _("search synonym")
        constraints = [
            # Search compares a query lowercase (and without accents, which the service checks:
            # PostgreSQL's unaccent() may not be used in an index).
            models.UniqueConstraint(Lower("phrase"), "language", name="synonym_once_per_language"),
        ]

    def __str__(self):
        return f"{self.phrase} → {self.means}"


@audited
class BestBet(models.Model):
    """An editor's pin: for this query, this public page comes first, marked "Recommended", until
    `expires_on`. The page is named by its search-index key, so a pin is shown only while the page
    is public (a withdrawn page leaves the index, and comes back with its pin when republished).
    Written only through portal/search/bestbets.py, which checks who may and the dates."""

    query = models.CharField(
        _("query"), max_length=200, help_text=_("What readers type; stored as search compares it (lowercase words).")
    )
    # The index key ("item:42"), kept when the page leaves the index: no database constraint.
    target = models.ForeignKey(
        SearchDocument, to_field="key", db_column="target_key", db_constraint=False, on_delete=models.DO_NOTHING,
        related_name="+", verbose_name=_("page shown first"),
    )  # fmt: skip
    note = models.CharField(
        _("note for editors"), max_length=300, blank=True, help_text=_("Why this pin exists; never shown to readers.")
    )
    starts_on = models.DateField(_("shown from"))
    expires_on = models.DateField(_("expires on"), help_text=_("At most 12 months ahead; the pin is not shown after."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("made by")
    )
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)

    class Meta:
        ordering = ["query", "id"]
        verbose_name = _("best bet")
        constraints = [
            models.UniqueConstraint(fields=["query", "target"], name="best_bet_once_per_query"),
            models.CheckConstraint(
                condition=models.Q(expires_on__gte=models.F("starts_on")), name="best_bet_expires_after_start"
            ),
        ]
        indexes = [models.Index(fields=["query", "expires_on"], name="best_bet_query")]

    def __str__(self):
        return f"{self.query} → {self.target_id}"


@audited
class SynonymChange(models.Model):
    """A proposed change to the search synonyms (add, change or remove one), reviewed like other
    content: it affects search only once a second person approves it, never the proposer (four
    eyes, enforced by the service and by a database constraint). A decided proposal is final."""

    class Action(models.TextChoices):
        ADD = "add", _("Add a synonym")
        CHANGE = "change", _("Change a synonym")
        REMOVE = "remove", _("Remove a synonym")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Waiting for a second reviewer")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    action = models.CharField(_("change"), max_length=10, choices=Action.choices, default=Action.ADD)
    # Kept after the synonym is removed (no database constraint): the record says which one it was.
    synonym = models.ForeignKey(
        Synonym, on_delete=models.DO_NOTHING, db_constraint=False, null=True, blank=True, related_name="+",
        verbose_name=_("synonym changed or removed"),
    )  # fmt: skip
    phrase = models.CharField(_("what people type"), max_length=80)
    means = models.CharField(_("what our pages say"), max_length=120, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Synonym.Kind.choices, default=Synonym.Kind.LAY)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="en")
    reason = models.CharField(_("why"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("proposed by")
    )
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("decided by"),
    )  # fmt: skip
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        ordering = ["-proposed_at", "-id"]
        verbose_name = _("synonym change")
        permissions = [("review_synonymchange", _("Can approve or reject a proposed synonym change"))]
        constraints = [
            # Four eyes: nobody decides on their own proposal, superusers included.
            models.CheckConstraint(
                condition=models.Q(decided_by__isnull=True) | ~models.Q(decided_by=models.F("proposed_by")),
                name="synonym_change_four_eyes",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status="proposed", decided_by__isnull=True, decided_at__isnull=True)
                    | models.Q(status__in=["approved", "rejected"], decided_by__isnull=False, decided_at__isnull=False)
                ),
                name="synonym_change_decided_by_someone",
            ),
            models.UniqueConstraint(
                fields=["synonym"], condition=models.Q(status="proposed"), name="synonym_change_one_open_per_synonym"
            ),
        ]
        triggers = [
            pgtrigger.Protect(
                name="synonym_change_decided_is_final",
                operation=pgtrigger.Update | pgtrigger.Delete,
                condition=pgtrigger.Condition("OLD.status <> 'proposed'"),
            ),
        ]

    def __str__(self):
        return f"{self.get_action_display()}: {self.phrase}"


CLICK_POSITIONS = 10  # clicks on results 1..10 are counted one by one; later ones together


def _no_clicks() -> list[int]:
    return [0] * (CLICK_POSITIONS + 1)


class SearchWeek(models.Model):
    """How often one query was searched in one ISO week: the whole record of what people look for.

    Nothing here is about a person: no address, cookie, browser, referrer or time finer than the
    week, and queries that look like personal data are never written (portal/search/insights.py).
    Rows are only ever changed by one atomic upsert per search or click, and dropped after
    `insights.KEEP_WEEKS` weeks."""

    query = models.CharField(_("query"), max_length=200, help_text=_("As search reads it: lowercase, spaces tidied"))
    week = models.DateField(_("week"), help_text=_("The Monday that starts the ISO week"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches with no result"), default=0)
    clicks = models.PositiveIntegerField(_("results opened"), default=0)
    # clicks_by_position[0] is result 1, ... [9] result 10, [10] any later result.
    clicks_by_position = ArrayField(models.PositiveIntegerField(), size=CLICK_POSITIONS + 1, default=_no_clicks)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "week"], name="search_week_query_week")]
        indexes = [models.Index(fields=["week", "-searches"], name="search_week_by_count")]
        ordering = ["-week", "-searches", "query"]
        verbose_name = _("search with no good answer")
        verbose_name_plural = _("searches with no good answer")

    def __str__(self):
        return f"{self.query} ({self.week:%G-W%V})"
