import re

from django import template
from django.utils.translation import gettext_lazy as _

from resources.models import AttendingType, CostKind, PhoneType

register = template.Library()

_LABELS = {"cost": CostKind, "phone": PhoneType, "attending": AttendingType}


@register.filter
def tel_href(number: str) -> str:
    """A `tel:` link target: digits and a leading + only, so no text can break out of it."""
    digits = re.sub(r"[^0-9+]", "", number or "")
    return f"tel:{digits}"


@register.filter
def choice_label(value: str, kind: str) -> str:
    """The reader's words for a stored code (the cards get codes straight from the database)."""
    choices = _LABELS[kind]
    return choices(value).label if value in choices.values else value


def _same_words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _sentence(text: str) -> str:
    """A listing's phrase as a sentence: a capital first letter and a full stop."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else f"{text}."


# What each kind of cost means, said as a sentence a reader can act on.
_COST_SENTENCES = {
    CostKind.FREE: _("Free."),
    CostKind.SLIDING_SCALE: _("Sliding-scale fee, based on what you can pay."),
    CostKind.FEE: _("There is a fee."),
}


@register.filter
def cost_text(service) -> str:
    """The card's cost line in whole sentences ("Free. Grants depend on household income."), each
    fact said once: a description or fees text that only repeats the kind of cost ("Free" and
    "Free") is not shown twice. A fee with nothing said about it tells the reader to ask the
    organization. Plain text; the template escapes it."""
    said, sentences = set(), []
    fees = (service.fees_description or "").strip()
    for cost in service.cost_list or []:
        option = cost["option"]
        label = str(choice_label(option, "cost"))
        description = (cost.get("amount_description") or "").strip()
        new_description = description and _same_words(description) not in {_same_words(label), *said}
        if option == CostKind.FEE and new_description:
            sentence = str(_("There is a fee: %(amount)s.")) % {"amount": description.rstrip(".")}
            new_description = False
        else:
            sentence = str(_COST_SENTENCES.get(option, label))
        if _same_words(sentence) not in said:
            sentences.append(sentence)
        if new_description:
            sentences.append(_sentence(description))
        if option == CostKind.FEE and not description and not fees:
            sentences.append(str(_("Ask the organization what it costs and what it covers.")))
        said |= {_same_words(label), _same_words(description), _same_words(sentence)}
    if fees and _same_words(fees) not in said:
        sentences.append(_sentence(fees))
    return " ".join(sentences)
