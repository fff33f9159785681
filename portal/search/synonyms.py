"""Search synonyms, reviewed like other content: a clinical reviewer proposes a change (add,
change or remove a synonym) and a second one approves or rejects it. Only an approval writes the
synonyms search reads, so only approved words affect search.

Four eyes: nobody decides on their own proposal, superusers included; the service refuses it and
a database constraint refuses it again. A decided proposal is final (a database trigger). Every
step is in the audit trail with who did it.
"""

import pghistory
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import Synonym, SynonymChange
from portal.page_cache import public_pages_changed
from portal.search.medicines import folded, known_medicines

PROPOSE = "portal.add_synonymchange"
REVIEW = "portal.review_synonymchange"


def _require(user, permission: str, action: str) -> None:
    if not (user and user.is_active and user.has_perm(permission)):
        raise PermissionDenied(_("You do not have permission to %(action)s.") % {"action": action})


def medicine_of(phrase: str, language: str = "en") -> str | None:
    """The generic name of the medicine `phrase` names (brand, generic, or its name in `language`)."""
    typed = folded(phrase.strip(), language)
    for generic, names in known_medicines(language).items():
        if typed in {folded(name, language) for name in (generic, *names)}:
            return generic
    return None


def check(
    *, action: str, phrase: str, means: str, synonym: Synonym | None, language: str = "en", exclude: int | None = None
) -> dict:
    """What is wrong with a proposal, by field ({} when nothing): shared by the admin's form, the
    proposal and the approval (the synonyms may have changed in between)."""
    errors = {}
    phrase, means = phrase.strip(), means.strip()
    if synonym is not None:
        language = synonym.language  # a change or removal stays in the synonym's language
    if language not in dict(settings.LANGUAGES):
        errors["language"] = _("Choose the language of the searches this synonym is for.")
        return errors
    # Two phrases are the same synonym when search reads them alike: lowercase, without accents.
    same_phrase = {"phrase__unaccent__iexact": phrase, "language": language}
    if action in (SynonymChange.Action.CHANGE, SynonymChange.Action.REMOVE):
        if synonym is None or not Synonym.objects.filter(pk=synonym.pk).exists():
            errors["synonym"] = _("Choose the synonym to change or remove.")
        elif SynonymChange.objects.filter(synonym=synonym, status="proposed").exclude(pk=exclude).exists():
            errors["synonym"] = _("A change to this synonym is already waiting for review.")
    if action == SynonymChange.Action.REMOVE:
        return errors
    if not phrase:
        errors["phrase"] = _("Type the word or phrase people search with.")
    elif Synonym.objects.filter(**same_phrase).exclude(pk=synonym.pk if synonym else None).exists():
        errors["phrase"] = _("“%(phrase)s” is already a synonym: propose a change to it instead.") % {"phrase": phrase}
    elif (
        action == SynonymChange.Action.ADD
        and SynonymChange.objects.filter(action="add", status="proposed", **same_phrase).exclude(pk=exclude).exists()
    ):
        errors["phrase"] = _("Adding “%(phrase)s” is already waiting for review.") % {"phrase": phrase}
    if not means:
        errors["means"] = _("Type what our pages call it.")
    typed, meant = medicine_of(phrase, language), medicine_of(means, language)
    if typed and meant and typed != meant:
        errors["means"] = _(
            "“%(phrase)s” is %(typed)s and “%(means)s” is %(meant)s: a synonym must not swap one medicine for another."
        ) % {"phrase": phrase, "typed": typed, "means": means, "meant": meant}
    return errors


@transaction.atomic
def synonym_propose(
    *, user, action: str, phrase: str = "", means: str = "", kind: str = Synonym.Kind.LAY,
    synonym: Synonym | None = None, reason: str = "", language: str = "en",
) -> SynonymChange:  # fmt: skip
    """Propose a change; search is unchanged until a second reviewer approves it."""
    _require(user, PROPOSE, _("propose a change to the search synonyms"))
    if action not in SynonymChange.Action.values:
        raise ValidationError({"action": _("Choose add, change or remove.")})
    if synonym is not None:
        synonym = Synonym.objects.select_for_update().filter(pk=synonym.pk).first()
        language = synonym.language if synonym else language  # as check() reads it: the synonym's own
    errors = check(action=action, phrase=phrase, means=means, synonym=synonym, language=language)
    if errors:
        raise ValidationError(errors)
    if action == SynonymChange.Action.REMOVE:
        phrase, means, kind = synonym.phrase, synonym.means, synonym.kind
    change = SynonymChange(
        action=action, synonym=synonym, phrase=" ".join(phrase.split()), means=" ".join(means.split()), kind=kind,
        language=language, reason=" ".join(reason.split()), proposed_by=user,
    )  # fmt: skip
    change.full_clean(exclude=["synonym", "proposed_by", "decided_by"])
    with pghistory.context(action="synonym_propose", user=user.pk):
        change.save()
    return change


@transaction.atomic
def synonym_decide(*, user, change: SynonymChange, approve: bool) -> SynonymChange:
    """Approve (and apply) or reject a proposal. Never by the person who proposed it."""
    _require(user, REVIEW, _("approve or reject synonym changes"))
    change = SynonymChange.objects.select_for_update().get(pk=change.pk)
    if change.status != SynonymChange.Status.PROPOSED:
        raise ValidationError(_("This change was already decided."))
    if change.proposed_by_id == user.pk:
        raise PermissionDenied(_("You proposed this change: a second reviewer must decide on it."))
    with pghistory.context(action="synonym_approve" if approve else "synonym_reject", user=user.pk):
        if approve:
            synonym = Synonym.objects.select_for_update().filter(pk=change.synonym_id).first()
            errors = check(action=change.action, phrase=change.phrase, means=change.means, synonym=synonym,
                           language=change.language, exclude=change.pk)  # fmt: skip
            if errors:
                raise ValidationError(list(errors.values()))
            if change.action == SynonymChange.Action.ADD:
                change.synonym = Synonym.objects.create(
                    phrase=change.phrase, means=change.means, kind=change.kind, language=change.language
                )
            elif change.action == SynonymChange.Action.CHANGE:
                synonym.phrase, synonym.means, synonym.kind = change.phrase, change.means, change.kind
                synonym.save()
            else:
                synonym.delete()
        change.status = SynonymChange.Status.APPROVED if approve else SynonymChange.Status.REJECTED
        change.decided_by, change.decided_at = user, timezone.now()
        change.save()
    if approve:
        public_pages_changed()  # cached search pages were found with the old words
    return change
