"""Search relevance over the demo content: queries a patient would type, each with the page it
means, and the medicine-safety rules (never one medicine for another). Loads the demo content
once per test (about half a minute each)."""

import io

import pytest
from django.core.management import call_command

from portal import search
from portal.search.medicines import KNOWN_MEDICINES

pytestmark = pytest.mark.django_db

# (what a patient types, the page it means: an address, or a directory listing's title)
RELEVANCE = [
    ("taxol", "/medicines/paclitaxel/"),
    ("Taxol side effects", "/medicines/paclitaxel/"),
    ("herceptin", "/medicines/trastuzumab/"),
    ("herseptin", "/medicines/trastuzumab/"),
    ("trastuzamab heart", "/medicines/trastuzumab/"),
    ("tamoxifin", "/medicines/tamoxifen/"),
    ("nolvadex", "/medicines/tamoxifen/"),
    ("arimidex side effects", "/medicines/anastrozole/"),
    ("anastrazole", "/medicines/anastrozole/"),
    ("letrozol", "/medicines/letrozole/"),
    ("femara joint pain", "/medicines/letrozole/"),
    ("taxotere", "/medicines/docetaxel/"),
    ("ibrance", "/medicines/palbociclib/"),
    ("keytruda", "/medicines/pembrolizumab/"),
    ("tecentriq", "/medicines/atezolizumab/"),
    ("adriamycin", "/medicines/doxorubicin/"),
    ("perjeta", "/medicines/pertuzumab/"),
    ("tykerb", "/medicines/lapatinib/"),
    ("aromasin", "/medicines/exemestane/"),
    ("ellence", "/medicines/epirubicin/"),
    ("orserdu", "/medicines/elacestrant/"),
    ("Orserdu side effects", "/medicines/elacestrant/"),
    ("truqap", "/medicines/capivasertib/"),
    ("kadcyla", "/medicines/ado-trastuzumab-emtansine/"),
    ("T-DM1", "/medicines/ado-trastuzumab-emtansine/"),
    ("itovebi", "/medicines/inavolisib/"),
    ("what does stage 4 mean", "/articles/what-stage-four-breast-cancer-means/"),
    ("how long can I live with it", "/articles/what-stage-four-breast-cancer-means/"),
    ("secondary breast cancer", "/articles/what-stage-four-breast-cancer-means/"),
    ("mbc", "/articles/what-stage-four-breast-cancer-means/"),
    ("chemo", "/articles/chemotherapy-for-stage-four-breast-cancer/"),
    ("chemo hair loss", "/articles/chemotherapy-for-stage-four-breast-cancer/"),
    ("feeling sick after chemo", "/articles/chemotherapy-for-stage-four-breast-cancer/"),
    ("rads", "/articles/radiation-therapy-for-stage-four-breast-cancer/"),
    ("radiotherapy for bone pain", "/articles/radiation-therapy-for-stage-four-breast-cancer/"),
    ("surgery", "/articles/surgery-for-stage-four-breast-cancer/"),
    ("should I have an operation", "/articles/surgery-for-stage-four-breast-cancer/"),
    ("clinical trials", "/articles/clinical-trials-and-stage-four-breast-cancer/"),
    ("research studies I could join", "/articles/clinical-trials-and-stage-four-breast-cancer/"),
    ("HER2 positive treatment", "/articles/targeted-therapy-for-her2-positive-breast-cancer/"),
    ("HER2+ treatment", "/articles/targeted-therapy-for-her2-positive-breast-cancer/"),
    ("hormone therapy", "/articles/hormone-therapy-for-hormone-receptor-positive-breast-cancer/"),
    ("HR+ breast cancer treatment", "/articles/hormone-therapy-for-hormone-receptor-positive-breast-cancer/"),
    ("oestrogen receptor positive", "/articles/hormone-therapy-for-hormone-receptor-positive-breast-cancer/"),
    ("acupuncture", "/articles/integrative-care-alongside-treatment/"),
    ("complementary therapies", "/articles/integrative-care-alongside-treatment/"),
    ("palliative care", "/articles/support-palliative-care-and-hospice/"),
    ("hospice", "/articles/support-palliative-care-and-hospice/"),
    ("end of life care", "/articles/support-palliative-care-and-hospice/"),
    ("what is metastatic", "/glossary/#metastatic"),
    ("what is an aromatase inhibitor", "/glossary/#aromatase-inhibitor"),
    ("what does triple negative mean", "/glossary/#triple-negative"),
    (
        "help paying for treatment",
        (
            "Financial assistance (CancerCare)",
            "Help with bills and child care (Gulf Coast Cancer Navigators (fictional))",
        ),
    ),
    ("cancer helpline", "Cancer helpline (American Cancer Society)"),
    ("rides to chemo", "Rides to treatment (Gulf Coast Cancer Navigators (fictional))"),
    ("can I keep working", "/articles/support-palliative-care-and-hospice/"),
    ("tnbc", "/glossary/#triple-negative"),
    ("talzenna", "/medicines/talazoparib/"),
    ("zoladex", "/medicines/goserelin/"),
    ("what is ovarian suppression", "/glossary/#ovarian-suppression"),
    ("what does HER2 ultralow mean", "/glossary/#her2-ultralow"),
    ("support group for stage 4", "Stage 4 evening group (Lakeshore Metastatic Circle (fictional))"),
]
TOP_1_FLOOR = 0.70
TOP_3_FLOOR = 0.90


@pytest.fixture
def demo():
    call_command("load_demo_content", allow_sample_content=True, stdout=io.StringIO())
    call_command("rebuild_search_index", stdout=io.StringIO())


def _answers(results) -> list[tuple[str, str]]:
    """What the reader sees, in order: the definition box first, then the results."""
    shown = [(results.definition.url, results.definition.title)] if results.definition else []
    return shown + [(result.url, result.title) for result in results.results]


def _is(answer: tuple[str, str], expected: str | tuple[str, ...]) -> bool:
    """`expected` is a page's address or a listing's title (listing addresses change each load),
    or several when any of them answers the query."""
    if isinstance(expected, tuple):
        return any(_is(answer, one) for one in expected)
    url, title = answer
    return url == expected if expected.startswith("/") else title == expected


def test_the_page_a_patient_means_comes_first(demo, capsys):
    assert len(RELEVANCE) >= 40
    top_1 = top_3 = 0
    misses = []
    for query, expected in RELEVANCE:
        answers = _answers(search.search(query))
        if answers and _is(answers[0], expected):
            top_1 += 1
        if any(_is(answer, expected) for answer in answers[:3]):
            top_3 += 1
        else:
            misses.append(f"{query!r} -> {[url for url, _ in answers[:3]]} (wanted {expected})")
    n = len(RELEVANCE)
    with capsys.disabled():  # the measurement belongs in `make test`'s output, pass or fail
        print(f"\nsearch relevance over {n} queries: top-1 {top_1 / n:.0%} ({top_1}), top-3 {top_3 / n:.0%} ({top_3})")
        for miss in misses:
            print("  not in the first three:", miss)
    assert top_3 / n >= TOP_3_FLOOR, misses
    assert top_1 / n >= TOP_1_FLOOR


# Medicines that look or sound alike, and what each query must (and must never) show.
LOOK_ALIKES = [
    # (query, its page or None when we have none, pages it must never show first or suggest)
    ("taxol", "/medicines/paclitaxel/", ["/medicines/docetaxel/"]),
    ("Taxol", "/medicines/paclitaxel/", ["/medicines/docetaxel/"]),
    ("taxotere", "/medicines/docetaxel/", ["/medicines/paclitaxel/"]),
    ("tamoxifen", "/medicines/tamoxifen/", []),
    ("tamoxifin", "/medicines/tamoxifen/", []),
    ("tamoxiphen", "/medicines/tamoxifen/", []),
    ("letrozole", "/medicines/letrozole/", ["/medicines/anastrozole/"]),
    ("letrozol", "/medicines/letrozole/", ["/medicines/anastrozole/"]),
    ("anastrozole", "/medicines/anastrozole/", ["/medicines/letrozole/"]),
    ("anastrazole", "/medicines/anastrozole/", ["/medicines/letrozole/"]),
    ("exemestane", "/medicines/exemestane/", ["/medicines/letrozole/", "/medicines/anastrozole/"]),
    ("doxorubicin", "/medicines/doxorubicin/", ["/medicines/epirubicin/"]),
    ("epirubicin", "/medicines/epirubicin/", ["/medicines/doxorubicin/"]),
    ("pertuzumab", "/medicines/pertuzumab/", ["/medicines/trastuzumab/"]),
    ("trastuzumab", "/medicines/trastuzumab/", ["/medicines/pertuzumab/"]),
    (
        "Kadcyla",
        "/medicines/ado-trastuzumab-emtansine/",
        [
            "/medicines/trastuzumab/",
            "/medicines/pertuzumab/",
            "/medicines/lapatinib/",
            "/medicines/trastuzumab-deruxtecan/",
        ],
    ),
    ("herceptin", "/medicines/trastuzumab/", ["/medicines/ado-trastuzumab-emtansine/"]),
    ("truqap", "/medicines/capivasertib/", ["/medicines/alpelisib/", "/medicines/inavolisib/"]),
    ("orserdu", "/medicines/elacestrant/", ["/medicines/fulvestrant/"]),
    ("Enhertu", "/medicines/trastuzumab-deruxtecan/", ["/medicines/trastuzumab/", "/medicines/pertuzumab/"]),
    ("trastuzumab deruxtecan", "/medicines/trastuzumab-deruxtecan/", ["/medicines/trastuzumab/"]),
    ("abraxane", None, ["/medicines/paclitaxel/", "/medicines/docetaxel/"]),
    ("xeloda", "/medicines/capecitabine/", []),
    ("kisqali", "/medicines/ribociclib/", ["/medicines/palbociclib/"]),
    ("lynparza", "/medicines/olaparib/", ["/medicines/talazoparib/"]),
    ("talzenna", "/medicines/talazoparib/", []),
    ("zoladex", "/medicines/goserelin/", ["/medicines/fulvestrant/"]),
    ("gemzar", None, ["/medicines/capecitabine/"]),
]


def test_never_the_wrong_medicine(demo, client):
    for query, page, never in LOOK_ALIKES:
        results = search.search(query)
        urls = [result.url for result in results.results]
        assert all(url not in never for url in urls[:1]), (query, urls)
        # "Did you mean" never names another medicine: only this one's own names may appear.
        own = _generic_of(page.strip("/").split("/")[-1].replace("-", " ") if page else query)
        for generic, brands in KNOWN_MEDICINES.items():
            if generic != own:
                for name in (generic, *brands):
                    assert name.lower() not in results.suggestion.lower().split(), (query, results.suggestion)
        if page:
            assert urls[0] == page, (query, urls)
            assert results.unknown_medicines == (), query
        else:
            assert results.unknown_medicines, query
            assert not any(url.startswith("/medicines/") for url in urls), (query, urls)
            html = client.get("/search/", {"q": query}).content.decode()
            assert "We have no page on" in html, query
            assert "ask your care team or pharmacist" in html, query


def _generic_of(name: str) -> str:
    for generic, brands in KNOWN_MEDICINES.items():
        if name.lower() in {generic, *(brand.lower() for brand in brands)}:
            return generic
    return name.lower()


def test_taxol_is_paclitaxel_on_the_page_a_reader_sees(demo, client):
    html = client.get("/search/", {"q": "taxol"}).content.decode()
    assert "Did you mean" not in html
    paclitaxel, docetaxel = html.index('href="/medicines/paclitaxel/"'), html.find('href="/medicines/docetaxel/"')
    assert docetaxel == -1 or paclitaxel < docetaxel


def test_a_synonym_may_not_swap_one_medicine_for_another():
    from portal.admin import SynonymChangeForm

    form = SynonymChangeForm(data={"action": "add", "phrase": "taxol", "means": "docetaxel", "kind": "brand"})
    assert not form.is_valid()
    assert "must not swap one medicine for another" in str(form.errors)
    form = SynonymChangeForm(
        data={"action": "add", "phrase": "taxol-brand", "means": "paclitaxel", "kind": "brand", "language": "en"}
    )
    assert form.is_valid(), form.errors


def test_no_did_you_mean_when_a_name_matched_exactly_and_never_a_fragment(demo):
    for query in ("Taxotere", "herceptin", "tamoxifen", "Taxol", "stage 4 breast cancer", "hormone therapy"):
        assert search.search(query).suggestion == "", query
    # A misspelt medicine is corrected to its own name only.
    assert search.search("herseptin").suggestion == "Herceptin"
    assert search.search("taxoll").suggestion == "Taxol"
    # Misspelt words inside a phrase are corrected one by one.
    suggestion = search.search("nausia after chemotheraphy").suggestion.lower()
    assert "nausea" in suggestion
    assert "chemotherapy" in suggestion


def test_one_result_is_singular_and_nothing_found_offers_help(demo, client):
    html = client.get("/search/", {"q": "tykerb"}).content.decode()
    assert "1 result for" in html
    assert "1 results" not in html
    html = client.get("/search/", {"q": "zzqxw unfindable"}).content.decode()
    assert "Nothing matched" in html
    for address in ("/support/", "/glossary/", "/"):
        assert f'href="{address}"' in html
