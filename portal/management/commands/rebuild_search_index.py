"""Rebuild the public search index from scratch: whatever each app registered with
`portal.search.registry` (live reviewed pages, their approved translations, public directory
listings), then the frequent words of each language. Approvals, withdrawals and listing changes
keep the index current; this repairs it and refreshes the words spelling suggestions use."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal import search
from portal.models import SearchDocument
from portal.search import registry


class Command(BaseCommand):
    help = (
        "Rebuild the public search index (live pages and public directory listings) and the frequent words "
        "that spelling suggestions use. Run it nightly or weekly."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        SearchDocument.objects.all().delete()
        counts = []
        for source in registry.sources().values():
            count = 0
            for row in source.public():
                source.index(row)
                count += 1
            counts.append(f"{count} {source.label}")
        words = search.refresh_frequent_words()
        listed = ", ".join(counts[:-1]) + " and " + counts[-1] if len(counts) > 1 else "".join(counts)
        self.stdout.write(f"Indexed {listed}; {words} frequent word(s) for spelling suggestions.")
