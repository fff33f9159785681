from django.http import Http404


def directory(request):
    raise Http404


def organization_detail(request, slug):
    raise Http404
