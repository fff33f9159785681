"""/feeds/updates/: an Atom feed of approvals, corrections and withdrawals, newest first."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.syndication.views import Feed
from django.db.models import OuterRef, Subquery
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.models import (
    ENGLISH,
    DecisionOutcome,
    ItemTranslation,
    ReviewDecision,
    ReviewedItem,
    Revision,
    RevisionStatus,
)

FEED_LENGTH = 50


@dataclass(frozen=True)
class Update:
    title: str
    description: str
    link: str
    moment: datetime
    guid: str
    updated: datetime | None = None  # when the entry last changed, if after `moment`


class UpdatesFeed(Feed):
    feed_type = Atom1Feed
    title = gettext_lazy("Stage 4 Breast Cancer Guide: reviewed page updates")
    subtitle = gettext_lazy("Pages newly approved, corrected or withdrawn by our clinical reviewers.")
    link = "/"

    def items(self) -> list[Update]:
        updates = []
        approvals = (
            ReviewDecision.objects.filter(
                outcome=DecisionOutcome.APPROVED,
                revision__item__kind__in=["article", "medicine"],
                revision__language=ENGLISH,
            )
            .select_related("revision__item")
            .order_by("-decided_at")[:FEED_LENGTH]
        )
        for decision in approvals:
            revision, item = decision.revision, decision.revision.item
            kind = _("Published") if revision.number == 1 else _("Updated")
            sample = _("Sample content: ") if item.is_sample else ""
            if item.live_revision_id is None and item.withdrawn_at and decision.decided_at <= item.withdrawn_at:
                # Its page now answers 410 Gone: say so in the entry (same id, newer <updated>, so feed
                # readers replace the copy they hold) instead of announcing a live page.
                updates.append(
                    Update(
                        f"{sample}{kind}, {_('since withdrawn')}: {revision.title}",
                        _("Withdrawn on %(date)s: %(reason)s")
                        % {"date": date_format(localtime(item.withdrawn_at)), "reason": item.withdrawal_reason},
                        item.get_absolute_url(),
                        decision.decided_at,
                        f"approval-{decision.pk}",
                        updated=item.withdrawn_at,
                    )  # fmt: skip
                )
                continue
            updates.append(
                Update(
                    f"{sample}{kind}: {revision.title}",
                    revision.change_summary,
                    item.get_absolute_url(),
                    decision.decided_at,
                    f"approval-{decision.pk}",
                )  # fmt: skip
            )
        # Titled as readers knew the page: the title of the version that was live when it was withdrawn.
        withdrawn_title = (
            Revision.objects.filter(item=OuterRef("pk"), language=ENGLISH, status=RevisionStatus.WITHDRAWN)
            .order_by("-number")
            .values("title")[:1]
        )
        withdrawn = (
            ReviewedItem.objects.filter(withdrawn_at__isnull=False, live_revision__isnull=True)
            .annotate(withdrawn_title=Subquery(withdrawn_title))
            .order_by("-withdrawn_at")[:FEED_LENGTH]
        )
        for item in withdrawn:
            sample = _("Sample content: ") if item.is_sample else ""
            updates.append(
                Update(
                    f"{sample}{_('Withdrawn')}: {item.withdrawn_title or item.slug}",
                    item.withdrawal_reason,
                    item.get_absolute_url(),
                    item.withdrawn_at,
                    f"withdrawal-{item.pk}-{item.withdrawn_at:%Y%m%d%H%M%S}",
                )  # fmt: skip
            )
        return sorted(updates, key=lambda update: update.moment, reverse=True)[:FEED_LENGTH]

    def item_title(self, update):
        return update.title

    def item_description(self, update):
        return update.description

    def item_link(self, update):
        return update.link

    def item_pubdate(self, update):
        return update.moment

    def item_updateddate(self, update):
        return update.updated or update.moment

    def item_guid(self, update):
        return update.guid

    item_guid_is_permalink = False


class TranslatedUpdatesFeed(UpdatesFeed):
    """/es/feeds/updates/: the same feed for the pages of one other language: approvals of their
    translations, and withdrawals (a translation is withdrawn with its English page)."""

    language = "es"

    def __call__(self, request, *args, **kwargs):
        with translation.override(self.language):
            return super().__call__(request, *args, **kwargs)

    def link(self):
        return f"/{self.language}/"

    def items(self) -> list[Update]:
        updates = []
        approvals = (
            ReviewDecision.objects.filter(
                outcome=DecisionOutcome.APPROVED, revision__item__kind__in=["article", "medicine"],
                revision__language=self.language,
            )
            .select_related("revision__item")
            .order_by("-decided_at")[:FEED_LENGTH]
        )  # fmt: skip
        for decision in approvals:
            revision, item = decision.revision, decision.revision.item
            kind = _("Published") if revision.number == 1 else _("Updated")
            sample = _("Sample content: ") if item.is_sample else ""
            updates.append(
                Update(
                    f"{sample}{kind}: {revision.title}",
                    revision.change_summary,
                    item.get_translated_url(self.language),
                    decision.decided_at,
                    f"approval-{decision.pk}",
                )  # fmt: skip
            )
        withdrawn = (
            ItemTranslation.objects.filter(language=self.language, withdrawn_at__isnull=False, live_revision=None)
            .select_related("item")
            .annotate(withdrawn_title=Subquery(
                Revision.objects.filter(item=OuterRef("item_id"), language=self.language,
                                        status=RevisionStatus.WITHDRAWN).order_by("-number").values("title")[:1]
            ))
            .order_by("-withdrawn_at")[:FEED_LENGTH]
        )  # fmt: skip
        for row in withdrawn:
            sample = _("Sample content: ") if row.item.is_sample else ""
            updates.append(
                Update(
                    f"{sample}{_('Withdrawn')}: {row.withdrawn_title or row.item.slug}",
                    row.item.withdrawal_reason,
                    row.item.get_translated_url(self.language),
                    row.withdrawn_at,
                    f"withdrawal-{self.language}-{row.item_id}-{row.withdrawn_at:%Y%m%d%H%M%S}",
                )  # fmt: skip
            )
        return sorted(updates, key=lambda update: update.moment, reverse=True)[:FEED_LENGTH]
