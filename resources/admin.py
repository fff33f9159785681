"""The directory admins' workspace: listings with their parts inline, verification and link health.

Only Directory admins and superusers hold the `resources` permissions, so only they see it. After
every save the admin calls `resources.services`, which keeps the verification due date, the search
index and the cached public pages in step with the listing.
"""

import datetime

from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.admin_helpers import ReadOnlyAdmin, run_for_each
from resources import admin_views, link_check, services
from resources.forms import WebAddressField
from resources.models import (
    Address,
    CostOption,
    DirectoryImport,
    Language,
    LinkCheck,
    Location,
    LocationType,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)

DUE_SOON_DAYS = 30


class DirectoryAdminMedia:
    # Phone rows and the other tabular inlines fit the page instead of scrolling sideways.
    css = {"all": ["resources/directory-admin.css"]}


class CategoryFilter(admin.SimpleListFilter):
    title = _("category")
    parameter_name = "category"

    def lookups(self, request, model_admin):
        return [(term.code, term.name) for term in TaxonomyTerm.objects.filter(taxonomy="category")]

    def queryset(self, request, queryset):
        return queryset.filter(terms__code=self.value()) if self.value() else queryset


class VerificationFilter(admin.SimpleListFilter):
    title = _("verification")
    parameter_name = "verification"

    def lookups(self, request, model_admin):
        return [("due", _("Due now (or never verified)")), ("soon", _("Due within 30 days")),
                ("never", _("Never verified")), ("current", _("Up to date"))]  # fmt: skip

    def queryset(self, request, queryset):
        today = timezone.localdate()
        value = self.value()
        if value == "due":
            return queryset.filter(services.due_for_verification(today))
        if value == "soon":
            return queryset.filter(verification_due__gt=today,
                                   verification_due__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))  # fmt: skip
        if value == "never":
            return queryset.filter(assured_date__isnull=True)
        if value == "current":
            return queryset.filter(verification_due__gt=today)
        return queryset


class BrokenLinkFilter(admin.SimpleListFilter):
    title = _("link check")
    parameter_name = "links"

    def lookups(self, request, model_admin):
        return [("broken", _("Has a broken link"))]

    def queryset(self, request, queryset):
        if self.value() == "broken":
            return queryset.filter(pk__in=link_check.services_with_broken_links().values("pk"))
        return queryset


# Addresses typed without a scheme are taken as https://, the scheme every listing should use.
HTTPS_BY_DEFAULT = {models.URLField: {"form_class": WebAddressField, "assume_scheme": "https"}}


class PhoneInline(admin.TabularInline):
    classes = ["fits-page"]
    model = Phone
    fields = ["number", "extension", "type", "description", "position"]
    extra = 0


class ScheduleInline(admin.StackedInline):
    formfield_overrides = HTTPS_BY_DEFAULT
    model = Schedule
    fields = [("description", "is_group_meeting"), ("freq", "interval", "byday"), ("opens_at", "closes_at", "timezone"),
              ("attending_type", "schedule_link"), "notes"]  # fmt: skip
    extra = 0


class ServiceAreaInline(admin.TabularInline):
    model = ServiceArea
    extra = 0


class LanguageInline(admin.TabularInline):
    model = Language
    extra = 0


class CostOptionInline(admin.TabularInline):
    model = CostOption
    extra = 0


class ServiceAtLocationInline(admin.TabularInline):
    model = ServiceAtLocation
    autocomplete_fields = ["location"]
    extra = 0
    verbose_name = _("place where it is offered")
    verbose_name_plural = _("places where it is offered")


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_BY_DEFAULT
    list_display = ["name", "organization", "status", "assured_date", "verification_due", "is_due"]
    list_filter = [CategoryFilter, "status", VerificationFilter, BrokenLinkFilter, "organization__is_sample"]
    list_select_related = ["organization"]
    search_fields = ["name", "alternate_name", "organization__name", "description"]
    autocomplete_fields = ["organization"]
    filter_horizontal = ["terms"]
    readonly_fields = ["assured_date", "verified_by", "verification_due", "last_modified"]
    Media = DirectoryAdminMedia
    fieldsets = [
        (None, {"fields": ["organization", "name", "alternate_name", "status", "alert", "description"]}),
        (
            _("Who and how"),
            {
                "fields": [
                    "eligibility_description",
                    "application_process",
                    "fees_description",
                    "interpretation_services",
                    "url",
                    "email",
                ]
            },
        ),  # fmt: skip
        (_("Filed under"), {"fields": ["terms"]}),
        (_("Verification"), {"fields": ["assured_date", "verified_by", "verification_due", "last_modified"]}),
    ]
    inlines = [PhoneInline, ScheduleInline, ServiceAreaInline, LanguageInline, CostOptionInline,
               ServiceAtLocationInline]  # fmt: skip
    actions = ["mark_verified"]

    def get_urls(self):
        add_listing = self.admin_site.admin_view(lambda request: admin_views.add_listing(self.admin_site, request))
        return [path("add-listing/", add_listing, name="resources_add_listing"), *super().get_urls()]

    @admin.display(description=_("verified by"))
    def verified_by(self, service):
        """The name as text: a link into the user admin would open a page directory admins may not see."""
        user = service.assured_by
        return (user.get_full_name() or user.get_username()) if user else "-"

    @admin.display(boolean=True, description=_("due"))
    def is_due(self, service):
        return service.verification_due is None or service.verification_due <= timezone.localdate()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.listing_changed(service=form.instance, user=request.user)

    def delete_model(self, request, obj):
        service_id = obj.pk
        super().delete_model(request, obj)
        services.listing_deleted(service_id=service_id, user=request.user)

    def delete_queryset(self, request, queryset):
        service_ids = list(queryset.values_list("pk", flat=True))
        super().delete_queryset(request, queryset)
        for service_id in service_ids:
            services.listing_deleted(service_id=service_id, user=request.user)

    @admin.action(description=_("Mark verified today (checked with the organization)"),
                  permissions=["verify"])  # fmt: skip
    def mark_verified(self, request, queryset):
        run_for_each(
            self, request, queryset, lambda service: services.service_mark_verified(service=service, user=request.user),
            lambda n: ngettext("%(n)d listing marked verified.", "%(n)d listings marked verified.", n) % {"n": n},
        )  # fmt: skip

    def has_verify_permission(self, request):
        return request.user.has_perm(services.VERIFY_PERMISSION)


class ServiceInline(admin.TabularInline):
    model = Service
    fields = ["name", "status", "assured_date", "verification_due"]
    readonly_fields = ["assured_date", "verification_due"]
    show_change_link = True
    extra = 0


class OrganizationPhoneInline(PhoneInline):
    verbose_name = _("organization phone")
    verbose_name_plural = _("organization phones (for the organization as a whole)")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(service__isnull=True)


class LocationInline(admin.StackedInline):
    formfield_overrides = HTTPS_BY_DEFAULT
    model = Location
    fields = [("name", "location_type"), "description", ("url", "transportation")]
    show_change_link = True
    extra = 0


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_BY_DEFAULT
    list_display = ["name", "website", "service_count", "is_sample", "last_modified"]
    ordering = ["name"]  # the annotated queryset would otherwise lose Meta.ordering (autocomplete pages)
    list_filter = ["is_sample"]
    search_fields = ["name", "alternate_name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ServiceInline, OrganizationPhoneInline, LocationInline]
    Media = DirectoryAdminMedia

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(service_total=Count("services"))

    @admin.display(description=_("services"), ordering="service_total")
    def service_count(self, organization):
        return organization.service_total

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.organization_changed(organization=form.instance, user=request.user)


class AddressInline(admin.StackedInline):
    model = Address
    fields = ["address_1", "address_2", "city", "state_province", "postal_code", "country", "attention"]
    extra = 0

    def get_formset(self, request, obj=None, **kwargs):
        """The address takes its location's type, so that the type is asked once (on the location)."""
        formset = super().get_formset(request, obj, **kwargs)
        location_type = obj.location_type if obj is not None else LocationType.PHYSICAL

        class SameTypeFormSet(formset):
            def save_new(self, form, commit=True):
                form.instance.address_type = self.instance.location_type or location_type
                return super().save_new(form, commit=commit)

            def save_existing(self, form, obj, commit=True):
                form.instance.address_type = self.instance.location_type or location_type
                return super().save_existing(form, obj, commit=commit)

        return SameTypeFormSet


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_BY_DEFAULT
    list_display = ["name", "organization", "location_type"]
    list_filter = ["location_type"]
    list_select_related = ["organization"]
    search_fields = ["name", "organization__name", "addresses__city"]
    autocomplete_fields = ["organization"]
    inlines = [AddressInline]
    Media = DirectoryAdminMedia


@admin.register(TaxonomyTerm)
class TaxonomyTermAdmin(ReadOnlyAdmin):
    list_display = ["name", "code", "taxonomy", "id"]
    list_filter = ["taxonomy"]


@admin.register(LinkCheck)
class LinkCheckAdmin(ReadOnlyAdmin):
    formfield_overrides = HTTPS_BY_DEFAULT
    list_display = ["url", "is_broken", "status_code", "error", "final_url", "checked_at"]
    list_filter = ["is_broken"]
    search_fields = ["url"]


@admin.register(DirectoryImport)
class DirectoryImportAdmin(ReadOnlyAdmin):
    """Files uploaded for import, with their check and outcome; kept for the audit trail. Uploading
    and confirming are the screens of `resources.admin_views`, written by `resources.importing`."""

    list_display = ["file_name", "status", "uploaded_by", "uploaded_at", "imported_by", "imported_at"]
    list_filter = ["status"]
    list_select_related = ["uploaded_by", "imported_by"]
    search_fields = ["file_name", "sha256"]
    fields = ["file_name", "status", "sha256", "uploaded_by", "uploaded_at", "imported_by", "imported_at",
              "report_link", "file_text"]  # fmt: skip
    readonly_fields = fields

    def get_urls(self):
        site = self.admin_site
        upload = site.admin_view(lambda request: admin_views.import_upload(site, request))
        report = site.admin_view(lambda request, pk: admin_views.import_report(site, request, pk))
        return [
            path("upload/", upload, name="resources_directoryimport_upload"),
            path("<int:pk>/report/", report, name="resources_directoryimport_report"),
            *super().get_urls(),
        ]

    @admin.display(description=_("report"))
    def report_link(self, upload):
        url = reverse("admin:resources_directoryimport_report", args=[upload.pk])
        return format_html('<a href="{}">{}</a>', url, _("The check's report, and the import if it is ready"))
