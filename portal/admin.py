"""The portal's own admin: the words people search with (synonyms), kept by content editors, and
the weekly list of searches with no good answer (portal/search/insights.py)."""

import datetime

from django import forms
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from portal.models import SearchWeek, Synonym
from portal.search import insights
from portal.search.medicines import KNOWN_MEDICINES


def _medicine_of(phrase: str) -> str | None:
    lower = phrase.strip().lower()
    for generic, brands in KNOWN_MEDICINES.items():
        if lower in {generic, *(brand.lower() for brand in brands)}:
            return generic
    return None


class SynonymForm(forms.ModelForm):
    class Meta:
        model = Synonym
        fields = ["phrase", "means", "kind"]

    def clean(self):
        """A synonym must never send one medicine's name to another medicine."""
        data = super().clean()
        typed, meant = _medicine_of(data.get("phrase", "")), _medicine_of(data.get("means", ""))
        if typed and meant and typed != meant:
            raise ValidationError(
                _("“%(phrase)s” is %(typed)s and “%(means)s” is %(meant)s: a synonym must not swap one medicine "
                  "for another."),
                params={"phrase": data["phrase"], "typed": typed, "means": data["means"], "meant": meant},
            )  # fmt: skip
        return data


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    form = SynonymForm
    list_display = ["phrase", "means", "kind"]
    list_filter = ["kind"]
    search_fields = ["phrase", "means"]


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
