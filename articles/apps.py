from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Reviewed content")

    def ready(self):
        from articles.models import ContentKind, ReviewedItem, Topic
        from articles.services import search_index_item
        from portal.search import registry

        # A topic's own text and the urgent-help panel are not search results: readers find the pages
        # that carry them.
        not_results = (ContentKind.TOPIC, ContentKind.URGENT_HELP)
        registry.register(
            "item",
            label="live page(s)",
            public=lambda: (
                ReviewedItem.objects.live().exclude(kind__in=not_results).select_related("live_revision", "topic")
            ),
            index=lambda item: search_index_item(item, item.live_revision),
            kinds={value: label for value, label in ContentKind.choices if value not in not_results},
            # The search page's topic filter.
            topics=lambda: Topic.objects.values_list("slug", "title"),
        )
