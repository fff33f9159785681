import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from articles.models import ReviewedItem

DUE_SOON_DAYS = 30


class Command(BaseCommand):
    help = "List published pages whose review is overdue or due within 30 days, most overdue first."

    def handle(self, *args, **options):
        today = timezone.localdate()
        horizon = today + datetime.timedelta(days=DUE_SOON_DAYS)
        items = (
            ReviewedItem.objects.live()
            .filter(next_review_due__lte=horizon)
            .select_related("live_revision")
            .order_by("next_review_due", "kind", "slug")
        )
        if not items:
            self.stdout.write(f"Nothing is overdue or due for review in the next {DUE_SOON_DAYS} days.")
            return
        for item in items:
            state = "OVERDUE " if item.next_review_due < today else "due soon"
            self.stdout.write(
                f"{state}  {item.next_review_due:%Y-%m-%d}  {item.get_kind_display():<16}  "
                f"{item.live_revision.title}  ({item.get_absolute_url()})"
            )
