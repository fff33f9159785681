from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from articles.feeds import TranslatedUpdatesFeed, UpdatesFeed
from articles.sitemaps import FixedPageSitemap, ReviewedPageSitemap, TopicSitemap
from portal import auth, views
from portal.search import insights
from portal.search import views as search_views

# Inside the admin a 403 is an admin page that says which permission is missing (portal/views.py).
handler403 = views.permission_denied

SITEMAPS = {"pages": FixedPageSitemap, "topics": TopicSitemap, "reviewed": ReviewedPageSitemap}

# The admin's sign-in asks for the two-factor code of staff who have set it up (portal/auth.py).
admin.site.login_form = auth.StaffLoginForm
admin.site.login_template = "portal/two_factor/login.html"

# Pages for readers: English at the addresses they have always had, Spanish under /es/ (the
# language comes from the address alone: portal.middleware.URLLanguageMiddleware). The feedback
# form posts to the page's own language, so its answer is in the reader's language.
urlpatterns = i18n_patterns(
    path("", views.home, name="home"),
    path("search/", search_views.search, name="search"),
    path("about/", views.about, name="about"),
    path("", include("articles.urls")),
    path("support/", include("resources.urls")),
    prefix_default_language=False,
)

# Addresses for machines and staff: one address each, no language prefix.
urlpatterns += [
    # The results page's beacon (either language): counts searches and opened results, weekly, nothing per person.
    path("search/insights/", insights.record, name="search_insights"),
    path("hsds/", include("resources.api_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("feeds/updates/", UpdatesFeed(), name="updates_feed"),
    # Feed readers follow one language: the Spanish pages' approvals have their own feed.
    path("es/feeds/updates/", TranslatedUpdatesFeed(), name="es_updates_feed"),
    # Browsers and feed readers ask for /favicon.ico where a page names no icon.
    path("favicon.ico", views.favicon),
    # Before the admin's own URLs: these serve staff who have not passed two-factor yet.
    path("admin/two-factor/", auth.two_factor, name="two_factor"),
    path("admin/two-factor/qr.svg", auth.two_factor_qr, name="two_factor_qr"),
    path("admin/two-factor/recovery-codes/", auth.recovery_codes, name="two_factor_recovery_codes"),
    # Replaces the admin's own "View on site" redirect with one that checks the model permission.
    path("admin/r/<int:content_type_id>/<path:object_id>/", admin.site.admin_view(views.view_on_site)),
    path("admin/", admin.site.urls),
]
