"""Staff sign-in: lockout after failed attempts, two-factor codes, and how long a session lasts.

- **Lockout** (django-axes): 5 failures for one (username, client address) pair within 15 minutes
  pause that pair; 30 failures from one address pause that address for every username. A
  different address trying a reviewer's username never locks the reviewer out. The client address
  is the one TrustedProxyMiddleware settled on, so a forged X-Forwarded-For changes nothing.
- **Two-factor** (django-otp): a 6-digit code from an authenticator app (TOTP), or one of ten
  single-use recovery codes. With debug off (`STAFF_TWO_FACTOR_REQUIRED`) the admin sends a staff
  member who has not passed it to /admin/two-factor/, which enrols a first device or asks for a
  code. `manage.py enrol_totp USERNAME` enrols someone from the terminal (the first superuser).
- **Session lifetime**: a staff session ends after 30 minutes without a request or 8 hours after
  sign-in, whichever comes first. Anonymous readers have no session and this code never makes one.
"""

import io
import logging
import secrets
import time
from base64 import b32encode
from urllib.parse import urlencode

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db import transaction
from django.db.models import Sum
from django.dispatch import receiver
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.security_log import security_event

RECOVERY_CODE_COUNT = 10
# No 0/o, 1/l/i: codes are copied from paper.
RECOVERY_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
RECOVERY_CODE_LENGTH = 10
AUTHENTICATOR_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"

# Session keys (seconds since the epoch).
SIGNED_IN_AT = "portal_signed_in_at"
LAST_SEEN_AT = "portal_last_seen_at"
# Recovery codes waiting to be shown once, and where to go afterwards.
NEW_RECOVERY_CODES = "portal_new_recovery_codes"
# Write "last seen" at most this often: an idle limit of 30 minutes does not need every request saved.
LAST_SEEN_RESOLUTION = 60


# --- Lockout (django-axes) ----------------------------------------------------------------------


def client_ip_address(request) -> str | None:
    """AXES_CLIENT_IP_CALLABLE: the address TrustedProxyMiddleware left in REMOTE_ADDR."""
    return request.META.get("REMOTE_ADDR") or None


class LoginAttemptHandler(AxesDatabaseHandler):
    """axes' database handler plus a limit per client address, whatever the usernames.

    axes applies one failure limit to every lockout parameter it is given, so a second, higher
    limit for the address alone is added here: once an address has failed
    LOGIN_FAILURES_PER_IP_LIMIT times within the cool-off, it counts as having reached the
    (username, address) limit for every username it tries.
    """

    def get_failures(self, request, credentials=None) -> int:
        failures = super().get_failures(request, credentials)
        address = getattr(request, "axes_ip_address", None)
        if address:
            from_address = AccessAttempt.objects.filter(
                ip_address=address, attempt_time__gte=get_cool_off_threshold(request)
            ).aggregate(total=Sum("failures_since_start"))["total"]
            if (from_address or 0) >= settings.LOGIN_FAILURES_PER_IP_LIMIT:
                failures = max(failures, get_failure_limit(request, credentials))
        return failures


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a plain page saying what happened and what to do (429)."""
    cool_off = get_cool_off(request)
    minutes = round(cool_off.total_seconds() / 60) if cool_off else None
    context = {**_page_context(_("Too many sign-in attempts")), "minutes": minutes}
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    security_event("lockout", username=username[:150] or "-", level=logging.WARNING)
    return render(request, "admin/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


def record_failed_code(request, username: str) -> None:
    """A wrong second-factor code counts as a failed sign-in, towards the same lockout."""
    security_event("two_factor_failed", username=username, level=logging.WARNING)
    user_login_failed.send(sender=__name__, credentials={"username": username}, request=request)


# --- Two-factor devices and codes ---------------------------------------------------------------


def normalise_code(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def format_recovery_code(code: str) -> str:
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def new_recovery_code() -> str:
    while True:
        code = "".join(secrets.choice(RECOVERY_CODE_ALPHABET) for _ in range(RECOVERY_CODE_LENGTH))
        if not code.isdigit():  # never mistaken for an authenticator code
            return code


def check_code(user, code: str):
    """The user's confirmed device that accepts `code`, or None; and whether a device is paused.

    Six digits are checked against the authenticator app, anything else against the recovery
    codes (a recovery code works once). Devices pause for a growing delay after wrong codes.
    """
    code = normalise_code(code)
    model = TOTPDevice if code.isdigit() else StaticDevice
    throttled = False
    with transaction.atomic():
        for device in model.objects.devices_for_user(user, confirmed=True).select_for_update():
            allowed, _detail = device.verify_is_allowed()
            if not allowed:
                throttled = True
                continue
            if device.verify_token(code):
                return device, False
    return None, throttled


def authenticator_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("-pk").first()


def pending_authenticator_device(user) -> TOTPDevice:
    """The not yet confirmed authenticator being set up (the same secret until it is confirmed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)


def authenticator_secret(device: TOTPDevice) -> str:
    """The secret as authenticator apps take it typed in: base32 in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@transaction.atomic
def replace_recovery_codes(user) -> list[str]:
    """Ten new single-use recovery codes; the old ones stop working. Returns them for showing once."""
    device = StaticDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()
    if device is None:
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    device.token_set.all().delete()
    codes = [new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [format_recovery_code(code) for code in codes]


@transaction.atomic
def confirm_authenticator(device: TOTPDevice) -> list[str]:
    """Make `device` the user's authenticator app (replacing any other) and issue recovery codes."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user_id=device.user_id).exclude(pk=device.pk).delete()
    return replace_recovery_codes(device.user)


@transaction.atomic
def enrol_from_terminal(user) -> tuple[TOTPDevice, list[str]]:
    """`enrol_totp`: a new, confirmed authenticator and recovery codes; all earlier devices go."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=True)
    return device, replace_recovery_codes(user)


def qr_code_svg(data: str) -> bytes:
    import segno

    output = io.BytesIO()
    segno.make(data, error="m").save(
        output, kind="svg", scale=6, border=4, dark="#000", light="#fff", xmldecl=False, title="QR code"
    )
    return output.getvalue()


def qr_code_text(data: str) -> str:
    import segno

    output = io.StringIO()
    segno.make(data, error="m").terminal(out=output, compact=True)
    return output.getvalue()


CODE_INPUT_ATTRIBUTES = {"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}


# --- The admin's sign-in form -------------------------------------------------------------------


class StaffLoginForm(AdminAuthenticationForm):
    """Username and password, then the authenticator or a recovery code if the user has set one up.

    Someone with no device yet signs in with the password alone; with two-factor required they
    can then do nothing but set it up (StaffTwoFactorMiddleware).
    """

    otp_token = forms.CharField(
        label=gettext_lazy("Authentication code"),
        required=False,
        max_length=32,
        strip=True,
        help_text=gettext_lazy(
            "The 6-digit code from your authenticator app, or one of your recovery codes. "
            "Leave it empty if you have not set up two-factor sign-in yet."
        ),
        widget=forms.TextInput(attrs=CODE_INPUT_ATTRIBUTES),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "code_required": gettext_lazy("Enter the 6-digit code from your authenticator app, or a recovery code."),
        "code_invalid": gettext_lazy("That code is not right. Check it and try again."),
        "code_paused": gettext_lazy("Too many wrong codes in a row: wait a minute, then try again."),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is None or not user_has_device(user, confirmed=True):
            return cleaned_data
        code = cleaned_data.get("otp_token", "")
        if not code:
            raise forms.ValidationError(self.error_messages["code_required"], code="code_required")
        device, paused = check_code(user, code)
        if device is None:
            record_failed_code(self.request, user.get_username())
            key = "code_paused" if paused else "code_invalid"
            raise forms.ValidationError(self.error_messages[key], code=key)
        # django-otp's user_logged_in receiver stores this device in the new session.
        user.otp_device = device
        return cleaned_data


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Authentication code"),
        max_length=32,
        strip=True,
        widget=forms.TextInput(attrs={**CODE_INPUT_ATTRIBUTES, "aria-describedby": "code-help"}),
    )


# --- Session stamps and middleware --------------------------------------------------------------


@receiver(user_logged_in, dispatch_uid="portal.auth.stamp_session")
def stamp_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN_AT] = now


def _has_session_cookie(request) -> bool:
    # Checked first so that anonymous readers' requests never load (or create) a session.
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _admin_prefix() -> str:
    return reverse("admin:index")


class StaffSessionTimeoutMiddleware:
    """End a signed-in session after STAFF_SESSION_IDLE_TIMEOUT without a request, or
    STAFF_SESSION_MAX_AGE after sign-in, whatever the user does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_session_cookie(request) and request.user.is_authenticated:
            self.check(request)
        return self.get_response(request)

    def check(self, request):
        session = request.session
        now = int(time.time())
        signed_in_at = session.setdefault(SIGNED_IN_AT, now)
        last_seen_at = session.get(LAST_SEEN_AT, now)
        reason = None
        if now - signed_in_at > settings.STAFF_SESSION_MAX_AGE.total_seconds():
            hours = round(settings.STAFF_SESSION_MAX_AGE.total_seconds() / 3600)
            reason = _("You were signed out %(hours)d hours after signing in. Please sign in again.") % {"hours": hours}
        elif now - last_seen_at > settings.STAFF_SESSION_IDLE_TIMEOUT.total_seconds():
            minutes = round(settings.STAFF_SESSION_IDLE_TIMEOUT.total_seconds() / 60)
            reason = _("You were signed out after %(minutes)d minutes without activity. Please sign in again.") % {
                "minutes": minutes
            }
        if reason:
            logout(request)
            if request.path.startswith(_admin_prefix()):
                messages.info(request, reason)
        elif now - last_seen_at >= LAST_SEEN_RESOLUTION or LAST_SEEN_AT not in session:
            session[LAST_SEEN_AT] = now


class StaffTwoFactorMiddleware:
    """With two-factor required, staff who have not passed it reach only sign-in, sign-out and the
    two-factor pages of the admin; everything else sends them to /admin/two-factor/."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.STAFF_TWO_FACTOR_REQUIRED and _has_session_cookie(request) and self.needs_two_factor(request):
            return redirect(f"{reverse('two_factor')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def needs_two_factor(self, request) -> bool:
        path = request.path
        if not path.startswith(_admin_prefix()) or path.startswith(reverse("two_factor")):
            return False
        if path in (reverse("admin:login"), reverse("admin:logout")):
            return False
        # django-otp's OTPMiddleware gives every request's user is_verified(): passed two-factor.
        return _signed_in_staff(request) and not request.user.is_verified()


# --- The two-factor pages (/admin/two-factor/) --------------------------------------------------


def _page_context(title: str) -> dict:
    return {
        "title": title,
        "site_title": admin.site.site_title,
        "site_header": admin.site.site_header,
        "site_url": admin.site.site_url,
        "is_nav_sidebar_enabled": False,
    }


def _next_url(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    allowed_hosts = {request.get_host()}
    if url_has_allowed_host_and_scheme(candidate, allowed_hosts=allowed_hosts, require_https=request.is_secure()):
        return candidate
    return reverse("admin:index")


def _signed_in_staff(request) -> bool:
    user = request.user
    return user.is_authenticated and user.is_active and user.is_staff


def _verify_session(request, device) -> None:
    """Mark this session as having passed two-factor, under a new session key."""
    request.session.cycle_key()
    otp_login(request, device)


def _may_enrol(request) -> bool:
    """Setting up an authenticator needs two-factor already passed, unless the user has no device
    at all: a password alone must never be enough to add a device beside an existing one."""
    return request.user.is_verified() or not user_has_device(request.user, confirmed=True)


def _show_codes(request, codes: list[str], next_url: str):
    request.session[NEW_RECOVERY_CODES] = {"codes": codes, "next": next_url}
    return redirect("two_factor_recovery_codes")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def two_factor(request):
    """Ask for a code (device set up, not yet passed), set up an authenticator, or show the status."""
    if not _signed_in_staff(request):
        return redirect(f"{reverse('admin:login')}?{urlencode({'next': request.get_full_path()})}")
    user = request.user
    next_url = _next_url(request)
    if not user.is_verified() and user_has_device(user, confirmed=True):
        return _verify(request, next_url)
    if authenticator_device(user) is None or request.GET.get("replace") or request.POST.get("action") == "enrol":
        return _enrol(request, next_url)
    if request.method == "POST" and request.POST.get("action") == "recovery-codes":
        return _show_codes(request, replace_recovery_codes(user), next_url)
    static = StaticDevice.objects.filter(user=user, confirmed=True).first()
    context = {
        **_page_context(_("Two-factor sign-in")),
        "device": authenticator_device(user),
        "recovery_codes_left": static.token_set.count() if static else 0,
        "next": next_url,
    }
    return render(request, "portal/two_factor/status.html", context)


def _verify(request, next_url):
    form = CodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and not AxesProxyHandler.is_allowed(request, {"username": request.user.get_username()}):
        # Locked out by wrong codes (here or at sign-in): as at sign-in, no code is checked until the wait is over.
        logout(request)
        return lockout_response(request)
    if form.is_valid():
        device, paused = check_code(request.user, form.cleaned_data["code"])
        if device is not None:
            _verify_session(request, device)
            return redirect(next_url)
        record_failed_code(request, request.user.get_username())
        form.add_error("code", StaffLoginForm.error_messages["code_paused" if paused else "code_invalid"])
    context = {**_page_context(_("Enter your authentication code")), "form": form, "next": next_url}
    return render(request, "portal/two_factor/verify.html", context)


def _enrol(request, next_url):
    if not _may_enrol(request):
        raise Http404
    device = pending_authenticator_device(request.user)
    form = CodeForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        code = normalise_code(form.cleaned_data["code"])
        if code.isdigit() and device.verify_token(code):
            codes = confirm_authenticator(device)
            _verify_session(request, device)
            return _show_codes(request, codes, next_url)
        form.add_error("code", StaffLoginForm.error_messages["code_invalid"])
    context = {
        **_page_context(_("Set up two-factor sign-in")),
        "form": form,
        "secret": authenticator_secret(device),
        "replacing": authenticator_device(request.user) is not None,
        "next": next_url,
    }
    return render(request, "portal/two_factor/enrol.html", context)


@never_cache
@require_safe
def two_factor_qr(request):
    """The QR code of the authenticator being set up, drawn here: the secret goes to no other host."""
    if not _signed_in_staff(request) or not _may_enrol(request):
        raise Http404
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).order_by("pk").first()
    if device is None:
        raise Http404
    response = HttpResponse(qr_code_svg(device.config_url), content_type="image/svg+xml")
    response["Content-Disposition"] = 'inline; filename="two-factor.svg"'
    return response


@never_cache
@require_safe
def recovery_codes(request):
    """New recovery codes, shown this once (they leave the session as they are shown)."""
    if not _signed_in_staff(request):
        return redirect("admin:login")
    waiting = request.session.pop(NEW_RECOVERY_CODES, None)
    if not waiting or not request.user.is_verified():
        return redirect("two_factor")
    context = {**_page_context(_("Your recovery codes")), "codes": waiting["codes"], "next": waiting["next"]}
    return render(request, "portal/two_factor/recovery_codes.html", context)
