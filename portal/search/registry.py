"""What each app puts in the search index, and how: the apps register here (in their
`AppConfig.ready`), so search and its rebuild command never import an app. Like Wagtail's
indexed models declaring their search fields, but with a function: each app knows best which of
its rows are public and what their page says.

An app keeps the index current itself when its content changes (its services call
`portal.search.index_document` / `unindex`); the registry is what a full rebuild asks.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    label: str  # what the rebuild reports, e.g. "live page(s)"
    public: Callable[[], Iterable]  # every row that should be in the index now
    index: Callable[[object], None]  # put one of those rows in the index
    kinds: dict[str, str] = field(default_factory=dict)  # the kinds of page it indexes: value -> label
    topics: Callable[[], Iterable[tuple[str, str]]] | None = None  # (slug, title) of the topics it files pages under
    languages: tuple[str, ...] = ("en",)  # the languages its pages are indexed in


_sources: dict[str, Source] = {}


def register(
    name: str, *, label: str, public: Callable[[], Iterable], index: Callable[[object], None],
    kinds: dict[str, str] | None = None, topics: Callable[[], Iterable[tuple[str, str]]] | None = None,
    languages: Iterable[str] = ("en",),
) -> None:  # fmt: skip
    """Register (or replace: `ready` may run twice in tests) what an app indexes, and the kinds and
    topics the search page offers as filters for it; `languages`: those its pages are indexed in
    (a source of translations registers apart from its English pages)."""
    _sources[name] = Source(label=label, public=public, index=index, kinds=dict(kinds or {}), topics=topics,
                            languages=tuple(languages))  # fmt: skip


def sources() -> dict[str, Source]:
    return dict(_sources)


def kinds(language: str = "en") -> dict[str, str]:
    """Every kind of page in the index in `language` (value -> label), for the search page's filter."""
    return {
        value: label
        for source in _sources.values()
        if language in source.languages
        for value, label in source.kinds.items()
    }


def topics() -> list[tuple[str, str]]:
    """(slug, title) of every topic pages are filed under (one query per source that has topics)."""
    return [topic for source in _sources.values() if source.topics for topic in source.topics()]
