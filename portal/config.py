"""Reading configuration from environment variables.

Every setting of the portal comes from the environment (the README lists each name). These helpers
turn the strings into Python values and fail loudly, naming the variable, when a value is malformed.
"""

import os
import zoneinfo
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be 1 or 0 (or true/false), not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def time_zone_name(name: str, variable: str) -> str:
    """An IANA time zone name such as America/New_York, checked so a typo fails at start-up."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ImproperlyConfigured(
            f"{variable} must be a time zone name such as America/New_York or America/Chicago, not {name!r}."
        ) from None
    return name


def cache_config(url: str, default_dir: Path) -> dict:
    """The CACHES["default"] entry for DJANGO_CACHE_URL.

    The default is a file cache: every gunicorn worker on the machine sees the same entries, which a
    per-process memory cache could not promise. ``redis://`` shares one cache across machines.
    """
    # The file cache lists its folder when full; room for every page of a large site.
    file_options = {"OPTIONS": {"MAX_ENTRIES": 50_000}}
    if not url:
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(default_dir),
            **file_options,
        }
    parts = urlsplit(url)
    if parts.scheme in ("redis", "rediss"):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if parts.scheme == "file":
        if not parts.path:
            raise ImproperlyConfigured("DJANGO_CACHE_URL file:// needs a folder, e.g. file:///var/cache/portal.")
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": unquote(parts.path),
            **file_options,
        }
    if parts.scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if parts.scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(
        f"DJANGO_CACHE_URL scheme {parts.scheme!r} is not supported; use file://, redis://, rediss://, locmem:// or dummy://."
    )


def email_config(url: str, debug: bool) -> dict:
    """Email settings from DJANGO_EMAIL_URL.

    ``smtp://user:password@host:587`` (STARTTLS with ``?tls=1``), ``smtps://...`` (implicit TLS),
    ``console://`` (print to the terminal). Unset: console in debug, SMTP on localhost:25 otherwise.
    ``?from=portal@example.org`` sets the sender of the portal's emails.
    """
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    sender = {"DEFAULT_FROM_EMAIL": query.get("from", ["portal@localhost"])[0]}
    if not url:
        if debug:
            return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend", **sender}
        return {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend", **sender}
    if parts.scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend", **sender}
    if parts.scheme not in ("smtp", "smtps"):
        raise ImproperlyConfigured(
            f"DJANGO_EMAIL_URL scheme {parts.scheme!r} is not supported; use smtp://, smtps:// or console://."
        )
    return {
        **sender,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or (465 if parts.scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": parts.scheme == "smtps",
        "EMAIL_USE_TLS": query.get("tls", ["0"])[0].lower() in _TRUE,
        "EMAIL_TIMEOUT": 10,
    }
