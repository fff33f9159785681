from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Support directory")

    def ready(self):
        # The deploy check registers itself; reviewed pages offer our listings for their topic through
        # portal, and search indexes our public listings through its registry, without importing us.
        from portal.related import register_support_provider
        from portal.search import registry
        from resources import checks  # noqa: F401 - registers the deploy check
        from resources.related import support_for_topics
        from resources.selectors import public_services
        from resources.services import search_index_service

        register_support_provider(support_for_topics)
        registry.register(
            "service",
            label="directory listing(s)",
            public=lambda: public_services().select_related("organization").prefetch_related("terms"),
            index=search_index_service,
            kinds={"service": _("Support service")},
        )
