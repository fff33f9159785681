"""The directory admins' workspace: listings with their parts inline, verification and link health.

Only Directory admins and superusers hold the `resources` permissions, so only they see it. After
every save the admin calls `resources.services`, which keeps the verification due date, the search
index and the cached public pages in step with the listing.
"""

import datetime

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.admin_helpers import ReadOnlyAdmin, run_for_each
from resources import link_check, services
from resources.models import (
    Address,
    CostOption,
    Language,
    LinkCheck,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
    http_url_validator,
)

DUE_SOON_DAYS = 30


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


class WebAddressField(forms.URLField):
    """Web addresses only (http or https), refused with a message that says so."""

    default_validators = [http_url_validator]
    default_error_messages = {"invalid": http_url_validator.message}  # a form field's own message wins otherwise


# Addresses typed without a scheme are taken as https://, the scheme every listing should use.
HTTPS_BY_DEFAULT = {models.URLField: {"form_class": WebAddressField, "assume_scheme": "https"}}


class PhoneInline(admin.TabularInline):
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
    readonly_fields = ["assured_date", "assured_by", "verification_due", "last_modified"]
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
        (_("Verification"), {"fields": ["assured_date", "assured_by", "verification_due", "last_modified"]}),
    ]
    inlines = [PhoneInline, ScheduleInline, ServiceAreaInline, LanguageInline, CostOptionInline,
               ServiceAtLocationInline]  # fmt: skip
    actions = ["mark_verified"]

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

    @admin.action(description=_("Mark verified today (checked with the organisation)"),
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
    verbose_name = _("organisation phone")
    verbose_name_plural = _("organisation phones (for the organisation as a whole)")

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
    extra = 0


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_BY_DEFAULT
    list_display = ["name", "organization", "location_type"]
    list_filter = ["location_type"]
    list_select_related = ["organization"]
    search_fields = ["name", "organization__name", "addresses__city"]
    autocomplete_fields = ["organization"]
    inlines = [AddressInline]


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
