"""The security event log: one JSON line per staff event, with who did it and never a secret."""

import json
import logging

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from articles import services
from articles.models import Revision
from portal.admin_helpers import run_for_each
from portal.security_log import security_event
from resources.services import service_mark_verified
from tests.resources.listings import make_service

PASSWORD = "correct-horse-battery-staple-42"


@pytest.fixture
def events(caplog):
    """The security events logged so far, parsed: each must be exactly one line of JSON."""
    caplog.set_level(logging.INFO, logger="portal.security")

    def logged() -> list[dict]:
        lines = [record.getMessage() for record in caplog.records if record.name == "portal.security"]
        assert all("\n" not in line for line in lines)
        return [json.loads(line) for line in lines]

    return logged


def only(events_logged: list[dict], event: str) -> dict:
    [found] = [entry for entry in events_logged if entry["event"] == event]
    return found


def test_an_event_is_one_json_line_with_the_user_and_details(events, author):
    security_event("something_checked", user=author, item=7, note="two\nlines", tags=("a", "b"))
    [entry] = events()
    assert entry["event"] == "something_checked"
    assert entry["user"] == "ada-author"
    assert entry["item"] == 7
    assert entry["note"] == "two\nlines"  # escaped in the JSON: still one line
    assert entry["tags"] == ["a", "b"]
    assert entry["time"].endswith("Z")


@pytest.mark.parametrize("user", [None, AnonymousUser()])
def test_no_user_is_a_dash(events, user):
    security_event("lockout", user=user, level=logging.WARNING)
    [entry] = events()
    assert entry["user"] == "-"


def test_secrets_addresses_and_queries_are_never_written(events, caplog, author):
    security_event(
        "two_factor_failed", user=author, level=logging.WARNING, password="hunter2-secret", otp_code="123456",
        token="tok-abc", api_key="key-xyz", ip_address="203.0.113.9", remote_addr="198.51.100.7",
        query_string="q=my+diagnosis", user_agent="Mozilla/5.0", attempts=3,
    )  # fmt: skip
    [entry] = events()
    assert entry == {"time": entry["time"], "event": "two_factor_failed", "user": "ada-author", "attempts": 3}
    for secret in ("hunter2", "123456", "tok-abc", "key-xyz", "203.0.113.9", "198.51.100.7", "diagnosis", "Mozilla"):
        assert secret not in caplog.text
    assert caplog.records[-1].levelno == logging.WARNING


def test_a_failed_sign_in_is_logged_with_the_name_typed_and_without_the_password(events, caplog, author):
    request = RequestFactory().post("/admin/login/")
    assert authenticate(request=request, username="ada-author", password="wrong-password-for-ada") is None
    entry = only(events(), "login_failed")
    assert entry["user"] == "-"
    assert entry["attempted_username"] == "ada-author"
    assert "wrong-password-for-ada" not in caplog.text
    assert "password" not in json.dumps(entry)  # not even Django's starred-out placeholder


def test_a_successful_sign_in_is_logged_with_the_user(events, client, author):
    client.force_login(author)
    entry = only(events(), "login")
    assert entry["user"] == "ada-author"


def test_an_approval_is_logged_once_committed(events, in_review, reviewer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.revision_approve(revision=in_review, reviewer=reviewer)
    entry = only(events(), "revision_approved")
    assert entry["user"] == "rita-reviewer"
    assert entry["revision"] == in_review.pk
    assert entry["item"] == in_review.item_id
    assert entry["slug"] == "hormone-therapy-basics"


def test_a_withdrawal_is_logged(events, live, reviewer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.item_withdraw(item=live.item, user=reviewer, reason="A serious error was found.")
    entry = only(events(), "item_withdrawn")
    assert entry["user"] == "rita-reviewer"
    assert entry["item"] == live.item_id
    assert "reason" not in entry


def test_marking_a_listing_verified_is_logged(events, directory_admin, django_capture_on_commit_callbacks):
    service = make_service()
    with django_capture_on_commit_callbacks(execute=True):
        service_mark_verified(service=service, user=directory_admin)
    entry = only(events(), "listing_verified")
    assert entry["user"] == "dora-directory"
    assert entry["service"] == str(service.pk)


class RecordingAdmin:
    def __init__(self):
        self.messages = []

    def message_user(self, request, message, level):
        self.messages.append(message)


def test_a_refused_admin_action_is_logged_as_permission_denied(events, in_review, author):
    request = RequestFactory().post("/admin/articles/revision/", {"action": "approve"})
    request.user = author
    modeladmin = RecordingAdmin()
    run_for_each(
        modeladmin, request, Revision.objects.filter(pk=in_review.pk),
        lambda revision: services.revision_approve(revision=revision, reviewer=author), str,
    )  # fmt: skip
    assert modeladmin.messages == [f"{in_review}: You do not have permission to approve content."]
    entry = only(events(), "permission_denied")
    assert entry == {
        "time": entry["time"], "event": "permission_denied", "user": "ada-author", "admin_action": "approve",
        "model": "articles.revision", "object": in_review.pk,
        "reason": "You do not have permission to approve content.",
    }  # fmt: skip


def test_a_refusal_for_invalid_input_is_not_a_security_event(events, live, reviewer):
    request = RequestFactory().post("/admin/articles/revision/", {"action": "approve"})
    request.user = reviewer
    modeladmin = RecordingAdmin()
    run_for_each(
        modeladmin, request, Revision.objects.filter(pk=live.pk),
        lambda revision: services.revision_approve(revision=revision, reviewer=reviewer), str,
    )  # fmt: skip
    assert len(modeladmin.messages) == 1  # already approved: a ValidationError, not a refusal of rights
    assert [entry["event"] for entry in events()] == []


def test_a_lockout_and_a_wrong_two_factor_code_are_logged_as_warnings(events, caplog, db):
    from portal.auth import lockout_response, record_failed_code

    request = RequestFactory().post("/admin/login/", {"username": "rita-reviewer", "password": "guess-guess-1"})
    request.user = AnonymousUser()
    assert lockout_response(request, credentials={"username": "rita-reviewer"}).status_code == 429
    record_failed_code(RequestFactory().post("/admin/two-factor/"), "rita-reviewer")
    logged = events()
    assert only(logged, "lockout")["username"] == "rita-reviewer"
    assert only(logged, "two_factor_failed")["username"] == "rita-reviewer"
    assert all(record.levelno == logging.WARNING for record in caplog.records if "lockout" in record.getMessage())
    assert "guess-guess-1" not in caplog.text
