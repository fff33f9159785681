from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # The deploy checks, and the sign-in signals connected to the security event log.
        from portal import checks, security_log  # noqa: F401
