"""Public pages of reviewed content: only ever the live revision."""

from django.shortcuts import render

from articles import selectors
from articles.models import ContentKind


def _reviewed_page(request, kind: ContentKind, slug: str, template: str):
    try:
        page = selectors.live_page(kind=kind, slug=slug)
    except selectors.PageWithdrawn as withdrawn:
        context = {"item": withdrawn.item, "title": withdrawn.title}
        return render(request, "articles/withdrawn.html", context, status=410)
    return render(request, template, {"page": page})


def article_detail(request, slug):
    return _reviewed_page(request, ContentKind.ARTICLE, slug, "articles/article_detail.html")


def medicine_detail(request, slug):
    return _reviewed_page(request, ContentKind.MEDICINE, slug, "articles/medicine_detail.html")
