from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Support directory")

    def ready(self):
        from portal.search import registry
        from resources import checks  # noqa: F401 - registers the deploy check
        from resources.selectors import public_services
        from resources.services import search_index_service

        registry.register(
            "service",
            label="directory listing(s)",
            public=lambda: public_services().select_related("organization").prefetch_related("terms"),
            index=search_index_service,
        )
