"""Staff views of reviewed content. Every change of workflow state goes through articles.services.

The full reviewer workspace (queue, diff against live, decision forms) builds on these.
"""

from django.contrib import admin
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles import services
from articles.models import (
    Article,
    GlossaryTerm,
    Reference,
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
    list_display = ["display_name", "credentials", "user", "credentials_verified_at", "credentials_verified_by"]
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


class ReviewedItemAdmin(ReadOnlyAdmin):
    list_display = ["slug", "live_title", "is_live", "next_review_due", "withdrawn_at", "is_sample", "history"]
    list_filter = ["is_sample"]
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


@admin.register(Revision)
class RevisionAdmin(ReadOnlyAdmin):
    # Web addresses typed without a scheme are https:// (Django 6's default; no warning on 5.2). The
    # view-only page still builds the form's URL fields, which warned without it.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["title", "item", "number", "status", "author", "created_at", "submitted_at"]
    list_filter = ["status", "item__kind"]
    search_fields = ["title", "item__slug"]
    list_select_related = ["item", "author"]
    inlines = [ReferenceInline]
    actions = ["submit_for_review", "approve"]
    exclude = ["rendered_html"]

    def get_urls(self):
        return ReviewWorkspace(self.admin_site).urls() + super().get_urls()

    def get_search_results(self, request, queryset, search_term):
        """Staff search over every version, drafts included, separate from the public index: the
        title or address as typed, or the words anywhere in the text (full text, English stems)."""
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            words = SearchQuery(search_term, search_type="websearch", config="english")
            in_text = Revision.objects.annotate(text=SearchVector("title", "summary", "body", config="english")).filter(
                text=words
            )
            found = found | queryset.filter(pk__in=in_text.values("pk"))
        return found, may_have_duplicates

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("item")

    @admin.action(description=_("Submit selected drafts for review"))
    def submit_for_review(self, request, queryset):
        run_for_each(
            self, request, queryset,
            lambda revision: services.revision_submit(revision=revision, user=request.user),
            lambda n: ngettext("%d draft submitted.", "%d drafts submitted.", n) % n,
        )  # fmt: skip

    @admin.action(description=_("Approve selected versions (publishes them)"))
    def approve(self, request, queryset):
        run_for_each(
            self, request, queryset,
            lambda revision: services.revision_approve(revision=revision, reviewer=request.user),
            lambda n: ngettext("%d version approved and published.", "%d versions approved and published.", n) % n,
        )  # fmt: skip


@admin.register(ReviewDecision)
class ReviewDecisionAdmin(ReadOnlyAdmin):
    list_display = ["revision", "outcome", "reviewer_name", "reviewer_credentials", "decided_at"]
    list_filter = ["outcome"]
    list_select_related = ["revision"]
