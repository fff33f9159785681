"""Best bets: an editor pins a public page to a query; search shows it first, marked "Recommended".

The one place best bets are written (`best_bet_save`, `best_bet_delete`) and read for search
(`for_query`). Like the content services, each write checks the person's permission itself,
validates the dates, records who did it in the audit trail and makes cached pages stale.

A pin names its page by the search-index key, so it is shown only while that page is in the
index, that is public: a withdrawn or unpublished page drops out of search with its pin, and a
page republished brings its pin back (if it has not expired meanwhile).
"""

import datetime

import pghistory
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal import search  # the module: it imports this one too
from portal.dates import months_later
from portal.models import BestBet, SearchDocument
from portal.page_cache import public_pages_changed

MAX_MONTHS = 12  # a pin is re-decided at least yearly: pages and what people mean change


def _require(user, action: str, refusal: str) -> None:
    if not (user and user.is_active and user.has_perm(f"portal.{action}_bestbet")):
        raise PermissionDenied(refusal)


def check(*, query: str, target_key: str | None, starts_on: datetime.date, expires_on: datetime.date,
          today: datetime.date | None = None) -> dict[str, str]:  # fmt: skip
    """What is wrong with a pin, by field ({} when nothing): shared by the admin's form and the service.
    `target_key` None: the page was not chosen (the form says so itself)."""
    today = today or timezone.localdate()
    errors = {}
    if len(search.normalise_query(query)) < 2:
        errors["query"] = _("Type the words readers search with (at least two letters).")
    if target_key is not None and not SearchDocument.objects.filter(key=target_key).exists():
        errors["target"] = _("That page is not public now: choose a published page.")
    if expires_on < starts_on:
        errors["expires_on"] = _("The pin must expire on or after the day it starts.")
    elif expires_on > months_later(max(today, starts_on), MAX_MONTHS):
        errors["expires_on"] = _("A pin may last at most %(months)s months; choose an earlier date.") % {
            "months": MAX_MONTHS
        }
    return errors


@transaction.atomic
def best_bet_save(
    *, user, query: str, target_key: str, expires_on: datetime.date, starts_on: datetime.date | None = None,
    note: str = "", best_bet: BestBet | None = None,
) -> BestBet:  # fmt: skip
    """Make a pin (or change `best_bet`). Raises PermissionDenied or ValidationError; saves nothing then."""
    if best_bet:
        _require(user, "change", _("You do not have permission to change best bets."))
    else:
        _require(user, "add", _("You do not have permission to add best bets."))
    starts_on = starts_on or (best_bet.starts_on if best_bet else timezone.localdate())
    errors = check(query=query, target_key=target_key, starts_on=starts_on, expires_on=expires_on)
    if errors:
        raise ValidationError(errors)
    if best_bet is None:
        best_bet = BestBet(created_by=user)
    else:
        best_bet = BestBet.objects.select_for_update().get(pk=best_bet.pk)
    best_bet.query, best_bet.target_id, best_bet.note = (
        search.normalise_query(query),
        target_key,
        " ".join(note.split()),
    )
    best_bet.starts_on, best_bet.expires_on = starts_on, expires_on
    best_bet.full_clean(exclude=["target", "created_by"])  # lengths and the one-pin-per-page rule
    with pghistory.context(action="best_bet_save", user=user.pk):
        best_bet.save()
    public_pages_changed()
    return best_bet


@transaction.atomic
def best_bet_delete(*, user, best_bet: BestBet) -> None:
    _require(user, "delete", _("You do not have permission to delete best bets."))
    with pghistory.context(action="best_bet_delete", user=user.pk):
        BestBet.objects.filter(pk=best_bet.pk).delete()
    public_pages_changed()


def for_query(cursor, query: str, *, kind: str = "", topic: str = "", today: datetime.date | None = None,
              language: str = "en") -> list:  # fmt: skip
    """The pins shown for a query today, with their pages (only public ones: the join with the
    index) in the language searched, in one query: (document id, kind, url, title, summary,
    is_sample) rows."""
    normalised = search.normalise_query(query)
    if not normalised:
        return []
    cursor.execute(
        """SELECT DISTINCT ON (d.id) d.id, d.kind, d.url, d.title, d.summary, d.is_sample, b.id
           FROM portal_bestbet b JOIN portal_searchdocument d ON d.key = b.target_key
           WHERE b.query = %(query)s AND b.starts_on <= %(today)s AND b.expires_on >= %(today)s
             AND (%(kind)s = '' OR d.kind = %(kind)s) AND (%(topic)s = '' OR d.topic = %(topic)s)
             AND d.language = %(language)s
           ORDER BY d.id, b.id""",
        {
            "query": normalised,
            "today": today or timezone.localdate(),
            "kind": kind,
            "topic": topic,
            "language": language,
        },  # fmt: skip
    )
    return sorted(cursor.fetchall(), key=lambda row: row[6])  # in the order they were pinned
