"""Spanish dates and times as the portal shows them (Django's format-file mechanism).

Months spelt out, as readers write them: "5 de diciembre de 2026" (month names in lower case come
from Django's own Spanish catalog). Times on the 24-hour clock ("16:42"), so that, as in English,
no date or time ends in a full stop ("p. m.") that would double at the end of a sentence.
"""

DATE_FORMAT = r"j \d\e F \d\e Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = r"j \d\e F \d\e Y, H:i"
YEAR_MONTH_FORMAT = r"F \d\e Y"
MONTH_DAY_FORMAT = r"j \d\e F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
