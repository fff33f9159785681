import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from articles import notifications
from articles.models import ReviewedItem
from articles.selectors import DUE_SOON_DAYS  # one rule for the queue, the admin lists and this list


class Command(BaseCommand):
    help = (
        "List published pages whose review is overdue or due within 30 days, most overdue first; "
        "with --email, also send the list to every clinical reviewer (the weekly digest)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", action="store_true", help="Email the list to the clinical reviewers.")

    def handle(self, *args, email=False, **options):
        today = timezone.localdate()
        horizon = today + datetime.timedelta(days=DUE_SOON_DAYS)
        items = (
            ReviewedItem.objects.live()
            .filter(next_review_due__lte=horizon)
            .select_related("live_revision")
            .order_by("next_review_due", "kind", "slug")
        )
        items = list(items)
        if not items:
            self.stdout.write(f"Nothing is overdue or due for review in the next {DUE_SOON_DAYS} days.")
            return
        if email:
            sent = notifications.review_digest(items, today)
            self.stdout.write(f"Digest emailed to {sent} reviewer(s).")
        for item in items:
            state = "OVERDUE " if item.next_review_due < today else "due soon"
            self.stdout.write(
                f"{state}  {item.next_review_due:%Y-%m-%d}  {item.get_kind_display():<16}  "
                f"{item.live_revision.title}  ({item.get_absolute_url()})"
            )
