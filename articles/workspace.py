"""The reviewer workspace in the Django admin: queue, revision page, history, editor.

Views collect input and show outcomes; every change goes through articles.services, which check
permissions again. Mounted under /admin/articles/revision/ by RevisionAdmin.get_urls().
"""

from csp.constants import SELF
from csp.decorators import csp_replace
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.clickjacking import xframe_options_sameorigin

from articles import lint, selectors, services
from articles.diff import revision_changes, unchanged_fields
from articles.forms import (
    ApproveForm,
    ConfirmReviewForm,
    ReferenceFormSet,
    RequestChangesForm,
    RevisionForm,
    WithdrawForm,
    revision_initial,
)
from articles.labels import selectors as label_selectors
from articles.labels.views import LabelWorkspace
from articles.models import (
    ENGLISH,
    TRANSLATION_LANGUAGES,
    ContentKind,
    Language,
    ReviewedItem,
    Revision,
    RevisionMedicine,
    RevisionStatus,
)

VIEW_PERMISSION = "articles.view_revision"


def _messages_of(error: ValidationError | PermissionDenied) -> list[str]:
    return error.messages if isinstance(error, ValidationError) else [str(error) or _("Not allowed.")]


def _attach_errors(error: ValidationError, form, formset=None) -> None:
    """Show a service's refusal on the form: by field where the form has it, otherwise at the top."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, field_errors in error.message_dict.items():
        if field == "references" and formset is not None:
            formset._non_form_errors = formset.error_class(list(formset.non_form_errors()) + field_errors)
        elif field in form.fields:
            form.add_error(field, field_errors)
        else:
            form.add_error(None, field_errors)


def _confirm_submission_with_errors(request, revision: Revision) -> None:
    """An author submits a version with editorial errors only after ticking that they know (no
    JavaScript needed: the box is part of the submit form, and checked here again)."""
    errors = len(lint.errors(services.revision_findings(revision)))
    if errors and request.POST.get("confirm_errors") != str(errors):
        raise ValidationError(
            ngettext(
                "This version has %(n)d editorial error. Read it above, then tick “Submit with %(n)d error” to "
                "send it to the reviewers anyway, or edit it first.",
                "This version has %(n)d editorial errors. Read them above, then tick “Submit with %(n)d errors” to "
                "send it to the reviewers anyway, or edit it first.",
                errors,
            )
            % {"n": errors}
        )


class ReviewWorkspace:
    def __init__(self, admin_site):
        self.admin_site = admin_site

    def urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("queue/", wrap(self.queue), name="articles_review_queue"),
            path("<int:pk>/review/", wrap(self.revision_review), name="articles_revision_review"),
            path("<int:pk>/preview/", wrap(self.revision_preview), name="articles_revision_preview"),
            path("item/<int:item_pk>/history/", wrap(self.item_history), name="articles_item_history"),
            path("item/<int:item_pk>/edit/", wrap(self.item_edit), name="articles_item_edit"),
            path("new/<slug:kind>/", wrap(self.item_new), name="articles_item_new"),
            path("translations/<slug:language>/", wrap(self.translation_queue), name="articles_translation_queue"),
            path(
                "item/<int:item_pk>/translate/<slug:language>/",
                wrap(self.item_translate),
                name="articles_item_translate",
            ),
            path("labels/", include(LabelWorkspace(self.admin_site).urls())),
        ]

    def _render(self, request, template, context):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        context = {**self.admin_site.each_context(request), **context}
        return TemplateResponse(request, f"admin/articles/workspace/{template}", context)

    # --- Queue ------------------------------------------------------------------------------------

    def queue(self, request):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        queue = selectors.review_queue(request.user)
        for revision in queue.waiting:
            findings = services.revision_findings(revision)
            revision.error_count = len(lint.errors(findings))
            revision.warning_count = len(findings) - revision.error_count
        return self._render(
            request,
            "queue.html",
            {
                "title": _("Review queue"),
                "queue": queue,
                "due_soon_days": selectors.DUE_SOON_DAYS,
                "kinds": ContentKind.choices,
                "can_author": request.user.has_perm(services.AUTHOR_PERMISSION),
                "can_translate": request.user.has_perm(services.TRANSLATE_PERMISSION),
            },
        )

    # --- One revision -----------------------------------------------------------------------------

    def revision_review(self, request, pk):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        revision = get_object_or_404(Revision.objects.select_related("item", "author", "based_on"), pk=pk)
        approve_form = ApproveForm(prefix="approve", language=revision.language)
        changes_form = RequestChangesForm(prefix="changes")
        if request.method == "POST":
            action = request.POST.get("action")
            try:
                if action == "submit":
                    _confirm_submission_with_errors(request, revision)
                    services.revision_submit(revision=revision, user=request.user)
                    messages.success(request, _("Submitted for review. The reviewers have been told."))
                    found = services.revision_findings(revision)
                    if found:
                        errors = len(lint.errors(found))
                        warnings = len(found) - errors
                        counts = {
                            "errors": ngettext("%(n)d error", "%(n)d errors", errors) % {"n": errors},
                            "warnings": ngettext("%(n)d warning", "%(n)d warnings", warnings) % {"n": warnings},
                        }
                        messages.warning(
                            request,
                            _("The editorial check found %(errors)s and %(warnings)s; the reviewer sees them too.")
                            % counts,
                        )
                    return redirect("admin:articles_revision_review", pk)
                if action == "approve":
                    approve_form = ApproveForm(request.POST, prefix="approve", language=revision.language)
                    if approve_form.is_valid():
                        overrides = {
                            name.removeprefix("override-"): reason
                            for name, reason in request.POST.items()
                            if name.startswith("override-")
                        }
                        services.revision_approve(
                            revision=revision, reviewer=request.user, comment=approve_form.cleaned_data["comment"],
                            next_review_due=approve_form.cleaned_data["next_review_due"], overrides=overrides,
                            safety_change=approve_form.cleaned_data.get("safety_change", False),
                        )  # fmt: skip
                        messages.success(request, _("Approved: this version is now what patients see."))
                        return redirect("admin:articles_revision_review", pk)
                elif action == "pull_back":
                    services.revision_pull_back(revision=revision, user=request.user)
                    messages.success(
                        request, _("Pulled back: no reviewer will decide on it. Edit to make a new draft.")
                    )
                    return redirect("admin:articles_revision_review", pk)
                elif action == "discard":
                    kept = services.revision_discard(revision=revision, user=request.user)
                    messages.success(request, _("Draft version %(n)s discarded.") % {"n": revision.number})
                    if kept is None:
                        return redirect("admin:articles_review_queue")
                    return redirect("admin:articles_item_history", kept.pk)
                elif action == "request_changes":
                    changes_form = RequestChangesForm(request.POST, prefix="changes")
                    if changes_form.is_valid():
                        services.revision_request_changes(
                            revision=revision, reviewer=request.user, comment=changes_form.cleaned_data["comment"]
                        )
                        messages.success(request, _("Sent back to the author with your comment."))
                        return redirect("admin:articles_revision_review", pk)
                else:
                    return HttpResponseNotAllowed(["GET"])
            except (ValidationError, PermissionDenied) as error:
                for message in _messages_of(error):
                    messages.error(request, message)
                try:
                    revision.refresh_from_db()
                except Revision.DoesNotExist:  # discarded by its author in another tab
                    raise Http404 from None

        item = revision.item
        findings = services.revision_findings(revision)
        live = selectors.live_revision_in(item, revision.language)
        baseline = selectors.diff_baseline(revision)
        changes = revision_changes(
            baseline,
            revision,
            live_references=list(baseline.references.all()) if baseline else [],
            references=list(revision.references.all()),
            live_medicines=selectors.medicine_slugs(baseline),
            medicines=selectors.medicine_slugs(revision),
        )
        user = request.user
        is_reviewer = user.has_perm(services.REVIEW_PERMISSION)
        latest_number = (
            item.revisions.filter(language=revision.language).order_by("-number").values_list("number", flat=True)
            .first()
        )  # fmt: skip
        return self._render(
            request,
            "revision_review.html",
            {
                "title": _("%(title)s, version %(number)s") % {"title": revision.title, "number": revision.number},
                "revision": revision,
                "item": item,
                "live": live,
                "is_live": live is not None and live.pk == revision.pk,
                "baseline": baseline,
                "changes": changes,
                "findings": findings,
                "finding_errors": lint.errors(findings),
                "decision": getattr(revision, "decision", None),
                "is_reviewer": is_reviewer,
                "in_review": revision.status == RevisionStatus.IN_REVIEW,
                "approval_refusal": services.approval_refusal(revision=revision, user=user) if is_reviewer else None,
                "can_submit": (
                    user.has_perm(services.AUTHOR_PERMISSION)
                    and revision.status == RevisionStatus.DRAFT
                    and revision.number == latest_number
                ),
                "can_author": user.has_perm(services.AUTHOR_PERMISSION),
                "is_own": revision.author_id == user.pk and user.has_perm(services.AUTHOR_PERMISSION),
                "can_discard": revision.status == RevisionStatus.DRAFT and revision.number == latest_number,
                "unchanged": unchanged_fields(baseline, revision),
                "approve_form": approve_form,
                "changes_form": changes_form,
                "label_check": label_selectors.label_check(revision),
            },
        )

    @xframe_options_sameorigin
    @csp_replace({"frame-ancestors": [SELF]})  # only this staff page may be framed, by our own pages
    def revision_preview(self, request, pk):
        """The revision in the patients' own template, for the frame on the revision page."""
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        revision = get_object_or_404(Revision.objects.select_related("item"), pk=pk)
        if revision.item.kind == ContentKind.TOPIC:
            context = {"listing": selectors.preview_topic(revision), "preview": True}
            return TemplateResponse(request, "articles/topic_detail.html", context)
        template = (
            "articles/medicine_detail.html"
            if revision.item.kind == ContentKind.MEDICINE
            else ("articles/article_detail.html")
        )
        return TemplateResponse(request, template, {"page": selectors.preview_page(revision), "preview": True})

    # --- An item's history ------------------------------------------------------------------------

    def item_history(self, request, item_pk):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        item = get_object_or_404(ReviewedItem.objects.select_related("live_revision", "topic"), pk=item_pk)
        withdraw_form, confirm_form = WithdrawForm(), ConfirmReviewForm(prefix="confirm")
        if request.method == "POST":
            action = request.POST.get("action")
            try:
                if action == "restore":
                    # A forged or mangled number is "no such version" (404), never a server error.
                    number = request.POST.get("revision", "")
                    earlier = get_object_or_404(Revision, pk=int(number) if number.isdecimal() else 0, item=item)
                    restored = services.revision_restore(revision=earlier, user=request.user)
                    messages.success(request, _("Version %(n)s restored as a new draft.") % {"n": earlier.number})
                    return redirect("admin:articles_revision_review", restored.pk)
                if action == "confirm_review":
                    confirm_form = ConfirmReviewForm(request.POST, prefix="confirm")
                    if confirm_form.is_valid():
                        services.item_confirm_review(
                            item=item, reviewer=request.user, note=confirm_form.cleaned_data["note"],
                            next_review_due=confirm_form.cleaned_data["next_review_due"],
                        )  # fmt: skip
                        messages.success(request, _("Recorded: reviewed again and still correct."))
                        return redirect("admin:articles_item_history", item.pk)
                elif action == "withdraw":
                    withdraw_form = WithdrawForm(request.POST)
                    if withdraw_form.is_valid():
                        services.item_withdraw(
                            item=item, user=request.user, reason=withdraw_form.cleaned_data["reason"],
                            next_url=withdraw_form.cleaned_data["next_url"],
                        )  # fmt: skip
                        messages.success(request, _("Withdrawn: the page now answers 410 Gone with your reason."))
                        return redirect("admin:articles_item_history", item.pk)
                else:
                    return HttpResponseNotAllowed(["GET"])
            except ValidationError as error:
                if action in ("withdraw", "confirm_review"):
                    _attach_errors(error, withdraw_form if action == "withdraw" else confirm_form)
                else:
                    for message in error.messages:
                        messages.error(request, message)
            except PermissionDenied as error:
                messages.error(request, str(error))
        return self._render(
            request,
            "history.html",
            {
                "title": _("History of %(page)s")
                % {"page": item.live_revision.title if item.live_revision else item.slug},
                "item": item,
                "revisions": selectors.item_history(item),
                "feedback": selectors.item_feedback(item),
                "can_author": request.user.has_perm(services.AUTHOR_PERMISSION),
                "can_withdraw": request.user.has_perm(services.WITHDRAW_PERMISSION) and item.is_live,
                "withdraw_form": withdraw_form,
                "confirmations": selectors.item_confirmations(item),
                "can_confirm": request.user.has_perm(services.REVIEW_PERMISSION) and item.is_live,
                "confirm_form": confirm_form,
            },
        )

    # --- Writing ----------------------------------------------------------------------------------

    def item_new(self, request, kind):
        if kind not in ContentKind.values:
            raise Http404
        if not request.user.has_perm(services.AUTHOR_PERMISSION):
            raise PermissionDenied
        return self._editor(request, kind=kind, item=None, latest=None)

    def item_edit(self, request, item_pk):
        if not request.user.has_perm(services.AUTHOR_PERMISSION):
            raise PermissionDenied
        item = get_object_or_404(ReviewedItem, pk=item_pk)
        latest = item.revisions.filter(language="en").order_by("-number").first()
        return self._editor(request, kind=item.kind, item=item, latest=latest)

    # --- Translations (issue 22) -------------------------------------------------------------------

    def translation_queue(self, request, language):
        """The translator's queue: live translations behind their English page, each with the English
        changes since the version it translates (the same diff reviewers read)."""
        if not (
            request.user.has_perm(services.TRANSLATE_PERMISSION) or request.user.has_perm(services.REVIEW_PERMISSION)
        ):
            raise PermissionDenied
        if language not in TRANSLATION_LANGUAGES:
            raise Http404
        entries = []
        for entry in selectors.translations_to_update(language):
            changes = revision_changes(
                entry.follows, entry.english,
                live_references=list(entry.follows.references.all()),
                references=list(entry.english.references.all()),
                live_medicines=selectors.medicine_slugs(entry.follows),
                medicines=selectors.medicine_slugs(entry.english),
            )  # fmt: skip
            entries.append((entry, changes))
        return self._render(
            request, "translation_queue.html",
            {"title": _("Translations to update (%(language)s)") % {"language": Language(language).label},
             "entries": entries, "language": language},
        )  # fmt: skip

    def item_translate(self, request, item_pk, language):
        """Write the next translation of a page: the latest translation's words, or the English ones."""
        if not request.user.has_perm(services.TRANSLATE_PERMISSION):
            raise PermissionDenied
        if language not in TRANSLATION_LANGUAGES:
            raise Http404
        item = get_object_or_404(ReviewedItem.objects.live(), pk=item_pk)
        latest = item.revisions.filter(language=language).order_by("-number").first()
        return self._editor(request, kind=item.kind, item=item, latest=latest, language=language)

    def _editor(self, request, *, kind, item, latest, language=ENGLISH):
        new = item is None
        cites = kind != ContentKind.TOPIC  # a topic's title and summary carry no references
        if request.method == "POST":
            form = RevisionForm(request.POST, kind=kind, new=new, language=language)
            formset = ReferenceFormSet(request.POST, prefix="references") if cites else None
            if form.is_valid() and (formset is None or formset.is_valid()):
                references = [
                    f.reference() for f in formset.forms if f.has_changed() and not f.cleaned_data.get("DELETE")
                ] if formset else []  # fmt: skip
                medicine_ids = [m.pk for m in form.cleaned_data.get("related_medicines", [])]
                try:
                    if new:
                        revision = services.item_create(
                            kind=kind, slug=form.cleaned_data["slug"], topic=form.cleaned_data.get("topic"),
                            author=request.user, content=form.content(), references=references,
                            related_medicine_ids=medicine_ids,
                        )  # fmt: skip
                    else:
                        based_on = Revision.objects.filter(
                            item=item, language=language, pk=form.cleaned_data["based_on"]
                        ).first()
                        revision = services.revision_save(
                            item=item, author=request.user, based_on=based_on, content=form.content(),
                            references=references, related_medicine_ids=medicine_ids, language=language,
                        )  # fmt: skip
                    messages.success(request, _("Saved as draft version %(n)s.") % {"n": revision.number})
                    return redirect("admin:articles_revision_review", revision.pk)
                except ValidationError as error:
                    _attach_errors(error, form, formset)
        elif new:
            form = RevisionForm(kind=kind, new=True, initial={"change_summary": _("First version.")})
            formset = ReferenceFormSet(prefix="references") if cites else None
        else:
            # A first translation starts from the live English words and references.
            source = latest or selectors.live_revision_in(item, ENGLISH)
            medicine_ids = list(RevisionMedicine.objects.filter(revision=source).values_list("medicine_id", flat=True))
            initial = revision_initial(source, medicine_ids)
            if latest is None:
                initial["based_on"] = None
            form = RevisionForm(kind=kind, new=False, initial=initial, language=language)
            formset = ReferenceFormSet(
                prefix="references",
                initial=[
                    {f: getattr(r, f) for f in ReferenceFormSet.form.base_fields} for r in source.references.all()
                ],
            ) if cites else None  # fmt: skip
        return self._render(
            request,
            "editor.html",
            {
                "title": (_("New %(kind)s") % {"kind": ContentKind(kind).label.lower()})
                if new
                else (_("Edit %(title)s") % {"title": latest.title})
                if latest
                else (_("Translate %(title)s") % {"title": item.live_revision.title}),
                "form": form,
                "formset": formset,
                "item": item,
                "latest": latest,
                "findings": services.revision_findings(latest) if latest else [],
                "cancel_url": reverse("admin:articles_review_queue")
                if new
                else reverse("admin:articles_item_history", args=[item.pk]),
            },
        )
