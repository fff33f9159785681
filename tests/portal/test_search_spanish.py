"""Spanish search (issue 22): /es/search/ finds the approved Spanish translations, at their /es/
addresses, with Spanish stemming, without accents and despite misspellings; English search never
shows them; a translation leaves the index with its English page; medicines are never swapped."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import services
from articles.models import ContentKind, Revision
from portal import search
from portal.models import SearchDocument, Synonym
from portal.search import registry, synonyms
from tests.articles.translation_fixtures import SPANISH_ARTICLE, publish_translation
from tests.content import article_content, medicine_content, publish, reference

pytestmark = pytest.mark.django_db

CITED = [reference(1)]
ARTICLE_URL = "/es/articles/hormone-therapy-basics/"
TAMOXIFEN_URL = "/es/medicines/tamoxifen/"

SPANISH_TAMOXIFEN = {
    "title": "Tamoxifeno",
    "summary": "Una terapia hormonal que se toma por boca.",
    "generic_name": "tamoxifeno",
    "drug_class": "Modulador selectivo del receptor de estrógeno",
    "how_it_works": "Impide que el estrógeno llegue a las células del cáncer [1].",
    "who_it_is_for": "Personas cuyo cáncer tiene receptores hormonales [1].",
    "schedule": "Una pastilla o un líquido por boca cada día.",
    "common_side_effects": "- Sofocos",
    "serious_side_effects": "- Dolor o hinchazón en una pierna",
    "questions_to_ask": "- ¿Cuánto tiempo lo tomaré?",
}
SPANISH_TRASTUZUMAB = {
    **SPANISH_TAMOXIFEN,
    "title": "Trastuzumab (Herceptin)",
    "summary": "Un anticuerpo dirigido contra HER2 que se da por vena.",
    "generic_name": "trastuzumab",
    "drug_class": "Anticuerpo dirigido contra HER2",
    "how_it_works": "Se une a la proteína HER2 de las células del cáncer [1].",
    "who_it_is_for": "Personas cuyo cáncer es HER2 positivo [1].",
}
SPANISH_GLOSSARY = {
    "title": "Inhibidor de la aromatasa",
    "summary": "Un medicamento que baja el estrógeno después de la menopausia.",
    "aliases": ["IA"],
}


def english(item):
    return Revision.objects.get(pk=item.live_revision_id)


@pytest.fixture
def pages(author, reviewer, topic):
    """English pages: an article, two medicines and a glossary term (no translation approved yet)."""
    article = publish(ContentKind.ARTICLE, "hormone-therapy-basics", author, reviewer, article_content(), CITED, topic)
    tamoxifen = publish(ContentKind.MEDICINE, "tamoxifen", author, reviewer, medicine_content(), CITED)
    trastuzumab = publish(ContentKind.MEDICINE, "trastuzumab", author, reviewer,
                          medicine_content(title="Trastuzumab (Herceptin)", generic_name="trastuzumab",
                                           brand_names=["Herceptin"], drug_class="HER2-targeted antibody",
                                           how_it_works="It attaches to HER2 [1]."), CITED)  # fmt: skip
    glossary = publish(ContentKind.GLOSSARY, "aromatase-inhibitor", author, reviewer,
                       {"title": "Aromatase inhibitor", "summary": "A medicine that lowers estrogen.",
                        "change_summary": "New.", "aliases": ["AI"]})  # fmt: skip
    return {"article": article, "tamoxifen": tamoxifen, "trastuzumab": trastuzumab, "glossary": glossary}


@pytest.fixture
def translated(pages, translator, spanish_reviewer):
    """Every page of `pages` with an approved Spanish translation."""
    publish_translation(english(pages["article"]), translator, spanish_reviewer)
    publish_translation(english(pages["tamoxifen"]), translator, spanish_reviewer, **SPANISH_TAMOXIFEN)
    publish_translation(english(pages["trastuzumab"]), translator, spanish_reviewer, **SPANISH_TRASTUZUMAB)
    publish_translation(english(pages["glossary"]), translator, spanish_reviewer, **SPANISH_GLOSSARY)
    return pages


def results(client, query, path="/es/search/", **params):
    response = client.get(path, {"q": query, **params})
    assert response.status_code == 200
    found = response.context["results"]
    return [(r.title, r.url) for r in found.results], found


def urls(client, query, path="/es/search/"):
    return [url for _title, url in results(client, query, path)[0]]


@pytest.mark.parametrize("query", ["estrógeno", "estrogeno", "ESTRÓGENO", "terapia hormonal", "terapía hormonál"])
def test_an_approved_translation_is_found_at_its_spanish_address(client, translated, query):
    assert ARTICLE_URL in urls(client, query)


def test_spanish_stemming_finds_other_forms_of_a_word(client, translated):
    # "estrógeno" and "terapia hormonal" in the text; the plurals are other forms of its words.
    assert ARTICLE_URL in urls(client, "estrógenos")
    assert ARTICLE_URL in urls(client, "terapias hormonales")


def test_not_found_before_approval_and_gone_after_withdrawal(client, pages, translator, spanish_reviewer, reviewer):
    assert ARTICLE_URL not in urls(client, "estrógeno")
    assert not SearchDocument.objects.filter(language="es").exists()
    publish_translation(english(pages["article"]), translator, spanish_reviewer)
    assert ARTICLE_URL in urls(client, "estrógeno")  # the cached page was made stale by the approval
    services.item_withdraw(item=pages["article"], user=reviewer, reason="Being corrected.")
    assert ARTICLE_URL not in urls(client, "estrógeno")
    assert not SearchDocument.objects.filter(key__in=[f"item:{pages['article'].pk}", f"es:item:{pages['article'].pk}"])


def test_republishing_the_english_page_does_not_bring_back_its_withdrawn_translation(
    client, pages, translator, spanish_reviewer, author, reviewer
):
    from tests.content import save_edit

    publish_translation(english(pages["article"]), translator, spanish_reviewer)
    services.item_withdraw(item=pages["article"], user=reviewer, reason="Being corrected.")
    item = pages["article"]
    draft = save_edit(Revision.objects.filter(item=item, language="en").latest("number"), author, title="Hormones")
    services.revision_submit(revision=draft, user=author)
    services.revision_approve(revision=draft, reviewer=reviewer)
    assert ARTICLE_URL not in urls(client, "estrógeno")
    assert "/articles/hormone-therapy-basics/" in urls(client, "hormones", path="/search/")


def test_english_search_never_shows_spanish_pages(client, translated):
    found = {}
    for query in ("estrogen", "tamoxifen", "hormone therapy", "estrógeno", "tamoxifeno", "aromatase"):
        found[query] = urls(client, query, path="/search/")
        assert not [url for url in found[query] if url.startswith("/es/")], query
    assert "/articles/hormone-therapy-basics/" in found["estrogen"]
    assert found["tamoxifen"][0] == "/medicines/tamoxifen/"


def test_spanish_search_shows_only_spanish_pages(client, translated):
    for query in ("estrogen", "tamoxifen", "hormone", "terapia", "tamoxifeno", "Herceptin"):
        assert all(url.startswith("/es/") for url in urls(client, query)), query


def test_each_page_is_in_the_index_once_per_language(translated):
    keys = set(SearchDocument.objects.values_list("key", "language"))
    article = translated["article"].pk
    assert {(f"item:{article}", "en"), (f"es:item:{article}", "es")} <= keys
    spanish = SearchDocument.objects.get(key=f"es:item:{article}")
    assert spanish.url == ARTICLE_URL
    assert spanish.title.startswith("La terapia hormonal")


@pytest.mark.parametrize("query", ["terapia hormonnal", "inhibidor de la aromatsa", "inibidor aromatasa"])
def test_a_misspelt_spanish_word_still_finds_the_page(client, translated, query):
    found = urls(client, query)
    assert ARTICLE_URL in found or "/es/glossary/#aromatase-inhibitor" in found, found


def test_a_misspelt_spanish_word_is_corrected_to_a_spanish_word(client, translated):
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115 - the frequent words
    _, found = results(client, "estrogeno celulas canser")
    assert "cancer" in found.suggestion.split()


@pytest.mark.parametrize("query", ["tamoxifeno", "Tamoxifeno", "tamoxifen", "Soltamox", "tamoxifenno", "tamoxifno"])
def test_tamoxifeno_finds_tamoxifen_and_never_another_medicine(client, translated, query):
    found = urls(client, query)
    assert found[0] == TAMOXIFEN_URL
    assert [url for url in found if "/medicines/" in url] == [TAMOXIFEN_URL]


def test_a_medicine_without_a_spanish_page_is_never_swapped_for_another(client, translated):
    # Toremifene (toremifeno) is like tamoxifen, and close in spelling: we have no page on it at all.
    found, details = results(client, "toremifeno")
    assert not [url for _title, url in found if "/medicines/" in url]
    assert details.unknown_medicines == ("toremifeno",)


def test_an_english_medicine_page_without_a_translation_is_not_offered_in_spanish(
    client, pages, translator, spanish_reviewer
):
    publish_translation(english(pages["trastuzumab"]), translator, spanish_reviewer, **SPANISH_TRASTUZUMAB)
    found, details = results(client, "tamoxifeno")
    assert not [url for _title, url in found if "/medicines/" in url]
    assert details.unknown_medicines  # "we have no page on it yet", never trastuzumab instead


def test_spanish_question_words_do_not_drown_the_content_word(client, translated):
    found, details = results(client, "¿Qué es el tamoxifeno?")
    assert found[0][1] == TAMOXIFEN_URL
    _, details = results(client, "qué es un inhibidor de la aromatasa")
    assert details.definition is not None
    assert details.definition.url == "/es/glossary/#aromatase-inhibitor"
    assert ARTICLE_URL in urls(client, "¿para qué sirve la terapia hormonal?")


def test_the_directory_is_not_offered_as_a_kind_of_spanish_page(client, translated):
    english_kinds = client.get("/search/").context["kinds"]
    spanish_kinds = client.get("/es/search/").context["kinds"]
    assert "service" in english_kinds
    assert "service" not in spanish_kinds
    assert set(spanish_kinds) == {"article", "medicine", "glossary"}
    assert set(registry.kinds("es")) == set(spanish_kinds)


def test_the_kind_filter_works_in_spanish(client, translated):
    found, _ = results(client, "estrógeno", type="glossary")
    assert [url for _title, url in found] == ["/es/glossary/#aromatase-inhibitor"]


def test_a_rebuild_indexes_the_translations_again(translated):
    before = set(SearchDocument.objects.values_list("key", "language", "url", "title"))
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert set(SearchDocument.objects.values_list("key", "language", "url", "title")) == before
    assert SearchDocument.objects.filter(language="es").count() == 4


def test_search_functions_default_to_english(translated):
    assert all(not r.url.startswith("/es/") for r in search.search("tamoxifen").results)
    assert search.search("tamoxifeno", language="fr").results == search.search("tamoxifeno").results


def test_spanish_search_queries_stay_constant(client, pages, translator, spanish_reviewer):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/es/search/", {"q": "tamoxifeno estrógeno"})
        return len(queries)

    publish_translation(english(pages["article"]), translator, spanish_reviewer)
    few = count()
    publish_translation(english(pages["tamoxifen"]), translator, spanish_reviewer, **SPANISH_TAMOXIFEN)
    publish_translation(english(pages["trastuzumab"]), translator, spanish_reviewer, **SPANISH_TRASTUZUMAB)
    publish_translation(english(pages["glossary"]), translator, spanish_reviewer, **SPANISH_GLOSSARY)
    assert count() == few


# --- Spanish synonyms: reviewed words of their own, used only by Spanish searches ----------------------


@pytest.mark.parametrize("query", ["cáncer de seno", "cancer de seno", "CÁNCER DE SENO", "cáncer de pecho"])
def test_the_words_us_readers_use_for_the_disease_find_the_spanish_page(client, translated, query):
    # The page says "cáncer de mama"; many US readers say "cáncer de seno" (a seeded Spanish synonym).
    assert "seno" not in SPANISH_ARTICLE["title"] + SPANISH_ARTICLE["body"]
    assert ARTICLE_URL in urls(client, query)


def test_a_spanish_synonym_changes_only_spanish_searches(client, translated, reviewer, second_reviewer):
    change = synonyms.synonym_propose(user=reviewer, action="add", phrase="hormonitas", means="terapia hormonal",
                                      kind="lay", language="es")  # fmt: skip
    assert urls(client, "hormonitas") == []  # proposed, not yet approved
    synonyms.synonym_decide(user=second_reviewer, change=change, approve=True)
    assert ARTICLE_URL in urls(client, "hormonitas")
    assert search.search("hormonitas").results == []  # English search does not read Spanish words
    # Nor does an English synonym rewrite a Spanish query, even one whose meaning is on the Spanish page.
    english_word = synonyms.synonym_propose(user=reviewer, action="add", phrase="zonked", means="estrógeno")
    synonyms.synonym_decide(user=second_reviewer, change=english_word, approve=True)
    assert english_word.language == "en"
    assert urls(client, "zonked") == []


def test_the_same_phrase_may_mean_something_in_each_language(reviewer):
    # "doctor" is a Spanish seed word (médico); an English synonym of the same spelling is another one.
    assert Synonym.objects.get(phrase="doctor", language="es").means == "médico"
    change = synonyms.synonym_propose(user=reviewer, action="add", phrase="doctor", means="physician", language="en")
    assert change.language == "en"
    # Within a language, a phrase search reads alike (case and accents aside) is the same synonym.
    with pytest.raises(ValidationError, match="already a synonym"):
        synonyms.synonym_propose(user=reviewer, action="add", phrase="Dóctor", means="médico", language="es")


def test_a_spanish_synonym_never_swaps_one_medicine_for_another(reviewer):
    with pytest.raises(ValidationError) as error:
        synonyms.synonym_propose(user=reviewer, action="add", phrase="tamoxifeno", means="letrozol", language="es")
    assert "means" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        synonyms.synonym_propose(user=reviewer, action="add", phrase="zonked", means="x", language="fr")
    assert "language" in error.value.message_dict


def test_a_change_keeps_the_synonym_s_language(reviewer, second_reviewer):
    seno = Synonym.objects.get(phrase="seno", language="es")
    change = synonyms.synonym_propose(user=reviewer, action="change", synonym=seno, phrase="seno", means="mamas")
    synonyms.synonym_decide(user=second_reviewer, change=change, approve=True)
    seno.refresh_from_db()
    assert (change.language, seno.language, seno.means) == ("es", "es", "mamas")
