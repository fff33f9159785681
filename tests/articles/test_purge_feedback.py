"""`manage.py purge_feedback`: readers' comments are kept for a year, then deleted."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.models import Feedback

pytestmark = pytest.mark.django_db


def feedback(item, days_ago: float, comment: str = "") -> Feedback:
    received = timezone.now() - datetime.timedelta(days=days_ago)
    return Feedback.objects.create(item=item, revision=item.live_revision, helpful=True, comment=comment,
                                   created_at=received)  # fmt: skip


def purge(*args: str) -> str:
    out = StringIO()
    call_command("purge_feedback", *args, stdout=out)
    return out.getvalue()


def test_deletes_feedback_older_than_a_year_by_default(live):
    old = [feedback(live.item, 366, "Old comment"), feedback(live.item, 800)]
    recent = [feedback(live.item, 364, "Recent comment"), feedback(live.item, 0)]
    assert purge() == "Deleted 2 feedback entries older than 365 days.\n"
    remaining = set(Feedback.objects.values_list("pk", flat=True))
    assert remaining == {entry.pk for entry in recent}
    assert not remaining & {entry.pk for entry in old}


def test_older_than_sets_the_age(live):
    feedback(live.item, 31)
    kept = feedback(live.item, 29)
    assert purge("--older-than", "30") == "Deleted 1 feedback entry older than 30 days.\n"
    assert list(Feedback.objects.values_list("pk", flat=True)) == [kept.pk]
    assert purge("--older-than", "30") == "Deleted 0 feedback entries older than 30 days.\n"


@pytest.mark.parametrize("days", ["0", "-5"])
def test_refuses_fewer_than_one_day(live, days):
    feedback(live.item, 10)
    with pytest.raises(CommandError, match="at least 1 day"):
        purge("--older-than", days)
    assert Feedback.objects.count() == 1
