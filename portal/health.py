"""The health check load balancers probe at /healthz."""

from django.db import DatabaseError, connections
from django.http import JsonResponse


def database_status(alias: str = "default") -> str:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unavailable"
    return "ok"


def health_response() -> JsonResponse:
    """200 when every part answers, 503 naming the part that does not."""
    parts = {"database": database_status()}
    healthy = all(state == "ok" for state in parts.values())
    response = JsonResponse({"status": "ok" if healthy else "unavailable", **parts}, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    return response
