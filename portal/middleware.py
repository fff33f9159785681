"""Middleware of our own: client address behind proxies, Permissions-Policy, the health probe."""

import ipaddress

from django.conf import settings
from django.utils.functional import cached_property

from portal.health import health_response


class TrustedProxyMiddleware:
    """Take the client's address from X-Forwarded-For, but only when a trusted proxy sent it.

    Anybody can send an X-Forwarded-For header; believing it from any client would let an attacker
    choose the address that rate limits and lockouts see. We walk the header from the right (the
    hops our own proxies appended) and stop at the first address that is not one of our proxies.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def trusted_networks(self):
        return [ipaddress.ip_network(entry, strict=False) for entry in settings.TRUSTED_PROXIES]

    def is_trusted(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.trusted_networks)

    def __call__(self, request):
        remote = request.META.get("REMOTE_ADDR", "")
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded and self.is_trusted(remote):
            client = remote
            for hop in reversed([part.strip() for part in forwarded.split(",") if part.strip()]):
                client = hop
                if not self.is_trusted(hop):
                    break
            request.META["REMOTE_ADDR"] = client
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Turn off browser features the portal never uses (camera, microphone, location...)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class HealthCheckMiddleware:
    """Answer /healthz before the host check and the HTTPS redirect, for load balancers."""

    path = "/healthz"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == self.path and request.method in ("GET", "HEAD"):
            return health_response()
        return self.get_response(request)
