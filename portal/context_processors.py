from django.conf import settings

from portal import languages

# Pages that exist in every language at the same path (the views know nothing of translations).
# Reviewed pages (articles, medicines, topics, glossary terms) set `language_alternates` in their
# views, listing only the translations that are approved and public.
PAGES_IN_EVERY_LANGUAGE = {
    "home",
    "search",
    "about",
    "topic_list",
    "medicine_list",
    "which_pages_fit_me",
    "glossary",
    "editorial_policy",
    "resources:directory",
    "resources:organization",
}


def site(request):
    """The site's own address, for canonical links and Open Graph tags."""
    return {"SITE_URL": settings.SITE_URL}


def language_alternates(request):
    """`language_alternates`: (language, path) for each language this page exists in.

    A view that knows its page's translations sets `language_alternates` itself, which overrides
    this default. Here, a page listed in PAGES_IN_EVERY_LANGUAGE exists in every language; any other
    page only in its own (the language switch then leads to the other language's home page, which
    says that the page is not translated yet). A page that matched no URL (404) has no alternates.
    """
    match = getattr(request, "resolver_match", None)
    if match is None:
        return {"language_alternates": []}
    language, path = languages.split_path(request.path)
    if match.view_name in PAGES_IN_EVERY_LANGUAGE:
        return {"language_alternates": [(code, languages.localized_path(path, code)) for code in languages.languages()]}
    return {"language_alternates": [(language, request.path)]}
