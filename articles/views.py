"""Public pages of reviewed content: only ever live revisions."""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from articles import page_groups, selectors, services
from articles.models import ENGLISH, TRANSLATION_LANGUAGES, Biomarker, ContentKind, HER2Status, HRStatus, page_url
from articles.structured_data import page_json_ld
from portal.page_cache import depends_on, mark_uncacheable
from portal.public_posts import is_same_origin, over_rate_limit

NOT_SURE = ""
NOT_TESTED = _("Not tested, or I don't know")
FEEDBACK_LIMIT_PER_HOUR = 10


def _reviewed_page(request, kind: ContentKind, slug: str, template: str):
    """/articles/<slug>/ shows the English page, /es/articles/<slug>/ its approved Spanish
    translation (the language comes from the address: portal.middleware.URLLanguageMiddleware), in
    the same template. A translation is cached with its English page's groups: a change to either
    makes both stale."""
    language = translation.get_language()
    try:
        if language == ENGLISH:
            page = selectors.live_page(kind=kind, slug=slug)
        else:
            page = selectors.live_translation_page(kind=kind, slug=slug, language=language)
    except selectors.PageWithdrawn as withdrawn:
        depends_on(request, page_groups.page(withdrawn.item.get_absolute_url()))
        context = {"item": withdrawn.item, "title": withdrawn.title}
        return render(request, "articles/withdrawn.html", context, status=410)
    depends_on(request, *page_groups.public_page_groups(page))
    context = {"page": page, "json_ld": page_json_ld(page), "language_alternates": page.language_alternates}
    return render(request, template, context)


@require_safe
def article_detail(request, slug):
    return _reviewed_page(request, ContentKind.ARTICLE, slug, "articles/article_detail.html")


@require_safe
def medicine_detail(request, slug):
    return _reviewed_page(request, ContentKind.MEDICINE, slug, "articles/medicine_detail.html")


@require_safe
def topic_list(request):
    """Every published topic (reviewed title and summary only), with its first few pages; in Spanish,
    each topic's approved Spanish title and summary where there are some."""
    topics = selectors.topics_with_live_articles(translation.get_language())
    return render(request, "articles/topic_list.html", {"topics": topics})


@require_safe
def topic_detail(request, slug):
    """A topic's page: /topics/<slug>/ in English, /es/topics/<slug>/ in Spanish (the topic's approved
    Spanish text and each article's Spanish card where approved; English, marked as such, otherwise)."""
    try:
        listing = selectors.topic_page(slug, request.GET.get("page"), language=translation.get_language())
    except selectors.PageWithdrawn as withdrawn:
        context = {"item": withdrawn.item, "title": withdrawn.title}
        return render(request, "articles/withdrawn.html", context, status=410)
    # The topic's own title and summary, and any translation's approval, change only with a
    # site-wide refresh; its articles' cards change with the topic's group, in every language.
    depends_on(request, page_groups.topic(slug))
    # The page exists in every language (its text falls back to English, marked as English).
    alternates = [(code, page_url(ContentKind.TOPIC, slug, code)) for code in (ENGLISH, *TRANSLATION_LANGUAGES)]
    return render(request, "articles/topic_detail.html", {"listing": listing, "language_alternates": alternates})


class MedicineFilterForm(forms.Form):
    hr_status = forms.ChoiceField(
        label=_("Hormone receptor status"), required=False, choices=[("", _("Any"))] + HRStatus.choices
    )
    her2_status = forms.ChoiceField(
        label=_("HER2 status"), required=False, choices=[("", _("Any"))] + HER2Status.choices
    )
    drug_class = forms.ChoiceField(label=_("Type of medicine"), required=False)
    biomarker = forms.ChoiceField(
        label=_("Test result its US label names"), required=False, choices=[(NOT_SURE, NOT_TESTED)] + Biomarker.choices
    )

    def __init__(self, *args, drug_classes: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["drug_class"].choices = [("", _("Any"))] + [(name, name) for name in drug_classes]
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"


def _glossary_links(form) -> list[tuple]:
    """(bound field, its glossary links) for each field of a filter form, in the form's order: every subtype
    and biomarker choice links to the definition that explains it (issue 21)."""
    links = selectors.filter_glossary_links()
    return [(field, links.get(field.name, [])) for field in form]


@require_safe
def medicine_list(request):
    form = MedicineFilterForm(request.GET or None, drug_classes=selectors.drug_classes())
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    medicines = selectors.live_medicines(**{k: v for k, v in filters.items() if v})
    subtype = {k: filters[k] for k in ("hr_status", "her2_status") if filters.get(k)}
    groups = selectors.group_by_subtype(medicines, **subtype) if subtype else None
    context = {
        "form": form, "medicines": medicines, "groups": groups, "filtered": bool(filters),
        "glossary_links": _glossary_links(form),
    }  # fmt: skip
    response = render(request, "articles/medicine_list.html", context)
    return mark_uncacheable(response) if form.errors else response


class FitForm(forms.Form):
    hr_status = forms.ChoiceField(
        label=_("Hormone receptor status"), choices=HRStatus.choices + [(NOT_SURE, _("Not sure"))],
        widget=forms.RadioSelect, required=False,
    )  # fmt: skip
    her2_status = forms.ChoiceField(
        label=_("HER2 status"), choices=HER2Status.choices + [(NOT_SURE, _("Not sure"))],
        widget=forms.RadioSelect, required=False,
    )  # fmt: skip
    biomarker = forms.ChoiceField(
        label=_("Other test results (biomarkers)"), choices=Biomarker.choices + [(NOT_SURE, NOT_TESTED)],
        widget=forms.RadioSelect, required=False, initial=NOT_SURE,
    )  # fmt: skip


@require_safe
def which_pages_fit_me(request):
    form = FitForm(request.GET or None)
    results = None
    if form.is_bound and form.is_valid():
        results = selectors.pages_that_fit(
            hr_status=form.cleaned_data["hr_status"], her2_status=form.cleaned_data["her2_status"],
            biomarker=form.cleaned_data["biomarker"], page_number=request.GET.get("page"),
        )  # fmt: skip
    choices = request.GET.copy()
    choices.pop("page", None)  # the page links keep the reader's choices
    context = {
        "form": form,
        "results": results,
        "fit_query": choices.urlencode(),
        "glossary_links": _glossary_links(form),
    }
    response = render(request, "articles/which_pages_fit_me.html", context)
    return mark_uncacheable(response) if form.errors else response


@require_safe
def glossary(request):
    language = translation.get_language()
    if language == ENGLISH:
        return render(request, "articles/glossary.html", {"terms": selectors.glossary()})
    # The glossary in another language lists the terms whose translation is approved.
    return render(request, "articles/glossary.html", {"terms": selectors.translated_glossary(language)})


@require_safe
def editorial_policy(request):
    return render(request, "articles/editorial_policy.html", {"reviewers": selectors.published_reviewers()})


# --- "Was this page helpful?" --------------------------------------------------------------------------


class FeedbackForm(forms.Form):
    item = forms.IntegerField(widget=forms.HiddenInput)
    helpful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))], coerce=lambda value: value == "yes", widget=forms.RadioSelect
    )
    comment = forms.CharField(required=False, max_length=services.FEEDBACK_COMMENT_MAX, widget=forms.Textarea)
    # Left empty by people; filled in by form-filling robots, which then get a thank-you and nothing else.
    website = forms.CharField(required=False)


@csrf_exempt  # pages carry no CSRF token so that they stay cookie-free and cacheable; see portal.public_posts
@require_POST
def feedback(request):
    if not is_same_origin(request):
        return render(request, "articles/feedback_result.html", {"refused": True}, status=403)
    if over_rate_limit(request, scope="feedback", per_hour=FEEDBACK_LIMIT_PER_HOUR):
        return render(request, "articles/feedback_result.html", {"too_many": True}, status=429)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return render(request, "articles/feedback_result.html", {"form": form}, status=400)
    if form.cleaned_data["website"]:
        return render(request, "articles/feedback_result.html", {"thanks": True})
    try:
        services.feedback_record(
            item_id=form.cleaned_data["item"],
            helpful=form.cleaned_data["helpful"],
            comment=form.cleaned_data["comment"],
        )
    except ValidationError as error:
        return render(request, "articles/feedback_result.html", {"errors": error.messages}, status=400)
    return render(request, "articles/feedback_result.html", {"thanks": True})
