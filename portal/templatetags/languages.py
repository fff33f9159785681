"""The language switch and the `hreflang` alternates of base.html.

Both come from `language_alternates` (a list of (language, path) for the versions of this page
that exist and are public): set by the views of reviewed pages, or by the context processor
`portal.context_processors.language_alternates` for pages every language has.
"""

from django import template
from django.conf import settings
from django.utils.http import urlencode

from portal import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context) -> dict:
    """{"alternates": [(language, path)] when the page exists in more than one language, plus its
    "x_default" (the English path), and "switch": one entry per language with the address of this
    page in it, or of that language's home page saying the page is not translated yet."""
    request = context.get("request")
    if request is None:
        return {"alternates": [], "x_default": "", "switch": []}
    current, neutral_path = languages.split_path(request.path)
    alternates = dict(context.get("language_alternates") or [])
    # What the reader searched or filtered for, without the "not translated yet" notice's parameter.
    notice = set(languages.NO_TRANSLATION_PARAMETER.values())
    kept = [(key, values) for key, values in request.GET.lists() if key not in notice]
    query = urlencode(sorted(kept), doseq=True)
    switch = []
    for code, name in settings.LANGUAGES:
        if code == current:
            href = request.get_full_path()
        elif code in alternates:
            href = alternates[code]
            # The same page in the other language keeps what the reader searched or filtered for.
            if query and languages.split_path(href)[1] == neutral_path:
                href = f"{href}?{query}"
        elif request.resolver_match is None:
            href = languages.localized_path("/", code)  # a page that does not exist in any language
        else:
            href = languages.no_translation_home(code)
        switch.append({"code": code, "name": name, "href": href, "current": code == current})
    shown = list(alternates.items()) if len(alternates) > 1 else []
    x_default = alternates.get(languages.DEFAULT_LANGUAGE, "") if shown else ""
    return {"alternates": shown, "x_default": x_default, "switch": switch}
