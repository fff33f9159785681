"""The public search page, /search/?q= and /es/search/?q= (the root URLconf points here). Which
kinds of page and which topics it filters by come from the registry the apps fill, so it imports
no app. Each language searches its own pages: /es/search/ only the approved Spanish translations.
The support directory's listings are written in English only, so they are not among Spanish
results (nor offered as a kind of page there): English listings under Spanish words would be found
by neither language's stemming, and the no-results box links to the directory in both."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from portal import search as site_search
from portal.page_cache import mark_uncacheable
from portal.search import insights, registry


@require_safe
def search(request):
    # Topics are not search results: their pages are found through the pages they list.
    language = site_search.search_language(get_language())
    kinds = registry.kinds(language)
    kind = request.GET.get("type", "")
    topic = request.GET.get("topic", "")
    notes = []
    if kind and kind not in kinds:
        notes.append("unknown-type")
        kind = ""
    topics = registry.topics()
    if topic and topic not in dict(topics):
        notes.append("unknown-topic")
        topic = ""
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 1
    results = site_search.search(request.GET.get("q", ""), kind=kind, topic=topic, page=page, language=language)
    context = {"results": results, "kinds": kinds, "kind": kind, "topics": topics, "topic": topic, "notes": notes}
    context["insights"] = insights.page_beacon(results)  # how the page counts itself, cookie-free
    response = render(request, "portal/search.html", context)
    return mark_uncacheable(response) if notes else response
