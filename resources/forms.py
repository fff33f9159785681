"""The forms of the directory admin's own screens: "Add a listing" and "Import listings".

They collect and convert input only; `resources.services.listing_create` and
`resources.importing.import_upload` / `import_confirm` check it and make the changes. Labels and help
texts come from the models, so each field is named the same here as on the edit pages.
"""

from django import forms
from django.db.models import Case, When
from django.utils.translation import gettext_lazy as _

from resources.models import (
    Address,
    CostOption,
    Location,
    LocationType,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    Taxonomy,
    TaxonomyTerm,
    http_url_validator,
)


class WebAddressField(forms.URLField):
    """Web addresses only (http or https), refused with a message that says so."""

    default_validators = [http_url_validator]
    default_error_messages = {"invalid": http_url_validator.message}  # a form field's own message wins otherwise


def _url_field(model_field, **kwargs):
    # Addresses typed without a scheme are taken as https://, the scheme every listing should use.
    return model_field.formfield(form_class=WebAddressField, assume_scheme="https", **kwargs)


def _fields(model, names: list[str], required: bool | None = None) -> dict[str, forms.Field]:
    """Form fields made from the model's own (labels, help texts, choices, validators)."""
    made = {}
    for name in names:
        model_field = model._meta.get_field(name)
        field = _url_field(model_field) if name in ("website", "url", "schedule_link") else model_field.formfield()
        if required is not None:
            field.required = required
        made[name] = field
    return made


class _PartForm(forms.Form):
    """A plain form of some model fields; `part` returns the values given (None if all are empty)."""

    model = None
    names: list[str] = []
    optional = False  # a part of the listing that may be left out entirely

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(_fields(self.model, self.names, required=False if self.optional else None))
        self.order_fields(self.names)  # the model's fields first, then those the form adds

    # Fields whose value alone does not make a part worth saving (a select that always has a choice).
    not_alone: frozenset[str] = frozenset()

    def part(self) -> dict | None:
        values = {name: self.cleaned_data.get(name) for name in self.names}
        values = {name: ("" if value is None and self._is_text(name) else value) for name, value in values.items()}
        given = [name for name, value in values.items() if value not in ("", None, False)]
        if self.optional and not set(given) - self.not_alone:
            return None
        return values

    def _is_text(self, name: str) -> bool:
        return not self.model._meta.get_field(name).null


class ExistingOrganizationForm(forms.Form):
    """The organization, when the listing is added from an organization's own page (?organization=<id>)."""

    organization = forms.ModelChoiceField(Organization.objects.all(), required=False, widget=forms.HiddenInput)

    def chosen(self) -> Organization | None:
        """The organization named, valid or not yet validated (to show its name above the form)."""
        if self.is_bound:
            return self.cleaned_data.get("organization") if self.is_valid() else None
        return self.initial.get("organization")


class OrganizationForm(_PartForm):
    model = Organization
    names = ["name", "alternate_name", "description", "website", "email"]
    optional = True  # not needed when an existing organization is chosen; the service says what is missing


class ServiceForm(_PartForm):
    model = Service
    names = ["name", "alternate_name", "status", "description", "eligibility_description", "application_process",
             "url", "email", "alert"]  # fmt: skip
    terms = forms.ModelMultipleChoiceField(
        # Kinds of help first, then how it is given, then who it is for.
        TaxonomyTerm.objects.order_by(
            Case(*(When(taxonomy=taxonomy, then=position) for position, taxonomy in enumerate(Taxonomy.values))),
            "position",
        ),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Kind of help, how it is given and who it is for"),
    )
    languages = forms.CharField(
        required=False,
        label=_("Languages"),
        help_text=_("Two-letter codes separated by commas, such as en, es (English and Spanish)."),
    )

    def language_codes(self) -> list[str]:
        raw = self.cleaned_data.get("languages", "")
        return [code for code in raw.replace(";", ",").replace(" ", ",").split(",") if code]


class PhoneForm(_PartForm):
    model = Phone
    names = ["number", "extension", "type", "description"]
    optional = True
    not_alone = frozenset({"type"})  # a row with "Voice" chosen and nothing typed is an empty row


PhoneFormSet = forms.formset_factory(PhoneForm, extra=2)


class LocationForm(_PartForm):
    model = Location
    names = ["location_type", "name", "transportation", "url"]
    optional = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location_type"].label = _("Kind of place")
        self.fields["location_type"].choices = [("", _("No place: leave out")), *LocationType.choices]
        self.fields["name"].help_text = _("Such as “Main office” or “Cancer center, room 4”.")


class AddressForm(_PartForm):
    model = Address
    names = ["address_1", "address_2", "city", "state_province", "postal_code"]
    optional = True


class AreaForm(_PartForm):
    model = ServiceArea
    names = ["scope", "state", "name"]
    optional = True


class CostForm(_PartForm):
    model = CostOption
    names = ["option", "amount_description"]
    optional = True


class ScheduleForm(_PartForm):
    model = Schedule
    names = ["description", "freq", "interval", "byday", "opens_at", "closes_at", "timezone", "attending_type",
             "is_group_meeting", "schedule_link"]  # fmt: skip
    optional = True


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8 (Excel: “CSV UTF-8”), one row per service; the columns are listed below. HSDS 3.0 "
            "JSON (.json) is accepted too."
        ),  # fmt: skip
    )


class ConfirmForm(forms.Form):
    sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)
