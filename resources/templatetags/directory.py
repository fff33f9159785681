import re

from django import template

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


@register.filter
def cost_text(service) -> str:
    """The card's cost line, each fact said once: a cost option whose description or fees text only
    repeats it ("Free" and "Free") is not shown twice. Plain text; the template escapes it."""
    said, parts = set(), []
    for cost in service.cost_list or []:
        label = str(choice_label(cost["option"], "cost"))
        description = cost.get("amount_description") or ""
        if description and _same_words(description) != _same_words(label):
            part = f"{label} ({description})"
        else:
            part = label
        if _same_words(part) not in said:
            parts.append(part)
        said |= {_same_words(label), _same_words(description), _same_words(part)}
    text = "; ".join(parts)
    fees = (service.fees_description or "").strip()
    if fees and _same_words(fees) not in said:
        text = f"{text}. {fees}" if text else fees
    return text
