"""`manage.py check --deploy` warns when exports would name the placeholder assurer address."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def assurer_email_is_set(app_configs, **kwargs):
    if settings.DIRECTORY_ASSURER_EMAIL.endswith("@example.org"):
        return [
            Warning(
                "DIRECTORY_ASSURER_EMAIL is the placeholder directory@example.org.",
                hint="Set DIRECTORY_ASSURER_EMAIL to the directory team's role address: partners see it in every "
                "exported listing as the one who vouches for it.",
                id="resources.W001",
            )
        ]
    return []
