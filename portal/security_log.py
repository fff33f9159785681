"""The security event log: one JSON line per event on the "portal.security" logger.

    security_event("revision_approved", user=request.user, revision=revision.pk)
    -> {"time": "2026-11-26T10:04:05Z", "event": "revision_approved", "user": "rita-reviewer", "revision": 42}

Events are about staff accounts: sign-ins, refusals, approvals, withdrawals, listing verification
(and lockouts and two-factor failures, logged by the code that enforces them). Nothing about readers
is logged: no IP addresses, no query strings. Passwords, tokens and codes are never written, even if
a caller passes them: details whose name suggests a secret, an address or a query are dropped.

Sign-in success and failure are logged from django.contrib.auth's signals, connected when this
module is imported (PortalConfig.ready imports it).
"""

import json
import logging

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.utils import timezone

logger = logging.getLogger("portal.security")

# A detail with one of these words in its name (split on "_") is never written: secrets, and
# anything that could identify a reader or what they searched for.
_NEVER_LOGGED = frozenset({
    "password", "passwd", "pwd", "secret", "token", "otp", "code", "key", "session", "sessionid", "cookie",
    "csrf", "credentials", "ip", "addr", "address", "query", "querystring", "agent",
})  # fmt: skip
_MAX_TEXT = 200


def _username(user) -> str:
    if user is None:
        return "-"
    if isinstance(user, str):
        return user[:_MAX_TEXT] or "-"
    if not getattr(user, "is_authenticated", False):
        return "-"
    return user.get_username() or "-"


def _plain(value):
    """A JSON-friendly, bounded version of a detail's value."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(each) for each in value]
    return str(value)[:_MAX_TEXT]


def security_event(event: str, *, user=None, level: int = logging.INFO, **details) -> None:
    """Log one security event as a JSON line: the event, the acting user's username (or "-") and details.

    Use `level=logging.WARNING` for failures and refusals (a failed sign-in, a lockout). Details must
    be plain facts (ids, names, reasons); any named like a password, token, code, key, IP address or
    query string are dropped.
    """
    record = {
        "time": timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "event": event,
        "user": _username(user),
    }
    for name, value in details.items():
        if name in record or _NEVER_LOGGED.intersection(name.lower().split("_")) or "password" in name.lower():
            continue
        record[name] = _plain(value)
    logger.log(level, json.dumps(record, ensure_ascii=False))


@receiver(user_logged_in, dispatch_uid="portal.security_log.login")
def _logged_in(sender, request, user, **kwargs):
    security_event("login", user=user)


@receiver(user_login_failed, dispatch_uid="portal.security_log.login_failed")
def _login_failed(sender, credentials, request=None, **kwargs):
    # Django has already replaced the password with stars; only the name typed is kept.
    attempted = credentials.get("username") or ""
    security_event("login_failed", level=logging.WARNING, attempted_username=attempted)
