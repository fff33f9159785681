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
