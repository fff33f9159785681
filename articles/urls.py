from django.urls import path

from articles import views

urlpatterns = [
    path("articles/<slug:slug>/", views.article_detail, name="article_detail"),
    path("medicines/<slug:slug>/", views.medicine_detail, name="medicine_detail"),
]
