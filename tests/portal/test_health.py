"""/healthz tells load balancers whether the portal and its database answer."""

import json

import pytest

from tests.helpers import PRODUCTION_ENVIRONMENT, run_portal_process


@pytest.mark.django_db
def test_healthy_portal_answers_200_with_the_database_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_health_check_skips_the_host_check_and_the_https_redirect(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    # A load balancer probes a backend by its IP address over plain HTTP.
    response = client.get("/healthz", HTTP_HOST="10.1.2.3:8000")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"
    # Every other page still gets both protections.
    assert client.get("/", HTTP_HOST="10.1.2.3:8000").status_code == 400
    assert client.get("/", HTTP_HOST="localhost").status_code == 301


def test_unreachable_database_answers_503_naming_the_database():
    # A real portal process whose DATABASE_URL points at a port where nothing listens.
    code = (
        "import django, json; django.setup()\n"
        "from django.test import Client\n"
        "response = Client(HTTP_HOST='portal.example.org').get('/healthz', secure=True)\n"
        "print(response.status_code, json.dumps(response.json()))\n"
    )
    env = {
        **PRODUCTION_ENVIRONMENT,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": "postgresql://portal@127.0.0.1:9/portal?connect_timeout=2",
    }
    result = run_portal_process("-c", code, env=env)
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.strip().split(" ", 1)
    assert status == "503"
    assert json.loads(body) == {"status": "unavailable", "database": "unavailable"}
