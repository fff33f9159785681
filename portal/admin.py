"""The portal's own admin: the words people search with (synonyms), kept by content editors."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.models import Synonym
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
