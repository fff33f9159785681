"""What each app puts in the search index, and how: the apps register here (in their
`AppConfig.ready`), so search and its rebuild command never import an app. Like Wagtail's
indexed models declaring their search fields, but with a function: each app knows best which of
its rows are public and what their page says.

An app keeps the index current itself when its content changes (its services call
`portal.search.index_document` / `unindex`); the registry is what a full rebuild asks.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    label: str  # what the rebuild reports, e.g. "live page(s)"
    public: Callable[[], Iterable]  # every row that should be in the index now
    index: Callable[[object], None]  # put one of those rows in the index


_sources: dict[str, Source] = {}


def register(name: str, *, label: str, public: Callable[[], Iterable], index: Callable[[object], None]) -> None:
    """Register (or replace: `ready` may run twice in tests) what an app indexes."""
    _sources[name] = Source(label=label, public=public, index=index)


def sources() -> dict[str, Source]:
    return dict(_sources)
