"""Placeholder replaced by the HSDS API views."""

from django.http import JsonResponse


def _not_built(request, **kwargs):
    return JsonResponse({"error": "not built yet"}, status=501)


api_root = service_list = service_detail = organization_list = organization_detail = _not_built
