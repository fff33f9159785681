"""What changed between two revisions, field by field, for the reviewer's first screen.

Text is compared word by word on the Markdown the author wrote (not the rendered HTML), and
returned as escaped HTML with <del> and <ins>; lists are compared item by item; references by
position.
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from articles.models import Biomarker, HER2Status, HRStatus, Reference, Revision, Route
from articles.rendering import normalise_text
from articles.services import CONTENT_FIELDS, REFERENCE_FIELDS

# Words keep the spaces after them, so a run of changed words reads as one struck-out phrase
# followed by one inserted phrase rather than alternating single words.
_TOKENS = re.compile(r"^\s+|\S+\s*")
LIST_LABELS = {
    "hr_status": dict(HRStatus.choices),
    "her2_status": dict(HER2Status.choices),
    "routes": dict(Route.choices),
    "biomarkers": dict(Biomarker.choices),
}


@dataclass(frozen=True)
class FieldChange:
    label: str
    html: SafeString


def word_diff(old: str, new: str) -> SafeString:
    """Escaped HTML of `new`, with removed words in <del> and added words in <ins>.

    Both texts are compared with LF line ends and no spaces at line ends (as revisions are stored
    now), so a line end sent as CRLF never marks the word before it as changed."""
    old_tokens, new_tokens = _TOKENS.findall(normalise_text(old or "")), _TOKENS.findall(normalise_text(new or ""))
    parts = []
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = escape("".join(old_tokens[i1:i2])), escape("".join(new_tokens[j1:j2]))
        if tag == "equal":
            parts.append(added)
        if tag in ("delete", "replace"):
            parts.append(f"<del>{removed}</del>")
        if tag in ("insert", "replace"):
            parts.append(f"<ins>{added}</ins>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped


def _list_diff(field: str, old: list, new: list) -> SafeString:
    labels = LIST_LABELS.get(field, {})
    shown = []
    for value in list(dict.fromkeys(list(old) + list(new))):
        label = escape(str(labels.get(value, value)))
        if value not in new:
            shown.append(f"<del>{label}</del>")
        elif value not in old:
            shown.append(f"<ins>{label}</ins>")
        else:
            shown.append(label)
    return mark_safe(", ".join(shown) or escape(_("(none)")))  # noqa: S308 - escaped above


def _reference_text(reference: Reference) -> str:
    parts = [str(getattr(reference, field) or "") for field in REFERENCE_FIELDS]
    return " · ".join(part for part in parts if part)


def _references_diff(old: list[Reference], new: list[Reference]) -> list[FieldChange]:
    changes = []
    old_by_position = {ref.position: ref for ref in old}
    new_by_position = {ref.position: ref for ref in new}
    for position in sorted(set(old_by_position) | set(new_by_position)):
        before, after = old_by_position.get(position), new_by_position.get(position)
        label = _("Reference %(n)s") % {"n": position}
        if after is None:
            changes.append(FieldChange(label, mark_safe(f"<del>{escape(_reference_text(before))}</del>")))  # noqa: S308
        elif before is None:
            changes.append(FieldChange(label, mark_safe(f"<ins>{escape(_reference_text(after))}</ins>")))  # noqa: S308
        elif _reference_text(before) != _reference_text(after):
            changes.append(FieldChange(label, word_diff(_reference_text(before), _reference_text(after))))
    return changes


def _label(field: str) -> str:
    name = str(Revision._meta.get_field(field).verbose_name)
    return name[:1].upper() + name[1:]  # "FDA label address", not "Fda label address"


def _text(value) -> str:
    """A field's value as the text the diff compares (dates as YYYY-MM-DD), normalised."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return normalise_text(str(value))


def unchanged_fields(live: Revision | None, revision: Revision) -> list[FieldChange]:
    """The fields that are the same as in the live revision and not empty: shown folded away under
    the changes, so a reviewer can read the whole version without hunting for it."""
    if live is None:
        return []
    unchanged = []
    for field in CONTENT_FIELDS[revision.item.kind]:
        if field == "change_summary":
            continue
        old, new = getattr(live, field), getattr(revision, field)
        if isinstance(new, list):
            if new and (old or []) == new:
                labels = LIST_LABELS.get(field, {})
                unchanged.append(FieldChange(_label(field), escape(", ".join(str(labels.get(v, v)) for v in new))))
        elif _text(new) and _text(old) == _text(new):
            unchanged.append(FieldChange(_label(field), escape(_text(new))))
    return unchanged


def revision_changes(
    live: Revision | None,
    revision: Revision,
    *,
    live_references: list[Reference],
    references: list[Reference],
    live_medicines: list[str],
    medicines: list[str],
) -> list[FieldChange]:
    """Every field that differs from the live revision (all fields for a new page)."""
    changes = []
    for field in CONTENT_FIELDS[revision.item.kind]:
        if field == "change_summary":
            continue
        label = _label(field)
        old = getattr(live, field) if live else None
        new = getattr(revision, field)
        if isinstance(new, list):
            if (old or []) != new:
                changes.append(FieldChange(label, _list_diff(field, old or [], new)))
        elif _text(old) != _text(new):
            changes.append(FieldChange(label, word_diff(_text(old), _text(new))))
    if live_medicines != medicines:
        changes.append(FieldChange(_("Related medicines"), _list_diff("medicines", live_medicines, medicines)))
    changes.extend(_references_diff(live_references, references))
    return changes
