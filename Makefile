# The two commands a newcomer types: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.requirements-installed

.PHONY: run test lint bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when requirements.txt changes.
$(INSTALLED): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

# Development server with the embedded PostgreSQL (unless DATABASE_URL is set).
run: export DJANGO_DEBUG := $(or $(DJANGO_DEBUG),1)
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
