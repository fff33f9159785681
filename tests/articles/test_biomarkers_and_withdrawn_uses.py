"""Biomarker tags (from a label's approved uses) and medicines whose breast-cancer use was withdrawn."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError

from articles import diff, services
from articles.forms import RevisionForm
from articles.models import Biomarker, ContentKind, Revision
from tests.content import article_content, medicine_content, publish, reference, save_edit
from tests.markup import XSS_PAYLOADS, executable_markup

pytestmark = pytest.mark.django_db

PAGE_QUERY_BUDGET = 6  # as every public page (tests/articles/test_reading_pages.py)
WITHDRAWN_ON = datetime.date(2021, 8, 27)


@pytest.fixture
def medicines(author, reviewer, topic):
    """Three live medicines: one whose label names ESR1, one naming no biomarker, and one whose
    breast-cancer use was withdrawn (which would otherwise fit every filter: no subtype tags, PD-L1)."""
    esr1 = publish(
        ContentKind.MEDICINE, "elacestrant", author, reviewer,
        medicine_content(title="Elacestrant", generic_name="elacestrant", drug_class="Oral SERD",
                         biomarkers=["esr1"], her2_status=["zero", "low"]),
        [reference(1)],
    )  # fmt: skip
    plain = publish(
        ContentKind.MEDICINE, "letrozole", author, reviewer,
        medicine_content(title="Letrozole", generic_name="letrozole", drug_class="Aromatase inhibitor"),
        [reference(1)],
    )  # fmt: skip
    withdrawn = publish(
        ContentKind.MEDICINE, "atezolizumab", author, reviewer,
        medicine_content(title="Atezolizumab", generic_name="atezolizumab", drug_class="Checkpoint inhibitor",
                         hr_status=[], biomarkers=["pdl1"], breast_cancer_use_withdrawn_on=WITHDRAWN_ON,
                         who_it_is_for="It is no longer approved in the US to treat breast cancer [1]."),
        [reference(1)],
    )  # fmt: skip
    publish(ContentKind.ARTICLE, "about-it", author, reviewer, article_content(title="About it", hr_status=[]),
            [reference(1)], topic, [withdrawn.pk])  # fmt: skip
    return {"esr1": esr1, "plain": plain, "withdrawn": withdrawn}


def listed_medicines(html: str) -> set[str]:
    return {slug for slug in ("elacestrant", "letrozole", "atezolizumab") if f'href="/medicines/{slug}/"' in html}


# --- The revision fields --------------------------------------------------------------------------------


def test_biomarkers_and_the_withdrawal_are_reviewed_content_of_a_revision(author, medicines):
    fields = services.CONTENT_FIELDS
    assert "biomarkers" in fields[ContentKind.MEDICINE]
    assert "biomarkers" in fields[ContentKind.ARTICLE]
    assert "breast_cancer_use_withdrawn_on" in fields[ContentKind.MEDICINE]
    assert "breast_cancer_use_withdrawn_on" not in fields[ContentKind.ARTICLE]
    live = Revision.objects.get(pk=medicines["esr1"].live_revision_id)
    assert live.biomarkers == ["esr1"]
    assert live.biomarker_labels == ["ESR1 mutation"]
    # A new value is a new revision, and the diff shows it in words.
    newer = save_edit(live, author, biomarkers=["esr1", "pik3ca_akt1_pten"], change_summary="Added a test.")
    changes = {change.label: str(change.html) for change in diff.revision_changes(
        live, newer, live_references=list(live.references.all()), references=list(newer.references.all()),
        live_medicines=[], medicines=[],
    )}  # fmt: skip
    assert changes["Biomarkers"] == "ESR1 mutation, <ins>PIK3CA, AKT1 or PTEN change</ins>"
    withdrawn = save_edit(newer, author, breast_cancer_use_withdrawn_on=WITHDRAWN_ON, change_summary="Withdrawn.")
    changes = {change.label: str(change.html) for change in diff.revision_changes(
        newer, withdrawn, live_references=[], references=[], live_medicines=[], medicines=[],
    )}  # fmt: skip
    assert changes["US breast-cancer use withdrawn on"] == "<ins>2021-08-27</ins>"


def test_an_unknown_biomarker_is_refused_with_a_message(author, medicines):
    live = Revision.objects.get(pk=medicines["esr1"].live_revision_id)
    with pytest.raises(ValidationError) as error:
        save_edit(live, author, biomarkers=["her2_low"], change_summary="Bad tag.")
    assert "biomarkers" in error.value.message_dict
    assert Revision.objects.filter(item=medicines["esr1"]).count() == 1


def test_the_editor_asks_for_biomarkers_and_a_withdrawal_date_only_where_they_belong():
    medicine = RevisionForm(kind=ContentKind.MEDICINE, new=False)
    assert {"biomarkers", "breast_cancer_use_withdrawn_on"} <= set(medicine.fields)
    assert [value for value, _label in medicine.fields["biomarkers"].choices] == list(Biomarker.values)
    article = RevisionForm(kind=ContentKind.ARTICLE, new=False)
    assert "biomarkers" in article.fields
    assert "breast_cancer_use_withdrawn_on" not in article.fields
    assert "biomarkers" not in RevisionForm(kind=ContentKind.GLOSSARY, new=False).fields


# --- The medicine list ----------------------------------------------------------------------------------


def test_medicine_list_filters_by_the_biomarker_a_label_names(client, medicines):
    everything = client.get("/medicines/").content.decode()
    assert listed_medicines(everything) == {"elacestrant", "letrozole"}
    assert "Not tested, or I don&#x27;t know" in everything  # the biomarker filter's default
    assert "Its US label names this test result: ESR1 mutation" in everything
    esr1 = client.get("/medicines/?biomarker=esr1").content.decode()
    assert listed_medicines(esr1) == {"elacestrant"}
    assert "1 medicine" in esr1
    # The withdrawn use's label named PD-L1: it still is not offered as a medicine used today.
    pdl1 = client.get("/medicines/?biomarker=pdl1").content.decode()
    assert listed_medicines(pdl1) == set()
    assert "No medicine matches these choices." in pdl1


def test_a_withdrawn_use_leaves_every_list_and_filter_of_medicines_used_today(client, medicines):
    for query in ("", "?hr_status=negative", "?her2_status=zero", "?drug_class=Checkpoint+inhibitor",
                  "?biomarker=pdl1"):  # fmt: skip
        assert "atezolizumab" not in listed_medicines(client.get("/medicines/" + query).content.decode()), query
    # Nor is its type of medicine offered as a filter when no medicine used today has it.
    assert "Checkpoint inhibitor" not in client.get("/medicines/").content.decode()
    for query in ("?hr_status=&her2_status=", "?hr_status=negative&her2_status=zero", "?biomarker=pdl1"):
        html = client.get("/which-pages-fit-me/" + query).content.decode()
        assert "atezolizumab" not in listed_medicines(html[html.index("Pages for your choices") :]), query


def test_a_withdrawn_use_keeps_its_page_and_says_so_at_the_top(client, medicines):
    response = client.get("/medicines/atezolizumab/")
    assert response.status_code == 200
    html = response.content.decode()
    notice = html.index("Not used for breast cancer today")
    assert html.index("<h1>Atezolizumab</h1>") < notice < html.index("What it is")
    assert "Its US approval for breast cancer was withdrawn in August 2021." in html
    assert "It is no longer approved in the US to treat breast cancer" in html
    # Articles that name it still link to it: people still ask.
    assert 'href="/medicines/atezolizumab/"' in client.get("/articles/about-it/").content.decode()
    # A medicine used today says nothing of the kind.
    assert "Not used for breast cancer today" not in client.get("/medicines/letrozole/").content.decode()
    assert "Test results its US label names" in client.get("/medicines/elacestrant/").content.decode()


# --- Which pages fit me -----------------------------------------------------------------------------------


def test_which_pages_fit_me_asks_about_biomarkers_and_names_the_medicines_whose_label_names_it(client, medicines):
    form = client.get("/which-pages-fit-me/").content.decode()
    assert "Other test results (biomarkers)" in form
    # "Not tested, or I don't know" is chosen until the reader picks a result.
    assert re.search(r'<input type="radio" name="biomarker" value=""[^>]*checked', form)
    assert "ESR1 mutation" in form
    assert "Inherited BRCA mutation (germline BRCA)" in form
    html = client.get("/which-pages-fit-me/?hr_status=positive&her2_status=low&biomarker=esr1").content.decode()
    named = html[html.index("Medicines whose US label names your test result (ESR1 mutation)") :]
    named = named[: named.index("Medicines whose US label covers these choices")]
    assert listed_medicines(named) == {"elacestrant"}
    # The biomarker hides nothing: letrozole still fits these choices.
    covered = html[html.index("Medicines whose US label covers these choices") :]
    assert listed_medicines(covered) == {"elacestrant", "letrozole"}
    assert "(its label names: ESR1 mutation)" in covered
    # Not tested: no biomarker section at all.
    unknown = client.get("/which-pages-fit-me/?hr_status=positive&her2_status=low&biomarker=").content.decode()
    assert "names your test result" not in unknown
    # A result no medicine for these choices names says so.
    brca = client.get("/which-pages-fit-me/?hr_status=positive&her2_status=low&biomarker=gbrca").content.decode()
    assert "None of our medicine summaries for these choices name this test result." in brca


@pytest.mark.parametrize(
    "url",
    [
        "/medicines/?biomarker=esr1", "/medicines/?biomarker=pdl1&her2_status=zero", "/medicines/atezolizumab/",
        "/which-pages-fit-me/?hr_status=positive&her2_status=low&biomarker=esr1",
        "/which-pages-fit-me/?biomarker=gbrca",
    ],
)  # fmt: skip
def test_biomarker_and_withdrawn_pages_are_cookie_free_within_budget(
    client, medicines, url, django_assert_max_num_queries
):
    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        response = client.get(url)
    assert response.status_code == 200
    assert not response.cookies


@pytest.mark.parametrize("query", ["?biomarker=her2_low", "?biomarker=" + "x" * 5000, "?biomarker=%00"])
def test_bad_biomarker_choices_get_a_message_not_an_error(client, medicines, query):
    listing = client.get("/medicines/" + query)
    assert listing.status_code == 200
    assert "Some choices were not recognized, so all medicines are shown." in listing.content.decode()
    assert listed_medicines(listing.content.decode()) == {"elacestrant", "letrozole"}
    assert client.get("/which-pages-fit-me/" + query).status_code == 200


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_hostile_biomarker_queries_render_inert(client, medicines, payload):
    for url in ("/medicines/?biomarker=", "/which-pages-fit-me/?biomarker="):
        assert executable_markup(client.get(url + payload).content.decode()) == [], url
