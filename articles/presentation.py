"""What is added to a revision's stored HTML when a page is shown, not when it is approved.

Headings get anchors (for the table of contents) and the first use of each glossary term links to
its definition. Doing this at display time means a corrected glossary definition, or a new term,
reaches every page without re-approving it; the approved text itself is never changed.
"""

import functools
import html
import math
import re
from dataclasses import dataclass

import textstat
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

WORDS_PER_MINUTE = 200  # a comfortable pace for health information read on a phone
TOC_MIN_HEADINGS = 3

_HEADING = re.compile(r"<h2>(.*?)</h2>", re.DOTALL)
_ANY_TAG = re.compile(r"<[^>]+>")  # enough for HTML that nh3 has already cleaned
_CITATION_TEXT = re.compile(r"\[\d+\]")
# Text between tags, and the tags themselves, in order.
_TAG_OR_TEXT = re.compile(r"(<[^>]+>)|([^<]+)")


@dataclass(frozen=True)
class GlossaryEntry:
    slug: str
    term: str
    names: tuple[str, ...]  # the term and its aliases, longest first


@dataclass(frozen=True)
class ReadingStats:
    words: int
    minutes: int
    grade: float


@dataclass(frozen=True)
class Heading:
    anchor: str
    text: str


def add_heading_anchors(rendered: str) -> tuple[str, list[Heading]]:
    """Give every <h2> an id and return the list for a table of contents."""
    headings: list[Heading] = []
    used: set[str] = set()

    def anchor(match: re.Match) -> str:
        text = html.unescape(_ANY_TAG.sub("", match.group(1))).strip()
        base = slugify(text) or "section"
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        headings.append(Heading(slug, text))
        return f'<h2 id="{slug}">{match.group(1)}</h2>'

    return _HEADING.sub(anchor, rendered), headings


def link_glossary_terms(rendered: str, entries: list[GlossaryEntry], linked: set[str]) -> str:
    """Link the first use of each glossary term (on the whole page: `linked` carries over between
    the page's fields) to its definition. Never inside a link, heading or code."""
    lowered = rendered.lower()
    by_name = {name.lower(): entry for entry in entries for name in entry.names if name.lower() in lowered}
    if not by_name:
        return rendered
    pattern = _names_pattern(tuple(sorted(by_name, key=len, reverse=True)))
    out, blocked = [], 0  # depth inside <a>, <h1-6>, <code>, <pre>
    for tag, text in _TAG_OR_TEXT.findall(rendered):
        if tag:
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", tag)
            if name and name.group(1).lower() in ("a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre"):
                blocked += -1 if tag.startswith("</") else 1
            out.append(tag)
            continue
        if blocked > 0:
            out.append(text)
            continue

        def link(match: re.Match) -> str:
            entry = by_name[match.group(1).lower()]
            if entry.slug in linked:
                return match.group(0)
            linked.add(entry.slug)
            hint = _("glossary")
            return (
                f'<a class="glossary-link" href="/glossary/#{entry.slug}">{match.group(0)}'
                f'<span class="visually-hidden"> ({hint})</span></a>'
            )

        out.append(pattern.sub(link, text))
    return "".join(out)


_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|br|hr|pre|div|blockquote|table|tr|td|th|dl|dt|dd)\b[^>]*>")
_SPACED_CITATION = re.compile(r"\s*\[\d{1,3}\]")  # [1] to [999], not a year such as [2024]


def plain_text(rendered: str) -> str:
    """The words a reader sees in rendered (sanitised) HTML, without tags or citation markers: for
    teasers and descriptions, where Markdown source would show its dashes and [1]s. Blocks are
    separated by a space; inline tags (emphasis, links) are dropped where they stand."""
    text = html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub(" ", rendered)))
    return " ".join(_SPACED_CITATION.sub("", text).split())


_CITATION_MARK = re.compile(r'<sup class="citation">.*?</sup>', re.S)
_BLOCK_NAMES = "p|li|ul|ol|h[1-6]|br|hr|pre|div|blockquote|table|thead|tbody|tr|td|th|dl|dt|dd"
_INLINE_TAG = re.compile(rf"<(?!/?(?:{_BLOCK_NAMES})\b)[^>]*>")
_BLOCK_END = re.compile(r"\s*</(li|td|th|dd|dt|p|h[1-6]|blockquote|pre)>(\s*</(?:ul|ol)>)?")


def _end_block(match: re.Match) -> str:
    before = match.string[: match.start()].rstrip()[-1:]
    if not before or before in ".;:!?>":  # said already, or the block ends in another block
        return " "
    last_item = match.group(2) is not None
    if match.group(1).startswith("h"):
        return ": "  # a heading leads into what follows it
    return "; " if match.group(1) in ("li", "td", "th", "dd", "dt") and not last_item else ". "


def search_text(rendered: str) -> str:
    """Rendered (sanitised) HTML as sentences for the search index, whose snippets readers see:
    list items end with a semicolon, the last one and each paragraph with a full stop, a heading
    with a colon (unless they end in punctuation already), so items do not run together ("an aromatase
    inhibitor fulvestrant"). No citation markers."""
    text = _INLINE_TAG.sub("", _CITATION_MARK.sub("", rendered))
    text = _BLOCK_END.sub(_end_block, text)
    text = html.unescape(_ANY_TAG.sub(" ", text))
    text = _SPACED_CITATION.sub("", text)
    return " ".join(re.sub(r"\s+([.;:,!?])", r"\1", text).split())


def measure_text(*rendered: str) -> tuple[int, float | None]:
    """Word count and Flesch-Kincaid grade of rendered (sanitised) HTML, citations left out."""
    plain = html.unescape(_ANY_TAG.sub(" ", " ".join(rendered)))
    plain = _CITATION_TEXT.sub("", plain)
    words = len(plain.split())
    return words, (round(textstat.flesch_kincaid_grade(plain), 1) if words else None)


@functools.lru_cache(maxsize=256)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern:
    """One pattern for these glossary names, longest first, whole words only (compiled once)."""
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(name) for name in names) + r")(?![\w-])", re.IGNORECASE)


def reading_stats(word_count: int, grade: float | None) -> ReadingStats:
    return ReadingStats(words=word_count, minutes=max(1, math.ceil(word_count / WORDS_PER_MINUTE)), grade=grade)


def decorate(fields: dict[str, str], entries: list[GlossaryEntry]) -> tuple[dict[str, SafeString], list[Heading]]:
    """Anchors and glossary links for each rendered field of a page, in reading order."""
    html_by_field, toc = _decorate(tuple(fields.items()), tuple(entries), get_language())
    return dict(html_by_field), list(toc)


# A pure function of its arguments (the stored HTML and the glossary), so remembering recent answers
# in each worker is always correct: a changed glossary or a new revision is a different key (and
# the language, for the links' hidden "(glossary)"). It
# saves the regular-expression work (a third of rendering an article) when the page cache is off
# or cold. 64 pages of a few hundred KB at most per worker.
@functools.lru_cache(maxsize=64)
def _decorate(fields: tuple[tuple[str, str], ...], entries: tuple[GlossaryEntry, ...], language: str):
    linked: set[str] = set()
    decorated, toc = {}, []
    for name, rendered in fields:
        rendered, headings = add_heading_anchors(rendered or "")
        toc.extend(headings)
        decorated[name] = mark_safe(link_glossary_terms(rendered, list(entries), linked))  # noqa: S308 - sanitised
    return tuple(decorated.items()), tuple(toc)
