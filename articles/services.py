"""The only code that changes the review workflow's state.

Views, admin actions, management commands and tests all call these functions. Each one is atomic,
locks the rows it changes, checks the acting user's permission itself and records the audit context
(django-pghistory). The database enforces the same rules again with triggers and constraints, so a
bug here, a bulk update or raw SQL cannot publish unreviewed text.

Errors: `PermissionDenied` when the user may not do this at all; `ValidationError` with a message for
the user when the input or the item's state does not allow it. Either way nothing is changed.
"""

import datetime
from collections.abc import Iterable, Mapping, Sequence

import pghistory
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, ProtectedError
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from articles import lint, notifications, page_groups
from articles.labels import services as label_services
from articles.models import (
    ENGLISH,
    TRANSLATION_LANGUAGES,
    ContentKind,
    DecisionOutcome,
    Feedback,
    ItemTranslation,
    LabelSnapshot,
    Language,
    Reference,
    ReviewConfirmation,
    ReviewDecision,
    ReviewedItem,
    ReviewerProfile,
    Revision,
    RevisionMedicine,
    RevisionStatus,
    Topic,
)
from articles.presentation import measure_text, search_text
from articles.rendering import cited_numbers, normalise_text, render_markdown
from portal import search
from portal.dates import months_later
from portal.page_cache import public_pages_changed
from portal.security_log import security_event

AUTHOR_PERMISSION = "articles.author_content"
VERIFY_PERMISSION = "articles.verify_reviewer"
PROFILE_PERMISSION = "articles.change_reviewerprofile"
REVIEW_PERMISSION = "articles.review_content"
WITHDRAW_PERMISSION = "articles.withdraw_content"
TRANSLATE_PERMISSION = "articles.translate_content"

# Revision fields an author may write, by kind; everything else on a revision is workflow state.
COMMON_FIELDS = ("title", "summary", "body", "change_summary", "hr_status", "her2_status")
MEDICINE_FIELDS = (
    "generic_name", "brand_names", "drug_class", "how_it_works", "who_it_is_for", "line_of_treatment",
    "routes", "schedule", "common_side_effects", "serious_side_effects", "questions_to_ask",
    "fda_label_url", "fda_label_date", "biomarkers", "breast_cancer_use_withdrawn_on",
)  # fmt: skip
GLOSSARY_FIELDS = ("aliases",)
CONTENT_FIELDS = {
    ContentKind.ARTICLE: (*COMMON_FIELDS, "biomarkers"),
    ContentKind.MEDICINE: COMMON_FIELDS + MEDICINE_FIELDS,
    ContentKind.GLOSSARY: COMMON_FIELDS + GLOSSARY_FIELDS,
    # A topic's title and one-sentence summary (plain text), as the home page and topic page show them.
    ContentKind.TOPIC: ("title", "summary", "change_summary"),
    # The panel's heading, its first words (Markdown) and the signs that need 911 (Markdown).
    ContentKind.URGENT_HELP: ("title", "summary", "body", "change_summary"),
}
# Markdown fields: rendered to sanitised HTML when the revision is saved, checked for citations.
MARKDOWN_FIELDS = (
    "summary", "body", "how_it_works", "who_it_is_for", "common_side_effects", "serious_side_effects",
    "questions_to_ask",
)  # fmt: skip
REFERENCE_FIELDS = ("title", "authors", "source", "year", "url", "doi", "pmid", "accessed_on")
# What a translator writes, by kind: the words. Everything else a page shows (subtype and biomarker tags,
# routes, the FDA label's address and date, brand names, related medicines) is copied from the English
# revision translated, so a translation can never say a medicine is for someone the English page does not.
TRANSLATED_FIELDS = {
    ContentKind.ARTICLE: ("title", "summary", "body", "change_summary"),
    ContentKind.MEDICINE: (
        "title", "summary", "change_summary", "generic_name", "drug_class", "how_it_works", "who_it_is_for",
        "line_of_treatment", "schedule", "common_side_effects", "serious_side_effects", "questions_to_ask",
    ),
    ContentKind.GLOSSARY: ("title", "summary", "change_summary", "aliases"),
    ContentKind.TOPIC: ("title", "summary", "change_summary"),
    ContentKind.URGENT_HELP: ("title", "summary", "body", "change_summary"),
}  # fmt: skip


def writable_fields(kind: str, language: str = ENGLISH) -> tuple[str, ...]:
    """The fields an author (English) or a translator (another language) writes for a kind of page."""
    return CONTENT_FIELDS[kind] if language == ENGLISH else TRANSLATED_FIELDS[kind]


def _writer_permission(language: str) -> str:
    return AUTHOR_PERMISSION if language == ENGLISH else TRANSLATE_PERMISSION


def _require(user: AbstractBaseUser, permission: str, action: str) -> None:
    if not (user and user.is_active and user.has_perm(permission)):
        raise PermissionDenied(_("You do not have permission to %(action)s.") % {"action": action})


def _when(moment: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _audit(action: str, user: AbstractBaseUser, **details) -> pghistory.context:
    return pghistory.context(action=action, user=user.pk, **details)


def search_index_item(item: ReviewedItem, revision: Revision) -> None:
    """Put an item's live revision in the public search index (not a topic's: readers find its pages;
    nor the urgent help panel: it has no page of its own)."""
    if item.kind in (ContentKind.TOPIC, ContentKind.URGENT_HELP):
        return
    # As sentences: the index's snippets are read, and list items must not run together.
    plain = {name: search_text(revision.rendered_html.get(name, "")) for name in MARKDOWN_FIELDS}
    names = [*revision.aliases, *revision.brand_names, revision.generic_name, revision.drug_class]
    search.index_document(
        key=f"item:{item.pk}", kind=item.kind, url=item.get_absolute_url(), title=revision.title,
        summary=" ".join(plain["summary"].split()),
        body=" ".join(" ".join(text.split()) for name, text in plain.items() if name != "summary"),
        names=[name for name in names if name], topic=item.topic.slug if item.topic_id else "",
        is_sample=item.is_sample,
        medicine_names=[revision.generic_name, *revision.brand_names] if item.kind == ContentKind.MEDICINE else [],
    )  # fmt: skip


def search_index_translation(item: ReviewedItem, revision: Revision) -> None:
    """Put an item's live translation in the search index of its language, at the page's address in
    that language (withdrawing the English page takes it out with the English one: `item_withdraw`).
    A translated medicine keeps its English generic name among its medicine names, so a Spanish
    query names the same one medicine ("tamoxifeno" is tamoxifen, never another)."""
    if item.kind in (ContentKind.TOPIC, ContentKind.URGENT_HELP):
        return
    plain = {name: search_text(revision.rendered_html.get(name, "")) for name in MARKDOWN_FIELDS}
    names = [*revision.aliases, *revision.brand_names, revision.generic_name, revision.drug_class]
    medicine_names = []
    if item.kind == ContentKind.MEDICINE:
        english = revision.translation_of.generic_name if revision.translation_of_id else ""
        medicine_names = [revision.generic_name, english, *revision.brand_names]
    search.index_document(
        key=f"item:{item.pk}", language=revision.language, kind=item.kind,
        url=item.get_translated_url(revision.language), title=revision.title,
        summary=" ".join(plain["summary"].split()),
        body=" ".join(" ".join(text.split()) for name, text in plain.items() if name != "summary"),
        names=[name for name in names if name], topic=item.topic.slug if item.topic_id else "",
        is_sample=item.is_sample, medicine_names=[name for name in medicine_names if name],
    )  # fmt: skip


# --- Drafts ---------------------------------------------------------------------------------------


def _build_revision(
    *,
    item: ReviewedItem,
    author,
    number: int,
    based_on: Revision | None,
    content: Mapping,
    references: Sequence,
    language: str = ENGLISH,
    translation_of: Revision | None = None,
) -> tuple[Revision, list[Reference]]:
    """Validate the content and references of a new revision; nothing is saved.

    A translation (`language` other than English) takes the translated words from `content` and every
    other field from `translation_of`, the English revision it translates.
    """
    allowed = writable_fields(item.kind, language)
    unknown = set(content) - set(allowed)
    if unknown:
        raise ValidationError(_("These fields do not belong to this kind of page: %s") % ", ".join(sorted(unknown)))
    revision = Revision(
        item=item, author=author, number=number, based_on=based_on, status=RevisionStatus.DRAFT, language=language,
        translation_of=translation_of,
    )  # fmt: skip
    if translation_of is not None:
        for field in CONTENT_FIELDS[item.kind]:  # the original's tags, routes and label, and any word left out
            setattr(revision, field, getattr(translation_of, field))
    for field in allowed:
        if field in content:
            value = content[field]
            # Normalised here too, not only in the editor's form: a version must compare with the one
            # before by its words, however it arrived (a form, an import, a script).
            setattr(revision, field, normalise_text(value).strip() if isinstance(value, str) else value)

    errors: dict[str, list] = {}
    try:
        revision.full_clean(exclude=["item", "author", "based_on", "translation_of"], validate_constraints=False)
    except ValidationError as error:
        errors.update(error.message_dict)
    if item.kind == ContentKind.ARTICLE and not revision.body:
        errors.setdefault("body", []).append(_("An article needs a body."))
    if item.kind == ContentKind.MEDICINE and not revision.generic_name:
        errors.setdefault("generic_name", []).append(_("A medicine summary needs the generic name."))
    if item.kind == ContentKind.TOPIC:
        _check_topic_text(revision, errors)

    reference_objects = []
    for position, data in enumerate(references, start=1):
        extra = set(data) - set(REFERENCE_FIELDS)
        if extra:
            errors.setdefault("references", []).append(
                _("Reference %(n)s has unknown fields: %(f)s") % {"n": position, "f": ", ".join(sorted(extra))}
            )
            continue
        reference = Reference(
            position=position, **{k: (normalise_text(v).strip() if isinstance(v, str) else v) for k, v in data.items()}
        )
        try:
            reference.full_clean(exclude=["revision"], validate_constraints=False)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                errors.setdefault("references", []).extend(
                    f"{_('Reference')} {position}, {Reference._meta.get_field(field).verbose_name}: {message}"
                    for message in messages
                )
        reference_objects.append(reference)

    cited = set().union(*(cited_numbers(getattr(revision, field)) for field in MARKDOWN_FIELDS))
    missing = sorted(number for number in cited if number > len(references) or number < 1)
    if missing:
        errors.setdefault("references", []).append(
            _("The text cites %(cited)s but there is no such reference (this version has %(count)s).")
            % {"cited": ", ".join(f"[{n}]" for n in missing), "count": len(references)}
        )
    if errors:
        raise ValidationError(errors)
    revision.rendered_html = {field: render_markdown(getattr(revision, field)) for field in MARKDOWN_FIELDS}
    revision.word_count, revision.reading_grade = measure_text(*revision.rendered_html.values())
    return revision, reference_objects


def _check_topic_text(revision: Revision, errors: dict[str, list]) -> None:
    """A topic revision must fit the published topic's columns, which readers see as plain text."""
    for name in ("title", "summary"):
        limit = Topic._meta.get_field(name).max_length
        if len(getattr(revision, name)) > limit:
            errors.setdefault(name, []).append(
                _("A topic's %(field)s has at most %(limit)s characters (this one has %(count)s).")
                % {"field": Revision._meta.get_field(name).verbose_name, "limit": limit,
                   "count": len(getattr(revision, name))}
            )  # fmt: skip
    if "\n" in revision.summary:
        errors.setdefault("summary", []).append(_("A topic's summary is one paragraph of plain text."))


def _publish_topic(item: ReviewedItem, revision: Revision) -> None:
    """Copy a topic's approved text to the row the public pages read (a new topic goes last)."""
    topic = Topic.objects.select_for_update().filter(item=item).first()
    if topic is None:
        last = Topic.objects.aggregate(last=Max("position"))["last"]
        topic = Topic(item=item, position=0 if last is None else last + 1)
    # The address is the item's, unique among topics like the item's own (kind, slug).
    topic.slug, topic.title, topic.summary = item.slug, revision.title, revision.summary
    topic.save()


def _save_revision(revision: Revision, references: list[Reference], medicine_ids: Iterable[int]) -> Revision:
    revision.save()
    for reference in references:
        reference.revision = revision
    Reference.objects.bulk_create(references)
    medicine_ids = list(dict.fromkeys(medicine_ids))
    medicines = ReviewedItem.objects.medicines().filter(pk__in=medicine_ids).values_list("pk", flat=True)
    if len(medicines) != len(medicine_ids):
        raise ValidationError({"related_medicines": [_("Related medicines must be existing medicine summaries.")]})
    RevisionMedicine.objects.bulk_create(RevisionMedicine(revision=revision, medicine_id=pk) for pk in medicine_ids)
    return revision


@transaction.atomic
def item_create(
    *,
    kind: str,
    slug: str,
    author,
    content: Mapping,
    references: Sequence[Mapping] = (),
    related_medicine_ids: Iterable[int] = (),
    topic: Topic | None = None,
    review_interval_months: int = 12,
    is_sample: bool = False,
) -> Revision:
    """Create a new page (article, medicine summary, glossary term or topic) with its first draft."""
    _require(author, AUTHOR_PERMISSION, _("write content"))
    if kind not in ContentKind.values:
        raise ValidationError({"kind": [_("Unknown kind of page.")]})
    slug = (slug or "").strip()
    if not slug or slugify(slug) != slug:
        raise ValidationError({"slug": [_("Use lowercase letters, numbers and hyphens, e.g. “hormone-therapy”.")]})
    if kind == ContentKind.ARTICLE and topic is None:
        raise ValidationError({"topic": [_("An article belongs to a topic.")]})
    if kind == ContentKind.TOPIC and topic is not None:
        raise ValidationError({"topic": [_("A topic does not belong to another topic.")]})
    topic_slug_limit = Topic._meta.get_field("slug").max_length
    if kind == ContentKind.TOPIC and len(slug) > topic_slug_limit:
        raise ValidationError({"slug": [_("A topic's address has at most %s characters.") % topic_slug_limit]})
    if ReviewedItem.objects.filter(kind=kind, slug=slug).exists():
        raise ValidationError({"slug": [_("Another page already uses the address “%s”.") % slug]})
    if kind == ContentKind.URGENT_HELP and ReviewedItem.objects.filter(kind=kind).exists():
        raise ValidationError({"kind": [_("There is one urgent help panel: write a new version of it instead.")]})
    item = ReviewedItem(
        kind=kind, slug=slug, topic=topic, review_interval_months=review_interval_months, is_sample=is_sample
    )
    item.full_clean(exclude=["live_revision", "reviewed_by"], validate_constraints=False)
    with _audit("item_create", author, kind=kind, slug=slug):
        try:
            with transaction.atomic():
                item.save()
        except IntegrityError:  # another author created the same address a moment ago
            raise ValidationError({"slug": [_("Another page already uses the address “%s”.") % slug]}) from None
        revision, reference_objects = _build_revision(
            item=item, author=author, number=1, based_on=None, content=content, references=references
        )
        return _save_revision(revision, reference_objects, related_medicine_ids)


@transaction.atomic
def revision_save(
    *,
    item: ReviewedItem,
    author,
    based_on: Revision | None,
    content: Mapping,
    references: Sequence[Mapping] = (),
    related_medicine_ids: Iterable[int] = (),
    language: str = ENGLISH,
    translation_of: Revision | None = None,
) -> Revision:
    """Save an edit as a new draft revision of `item` in `language` (English unless told).

    `based_on` is the revision the author's form was opened from. If anybody saved a newer revision
    in that language since, the edit is refused rather than silently overwriting theirs.

    A translation is written by a translator: `translation_of` names the approved English revision it
    translates (the live one when not given); `based_on` is the latest translation in the language, or
    None for the first. Its references default to the English ones; its related medicines, tags and
    label fields are always the English revision's.
    """
    _require(author, _writer_permission(language), _("write content") if language == ENGLISH else _("translate"))
    item = ReviewedItem.objects.select_for_update().get(pk=item.pk)
    if language != ENGLISH:
        translation_of, references, related_medicine_ids = _translation_source(item, language, translation_of,
                                                                               references)  # fmt: skip
    elif translation_of is not None:
        raise ValidationError(_("Only a translation names the English version it translates."))
    latest = item.revisions.filter(language=language).select_related("author").order_by("-number").first()
    if (based_on.pk if based_on else None) != (latest.pk if latest else None):
        if latest is None:
            raise ValidationError(_("There is no earlier version in this language to start from."))
        raise ValidationError(
            _(
                "This page changed after you opened it: version %(number)s was saved by %(author)s at %(when)s. "
                "Nothing was overwritten and your edit was not saved; open the latest version and make your "
                "change there."
            )
            % {"number": latest.number, "author": latest.author.get_username(), "when": _when(latest.created_at)}
        )
    revision, reference_objects = _build_revision(
        item=item, author=author, number=(latest.number if latest else 0) + 1, based_on=based_on, content=content,
        references=references, language=language, translation_of=translation_of,
    )  # fmt: skip
    with _audit("revision_save", author, item=item.pk, language=language):
        return _save_revision(revision, reference_objects, related_medicine_ids)


def _translation_source(
    item: ReviewedItem, language: str, translation_of: Revision | None, references: Sequence[Mapping]
) -> tuple[Revision, Sequence[Mapping], list[int]]:
    """The English revision a translation translates (checked), its references unless the translator
    gave their own, and its related medicines."""
    if language not in TRANSLATION_LANGUAGES:
        raise ValidationError({"language": [_("Pages are not translated into “%s”.") % language]})
    if translation_of is None:
        if item.live_revision_id is None:
            raise ValidationError(_("Only a published English page can be translated."))
        translation_of = Revision.objects.get(pk=item.live_revision_id)
    else:
        translation_of = Revision.objects.filter(pk=translation_of.pk).first()
    if (
        translation_of is None or translation_of.item_id != item.pk or translation_of.language != ENGLISH
        or not ReviewDecision.objects.filter(revision=translation_of, outcome=DecisionOutcome.APPROVED).exists()
    ):  # fmt: skip
        raise ValidationError(
            {"translation_of": [_("A translation translates an approved English version of the same page.")]}
        )
    if not references:
        references = [
            {field: getattr(ref, field) for field in REFERENCE_FIELDS} for ref in translation_of.references.all()
        ]
    medicine_ids = list(RevisionMedicine.objects.filter(revision=translation_of).values_list("medicine_id", flat=True))
    return translation_of, references, medicine_ids


def revision_content(revision: Revision) -> tuple[dict, list[dict], list[int]]:
    """The content, references and related medicines of a revision, in the form the services take."""
    content = {field: getattr(revision, field) for field in writable_fields(revision.item.kind, revision.language)}
    references = [{field: getattr(ref, field) for field in REFERENCE_FIELDS} for ref in revision.references.all()]
    medicine_ids = list(RevisionMedicine.objects.filter(revision=revision).values_list("medicine_id", flat=True))
    return content, references, medicine_ids


@transaction.atomic
def revision_restore(*, revision: Revision, user) -> Revision:
    """Start a new draft from an earlier revision's content; it needs review like any other edit."""
    _require(user, _writer_permission(revision.language), _("write content"))
    item = ReviewedItem.objects.select_for_update().get(pk=revision.item_id)
    revision = Revision.objects.select_related("item").get(pk=revision.pk)
    content, references, medicine_ids = revision_content(revision)
    content["change_summary"] = _("Restored the text of version %(number)s.") % {"number": revision.number}
    latest = item.revisions.filter(language=revision.language).order_by("-number").first()
    return revision_save(
        item=item, author=user, based_on=latest, content=content, references=references,
        related_medicine_ids=medicine_ids, language=revision.language, translation_of=revision.translation_of,
    )  # fmt: skip


# --- Review ---------------------------------------------------------------------------------------


def _lock_revision(revision: Revision) -> tuple[ReviewedItem, Revision]:
    """Lock the item, then the revision (always in this order, so two actions cannot deadlock)."""
    item = ReviewedItem.objects.select_for_update().get(pk=revision.item_id)
    return item, Revision.objects.select_for_update().get(pk=revision.pk)


@transaction.atomic
def revision_submit(*, revision: Revision, user) -> Revision:
    """Send a draft to the clinical reviewers. From now on it cannot change."""
    item, revision = _lock_revision(revision)
    _require(user, _writer_permission(revision.language), _("submit content for review"))
    if revision.status != RevisionStatus.DRAFT:
        raise ValidationError(
            _("Only a draft can be submitted; version %(number)s is “%(status)s”.")
            % {"number": revision.number, "status": revision.get_status_display()}
        )
    in_language = item.revisions.filter(language=revision.language)
    latest_number = in_language.aggregate(latest=Max("number"))["latest"]
    if revision.number != latest_number:
        raise ValidationError(
            _("Version %(latest)s is newer than this draft; submit the latest version instead.")
            % {"latest": latest_number}
        )
    open_review = in_language.filter(status=RevisionStatus.IN_REVIEW).first()
    if open_review:
        raise ValidationError(
            _("Version %(number)s of this page is already in review; wait for its decision before submitting another.")
            % {"number": open_review.number}
        )
    revision.status = RevisionStatus.IN_REVIEW
    revision.submitted_at = timezone.now()
    with _audit("revision_submit", user, revision=revision.pk):
        revision.save(update_fields=["status", "submitted_at"])
    transaction.on_commit(lambda: notifications.revision_submitted(revision.pk))
    return revision


def _check_decidable(revision: Revision, action: str) -> None:
    if revision.status == RevisionStatus.IN_REVIEW:
        return
    decision = ReviewDecision.objects.filter(revision=revision).first()
    if decision is not None:
        raise ValidationError(
            _("Version %(number)s was already decided by %(name)s at %(when)s (%(outcome)s).")
            % {
                "number": revision.number,
                "name": decision.reviewer_name,
                "when": _when(decision.decided_at),
                "outcome": decision.get_outcome_display(),
            }
        )
    raise ValidationError(
        _("Only a version in review can be %(action)s; version %(number)s is “%(status)s”.")
        % {"action": action, "number": revision.number, "status": revision.get_status_display()}
    )


def _reviewer_identity(reviewer, *, require_verified: bool, language: str = ENGLISH) -> tuple[str, str]:
    profile = ReviewerProfile.objects.filter(user=reviewer).first()
    if profile is None or not profile.credentials.strip():
        raise ValidationError(
            _("A reviewer profile with your credentials is needed before you can decide; ask an administrator.")
        )
    if require_verified and not profile.is_verified:
        raise ValidationError(
            _("Your credentials have not been verified yet, so you cannot approve; ask an administrator to verify.")
        )
    if language not in profile.languages:
        raise ValidationError(
            _("Your reviewer profile does not hold %(language)s, so another reviewer must decide on this version.")
            % {"language": Language(language).label}
        )
    return profile.display_name, profile.credentials


def _check_four_eyes(item: ReviewedItem, reviewer, language: str = ENGLISH) -> None:
    """Nobody who wrote a revision of the item in this language since its last approval in it approves."""
    in_language = Revision.objects.filter(item=item, language=language)
    last_approved = in_language.filter(decision__outcome=DecisionOutcome.APPROVED).aggregate(n=Max("number"))["n"] or 0
    authored = in_language.filter(number__gt=last_approved, author=reviewer).values_list("number", flat=True)
    if authored:
        raise ValidationError(
            _(
                "You wrote version %(numbers)s of this page since it was last approved, so another reviewer must "
                "approve it (four eyes)."
            )
            % {"numbers": ", ".join(str(n) for n in sorted(authored))}
        )


def revision_findings(revision: Revision) -> list[lint.Finding]:
    """The editorial quality gate's findings for a revision (its text, references and topic)."""
    fields = {field: getattr(revision, field) for field in ("title", *MARKDOWN_FIELDS) if getattr(revision, field)}
    references = [
        lint.Reference(ref.position, ref.title, ref.url, ref.doi, ref.pmid, ref.year)
        for ref in revision.references.all()
    ]
    topic = revision.item.topic.slug if revision.item.topic_id else ""
    label = LabelSnapshot.objects.current(revision.item.dailymed_setid)  # medicines that follow a label
    return lint.lint(
        lint.Document(
            fields, references, topic, boxed_warning=label.boxed_warning if label else "", language=revision.language
        )
    )


def _check_overrides(revision: Revision, overrides: Mapping[str, str]) -> list[dict]:
    """Every editorial error needs the reviewer's reason to approve despite it."""
    recorded, missing = [], []
    for finding in lint.errors(revision_findings(revision)):
        reason = (overrides.get(finding.key) or "").strip()
        if reason:
            recorded.append({**finding.as_dict(), "reason": reason})
        else:
            missing.append(f"{finding.title} ({finding.where}: “{finding.excerpt}”)")
    if missing:
        raise ValidationError(
            _("This version has editorial errors; to approve it anyway give a reason for each: %(list)s")
            % {"list": "; ".join(missing)}
        )
    return recorded


@transaction.atomic
def revision_approve(
    *,
    revision: Revision,
    reviewer,
    comment: str = "",
    next_review_due: datetime.date | None = None,
    overrides: Mapping[str, str] | None = None,
    safety_change: bool = False,
) -> ReviewDecision:
    """Approve exactly this revision: it goes live, the previous live revision is superseded.

    `overrides` maps each editorial error's key to the reviewer's reason for approving despite it;
    an error without a reason refuses the approval. `safety_change` (English only) marks a change
    that matters for safety: translations of earlier versions then say so plainly until they catch up.
    A translation goes live in its language only (`ItemTranslation`); the English page is untouched.
    """
    _require(reviewer, REVIEW_PERMISSION, _("approve content"))
    item, revision = _lock_revision(revision)
    _check_decidable(revision, _("approved"))
    _check_four_eyes(item, reviewer, revision.language)
    name, credentials = _reviewer_identity(reviewer, require_verified=True, language=revision.language)
    if revision.language != ENGLISH:  # checked before the editorial errors: these cannot be overridden
        if safety_change:
            raise ValidationError(_("Only an English version is marked as a safety change; its translations follow."))
        if item.live_revision_id is None:
            raise ValidationError(_("The English page is not published, so its translation cannot go live."))
    recorded_overrides = _check_overrides(revision, overrides or {})
    now = timezone.now()
    today = timezone.localdate(now)
    due = next_review_due or months_later(today, item.review_interval_months)
    if due <= today:
        raise ValidationError({"next_review_due": [_("The next review must be due after today.")]})
    if revision.language != ENGLISH:
        return _approve_translation(item, revision, reviewer, name, credentials, comment, now, due, recorded_overrides)

    with _audit("revision_approve", reviewer, revision=revision.pk):
        decision = ReviewDecision.objects.create(
            revision=revision, reviewer=reviewer, reviewer_name=name, reviewer_credentials=credentials,
            outcome=DecisionOutcome.APPROVED, comment=(comment or "").strip(), decided_at=now, next_review_due=due,
            overrides=recorded_overrides, safety_change=bool(safety_change),
            label_snapshot=LabelSnapshot.objects.current(item.dailymed_setid),  # the label it was checked against
        )  # fmt: skip
        label_services.approval_recorded(item=item, decision=decision)  # its label-change flags end
        going_out = item.live_revision_id
        if item.live_revision_id:
            Revision.objects.filter(pk=item.live_revision_id).update(status=RevisionStatus.SUPERSEDED)
        revision.status = RevisionStatus.APPROVED
        revision.save(update_fields=["status"])
        item.live_revision = revision
        item.last_reviewed_at = now
        item.reviewed_by = reviewer
        item.next_review_due = due
        item.withdrawn_at = None
        item.withdrawal_reason = ""
        item.withdrawal_next_url = ""
        item.save(
            update_fields=[
                "live_revision", "last_reviewed_at", "reviewed_by", "next_review_due",
                "withdrawn_at", "withdrawal_reason", "withdrawal_next_url",
            ]
        )  # fmt: skip
        if item.kind == ContentKind.TOPIC:
            _publish_topic(item, revision)
    search_index_item(item, revision)
    page_groups.item_changed(item, going_out, revision.pk)
    _announce_approval(decision, reviewer, item, revision)
    return decision


def _announce_approval(decision, reviewer, item, revision) -> None:
    """Once the approval is committed: tell the author, and record it in the security log."""
    transaction.on_commit(lambda: notifications.revision_decided(decision.pk))
    transaction.on_commit(
        lambda: security_event("revision_approved", user=reviewer, item=item.pk, slug=item.slug, revision=revision.pk)
    )


def _approve_translation(item, revision, reviewer, name, credentials, comment, now, due, recorded_overrides):
    """The translation half of `revision_approve` (same checks done, rows locked): it goes live in its
    language, the previous live translation is superseded."""
    translation, _created = ItemTranslation.objects.select_for_update().get_or_create(
        item=item, language=revision.language
    )
    with _audit("revision_approve", reviewer, revision=revision.pk, language=revision.language):
        decision = ReviewDecision.objects.create(
            revision=revision, reviewer=reviewer, reviewer_name=name, reviewer_credentials=credentials,
            outcome=DecisionOutcome.APPROVED, comment=(comment or "").strip(), decided_at=now, next_review_due=due,
            overrides=recorded_overrides,
        )  # fmt: skip
        if translation.live_revision_id:
            Revision.objects.filter(pk=translation.live_revision_id).update(status=RevisionStatus.SUPERSEDED)
        revision.status = RevisionStatus.APPROVED
        revision.save(update_fields=["status"])
        translation.live_revision = revision
        translation.last_reviewed_at = now
        translation.reviewed_by = reviewer
        translation.next_review_due = due
        translation.withdrawn_at = None
        translation.save()
    search_index_translation(item, revision)
    public_pages_changed()
    _announce_approval(decision, reviewer, item, revision)
    return decision


@transaction.atomic
def revision_request_changes(*, revision: Revision, reviewer, comment: str) -> ReviewDecision:
    """Send a revision back to its author with a comment saying what to change."""
    _require(reviewer, REVIEW_PERMISSION, _("review content"))
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError({"comment": [_("Say what needs to change, so the author can fix it.")]})
    item, revision = _lock_revision(revision)
    _check_decidable(revision, _("sent back"))
    name, credentials = _reviewer_identity(reviewer, require_verified=False, language=revision.language)
    with _audit("revision_request_changes", reviewer, revision=revision.pk):
        decision = ReviewDecision.objects.create(
            revision=revision, reviewer=reviewer, reviewer_name=name, reviewer_credentials=credentials,
            outcome=DecisionOutcome.CHANGES_REQUESTED, comment=comment,
        )  # fmt: skip
        revision.status = RevisionStatus.CHANGES_REQUESTED
        revision.save(update_fields=["status"])
    transaction.on_commit(lambda: notifications.revision_decided(decision.pk))
    return decision


@transaction.atomic
def item_withdraw(*, item: ReviewedItem, user, reason: str, next_url: str = "") -> ReviewedItem:
    """Take a page down at once. Its address then answers 410 Gone with the reason and where to go."""
    _require(user, WITHDRAW_PERMISSION, _("withdraw content"))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": [_("Give a plain reason; patients will see it.")]})
    item = ReviewedItem.objects.select_for_update().get(pk=item.pk)
    if item.live_revision_id is None:
        raise ValidationError(_("This page is not published, so there is nothing to withdraw."))
    topic = Topic.objects.select_for_update().filter(item=item).first()
    if topic is not None and topic.items.exists():
        raise ValidationError(
            _("This topic still has pages, which would be left without a topic. Correct its text with a new "
              "version, or move its pages to another topic first.")
        )  # fmt: skip
    item.withdrawal_reason = reason
    item.withdrawal_next_url = (next_url or "").strip()
    item.full_clean(exclude=["live_revision", "reviewed_by", "topic"], validate_constraints=False)
    going_out = item.live_revision_id
    with _audit("item_withdraw", user, item=item.pk):
        Revision.objects.filter(pk=item.live_revision_id).update(status=RevisionStatus.WITHDRAWN)
        item.live_revision = None
        item.withdrawn_at = timezone.now()
        # Its translations go with it: each answers 410 too, until a new translation is approved.
        translations = list(ItemTranslation.objects.select_for_update().filter(item=item, live_revision__isnull=False))
        Revision.objects.filter(pk__in=[t.live_revision_id for t in translations]).update(
            status=RevisionStatus.WITHDRAWN
        )
        ItemTranslation.objects.filter(pk__in=[t.pk for t in translations]).update(
            live_revision=None, withdrawn_at=item.withdrawn_at
        )
        item.save(update_fields=["live_revision", "withdrawn_at", "withdrawal_reason", "withdrawal_next_url"])
        if topic is not None:
            topic.delete()  # its address now answers 410 Gone; a later approval publishes it again
    search.unindex(f"item:{item.pk}")
    page_groups.item_changed(item, going_out, None)
    transaction.on_commit(lambda: security_event("item_withdrawn", user=user, item=item.pk, slug=item.slug))
    return item


@transaction.atomic
def item_confirm_review(
    *, item: ReviewedItem, reviewer, note: str, next_review_due: datetime.date | None = None
) -> ReviewConfirmation:
    """Record that a reviewer re-checked the live version and found it still correct, without a new
    version: the page's "Last reviewed" becomes now and its next review is set.

    The same people may do this as may approve: reviewers with verified credentials, and never the
    author of the live version (four eyes; the database refuses it too).
    """
    _require(reviewer, REVIEW_PERMISSION, _("confirm a review"))
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": [_("Say what you re-checked, and against which sources.")]})
    item = ReviewedItem.objects.select_for_update().get(pk=item.pk)
    if item.live_revision_id is None:
        raise ValidationError(_("This page is not published, so there is no live version to confirm."))
    live = Revision.objects.get(pk=item.live_revision_id)
    if live.author_id == reviewer.pk:
        raise ValidationError(
            _("You wrote the live version of this page, so another reviewer must confirm it (four eyes).")
        )
    name, credentials = _reviewer_identity(reviewer, require_verified=True)
    now = timezone.now()
    today = timezone.localdate(now)
    due = next_review_due or months_later(today, item.review_interval_months)
    if due <= today:
        raise ValidationError({"next_review_due": [_("The next review must be due after today.")]})
    with _audit("item_confirm_review", reviewer, item=item.pk, revision=live.pk):
        confirmation = ReviewConfirmation.objects.create(
            item=item, revision=live, reviewer=reviewer, reviewer_name=name, reviewer_credentials=credentials,
            note=note, confirmed_at=now, next_review_due=due,
        )  # fmt: skip
        item.last_reviewed_at = now
        item.reviewed_by = reviewer
        item.next_review_due = due
        item.save(update_fields=["last_reviewed_at", "reviewed_by", "next_review_due"])
    page_groups.item_changed(item)  # the page's "Last reviewed" stamp
    transaction.on_commit(
        lambda: security_event("review_confirmed", user=reviewer, item=item.pk, slug=item.slug, revision=live.pk)
    )
    return confirmation


def _require_own(revision: Revision, user, action: str) -> None:
    if revision.author_id != user.pk:
        raise PermissionDenied(_("Only the author of this version can %(action)s.") % {"action": action})


@transaction.atomic
def revision_discard(*, revision: Revision, user) -> ReviewedItem | None:
    """Delete the author's own latest draft (never a submitted version: the database keeps those).

    Discarding the only version of a new page deletes the page too; returns the item, or None then.
    """
    item, revision = _lock_revision(revision)
    _require(user, _writer_permission(revision.language), _("write content"))
    _require_own(revision, user, _("discard it"))
    if revision.status != RevisionStatus.DRAFT:
        raise ValidationError(
            _("Only a draft can be discarded; version %(number)s is “%(status)s”.")
            % {"number": revision.number, "status": revision.get_status_display()}
        )
    if item.revisions.filter(language=revision.language, number__gt=revision.number).exists():
        raise ValidationError(_("A newer version was saved after this draft, so it can no longer be discarded."))
    only_version = not item.revisions.exclude(pk=revision.pk).exists()
    with _audit("revision_discard", user, item=item.pk, revision=revision.pk, number=revision.number):
        revision.delete()  # its references and related medicines go with it
        if only_version:
            try:
                item.delete()
            except ProtectedError:  # the whole discard is undone: a page never stays without a version
                raise ValidationError(
                    _("Another page's version names this medicine, so its only draft cannot be discarded.")
                ) from None
            return None
    return item


@transaction.atomic
def revision_pull_back(*, revision: Revision, user) -> Revision:
    """The author takes their submission back before any decision; their next edit makes a new draft."""
    item, revision = _lock_revision(revision)
    _require(user, _writer_permission(revision.language), _("write content"))
    _require_own(revision, user, _("pull it back"))
    _check_decidable(revision, _("pulled back"))
    revision.status = RevisionStatus.PULLED_BACK
    with _audit("revision_pull_back", user, revision=revision.pk):
        revision.save(update_fields=["status"])
    return revision


def approval_refusal(*, revision: Revision, user) -> str | None:
    """Why `user` may not approve `revision` now, or None if they may: shown before they try.

    A read-only preview of the checks `revision_approve` makes (which makes them again, under lock).
    """
    try:
        _require(user, REVIEW_PERMISSION, _("approve content"))
        _check_decidable(revision, _("approved"))
        _check_four_eyes(revision.item, user, revision.language)
        _reviewer_identity(user, require_verified=True, language=revision.language)
    except PermissionDenied as error:
        return str(error)
    except ValidationError as error:
        return " ".join(error.messages)
    return None


# --- Reviewer profiles ------------------------------------------------------------------------------


@transaction.atomic
def reviewer_profile_save(*, profile: ReviewerProfile, user, changed_fields: Iterable[str]) -> ReviewerProfile:
    """Save a reviewer profile; new credentials or a new name need verifying again."""
    _require(user, PROFILE_PERMISSION, _("change reviewer profiles"))
    if profile.pk and {"credentials", "display_name", "languages"} & set(changed_fields):
        profile.credentials_verified_at = None
        profile.credentials_verified_by = None
    profile.full_clean()
    with _audit("reviewer_profile_save", user, profile=profile.pk):
        profile.save()
    public_pages_changed()  # the editorial policy lists reviewers
    return profile


@transaction.atomic
def reviewer_profile_verify(*, profile: ReviewerProfile, user) -> ReviewerProfile:
    """Record that `user` checked this reviewer's credentials (licence, registration, employer)."""
    _require(user, VERIFY_PERMISSION, _("verify reviewers' credentials"))
    profile = ReviewerProfile.objects.select_for_update().get(pk=profile.pk)
    if profile.user_id == user.pk:
        raise ValidationError(_("Somebody else must verify your own credentials."))
    profile.credentials_verified_at = timezone.now()
    profile.credentials_verified_by = user
    with _audit("reviewer_profile_verify", user, profile=profile.pk):
        profile.save(update_fields=["credentials_verified_at", "credentials_verified_by"])
    public_pages_changed()
    return profile


# --- Topics -------------------------------------------------------------------------------------------


@transaction.atomic
def topic_move(*, topic: Topic, user, position: int) -> Topic:
    """Change where a topic is listed. Its title and summary change only by an approved revision."""
    _require(user, "articles.change_topic", _("change the order of topics"))
    topic = Topic.objects.select_for_update().get(pk=topic.pk)
    topic.position = position
    topic.full_clean(exclude=["item"], validate_constraints=False)
    with _audit("topic_move", user, topic=topic.pk):
        topic.save(update_fields=["position"])
    public_pages_changed()
    return topic


# --- Reader feedback --------------------------------------------------------------------------------

FEEDBACK_COMMENT_MAX = 1000


@transaction.atomic
def feedback_record(*, item_id: int, helpful: bool, comment: str = "") -> Feedback:
    """Store a reader's "Was this page helpful?" answer, against the version they read.

    Readers are anonymous: no user, address or browser detail is stored, only the answer.
    """
    comment = (comment or "").strip()
    if len(comment) > FEEDBACK_COMMENT_MAX:
        raise ValidationError(
            {"comment": [_("Please keep your comment under %(n)s characters.") % {"n": FEEDBACK_COMMENT_MAX}]}
        )
    item = (
        ReviewedItem.objects.live().exclude(kind__in=[ContentKind.TOPIC, ContentKind.URGENT_HELP]).filter(pk=item_id)
        .first()
    )  # fmt: skip
    if item is None:
        raise ValidationError(_("That page is not published, so it cannot take feedback."))
    return Feedback.objects.create(item=item, revision_id=item.live_revision_id, helpful=helpful, comment=comment)
