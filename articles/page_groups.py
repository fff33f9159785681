"""Which cached public pages a change to reviewed content touches (see portal.page_cache).

A page says what it shows with `portal.page_cache.depends_on(request, *groups)`; a change names
the groups it alters with `portal.page_cache.pages_changed(*groups)`. The two must agree, so both
sides are written here:

- ``page:<address>``: an article's or medicine's own page.
- ``topic:<slug>``: the topic's page (its cards show each article's summary and review date).
- ``topic-titles:<slug>``: which articles a topic has and their titles, in order (each article's
  previous/next and "more in this topic" links).
- ``mentions:<medicine slug>``: which articles name a medicine, and their titles (the medicine
  page's list).
- ``medicine-titles``: which medicines are published and their titles (the medicines an article
  names are links by title).
- ``directory``: support listings (the directory's pages, and the listings a page offers).

Pages link to others only by title, so the title groups are all they need: a page checks four
groups at most when served from the cache, whatever it links to.

Changes whose reach is site-wide (a glossary term is linked from any page, a topic's title or the
urgent-help panel appears on many, reviewers' names on the editorial policy) keep emptying the
whole cache (`public_pages_changed`), as before.
"""

from articles.models import ContentKind, ReviewedItem, Revision, RevisionMedicine
from portal.page_cache import DIRECTORY, pages_changed, public_pages_changed

TARGETED_KINDS = {ContentKind.ARTICLE, ContentKind.MEDICINE}


def page(address: str) -> str:
    return f"page:{address}"


def topic(slug: str) -> str:
    return f"topic:{slug}"


def topic_titles(slug: str) -> str:
    return f"topic-titles:{slug}"


def mentions(medicine_slug: str) -> str:
    return f"mentions:{medicine_slug}"


MEDICINE_TITLES = "medicine-titles"


def item_change_groups(item: ReviewedItem, going_out: int | None, coming_in: int | None) -> list[str]:
    """What replacing the live revision `going_out` by `coming_in` alters (either may be None: a
    first publication, a withdrawal; both None: only the page's review stamp changed).

    Always the page itself and its topic's page (each card shows a summary and review date). The
    titles others link it by, and which articles a topic or a medicine lists, change only when a
    page appears, disappears or is renamed, or when a version names other medicines: only then
    are the pages showing those links touched too.
    """
    groups = [page(item.get_absolute_url())]
    if item.topic_id:
        groups.append(topic(item.topic.slug))
    if going_out is None and coming_in is None:
        return groups
    ids = [pk for pk in (going_out, coming_in) if pk is not None]
    titles = dict(Revision.objects.filter(pk__in=ids).values_list("pk", "title"))
    named = {pk: set() for pk in ids}
    for revision_id, slug in RevisionMedicine.objects.filter(revision_id__in=ids).values_list(
        "revision_id", "medicine__slug"
    ):
        named[revision_id].add(slug)
    listed_differently = going_out is None or coming_in is None or titles[going_out] != titles[coming_in]
    if listed_differently and item.topic_id:
        groups.append(topic_titles(item.topic.slug))
    if listed_differently and item.kind == ContentKind.MEDICINE:
        groups.append(MEDICINE_TITLES)
    before, after = named.get(going_out, set()), named.get(coming_in, set())
    groups += [mentions(slug) for slug in sorted((before | after) if listed_differently else (before ^ after))]
    return groups


def public_page_groups(public_page) -> list[str]:
    """What an article or medicine page shows (an `articles.selectors.PublicPage`)."""
    item = public_page.item
    groups = [page(item.get_absolute_url()), DIRECTORY, MEDICINE_TITLES]  # links to the medicines it names
    if item.kind == ContentKind.ARTICLE and item.topic_id:
        groups.append(topic_titles(item.topic.slug))  # previous/next and "more in this topic"
    if item.kind == ContentKind.MEDICINE:
        groups.append(mentions(item.slug))  # the articles naming it
    return groups


def item_changed(item: ReviewedItem, going_out: int | None = None, coming_in: int | None = None) -> None:
    """Make stale the cached pages an approval, withdrawal, re-review or label flag of this item
    alters: targeted for articles and medicines, the whole cache for the rest."""
    if item.kind in TARGETED_KINDS:
        pages_changed(*item_change_groups(item, going_out, coming_in))
    else:
        public_pages_changed()
