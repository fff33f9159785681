from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from articles.feeds import UpdatesFeed
from articles.sitemaps import FixedPageSitemap, ReviewedPageSitemap, TopicSitemap
from portal import views

SITEMAPS = {"pages": FixedPageSitemap, "topics": TopicSitemap, "reviewed": ReviewedPageSitemap}

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("", include("articles.urls")),
    path("support/", include("resources.urls")),
    path("hsds/", include("resources.api_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("feeds/updates/", UpdatesFeed(), name="updates_feed"),
    path("admin/", admin.site.urls),
]
