"""Markdown in, sanitised HTML out, with citations linked to their references."""

from articles.rendering import cited_numbers, render_markdown
from tests.markup import XSS_PAYLOADS, executable_markup


def test_citations_link_to_their_references_even_run_together():
    html = render_markdown("The label lists two uses [1][2], see also [3].")
    for number in (1, 2, 3):
        assert f'<a href="#ref-{number}"' in html
    assert cited_numbers("uses [1][2] and [12]") == {1, 2, 12}


def test_markdown_links_are_not_citations():
    assert cited_numbers("[1](https://example.org) and [2]: https://example.org") == set()


def test_a_citation_before_a_colon_that_leads_into_a_list_is_linked():
    # The palbociclib and ribociclib pages showed a raw "[1]" here: "[1]:" was taken for a definition.
    markdown = "It is given with one of these [1]:\n\n- an aromatase inhibitor\n- fulvestrant\n"
    html = render_markdown(markdown)
    assert '<a href="#ref-1" rel="noopener noreferrer">[1]</a></sup>:</p>' in html
    assert "[1]:" not in html.replace("[1]</a></sup>:", "")
    assert cited_numbers(markdown) == {1}
    # A real reference definition stays one, and is not a citation.
    assert cited_numbers("See the label.\n\n[1]: https://example.org\n") == set()


def test_headings_lists_tables_and_safe_links_survive():
    html = render_markdown("## Heading\n\n- item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[NCI](https://www.cancer.gov/)")
    assert "<h2>Heading</h2>" in html
    assert "<li>item</li>" in html
    assert "<table>" in html
    assert '<a href="https://www.cancer.gov/" rel="noopener noreferrer">NCI</a>' in html


def test_hostile_markdown_is_inert():
    for payload in XSS_PAYLOADS:
        html = render_markdown(f"Text {payload} more text")
        assert executable_markup(f"<body>{html}</body>") == [], payload


def test_images_are_dropped_so_pages_load_nothing_from_elsewhere():
    assert "<img" not in render_markdown("![pixel](https://tracker.example/p.png)")


def test_plain_text_keeps_the_words_a_reader_sees():
    from articles.presentation import plain_text
    from articles.rendering import render_markdown

    markdown = "- Taken by **mouth** [1], *daily*.\n- Approved in [2024] &amp; later [12].\n\n---\n\nNext"
    rendered = render_markdown(markdown)
    assert plain_text(rendered) == "Taken by mouth, daily. Approved in [2024] & later. Next"


def test_search_text_keeps_list_items_apart_and_drops_citations():
    from articles.presentation import search_text

    markdown = (
        "It is given with one of these [1]:\n\n- an aromatase inhibitor, as the first treatment\n"
        "- fulvestrant (a *hormone* therapy)\n\n## Side effects\n\nTiredness is common [2].\n"
    )
    assert search_text(render_markdown(markdown)) == (
        "It is given with one of these: an aromatase inhibitor, as the first treatment; "
        "fulvestrant (a hormone therapy). Side effects: Tiredness is common."
    )
