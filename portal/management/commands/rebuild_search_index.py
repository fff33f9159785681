"""Rebuild the public search index from scratch: every live reviewed page and every public
directory listing, then the frequent words. Approvals, withdrawals and listing changes keep the
index current; this repairs it and refreshes the words spelling suggestions use."""

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.models import ContentKind, ReviewedItem
from articles.services import search_index_item
from portal import search
from portal.models import SearchDocument
from resources.selectors import public_services
from resources.services import search_index_service


class Command(BaseCommand):
    help = (
        "Rebuild the public search index (live pages and public directory listings) and the frequent words "
        "that spelling suggestions use. Run it nightly or weekly."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        SearchDocument.objects.all().delete()
        # A topic's own text is not a search result: readers find its pages.
        items = (
            ReviewedItem.objects.live().exclude(kind__in=[ContentKind.TOPIC, ContentKind.URGENT_HELP])
            .select_related("live_revision", "topic")
        )  # fmt: skip
        for item in items:
            search_index_item(item, item.live_revision)
        listings = public_services().select_related("organization").prefetch_related("terms")
        for service in listings:
            search_index_service(service)
        words = search.refresh_frequent_words()
        self.stdout.write(
            f"Indexed {items.count()} live page(s) and {listings.count()} directory listing(s); "
            f"{words} frequent word(s) for spelling suggestions."
        )
