from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Reviewed content")

    def ready(self):
        from articles.models import TRANSLATION_LANGUAGES, ContentKind, ItemTranslation, ReviewedItem, Topic
        from articles.services import search_index_item, search_index_translation
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
        # Approved translations: each in the index of its language, at its address there.
        registry.register(
            "item-translation",
            label="live translation(s)",
            public=lambda: (
                ItemTranslation.objects.live_in_any_language()
                .exclude(item__kind__in=not_results)
                .select_related("item", "item__topic", "live_revision", "live_revision__translation_of")
            ),
            index=lambda translation: search_index_translation(translation.item, translation.live_revision),
            kinds={value: label for value, label in ContentKind.choices if value not in not_results},
            languages=TRANSLATION_LANGUAGES,  # (its topics are the English pages' topics: offered once)
        )
