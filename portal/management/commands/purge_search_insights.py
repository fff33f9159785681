from django.core.management.base import BaseCommand, CommandError

from portal.search import insights


class Command(BaseCommand):
    help = (
        "Delete the weekly search counts of weeks before the last WEEKS weeks, this week included "
        f"(default {insights.KEEP_WEEKS}). Run nightly (after rebuild_search_index)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep-weeks", type=int, default=insights.KEEP_WEEKS, metavar="WEEKS",
            help=f"Keep the counts of the last WEEKS weeks (default {insights.KEEP_WEEKS}).",
        )  # fmt: skip

    def handle(self, *args, keep_weeks=insights.KEEP_WEEKS, **options):
        if keep_weeks < 1:
            raise CommandError(f"--keep-weeks must be at least 1 (this week), not {keep_weeks}.")
        deleted = insights.drop_old_weeks(keep_weeks=keep_weeks)
        rows = "row" if deleted == 1 else "rows"
        self.stdout.write(f"Deleted {deleted} weekly search count {rows} older than {keep_weeks} weeks.")
