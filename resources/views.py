"""The public directory: a plain GET form of filters and the organization pages it links to."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from portal.page_cache import DIRECTORY, depends_on
from resources import selectors
from resources.structured_data import organization_json_ld


@require_safe
def directory(request):
    choices = selectors.filter_choices()
    filters = selectors.parse_filters(request.GET, choices)
    results = selectors.directory_page(filters)
    depends_on(request, DIRECTORY)  # listings only: an approved article leaves it cached
    context = {"choices": choices, "filters": filters, "results": results}
    return render(request, "resources/directory.html", context)


@require_safe
def organization_detail(request, slug):
    page = selectors.organization_page(slug)
    depends_on(request, DIRECTORY)
    context = {"page": page, "organization": page.organization, "json_ld": organization_json_ld(page)}
    return render(request, "resources/organization_detail.html", context)
