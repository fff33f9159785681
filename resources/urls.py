from django.urls import path

from resources import views

app_name = "resources"
urlpatterns = [
    path("", views.directory, name="directory"),
    path("<slug:slug>/", views.organization_detail, name="organization"),
]
