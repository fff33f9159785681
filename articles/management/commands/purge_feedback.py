import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.models import Feedback

DEFAULT_DAYS = 365


class Command(BaseCommand):
    help = (
        "Delete readers' feedback (answers and comments) received more than DAYS days ago "
        f"(default {DEFAULT_DAYS}), as the editorial policy promises. Run it daily or weekly."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, default=DEFAULT_DAYS, metavar="DAYS",
            help=f"Delete feedback received more than DAYS days ago (default {DEFAULT_DAYS}).",
        )  # fmt: skip

    def handle(self, *args, older_than=DEFAULT_DAYS, **options):
        if older_than < 1:
            raise CommandError(f"--older-than must be at least 1 day, not {older_than}: refusing to delete feedback.")
        cutoff = timezone.now() - datetime.timedelta(days=older_than)
        deleted, _ = Feedback.objects.filter(created_at__lt=cutoff).delete()
        entries = "entry" if deleted == 1 else "entries"
        self.stdout.write(f"Deleted {deleted} feedback {entries} older than {older_than} days.")
