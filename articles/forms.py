"""Forms of the reviewer workspace. They only collect input: the services decide and save."""

from django import forms
from django.utils.translation import gettext_lazy as _

from articles.models import ENGLISH, Biomarker, ContentKind, HER2Status, HRStatus, ReviewedItem, Revision, Route, Topic
from articles.rendering import normalise_text
from articles.services import CONTENT_FIELDS, REFERENCE_FIELDS, writable_fields

MARKDOWN_HELP = _("Markdown: ## for a heading, - for a list. Cite sources as [1], [2] (the reference numbers below).")
LIST_HELP = _("Separate with commas.")


class CommaSeparatedField(forms.CharField):
    def prepare_value(self, value):
        return ", ".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value):
        return [part.strip() for part in (super().to_python(value) or "").split(",") if part.strip()]


class NormalisedTextForm(forms.Form):
    """Browsers post a textarea's lines with CRLF: every text arrives with LF line ends and no
    spaces at the end of a line, so the next version's diff shows only what the author changed."""

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = normalise_text(value).strip()
            elif isinstance(value, list) and all(isinstance(part, str) for part in value):
                cleaned[name] = [normalise_text(part).strip() for part in value]
        return cleaned


class RevisionForm(NormalisedTextForm):
    """The author's form for one kind of page; `new` adds the page's address (and topic)."""

    slug = forms.SlugField(label=_("Address"), max_length=100, help_text=_("e.g. hormone-therapy-basics"))
    topic = forms.ModelChoiceField(queryset=Topic.objects.all(), label=_("Topic"))
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(label=_("Key points"), widget=forms.Textarea(attrs={"rows": 4}), help_text=MARKDOWN_HELP)
    body = forms.CharField(
        label=_("Body"), required=False, widget=forms.Textarea(attrs={"rows": 16}), help_text=MARKDOWN_HELP
    )
    generic_name = forms.CharField(label=_("Generic name"), max_length=120, required=False)
    brand_names = CommaSeparatedField(label=_("Brand names"), required=False, help_text=LIST_HELP)
    drug_class = forms.CharField(label=_("Type of medicine"), max_length=160, required=False)
    how_it_works = forms.CharField(label=_("How it works"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    who_it_is_for = forms.CharField(
        label=_("Who it is for (from the FDA label)"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    line_of_treatment = forms.CharField(label=_("Line of treatment"), max_length=200, required=False)
    routes = forms.MultipleChoiceField(
        label=_("How it is given"), choices=Route.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    schedule = forms.CharField(label=_("Schedule, in words (never a dose)"), max_length=500, required=False)
    common_side_effects = forms.CharField(
        label=_("Common side effects"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    serious_side_effects = forms.CharField(
        label=_("Serious side effects to report at once"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    questions_to_ask = forms.CharField(
        label=_("Questions to ask your care team"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    fda_label_url = forms.URLField(label=_("FDA label address"), max_length=500, required=False, assume_scheme="https")
    fda_label_date = forms.DateField(label=_("FDA label date"), required=False, help_text=_("YYYY-MM-DD"))
    breast_cancer_use_withdrawn_on = forms.DateField(
        label=_("US breast-cancer use withdrawn on"), required=False,
        help_text=_("YYYY-MM-DD. Only if the label's breast-cancer use was withdrawn: the page stays, says so at the "
                    "top and leaves the lists of medicines used today. Explain it in “who it is for”."),
    )  # fmt: skip
    aliases = CommaSeparatedField(label=_("Other names and spellings"), required=False, help_text=LIST_HELP)
    hr_status = forms.MultipleChoiceField(
        label=_("Hormone receptor status it applies to"), choices=HRStatus.choices, required=False,
        widget=forms.CheckboxSelectMultiple, help_text=_("Leave empty if it applies to everyone."),
    )  # fmt: skip
    her2_status = forms.MultipleChoiceField(
        label=_("HER2 status it applies to"), choices=HER2Status.choices, required=False,
        widget=forms.CheckboxSelectMultiple, help_text=_("Leave empty if it applies to everyone."),
    )  # fmt: skip
    biomarkers = forms.MultipleChoiceField(
        label=_("Biomarkers it applies to"), choices=Biomarker.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only markers the FDA label's approved uses name. Leave empty if it asks for none."),
    )  # fmt: skip
    related_medicines = forms.ModelMultipleChoiceField(
        queryset=ReviewedItem.objects.medicines().select_related("live_revision").order_by("slug"),
        label=_("Related medicines"), required=False,
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip
    change_summary = forms.CharField(
        label=_("What changed"), max_length=300, help_text=_("Patients see this under “Changes to this page”.")
    )
    based_on = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, kind: ContentKind, new: bool, language: str = ENGLISH, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind, self.language = kind, language
        # A translation's form has only the words: tags, label and related medicines follow the English version.
        keep = set(writable_fields(kind, language)) | {"based_on"}
        if kind == ContentKind.ARTICLE and language == ENGLISH:
            keep.add("related_medicines")
        if new:
            keep.add("slug")
            if kind == ContentKind.ARTICLE:
                keep.add("topic")
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]
        if "related_medicines" in self.fields:
            self.fields["related_medicines"].label_from_instance = lambda item: (
                item.live_revision.title if item.live_revision else item.slug
            )
        if kind == ContentKind.GLOSSARY:
            self.fields["title"].label = _("Term")
            self.fields["summary"].label = _("Definition")
        if kind == ContentKind.MEDICINE:
            self.fields["summary"].label = _("One-line summary")
        if kind == ContentKind.URGENT_HELP:
            self.fields["title"].label = _("Heading")
            self.fields["summary"].label = _("What to do first (for example, fever during chemotherapy)")
            self.fields["body"].label = _("Signs that need 911")
        if kind == ContentKind.TOPIC:
            # The published topic's columns: plain text, as the home page and the topic page show it.
            self.fields["title"].max_length = Topic._meta.get_field("title").max_length
            self.fields["summary"] = forms.CharField(
                label=_("Summary"), max_length=Topic._meta.get_field("summary").max_length,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text=_("One or two plain sentences (no Markdown), shown under the title on the home page."),
            )  # fmt: skip

    def content(self) -> dict:
        fields = writable_fields(self.kind, self.language)
        return {name: self.cleaned_data[name] for name in fields if name in self.cleaned_data}


class ReferenceForm(NormalisedTextForm):
    title = forms.CharField(label=_("Title"), max_length=500)
    authors = forms.CharField(label=_("Authors or publisher"), max_length=500, required=False)
    source = forms.CharField(label=_("Journal or website"), max_length=300, required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1800, max_value=2100)
    url = forms.URLField(label=_("Web address"), max_length=1000, required=False, assume_scheme="https")
    doi = forms.CharField(label=_("DOI"), max_length=200, required=False)
    pmid = forms.CharField(label=_("PubMed ID"), max_length=10, required=False)
    accessed_on = forms.DateField(label=_("Accessed"), required=False, help_text=_("YYYY-MM-DD"))

    def reference(self) -> dict:
        return {field: self.cleaned_data.get(field) or ("" if field not in ("year", "accessed_on") else None)
                for field in REFERENCE_FIELDS}  # fmt: skip


ReferenceFormSet = forms.formset_factory(ReferenceForm, extra=2, can_delete=True, max_num=200)


class ApproveForm(forms.Form):
    comment = forms.CharField(label=_("Comment (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    next_review_due = forms.DateField(
        label=_("Next review due"),
        required=False,
        help_text=_("YYYY-MM-DD; leave empty for the page's usual interval."),
    )
    safety_change = forms.BooleanField(
        label=_("This version changes safety information"), required=False,
        help_text=_("Translations of earlier versions then tell readers plainly that safety information changed, "
                    "until they are updated."),
    )  # fmt: skip

    def __init__(self, *args, language: str = ENGLISH, **kwargs):
        super().__init__(*args, **kwargs)
        if language != ENGLISH:  # only an English version is marked; its translations follow it
            del self.fields["safety_change"]


class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("What needs to change"), widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The author sees this; be specific."),
    )  # fmt: skip


class ConfirmReviewForm(forms.Form):
    note = forms.CharField(
        label=_("What you re-checked"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000,
        help_text=_("For example: “Checked against the current FDA label and NCCN guidance; still correct.”"),
    )  # fmt: skip
    next_review_due = forms.DateField(
        label=_("Next review due"),
        required=False,
        help_text=_("YYYY-MM-DD; leave empty for the page's usual interval."),
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (patients see it)"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    next_url = forms.CharField(
        label=_("Where readers should go instead"), required=False, max_length=500,
        help_text=_("A path on this site such as /medicines/, or an https:// address."),
    )  # fmt: skip


def revision_initial(revision: Revision, medicine_ids: list[int]) -> dict:
    initial = {name: getattr(revision, name) for name in CONTENT_FIELDS[revision.item.kind]}
    initial.update(based_on=revision.pk, related_medicines=medicine_ids, change_summary="")
    return initial
