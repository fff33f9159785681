"""Markdown in, sanitised HTML out.

Authors write Markdown; a revision's HTML is rendered once, when the revision is saved, and stored.
Raw HTML in the Markdown is not passed through, and the result is cleaned again by nh3 (an
allow-list sanitiser) so that the stored HTML is the only thing templates may mark safe.
"""

import re

import nh3
from markdown_it import MarkdownIt

# Citation markers: [1], [2], also run together as [1][2]; not a link "[1](...)" nor a reference
# definition "[1]: https://...". A colon with nothing after it on the line ends a sentence that
# leads into a list ("It is given with one of these [1]:"): that marker is a citation.
CITATION_PATTERN = re.compile(r"\[(\d{1,3})\](?!\()(?!:[ \t]*\S)")

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "blockquote",
    "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "sup",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "class", "id"}, "sup": {"class"}, "th": {"align"}, "td": {"align"}}


# Line ends as browsers post them (CRLF) or old Macs wrote them (CR), and spaces before a line end.
_LINE_ENDS = re.compile(r"\r\n?")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def normalise_text(text: str) -> str:
    """Text with LF line ends and no spaces at the end of a line, so that a version compares with
    the one before by what its author wrote, not by how their browser sent it. (A Markdown hard
    line break is written with a backslash at the end of the line; trailing spaces are not kept.)"""
    return _TRAILING_SPACE.sub("", _LINE_ENDS.sub("\n", text))


def cited_numbers(markdown_text: str) -> set[int]:
    """The reference numbers a Markdown text cites as [n]."""
    return {int(number) for number in CITATION_PATTERN.findall(markdown_text or "")}


def _link_citations(html: str) -> str:
    # Only in text between tags, never inside an attribute.
    def link_text(match: re.Match) -> str:
        text = match.group(0)
        return CITATION_PATTERN.sub(
            lambda m: f'<sup class="citation"><a href="#ref-{m.group(1)}">[{m.group(1)}]</a></sup>', text
        )

    return re.sub(r"(?<=>)[^<]+", link_text, html)


def render_markdown(markdown_text: str) -> str:
    """Sanitised HTML for a Markdown text, with [n] linked to reference n on the same page."""
    if not markdown_text:
        return ""
    html = _link_citations(_markdown.render(markdown_text))
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
