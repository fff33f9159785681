"""Search benchmark: server time of a /search/ request for each of the 50 fixed queries in
bench/search_queries.txt, at three sizes of the public index, beside a naive `icontains` search on
the same data. Writes bench/results/search.md.

The index starts as the page benchmark's data set (5,000 articles of 1,500-2,500 words, all
medicines, the glossary), in a database of its own, and is then topped up to 10,000 and 100,000
public pages of 1,500-2,500 words drawn from the sample content's own vocabulary, with Zipf-like
word frequencies (a few words very common, most rare) as real text has.
"""

import random
import re
import statistics
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from bench.bench_pages import django_in_this_process, percentile, write_result  # noqa: E402 - after the path is set

SEARCH_DATABASE = "portal_bench_search"
SIZES = (10_000, 100_000)
REPEATS = 3
BATCH = 1000


def resize(target: int, log=print) -> None:
    """Make the index hold `target` public pages: synthetic pages are removed above it (a data set
    left at 100,000 by the last run is cut back to measure 10,000) or added below it."""
    from django.db import connection, transaction

    from portal.models import SearchDocument, SearchTerm

    have = SearchDocument.objects.count()
    if have > target:
        log(f"cutting the search index back from {have:,} to {target:,} pages...")
        synthetic = SearchDocument.objects.filter(key__startswith="synthetic:").order_by("-id")
        extra = list(synthetic.values_list("id", flat=True)[: have - target])
        with connection.cursor() as cursor:  # plain SQL: the ORM would load every row to cascade
            cursor.execute("DELETE FROM portal_searchterm WHERE document_id = ANY(%s)", [extra])
            cursor.execute("DELETE FROM portal_searchdocument WHERE id = ANY(%s)", [extra])
            # Rewritten, not just vacuumed: indexes bloated by 90,000 deleted pages would slow the
            # 10,000-page measurement and misrepresent it.
            cursor.execute("VACUUM FULL ANALYZE portal_searchdocument")
            cursor.execute("VACUUM FULL ANALYZE portal_searchterm")
        return
    if have == target:
        return
    log(f"topping the search index up from {have:,} to {target:,} pages...")
    texts = SearchDocument.objects.exclude(key__startswith="synthetic:").values_list("summary", "body")
    words = sorted(
        {word for pair in texts.iterator() for text in pair for word in re.findall(r"[a-z]{3,}", text.lower())}
    )
    rng = random.Random(have)
    rng.shuffle(words)
    weights = [1 / rank for rank in range(1, len(words) + 1)]  # Zipf: the n-th word is 1/n as common
    numbers = range(have, target)
    for start in range(0, len(numbers), BATCH):
        batch = numbers[start : start + BATCH]
        with transaction.atomic():
            documents = SearchDocument.objects.bulk_create(
                SearchDocument(
                    kind="article", key=f"synthetic:{n}", url=f"/articles/synthetic-{n}/",
                    title=" ".join(rng.choices(words, k=rng.randint(3, 7))).capitalize(),
                    summary=" ".join(rng.choices(words, weights, k=30)),
                    body=" ".join(rng.choices(words, weights, k=rng.randint(1500, 2500))),
                )
                for n in batch
            )  # fmt: skip
            with connection.cursor() as cursor:  # the same vectors as portal.search.index_document
                cursor.execute(
                    """UPDATE portal_searchdocument SET
                         ranked = setweight(to_tsvector('english', unaccent(title)), 'A')
                               || setweight(to_tsvector('english', unaccent(summary)), 'B'),
                         body_vector = to_tsvector('english', unaccent(body))
                       WHERE id = ANY(%s)""",
                    [[document.pk for document in documents]],
                )
            SearchTerm.objects.bulk_create(SearchTerm(document=document, term=document.title) for document in documents)
        log(f"  {min(have + start + BATCH, target):,} / {target:,}")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE portal_searchdocument")
        cursor.execute("VACUUM ANALYZE portal_searchterm")


def measure(queries, client, naive_repeats: int):
    from django.db import connection
    from django.db.models import Q
    from django.test.utils import CaptureQueriesContext

    from portal.models import SearchDocument

    def ours(query):
        response = client.get("/search/", {"q": query}, secure=True)
        assert response.status_code == 200, (query, response.status_code)

    def naive(query):
        matches = SearchDocument.objects.filter(Q(title__icontains=query) | Q(body__icontains=query))
        return matches.count(), list(matches.only("url", "title")[:10])

    def timed(function, repeats=REPEATS):
        times = []
        for query in queries:
            for _ in range(repeats):
                start = time.perf_counter()
                function(query)
                times.append((time.perf_counter() - start) * 1000)
        return times

    ours("warm up")
    query_count = 0  # the most any of the fixed queries' pages takes
    for query in queries:
        with CaptureQueriesContext(connection) as captured:
            ours(query)
        query_count = max(query_count, len(captured))  # read now: the next request empties the log
    return {"pages": SearchDocument.objects.count(), "ours": timed(ours), "naive": timed(naive, naive_repeats),
            "queries": query_count}  # fmt: skip


def main() -> int:
    django_in_this_process(SEARCH_DATABASE)
    from django.core.management import call_command
    from django.test import Client

    from articles.models import ReviewedItem
    from articles.services import search_index_item
    from bench.data import generate
    from portal.models import SearchDocument
    from portal.search import refresh_frequent_words

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # the pages link their static files
    generate()
    live = ReviewedItem.objects.live()
    if SearchDocument.objects.exclude(key__startswith="synthetic:").count() < live.count():
        print("indexing the data set...", flush=True)
        for item in live.select_related("live_revision", "topic").iterator(chunk_size=200):
            search_index_item(item, item.live_revision)
    queries = [line.strip() for line in (REPOSITORY / "bench" / "search_queries.txt").read_text().splitlines()
               if line.strip() and not line.startswith("#")]  # fmt: skip
    client = Client()
    runs = []
    for size in SIZES:
        resize(size)
        # As `rebuild_search_index` does on every live site (nightly): the words "Did you mean"
        # corrects to, and which search compares by similarity only when a query's word is not
        # among the words pages use. Without them every search would run as on a site never rebuilt.
        print(f"frequent words: {refresh_frequent_words():,}", flush=True)
        # The naive search takes seconds a query at 100,000 pages: once each is enough to show it.
        runs.append(measure(queries, client, naive_repeats=REPEATS if size <= 10_000 else 1))
        print(f"{runs[-1]['pages']:,} pages: p95 {percentile(runs[-1]['ours'], 0.95):.1f} ms", flush=True)

    lines = [
        "## Search",
        "",
        f"{len(queries)} fixed queries (bench/search_queries.txt), {REPEATS} runs each: server time of a whole "
        "/search/ request in the Django process (test client, no HTTP), page cache off; beside it a naive "
        "`icontains` on title and body over the same pages (one run each at 100,000). The pages are the page "
        "benchmark's data set (5,000 articles, all medicines, the glossary) topped up with pages of 1,500-2,500 "
        "words drawn from the sample content's vocabulary with Zipf word frequencies, and the frequent words "
        "rebuilt at each size as `rebuild_search_index` does.",
        "",
        "| public pages | ours p50 ms | ours p95 ms | ours max ms | SQL queries (max) | naive p50 ms | naive p95 ms |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *(
            f"| {run['pages']:,} | {statistics.median(run['ours']):.1f} | {percentile(run['ours'], 0.95):.1f} | "
            f"{max(run['ours']):.1f} | {run['queries']} | {statistics.median(run['naive']):.1f} | "
            f"{percentile(run['naive'], 0.95):.1f} |"
            for run in runs
        ),  # fmt: skip
        "",
        "Goals (issue 8): with 10,000 pages p50 < 15 ms and p95 < 50 ms; with 100,000 p95 < 200 ms; at most 5 SQL "
        "queries per search page.",
    ]
    text = "\n".join(lines) + "\n"
    write_result("search", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
