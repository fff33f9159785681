"""Search benchmark: server time of /search/'s query over the 50 fixed queries in
bench/search_queries.txt, on the page benchmark's data set (5,000 articles, all medicines, the
glossary), beside a naive `icontains` search on the same data. Writes bench/results/search.md.
"""

import os
import statistics
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from bench.bench_pages import bench_database_url  # noqa: E402 - after the path is set

REPEATS = 5


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> int:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings", DJANGO_SECRET_KEY="bench-" + "k" * 60,
        DJANGO_ALLOWED_HOSTS="127.0.0.1", DJANGO_CACHE_URL="dummy://", DATABASE_URL=bench_database_url(),
    )  # fmt: skip
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Q
    from django.test.utils import CaptureQueriesContext

    from articles.models import ReviewedItem
    from articles.services import search_index_item
    from bench.data import generate
    from portal import search
    from portal.models import SearchDocument

    call_command("migrate", verbosity=0)
    generate()
    live = ReviewedItem.objects.live()
    if SearchDocument.objects.count() < live.count():
        print("indexing the data set...", flush=True)
        for item in live.select_related("live_revision", "topic").iterator(chunk_size=200):
            search_index_item(item, item.live_revision)
    items = SearchDocument.objects.count()
    queries = [line.strip() for line in (REPOSITORY / "bench" / "search_queries.txt").read_text().splitlines()
               if line.strip() and not line.startswith("#")]  # fmt: skip

    def timed(function):
        times = []
        for query in queries:
            for _ in range(REPEATS):
                start = time.perf_counter()
                function(query)
                times.append((time.perf_counter() - start) * 1000)
        return times

    def naive(query):
        matches = live.filter(Q(live_revision__title__icontains=query) | Q(live_revision__body__icontains=query))
        return matches.count(), list(matches.select_related("live_revision").only("slug", "live_revision__title")[:10])

    with CaptureQueriesContext(connection) as captured:
        search.search("herseptin")
    ours, theirs = timed(lambda q: search.search(q)), timed(naive)
    found = sum(1 for q in queries if search.search(q).total > 0)
    lines = [
        "## Search",
        "",
        f"{len(queries)} fixed queries (bench/search_queries.txt), {REPEATS} runs each, over {items:,} public "
        "pages; time of the search itself in the Django process (no HTTP), page cache off.",
        "",
        "| search | p50 ms | p95 ms | max ms |",
        "| --- | ---: | ---: | ---: |",
        f"| ours (full text + trigram) | {statistics.median(ours):.1f} | {percentile(ours, 0.95):.1f} | "
        f"{max(ours):.1f} |",
        f"| naive icontains on title and body | {statistics.median(theirs):.1f} | {percentile(theirs, 0.95):.1f} | "
        f"{max(theirs):.1f} |",
        "",
        f"SQL queries per search: {len(captured)}. Queries with at least one result: {found} of {len(queries)}.",
        f"Goal (issue: 10,000 pages): p50 < 15 ms, p95 < 50 ms. This data set has {items:,} pages.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    (REPOSITORY / "bench" / "results" / "search.md").write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
