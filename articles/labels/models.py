"""The FDA label watch: snapshots of a medicine's DailyMed label, and the flags a label change opens.

A `LabelSnapshot` is what one version of a label said in the sections a summary is checked against;
it never changes once stored (a database trigger refuses updates and deletes), so an approval that
records "checked against version 7" keeps meaning the same text. A `LabelFlag` says "this page was
reviewed against an older label": it stays open until a reviewer approves a new version of the page
or dismisses it with a written reason.

Imported at the bottom of articles/models.py, so these are models of the `articles` app.
"""

import pgtrigger
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.audit import audited

# DailyMed set ids are UUIDs, written in lowercase with hyphens.
SETID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
setid_validator = RegexValidator(
    SETID_PATTERN, _("Enter a DailyMed set id such as 492dbdb2-077e-4064-bff3-372d6af0a7a2 (lowercase, with hyphens).")
)


class LabelSection(models.TextChoices):
    """The label sections a summary is checked against, by their LOINC section codes in SPL."""

    BOXED_WARNING = "boxed_warning", _("Boxed warning")
    INDICATIONS = "indications", _("Indications and usage")
    WARNINGS_AND_PRECAUTIONS = "warnings_and_precautions", _("Warnings and precautions")
    RECENT_MAJOR_CHANGES = "recent_major_changes", _("Recent major changes")


class LabelSnapshotQuerySet(models.QuerySet):
    def current(self, setid: str) -> "LabelSnapshot | None":
        """The newest stored version of a label, or None (no set id, or never fetched)."""
        if not setid:
            return None
        return self.filter(setid=setid).order_by("-version").first()


@audited
class LabelSnapshot(models.Model):
    setid = models.CharField(_("DailyMed set id"), max_length=36, validators=[setid_validator])
    version = models.PositiveIntegerField(_("label version"))
    effective_date = models.DateField(_("label date"))
    title = models.TextField(_("label title"), blank=True)
    boxed_warning = models.TextField(_("boxed warning"), blank=True)
    indications = models.TextField(_("indications and usage"), blank=True)
    warnings_and_precautions = models.TextField(_("warnings and precautions"), blank=True)
    recent_major_changes = models.TextField(_("recent major changes"), blank=True)
    # The SHA-256 of each section's normalised text: how a change of section is told.
    section_hashes = models.JSONField(_("section hashes"), default=dict)
    fetched_at = models.DateTimeField(_("fetched"), default=timezone.now)

    objects = LabelSnapshotQuerySet.as_manager()

    class Meta:
        ordering = ["setid", "-version"]
        get_latest_by = "version"
        verbose_name = _("label snapshot")
        verbose_name_plural = _("label snapshots")
        constraints = [models.UniqueConstraint(fields=["setid", "version"], name="label_snapshot_unique_version")]
        triggers = [
            # Approvals record the snapshot they were checked against: it must keep its text.
            pgtrigger.Protect(name="label_snapshot_is_permanent", operation=pgtrigger.Update | pgtrigger.Delete),
        ]

    def __str__(self):
        return f"{self.setid} version {self.version} ({self.effective_date:%Y-%m-%d})"

    @property
    def label_url(self) -> str:
        """The label on DailyMed's public site, for people (the services URL is for programs)."""
        return f"https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid={self.setid}"

    def section_text(self, section: str) -> str:
        return getattr(self, LabelSection(section).value)


class LabelFlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)


_OPEN = Q(closed_at__isnull=True, closed_by__isnull=True, closing_decision__isnull=True, dismissal_reason="")
_CLOSED = Q(closed_at__isnull=False, closed_by__isnull=False)
_BY_APPROVAL = Q(closing_decision__isnull=False, dismissal_reason="")
_BY_REASON = Q(closing_decision__isnull=True) & ~Q(dismissal_reason="")


@audited
class LabelFlag(models.Model):
    """A page reviewed against an older label than the current one, until a reviewer deals with it."""

    item = models.ForeignKey(
        "articles.ReviewedItem", on_delete=models.PROTECT, related_name="label_flags", verbose_name=_("page")
    )
    snapshot = models.ForeignKey(
        LabelSnapshot, on_delete=models.PROTECT, related_name="flags", verbose_name=_("new label")
    )
    previous_snapshot = models.ForeignKey(
        LabelSnapshot,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("previous label"),
        help_text=_("Empty when this is the first snapshot of the label we hold."),
    )
    changed_sections = ArrayField(
        models.CharField(max_length=30, choices=LabelSection.choices),
        default=list,
        blank=True,
        verbose_name=_("changed sections"),
    )
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("closed by"),
    )
    closing_decision = models.ForeignKey(
        "articles.ReviewDecision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="closed_label_flags",
        verbose_name=_("approval that closed it"),
    )
    dismissal_reason = models.TextField(_("reason for dismissing"), max_length=2000, blank=True)

    objects = LabelFlagQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_at"]
        verbose_name = _("label-change flag")
        verbose_name_plural = _("label-change flags")
        constraints = [
            models.UniqueConstraint(
                fields=["item", "snapshot"], condition=Q(closed_at__isnull=True), name="label_flag_one_open_per_label"
            ),
            # Open, or ended by exactly one of: an approval, or a reviewer's written reason.
            models.CheckConstraint(
                condition=_OPEN | (_CLOSED & (_BY_APPROVAL | _BY_REASON)), name="label_flag_ends_well"
            ),
        ]

    def __str__(self):
        return f"Label change for item {self.item_id}: version {self.snapshot_id}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None
