"""Search snippets as readers see them: no bracket left open, an ellipsis where the text stops."""

import pytest
from django.utils.safestring import SafeString

from portal.templatetags.snippets import tidy_snippet


@pytest.mark.parametrize(
    ("snippet", "shown"),
    [
        # Cut back to before a bracket the database left open, keeping the sentence's words.
        (
            "It is given with an aromatase inhibitor as the first <mark>hormone</mark> treatment (an LHRH",
            "It is given with an aromatase inhibitor as the first <mark>hormone</mark> treatment \u2026",
        ),
        # Too few words before it: the bracket is closed instead.
        ("Trastuzumab (<mark>Herceptin</mark>, Ogivri", "Trastuzumab (<mark>Herceptin</mark>, Ogivri\u2026)"),
        # A cut inside a highlight closes the highlight.
        (
            "one two three four five six seven eight nine (<mark>trastuzumab deruxtecan",
            "one two three four five six seven eight nine \u2026",
        ),
        ("The words stop in the middle of a", "The words stop in the middle of a \u2026"),
        ("A whole sentence (with brackets).", "A whole sentence (with brackets)."),
        ("", ""),
    ],
)
def test_snippets_never_stop_inside_brackets(snippet, shown):
    assert str(tidy_snippet(SafeString(snippet))) == shown


def test_a_highlight_cut_in_two_is_closed():
    shown = str(tidy_snippet(SafeString("one two three four five six seven <mark>eight nine (ten")))
    assert shown == "one two three four five six seven <mark>eight nine</mark> \u2026"
