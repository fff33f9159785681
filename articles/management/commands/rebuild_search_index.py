from django.core.management.base import BaseCommand
from django.db import transaction

from articles.models import ReviewedItem
from articles.services import search_index_item
from portal.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the public search index from the live revisions (approvals keep it current)."

    @transaction.atomic
    def handle(self, *args, **options):
        SearchDocument.objects.filter(key__startswith="item:").delete()
        items = ReviewedItem.objects.live().select_related("live_revision", "topic")
        for item in items:
            search_index_item(item, item.live_revision)
        self.stdout.write(f"Indexed {items.count()} live page(s).")
