from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Support directory")

    def ready(self):
        from resources import checks  # noqa: F401 - registers the deploy check
