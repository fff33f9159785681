"""The cross-app search index: only public things are ever in it."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from portal.audit import audited


class SearchDocument(models.Model):
    """One public page (a live article, medicine or glossary term; later a directory service).

    Written only when something goes live, changes or is withdrawn, so nothing that is not public
    can appear in results, snippets or counts.
    """

    kind = models.CharField(_("kind"), max_length=20)
    key = models.CharField(_("source"), max_length=64, unique=True, help_text=_("e.g. item:42"))
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
        indexes = [
            GinIndex(fields=["ranked"], name="search_ranked_gin"),
            GinIndex(fields=["body_vector"], name="search_body_gin"),
        ]

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A word or name people may misspell, matched with pg_trgm similarity: a page's title, brand
    and generic names, glossary terms and aliases (with `document`), or one of the frequent words
    of all public pages (without: they correct "Did you mean ...?" but never match a page alone)."""

    term = models.CharField(max_length=200)
    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="terms", null=True)
    # A medicine's generic or brand name: matched only exactly or as a misspelling of that same
    # name (portal/search/medicines.py), never by similarity to another medicine.
    is_medicine = models.BooleanField(default=False)

    class Meta:
        indexes = [
            GinIndex(OpClass(Lower("term"), name="gin_trgm_ops"), name="search_term_trgm"),
            models.Index(Lower("term"), name="search_term_lower"),  # names equal to the query
        ]

    def __str__(self):
        return self.term


@audited
class Synonym(models.Model):
    """Words people use for what our pages call something else: a spelling variant (tumour,
    tumor), a lay word or abbreviation (mets, metastases), or a brand still in common use. Edited
    by content editors in the admin; every change lands in the audit trail. A query word or phrase
    equal to `phrase` also searches for `means`."""

    class Kind(models.TextChoices):
        SPELLING = "spelling", _("Spelling variant (US/UK)")
        LAY = "lay", _("Everyday word or abbreviation")
        BRAND = "brand", _("Brand name")

    phrase = models.CharField(_("what people type"), max_length=80, unique=True)
    means = models.CharField(_("what our pages say"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.LAY)

    class Meta:
        ordering = ["phrase"]
        verbose_name = _("search synonym")

    def __str__(self):
        return f"{self.phrase} → {self.means}"


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
