"""Less friction around the admin (issue 20): a 403 that explains itself inside the admin, emails
that link to the site's real address, a favicon, readable app names, the portal's time zone, and
dates that never end a sentence with two full stops."""

import datetime
import re
import zoneinfo
from html import unescape

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import ContentKind
from portal import views
from resources import services as directory_services
from tests.content import article_content, medicine_content, publish, reference, save_edit
from tests.helpers import PRODUCTION_ENVIRONMENT, REPOSITORY, run_portal_process
from tests.resources.listings import make_service

pytestmark = pytest.mark.django_db


def text_of(html: str) -> str:
    """What a reader sees: the page without its tags, scripts and styles."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def double_full_stops(text: str) -> list[str]:
    """Every place where exactly two full stops follow each other ("p.m.." or "Dec. 4, 2026.."); an
    ellipsis (three) is fine."""
    return [text[max(0, m.start() - 40) : m.end() + 10] for m in re.finditer(r"(?<!\.)\.\.(?!\.)", text)]


# --- The admin's 403 ------------------------------------------------------------------------------


def test_an_author_opening_a_reviewer_only_page_gets_the_admins_403_with_a_way_back(client, author, reviewer):
    client.force_login(author)
    response = client.get("/admin/articles/reviewerprofile/", HTTP_REFERER="http://testserver/admin/")
    assert response.status_code == 403
    html = response.content.decode()
    # In the admin's frame: its header, breadcrumbs and navigation.
    assert "Stage 4 Breast Cancer Guide: staff" in html
    assert '<div class="breadcrumbs">' in html
    assert "<h1>You cannot open this page</h1>" in html
    text = " ".join(text_of(html).split())
    assert "This page needs the permission “Can view reviewer profile”, which your account does not have." in text
    assert "The role that has it: Clinical reviewers." in text
    assert "Your role: Authors." in text
    assert 'href="/admin/">Back to the staff home page</a>' in html
    assert 'href="http://testserver/admin/">Back to the page you came from</a>' in html


def test_the_403_never_links_back_to_another_site(client, author):
    client.force_login(author)
    html = client.get("/admin/articles/reviewerprofile/", HTTP_REFERER="https://evil.example.net/").content.decode()
    assert "evil.example.net" not in html
    assert "Back to the page you came from" not in html


def test_a_refusal_with_its_own_reason_shows_it(client, reviewer):
    """The workspace's editor is for authors; its refusal names no model permission but still
    answers in the admin's frame, not with a bare "403 Forbidden" or a 500."""
    client.force_login(reviewer)
    response = client.get(reverse("admin:articles_item_new", args=["article"]))
    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>You cannot open this page</h1>" in html
    assert "Your account does not have the permission this page needs." in html
    assert "Your role: Clinical reviewers." in " ".join(text_of(html).split())


def test_the_reason_given_with_the_refusal_is_shown_escaped(rf_staff_request):
    request = rf_staff_request("/admin/articles/revision/queue/")
    response = views.permission_denied(request, PermissionDenied("<script>alert(1)</script> Only reviewers."))
    assert response.status_code == 403
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Only reviewers." in html
    assert "<script>alert(1)</script>" not in html


def test_a_permission_no_role_holds_says_so(client, directory_admin):
    client.force_login(directory_admin)
    response = client.get("/admin/auth/group/")
    assert response.status_code == 403
    assert "No staff role has it; only an administrator can open this page." in response.content.decode()


def test_public_403s_are_unchanged(client):
    request = RequestFactory().get("/articles/anything/")
    response = views.permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert b"403 Forbidden" in response.content
    assert b"admin" not in response.content
    # A refused feedback post keeps its own page.
    refused = client.post("/feedback/", {"helpful": "yes"}, HTTP_ORIGIN="https://elsewhere.example.net")
    assert refused.status_code == 403
    assert b"staff" not in refused.content
    assert not refused.cookies


def test_anonymous_visitors_to_the_admin_still_go_to_sign_in(client):
    response = client.get("/admin/articles/reviewerprofile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.fixture
def rf_staff_request(author):
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.db import SessionStore

    def make(path):
        request = RequestFactory().get(path)
        request.user = author
        request.session = SessionStore()
        request._messages = FallbackStorage(request)
        return request

    return make


# --- Emails link to the site's real address ------------------------------------------------------


def test_notification_links_use_the_site_address_setting(settings, draft, author, reviewer,
                                                         django_capture_on_commit_callbacks):  # fmt: skip
    settings.SITE_URL = "https://portal.example.org"
    with django_capture_on_commit_callbacks(execute=True):
        services.revision_submit(revision=draft, user=author)
    body = mail.outbox[0].body
    assert f"https://portal.example.org/admin/articles/revision/{draft.pk}/review/" in body
    assert "https://portal.example.org/admin/articles/revision/queue/" in body


def test_make_run_sets_the_site_address_to_the_address_it_serves():
    makefile = (REPOSITORY / "Makefile").read_text()
    served = re.search(r"runserver (\S+)", makefile).group(1)
    assert f"run: export DJANGO_SITE_URL := $(or $(DJANGO_SITE_URL),http://{served})" in makefile


def test_deploy_check_warns_when_the_site_address_is_a_guess_or_not_https():
    environment = {key: value for key, value in PRODUCTION_ENVIRONMENT.items() if key != "DJANGO_SITE_URL"}
    unset = run_portal_process("manage.py", "check", "--deploy", env=environment)
    assert "portal.W001" in unset.stdout + unset.stderr
    assert "https://portal.example.org" in unset.stdout + unset.stderr  # the guess it would use
    plain = run_portal_process(
        "manage.py", "check", "--deploy", env={**environment, "DJANGO_SITE_URL": "http://portal.example.org"}
    )
    assert "portal.W002" in plain.stdout + plain.stderr


# --- Favicon --------------------------------------------------------------------------------------


def test_the_favicon_is_linked_from_public_and_admin_pages_and_served_by_whitenoise(client, author):
    home = client.get("/").content.decode()
    icon = re.search(r'<link rel="icon" href="(/static/portal/favicon\.[0-9a-f]+\.svg)" type="image/svg\+xml">', home)
    assert icon, "the home page names no hashed favicon"
    served = client.get(icon.group(1))
    assert served.status_code == 200
    assert served["Content-Type"] == "image/svg+xml"
    assert "immutable" in served["Cache-Control"]
    assert b"<svg" in b"".join(served.streaming_content)
    client.force_login(author)
    assert icon.group(0) in client.get("/admin/").content.decode()


def test_favicon_ico_leads_to_the_icon_without_a_cookie(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert re.fullmatch(r"/static/portal/favicon\.[0-9a-f]+\.svg", response["Location"])
    assert not response.cookies


# --- Readable app names ---------------------------------------------------------------------------


def test_apps_carry_readable_names_in_the_admin(client, superuser):
    client.force_login(superuser)
    html = client.get("/admin/").content.decode()
    for name in ["Audit trail", "Sign-in lockouts", "Two-factor: authenticator apps", "Two-factor: recovery codes"]:
        assert name in html
    for package_name in ["Axes", "AXES", "Otp_Totp", "Otp_Static", "OTP_TOTP", "Pghistory", "PGHISTORY"]:
        assert f">{package_name}<" not in html
    assert "Sign-in lockouts" in client.get("/admin/axes/").content.decode()


# --- Time zone ------------------------------------------------------------------------------------

PRINT_TIME_ZONE = "import django; from django.conf import settings; django.setup(); print(settings.TIME_ZONE)"


def test_the_time_zone_is_us_eastern_unless_set():
    env = {**PRODUCTION_ENVIRONMENT, "DJANGO_SETTINGS_MODULE": "portal.settings"}
    assert run_portal_process("-c", PRINT_TIME_ZONE, env=env).stdout.strip() == "America/New_York"
    chicago = run_portal_process("-c", PRINT_TIME_ZONE, env={**env, "DJANGO_TIME_ZONE": "America/Chicago"})
    assert chicago.stdout.strip() == "America/Chicago"


def test_a_misspelt_time_zone_is_a_clear_startup_error():
    env = {**PRODUCTION_ENVIRONMENT, "DJANGO_SETTINGS_MODULE": "portal.settings", "DJANGO_TIME_ZONE": "US/Nowhere"}
    result = run_portal_process("-c", PRINT_TIME_ZONE, env=env)
    assert result.returncode != 0
    assert "DJANGO_TIME_ZONE must be a time zone name such as America/New_York" in result.stderr


def test_the_admin_shows_times_in_the_configured_zone(settings, client, reviewer, live):
    settings.TIME_ZONE = "America/Chicago"
    client.force_login(reviewer)
    html = client.get(reverse("admin:articles_item_history", args=[live.item_id])).content.decode()
    in_chicago = timezone.localtime(live.created_at, zoneinfo.ZoneInfo("America/Chicago"))
    assert in_chicago.strftime("%Y-%m-%d %H:%M") in html
    # The admin's date pickers compare the browser's zone with this offset.
    offset = int(timezone.localtime(timezone.now(), zoneinfo.ZoneInfo("America/Chicago")).utcoffset().total_seconds())
    assert f'data-admin-utc-offset="{offset}"' in html


# --- No double full stops after dates -------------------------------------------------------------


def test_a_stale_edit_message_ends_its_sentence_once(settings, live, author):
    settings.TIME_ZONE = "America/New_York"
    first = save_edit(live, author, change_summary="One edit.")
    with pytest.raises(ValidationError) as refused:
        save_edit(live, author, change_summary="A second edit from the same old page.")
    message = " ".join(refused.value.messages)
    when = timezone.localtime(first.created_at)
    assert f"at {when:%B} {when.day}, {when.year}, " in message
    assert double_full_stops(message) == []


def test_no_rendered_page_puts_two_full_stops_after_a_date(client, author, reviewer, second_reviewer, topic,
                                                           directory_admin, superuser):  # fmt: skip
    publish(
        ContentKind.MEDICINE, "tamoxifen", author, reviewer,
        medicine_content(fda_label_date=datetime.date(2026, 12, 4)), [reference(1)],
    )  # fmt: skip
    article = publish(
        ContentKind.ARTICLE, "a-first", author, reviewer, article_content(title="A first article"),
        [reference(1, accessed_on=datetime.date(2026, 12, 4))], topic,
    )  # fmt: skip
    gone = publish(ContentKind.ARTICLE, "gone", author, reviewer, article_content(title="Gone"), [reference(1)], topic)
    services.item_withdraw(item=gone, user=second_reviewer, reason="Out of date.")
    stale = save_edit(article.live_revision, author, change_summary="Edit.")
    service = make_service(assured_date=datetime.date(2026, 12, 4))
    directory_services.service_mark_verified(service=service, user=directory_admin)
    public = ["/", "/topics/hormone-therapy/", "/articles/a-first/", "/medicines/tamoxifen/", "/articles/gone/",
              "/support/", f"/support/{service.organization.slug}/", "/feeds/updates/"]  # fmt: skip
    staff = [
        reverse("admin:articles_review_queue"),
        reverse("admin:articles_item_history", args=[article.pk]),
        reverse("admin:articles_item_history", args=[gone.pk]),
        reverse("admin:articles_revision_review", args=[stale.pk]),
        reverse("admin:articles_revision_review", args=[article.live_revision_id]),
        "/admin/articles/article/", "/admin/articles/therapysummary/", "/admin/articles/revision/",
        "/admin/articles/reviewdecision/", "/admin/articles/reviewerprofile/", "/admin/resources/service/",
        f"/admin/articles/article/{gone.pk}/change/", f"/admin/resources/service/{service.pk}/change/",
        reverse("two_factor"),
    ]  # fmt: skip
    checked = 0
    for url in public:
        response = client.get(url)
        assert response.status_code in (200, 410), url
        assert double_full_stops(text_of(response.content.decode())) == [], url
        checked += 1
    client.force_login(superuser)
    for url in staff:
        response = client.get(url)
        assert response.status_code == 200, url
        assert double_full_stops(text_of(response.content.decode())) == [], url
        checked += 1
    assert checked == len(public) + len(staff)
    # A refused stale edit, as the editor shows it: the message ends with the time it was saved.
    client.force_login(author)
    page = client.post(
        reverse("admin:articles_item_edit", args=[article.pk]),
        {"title": "A first article", "summary": "- Short [1].", "body": "Text [1].", "change_summary": "Mine.",
         "based_on": article.live_revision_id, "references-TOTAL_FORMS": "1", "references-INITIAL_FORMS": "0",
         "references-MIN_NUM_FORMS": "0", "references-MAX_NUM_FORMS": "200", "references-0-title": "Source",
         "references-0-url": "https://www.cancer.gov/source"},
    )  # fmt: skip
    assert "changed after you opened it" in page.content.decode()
    assert double_full_stops(text_of(page.content.decode())) == []
    # Real dates were on those pages, in the portal's US format (Django's own was "Dec. 4, 2026").
    today = timezone.localdate()
    assert f"{today:%B} {today.day}, {today.year}" in text_of(client.get("/admin/articles/article/").content.decode())
