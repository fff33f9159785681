"""The label watch's writes: check labels, store snapshots, open and end label-change flags, and
set which label a medicine follows.

Like articles.services (whose permission and audit helpers these use), every function that changes
state is atomic, locks what it changes, checks the acting user's permission and records the audit
context. The daily check (`manage.py check_drug_labels`) acts as nobody: it only adds snapshots and
opens flags, which a reviewer then deals with.
"""

import datetime
import re
from dataclasses import dataclass, field

import pghistory
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from articles import page_groups
from articles import services as review_services
from articles.labels.client import DailyMedClient, LabelSourceError
from articles.labels.models import SETID_PATTERN, LabelFlag, LabelSection, LabelSnapshot
from articles.labels.spl import LabelDocument, read_spl
from articles.models import ContentKind, ReviewDecision, ReviewedItem, Revision

DISMISSAL_REASON_MAX = LabelFlag._meta.get_field("dismissal_reason").max_length


@dataclass
class MedicineCheck:
    """What the check found for one medicine: the JSON report's entry for it."""

    medicine: str
    setid: str = ""
    status: str = "unchanged"  # unchanged | changed | baseline | error | skipped
    previous_version: int | None = None
    version: int | None = None
    sections: list[str] = field(default_factory=list)
    flagged_items: list[str] = field(default_factory=list)  # addresses of the flagged pages
    error: str = ""
    reason: str = ""


@dataclass
class CheckReport:
    checks: list[MedicineCheck] = field(default_factory=list)

    @property
    def read_all(self) -> bool:
        return not any(check.status == "error" for check in self.checks)

    def as_json(self) -> dict:
        """`checked` counts the medicines whose label was read; with the errors and the skipped
        ones it makes every medicine checked."""
        return {
            "checked": sum(check.status not in ("error", "skipped") for check in self.checks),
            "changed": [
                {"medicine": c.medicine, "setid": c.setid, "previous_version": c.previous_version,
                 "version": c.version, "sections": c.sections}
                for c in self.checks if c.status == "changed"
            ],
            "errors": [
                {"medicine": c.medicine, "setid": c.setid, "error": c.error} for c in self.checks if c.status == "error"
            ],
            "skipped": [{"medicine": c.medicine, "reason": c.reason} for c in self.checks if c.status == "skipped"],
        }  # fmt: skip


# --- Checking labels --------------------------------------------------------------------------------


def check_labels(*, slug: str | None = None, client: DailyMedClient | None = None) -> CheckReport:
    """Check every medicine's label (or one medicine's), each label on its own: one that fails is
    reported and records nothing, and the others are still checked."""
    medicines = ReviewedItem.objects.medicines().order_by("slug")
    if slug is not None:
        medicines = medicines.filter(slug=slug)
    by_setid: dict[str, list[ReviewedItem]] = {}
    for medicine in medicines:
        by_setid.setdefault(medicine.dailymed_setid, []).append(medicine)
    report = CheckReport()
    own_client = client is None
    client = client or DailyMedClient()
    try:
        for setid, followers in by_setid.items():
            if not setid:
                report.checks += [
                    MedicineCheck(medicine=m.slug, status="skipped", reason="no DailyMed set id recorded")
                    for m in followers
                ]
            else:
                report.checks += check_label(setid=setid, medicines=followers, client=client)
    finally:
        if own_client:
            client.close()
    report.checks.sort(key=lambda check: check.medicine)
    return report


def check_label(*, setid: str, medicines: list[ReviewedItem], client: DailyMedClient) -> list[MedicineCheck]:
    """Compare a label's newest version with its last snapshot; on a change, store the new version
    and flag the pages of the medicines that follow it (usually one)."""
    previous = LabelSnapshot.objects.current(setid)
    previous_version = previous.version if previous else None

    def outcome(status="unchanged", **details) -> list[MedicineCheck]:
        return [
            MedicineCheck(medicine=m.slug, setid=setid, status=status, previous_version=previous_version, **details)
            for m in medicines
        ]

    try:
        newest = client.history(setid)[0]
        if previous is not None and newest.version <= previous.version:
            return outcome(version=previous.version)  # nothing moved: the document is not fetched
        document = read_spl(client.document(setid), expected_setid=setid)
    except LabelSourceError as error:
        return outcome("error", error=str(error))
    if previous is not None and document.version <= previous.version:
        return outcome(version=previous.version)  # the history ran ahead of the document: tomorrow
    return record_label(document=document, medicines=medicines)


@transaction.atomic
def record_label(*, document: LabelDocument, medicines: list[ReviewedItem]) -> list[MedicineCheck]:
    """Store a new label version and flag the pages that were checked against an older one."""
    with pghistory.context(action="label_check", setid=document.setid, version=document.version):
        snapshot, _created = LabelSnapshot.objects.get_or_create(
            setid=document.setid,
            version=document.version,
            defaults={
                "effective_date": document.effective_date, "title": document.title, **document.sections,
                "section_hashes": document.hashes,
            },
        )  # fmt: skip
        previous = LabelSnapshot.objects.filter(setid=document.setid, version__lt=snapshot.version).first()
        checks = []
        for medicine in ReviewedItem.objects.select_for_update().filter(pk__in=[m.pk for m in medicines]):
            check = MedicineCheck(
                medicine=medicine.slug, setid=document.setid, status="changed", version=snapshot.version,
                previous_version=previous.version if previous else None,
            )  # fmt: skip
            if previous is not None:
                check.sections = changed_sections(previous, snapshot)
            elif _is_baseline(medicine, snapshot):
                check.status = "baseline"
            else:
                check.sections = [name for name in LabelSection.values if snapshot.section_text(name)]
            if check.status == "changed":
                check.flagged_items = _open_flags(
                    medicine=medicine, snapshot=snapshot, previous=previous, sections=check.sections
                )
            checks.append(check)
    return checks


def _is_baseline(medicine: ReviewedItem, snapshot: LabelSnapshot) -> bool:
    """The first snapshot of a label flags nothing, unless the live version was checked against an
    older label (or against none we know of: then a reviewer must look)."""
    if medicine.live_revision_id is None:
        return True  # nothing public; its approval will record the label it was checked against
    checked_on = _label_date_checked(medicine)
    return checked_on is not None and checked_on >= snapshot.effective_date


def changed_sections(previous: LabelSnapshot, snapshot: LabelSnapshot) -> list[str]:
    return [
        name for name in LabelSection.values
        if previous.section_hashes.get(name) != snapshot.section_hashes.get(name)
    ]  # fmt: skip


def _label_date_checked(medicine: ReviewedItem) -> datetime.date | None:
    """The date of the label the live version was checked against: the snapshot its approval
    recorded, else (approved before the label watch) the label date its author gave."""
    live = Revision.objects.filter(pk=medicine.live_revision_id).select_related("decision__label_snapshot").first()
    if live is None:
        return None
    decision = getattr(live, "decision", None)
    if decision is not None and decision.label_snapshot is not None:
        return decision.label_snapshot.effective_date
    return live.fda_label_date


def medicine_names(medicine: ReviewedItem) -> tuple[str, list[str]]:
    """The generic name and brand names a page would call the medicine by (its live version's, else
    its latest version's)."""
    revision = (
        Revision.objects.filter(pk=medicine.live_revision_id).first()
        or medicine.revisions.filter(language="en").order_by("-number").first()
    )
    if revision is None:
        return "", []
    return revision.generic_name.strip(), [name.strip() for name in revision.brand_names if name.strip()]


def _word(name: str) -> str:
    """A PostgreSQL regular expression matching `name` as whole words (\\y is a word boundary)."""
    return r"\y" + re.escape(name).replace(r"\ ", r"\s+").replace(" ", r"\s+") + r"\y"


def articles_naming(medicine: ReviewedItem):
    """Live articles whose live text names the medicine, or that list it among their medicines.

    The generic name matches in any case ("Tamoxifen", "tamoxifen"). Brand names match only as the
    label writes them (or in capitals): a brand that is also a common word (say "Align" or
    "Focus") must not flag every article using the word in lowercase.
    """
    generic, brands = medicine_names(medicine)
    text_fields = ("live_revision__title", "live_revision__summary", "live_revision__body")
    names = Q(live_revision__related_medicines=medicine)
    if generic:
        pattern = _word(generic)
        names |= Q(*[Q(**{f"{name}__iregex": pattern}) for name in text_fields], _connector=Q.OR)
    if brands:
        pattern = "|".join(_word(form) for brand in brands for form in dict.fromkeys([brand, brand.upper()]))
        names |= Q(*[Q(**{f"{name}__regex": f"({pattern})"}) for name in text_fields], _connector=Q.OR)
    return ReviewedItem.objects.live().articles().filter(names).distinct().order_by("slug")


def _open_flags(
    *, medicine: ReviewedItem, snapshot: LabelSnapshot, previous: LabelSnapshot | None, sections: list[str]
) -> list[str]:
    items = [medicine, *articles_naming(medicine)]
    already = set(LabelFlag.objects.open().filter(snapshot=snapshot).values_list("item_id", flat=True))
    flags = [
        LabelFlag(item=item, snapshot=snapshot, previous_snapshot=previous, changed_sections=sections)
        for item in items if item.pk not in already
    ]  # fmt: skip
    LabelFlag.objects.bulk_create(flags)
    for flag in flags:
        page_groups.item_changed(flag.item)  # the flagged pages show a notice from now on
    return [item.get_absolute_url() for item in items]


# --- Ending flags -----------------------------------------------------------------------------------


def approval_recorded(*, item: ReviewedItem, decision: ReviewDecision) -> int:
    """A new version of the page was approved (articles.services.revision_approve, inside its
    transaction and audit context): its open flags end, closed by that approval."""
    closed = (
        LabelFlag.objects.open()
        .filter(item=item)
        .update(closed_at=decision.decided_at, closed_by=decision.reviewer, closing_decision=decision)
    )
    if closed:
        page_groups.item_changed(item)
    return closed


@transaction.atomic
def flag_dismiss(*, flag: LabelFlag, user, reason: str) -> LabelFlag:
    """A reviewer checked the page against the new label and found nothing to change."""
    review_services._require(user, review_services.REVIEW_PERMISSION, _("dismiss label-change flags"))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": [_("Say why the page needs no change; the reason is kept in the record.")]})
    if len(reason) > DISMISSAL_REASON_MAX:
        raise ValidationError({"reason": [_("Keep the reason under %(n)s characters.") % {"n": DISMISSAL_REASON_MAX}]})
    flag = LabelFlag.objects.select_for_update().get(pk=flag.pk)
    if not flag.is_open:
        raise ValidationError(_("This flag has already ended."))
    flag.closed_at = timezone.now()
    flag.closed_by = user
    flag.dismissal_reason = reason
    with review_services._audit("label_flag_dismiss", user, flag=flag.pk, item=flag.item_id):
        flag.save(update_fields=["closed_at", "closed_by", "dismissal_reason"])
    page_groups.item_changed(flag.item)
    return flag


# --- Which label a medicine follows -----------------------------------------------------------------


def setid_from_label_url(url: str) -> str:
    """The set id in a DailyMed address (`...lookup.cfm?setid=...`), or ""."""
    match = re.search(r"[?&]setid=([0-9a-fA-F-]{36})(?:&|#|$)", url or "")
    setid = match[1].lower() if match else ""
    return setid if re.match(SETID_PATTERN, setid) else ""


@transaction.atomic
def medicine_set_setid(*, item: ReviewedItem, user, setid: str) -> ReviewedItem:
    """Set (or clear, with "") the DailyMed label a medicine summary is checked against."""
    review_services._require(user, review_services.REVIEW_PERMISSION, _("change which label a medicine follows"))
    item = ReviewedItem.objects.select_for_update().get(pk=item.pk)
    if item.kind != ContentKind.MEDICINE:
        raise ValidationError(_("Only a medicine summary follows an FDA label."))
    item.dailymed_setid = (setid or "").strip().lower()
    item.full_clean(exclude=["live_revision", "reviewed_by", "topic"], validate_constraints=False)
    with review_services._audit("medicine_set_setid", user, item=item.pk, setid=item.dailymed_setid):
        item.save(update_fields=["dailymed_setid"])
    return item
