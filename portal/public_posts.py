"""Small POSTs from public pages that carry no CSRF token: "Was this page helpful?" and the search
counts. Pages stay cookie-free and cacheable, so instead of a CSRF cookie these endpoints accept
only same-origin posts and are rate-limited per client address (hashed, kept only in the cache for
an hour, never stored)."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def is_same_origin(request) -> bool:
    """The post comes from one of our own pages (a post from anywhere else is refused)."""
    if request.headers.get("Sec-Fetch-Site") in ("same-origin",):
        return True
    origin = request.headers.get("Origin")
    return bool(origin) and origin == f"{request.scheme}://{request.get_host()}"


def over_rate_limit(request, *, scope: str, per_hour: int) -> bool:
    """Count this post against the client's hourly allowance for `scope`; True once it is used up.
    The address only keys a short-lived counter in the cache, hashed with the secret key."""
    digest = hashlib.sha256((settings.SECRET_KEY + request.META.get("REMOTE_ADDR", "")).encode()).hexdigest()
    key = f"{scope}-rate:{digest}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > per_hour
