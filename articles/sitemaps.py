from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import ReviewedItem, Topic


class ReviewedPageSitemap(Sitemap):
    """Live articles and medicine summaries. Sample content is left out: it is never indexed."""

    protocol = "https"

    def items(self):
        return (
            ReviewedItem.objects.live()
            .filter(kind__in=["article", "medicine"], is_sample=False)
            .only("kind", "slug", "last_reviewed_at")
            .order_by("kind", "slug")
        )

    def lastmod(self, item):
        return item.last_reviewed_at


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
