"""Translations as reviewed content (issue 22): the workflow rules, in the services and the database."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction

from articles import services
from articles.models import ItemTranslation, ReviewDecision, ReviewerProfile, Revision, RevisionStatus
from tests.articles.translation_fixtures import SPANISH_ARTICLE, publish_translation, translate
from tests.content import save_edit

pytestmark = pytest.mark.django_db


def test_a_translation_is_a_revision_in_spanish_tied_to_the_english_version(live, translator):
    draft = translate(live, translator)
    assert (draft.language, draft.number, draft.translation_of_id) == ("es", 1, live.pk)
    assert draft.title == SPANISH_ARTICLE["title"]
    # Tags and references come from the English version translated.
    assert draft.hr_status == live.hr_status
    assert [r.url for r in draft.references.all()] == [r.url for r in live.references.all()]
    live.item.refresh_from_db()
    assert live.item.live_revision_id == live.pk  # the English page is untouched


def test_only_translators_write_translations(live, author, reviewer):
    for user in (author, reviewer):
        with pytest.raises(PermissionDenied):
            translate(live, user)
    assert not Revision.objects.filter(language="es").exists()


def test_a_translator_cannot_write_english(live, translator):
    with pytest.raises(PermissionDenied):
        save_edit(live, translator, title="Changed")


def test_translation_of_must_be_an_approved_english_version_of_the_same_item(live, translator, author):
    newer = save_edit(live, author, title="Draft, not approved")
    with pytest.raises(ValidationError):
        translate(newer, translator)
    assert not Revision.objects.filter(language="es").exists()


def test_the_database_requires_translation_of_for_a_translation(live, translator):
    with pytest.raises(IntegrityError), transaction.atomic():
        Revision.objects.create(
            item=live.item, number=1, author=translator, language="es", title="x", summary="x", change_summary="x"
        )


def test_the_database_refuses_a_translation_of_another_item_or_of_a_translation(
    live, translator, spanish_reviewer, topic, author, reviewer
):
    from tests.content import article_content, publish, reference

    other = publish("article", "other-page", author, reviewer, article_content(), [reference(1)], topic=topic)
    with pytest.raises(IntegrityError), transaction.atomic():
        Revision.objects.create(
            item=live.item, number=1, author=translator, language="es", translation_of_id=other.live_revision_id,
            title="x", summary="x", change_summary="x",
        )  # fmt: skip
    spanish = publish_translation(live, translator, spanish_reviewer)
    with pytest.raises(IntegrityError), transaction.atomic():
        Revision.objects.create(
            item=live.item, number=2, author=translator, language="es", translation_of=spanish,
            title="x", summary="x", change_summary="x",
        )  # fmt: skip


def test_approval_needs_a_verified_profile_holding_the_language(live, translator, reviewer, spanish_reviewer):
    draft = translate(live, translator)
    services.revision_submit(revision=draft, user=translator)
    with pytest.raises(ValidationError, match="does not hold"):
        services.revision_approve(revision=draft, reviewer=reviewer)  # English only
    assert services.approval_refusal(revision=draft, user=reviewer)
    # ... and the database refuses it too, however the decision is written.
    with pytest.raises(IntegrityError), transaction.atomic():
        ReviewDecision.objects.create(
            revision=draft, reviewer=reviewer, reviewer_name="R", reviewer_credentials="MD", outcome="approved"
        )
    ReviewerProfile.objects.filter(user=spanish_reviewer).update(credentials_verified_at=None)
    with pytest.raises(ValidationError):
        services.revision_approve(revision=draft, reviewer=spanish_reviewer)
    draft.refresh_from_db()
    assert draft.status == RevisionStatus.IN_REVIEW


def test_changing_a_reviewers_languages_needs_verifying_again(spanish_reviewer, superuser):
    profile = ReviewerProfile.objects.get(user=spanish_reviewer)
    profile.languages = ["en"]
    services.reviewer_profile_save(profile=profile, user=superuser, changed_fields=["languages"])
    profile.refresh_from_db()
    assert not profile.is_verified


def test_four_eyes_a_translator_never_approves_their_own_translation(live, translator, spanish_reviewer):
    from django.contrib.auth.models import Group

    from portal import roles

    translator.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
    ReviewerProfile.objects.create(
        user=translator, display_name="T", credentials="RN", languages=["es"], credentials_verified_at=live.created_at
    )
    draft = translate(live, translator)
    services.revision_submit(revision=draft, user=translator)
    with pytest.raises(ValidationError, match="four eyes"):
        services.revision_approve(revision=draft, reviewer=translator)
    with pytest.raises(IntegrityError, match="four eyes"), transaction.atomic():
        ReviewDecision.objects.create(
            revision=draft, reviewer=translator, reviewer_name="T", reviewer_credentials="RN", outcome="approved"
        )
    services.revision_approve(revision=draft, reviewer=spanish_reviewer)
    assert ItemTranslation.objects.get(item=live.item, language="es").live_revision_id == draft.pk


def test_four_eyes_is_per_language(topic, author_reviewer, reviewer, translator):
    """Whoever wrote the English page may approve its translation: its writer is the translator."""
    from tests.content import article_content, publish, reference

    item = publish("article", "written-by-nora", author_reviewer, reviewer, article_content(), [reference(1)], topic)
    ReviewerProfile.objects.filter(user=author_reviewer).update(languages=["en", "es"])
    draft = services.revision_submit(revision=translate(item.live_revision, translator), user=translator)
    assert services.approval_refusal(revision=draft, user=author_reviewer) is None
    services.revision_approve(revision=draft, reviewer=author_reviewer)


def test_a_submitted_translation_is_immutable(live, translator):
    draft = translate(live, translator)
    services.revision_submit(revision=draft, user=translator)
    with pytest.raises(Exception, match="revision_content_is_write_once|protect"), transaction.atomic():
        Revision.objects.filter(pk=draft.pk).update(title="Changed after submission")
    with connection.cursor() as cursor, pytest.raises(Exception, match="write_once|protect"), transaction.atomic():
        cursor.execute("UPDATE articles_revision SET translation_of_id = NULL WHERE id = %s", [draft.pk])


def test_request_changes_and_a_new_translation_version(live, translator, spanish_reviewer):
    draft = translate(live, translator)
    services.revision_submit(revision=draft, user=translator)
    services.revision_request_changes(revision=draft, reviewer=spanish_reviewer, comment="Use “usted”.")
    second = translate(live, translator, title="Terapia hormonal")
    assert (second.number, second.based_on_id) == (2, draft.pk)
    services.revision_submit(revision=second, user=translator)
    services.revision_approve(revision=second, reviewer=spanish_reviewer)
    assert ItemTranslation.objects.get(item=live.item, language="es").live_revision_id == second.pk


def test_an_english_edit_and_a_translation_are_in_review_at_once(live, author, translator):
    english = save_edit(live, author, title="Second English version")
    services.revision_submit(revision=english, user=author)
    spanish = translate(live, translator)
    services.revision_submit(revision=spanish, user=translator)
    assert Revision.objects.filter(item=live.item, status=RevisionStatus.IN_REVIEW).count() == 2


def test_the_live_translation_pointer_is_guarded_by_the_database(live, translator):
    draft = translate(live, translator)
    with pytest.raises(IntegrityError), transaction.atomic():
        ItemTranslation.objects.create(item=live.item, language="es", live_revision=draft)
    with pytest.raises(IntegrityError), transaction.atomic():
        ItemTranslation.objects.create(item=live.item, language="es", live_revision=live)  # English text


def test_a_safety_change_is_an_english_approval_only(live, translator, spanish_reviewer):
    draft = translate(live, translator)
    services.revision_submit(revision=draft, user=translator)
    with pytest.raises(ValidationError):
        services.revision_approve(revision=draft, reviewer=spanish_reviewer, safety_change=True)


def test_withdrawing_the_english_page_withdraws_its_translations(live, translator, spanish_reviewer, reviewer):
    spanish = publish_translation(live, translator, spanish_reviewer)
    services.item_withdraw(item=live.item, user=reviewer, reason="Out of date.")
    spanish.refresh_from_db()
    row = ItemTranslation.objects.get(item=live.item, language="es")
    assert (spanish.status, row.live_revision_id, row.withdrawn_at is not None) == ("withdrawn", None, True)


def test_spanish_sales_language_is_an_error_of_the_quality_gate(live, translator):
    draft = translate(live, translator, body="Compre ahora con envío gratis y un gran descuento [1].")
    findings = services.revision_findings(draft)
    assert any(f.rule == "advertising" and f.severity == "error" for f in findings)


def test_spanish_readability_uses_fernandez_huerta(live, translator):
    hard = (
        "La administración concomitante de inhibidores farmacológicos de las ciclinas dependientes de cinasas "
        "incrementa considerablemente la probabilidad de manifestaciones hematológicas desfavorables. "
    ) * 6
    draft = translate(live, translator, body=hard + " [1]")
    findings = [f for f in services.revision_findings(draft) if f.rule == "readability"]
    assert findings
    assert "Fernández-Huerta" in findings[0].message


def test_spanish_citations_are_checked(live, translator):
    with pytest.raises(ValidationError, match="no such reference"):
        translate(live, translator, body="La terapia hormonal bloquea el estrógeno [7].")


def test_translations_are_in_the_audit_trail(live, translator, spanish_reviewer):
    from articles.models import ItemTranslationEvent, RevisionEvent

    spanish = publish_translation(live, translator, spanish_reviewer)
    saved = RevisionEvent.objects.filter(pgh_obj_id=spanish.pk, pgh_label="insert").get()
    assert (saved.language, saved.translation_of_id, saved.pgh_context.metadata["action"]) == (
        "es",
        live.pk,
        "revision_save",
    )
    approved = ItemTranslationEvent.objects.filter(live_revision_id=spanish.pk).latest("pgh_id")
    assert approved.pgh_context.metadata["action"] == "revision_approve"
    assert approved.pgh_context.metadata["user"] == spanish_reviewer.pk


def test_a_translation_is_submitted_to_the_reviewers_who_hold_its_language(
    live, translator, spanish_reviewer, django_capture_on_commit_callbacks
):
    from django.core import mail

    draft = translate(live, translator)
    with django_capture_on_commit_callbacks(execute=True):
        services.revision_submit(revision=draft, user=translator)
    assert [m.to for m in mail.outbox] == [[spanish_reviewer.email]]  # not the English-only reviewer
