"""`manage.py check --deploy` warns when emails would link to a guessed or unsafe site address, and
while the contact address readers are given is still the placeholder."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def site_url_is_set(app_configs, **kwargs):
    if not settings.SITE_URL_IS_SET:
        guess = settings.SITE_URL or "nothing (DJANGO_ALLOWED_HOSTS is empty too)"
        return [
            Warning(
                f"DJANGO_SITE_URL is not set; links in staff emails and feeds use {guess}.",
                hint="Set DJANGO_SITE_URL to the address readers and staff use, e.g. https://portal.example.org.",
                id="portal.W001",
            )
        ]
    if urlsplit(settings.SITE_URL).scheme != "https":
        return [
            Warning(
                f"DJANGO_SITE_URL is {settings.SITE_URL}, not an https:// address.",
                hint="Links in staff emails lead to the sign-in page: they must use https.",
                id="portal.W002",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def contact_email_is_set(app_configs, **kwargs):
    if settings.PORTAL_CONTACT_EMAIL == settings.PORTAL_CONTACT_EMAIL_PLACEHOLDER:
        return [
            Warning(
                f"PORTAL_CONTACT_EMAIL is not set; the About page gives readers the placeholder "
                f"{settings.PORTAL_CONTACT_EMAIL_PLACEHOLDER}.",
                hint="Set PORTAL_CONTACT_EMAIL to the address the editors read, e.g. editors@portal.example.org.",
                id="portal.W003",
            )
        ]
    return []
