"""Search-result snippets, tidied for reading.

The database cuts a snippet after a number of words, wherever that falls: often inside brackets
("... (an LHRH"). Here a snippet is cut back to before an unclosed bracket, or the bracket is
closed, and a snippet that stops mid-sentence ends in an ellipsis.
"""

import re

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

ELLIPSIS = "\u2026"
# Keep at least this many words when cutting back to before an unclosed bracket; otherwise close it.
MIN_WORDS_KEPT = 8
_TAG = re.compile(r"</?mark>")


def _unclosed_bracket(text: str) -> int | None:
    """Where the last bracket that is never closed opens, or None."""
    open_at = []
    for position, char in enumerate(text):
        if char == "(":
            open_at.append(position)
        elif char == ")" and open_at:
            open_at.pop()
    return open_at[0] if open_at else None


@register.filter
def tidy_snippet(snippet: SafeString) -> SafeString:
    """The snippet (escaped text with <mark> highlights) without a bracket left open, and with an
    ellipsis where it stops mid-sentence. Works on the escaped text: brackets are never escaped,
    and only whole <mark> tags are added, so what was safe stays safe."""
    text = str(snippet).strip()
    if not text:
        return snippet
    position = _unclosed_bracket(text)
    if position is not None:
        kept = text[:position].rstrip(" ,;:")
        if len(_TAG.sub("", kept).split()) >= MIN_WORDS_KEPT:
            if kept.count("<mark>") > kept.count("</mark>"):  # cut inside a highlight: close it
                kept += "</mark>"
            text = f"{kept} {ELLIPSIS}"
        else:
            text = f"{text.rstrip(' ,;:')}{ELLIPSIS})"
    elif _TAG.sub("", text)[-1:] not in ".!?":
        text = f"{text.rstrip(' ,;:')} {ELLIPSIS}"
    return mark_safe(text)  # noqa: S308 - built only from the safe snippet and literal text
