"""Staff views of reviewed content. Every change of workflow state goes through articles.services.

The full reviewer workspace (queue, diff against live, decision forms) builds on these.
"""

import datetime

from django.contrib import admin
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles import lint, selectors, services
from articles.models import (
    Article,
    GlossaryTerm,
    Reference,
    ReviewConfirmation,
    ReviewDecision,
    ReviewerProfile,
    Revision,
    TherapySummary,
    Topic,
)
from articles.workspace import ReviewWorkspace
from portal.admin_helpers import ReadOnlyAdmin, run_for_each


@admin.register(ReviewerProfile)
class ReviewerProfileAdmin(admin.ModelAdmin):
    list_display = [
        "display_name",
        "credentials",
        "languages",
        "user",
        "credentials_verified_at",
        "credentials_verified_by",
    ]
    search_fields = ["display_name", "credentials", "user__username"]
    autocomplete_fields = ["user"]
    readonly_fields = ["credentials_verified_at", "credentials_verified_by"]
    list_select_related = ["user", "credentials_verified_by"]
    actions = ["verify_credentials"]

    def save_model(self, request, obj, form, change):
        # New credentials need verifying again: the service decides, whoever edits.
        services.reviewer_profile_save(profile=obj, user=request.user, changed_fields=form.changed_data)

    @admin.action(description=_("Mark credentials verified (you checked licence and employer)"))
    def verify_credentials(self, request, queryset):
        run_for_each(
            self, request, queryset,
            lambda profile: services.reviewer_profile_verify(profile=profile, user=request.user),
            lambda n: ngettext("%d reviewer verified.", "%d reviewers verified.", n) % n,
        )  # fmt: skip


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    """Editors change the order of topics here; the text is reviewed content, edited in the workspace."""

    list_display = ["title", "slug", "position", "history"]
    list_editable = ["position"]
    search_fields = ["title", "slug"]
    fields = ["slug", "title", "summary", "position", "history"]
    readonly_fields = ["slug", "title", "summary", "history"]
    actions = None

    # Topics are written, approved and withdrawn through the workspace, like every reviewed page.
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("versions"))
    def history(self, topic):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:articles_item_history", args=[topic.item_id]), _("History and edit")
        )

    def save_model(self, request, obj, form, change):
        services.topic_move(topic=obj, user=request.user, position=obj.position)


class ReviewDueFilter(admin.SimpleListFilter):
    title = _("review due")
    parameter_name = "review_due"

    def lookups(self, request, model_admin):
        return [
            ("overdue", _("Overdue")),
            ("soon", _("Due within %(days)s days") % {"days": selectors.DUE_SOON_DAYS}),
            ("later", _("Later")),
            ("never", _("No review date")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        soon = today + datetime.timedelta(days=selectors.DUE_SOON_DAYS)
        match self.value():
            case "overdue":
                return queryset.filter(next_review_due__lt=today)
            case "soon":
                return queryset.filter(next_review_due__gte=today, next_review_due__lte=soon)
            case "later":
                return queryset.filter(next_review_due__gt=soon)
            case "never":
                return queryset.filter(next_review_due__isnull=True)
        return queryset


class ReviewedItemAdmin(ReadOnlyAdmin):
    list_display = ["slug", "live_title", "is_live", "next_review_due", "withdrawn_at", "is_sample", "history"]
    list_filter = [ReviewDueFilter, "is_sample"]
    search_fields = ["slug", "revisions__title"]
    list_select_related = ["live_revision"]
    ordering = ["slug"]

    @admin.display(description=_("live title"))
    def live_title(self, item):
        return item.live_revision.title if item.live_revision else "—"

    @admin.display(boolean=True, description=_("live"))
    def is_live(self, item):
        return item.live_revision_id is not None

    @admin.display(description=_("versions"))
    def history(self, item):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:articles_item_history", args=[item.pk]), _("History and edit")
        )


admin.site.register(Article, ReviewedItemAdmin)
admin.site.register(TherapySummary, ReviewedItemAdmin)
admin.site.register(GlossaryTerm, ReviewedItemAdmin)


class ReferenceInline(admin.TabularInline):
    model = Reference
    fields = ["position", "title", "authors", "source", "year", "url", "doi", "pmid", "accessed_on"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


# Every text of a version a reviewer may look for, medicine fields and name lists included.
SEARCHED_TEXT = [
    *("title", "summary", "body", "change_summary", "generic_name", "drug_class", "how_it_works", "who_it_is_for"),
    *("line_of_treatment", "schedule", "common_side_effects", "serious_side_effects", "questions_to_ask"),
    *(
        models.Func(models.F(name), models.Value(" "), function="array_to_string", output_field=models.TextField())
        for name in ("brand_names", "aliases")
    ),
]


@admin.register(Revision)
class RevisionAdmin(ReadOnlyAdmin):
    # Web addresses typed without a scheme are https:// (Django 6's default; no warning on 5.2). The
    # view-only page still builds the form's URL fields, which warned without it.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["title", "item", "language", "number", "status", "author", "created_at", "submitted_at"]
    list_filter = ["status", "language", "item__kind"]
    search_fields = ["title", "item__slug"]
    list_select_related = ["item", "author"]
    inlines = [ReferenceInline]
    # No bulk approval: a reviewer approves one version at a time, on its own page, having seen it.
    actions = ["submit_for_review"]
    exclude = ["rendered_html"]

    def get_urls(self):
        return ReviewWorkspace(self.admin_site).urls() + super().get_urls()

    def get_search_results(self, request, queryset, search_term):
        """Staff search over every version, drafts included, separate from the public index: the
        title or address as typed, or the words anywhere in the text (full text, English stems)."""
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            words = SearchQuery(search_term, search_type="websearch", config="english")
            in_text = Revision.objects.annotate(text=SearchVector(*SEARCHED_TEXT, config="english")).filter(text=words)
            found = found | queryset.filter(pk__in=in_text.values("pk"))
        return found, may_have_duplicates

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("item")

    @admin.action(description=_("Submit selected drafts for review"))
    def submit_for_review(self, request, queryset):
        def submit(revision):
            # A draft with editorial errors is submitted from its own page, where the author confirms.
            errors = len(lint.errors(services.revision_findings(revision)))
            if errors:
                raise ValidationError(
                    ngettext(
                        "it has %(n)d editorial error; submit it from its own page to confirm.",
                        "it has %(n)d editorial errors; submit it from its own page to confirm.",
                        errors,
                    )
                    % {"n": errors}
                )
            services.revision_submit(revision=revision, user=request.user)

        run_for_each(
            self, request, queryset, submit,
            lambda n: ngettext("%d draft submitted.", "%d drafts submitted.", n) % n,
        )  # fmt: skip


@admin.register(ReviewDecision)
class ReviewDecisionAdmin(ReadOnlyAdmin):
    list_display = ["revision", "outcome", "reviewer_name", "reviewer_credentials", "decided_at"]
    list_filter = ["outcome"]
    list_select_related = ["revision"]


@admin.register(ReviewConfirmation)
class ReviewConfirmationAdmin(ReadOnlyAdmin):
    list_display = ["item", "revision", "reviewer_name", "reviewer_credentials", "confirmed_at", "next_review_due"]
    list_select_related = ["item__live_revision", "revision"]
    search_fields = ["item__slug", "reviewer_name", "note"]
