"""Related pages across the apps, without the apps importing each other.

A reviewed page knows its topic; the support directory knows which of its listings help with a
topic. Rather than `articles` importing `resources` (house rule: the apps never import each other),
`resources` registers a provider here when it starts (`ResourcesConfig.ready`), and the page
templates ask `portal` for the listings of their topics (`{% support_for_topics %}`, in
portal/templatetags/related_pages.py). With no provider registered a page simply shows none.

A provider answers in one query whatever the number of topics or listings, so that every page
keeps its fixed query count. The page cache needs nothing more: pages offering listings say they
show the `portal.page_cache.DIRECTORY` group, which the directory's services mark changed whenever
a listing changes.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# How many listings a page offers; the "more" link leads to the rest.
SUPPORT_LIMIT = 4


@dataclass(frozen=True)
class RelatedLink:
    url: str
    title: str
    note: str = ""  # e.g. the organization offering a service


@dataclass(frozen=True)
class SupportListings:
    links: list[RelatedLink]
    more_url: str = ""  # the directory, filtered to the kinds of help these topics call for
    more_label: str = ""
    topics: tuple[str, ...] = field(default_factory=tuple)


SupportProvider = Callable[[Sequence[str], int], SupportListings]
_support_provider: SupportProvider | None = None


def register_support_provider(provider: SupportProvider) -> None:
    """Register the function giving the support listings for topic addresses (one provider: the
    directory's; registering again replaces it, as a test may)."""
    global _support_provider
    _support_provider = provider


def support_for_topics(topic_slugs: Sequence[str], limit: int = SUPPORT_LIMIT) -> SupportListings:
    slugs = tuple(dict.fromkeys(slug for slug in topic_slugs if slug))  # in order, once each
    if _support_provider is None:
        return SupportListings(links=[], topics=slugs)
    return _support_provider(slugs, limit)
