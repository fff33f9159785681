"""Who may open what: every URL of the site and of the admin, for every role.

One table states the status each role gets at each address: anonymous reader, author, clinical
reviewer, directory admin and superuser. The URL patterns are enumerated from the resolver, and
`test_every_url_pattern_is_in_the_table` fails when a pattern exists that the table does not
list: a new URL must be added here, with who may open it, before it can ship.

The admin's model pages (changelist, add, change, history, delete and the bare object address)
are generated from `admin.site._registry`, with what each role may do to each model stated in
`MODEL_ACCESS`; every other admin URL, the reviewer workspace included, is a row of `SITE_ROWS`.

Staff log in through `login_as()`, the one place that knows how a staff session is made: it signs
in and passes two-factor (django-otp), so every row tests permissions, not the code page. Staff who
signed in but have not passed two-factor are covered by their own test below.
"""

from __future__ import annotations

import dataclasses
import datetime
import uuid

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from articles import services
from articles.models import Article, ContentKind, ReviewDecision
from portal.models import SearchWeek
from portal.search import bestbets as best_bets
from portal.search import insights, synonyms
from resources import importing
from resources.models import LinkCheck
from tests.content import article_content, make_topic, medicine_content, publish, reference
from tests.resources.listings import make_organization, make_service

# --- Roles and expected answers --------------------------------------------------------------------

ROLES = ("anonymous", "author", "reviewer", "directory_admin", "superuser")


def second_factor(user) -> TOTPDevice:
    """The user's confirmed authenticator app (made if missing), as after enrolment."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def login_as(client: Client, user, *, two_factor: bool = True) -> None:
    """Sign `user` in on `client` (None: stay anonymous). The only sign-in of this module.

    With `two_factor`, the session also counts as having passed two-factor with the user's
    authenticator, as django_otp.login() records it after a right code; without, the user has
    typed a password only.
    """
    if user is None:
        return
    client.force_login(user)  # tests/conftest.py may already mark it as passed two-factor: set it here either way
    session = client.session
    if two_factor:
        session[DEVICE_ID_SESSION_KEY] = second_factor(user).persistent_id
    else:
        session.pop(DEVICE_ID_SESSION_KEY, None)
    session.save()


@dataclasses.dataclass(frozen=True)
class Redirect:
    """A redirect whose Location starts with `to`."""

    to: str
    status: int = 302

    def __str__(self):
        return f"{self.status} to {self.to}..."


LOGIN = Redirect("/admin/login/?next=")  # staff only: sent to the admin login


@dataclasses.dataclass(frozen=True)
class Row:
    """One request, and what each role gets. `url` is filled from the test's world (slugs, ids)."""

    pattern: str  # the route as the resolver lists it (see all_patterns), or a NOT_ROUTED entry
    url: str
    expect: tuple  # in the order of ROLES
    method: str = "get"
    data: dict | None = None
    headers: dict | None = None
    own_client: bool = False  # a request that changes the session (logout) gets a client of its own

    def __post_init__(self):
        assert len(self.expect) == len(ROLES), f"{self.url}: one expectation per role"


def row(pattern, url, anonymous, author, reviewer, directory_admin, superuser, **options) -> Row:
    return Row(pattern, url, (anonymous, author, reviewer, directory_admin, superuser), **options)


def every(expected) -> tuple:
    return (expected,) * len(ROLES)


def everyone(pattern, url, expected, **options) -> Row:
    return Row(pattern, url, every(expected), **options)


# Addresses answered without a URL pattern.
HEALTHZ = "(middleware) /healthz"
UNMATCHED = "(no pattern) a public address that does not exist"
NOT_ROUTED = {HEALTHZ, UNMATCHED}

SAME_ORIGIN = {"Origin": "http://testserver"}
FEEDBACK = {"item": "{article_item}", "helpful": "yes", "comment": ""}
SEARCH_BEACON = {"event": "search", "key": "{search_key}"}

WS = "admin/articles/revision/"  # the reviewer workspace, mounted by RevisionAdmin.get_urls()
# The admin's app index pattern names every app with a registered model, in registration order.
APP_LABELS = ("auth", "axes", "otp_totp", "otp_static", "portal", "articles", "resources", "pghistory")
APP_INDEX = "admin/^(?P<app_label>" + "|".join(APP_LABELS) + ")/$"
TWO_FACTOR = "/admin/two-factor/"

# fmt: off
SITE_ROWS = [
    # --- Public pages: the same for everyone, logged in or not ----------------------------------
    everyone("", "/", 200),
    everyone("", "/", 405, method="post"),
    everyone("search/", "/search/", 200),
    everyone("search/", "/search/?q=x", 200),
    everyone("topics/", "/topics/", 200),
    everyone("topics/", "/topics/", 405, method="post"),
    everyone("topics/<slug:slug>/", "/topics/{topic}/", 200),
    everyone("topics/<slug:slug>/", "/topics/no-such-topic/", 404),
    everyone("topics/<slug:slug>/", "/topics/{withdrawn_topic}/", 410),
    everyone("topics/<slug:slug>/", "/topics/{draft_topic}/", 404),  # never approved: not public
    everyone("articles/<slug:slug>/", "/articles/{article}/", 200),
    everyone("articles/<slug:slug>/", "/articles/{article}/", 405, method="post"),
    everyone("articles/<slug:slug>/", "/articles/{draft_article}/", 404),  # never approved: not public
    everyone("articles/<slug:slug>/", "/articles/{withdrawn_article}/", 410),
    everyone("articles/<slug:slug>/", "/articles/{medicine}/", 404),  # a medicine is not an article
    everyone("articles/<slug:slug>/", "/articles/no-such-article/", 404),
    everyone("medicines/", "/medicines/", 200),
    everyone("medicines/<slug:slug>/", "/medicines/{medicine}/", 200),
    everyone("medicines/<slug:slug>/", "/medicines/{article}/", 404),
    everyone("medicines/<slug:slug>/", "/medicines/no-such-medicine/", 404),
    everyone("which-pages-fit-me/", "/which-pages-fit-me/", 200),
    everyone("which-pages-fit-me/", "/which-pages-fit-me/?hr_status=positive&her2_status=zero", 200),
    everyone("glossary/", "/glossary/", 200),
    everyone("about/editorial-policy/", "/about/editorial-policy/", 200),
    everyone("about/", "/about/", 200),
    everyone("about/", "/about/", 405, method="post"),
    everyone("support/", "/support/", 200),
    everyone("support/", "/support/", 405, method="post"),
    everyone("support/<slug:slug>/", "/support/{organization}/", 200),
    everyone("support/<slug:slug>/", "/support/{hidden_organization}/", 404),  # no public service
    everyone("support/<slug:slug>/", "/support/no-such-organization/", 404),
    everyone("sitemap.xml", "/sitemap.xml", 200),
    everyone("feeds/updates/", "/feeds/updates/", 200),
    everyone("es/feeds/updates/", "/es/feeds/updates/", 200),
    everyone("favicon.ico", "/favicon.ico", 302),
    everyone("favicon.ico", "/favicon.ico", 405, method="post"),
    everyone(HEALTHZ, "/healthz", 200),
    everyone(UNMATCHED, "/no-such-page/", 404),
    # "Was this page helpful?": POST only, same-origin only, no CSRF token (pages stay cookie-free).
    everyone("feedback/", "/feedback/", 405),
    everyone("feedback/", "/feedback/", 200, method="post", data=FEEDBACK, headers=SAME_ORIGIN),
    everyone("feedback/", "/feedback/", 403, method="post", data=FEEDBACK),  # no Origin
    everyone("feedback/", "/feedback/", 403, method="post", data=FEEDBACK,
             headers={"Origin": "https://elsewhere.example"}),
    everyone("feedback/", "/feedback/", 400, method="post", data={"helpful": "yes"}, headers=SAME_ORIGIN),
    # The search results page's beacon: POST only, same-origin only, a key the page was signed with.
    everyone("search/insights/", "/search/insights/", 405),
    everyone("search/insights/", "/search/insights/", 204, method="post", data=SEARCH_BEACON, headers=SAME_ORIGIN),
    everyone("search/insights/", "/search/insights/", 403, method="post", data=SEARCH_BEACON),  # no Origin
    everyone("search/insights/", "/search/insights/", 400, method="post", data={"event": "search", "key": "forged"},
             headers=SAME_ORIGIN),
    # --- The Spanish edition: the same pages under /es/ (the same patterns, in i18n_patterns) -----
    everyone("", "/es/", 200),
    everyone("", "/es/?sin-traduccion=1", 200),
    everyone("search/", "/es/search/?q=x", 200),
    everyone("topics/", "/es/topics/", 200),
    everyone("medicines/", "/es/medicines/", 200),
    everyone("which-pages-fit-me/", "/es/which-pages-fit-me/", 200),
    everyone("glossary/", "/es/glossary/", 200),
    everyone("about/", "/es/about/", 200),
    everyone("about/editorial-policy/", "/es/about/editorial-policy/", 200),
    everyone("support/", "/es/support/", 200),
    # A reviewed page in Spanish exists only once its translation is approved.
    everyone("articles/<slug:slug>/", "/es/articles/{article}/", 404),
    everyone("medicines/<slug:slug>/", "/es/medicines/{medicine}/", 404),
    everyone("support/<slug:slug>/", "/es/support/{organization}/", 200),
    everyone("support/<slug:slug>/", "/es/support/{hidden_organization}/", 404),
    everyone("feedback/", "/es/feedback/", 405),
    everyone("feedback/", "/es/feedback/", 200, method="post", data=FEEDBACK, headers=SAME_ORIGIN),
    everyone("feedback/", "/es/feedback/", 403, method="post", data=FEEDBACK),  # no Origin
    # Machines' and staff's addresses have no Spanish twin.
    everyone(UNMATCHED, "/es/admin/", 404),
    everyone(UNMATCHED, "/es/hsds/", 404),
    everyone(UNMATCHED, "/es/sitemap.xml", 404),
    # --- HSDS API: open data, read-only --------------------------------------------------------
    everyone("hsds/", "/hsds/", 200),
    everyone("hsds/services", "/hsds/services", 200),
    everyone("hsds/services", "/hsds/services", 405, method="post"),
    everyone("hsds/services/<str:service_id>", "/hsds/services/{service_id}", 200),
    everyone("hsds/services/<str:service_id>", "/hsds/services/{unknown_id}", 404),
    everyone("hsds/services/<str:service_id>", "/hsds/services/not-an-id", 400),
    everyone("hsds/organizations", "/hsds/organizations", 200),
    everyone("hsds/organizations/<str:organization_id>", "/hsds/organizations/{organization_id}", 200),
    everyone("hsds/organizations/<str:organization_id>", "/hsds/organizations/{unknown_id}", 404),
    # --- The admin site itself ----------------------------------------------------------------
    #                                                       anonymous author reviewer directory super
    row("admin/", "/admin/",                                LOGIN,    200,   200,     200,      200),
    row("admin/login/", "/admin/login/",                    200, *(Redirect("/admin/"),) * 4),
    # Logging out is a POST; a GET is refused (405) once logged in, and sends visitors to the index.
    row("admin/logout/", "/admin/logout/",                  Redirect("/admin/"), 405, 405, 405, 405),
    row("admin/logout/", "/admin/logout/",                  Redirect("/admin/"), 200, 200, 200, 200,
        method="post", own_client=True),
    row("admin/password_change/", "/admin/password_change/", LOGIN,   200,   200,     200,      200),
    row("admin/password_change/done/", "/admin/password_change/done/", LOGIN, 200, 200, 200, 200),
    row("admin/jsi18n/", "/admin/jsi18n/",                  LOGIN,    200,   200,     200,      200),
    # Autocomplete answers only who may view the model searched (organisations here).
    row("admin/autocomplete/", "/admin/autocomplete/?app_label=resources&model_name=service&field_name=organization",
                                                            LOGIN,    403,   403,     200,      200),
    row("admin/autocomplete/", "/admin/autocomplete/",      LOGIN,    403,   403,     403,      403),
    # The best bet form's page picker: public pages, for whoever may view them (content staff).
    row("admin/autocomplete/", "/admin/autocomplete/?app_label=portal&model_name=bestbet&field_name=target",
                                                            LOGIN,    200,   200,     403,      200),
    # "View on site": staff who may view that kind of object are sent to its public address; others
    # are refused, so a directory admin cannot learn where an unpublished draft will live.
    row("admin/r/<int:content_type_id>/<path:object_id>/", "/admin/r/{article_ct}/{article_item}/",
        LOGIN, *(Redirect("http://testserver/articles/"),) * 2, 403, Redirect("http://testserver/articles/")),
    row("admin/r/<int:content_type_id>/<path:object_id>/", "/admin/r/{article_ct}/999999/",
        LOGIN, 404, 404, 403, 404),
    # Django's own pattern for the same addresses, now reached only by ids that are not numbers.
    row("admin/r/<path:content_type_id>/<path:object_id>/", "/admin/r/not-a-number/1/",
        LOGIN, 404, 404, 404, 404),
    # An app's index exists only for staff who may see one of its models.
    row(APP_INDEX, "/admin/auth/",                          LOGIN,    404,   404,     404,      200),
    row(APP_INDEX, "/admin/axes/",                          LOGIN,    404,   404,     404,      200),
    row(APP_INDEX, "/admin/otp_totp/",                      LOGIN,    404,   404,     404,      200),
    row(APP_INDEX, "/admin/otp_static/",                    LOGIN,    404,   404,     404,      200),
    row(APP_INDEX, "/admin/portal/",                        LOGIN,    200,   200,     404,      200),
    row(APP_INDEX, "/admin/articles/",                      LOGIN,    200,   200,     404,      200),
    row(APP_INDEX, "/admin/resources/",                     LOGIN,    404,   404,     200,      200),
    row(APP_INDEX, "/admin/pghistory/",                     LOGIN,    404,   404,     404,      200),
    # The catch-all: visitors learn nothing about what exists; staff get a 404 or the slash added.
    row("admin/(?P<url>.*)$", "/admin/no-such-page/",       LOGIN,    404,   404,     404,      404),
    row("admin/(?P<url>.*)$", "/admin/articles/topic",      LOGIN, *(Redirect("/admin/articles/topic/", 301),) * 4),
    row("admin/auth/user/<id>/password/", "/admin/auth/user/{author_pk}/password/",
                                                            LOGIN,    403,   403,     403,      200),
    # --- Two-factor sign-in (portal.auth) ------------------------------------------------------
    # Staff here have passed two-factor: the page shows their status.
    row("admin/two-factor/", TWO_FACTOR,                    LOGIN,    200,   200,     200,      200),
    # The QR code exists only while an authenticator is being set up, for its owner.
    everyone("admin/two-factor/qr.svg", TWO_FACTOR + "qr.svg", 404),
    # Recovery codes are shown once, right after they are made; otherwise back to the status page.
    row("admin/two-factor/recovery-codes/", TWO_FACTOR + "recovery-codes/",
        Redirect("/admin/login/"), *(Redirect(TWO_FACTOR),) * 4),
    # An authenticator's secret is never shown in the admin (OTP_ADMIN_HIDE_SENSITIVE_DATA), to anybody.
    row("admin/otp_totp/totpdevice/<int:pk>/config/", "/admin/otp_totp/totpdevice/{object:otp_totp.totpdevice}/config/",
                                                            LOGIN,    403,   403,     403,      403),
    row("admin/otp_totp/totpdevice/<int:pk>/qrcode/", "/admin/otp_totp/totpdevice/{object:otp_totp.totpdevice}/qrcode/",
                                                            LOGIN,    403,   403,     403,      403),
    # --- The reviewer workspace (articles.workspace) ------------------------------------------
    row(WS + "queue/", "/admin/articles/revision/queue/",   LOGIN,    200,   200,     403,      200),
    row(WS + "<int:pk>/review/", "/admin/articles/revision/{revision}/review/",
                                                            LOGIN,    200,   200,     403,      200),
    row(WS + "<int:pk>/review/", "/admin/articles/revision/999999/review/",
                                                            LOGIN,    404,   404,     403,      404),
    row(WS + "<int:pk>/review/", "/admin/articles/revision/{revision}/review/",
                                                            LOGIN,    405,   405,     403,      405,
        method="post", data={"action": "no-such-action"}),
    row(WS + "<int:pk>/preview/", "/admin/articles/revision/{revision}/preview/",
                                                            LOGIN,    200,   200,     403,      200),
    row(WS + "<int:pk>/preview/", "/admin/articles/revision/{draft_revision}/preview/",
                                                            LOGIN,    200,   200,     403,      200),
    row(WS + "item/<int:item_pk>/history/", "/admin/articles/revision/item/{article_item}/history/",
                                                            LOGIN,    200,   200,     403,      200),
    row(WS + "item/<int:item_pk>/history/", "/admin/articles/revision/item/{article_item}/history/",
                                                            LOGIN,    405,   405,     403,      405,
        method="post", data={"action": "no-such-action"}),
    row(WS + "item/<int:item_pk>/edit/", "/admin/articles/revision/item/{article_item}/edit/",
                                                            LOGIN,    200,   403,     403,      200),
    row(WS + "item/<int:item_pk>/edit/", "/admin/articles/revision/item/999999/edit/",
                                                            LOGIN,    404,   403,     403,      404),
    row(WS + "new/<slug:kind>/", "/admin/articles/revision/new/article/",
                                                            LOGIN,    200,   403,     403,      200),
    row(WS + "new/<slug:kind>/", "/admin/articles/revision/new/medicine/",
                                                            LOGIN,    200,   403,     403,      200),
    row(WS + "new/<slug:kind>/", "/admin/articles/revision/new/glossary/",
                                                            LOGIN,    200,   403,     403,      200),
    row(WS + "new/<slug:kind>/", "/admin/articles/revision/new/no-such-kind/",
                                                            LOGIN,    404,   404,     404,      404),
    # --- Translations (issue 22): clinical reviewers see what to update; only translators write ----
    row(WS + "translations/<slug:language>/", "/admin/articles/revision/translations/es/",
                                                            LOGIN,    403,   200,     403,      200),
    row(WS + "translations/<slug:language>/", "/admin/articles/revision/translations/xx/",
                                                            LOGIN,    403,   404,     403,      404),
    row(WS + "item/<int:item_pk>/translate/<slug:language>/",
        "/admin/articles/revision/item/{article_item}/translate/es/",
                                                            LOGIN,    403,   403,     403,      200),
    row(WS + "item/<int:item_pk>/translate/<slug:language>/",
        "/admin/articles/revision/item/{article_item}/translate/en/",
                                                            LOGIN,    403,   403,     403,      404),
    # --- The directory admin's own screens (resources.admin_views) -----------------------------
    row("admin/resources/service/add-listing/", "/admin/resources/service/add-listing/",
                                                            LOGIN,    403,   403,     200,      200),
    row("admin/resources/directoryimport/upload/", "/admin/resources/directoryimport/upload/",
                                                            LOGIN,    403,   403,     200,      200),
    row("admin/resources/directoryimport/<int:pk>/report/",
        "/admin/resources/directoryimport/{object:resources.directoryimport}/report/",
                                                            LOGIN,    403,   403,     200,      200),
    row("admin/resources/directoryimport/<int:pk>/report/", "/admin/resources/directoryimport/999999/report/",
                                                            LOGIN,    403,   403,     404,      404),
    # --- The label watch (articles.labels.views): everyone in content sees; reviewers act -------
    row(WS + "labels/", "/admin/articles/revision/labels/", LOGIN,    200,   200,     403,      200),
    row(WS + "labels/", "/admin/articles/revision/labels/", LOGIN,    405,   405,     403,      405,
        method="post", data={"action": "no-such-action"}),
    row(WS + "labels/medicine/<int:item_pk>/", "/admin/articles/revision/labels/medicine/{medicine_item}/",
                                                            LOGIN,    200,   200,     403,      200),
    row(WS + "labels/medicine/<int:item_pk>/", "/admin/articles/revision/labels/medicine/{article_item}/",
                                                            LOGIN,    404,   404,     403,      404),
    row(WS + "labels/medicine/<int:item_pk>/", "/admin/articles/revision/labels/medicine/{medicine_item}/",
                                                            LOGIN,    405,   405,     403,      405,
        method="post", data={"action": "no-such-action"}),
]
# fmt: on

# --- The admin's model pages ------------------------------------------------------------------------
# What each role may do with each registered model: v(iew), a(dd), c(hange), d(elete). Read-only
# admins (rows only the services write) allow no add, change or delete to anybody, superusers included.
V, VA, VC, VAC, VCD, VACD = "v", "va", "vc", "vac", "vcd", "vacd"
# fmt: off
MODEL_ACCESS = {
    #                              author reviewer directory super
    "auth.group":                  ("",    "",      "",       VACD),
    "auth.user":                   ("",    "",      "",       VACD),
    "axes.accessattempt":          ("",    "",      "",       VCD),
    "axes.accesslog":              ("",    "",      "",       VCD),
    "axes.accessfailurelog":       ("",    "",      "",       VCD),
    "otp_totp.totpdevice":         ("",    "",      "",       VACD),
    "otp_static.staticdevice":     ("",    "",      "",       VACD),
    # Search synonyms: the words readers use, changed only by approving a proposal (below); all look.
    "portal.synonym":              (V,     V,       "",       V),
    # A clinical reviewer proposes, a second decides (admin actions); proposals are never edited or deleted.
    "portal.synonymchange":        (V,     VA,      "",       VA),
    # Best bets pin a page first for a query: clinical reviewers decide (audited); authors look.
    "portal.bestbet":              (V,     VACD,    "",       VACD),
    # The public pages in the search index: written only by approvals and listing changes.
    "portal.searchdocument":       (V,     V,       "",       V),
    # Searches with no good answer: content staff look; only searches write the counts.
    "portal.searchweek":           (V,     V,       "",       V),
    "articles.reviewerprofile":    ("",    V,       "",       VACD),
    # Topic text is reviewed content, written and withdrawn in the workspace: here only the order changes.
    "articles.topic":              (V,     VC,      "",       VC),
    "articles.article":            (V,     V,       "",       V),
    "articles.therapysummary":     (V,     V,       "",       V),
    "articles.glossaryterm":       (V,     V,       "",       V),
    "articles.revision":           (V,     V,       "",       V),
    "articles.reviewdecision":     (V,     V,       "",       V),
    "articles.reviewconfirmation": (V,     V,       "",       V),
    "resources.service":           ("",    "",      VACD,     VACD),
    "resources.organization":      ("",    "",      VACD,     VACD),
    "resources.location":          ("",    "",      VACD,     VACD),
    "resources.taxonomyterm":      ("",    "",      V,        V),
    "resources.linkcheck":         ("",    "",      V,        V),
    "resources.directoryimport":   ("",    "",      V,        V),
    "pghistory.events":            ("",    "",      "",       V),
}
# fmt: on

# The pages every ModelAdmin has, and which permission opens each (Django's own rules).
MODEL_PAGES = {
    "changelist": ("", lambda may: 200 if {"v", "c"} & set(may) else 403),
    "add": ("add/", lambda may: 200 if "a" in may else 403),
    "history": ("<path:object_id>/history/", lambda may: 200 if {"v", "c"} & set(may) else 403),
    "delete": ("<path:object_id>/delete/", lambda may: 200 if "d" in may else 403),
    "change": ("<path:object_id>/change/", lambda may: 200 if {"v", "c"} & set(may) else 403),
    # The bare object address redirects to its change page, for any staff member.
    "object": ("<path:object_id>/", lambda may: Redirect("/admin/")),
}


def _model_label(model) -> str:
    return model._meta.label_lower


def admin_model_rows() -> list[Row]:
    rows = []
    for model in admin.site._registry:
        label = _model_label(model)
        app_label, model_name = label.split(".")
        prefix = f"admin/{app_label}/{model_name}/"
        for route, expected in MODEL_PAGES.values():
            url = "/" + prefix + route.replace("<path:object_id>", "{object:" + label + "}")
            staff = tuple(expected(may) for may in MODEL_ACCESS.get(label, ("",) * 4))
            rows.append(Row(prefix + route, url, (LOGIN, *staff)))
    return rows


def all_rows() -> list[Row]:
    return SITE_ROWS + admin_model_rows()


# --- The resolver ---------------------------------------------------------------------------------


def all_patterns(resolver=None, prefix: str = "") -> list[str]:
    """Every URL pattern of the project, as one route string each ("admin/auth/user/add/")."""
    resolver = resolver or get_resolver()
    patterns = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            patterns += all_patterns(entry, prefix + str(entry.pattern))
        else:
            assert isinstance(entry, URLPattern)
            patterns.append(prefix + str(entry.pattern))
    return patterns


def test_every_url_pattern_is_in_the_table():
    listed = {row.pattern for row in all_rows()}
    missing = sorted(set(all_patterns()) - listed)
    assert not missing, (
        "These URL patterns are not in the access-control table of tests/portal/test_access_control.py. "
        "Add a row for each (what every role gets), or a MODEL_ACCESS entry for a new admin model:\n  "
        + "\n  ".join(missing)
    )
    stale = sorted(listed - set(all_patterns()) - NOT_ROUTED)
    assert not stale, "The table lists patterns that no longer exist:\n  " + "\n  ".join(stale)


def test_every_admin_model_states_who_may_do_what():
    registered = {_model_label(model) for model in admin.site._registry}
    assert registered == set(MODEL_ACCESS), (
        f"Registered but not in MODEL_ACCESS: {sorted(registered - set(MODEL_ACCESS))}; "
        f"in MODEL_ACCESS but not registered: {sorted(set(MODEL_ACCESS) - registered)}"
    )


# --- The world the table is about ------------------------------------------------------------------


@pytest.fixture
def world(live, topic, author, reviewer, directory_admin, superuser):
    """One page in each state, a directory listing, and one row of every admin model; returns the
    values the table's URLs are filled with."""
    medicine = publish(
        kind=ContentKind.MEDICINE, slug="tamoxifen", author=author, reviewer=reviewer,
        content=medicine_content(), references=[reference(1)],
    )  # fmt: skip
    publish(
        kind=ContentKind.GLOSSARY, slug="estrogen", author=author, reviewer=reviewer,
        content={"title": "Estrogen", "summary": "A hormone.", "change_summary": "New.", "aliases": []},
    )  # fmt: skip
    withdrawn = publish(
        kind=ContentKind.ARTICLE, slug="old-advice", topic=topic, author=author, reviewer=reviewer,
        content=article_content(title="Old advice"), references=[reference(1)],
    )  # fmt: skip
    services.item_withdraw(item=withdrawn, user=reviewer, reason="Replaced by newer advice.")
    withdrawn_topic = make_topic("old-topic", "Old topic", author, reviewer)
    services.item_withdraw(item=withdrawn_topic.item, user=reviewer, reason="Merged into another topic.")
    draft_topic = services.item_create(
        kind=ContentKind.TOPIC, slug="new-topic", author=author,
        content={"title": "New topic", "summary": "Not yet approved.", "change_summary": "First version."},
    )  # fmt: skip
    services.item_confirm_review(item=medicine, reviewer=reviewer, note="Re-checked against the label.")
    draft = services.item_create(
        kind=ContentKind.ARTICLE, slug="not-yet-approved", topic=topic, author=author,
        content=article_content(title="Not yet approved"), references=[reference(1)],
    )  # fmt: skip
    service = make_service()
    synonyms.synonym_propose(user=reviewer, action="add", phrase="zonked", means="fatigue")
    best_bets.best_bet_save(user=reviewer, query="tamoxifen", target_key=f"item:{medicine.pk}",
                            expires_on=timezone.localdate() + datetime.timedelta(days=30))  # fmt: skip
    hidden = make_organization("Organisation without public services")
    LinkCheck.objects.create(url="https://support.example.org/groups", checked_at=timezone.now())
    importing.import_upload(user=directory_admin, file_name="listings.csv",
                            data=b"organization_name,service_name,description\nA,B,C\n")  # fmt: skip
    for user in (author, reviewer, directory_admin, superuser):
        second_factor(user)
    StaticDevice.objects.create(user=superuser, name="Recovery codes", confirmed=True)
    attempt = {"user_agent": "test", "ip_address": "203.0.113.9", "username": "someone", "http_accept": "*/*",
               "path_info": "/admin/login/"}  # fmt: skip
    AccessAttempt.objects.create(**attempt, get_data="", post_data="", failures_since_start=1)
    AccessLog.objects.create(**attempt)
    AccessFailureLog.objects.create(**attempt)
    SearchWeek.objects.create(query="tired all the time", week=insights.this_week(), searches=3, zero_results=3)
    assert ReviewDecision.objects.exists()
    assert Group.objects.exists()

    values = {
        "topic": topic.slug,
        "article": live.item.slug,
        "article_item": live.item_id,
        "revision": live.pk,
        "draft_article": draft.item.slug,
        "draft_revision": draft.pk,
        "withdrawn_article": withdrawn.slug,
        "withdrawn_topic": withdrawn_topic.slug,
        "draft_topic": draft_topic.item.slug,
        "medicine": medicine.slug,
        "medicine_item": medicine.pk,
        "organization": service.organization.slug,
        "organization_id": service.organization_id,
        "hidden_organization": hidden.slug,
        "service_id": service.pk,
        "unknown_id": uuid.UUID(int=1),
        "author_pk": author.pk,
        "article_ct": ContentType.objects.get_for_model(Article, for_concrete_model=False).pk,
        "search_key": signing.Signer(salt=insights.SIGNING_SALT).sign_object(["mets", False, 1, 1]),
    }
    for model in admin.site._registry:
        # pghistory's Events keep their rows behind `objects` (the default manager is empty on purpose).
        obj = getattr(model, "objects", model._default_manager).order_by("pk").first()
        assert obj is not None, f"the world needs a row of {_model_label(model)}"
        values["object:" + _model_label(model)] = obj.pk
    return {"users": {"author": author, "reviewer": reviewer, "directory_admin": directory_admin,
                      "superuser": superuser}, "values": values}  # fmt: skip


def _fill(text: str, values: dict) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    assert "{" not in text, f"unfilled placeholder in {text}"
    return text


def _outcome(response, expected) -> str | None:
    """None when the response is what the table says; otherwise what it was instead."""
    got, location = response.status_code, response.get("Location", "")
    if isinstance(expected, Redirect):
        matches = got == expected.status and location.startswith(expected.to)
    else:
        matches = got == expected
    return None if matches else f"{got}" + (f" to {location}" if location else "")


def _answers_differing(user, cases, values, *, two_factor: bool = True) -> list[str]:
    """Make each (row, expected) request as `user`; describe every answer that is not as expected."""
    shared = Client()
    login_as(shared, user, two_factor=two_factor)
    wrong = []
    for entry, expected in cases:
        client = shared
        if entry.own_client:
            client = Client()
            login_as(client, user, two_factor=two_factor)
        url = _fill(entry.url, values)
        data = {key: _fill(value, values) for key, value in (entry.data or {}).items()}
        response = getattr(client, entry.method)(url, data=data or None, headers=entry.headers or {})
        problem = _outcome(response, expected)
        if problem:
            wrong.append(f"{entry.method.upper()} {url}: expected {expected}, got {problem}")
    return wrong


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_what_the_table_says(role, world):
    cases = [(entry, entry.expect[ROLES.index(role)]) for entry in all_rows()]
    wrong = _answers_differing(world["users"].get(role), cases, world["values"])
    assert not wrong, f"As {role}, {len(wrong)} answer(s) differ from the table:\n  " + "\n  ".join(wrong)


# Where staff who typed their password but not yet a code may go: sign in, sign out, two-factor.
BEFORE_TWO_FACTOR = ("admin/login/", "admin/logout/", "admin/two-factor/")


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["author", "directory_admin", "superuser"])
def test_staff_who_have_not_passed_two_factor_reach_only_the_two_factor_page(role, world):
    if not getattr(settings, "STAFF_TWO_FACTOR_REQUIRED", False):
        pytest.skip("two-factor sign-in is not required in this configuration")
    cases = [
        (entry, Redirect(TWO_FACTOR + "?next="))
        for entry in all_rows()
        if entry.url.startswith("/admin/") and not entry.pattern.startswith(BEFORE_TWO_FACTOR)
    ]
    wrong = _answers_differing(world["users"][role], cases, world["values"], two_factor=False)
    assert not wrong, f"As {role} before two-factor, {len(wrong)} answer(s) differ:\n  " + "\n  ".join(wrong)
