"""The directory admin's own screens: "Add a listing" on one page, and importing a file with a check first.

Views collect input and show outcomes; `resources.services.listing_create` and
`resources.importing.import_upload` / `import_confirm` check permissions again and make every change.
Mounted by `ServiceAdmin.get_urls()` and `DirectoryImportAdmin.get_urls()`.
"""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.security_log import security_event
from resources import forms, importing, services
from resources.models import DirectoryImport, ImportStatus, Organization

IMPORT_PERMISSION = importing.CHANGE_PERMISSION


def _render(admin_site, request, template: str, context: dict) -> TemplateResponse:
    return TemplateResponse(request, f"admin/resources/{template}", {**admin_site.each_context(request), **context})


def _refuse(request, error: PermissionDenied, what: str):
    security_event("permission_denied", user=request.user, level=logging.WARNING, view=what, reason=str(error))
    raise error


# --- Add a listing ---------------------------------------------------------------------------------


def _listing_forms(request):
    data = request.POST if request.method == "POST" else None
    organization = None
    if data is None and request.GET.get("organization"):
        try:
            organization = Organization.objects.filter(pk=request.GET["organization"]).first()
        except ValidationError:  # not a UUID: a new organization, as without it
            organization = None
    return {
        "existing": forms.ExistingOrganizationForm(data, prefix="existing", initial={"organization": organization}),
        "organization": forms.OrganizationForm(data, prefix="organization"),
        "service": forms.ServiceForm(data, prefix="service"),
        "phones": forms.PhoneFormSet(data, prefix="phones"),
        "location": forms.LocationForm(data, prefix="location"),
        "address": forms.AddressForm(data, prefix="address"),
        "area": forms.AreaForm(data, prefix="area"),
        "cost": forms.CostForm(data, prefix="cost"),
        "schedule": forms.ScheduleForm(data, prefix="schedule"),
    }


def _attach(error: ValidationError, listing_forms: dict) -> None:
    """Show the service's refusal next to the field it names ("phones-1-number"), else at the top."""
    phone_forms = {form.prefix: form for form in listing_forms["phones"]}
    for key, field_messages in error.message_dict.items():
        prefix, _sep, name = key.rpartition("-")
        form = phone_forms.get(prefix) or listing_forms.get(prefix)
        if form is None and not prefix:  # a whole part ("address"), not one of its fields
            form, name = listing_forms.get(name), None
        if form is not None and (name is None or name in form.fields):
            form.add_error(name, field_messages)
        else:
            listing_forms["service"].add_error(None, field_messages)


def add_listing(admin_site, request):
    user = request.user
    if not (user.has_perm("resources.add_service") and user.has_perm("resources.add_organization")):
        _refuse(request, PermissionDenied(_("Only directory admins may add listings.")), "add_listing")
    listing_forms = _listing_forms(request)
    if request.method == "POST":
        phones = listing_forms["phones"]
        if all(form.is_valid() for name, form in listing_forms.items() if name != "phones") and phones.is_valid():
            existing = listing_forms["existing"].cleaned_data["organization"]
            service_form = listing_forms["service"]
            service_values = service_form.part()
            try:
                service = services.listing_create(
                    user=user,
                    organization=existing or listing_forms["organization"].part() or {},
                    service=service_values,
                    terms=service_form.cleaned_data["terms"],
                    languages=service_form.language_codes(),
                    phones=[values for form in phones if (values := form.part()) is not None],
                    location=listing_forms["location"].part(),
                    address=listing_forms["address"].part(),
                    area=listing_forms["area"].part(),
                    cost=listing_forms["cost"].part(),
                    schedule=listing_forms["schedule"].part(),
                )
            except PermissionDenied as error:
                _refuse(request, error, "add_listing")
            except ValidationError as error:
                _attach(error, listing_forms)
            else:
                message = _("Listing added: %(service)s. It is not marked verified yet: check it with the "
                            "organization, then mark it verified.") % {"service": service}  # fmt: skip
                messages.success(request, message)
                return redirect("admin:resources_service_change", service.pk)
        messages.error(request, _("The listing was not saved: please correct the problems shown below."))
    return _render(admin_site, request, "add_listing.html", {
        "title": _("Add a listing"), "forms": listing_forms,
        "existing_organization": listing_forms["existing"].chosen(), "has_errors": request.method == "POST",
    })  # fmt: skip


# --- Import ----------------------------------------------------------------------------------------


def _may_import(request, what: str) -> None:
    if not request.user.has_perm(IMPORT_PERMISSION):
        _refuse(request, PermissionDenied(_("Only directory admins may import listings.")), what)


def import_upload(admin_site, request):
    _may_import(request, "import_upload")
    form = forms.UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > importing.MAX_UPLOAD_BYTES:
            megabytes = importing.MAX_UPLOAD_BYTES >> 20
            form.add_error("file", _("The file is larger than %(size)d MB.") % {"size": megabytes})
        else:
            try:
                checked = importing.import_upload(user=request.user, file_name=upload.name, data=upload.read())
            except PermissionDenied as error:
                _refuse(request, error, "import_upload")
            except ValidationError as error:
                form.add_error("file", error)
            else:
                return redirect("admin:resources_directoryimport_report", checked.pk)
    return _render(admin_site, request, "import_upload.html", {
        "title": _("Import listings"), "form": form, "columns": importing.COLUMNS,
        "required_columns": importing.REQUIRED_COLUMNS,
    })  # fmt: skip


def import_report(admin_site, request, pk: int):
    _may_import(request, "import_report")
    upload = get_object_or_404(DirectoryImport.objects.select_related("uploaded_by", "imported_by"), pk=pk)
    form = forms.ConfirmForm(request.POST or None, initial={"sha256": upload.sha256})
    if request.method == "POST":
        if form.is_valid():
            try:
                upload = importing.import_confirm(user=request.user, upload=upload,
                                                  sha256=form.cleaned_data["sha256"])  # fmt: skip
            except PermissionDenied as error:
                _refuse(request, error, "import_confirm")
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
            else:
                if upload.status == ImportStatus.IMPORTED:
                    count = upload.report["outcome"]["services"]
                    messages.success(request, ngettext(
                        "Imported %(n)d listing. It is not marked verified: check it with the organization.",
                        "Imported %(n)d listings. They are not marked verified: check each with the organization.",
                        count) % {"n": count})  # fmt: skip
                else:
                    messages.error(request, _("Nothing was imported: the directory changed since the check and "
                                              "the file is now refused. The problems are listed below."))  # fmt: skip
        return redirect("admin:resources_directoryimport_report", upload.pk)
    report = upload.report
    outcome = report.get("outcome", {})
    return _render(admin_site, request, "import_report.html", {
        "title": _("Import: %(file)s") % {"file": upload.file_name}, "upload": upload, "form": form,
        "problems": outcome.get("problems") or report.get("problems", []),
        "added": outcome.get("added") or report.get("added", []),
        "notes": outcome.get("notes") or report.get("notes", []),
        "counts": outcome if outcome.get("services") is not None else report,
        "ready": upload.status == ImportStatus.READY,
        "upload_url": reverse("admin:resources_directoryimport_upload"),
    })  # fmt: skip
