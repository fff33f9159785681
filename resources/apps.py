from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Support directory")

    def ready(self):
        # The deploy check registers itself; reviewed pages offer our listings for their topic
        # through portal, without importing us.
        from portal.related import register_support_provider
        from resources import checks  # noqa: F401
        from resources.related import support_for_topics

        register_support_provider(support_for_topics)
