import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from resources.link_check import DEFAULT_TIMEOUT, DEFAULT_WORKERS, check_urls, directory_urls
from resources.models import LinkCheck

MAX_TIMEOUT = 120
MAX_WORKERS = 64
UPDATED_FIELDS = ["checked_at", "status_code", "final_url", "error", "is_broken", "elapsed_ms"]


class Command(BaseCommand):
    help = (
        "Check every web address the directory shows (organization websites, service pages, location "
        "addresses, schedule links of listings that are not defunct), store the answers in LinkCheck "
        "and list the broken ones with the listings that use them. A report: exits 0 even when links are broken."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout",
            type=float,
            default=DEFAULT_TIMEOUT,
            help=f"Seconds to wait for each request (default {DEFAULT_TIMEOUT:g}, at most {MAX_TIMEOUT}).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=DEFAULT_WORKERS,
            help=f"Requests in flight at once (default {DEFAULT_WORKERS}, at most {MAX_WORKERS}; "
            "never more than two to one host).",
        )

    def handle(self, *args, timeout, workers, verbosity=1, **options):
        if not 0 < timeout <= MAX_TIMEOUT:
            raise CommandError(f"--timeout must be more than 0 and at most {MAX_TIMEOUT} seconds, not {timeout:g}.")
        if not 1 <= workers <= MAX_WORKERS:
            raise CommandError(f"--workers must be between 1 and {MAX_WORKERS}, not {workers}.")

        uses = directory_urls()  # read here, in this thread: the workers never touch the database
        total = len(uses)
        started = time.monotonic()
        results = []
        for done, result in enumerate(check_urls(uses, timeout=timeout, workers=workers), start=1):
            results.append(result)
            if verbosity >= 1:
                verdict = f"BROKEN  {result.url}  ({result.error})" if result.is_broken else f"ok      {result.url}"
                self.stdout.write(f"checked {done}/{total}  {verdict}")

        with transaction.atomic():
            LinkCheck.objects.bulk_create(
                [result.as_link_check() for result in results],
                update_conflicts=True,
                unique_fields=["url"],
                update_fields=UPDATED_FIELDS,
                batch_size=500,
            )
            pruned, _ = LinkCheck.objects.exclude(url__in=list(uses)).delete()

        broken = sorted((result for result in results if result.is_broken), key=lambda result: result.url)
        seconds = time.monotonic() - started
        self.stdout.write(
            f"Checked {total} address{'es' if total != 1 else ''} in {seconds:.1f} s: "
            f"{len(broken)} broken, {total - len(broken)} fine"
            + (f"; forgot {pruned} no longer in the directory." if pruned else ".")
        )
        if not broken:
            return
        self.stdout.write("Broken addresses:")
        for result in broken:
            self.stdout.write(f"  {result.url}  ({result.error})")
            for use in uses[result.url]:
                self.stdout.write(f"      used by {use}")
