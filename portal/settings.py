"""Settings of the patient-education portal.

All configuration comes from environment variables (listed in README.md). Defaults are safe for
production: debug is off, HTTPS is required, and a secret key must be given.
"""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from portal.config import cache_config, email_config, env_bool, env_int, env_list, env_str, time_zone_name
from portal.database_config import databases, postgresql_entry
from portal.embedded_db import embedded_database_settings

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = BASE_DIR / ".data"

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. With DJANGO_DEBUG off the portal needs a secret key: set "
            "DJANGO_SECRET_KEY to a random string of 50 or more characters (for example the output of "
            '`python -c "import secrets; print(secrets.token_urlsafe(50))"`), or set DJANGO_DEBUG=1 on a '
            "development machine."
        )
    # Development only: a key that changes every start is fine, nothing signed needs to survive.
    from django.core.management.utils import get_random_secret_key

    SECRET_KEY = get_random_secret_key()

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "pgtrigger",
    # Third-party apps under names a reviewer understands in the admin (portal/third_party_apps.py).
    "portal.third_party_apps.AuditTrailConfig",
    "pghistory.admin",
    # Staff sign-in: lockout after failed attempts, two-factor codes (see portal/auth.py).
    "portal.third_party_apps.SignInLockoutsConfig",
    "django_otp",
    "portal.third_party_apps.AuthenticatorAppsConfig",
    "portal.third_party_apps.RecoveryCodesConfig",
    "portal",
    "articles",
    "resources",
]

MIDDLEWARE = [
    # ETag on every page and 304 for a conditional GET, cached or freshly rendered.
    "django.middleware.http.ConditionalGetMiddleware",
    # A page from the shared cache skips everything below: it was stored with all its headers.
    "portal.page_cache.PublicPageCacheMiddleware",
    # Below the page cache (cached pages need no database): database unreachable -> friendly 503.
    "portal.middleware.DatabaseOutageMiddleware",
    # Public reads may use a read replica (only when DATABASE_REPLICA_URLS is set).
    "portal.db_router.ReplicaReadsMiddleware",
    # Before anything that uses the client's address (rate limits).
    "portal.middleware.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    # Before anything that calls request.get_host(): load balancers probe by IP, not by host name.
    "portal.middleware.HealthCheckMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the address alone (/es/... is Spanish): before anything resolves a URL.
    "portal.middleware.URLLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.otp_device: the device this session passed two-factor with, if any.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Staff sessions: 30 minutes idle or 8 hours in all; then two-factor before the admin.
    "portal.auth.StaffSessionTimeoutMiddleware",
    "portal.auth.StaffTwoFactorMiddleware",
    # Records the acting staff user and URL with every audited change made by a request.
    "pghistory.middleware.HistoryMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "portal.context_processors.site",
                "portal.context_processors.language_alternates",
            ],
        },
    },
]

# Database: DATABASE_URL, or the embedded PostgreSQL under .data/postgres.
_database_url = env_str("DATABASE_URL")
if _database_url:
    _default_database = postgresql_entry(_database_url, "DATABASE_URL")
else:
    _default_database = embedded_database_settings(DATA_DIR / "postgres")
# Persistent, health-checked connections, or PgBouncer's transaction pooling (DJANGO_PGBOUNCER=1);
# DATABASE_REPLICA_URLS adds streaming replicas (replica1, ...) for public reads: portal/db_router.py.
DATABASES = databases(
    _default_database,
    replica_urls=env_list("DATABASE_REPLICA_URLS"),
    pgbouncer=env_bool("DJANGO_PGBOUNCER", False),
)
DATABASE_ROUTERS = ["portal.db_router.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": cache_config(env_str("DJANGO_CACHE_URL"), DATA_DIR / "cache")}
# How long nginx or a CDN may keep an anonymous page (browsers always revalidate).
SHARED_CACHE_SECONDS = env_int("DJANGO_SHARED_CACHE_SECONDS", 60)

# --- Staff sign-in (portal/auth.py) --------------------------------------------------------------
# axes checks for a lockout first; ModelBackend then checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# 5 failures for one (username, client address) pair within 15 minutes pause that pair: someone
# elsewhere trying a reviewer's username cannot lock the reviewer out.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# ... and 30 failures from one address pause that address for every username (our handler adds
# this second limit; axes has one limit for all its parameters).
LOGIN_FAILURES_PER_IP_LIMIT = 30
AXES_HANDLER = "portal.auth.LoginAttemptHandler"
# The address TrustedProxyMiddleware settled on (X-Forwarded-For only from DJANGO_TRUSTED_PROXIES).
AXES_CLIENT_IP_CALLABLE = "portal.auth.client_ip_address"
AXES_LOCKOUT_CALLABLE = "portal.auth.lockout_response"
# A successful sign-in clears that user's failures from that address.
AXES_RESET_ON_SUCCESS = True
# Never stored in axes' records of failed attempts.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token", "code"]

# Two-factor sign-in for every staff account when debug is off; optional in development so the
# demo accounts of `make run` work without a phone (a user who has set it up is still asked).
STAFF_TWO_FACTOR_REQUIRED = not DEBUG
OTP_TOTP_ISSUER = "Stage 4 Breast Cancer Guide"
# The admin never shows another user's secret or recovery codes.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Staff sessions end 30 minutes after the last request or 8 hours after sign-in, whichever is first.
STAFF_SESSION_IDLE_TIMEOUT = timedelta(minutes=30)
STAFF_SESSION_MAX_AGE = timedelta(hours=8)
SESSION_COOKIE_AGE = int(STAFF_SESSION_MAX_AGE.total_seconds())

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at today's addresses, Spanish under /es/ (portal/urls.py); the language comes from the
# address only (portal.middleware.URLLanguageMiddleware). "en", not "en-us": i18n_patterns leaves
# out the prefix only for exactly LANGUAGE_CODE. Each language is named in itself, for the switch.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
# Every time staff and readers see (the admin, review stamps, emails) is in this zone; the database
# stores UTC. The admin's date pickers compare it with the browser's zone.
TIME_ZONE = time_zone_name(env_str("DJANGO_TIME_ZONE") or "America/New_York", "DJANGO_TIME_ZONE")
USE_I18N = True
USE_TZ = True
# The interface's translations: locale/es/LC_MESSAGES/django.po (compiled by `make`, see README).
LOCALE_PATHS = [BASE_DIR / "locale"]
# US dates spelt out ("December 4, 2026", "4:42 PM"): Django's "Dec. 4, 2026" and "p.m." end in a
# full stop, which doubled at the end of a sentence. Spanish pages: "5 de diciembre de 2026", "16:42".
FORMAT_MODULE_PATH = ["portal.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names and pre-compressed copies: far-future caching, no compression per request.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Only writes need audit context; reads (every public page) stay free of the extra statement.
PGHISTORY_MIDDLEWARE_METHODS = ("POST", "PUT", "PATCH", "DELETE")

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_URL = env_str("DJANGO_EMAIL_URL")
globals().update(email_config(EMAIL_URL, DEBUG))

# The role address exported as each listing's `assurer_email` (HSDS): never a person's own address.
DIRECTORY_ASSURER_EMAIL = env_str("DIRECTORY_ASSURER_EMAIL") or "directory@example.org"
# Where readers write to the editors (the "About us and contact" page). The placeholder below is
# shown as a placeholder, and `check --deploy` warns until it is set (portal/checks.py).
PORTAL_CONTACT_EMAIL_PLACEHOLDER = "editors@example.org"
PORTAL_CONTACT_EMAIL = env_str("PORTAL_CONTACT_EMAIL") or PORTAL_CONTACT_EMAIL_PLACEHOLDER
# Where the site is, for links in emails (which have no request to take the host from), canonical
# links and feeds. `make run` sets it to the address it serves; unset in production, it is a guess
# from the first allowed host, and `check --deploy` says so (portal/checks.py).
SITE_URL_IS_SET = bool(env_str("DJANGO_SITE_URL"))
SITE_URL = (
    env_str("DJANGO_SITE_URL")
    or ("http://127.0.0.1:8000" if DEBUG else f"https://{ALLOWED_HOSTS[0]}" if ALLOWED_HOSTS else "")
).rstrip("/")

# The FDA label watch (articles/labels/): DailyMed's public web services, version 2. Tests point it
# at a local server; the timeout is per request, in seconds.
DAILYMED_BASE_URL = env_str("DAILYMED_BASE_URL", "https://dailymed.nlm.nih.gov/dailymed/services/v2").rstrip("/")
DAILYMED_TIMEOUT_SECONDS = env_int("DAILYMED_TIMEOUT_SECONDS", 30)

# --- Security -----------------------------------------------------------------------------------
# Behind nginx or a load balancer that terminates TLS and sets X-Forwarded-Proto.
if env_bool("DJANGO_BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Proxies (IPs or networks) whose X-Forwarded-For names the client; see TrustedProxyMiddleware.
TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES")

SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# Load balancers probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_CONTENT_TYPE_NOSNIFF = True
# Full referrer inside the site (the admin's CSRF check uses it); nothing to other sites, so no
# other site learns which page a patient was reading.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
if not DEBUG:
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Bodies larger than this are refused before a view sees them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # Security events (sign-ins, approvals, withdrawals, verifications): one JSON line each,
    # never a password, token, reader address or search (portal/security_log.py).
    "loggers": {"portal.security": {"level": "INFO"}},
}
