"""What people look for, privately: weekly counts per query, for editors to find the searches the
portal answers badly.

What is kept: per normalised query (as search reads it: spaces tidied, lowercase, at most 200
characters) and ISO week, the number of searches, how many found nothing, and which result was
opened (1 to 10, or later). Nothing about a person: no address, cookie, browser, referrer, or time
finer than the week. Queries that look like personal data (an e-mail address, a phone, record or
date number) are never written (`looks_personal`). Editors see only queries searched at least
`MIN_SEARCHES_SHOWN` times in a week, and rows older than `KEEP_WEEKS` weeks are deleted by
`manage.py purge_search_insights`, run nightly after the index rebuild.

How counting stays true while /search/ stays cacheable: the results page is one page for every
reader, held by Django's page cache and by nginx or a CDN (`s-maxage`). Counting in the view sees
only the reader who missed both caches. Counting in a middleware ahead of Django's cache would
still miss every copy nginx or a CDN serves. Making /search/ uncacheable would cost every reader a
full search: measured with the test client on the sample content (a busy two-core machine,
medians of 40), a results page from Django's cache takes 0.2 ms, a rendered search 52 ms, and one
beacon POST with its upsert and rate-limit check 4 ms; nginx serves its copies without reaching
Django at all. So the page carries a small script
(`portal/static/portal/search-insights.js`) that, once the page is shown, sends a tiny POST with
`navigator.sendBeacon` to /search/insights/: "searched" on the first page of results, and
"opened result N" when a result link is followed. Pages stay byte-for-byte the same for every reader
(no cookie, no per-reader token), the links are ordinary links that work without JavaScript, and
the beacon survives the navigation a click starts. Without JavaScript nothing is counted: the counts
are of readers whose browser runs scripts, which also leaves out most robots.

The POST carries a `key` the page was rendered with: the normalised query, whether it found
nothing, and the positions shown, signed with the secret key. So a beacon can only count a query
that someone actually searched (a forged or mangled key, or a position not on that page, is a
400), and a page whose query looks personal carries no key and sends nothing. Like the feedback
form, the endpoint is CSRF-exempt, accepts only same-origin posts and is rate-limited per client
address (`portal.public_posts`); the address is never stored. Staff (a session cookie, as the
page cache tells them apart) are answered but not counted: editors checking a fix would otherwise
count their own searches and clicks as readers'.

Counting is one `INSERT ... ON CONFLICT DO UPDATE` per search or click: concurrent readers never
read, add and write back over each other.
"""

import datetime
import re

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import Q, QuerySet
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.models import CLICK_POSITIONS, BestBet, SearchWeek, SynonymChange
from portal.public_posts import is_same_origin, over_rate_limit
from portal.search import COUNT_LIMIT, PAGE_SIZE, clean_query

MIN_SEARCHES_SHOWN = 3  # a query searched fewer times in a week is never shown to anybody
KEEP_WEEKS = 26  # about six months, this week included; older weeks are deleted
BEACON_LIMIT_PER_HOUR = 300  # per client address: a busy reader searches and opens far fewer
SIGNING_SALT = "portal.search.insights"
VIEW_PERMISSION = "portal.view_searchweek"

# --- What may be counted -------------------------------------------------------------------------

# Four or more digits in a row, allowing up to two separators between them ("555-0100",
# "(555) 010-0199", "12/05/1961", "3/4/61", "MRN 1234567"): phone, record and date numbers.
# Medical names keep fewer digits apart ("HER2", "CDK4/6", "BRCA1 and BRCA2", "Ki-67", "5-FU").
_DIGIT_RUN = re.compile(r"\d(?:[\s\-./()+]{0,2}\d){3,}")
MAX_DIGITS = 6  # more digits than this anywhere in a query ("id 12a34b56c") also look like a number


def normalise(raw: str) -> str:
    """The query as search reads it (`clean_query`), lowercased: what one row counts."""
    return clean_query(raw)[0].lower()


def looks_personal(query: str) -> bool:
    """True for a query that may hold personal data, which is never stored: an e-mail address or
    any "@", a run of four or more digits, or more than six digits in all."""
    return "@" in query or bool(_DIGIT_RUN.search(query)) or sum(c.isdigit() for c in query) > MAX_DIGITS


def week_of(day: datetime.date) -> datetime.date:
    """The Monday that starts `day`'s ISO week."""
    return day - datetime.timedelta(days=day.weekday())


def this_week() -> datetime.date:
    return week_of(timezone.localdate())


# --- Counting (one atomic upsert each) -------------------------------------------------------------


def count_search(query: str, *, found_nothing: bool, week: datetime.date | None = None) -> bool:
    """Count one search of `query` this week; False (and nothing written) when it may not be kept."""
    query = normalise(query)
    if len(query) < 2 or looks_personal(query):
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            """INSERT INTO portal_searchweek AS t (query, week, searches, zero_results, clicks, clicks_by_position)
               VALUES (%s, %s, 1, %s, 0, array_fill(0, ARRAY[%s]))
               ON CONFLICT (query, week) DO UPDATE
               SET searches = t.searches + 1, zero_results = t.zero_results + EXCLUDED.zero_results""",
            [query, week or this_week(), int(found_nothing), CLICK_POSITIONS + 1],
        )
    return True


def count_click(query: str, *, position: int, week: datetime.date | None = None) -> bool:
    """Count one opening of result `position` (1-based; after 10 they count together)."""
    query = normalise(query)
    if len(query) < 2 or looks_personal(query) or position < 1:
        return False
    slot = min(position, CLICK_POSITIONS + 1)  # PostgreSQL arrays count from 1
    first = [0] * (CLICK_POSITIONS + 1)
    first[slot - 1] = 1
    with connection.cursor() as cursor:
        cursor.execute(
            """INSERT INTO portal_searchweek AS t (query, week, searches, zero_results, clicks, clicks_by_position)
               VALUES (%s, %s, 0, 0, 1, %s::integer[])
               ON CONFLICT (query, week) DO UPDATE
               SET clicks = t.clicks + 1, clicks_by_position[%s] = t.clicks_by_position[%s] + 1""",
            [query, week or this_week(), first, slot, slot],
        )
    return True


# --- The results page and its beacon -----------------------------------------------------------------


def page_beacon(results) -> dict | None:
    """What a results page needs to count itself (see the module's docstring), or None when this
    search may not be counted. Shown positions are first..last; `count_search` on page 1 only."""
    query = normalise(results.query)
    if len(query) < 2 or looks_personal(query):
        return None
    first = (results.page - 1) * PAGE_SIZE + 1
    last = first + len(results.results) - 1
    key = signing.Signer(salt=SIGNING_SALT).sign_object([query, results.total == 0, first, last])
    return {"url": reverse("search_insights"), "key": key, "first": first, "count_search": results.page == 1}


def _read_key(key: str) -> tuple[str, bool, int, int]:
    query, found_nothing, first, last = signing.Signer(salt=SIGNING_SALT).unsign_object(key)
    if not (isinstance(query, str) and isinstance(found_nothing, bool)):
        raise ValueError("malformed key")
    if not (isinstance(first, int) and isinstance(last, int) and 1 <= first <= COUNT_LIMIT + PAGE_SIZE):
        raise ValueError("malformed key")
    return query, found_nothing, first, last


def _answer(status: int, text: str = "") -> HttpResponse:
    response = HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response


@csrf_exempt  # pages carry no CSRF token so that they stay cookie-free and cacheable; see portal.public_posts
@require_POST
def record(request):
    """/search/insights/: the results page's beacon, "searched" or "opened result N"."""
    if not is_same_origin(request):
        return _answer(403, "Only the portal's own pages may send this.")
    if over_rate_limit(request, scope="search-insights", per_hour=BEACON_LIMIT_PER_HOUR):
        return _answer(429, "Too many requests; try again later.")
    try:
        query, found_nothing, first, last = _read_key(request.POST.get("key", ""))
    except (signing.BadSignature, ValueError, TypeError):
        return _answer(400, "Unknown search.")
    event, position = request.POST.get("event", ""), request.POST.get("position", "")
    if event not in ("search", "click"):
        return _answer(400, "Unknown event.")
    if event == "click" and not (position.isascii() and position.isdigit() and first <= int(position) <= last):
        return _answer(400, "Unknown result position.")
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # Staff (the only people with a session) checking a fix would skew what readers look for.
        return _answer(204)
    if event == "search":
        count_search(query, found_nothing=found_nothing)
    else:
        count_click(query, position=int(position))
    return _answer(204)


# --- What editors see ------------------------------------------------------------------------------


def seen_enough(*, user, week: datetime.date | None = None) -> QuerySet:
    """Queries searched at least MIN_SEARCHES_SHOWN times in a week (no other row is ever shown),
    most recent week and most searched first. Content staff only."""
    if not user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied(_("Only content staff may see what readers search for."))
    rows = SearchWeek.objects.filter(searches__gte=MIN_SEARCHES_SHOWN)
    if week is not None:
        rows = rows.filter(week=week)
    return rows.order_by("-week", "-searches", "query")


NO_GOOD_ANSWER = Q(zero_results__gt=0) | Q(clicks=0)  # found nothing at least once, or nothing opened


def no_good_answer(*, user, week: datetime.date | None = None) -> QuerySet:
    """The searches with no good answer: seen enough, and found nothing (at least once that week)
    or nobody opened a result."""
    return seen_enough(user=user, week=week).filter(NO_GOOD_ANSWER)


def answer_links(query: str, *, user) -> list[tuple[str, str]]:
    """Where an editor goes, in one click, to give `query` a good answer: (label, url) pairs, only
    those the editor may use. A synonym is proposed (a second reviewer approves it); a best bet pins
    a public page first for the query."""
    links = []
    if user.has_perm("portal.add_synonymchange"):
        phrase = query[: SynonymChange._meta.get_field("phrase").max_length]
        add = reverse("admin:portal_synonymchange_add") + "?" + urlencode({"action": "add", "phrase": phrase})
        links.append((_("Propose a synonym"), add))
    if user.has_perm("portal.add_bestbet"):
        pinned = query[: BestBet._meta.get_field("query").max_length]
        links.append((_("Add a best bet"), reverse("admin:portal_bestbet_add") + "?" + urlencode({"query": pinned})))
    return links


# --- Retention -----------------------------------------------------------------------------------------


def drop_old_weeks(*, keep_weeks: int = KEEP_WEEKS, today: datetime.date | None = None) -> int:
    """Delete the counts of weeks before the last `keep_weeks` (this week included); how many rows."""
    if keep_weeks < 1:
        raise ValueError("keep at least this week")
    oldest_kept = week_of(today or timezone.localdate()) - datetime.timedelta(weeks=keep_weeks - 1)
    deleted, _by_model = SearchWeek.objects.filter(week__lt=oldest_kept).delete()
    return deleted
