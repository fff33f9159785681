"""Configuration comes from the environment, and production defaults are safe."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.config import cache_config, email_config, env_bool
from tests.helpers import PRODUCTION_ENVIRONMENT, run_portal_process

IMPORT_SETTINGS = "import django; from django.conf import settings; django.setup(); print(settings.DEBUG)"


def test_debug_off_without_a_secret_key_is_a_clear_startup_error():
    result = run_portal_process("-c", IMPORT_SETTINGS, env={"DJANGO_SETTINGS_MODULE": "portal.settings"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr
    assert "DJANGO_DEBUG=1" in result.stderr


def test_debug_is_off_unless_asked_for():
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_SECRET_KEY": PRODUCTION_ENVIRONMENT["DJANGO_SECRET_KEY"],
    }
    result = run_portal_process("-c", IMPORT_SETTINGS, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_deploy_check_is_clean_with_production_variables():
    result = run_portal_process("manage.py", "check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_deploy_check_warns_about_the_placeholder_assurer_address():
    environment = {key: value for key, value in PRODUCTION_ENVIRONMENT.items() if key != "DIRECTORY_ASSURER_EMAIL"}
    result = run_portal_process("manage.py", "check", "--deploy", env={**environment, "DIRECTORY_ASSURER_EMAIL": ""})
    assert "resources.W001" in result.stdout + result.stderr


def test_a_malformed_boolean_names_the_variable(monkeypatch):
    monkeypatch.setenv("DJANGO_DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DJANGO_DEBUG must be 1 or 0"):
        env_bool("DJANGO_DEBUG", False)


def test_cache_defaults_to_a_file_cache_every_worker_shares(tmp_path):
    config = cache_config("", tmp_path)
    assert config["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert config["LOCATION"] == str(tmp_path)


def test_cache_url_schemes(tmp_path):
    assert cache_config("redis://cache.internal:6379/1", tmp_path) == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.internal:6379/1",
    }
    assert cache_config("file:///var/cache/portal", tmp_path)["LOCATION"] == "/var/cache/portal"
    with pytest.raises(ImproperlyConfigured, match="memcached"):
        cache_config("memcached://localhost", tmp_path)


def test_email_is_printed_in_debug_and_sent_by_smtp_when_configured():
    assert email_config("", debug=True)["EMAIL_BACKEND"].endswith("console.EmailBackend")
    smtp = email_config("smtp://mailer:s%40cret@mail.example.org:587?tls=1", debug=False)
    assert smtp["EMAIL_HOST"] == "mail.example.org"
    assert smtp["EMAIL_PORT"] == 587
    assert smtp["EMAIL_HOST_USER"] == "mailer"
    assert smtp["EMAIL_HOST_PASSWORD"] == "s@cret"
    assert smtp["EMAIL_USE_TLS"] is True
    assert smtp["EMAIL_USE_SSL"] is False
    assert email_config("smtps://mail.example.org", debug=False)["EMAIL_PORT"] == 465
    with pytest.raises(ImproperlyConfigured, match="DJANGO_EMAIL_URL"):
        email_config("pigeon://loft", debug=False)


def test_database_url_must_be_postgresql():
    env = {**PRODUCTION_ENVIRONMENT, "DJANGO_SETTINGS_MODULE": "portal.settings", "DATABASE_URL": "sqlite:///portal.db"}
    result = run_portal_process("-c", IMPORT_SETTINGS, env=env)
    assert result.returncode != 0
    assert "DATABASE_URL must point at PostgreSQL" in result.stderr
