"""The HSDS 3.0 API, read-only, at exactly the paths of HSDS's openapi.json under /hsds."""

from django.urls import path

from resources import api

app_name = "hsds"
urlpatterns = [
    path("", api.api_root, name="root"),
    path("services", api.service_list, name="service_list"),
    path("services/<str:service_id>", api.service_detail, name="service_detail"),
    path("organizations", api.organization_list, name="organization_list"),
    path("organizations/<str:organization_id>", api.organization_detail, name="organization_detail"),
]
