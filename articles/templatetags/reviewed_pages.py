import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from articles import presentation

register = template.Library()

# Inside <script>, "<", ">" and "&" could end the element or start markup: escape them as JSON does.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict):
    """A schema.org JSON-LD block. A data block, not a script: CSP does not run it, browsers ignore it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - escaped


@register.filter
def plain_text(rendered_html: str) -> str:
    """Rendered HTML as plain words (escaped again on output), for teasers and descriptions."""
    return presentation.plain_text(rendered_html or "")
