"""The Spanish edition's addresses and interface (issue 22): English stays exactly where it was,
Spanish lives under /es/, and only the address chooses the language: no cookie, no session, no
Accept-Language redirect and no Vary header, so every page stays shareable by caches."""

import ast
import os
import re
import shutil
import subprocess

import pytest
from django.urls import reverse

from tests.helpers import REPOSITORY, debian_tool

pytestmark = pytest.mark.django_db

# Today's English addresses (DESIGN.md: "stable; partners will link to them").
ENGLISH_URLS = {
    "home": "/",
    "search": "/search/",
    "about": "/about/",
    "topic_list": "/topics/",
    "medicine_list": "/medicines/",
    "which_pages_fit_me": "/which-pages-fit-me/",
    "glossary": "/glossary/",
    "editorial_policy": "/about/editorial-policy/",
    "feedback": "/feedback/",
    "resources:directory": "/support/",
    "sitemap": "/sitemap.xml",
    "updates_feed": "/feeds/updates/",
    "hsds:root": "/hsds/",
    "hsds:service_list": "/hsds/services",
    "admin:index": "/admin/",
    "two_factor": "/admin/two-factor/",
}
ENGLISH_DETAIL_URLS = {
    ("topic_detail", "chemotherapy"): "/topics/chemotherapy/",
    ("article_detail", "a-page"): "/articles/a-page/",
    ("medicine_detail", "tamoxifen"): "/medicines/tamoxifen/",
    ("resources:organization", "a-group"): "/support/a-group/",
}

# Pages that exist in both languages; each must answer in Spanish under /es/.
SPANISH_PAGES = [
    "/es/",
    "/es/topics/",
    "/es/medicines/",
    "/es/glossary/",
    "/es/search/?q=",
    "/es/search/?q=tamoxifeno",
    "/es/support/",
    "/es/about/",
    "/es/about/editorial-policy/",
    "/es/which-pages-fit-me/",
]


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode())[1]


def alternates(response) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', response.content.decode()))


def switch_links(response) -> dict[str, str]:
    """The language switch: {lang: href}, each link marked with the language of its own name."""
    nav = re.search(r'<li class="language-switch">.*?</li>', response.content.decode(), re.S)[0]
    return {lang: href.replace("&amp;", "&") for href, lang in re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav)}


@pytest.mark.parametrize(("name", "url"), ENGLISH_URLS.items())
def test_english_addresses_are_unchanged(name, url):
    assert reverse(name) == url


@pytest.mark.parametrize(("name_and_slug", "url"), ENGLISH_DETAIL_URLS.items())
def test_english_detail_addresses_are_unchanged(name_and_slug, url):
    name, slug = name_and_slug
    assert reverse(name, kwargs={"slug": slug}) == url


def test_machine_and_staff_addresses_have_no_spanish_twin(client):
    for url in ("/es/admin/", "/es/hsds/", "/es/sitemap.xml", "/es/healthz", "/es/en/", "/en/"):
        assert client.get(url).status_code == 404, url


def test_english_pages_answer_in_english(client):
    response = client.get("/")
    assert response.status_code == 200
    assert html_lang(response) == "en"
    assert response["Content-Language"] == "en"
    assert "Living with stage four breast cancer" in response.content.decode()


@pytest.mark.parametrize("url", SPANISH_PAGES)
def test_spanish_pages_answer_in_spanish(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert html_lang(response) == "es"
    assert response["Content-Language"] == "es"
    # The interface is Spanish: the site's name, the menu, the footer's disclaimer.
    assert "Guía sobre el cáncer de mama en estadio 4" in html
    assert "Medicamentos" in html
    assert "Esta información no reemplaza los consejos de su equipo de atención médica." in html
    assert "Skip to main content" not in html
    assert "This information does not replace advice" not in html
    # Links inside the Spanish edition stay in it.
    assert 'href="/es/medicines/"' in html
    assert 'action="/es/search/"' in html or "/es/search/" in html


def test_spanish_page_not_found_is_in_spanish(client):
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    assert html_lang(response) == "es"
    assert "No encontramos esa página" in response.content.decode()


@pytest.mark.parametrize("url", ["/", "/es/", "/topics/", "/es/topics/", "/search/?q=x", "/es/search/?q=x"])
def test_no_cookie_no_session_no_vary_from_the_language(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="es")
    assert not response.cookies
    assert "Set-Cookie" not in response
    vary = response.get("Vary", "")
    assert "Accept-Language" not in vary
    assert "Cookie" not in vary


def test_accept_language_never_chooses_the_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    assert response.status_code == 200  # no redirect to /es/
    assert html_lang(response) == "en"
    response = client.get("/es/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert html_lang(response) == "es"


def test_a_language_cookie_is_ignored(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    assert html_lang(client.get("/topics/")) == "en"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert html_lang(client.get("/es/topics/")) == "es"


def test_a_spanish_request_leaves_no_language_behind(client):
    client.get("/es/")
    assert reverse("medicine_list") == "/medicines/"


BOTH = [("/", "/es/"), ("/medicines/", "/es/medicines/"), ("/support/", "/es/support/")]


@pytest.mark.parametrize(("english", "spanish"), BOTH)
def test_pages_in_both_languages_name_each_other(client, settings, english, spanish):
    settings.SITE_URL = "https://guide.example.org"
    expected = {
        "en": "https://guide.example.org" + english,
        "es": "https://guide.example.org" + spanish,
        "x-default": "https://guide.example.org" + english,
    }
    assert alternates(client.get(english)) == expected
    assert alternates(client.get(spanish)) == expected


def test_the_switch_leads_to_the_same_page_in_the_other_language(client):
    assert switch_links(client.get("/topics/")) == {"en": "/topics/", "es": "/es/topics/"}
    assert switch_links(client.get("/es/topics/")) == {"en": "/topics/", "es": "/es/topics/"}
    # What the reader searched for comes along.
    assert switch_links(client.get("/es/search/?q=tamoxifeno"))["en"] == "/search/?q=tamoxifeno"
    assert switch_links(client.get("/medicines/?her2_status=zero"))["es"] == "/es/medicines/?her2_status=zero"


def test_the_switch_names_each_language_in_itself_and_marks_the_current_one(client):
    html = client.get("/es/about/").content.decode()
    assert '<a href="/about/" lang="en" hreflang="en">English</a>' in html
    assert '<a href="/es/about/" lang="es" hreflang="es" aria-current="true">Español</a>' in html
    assert '<li class="language-switch"><span class="visually-hidden">Idioma:</span>' in html


def test_a_page_without_translation_switches_to_the_other_home_with_a_message(client, live):
    """A page that exists in its own language only (an article nobody has translated yet)."""
    response = client.get("/articles/hormone-therapy-basics/")
    assert switch_links(response)["es"] == "/es/?sin-traduccion=1"
    assert alternates(response) == {}
    spanish_home = client.get("/es/?sin-traduccion=1").content.decode()
    assert 'class="translation-missing"' in spanish_home
    assert "todavía no está disponible en español" in spanish_home
    english_home = client.get("/?no-translation=1").content.decode()
    assert "The page you were reading is not available in English yet." in english_home
    # Switching language from the notice does not carry the notice along.
    assert switch_links(client.get("/es/?sin-traduccion=1"))["en"] == "/"
    # Without the parameter (or with the other language's), no message.
    assert 'class="translation-missing"' not in client.get("/es/").content.decode()
    assert 'class="translation-missing"' not in client.get("/?sin-traduccion=1").content.decode()


def test_views_that_know_their_translations_set_the_alternates(rf):
    """The contract with the reviewed pages: `language_alternates` from the view wins."""
    from django.template import Context, Template
    from django.urls import resolve

    request = rf.get("/es/topics/chemotherapy/")
    request.resolver_match = resolve("/topics/chemotherapy/")
    template = Template(
        "{% load languages %}{% language_links as links %}{{ links.switch.0.href }} {{ links.x_default }}"
    )
    both = [("en", "/topics/chemotherapy/"), ("es", "/es/topics/chemotherapy/")]
    given = Context({"request": request, "language_alternates": both})
    assert template.render(given) == "/topics/chemotherapy/ /topics/chemotherapy/"
    alone = Context({"request": request, "language_alternates": [("es", "/es/topics/chemotherapy/")]})
    assert template.render(alone) == "/?no-translation=1 "


def test_the_switch_escapes_what_the_reader_typed(client):
    html = client.get('/es/search/?q="><script>alert(1)</script>').content.decode()
    assert "<script>alert(1)</script>" not in html
    assert switch_links(client.get('/es/search/?q="><script>'))["en"] == "/search/?q=%22%3E%3Cscript%3E"


# --- The page cache keeps each language's copy apart ------------------------------------------------


@pytest.mark.parametrize("first", ["/topics/", "/es/topics/"])
def test_the_page_cache_never_serves_one_language_for_the_other(client, django_assert_num_queries, first):
    other = "/es/topics/" if first == "/topics/" else "/topics/"
    assert client.get(first)["Cache-Control"] == "public, max-age=0, s-maxage=60"
    second = client.get(other)
    assert html_lang(second) == ("es" if other.startswith("/es/") else "en")
    with django_assert_num_queries(0):  # both are now cached, each in its own language
        assert html_lang(client.get(first)) == ("es" if first.startswith("/es/") else "en")
        assert html_lang(client.get(other)) == ("es" if other.startswith("/es/") else "en")


def test_spanish_filter_pages_are_cached_like_english_ones(client, django_assert_num_queries):
    client.get("/es/search/?q=tamoxifeno")
    with django_assert_num_queries(0):
        assert client.get("/es/search/?q=tamoxifeno").status_code == 200
    client.get("/es/?sin-traduccion=1")
    with django_assert_num_queries(0):
        assert "translation-missing" in client.get("/es/?sin-traduccion=1").content.decode()


def test_page_cache_keys_name_the_language(rf):
    from portal.page_cache import PublicPageCacheMiddleware

    middleware = PublicPageCacheMiddleware(lambda request: None)
    english, spanish = middleware._key(rf.get("/topics/")), middleware._key(rf.get("/es/topics/"))
    assert ":en:" in english
    assert ":es:" in spanish
    assert middleware._key(rf.get("/es/admin/")) is None
    assert middleware._key(rf.get("/es/topics/?utm_source=x")) is None


# --- Dates: US English on English pages, Spanish on Spanish ones -------------------------------------


def test_dates_follow_the_language_of_the_page():
    import datetime

    from django.utils import translation
    from django.utils.formats import date_format

    day = datetime.date(2026, 12, 5)
    with translation.override("en"):
        assert date_format(day) == "December 5, 2026"
        assert date_format(day, "YEAR_MONTH_FORMAT") == "December 2026"
    with translation.override("es"):
        assert date_format(day) == "5 de diciembre de 2026"
        assert date_format(day, "YEAR_MONTH_FORMAT") == "diciembre de 2026"
        assert date_format(datetime.time(16, 42), "TIME_FORMAT") == "16:42"


def test_a_spanish_page_shows_its_dates_in_spanish(client, author, reviewer, translator, spanish_reviewer):
    from articles import services
    from articles.models import ContentKind
    from tests.articles.translation_fixtures import publish_translation

    term = services.item_create(
        kind=ContentKind.GLOSSARY, slug="estrogen", author=author,
        content={"title": "Estrogen", "summary": "A hormone.", "change_summary": "New.", "aliases": []},
    )  # fmt: skip
    services.revision_submit(revision=term, user=author)
    services.revision_approve(revision=term, reviewer=reviewer)
    # The Spanish glossary lists the terms whose translation is approved.
    term.refresh_from_db()
    publish_translation(term, translator, spanish_reviewer, title="Estrógeno", summary="Una hormona.")
    from django.utils import timezone

    today = timezone.localdate()
    english = client.get("/glossary/").content.decode()
    spanish = client.get("/es/glossary/").content.decode()
    assert f"{today:%B} {today.day}, {today.year}" in english
    months = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
    assert f"{today.day} de {months[today.month - 1]} de {today.year}" in spanish


# --- The Spanish .po: every interface string, every one translated ----------------------------------

PO_FILE = REPOSITORY / "locale" / "es" / "LC_MESSAGES" / "django.po"
# Where interface text lives (the Makefile's `make messages` reads the same, leaving out
# bench/, tests/ and deploy/).
SOURCE_DIRS = ("articles", "portal", "resources", "templates")


def po_entries(path) -> list[dict]:
    """The entries of a .po file: msgctxt, msgid, msgid_plural, msgstr (a list) and flags. The
    header and obsolete entries (#~) are left out."""
    entries, entry, field = [], None, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if entry and entry.get("msgid"):
                entries.append(entry)
            entry, field = None, None
            continue
        entry = entry if entry is not None else {"msgctxt": None, "msgid_plural": None, "msgstr": [], "flags": set()}
        if line.startswith("#,"):
            entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if field == "msgstr":
                entry["msgstr"][-1] += value
            else:
                entry[field] += value
        else:
            keyword, value = line.split(" ", 1)
            field = "msgstr" if keyword.startswith("msgstr") else keyword
            if field == "msgstr":
                entry["msgstr"].append(ast.literal_eval(value))
            else:
                entry[field] = ast.literal_eval(value)
    return entries


def test_every_interface_string_in_the_po_is_translated():
    entries = po_entries(PO_FILE)
    assert len(entries) > 1000
    fuzzy = [entry["msgid"] for entry in entries if "fuzzy" in entry["flags"]]
    assert not fuzzy, f"{len(fuzzy)} fuzzy translation(s) in {PO_FILE.name}; check and fix them: {fuzzy[:10]}"
    untranslated = [entry["msgid"] for entry in entries if not all(entry["msgstr"])]
    assert not untranslated, f"{len(untranslated)} string(s) with no Spanish translation: {untranslated[:10]}"
    plurals = [entry["msgid"] for entry in entries if entry["msgid_plural"] is not None and len(entry["msgstr"]) != 3]
    assert not plurals, f"Spanish plurals have three forms (Plural-Forms of the header): {plurals[:10]}"


def test_the_translations_keep_every_placeholder_and_tag():
    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|<[^>]+>")
    wrong = []
    for entry in po_entries(PO_FILE):
        for number, translated in enumerate(entry["msgstr"]):
            source = entry["msgid"] if number == 0 else entry["msgid_plural"]
            if sorted(set(placeholder.findall(source))) != sorted(set(placeholder.findall(translated))):
                wrong.append(f"{source!r} -> {translated!r}")
    assert not wrong, "Placeholders or HTML differ from the English:\n  " + "\n  ".join(wrong)


def test_the_po_compiles_cleanly():
    msgfmt = debian_tool(lambda: shutil.which("msgfmt"), "gettext", "compile the Spanish translations")
    result = subprocess.run([msgfmt, "--check", "-o", os.devnull, str(PO_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_template_and_python_string_is_in_the_po(tmp_path):
    """makemessages on a copy of the code, into a fresh catalogue: every string it finds must be in
    ours. A missing one means `make messages` was not run (then translate what it adds)."""
    debian_tool(lambda: shutil.which("xgettext"), "gettext", "collect the interface strings")
    for folder in SOURCE_DIRS:
        shutil.copytree(REPOSITORY / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "locale").mkdir()
    environment = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    django_admin = REPOSITORY / ".venv" / "bin" / "django-admin"
    command = [str(django_admin)] if django_admin.exists() else ["django-admin"]
    subprocess.run(
        [*command, "makemessages", "--locale=es", "--no-location"],
        cwd=tmp_path, env=environment, check=True, capture_output=True,
    )  # fmt: skip
    found = {(entry["msgctxt"], entry["msgid"]) for entry in po_entries(tmp_path / "locale/es/LC_MESSAGES/django.po")}
    ours = {(entry["msgctxt"], entry["msgid"]) for entry in po_entries(PO_FILE)}
    assert len(found) > 1000
    missing = sorted(msgid for _context, msgid in found - ours)
    assert not missing, (
        f"{len(missing)} interface string(s) are not in {PO_FILE.relative_to(REPOSITORY)}: run `make messages` "
        "and translate them:\n  " + "\n  ".join(missing[:20])
    )
