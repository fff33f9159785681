"""Directory benchmark: with 10,000 services, the SQL queries and database time of a filtered
/support/ page and of /hsds/services pages, and the time to export everything as HSDS.
Writes bench/results/directory.md.

Database time is the time spent in `cursor.execute` (psycopg2 fetches every row there), summed over
a request's queries, measured in the Django process through the test client: no HTTP, page cache off.
"""

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from bench.bench_pages import django_in_this_process, percentile, write_result  # noqa: E402 - after the path is set

SERVICES = 10_000
SERVICES_PER_ORGANIZATION = 5
GENERATOR = "v2"  # bump when the generated data changes, so old data sets are rebuilt
REPEATS = 20
STATES = ["AL", "AZ", "CA", "CO", "FL", "GA", "IL", "MA", "MI", "MN", "NC", "NJ", "NY", "OH", "OR", "PA", "TX",
          "VA", "WA", "WI"]  # fmt: skip


def vocabulary() -> tuple[list[str], list[float]]:
    """Words of the sample articles, most common first-ish, with Zipf weights (the n-th word 1/n as
    common), so a word in a query matches some listings, not all of them."""
    import re

    from articles.demo.articles import ARTICLES

    words = sorted({word for article in ARTICLES for word in re.findall(r"[a-z]{4,}", article["body"].lower())})
    random.Random(3).shuffle(words)
    return words, [1 / rank for rank in range(1, len(words) + 1)]


def generate(log=print) -> None:
    """10,000 services under 2,000 organisations, each with a phone, schedule, area, languages, a cost
    and three terms, written with bulk inserts (the audit triggers still fire for every row)."""
    from resources.models import CostOption, Language, Organization, Phone, Schedule, Service, ServiceArea, TaxonomyTerm

    current = Organization.objects.filter(slug=f"bench-{GENERATOR}").exists()
    if current and Service.objects.filter(organization__slug__startswith="bench-").count() >= SERVICES:
        return
    log(f"generating {SERVICES:,} directory services...")
    rng = random.Random(7)
    words, weights = vocabulary()

    def text(count: int) -> str:
        return " ".join(rng.choices(words, weights, k=count))

    Organization.objects.filter(slug__startswith="bench-").delete()
    terms = {taxonomy: list(TaxonomyTerm.objects.filter(taxonomy=taxonomy))
             for taxonomy in ("category", "delivery_mode", "audience")}  # fmt: skip
    organizations = Organization.objects.bulk_create(
        Organization(slug=f"bench-{GENERATOR}" if n == 0 else f"bench-{n}",
                     name=f"{rng.choice(words).title()} {rng.choice(words).title()} Trust {n}",
                     description=text(30), website=f"https://org{n}.example.org/",
                     is_sample=False)
        for n in range(SERVICES // SERVICES_PER_ORGANIZATION)
    )  # fmt: skip
    services = Service.objects.bulk_create(
        Service(organization=organizations[n // SERVICES_PER_ORGANIZATION],
                name=text(3).capitalize(), description=text(60),
                eligibility_description=text(12), url=f"https://org{n}.example.org/s",
                status="active" if n % 20 else "inactive")
        for n in range(SERVICES)
    )  # fmt: skip
    through = Service.terms.through
    links, phones, schedules, areas, languages, costs = [], [], [], [], [], []
    for n, service in enumerate(services):
        chosen = {rng.choice(terms["category"]), rng.choice(terms["delivery_mode"]), rng.choice(terms["audience"])}
        links += [through(service_id=service.pk, taxonomyterm_id=term.pk) for term in chosen]
        phones.append(Phone(service=service, number=f"555-01{n % 100:02d}", description="Weekdays 9 am to 5 pm"))
        schedules.append(Schedule(service=service, description="Every Tuesday, 6 to 7 pm", freq="WEEKLY",
                                  byday="TU"))  # fmt: skip
        if n % 4 == 0:
            areas.append(ServiceArea(service=service, scope="national", name="United States"))
        else:
            state = rng.choice(STATES)
            areas.append(ServiceArea(service=service, scope="state", state=state, name=state))
        languages.append(Language(service=service, code="en", name="English"))
        if n % 3 == 0:
            languages.append(Language(service=service, code="es", name="Spanish"))
        costs.append(CostOption(service=service, option="free" if n % 2 else "fee"))
    for model, rows in ((through, links), (Phone, phones), (Schedule, schedules), (ServiceArea, areas),
                        (Language, languages), (CostOption, costs)):  # fmt: skip
        model.objects.bulk_create(rows, batch_size=2000)


def main() -> int:
    django_in_this_process()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from resources.models import Service, TaxonomyTerm

    call_command("migrate", verbosity=0)
    generate()
    total = Service.objects.count()
    helpline = TaxonomyTerm.objects.get(code="helpline").pk
    client = Client()
    pages = {
        "/support/ filtered": [
            "/support/?category=support-group&area=OH&free=1",
            "/support/?q=hospice+evening&area=TX",
            "/support/?mode=online&audience=carer-or-family&language=es",
            "/support/?category=financial-assistance&page=3",
            "/support/?q=metastatic&free=1&page=2",
        ],
        "/hsds/services": [
            "/hsds/services",
            "/hsds/services?page=40&per_page=50",
            f"/hsds/services?taxonomy_term_id={helpline}",
            "/hsds/services?search=palliative+nurses",
            "/hsds/services?modified_after=2020-01-01&page=3",
        ],
    }
    rows = []
    for name, urls in pages.items():
        times, counts = [], set()
        for url in urls:
            for _ in range(REPEATS):
                spent = []

                def timed(execute, sql, params, many, context, spent=spent):
                    start = time.perf_counter()
                    try:
                        return execute(sql, params, many, context)
                    finally:
                        spent.append((time.perf_counter() - start) * 1000)

                with connection.execute_wrapper(timed):
                    response = client.get(url, secure=True)
                assert response.status_code == 200, (url, response.status_code)
                times.append(sum(spent))
                counts.add(len(spent))
        rows.append((name, len(urls), max(counts), statistics.median(times), percentile(times, 0.95)))

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        call_command("export_hsds", str(Path(folder) / "export"), verbosity=0)
        export_seconds = time.perf_counter() - start
        exported = len(list((Path(folder) / "export" / "services").glob("*.json")))

    lines = [
        "## Directory",
        "",
        f"{total:,} services ({exported:,} public) under {total // SERVICES_PER_ORGANIZATION:,} organisations; "
        f"{REPEATS} runs of each URL; database time = time in `cursor.execute`, summed per request; page cache off.",
        "",
        "| page | URLs | SQL queries (max) | DB ms p50 | DB ms p95 |",
        "| --- | ---: | ---: | ---: | ---: |",
        *(f"| {name} | {urls} | {queries} | {p50:.1f} | {p95:.1f} |" for name, urls, queries, p50, p95 in rows),
        "",
        f"Export of all public services as HSDS JSON and CSV (`export_hsds`): {export_seconds:.1f} s for "
        f"{exported:,} services.",
        "",
        "Goals (issue 7): at most 6 queries and under 30 ms of database time at p95 per page; export under 30 s.",
    ]
    text = "\n".join(lines) + "\n"
    write_result("directory", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
