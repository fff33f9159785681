"""The label watch's reads: the reviewers' "Label changed" queue, a page's open flags, a label's
current snapshot and what changed in it, word by word."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.safestring import SafeString

from articles.diff import word_diff
from articles.labels.models import LabelFlag, LabelSection, LabelSnapshot
from articles.models import ContentKind, ReviewedItem, Revision


@dataclass(frozen=True)
class SectionChange:
    section: str
    label: str
    html: SafeString  # the new text, removed words in <del>, added words in <ins>


@dataclass(frozen=True)
class FlagView:
    flag: LabelFlag
    medicines: list[ReviewedItem]  # the medicine summaries that follow the label
    changes: list[SectionChange]


def current_snapshot(setid: str) -> LabelSnapshot | None:
    return LabelSnapshot.objects.current(setid)


def section_changes(flag: LabelFlag) -> list[SectionChange]:
    """A word diff of each changed section (the whole text as new, for a first snapshot)."""
    previous = flag.previous_snapshot
    return [
        SectionChange(
            name, LabelSection(name).label,
            word_diff(previous.section_text(name) if previous else "", flag.snapshot.section_text(name)),
        )
        for name in flag.changed_sections
    ]  # fmt: skip


def _flag_views(flags) -> list[FlagView]:
    flags = list(flags.select_related("item__live_revision", "snapshot", "previous_snapshot"))
    followers: dict[str, list[ReviewedItem]] = {}
    setids = {flag.snapshot.setid for flag in flags}
    for medicine in ReviewedItem.objects.medicines().filter(dailymed_setid__in=setids).select_related("live_revision"):
        followers.setdefault(medicine.dailymed_setid, []).append(medicine)
    return [FlagView(flag, followers.get(flag.snapshot.setid, []), section_changes(flag)) for flag in flags]


def label_queue() -> list[FlagView]:
    """Every open flag, oldest first (the longest-waiting page first), medicines before articles."""
    return _flag_views(LabelFlag.objects.open().order_by("opened_at", "-item__kind", "item__slug"))


def open_flag_count() -> int:
    return LabelFlag.objects.open().aggregate(n=Count("pk"))["n"]


def open_flags(item: ReviewedItem) -> list[FlagView]:
    return _flag_views(LabelFlag.objects.open().filter(item=item).order_by("opened_at"))


def label_snapshots(setid: str, limit: int = 20) -> list[LabelSnapshot]:
    return list(LabelSnapshot.objects.filter(setid=setid).order_by("-version")[:limit]) if setid else []


@dataclass(frozen=True)
class LabelCheck:
    """What a reviewer of a medicine revision compares: the label beside the summary."""

    setid: str
    snapshot: LabelSnapshot | None  # None: the label was never fetched (or no set id)
    who_it_is_for: SafeString
    serious_side_effects: SafeString
    open_flags: list[FlagView]
    is_medicine: bool = True


def label_check(revision: Revision) -> LabelCheck | None:
    """For the review screen: a medicine revision beside its label; for another page, only its open
    label-change flags (approving it ends them), or None when it has none."""
    item = revision.item
    if item.kind != ContentKind.MEDICINE:
        flags = open_flags(item)
        empty = SafeString("")
        return LabelCheck("", None, empty, empty, flags, is_medicine=False) if flags else None
    rendered = revision.rendered_html
    return LabelCheck(
        setid=item.dailymed_setid,
        snapshot=current_snapshot(item.dailymed_setid),
        # Sanitised when the revision was saved (articles.rendering), as the public page shows it.
        who_it_is_for=SafeString(rendered.get("who_it_is_for", "")),
        serious_side_effects=SafeString(rendered.get("serious_side_effects", "")),
        open_flags=open_flags(item),
    )
