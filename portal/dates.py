"""Date arithmetic shared by the review cycle and the directory's verification cycle."""

import calendar
import datetime


def months_later(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later; 31 January + 1 month is the last day of February."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
