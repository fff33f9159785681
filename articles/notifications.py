"""Emails to staff about the review workflow. No patient data exists, so none is ever sent.

The services call these after their transaction commits, so a rolled-back action sends nothing.
"""

import contextlib
import contextvars

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from articles.models import DecisionOutcome, ReviewDecision, ReviewedItem, Revision


def _link(name: str, *args) -> str:
    return settings.SITE_URL + reverse(name, args=args)


def reviewers(exclude=None):
    """Active staff who may approve content and have an email address."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__codename="review_content")
            | Q(user_permissions__codename="review_content")
        )
        .distinct()
        .order_by("pk")
    )
    return users.exclude(pk=exclude.pk) if exclude else users


_held_back = contextvars.ContextVar("notifications_held_back", default=False)


@contextlib.contextmanager
def held_back():
    """Send no e-mail for what happens inside: loading the sample content submits and approves dozens
    of pages at once, and staff are told of what people do, not of sample content arriving. Wrap the
    transaction too, since the messages go when it commits."""
    token = _held_back.set(True)
    try:
        yield
    finally:
        _held_back.reset(token)


def _send(subject: str, body: str, recipients) -> int:
    if _held_back.get():
        return 0
    # One message each: no reviewer sees the others' addresses.
    messages = [(subject, body, settings.DEFAULT_FROM_EMAIL, [email]) for email in recipients if email]
    return send_mass_mail(messages, fail_silently=False) if messages else 0


def revision_submitted(revision_pk: int) -> int:
    revision = Revision.objects.select_related("item", "author").get(pk=revision_pk)
    subject = _("Waiting for review: %(title)s (version %(number)s)") % {
        "title": revision.title,
        "number": revision.number,
    }
    body = "\n".join(
        [
            _("%(author)s submitted a page for review.") % {"author": revision.author.get_username()},
            "",
            f"{revision.title} ({revision.item.get_kind_display()}, {_('version')} {revision.number})",
            _("What changed: %(summary)s") % {"summary": revision.change_summary},
            "",
            _("Review it: %(link)s") % {"link": _link("admin:articles_revision_review", revision.pk)},
            _("The review queue: %(link)s") % {"link": _link("admin:articles_review_queue")},
        ]
    )
    recipients = reviewers(exclude=revision.author)
    if revision.language != "en":  # a translation: the reviewers who may approve it, holding its language
        recipients = recipients.filter(reviewer_profile__languages__contains=[revision.language])
    return _send(subject, body, recipients.values_list("email", flat=True))


def revision_decided(decision_pk: int) -> int:
    decision = ReviewDecision.objects.select_related("revision__item", "revision__author").get(pk=decision_pk)
    revision = decision.revision
    approved = decision.outcome == DecisionOutcome.APPROVED
    subject = (_("Approved and published: %(title)s") if approved else _("Changes requested: %(title)s")) % {
        "title": revision.title
    }
    lines = [
        _("%(name)s (%(credentials)s) decided on version %(number)s: %(outcome)s.")
        % {
            "name": decision.reviewer_name,
            "credentials": decision.reviewer_credentials,
            "number": revision.number,
            "outcome": decision.get_outcome_display(),
        },
    ]
    if decision.comment:
        lines += ["", _("Comment:"), decision.comment]
    lines += ["", _("See it: %(link)s") % {"link": _link("admin:articles_revision_review", revision.pk)}]
    return _send(subject, "\n".join(lines), [revision.author.email])


def review_digest(items: list[ReviewedItem], today) -> int:
    """The weekly list of pages overdue or due soon, to every reviewer."""
    if not items:
        return 0
    lines = [_("Pages due for clinical review:"), ""]
    for item in items:
        state = _("OVERDUE since") if item.next_review_due < today else _("due")
        lines.append(f"- {item.live_revision.title}: {state} {item.next_review_due:%Y-%m-%d}")
        lines.append(f"  {_link('admin:articles_item_history', item.pk)}")
    subject = _("%(count)s page(s) due for review") % {"count": len(items)}
    return _send(subject, "\n".join(lines), reviewers().values_list("email", flat=True))
