"""Public pages of the portal itself (the home page); each app has its own views."""

from django.shortcuts import render

from articles.selectors import topics_with_live_articles


def home(request):
    return render(request, "portal/home.html", {"topics": topics_with_live_articles()})
