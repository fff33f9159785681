from django import template

from articles.labels import selectors

register = template.Library()


@register.simple_tag
def open_label_flag_count() -> int:
    """How many pages wait for a check against a new FDA label (the review queue links to them)."""
    return selectors.open_flag_count()
