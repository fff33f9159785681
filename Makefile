# The two commands a newcomer types: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.requirements-installed

.PHONY: run test lint bench backup restore

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when requirements.txt changes.
$(INSTALLED): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

# Development server with the embedded PostgreSQL (unless DATABASE_URL is set).
run: export DJANGO_DEBUG := $(or $(DJANGO_DEBUG),1)
# Links in the emails printed to the console lead to this server.
run: export DJANGO_SITE_URL := $(or $(DJANGO_SITE_URL),http://127.0.0.1:8000)
run: $(INSTALLED)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py rebuild_search_index
	$(BIN)/python manage.py portal_welcome
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# Lint, then the whole suite on a real PostgreSQL (browser tests need Chromium; see README).
test: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(INSTALLED)
	$(BIN)/python -m bench

# A pg_dump of the whole database (DATABASE_URL, or the embedded one) to backups/portal-DATE-TIME.dump.
backup: $(INSTALLED)
	$(BIN)/python -m portal.backup dump

# Replace the database's contents with a backup, without asking: make restore FILE=backups/portal-....dump
restore: $(INSTALLED)
	$(BIN)/python -m portal.backup restore "$(FILE)"
