"""The label watch in the reviewer workspace: the "Label changed" queue and each medicine's label page.

Mounted under the review workspace (articles.workspace.ReviewWorkspace.urls). Views collect input
and show outcomes; every change goes through articles.labels.services, which check permissions.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles import services as review_services
from articles.labels import selectors, services
from articles.labels.models import LabelFlag
from articles.models import ReviewedItem

VIEW_PERMISSION = "articles.view_revision"


class DismissForm(forms.Form):
    flag = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=gettext_lazy("Why the page needs no change"),
        max_length=services.DISMISSAL_REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("For example: “The new warning is about a use we do not describe.” Kept on record."),
    )


class SetidForm(forms.Form):
    setid = forms.CharField(
        label=gettext_lazy("DailyMed set id"),
        max_length=36,
        required=False,
        help_text=gettext_lazy("The setid= part of the label's DailyMed address. Empty: the label is not watched."),
    )


def _messages_of(error) -> list[str]:
    return error.messages if isinstance(error, ValidationError) else [str(error) or _("Not allowed.")]


class LabelWorkspace:
    def __init__(self, admin_site):
        self.admin_site = admin_site

    def urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("", wrap(self.queue), name="articles_label_queue"),
            path("medicine/<int:item_pk>/", wrap(self.medicine), name="articles_label_medicine"),
        ]

    def _render(self, request, template, context):
        context = {**self.admin_site.each_context(request), **context}
        return TemplateResponse(request, f"admin/articles/workspace/{template}", context)

    def _dismiss(self, request) -> DismissForm | None:
        """Handle a dismiss form; the bound form, with its errors, if it was refused."""
        form = DismissForm(request.POST)
        if form.is_valid():
            flag = get_object_or_404(LabelFlag, pk=form.cleaned_data["flag"])
            try:
                services.flag_dismiss(flag=flag, user=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("Flag dismissed; your reason is on record."))
                return None
            except (ValidationError, PermissionDenied) as error:
                for message in _messages_of(error):
                    messages.error(request, message)
        return form

    def queue(self, request):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        failed = None
        if request.method == "POST":
            if request.POST.get("action") != "dismiss":
                return HttpResponseNotAllowed(["GET"])
            failed = self._dismiss(request)
            if failed is None:
                return redirect("admin:articles_label_queue")
        return self._render(
            request,
            "label_queue.html",
            {
                "title": _("Label changed"),
                "flags": selectors.label_queue(),
                "failed_form": failed,
                "can_review": request.user.has_perm(review_services.REVIEW_PERMISSION),
            },
        )

    def medicine(self, request, item_pk):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        item = get_object_or_404(ReviewedItem.objects.medicines().select_related("live_revision"), pk=item_pk)
        revision = item.live_revision or item.revisions.filter(language="en").order_by("-number").first()
        setid_form = SetidForm(initial={"setid": item.dailymed_setid or services.setid_from_label_url(
            revision.fda_label_url if revision else "")})  # fmt: skip
        failed = None
        if request.method == "POST":
            action = request.POST.get("action")
            if action == "setid":
                setid_form = SetidForm(request.POST)
                if setid_form.is_valid():
                    try:
                        setid = setid_form.cleaned_data["setid"]
                        services.medicine_set_setid(item=item, user=request.user, setid=setid)
                        messages.success(request, _("Saved: the daily label check follows this set id."))
                        return redirect("admin:articles_label_medicine", item.pk)
                    except ValidationError as error:
                        if hasattr(error, "error_dict") and "dailymed_setid" in error.error_dict:
                            setid_form.add_error("setid", error.error_dict["dailymed_setid"])
                        else:
                            setid_form.add_error(None, error)
                    except PermissionDenied as error:
                        messages.error(request, str(error))
            elif action == "dismiss":
                failed = self._dismiss(request)
                if failed is None:
                    return redirect("admin:articles_label_medicine", item.pk)
            else:
                return HttpResponseNotAllowed(["GET"])
        return self._render(
            request,
            "label_medicine.html",
            {
                "title": _("FDA label of %(page)s") % {"page": revision.title if revision else item.slug},
                "item": item,
                "snapshots": selectors.label_snapshots(item.dailymed_setid),
                "flags": selectors.open_flags(item),
                "setid_form": setid_form,
                "failed_form": failed,
                "can_review": request.user.has_perm(review_services.REVIEW_PERMISSION),
            },
        )
