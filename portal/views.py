"""Public pages of the portal itself: the home page and the cross-app search."""

from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from articles.models import ContentKind, Topic
from articles.selectors import topics_with_live_articles
from portal import search as site_search
from portal.page_cache import mark_uncacheable


@require_safe
def home(request):
    return render(request, "portal/home.html", {"topics": topics_with_live_articles()})


@require_safe
def search(request):
    # Topics are not search results: their pages are found through the pages they list.
    kinds = {
        **{v: label for v, label in ContentKind.choices if v != ContentKind.TOPIC},
        "service": _("Support service"),
    }
    kind = request.GET.get("type", "")
    topic = request.GET.get("topic", "")
    notes = []
    if kind and kind not in kinds:
        notes.append("unknown-type")
        kind = ""
    topics = list(Topic.objects.values_list("slug", "title"))
    if topic and topic not in dict(topics):
        notes.append("unknown-topic")
        topic = ""
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 1
    results = site_search.search(request.GET.get("q", ""), kind=kind, topic=topic, page=page)
    context = {"results": results, "kinds": kinds, "kind": kind, "topics": topics, "topic": topic, "notes": notes}
    response = render(request, "portal/search.html", context)
    return mark_uncacheable(response) if notes else response


def view_on_site(request, content_type_id, object_id):
    """The admin's "View on site" link, for staff who may view that kind of object only: Django's
    own shortcut answers any staff member, which would show a directory admin where an unpublished
    draft will live."""
    try:
        content_type = ContentType.objects.get_for_id(content_type_id)  # cached per process
    except ContentType.DoesNotExist:
        raise Http404 from None
    if not request.user.has_perm(f"{content_type.app_label}.view_{content_type.model}"):
        raise PermissionDenied
    return contenttype_views.shortcut(request, content_type_id, object_id)
