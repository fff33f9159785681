from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef
from django.urls import reverse

from articles.models import ENGLISH, ItemTranslation, ReviewedItem, Topic


class ReviewedPageSitemap(Sitemap):
    """Live articles and medicine summaries, in each language they are live in (each version names the
    others as hreflang alternates). Sample content is left out: it is never indexed."""

    protocol = "https"

    def items(self):
        pages = (
            ReviewedItem.objects.live()
            .filter(kind__in=["article", "medicine"], is_sample=False)
            .only("kind", "slug", "last_reviewed_at")
            .annotate(translated=ArraySubquery(
                ItemTranslation.objects.live_in_any_language().filter(item_id=OuterRef("pk"))
                .order_by("language").values("language")
            ))
            .order_by("kind", "slug")
        )  # fmt: skip
        return [(page, language) for page in pages for language in (ENGLISH, *page.translated)]

    def location(self, entry):
        page, language = entry
        return page.get_translated_url(language)

    def lastmod(self, entry):
        return entry[0].last_reviewed_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            item, language = url["item"]
            if item.translated:
                base = url["location"][: -len(item.get_translated_url(language))]
                url["alternates"] = [
                    {"lang_code": code, "location": base + item.get_translated_url(code)}
                    for code in (ENGLISH, *item.translated)
                ]
        return urls


class TopicSitemap(Sitemap):
    protocol = "https"

    def items(self):
        return Topic.objects.all()


class FixedPageSitemap(Sitemap):
    protocol = "https"

    def items(self):
        return ["home", "topic_list", "medicine_list", "which_pages_fit_me", "glossary", "editorial_policy", "about"]

    def location(self, name):
        return reverse(name)
