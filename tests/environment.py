"""Loaded by pytest (``-p tests.environment``) before Django reads its settings.

Tests run with production defaults (debug off) except where a value must differ: a fixed secret
key, the test client's host names, plain HTTP for the live test server, a per-process cache.
A variable already set in the environment (for example DATABASE_URL in CI) wins.
"""

import os

TEST_ENVIRONMENT = {
    "DJANGO_SECRET_KEY": "tests-only-secret-key-not-used-anywhere-else-0123456789abcdef",
    "DJANGO_DEBUG": "0",
    "DJANGO_ALLOWED_HOSTS": "testserver,localhost,127.0.0.1",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_CACHE_URL": "locmem://",
}

for name, value in TEST_ENVIRONMENT.items():
    os.environ.setdefault(name, value)
