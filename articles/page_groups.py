"""Which cached public pages a change to reviewed content touches (see portal.page_cache).

A page says what it shows with `portal.page_cache.depends_on(request, *groups)`; a change names
the groups it alters with `portal.page_cache.pages_changed(*groups)`. The two must agree, so both
sides are written here:

- ``page:<address>``: an article's or medicine's own page, and every page that links to it by its
  title (next steps, previous/next, the medicines an article names, the articles naming a medicine).
- ``topic:<slug>``: which articles a topic lists and in what order (the topic page, and each of its
  articles' "more in this topic" and previous/next links).
- ``mentions:<medicine slug>``: which articles name a medicine (the medicine page's list).
- ``directory``: support listings (the directory's pages, and the listings a page offers).

Changes whose reach is site-wide (a glossary term is linked from any page, a topic's title or the
urgent-help panel appears on many, reviewers' names on the editorial policy) keep emptying the
whole cache (`public_pages_changed`), as before.
"""

from articles.models import ContentKind, ReviewedItem, RevisionMedicine
from portal.page_cache import DIRECTORY, pages_changed, public_pages_changed

TARGETED_KINDS = {ContentKind.ARTICLE, ContentKind.MEDICINE}


def page(address: str) -> str:
    return f"page:{address}"


def topic(slug: str) -> str:
    return f"topic:{slug}"


def mentions(medicine_slug: str) -> str:
    return f"mentions:{medicine_slug}"


def item_change_groups(item: ReviewedItem, *revision_ids: int | None) -> list[str]:
    """What an approval, withdrawal or re-review of an article or medicine alters: its page and
    those linking to it, its topic's lists, and the lists of articles naming the medicines that
    any of the given revisions (the version going out and the one coming in) names."""
    groups = [page(item.get_absolute_url())]
    if item.topic_id:
        groups.append(topic(item.topic.slug))
    ids = [pk for pk in revision_ids if pk is not None]
    if ids:
        named = RevisionMedicine.objects.filter(revision_id__in=ids).values_list("medicine__slug", flat=True)
        groups += [mentions(slug) for slug in set(named)]
    if item.kind == ContentKind.MEDICINE:
        groups.append(mentions(item.slug))
    return groups


def public_page_groups(public_page) -> list[str]:
    """What an article or medicine page shows (an `articles.selectors.PublicPage`)."""
    item = public_page.item
    links = [*public_page.related_medicines, *public_page.in_topic, public_page.previous, public_page.next]
    groups = [page(item.get_absolute_url()), DIRECTORY]
    groups += [page(link.url) for link in links if link is not None]
    groups += [page(article.get_absolute_url()) for article in public_page.mentioned_in]
    if item.kind == ContentKind.ARTICLE and item.topic_id:
        groups.append(topic(item.topic.slug))
    if item.kind == ContentKind.MEDICINE:
        groups.append(mentions(item.slug))
    return groups


def item_changed(item: ReviewedItem, *revision_ids: int | None) -> None:
    """Make stale the cached pages an approval, withdrawal, re-review or label flag of this item
    alters: targeted for articles and medicines, the whole cache for the rest."""
    if item.kind in TARGETED_KINDS:
        pages_changed(*item_change_groups(item, *revision_ids))
    else:
        public_pages_changed()
