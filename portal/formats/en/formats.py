"""US English dates and times as the portal shows them (Django's format-file mechanism).

Django's own "N j, Y" ("Dec. 4, 2026") and "P" ("4:42 p.m.") end in a full stop, which doubled at
the end of a sentence ("saved at Dec. 4, 2026, 4:42 p.m.."). Months are spelt out and times say
AM/PM, so no date or time ends in a full stop.
"""

DATE_FORMAT = "F j, Y"
TIME_FORMAT = "g:i A"
DATETIME_FORMAT = "F j, Y, g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
SHORT_DATE_FORMAT = "m/d/Y"
SHORT_DATETIME_FORMAT = "m/d/Y g:i A"
