"""The Spanish edition's addresses: the language of a page comes from its path alone.

English pages keep the addresses they have always had (no prefix); Spanish pages are the same
paths under /es/. No cookie, no session and no Accept-Language header ever chooses the language,
so a page's address alone decides what it shows, every copy of it can be shared by caches, and a
reader's link opens the same page for whoever follows it.
"""

from django.conf import settings

DEFAULT_LANGUAGE = "en"
# The query parameter that sends a reader to the home page of a language saying that the page they
# were reading has no approved translation yet (see templates/portal/home.html).
NO_TRANSLATION_PARAMETER = {"en": "no-translation", "es": "sin-traduccion"}


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def split_path(path: str) -> tuple[str, str]:
    """(language, the path without its language prefix): "/es/medicines/" -> ("es", "/medicines/")."""
    for code in languages():
        prefix = f"/{code}/"
        if code != DEFAULT_LANGUAGE and path.startswith(prefix):
            return code, path[len(prefix) - 1 :]
    return DEFAULT_LANGUAGE, path


def localized_path(path: str, language: str) -> str:
    """The address of a language-neutral path in `language`: "/medicines/" -> "/es/medicines/"."""
    return path if language == DEFAULT_LANGUAGE else f"/{language}{path}"


def no_translation_home(language: str) -> str:
    """The home page of `language`, saying that the page asked for is not translated yet."""
    return f"{localized_path('/', language)}?{NO_TRANSLATION_PARAMETER[language]}=1"
