"""Staff sign-in: lockout, password rules, session lifetime and two-factor (portal/auth.py).

Staff sign in here through the admin's real login form (tests run with debug off, so two-factor is
required). `client.force_login` also marks the session as having passed two-factor (an autouse
fixture in tests/conftest.py); it is used only where the sign-in itself is not under test.
"""

import re
from io import StringIO

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal import auth, roles
from tests.content import make_user

PASSWORD = "correct horse battery staple"
LOGIN = "/admin/login/"
HOME = "/admin/"
TWO_FACTOR = "/admin/two-factor/"
REVIEWER_ADDRESS = "198.51.100.7"
ATTACKER_ADDRESS = "203.0.113.66"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Dozens of sign-in attempts per test: the production hasher is slow on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff(db, _fast_password_hashing):
    """A clinical reviewer with a password and no two-factor device yet."""
    user = make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def admin_user(db, _fast_password_hashing):
    return make_user("sam-superuser", superuser=True)


def sign_in(client, username, password=PASSWORD, code="", address=REVIEWER_ADDRESS, **headers):
    data = {"username": username, "password": password, "otp_token": code, "next": HOME}
    return client.post(LOGIN, data, REMOTE_ADDR=address, **headers)


def code_for(device, steps_ahead=0):
    """The authenticator's code now (or `steps_ahead` 30-second steps later: a code is accepted once)."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + steps_ahead):06d}"


def enrolled(user):
    """`user` with a confirmed authenticator and recovery codes, as `enrol_totp` leaves them."""
    return auth.enrol_from_terminal(user)


def is_lockout(response):
    return response.status_code == 429 and b"Too many sign-in attempts" in response.content


# --- Lockout ------------------------------------------------------------------------------------


def test_five_failures_lock_the_username_from_that_address(client, staff):
    for _ in range(4):
        response = sign_in(client, "rita-reviewer", "wrong password")
        assert response.status_code == 200
        assert b"Please enter the correct username and password" in response.content
    assert is_lockout(sign_in(client, "rita-reviewer", "wrong password"))
    # Now even the right password is refused from there.
    assert is_lockout(sign_in(client, "rita-reviewer"))
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_says_to_wait_15_minutes_or_ask_an_administrator(client, staff):
    for _ in range(5):
        response = sign_in(client, "rita-reviewer", "wrong password")
    assert response.status_code == 429
    text = response.content.decode()
    assert "Wait 15 minutes, then try again." in text
    assert "ask an administrator to unlock your account" in text
    assert response["Content-Security-Policy"]


def test_someone_elsewhere_cannot_lock_the_reviewer_out(client, staff):
    attacker = Client()
    for _ in range(6):
        sign_in(attacker, "rita-reviewer", "guess", address=ATTACKER_ADDRESS)
    assert is_lockout(sign_in(attacker, "rita-reviewer", address=ATTACKER_ADDRESS))

    response = sign_in(client, "rita-reviewer", address=REVIEWER_ADDRESS)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)


def test_one_address_trying_many_usernames_is_locked_after_30_failures(client, staff, settings):
    assert settings.LOGIN_FAILURES_PER_IP_LIMIT == 30
    attacker = Client()
    for attempt in range(29):  # 10 usernames, at most 3 tries each: no (username, address) pair locks
        response = sign_in(attacker, f"user-{attempt % 10}", "guess", address=ATTACKER_ADDRESS)
        assert response.status_code == 200, attempt
    assert is_lockout(sign_in(attacker, "user-new", "guess", address=ATTACKER_ADDRESS))
    # Every username from that address, even with the right password...
    assert is_lockout(sign_in(attacker, "rita-reviewer", address=ATTACKER_ADDRESS))
    # ...but not from anywhere else.
    assert sign_in(client, "rita-reviewer", address=REVIEWER_ADDRESS).status_code == 302


def test_a_forged_x_forwarded_for_changes_nothing_from_an_untrusted_client(client, staff, settings):
    assert settings.TRUSTED_PROXIES == []
    for n in range(5):
        response = sign_in(
            client, "rita-reviewer", "guess", address=ATTACKER_ADDRESS, HTTP_X_FORWARDED_FOR=f"10.9.8.{n}"
        )
    assert is_lockout(response)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER_ADDRESS}
    assert is_lockout(sign_in(client, "rita-reviewer", address=ATTACKER_ADDRESS, HTTP_X_FORWARDED_FOR="10.1.1.1"))


def test_behind_a_trusted_proxy_the_forwarded_client_address_is_what_locks(staff, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    proxy = Client()  # a new client: the middleware reads TRUSTED_PROXIES when it first runs
    for _ in range(5):
        response = sign_in(proxy, "rita-reviewer", "guess", address="10.0.0.2", HTTP_X_FORWARDED_FOR=ATTACKER_ADDRESS)
    assert is_lockout(response)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER_ADDRESS}
    # The reviewer, through the same proxy from their own address, signs in.
    response = sign_in(proxy, "rita-reviewer", address="10.0.0.2", HTTP_X_FORWARDED_FOR=REVIEWER_ADDRESS)
    assert response.status_code == 302


def test_an_administrator_unlocks_from_the_admin(client, staff, admin_user):
    locked_out = Client()
    for _ in range(5):
        sign_in(locked_out, "rita-reviewer", "wrong password")
    attempt = AccessAttempt.objects.get(username="rita-reviewer")

    client.force_login(admin_user)
    listing = client.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert b"rita-reviewer" in listing.content
    response = client.post(f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()

    assert sign_in(locked_out, "rita-reviewer").status_code == 302


def test_axes_reset_command_unlocks_too(staff):
    for _ in range(5):
        sign_in(Client(), "rita-reviewer", "wrong password")
    assert is_lockout(sign_in(Client(), "rita-reviewer"))
    call_command("axes_reset_username", "rita-reviewer", stdout=StringIO())
    assert sign_in(Client(), "rita-reviewer").status_code == 302


def test_a_successful_sign_in_clears_earlier_failures(client, staff):
    for _ in range(4):
        sign_in(client, "rita-reviewer", "wrong password")
    assert sign_in(client, "rita-reviewer").status_code == 302
    client.post("/admin/logout/")
    for _ in range(4):
        assert sign_in(client, "rita-reviewer", "wrong password").status_code == 200
    assert sign_in(client, "rita-reviewer").status_code == 302


# --- Passwords ----------------------------------------------------------------------------------


def test_password_rules(staff):
    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("Xk7#mQ2!vR9p"[:11], staff)
    with pytest.raises(ValidationError, match="too common"):
        validate_password("password1234", staff)
    with pytest.raises(ValidationError, match="entirely numeric"):
        validate_password("839201746152", staff)
    with pytest.raises(ValidationError, match="too similar"):
        validate_password("rita-reviewer", staff)
    validate_password("Xk7#mQ2!vR9p", staff)  # 12 characters, none of the above


# --- Session lifetime ---------------------------------------------------------------------------


def shift_session(client, **seconds_earlier):
    session = client.session
    for key, seconds in seconds_earlier.items():
        session[key] -= seconds
    session.save()


def test_a_session_ends_after_30_minutes_without_a_request(client, staff):
    client.force_login(staff)
    assert client.get(HOME).status_code == 200

    shift_session(client, portal_last_seen_at=29 * 60)
    assert client.get(HOME).status_code == 200  # 29 minutes idle: still signed in (and seen again now)

    shift_session(client, portal_last_seen_at=31 * 60)
    response = client.get(HOME, follow=True)
    assert response.redirect_chain[-1][0].startswith(LOGIN)
    assert b"signed out after 30 minutes without activity" in response.content
    assert "_auth_user_id" not in client.session


def test_a_session_ends_8_hours_after_sign_in_however_busy(client, staff):
    client.force_login(staff)
    assert client.get(HOME).status_code == 200
    shift_session(client, portal_signed_in_at=8 * 60 * 60 - 60)
    assert client.get(HOME).status_code == 200
    shift_session(client, portal_signed_in_at=120)  # now 8 hours and a minute ago; last request just now
    response = client.get(HOME, follow=True)
    assert response.redirect_chain[-1][0].startswith(LOGIN)
    assert b"signed out 8 hours after signing in" in response.content


def test_sign_in_stamps_the_session(client, staff):
    sign_in(client, "rita-reviewer")
    session = client.session
    assert session[auth.SIGNED_IN_AT] == session[auth.LAST_SEEN_AT]


def test_the_session_cookie_lasts_no_longer_than_8_hours(client, staff, settings):
    response = sign_in(client, "rita-reviewer")
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 8 * 60 * 60


def test_a_password_change_signs_out_the_other_sessions(client, staff):
    elsewhere = Client()
    elsewhere.force_login(staff)
    client.force_login(staff)
    assert elsewhere.get(HOME).status_code == 200

    new_password = "a new and long passphrase 42"
    response = client.post(
        "/admin/password_change/",
        {"old_password": PASSWORD, "new_password1": new_password, "new_password2": new_password},
    )
    assert response.status_code == 302, response.content

    assert client.get(HOME).status_code == 200  # the session that changed it stays
    response = elsewhere.get(HOME)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_anonymous_readers_still_get_no_cookie_and_no_session(client, live):
    from django.contrib.sessions.models import Session

    for url in ("/", f"/articles/{live.item.slug}/", "/medicines/", "/support/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
        assert "Cookie" not in response.get("Vary", ""), url
    assert not Session.objects.exists()


# --- Two-factor ---------------------------------------------------------------------------------


def test_staff_without_a_device_reach_nothing_but_enrolment(client, staff):
    response = sign_in(client, "rita-reviewer")
    assert response.status_code == 302
    for url in (HOME, "/admin/articles/revision/queue/", "/admin/auth/user/", "/admin/password_change/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(TWO_FACTOR), url
    response = client.get(HOME, follow=True)
    assert response.status_code == 200
    assert b"Set up two-factor sign-in" in response.content


def test_two_factor_is_optional_when_not_required(client, staff, settings):
    """Development (debug on) does not require it, so the demo accounts of `make run` work."""
    settings.STAFF_TWO_FACTOR_REQUIRED = False
    sign_in(client, "rita-reviewer")
    assert client.get(HOME).status_code == 200


def test_two_factor_is_required_with_debug_off():
    from django.conf import settings

    assert settings.DEBUG is False
    assert settings.STAFF_TWO_FACTOR_REQUIRED is True


def test_enrolment_shows_a_qr_code_drawn_on_our_own_host(client, staff):
    sign_in(client, "rita-reviewer")
    response = client.get(TWO_FACTOR)
    assert response.status_code == 200
    page = response.content.decode()
    assert '<img src="/admin/two-factor/qr.svg"' in page
    assert "<script>" not in page  # nothing inline: the CSP allows scripts from our own files only
    assert "script-src 'self'" in response["Content-Security-Policy"]
    device = TOTPDevice.objects.get(user=staff)
    assert not device.confirmed
    assert auth.authenticator_secret(device) in page

    image = client.get("/admin/two-factor/qr.svg")
    assert image.status_code == 200
    assert image["Content-Type"] == "image/svg+xml"
    assert image.content.startswith(b"<svg")
    assert "no-store" in image["Cache-Control"]

    # Reloading the page keeps the same secret (the phone may already have scanned it).
    assert auth.authenticator_secret(device) in client.get(TWO_FACTOR).content.decode()
    assert TOTPDevice.objects.filter(user=staff).count() == 1

    # Nobody else gets the image.
    assert Client().get("/admin/two-factor/qr.svg").status_code == 404


def test_a_right_code_confirms_the_device_and_shows_recovery_codes_once(client, staff):
    sign_in(client, "rita-reviewer")
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(user=staff)

    response = client.post(TWO_FACTOR, {"action": "enrol", "code": "000000", "next": HOME})
    assert response.status_code == 200
    assert b"That code is not right" in response.content
    device.refresh_from_db()
    assert not device.confirmed
    device.throttle_reset()  # a wrong code pauses the device for a second

    response = client.post(TWO_FACTOR, {"action": "enrol", "code": code_for(device), "next": HOME})
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/recovery-codes/"
    device.refresh_from_db()
    assert device.confirmed

    page = client.get("/admin/two-factor/recovery-codes/").content.decode()
    codes = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", page)
    assert len(codes) == 10
    assert StaticToken.objects.filter(device__user=staff).count() == 10
    # Shown once: the next visit has nothing to show.
    assert client.get("/admin/two-factor/recovery-codes/")["Location"] == TWO_FACTOR
    # The session has passed two-factor: the workspace opens.
    assert client.get(HOME).status_code == 200
    assert client.get("/admin/articles/revision/queue/").status_code == 200


def test_sign_in_with_a_device_needs_its_code(client, staff):
    device, _codes = enrolled(staff)
    response = sign_in(client, "rita-reviewer")
    assert response.status_code == 200
    assert b"Enter the 6-digit code from your authenticator app" in response.content
    assert "_auth_user_id" not in client.session

    response = sign_in(client, "rita-reviewer", code=code_for(device))
    assert response.status_code == 302
    assert client.get(HOME).status_code == 200


def test_a_wrong_code_counts_towards_the_lockout(client, staff):
    enrolled(staff)
    response = sign_in(client, "rita-reviewer", code="123456")
    assert b"That code is not right" in response.content or b"wait a minute" in response.content
    attempt = AccessAttempt.objects.get(username="rita-reviewer")
    assert attempt.failures_since_start == 1
    assert "123456" not in attempt.post_data  # codes and passwords are never stored
    assert PASSWORD not in attempt.post_data
    for _ in range(4):
        response = sign_in(client, "rita-reviewer", code="123456")
    assert is_lockout(response)


def test_a_recovery_code_signs_in_once(client, staff):
    _device, codes = enrolled(staff)
    response = sign_in(client, "rita-reviewer", code=codes[0].upper())
    assert response.status_code == 302
    assert client.get(HOME).status_code == 200
    assert StaticToken.objects.filter(device__user=staff).count() == 9

    client.post("/admin/logout/")
    StaticDevice.objects.filter(user=staff).update(throttling_failure_count=0)
    response = sign_in(client, "rita-reviewer", code=codes[0])
    assert response.status_code == 200
    assert b"That code is not right" in response.content

    # Another one works, typed with spaces and without the hyphen.
    StaticDevice.objects.filter(user=staff).update(throttling_failure_count=0)  # a wrong code pauses a second
    response = sign_in(client, "rita-reviewer", code=f" {codes[1].replace('-', ' ')} ")
    assert response.status_code == 302


def test_a_password_alone_cannot_add_a_device_beside_an_existing_one(client, staff):
    device, _codes = enrolled(staff)
    # A session that has passed the password only.
    sign_in(client, "rita-reviewer", code=code_for(device))
    session = client.session
    del session["otp_device_id"]
    session.save()

    response = client.get(f"{TWO_FACTOR}?replace=1")
    assert b"Enter your authentication code" in response.content
    assert b"qr.svg" not in response.content
    assert client.get("/admin/two-factor/qr.svg").status_code == 404
    # Whatever is posted, the only thing a right code does is pass two-factor with the existing device.
    response = client.post(TWO_FACTOR, {"action": "enrol", "code": code_for(device, 1)})
    assert response.status_code == 302
    assert list(TOTPDevice.objects.filter(user=staff)) == [device]


def test_an_unverified_session_with_a_device_is_asked_for_the_code(client, staff):
    sign_in(client, "rita-reviewer")  # password only, no device yet
    device, _codes = enrolled(staff)  # then an administrator enrols them from the terminal
    response = client.get("/admin/auth/user/")
    assert response["Location"] == f"{TWO_FACTOR}?next=%2Fadmin%2Fauth%2Fuser%2F"
    response = client.post(TWO_FACTOR, {"action": "verify", "code": code_for(device), "next": "/admin/articles/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/articles/"
    assert client.get(HOME).status_code == 200


def test_wrong_codes_on_the_code_page_lock_out_too(client, staff):
    sign_in(client, "rita-reviewer")
    device, _codes = enrolled(staff)
    for _ in range(5):
        TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
        response = client.post(TWO_FACTOR, {"action": "verify", "code": "000000"})
    assert is_lockout(response)
    response = client.post(TWO_FACTOR, {"action": "verify", "code": code_for(device)})
    assert is_lockout(response)
    assert "_auth_user_id" not in client.session  # signed out: the password step comes again, after the wait


def test_the_status_page_makes_new_recovery_codes(client, staff):
    client.force_login(staff)
    old_codes = auth.replace_recovery_codes(staff)
    response = client.get(TWO_FACTOR)
    assert b"Two-factor sign-in is on" in response.content
    assert b"You have 10 unused recovery codes." in response.content

    response = client.post(TWO_FACTOR, {"action": "recovery-codes"})
    assert response["Location"] == "/admin/two-factor/recovery-codes/"
    page = client.get(response["Location"]).content.decode()
    new_codes = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", page)
    assert len(new_codes) == 10
    assert not set(new_codes) & set(old_codes)
    assert auth.check_code(staff, old_codes[0]) == (None, False)
    StaticDevice.objects.filter(user=staff).update(throttling_failure_count=0)
    assert auth.check_code(staff, new_codes[0])[0] is not None


def test_the_next_address_stays_on_this_site(client, staff):
    client.force_login(staff)
    response = client.post(TWO_FACTOR, {"action": "recovery-codes", "next": "https://evil.example/"})
    page = client.get(response["Location"]).content.decode()
    assert "evil.example" not in page
    assert 'href="/admin/"' in page


def test_enrol_totp_prints_the_secret_and_recovery_codes(staff):
    output = StringIO()
    call_command("enrol_totp", "rita-reviewer", stdout=output)
    text = output.getvalue()
    device = TOTPDevice.objects.get(user=staff, confirmed=True)
    assert "otpauth://totp/Stage%204%20Breast%20Cancer%20Guide%3Arita-reviewer?secret=" in text
    assert "issuer=Stage%204%20Breast%20Cancer%20Guide" in text
    assert auth.authenticator_secret(device) in text
    assert "█" in text or "▀" in text  # the QR code, drawn in the terminal
    codes = re.findall(r"^  ([a-z0-9]{5}-[a-z0-9]{5})$", text, flags=re.MULTILINE)
    assert len(codes) == 10
    assert auth.check_code(staff, codes[0])[0] is not None
    assert auth.check_code(staff, code_for(device))[0] == device


def test_enrol_totp_refuses_to_replace_a_device_unless_asked(staff):
    call_command("enrol_totp", "rita-reviewer", "--no-qr", stdout=StringIO())
    first = TOTPDevice.objects.get(user=staff)
    with pytest.raises(CommandError, match="already has two-factor sign-in"):
        call_command("enrol_totp", "rita-reviewer", stdout=StringIO())
    output = StringIO()
    call_command("enrol_totp", "rita-reviewer", "--replace", "--no-qr", stdout=output)
    assert "█" not in output.getvalue()
    assert not TOTPDevice.objects.filter(pk=first.pk).exists()
    assert TOTPDevice.objects.filter(user=staff, confirmed=True).count() == 1
    assert StaticToken.objects.filter(device__user=staff).count() == 10


def test_enrol_totp_is_for_staff_accounts(db):
    from django.contrib.auth.models import User

    User.objects.create_user("reader", password=None)
    with pytest.raises(CommandError, match="not an active staff account"):
        call_command("enrol_totp", "reader", stdout=StringIO())
    with pytest.raises(CommandError, match="There is no user"):
        call_command("enrol_totp", "nobody", stdout=StringIO())
