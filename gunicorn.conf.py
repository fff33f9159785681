"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py` (bind with --bind if needed)."""

import multiprocessing
import os

wsgi_app = "portal.wsgi:application"
bind = "127.0.0.1:8000"

# WEB_CONCURRENCY workers; by default 2 x cores + 1, gunicorn's own rule of thumb for sync workers.
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
# Load Django once in the master, then fork: workers share its memory and start faster.
preload_app = True
# Recycle workers now and then so memory stays bounded over weeks of uptime.
max_requests = 5000
max_requests_jitter = 500
timeout = 30
graceful_timeout = 30

# The access log records what was served, not who asked or what they searched for: one JSON line
# per request with the path without its query string, and no client address, referrer or user agent.
accesslog = "-"
logger_class = "portal.access_log.JsonAccessLogger"
errorlog = "-"
