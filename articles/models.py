"""Reviewed medical content and the people who review it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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

    class Meta:
        ordering = ["display_name"]
        verbose_name = _("reviewer profile")
        verbose_name_plural = _("reviewer profiles")

    def __str__(self):
        return f"{self.display_name}, {self.credentials}"
