# The two commands a newcomer types: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.requirements-installed
# The interface's Spanish translations; the compiled .mo is build output (git-ignored).
PO := locale/es/LC_MESSAGES/django.po
MO := $(PO:.po=.mo)
# Folders whose files hold no interface text, and the virtualenv (whose packages have their own).
I18N_IGNORE := --ignore=.venv --ignore=.data --ignore=.git --ignore=bench --ignore=tests --ignore=deploy \
	--ignore=staticfiles --ignore=backups

.PHONY: install run test lint bench backup restore messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when requirements.txt changes.
$(INSTALLED): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

# The install step: the requirements, then the compiled translations.
install: $(INSTALLED) $(MO)

# msgfmt comes with Debian's gettext package: installed here when CI=true (as the browser tests'
# Chromium is); elsewhere make stops and says how to install it.
$(MO): $(PO) | $(INSTALLED)
	@command -v msgfmt >/dev/null 2>&1 || { \
	  if [ "$$CI" = "true" ]; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext; \
	  else \
	    echo "msgfmt is missing: it compiles the Spanish translations. Install Debian's gettext package (apt-get install gettext) and run make again." >&2; \
	    exit 1; \
	  fi; }
	$(BIN)/django-admin compilemessages --locale=es $(I18N_IGNORE)
	touch $@

# After changing interface text: collect every string of the templates and Python code into the
# Spanish .po (translations already there are kept); then translate the new and "fuzzy" entries.
messages: $(INSTALLED)
	$(BIN)/django-admin makemessages --locale=es --add-location=file $(I18N_IGNORE)

# Development server with the embedded PostgreSQL (unless DATABASE_URL is set).
run: export DJANGO_DEBUG := $(or $(DJANGO_DEBUG),1)
# Links in the emails printed to the console lead to this server.
run: export DJANGO_SITE_URL := $(or $(DJANGO_SITE_URL),http://127.0.0.1:8000)
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py rebuild_search_index
	$(BIN)/python manage.py portal_welcome
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# Lint, then the whole suite on a real PostgreSQL (browser tests need Chromium; see README).
test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(BIN)/python -m bench

# A pg_dump of the whole database (DATABASE_URL, or the embedded one) to backups/portal-DATE-TIME.dump.
backup: $(INSTALLED)
	$(BIN)/python -m portal.backup dump

# Replace the database's contents with a backup, without asking: make restore FILE=backups/portal-....dump
restore: $(INSTALLED)
	$(BIN)/python -m portal.backup restore "$(FILE)"
