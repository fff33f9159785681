from django.urls import path

from articles import views
from articles.feeds import TranslatedUpdatesFeed

urlpatterns = [
    path("topics/", views.topic_list, name="topic_list"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic_detail"),
    path("articles/<slug:slug>/", views.article_detail, name="article_detail"),
    path("medicines/", views.medicine_list, name="medicine_list"),
    path("medicines/<slug:slug>/", views.medicine_detail, name="medicine_detail"),
    path("which-pages-fit-me/", views.which_pages_fit_me, name="which_pages_fit_me"),
    path("glossary/", views.glossary, name="glossary"),
    path("about/editorial-policy/", views.editorial_policy, name="editorial_policy"),
    path("feedback/", views.feedback, name="feedback"),
    # The Spanish edition (issue 22). Until /es/ comes from i18n_patterns, its pages are named here.
    path("es/articles/<slug:slug>/", views.article_detail_translated, name="es_article_detail"),
    path("es/medicines/<slug:slug>/", views.medicine_detail_translated, name="es_medicine_detail"),
    path("es/glossary/", views.glossary_translated, name="es_glossary"),
    path("es/feeds/updates/", TranslatedUpdatesFeed(), name="es_updates_feed"),
]
