"""Related pages from other apps, for the reviewed pages' templates (see portal/related.py)."""

from django import template

from portal import related

register = template.Library()


@register.simple_tag
def support_for_topics(topic_slugs) -> related.SupportListings:
    """`{% support_for_topics page.topic_slugs as support %}`: the support listings for those topics."""
    return related.support_for_topics(topic_slugs)
