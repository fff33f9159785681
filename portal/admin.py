"""The portal's own admin: what steers search (synonyms, changed by reviewed proposals, and best
bets), kept by clinical reviewers, and the public pages in the search index (read-only: what a
best bet may point at), and the weekly list of searches with no good answer
(portal/search/insights.py)."""

import datetime

from django import forms
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.db.models import OuterRef, Subquery
from django.utils import formats, timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from portal.admin_helpers import ReadOnlyAdmin, run_for_each
from portal.dates import months_later
from portal.models import BestBet, SearchDocument, SearchWeek, Synonym, SynonymChange
from portal.search import bestbets, insights, normalise_query, synonyms


@admin.register(Synonym)
class SynonymAdmin(ReadOnlyAdmin):
    """The synonyms search uses now: changed only by approving a proposed change (below)."""

    list_display = ["phrase", "means", "kind", "language"]
    list_filter = ["language", "kind"]
    search_fields = ["phrase", "means"]


class SynonymChangeForm(forms.ModelForm):
    class Meta:
        model = SynonymChange
        fields = ["action", "synonym", "phrase", "means", "kind", "language", "reason"]
        help_texts = {
            "language": _(
                "The searches it is for: a Spanish synonym changes only Spanish searches. A change or "
                "removal keeps the synonym's own language."
            ),
            "synonym": _("For a change or removal: the synonym as it is now."),
            "phrase": _("For an addition or change: what people type (e.g. tumour, mets, Taxol)."),
        }

    def clean(self):
        data = super().clean()
        if "action" in data:
            problems = synonyms.check(
                action=data["action"], phrase=data.get("phrase", ""), means=data.get("means", ""),
                synonym=data.get("synonym"), language=data.get("language", "en"),
            )  # fmt: skip
            for field, message in problems.items():
                self.add_error(field, message)
        return data


@admin.action(description=_("Approve the selected changes (search uses them at once)"))
def approve_changes(modeladmin, request, queryset):
    run_for_each(modeladmin, request, queryset,
                 lambda change: synonyms.synonym_decide(user=request.user, change=change, approve=True),
                 lambda n: _("%(n)s change(s) approved.") % {"n": n})  # fmt: skip


@admin.action(description=_("Reject the selected changes"))
def reject_changes(modeladmin, request, queryset):
    run_for_each(modeladmin, request, queryset,
                 lambda change: synonyms.synonym_decide(user=request.user, change=change, approve=False),
                 lambda n: _("%(n)s change(s) rejected.") % {"n": n})  # fmt: skip


@admin.register(SynonymChange)
class SynonymChangeAdmin(admin.ModelAdmin):
    """Proposed changes to the synonyms: a clinical reviewer proposes, a second one approves or
    rejects (never their own). Decided proposals are the record of who changed which word when."""

    form = SynonymChangeForm
    list_display = [
        "__str__", "means", "language", "status", "proposed_by", "proposed_at", "decided_by", "decided_at", "reason",
    ]  # fmt: skip
    list_filter = ["status", "action", "language"]
    list_select_related = ["proposed_by", "decided_by"]
    search_fields = ["phrase", "means"]
    autocomplete_fields = ["synonym"]
    actions = [approve_changes, reject_changes]

    def has_change_permission(self, request, obj=None):
        return False  # a proposal is decided with the actions, never edited

    def has_delete_permission(self, request, obj=None):
        return False  # the record of a decision stays

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm(synonyms.REVIEW):
            actions.pop("approve_changes", None)
            actions.pop("reject_changes", None)
        return actions

    def save_model(self, request, obj, form, change):
        saved = synonyms.synonym_propose(
            user=request.user, action=obj.action, phrase=obj.phrase, means=obj.means, kind=obj.kind,
            synonym=obj.synonym, reason=obj.reason, language=obj.language,
        )  # fmt: skip
        obj.pk = saved.pk


@admin.register(SearchDocument)
class SearchDocumentAdmin(ReadOnlyAdmin):
    """The public pages search knows (written only by approvals, withdrawals and listing changes);
    searched by the best bet form's page picker."""

    list_display = ["title", "kind", "language", "url"]
    list_filter = ["kind", "language"]
    search_fields = ["title", "url", "key"]
    ordering = ["title"]
    fields = ["title", "kind", "language", "url", "key", "topic", "summary", "is_sample"]
    show_full_result_count = False


EXPIRING_DAYS = 30


class BestBetStatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [
            ("active", _("Active")),
            ("expiring", _("Expiring within %(days)s days") % {"days": EXPIRING_DAYS}),
            ("expired", _("Expired")),
            ("scheduled", _("Not started yet")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "active":
            return queryset.filter(starts_on__lte=today, expires_on__gte=today)
        if self.value() == "expiring":
            return queryset.filter(
                expires_on__gte=today, expires_on__lte=today + datetime.timedelta(days=EXPIRING_DAYS)
            )
        if self.value() == "expired":
            return queryset.filter(expires_on__lt=today)
        if self.value() == "scheduled":
            return queryset.filter(starts_on__gt=today)
        return queryset


class BestBetForm(forms.ModelForm):
    class Meta:
        model = BestBet
        fields = ["query", "target", "note", "starts_on", "expires_on"]
        error_messages = {"target": {"invalid_choice": _("That page is not public now: choose a published page.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            today = timezone.localdate()
            self.fields["starts_on"].initial = today
            self.fields["expires_on"].initial = months_later(today, 3)

    def clean_query(self):
        return normalise_query(self.cleaned_data["query"])

    def clean(self):
        data = super().clean()
        if {"query", "starts_on", "expires_on"} <= set(data):
            target = data.get("target")
            problems = bestbets.check(query=data["query"], target_key=target.key if target else None,
                                      starts_on=data["starts_on"], expires_on=data["expires_on"])  # fmt: skip
            for field, message in problems.items():
                self.add_error(field, message)
        return data


@admin.register(BestBet)
class BestBetAdmin(admin.ModelAdmin):
    """Pins: for a query, this public page first. Saved and deleted through portal/search/bestbets.py."""

    form = BestBetForm
    autocomplete_fields = ["target"]
    list_display = ["query", "page", "starts_on", "expires_on", "status", "created_by", "note"]
    list_filter = [BestBetStatusFilter]
    list_select_related = ["created_by"]
    search_fields = ["query", "note"]
    readonly_fields = ["created_by", "created_at"]

    def get_queryset(self, request):
        # The page's title from the index in the same query; none when the page is not public now.
        document = SearchDocument.objects.filter(key=OuterRef("target_id"))
        return (
            super()
            .get_queryset(request)
            .annotate(page_title=Subquery(document.values("title")[:1]), page_url=Subquery(document.values("url")[:1]))
        )

    @admin.display(description=_("page shown first"))
    def page(self, obj):
        return obj.page_title or _("Not public now (%(key)s): not shown") % {"key": obj.target_id}

    @admin.display(description=_("status"))
    def status(self, obj):
        today = timezone.localdate()
        if obj.expires_on < today:
            return _("Expired")
        if obj.starts_on > today:
            return _("Not started yet")
        if obj.expires_on <= today + datetime.timedelta(days=EXPIRING_DAYS):
            return _("Active, expiring soon")
        return _("Active")

    def save_model(self, request, obj, form, change):
        saved = bestbets.best_bet_save(
            user=request.user, query=obj.query, target_key=obj.target_id, note=obj.note, starts_on=obj.starts_on,
            expires_on=obj.expires_on, best_bet=obj if change else None,
        )  # fmt: skip
        obj.pk, obj.created_by_id, obj.created_at = saved.pk, saved.created_by_id, saved.created_at

    def delete_model(self, request, obj):
        bestbets.best_bet_delete(user=request.user, best_bet=obj)

    def delete_queryset(self, request, queryset):
        for best_bet in queryset:
            bestbets.best_bet_delete(user=request.user, best_bet=best_bet)


def week_label(week: datetime.date) -> str:
    return _("Week %(number)s, from %(monday)s") % {
        "number": f"{week:%V}",
        "monday": formats.date_format(week, "DATE_FORMAT"),
    }


class WeekFilter(admin.SimpleListFilter):
    title = _("week")
    parameter_name = "week"

    def lookups(self, request, model_admin):
        weeks = model_admin.get_queryset(request).order_by("-week").values_list("week", flat=True).distinct()
        return [(week.isoformat(), week_label(week)) for week in weeks]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        try:
            return queryset.filter(week=datetime.date.fromisoformat(self.value()))
        except ValueError as error:
            raise IncorrectLookupParameters(error) from error


class AnswerFilter(admin.SimpleListFilter):
    """By default only the searches with no good answer; editors may also see every query searched
    often enough to be shown, answered or not."""

    title = _("show")
    parameter_name = "show"

    def lookups(self, request, model_admin):
        return [("all", _("Every query searched 3 times or more"))]

    def choices(self, changelist):
        yield {
            "selected": self.value() != "all",
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("No good answer"),
        }
        yield {
            "selected": self.value() == "all",
            "query_string": changelist.get_query_string({self.parameter_name: "all"}),
            "display": _("Every query searched 3 times or more"),
        }

    def queryset(self, request, queryset):
        return queryset if self.value() == "all" else queryset.filter(insights.NO_GOOD_ANSWER)


@admin.register(SearchWeek)
class SearchWeekAdmin(admin.ModelAdmin):
    """Searches with no good answer, week by week: what readers looked for at least three times in
    a week and found nothing for, or did not open any result of (or, filtered, every query searched
    that often). Read-only; only searches write it."""

    list_display = ["query", "week_shown", "searches", "zero_results", "clicks", "opened"]
    list_display_links = None
    list_filter = [AnswerFilter, WeekFilter]
    show_full_result_count = False  # no "(N total)": the default filter hides most rows, and it costs a query
    ordering = ["-week", "-searches", "query"]
    actions = None
    fields = ["query", "week", "searches", "zero_results", "clicks", "clicks_by_position"]

    def get_queryset(self, request):
        return insights.seen_enough(user=request.user)  # AnswerFilter keeps those with no good answer

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("week"), ordering="week")
    def week_shown(self, row):
        return week_label(row.week)

    @admin.display(description=_("results opened, by position"))
    def opened(self, row):
        counts = [(str(n), count) for n, count in enumerate(row.clicks_by_position[:-1], start=1) if count]
        if row.clicks_by_position[-1]:
            counts.append((_("later"), row.clicks_by_position[-1]))
        return ", ".join(f"{where}: {count}" for where, count in counts) or "–"

    def get_list_display(self, request):
        """The last column, links to give a query an answer, depends on who looks (not stored on
        this admin, which every request shares)."""

        @admin.display(description=_("give it an answer"))
        def fix(row):
            links = insights.answer_links(row.query, user=request.user)
            return format_html_join(" · ", '<a href="{1}">{0}</a>', links) if links else "–"

        return [*self.list_display, fix]
