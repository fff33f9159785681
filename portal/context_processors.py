from django.conf import settings


def site(request):
    """The site's own address, for canonical links and Open Graph tags."""
    return {"SITE_URL": settings.SITE_URL}
