"""The editorial quality gate: each rule with texts that must, and must not, trigger it."""

import dataclasses
import io
import json
import re
import subprocess
import sys

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from articles import lint, services
from articles.demo.loader import all_articles, all_glossary, all_medicines
from articles.models import ContentKind, ReviewDecision, ReviewedItem
from tests.content import article_content, medicine_content, reference
from tests.helpers import REPOSITORY


def rules_found(text, references=(), topic=""):
    document = lint.Document({"body": text}, [lint.Reference(*r) if isinstance(r, tuple) else r for r in references],
                             topic)  # fmt: skip
    return {finding.rule for finding in lint.lint(document)}


CITED = [(1, "Source", "https://www.cancer.gov/x")]


@pytest.mark.parametrize(
    "text",
    [
        "About 30% of patients respond.",
        "Treatment improved outcomes by 30 percent.",
        "1 in 8 women will be diagnosed.",
        "Patients were 3 times more likely to respond.",
        "The 5-year survival rate is improving.",
        "More than 2,000 patients took part.",
        "| Herceptin | 70% tumor shrinkage |",
        "Herceptin (trastuzumab)\t70% tumor shrinkage",
    ],
)
def test_unsourced_statistics_are_errors(text):
    assert "unsourced-statistic" in rules_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 30% of patients respond [1].",
        "It was approved in 2019 and updated in 2021.",
        "Screening is offered to women over 50.",
        "The usual dose is 20 mg a day.",
        "It is given every 3 weeks.",
        "1. Talk to your team.\n2. Write down questions.",
        "Stage 4 breast cancer has spread.",
        "HER2-positive cancers respond to HER2 drugs.",
        "CDK4/6 inhibitors are taken by mouth.",
        "There is no cure for stage four breast cancer yet.",
        "See reference [12] for details [1].",
    ],
)
def test_numbers_that_are_not_statistics_pass(text):
    assert "unsourced-statistic" not in rules_found(text, CITED * 1)


@pytest.mark.parametrize(
    "text",
    ["Make an order for drugs today.", "Buy tamoxifen online at a discount.", "This miracle treatment works.",
     "A guaranteed cure for cancer.", "Our herbs will cure your cancer.", "Cheap meds, best price."],
)  # fmt: skip
def test_advertising_is_an_error(text):
    assert "advertising" in rules_found(text)


@pytest.mark.parametrize(
    "text",
    ["There is no cure for stage four breast cancer yet.", "Doctors do not usually expect to cure it.",
     "Radiation is used to ease symptoms rather than to cure the cancer.", "Ask about the cost of parking."],
)  # fmt: skip
def test_plain_talk_about_cure_is_not_advertising(text):
    assert "advertising" not in rules_found(text)


# Issue 17: an appeal to an unnamed authority is an error (it was a warning), unless the sentence is cited.
@pytest.mark.parametrize(
    "text",
    ["A recent study found that it works.", "Experts say this is the best choice.",
     "“It changed everything,” says Dr. Jane Smith, a renowned oncologist.",
     "According to a survey, most people agree.", "Results were published in the Journal of Oncology.",
     # health-spam phrasing
     "A leading specialist at a top hospital recommends this protocol for every stage four patient.",
     "Doctors agree that this is the most effective treatment available today.",
     "Most oncologists now agree that diet alone can shrink tumors.",
     "Research shows that turmeric stops cancer cells from spreading.",
     "Studies show that high-dose vitamin C makes chemotherapy work better.",
     "Studies have shown that this tea protects the heart during treatment.",
     "Scientists have discovered a hidden trigger that switches cancer off.",
     "Clinically proven to boost your immune system during chemotherapy.",
     "Evidence suggests that fasting before each infusion protects healthy cells.",
     "A top oncologist explains why she never lets her patients eat sugar.",
     "According to experts, this supplement is safe with any treatment.",
     "One specialist said the results were the best she had ever seen."],
)  # fmt: skip
def test_unnamed_authorities_are_errors(text):
    findings = [f for f in lint.lint(lint.Document({"body": text})) if f.rule == "unnamed-authority"]
    assert [f.severity for f in findings] == [lint.ERROR]


@pytest.mark.parametrize(
    "text",
    ["Your doctor may suggest a bone scan every few months.", "Ask your care team what each test is for.",
     "Your doctors say which treatment fits your cancer best.", "A trial can test a new medicine.",
     "Clinical trials show whether a new medicine works better than the usual one.",
     "Doctors do not usually expect to cure it.", "Researchers are testing new medicines in clinical trials.",
     "My doctors found a small tumor in my liver.", "Doctors know a lot about easing pain.",
     "Specialist nurses can help with side effects.", "Research into new treatments goes on.",
     "Your oncologist will explain the results of your scans."],
)  # fmt: skip
def test_a_care_team_and_plain_talk_about_research_are_not_appeals_to_authority(text):
    assert "unnamed-authority" not in rules_found(text)


def test_a_named_cited_authority_passes():
    assert "unnamed-authority" not in rules_found("A recent study found that it works [1].", CITED)
    assert "unnamed-authority" not in rules_found("A trial can test a new medicine.")


# --- Relative effects (issue 17) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Women who take it are twice as likely to be alive in five years.",
     "This mushroom extract halves the risk of the cancer coming back.",
     "The new pill works three times better than chemotherapy.",
     "Adding the vaccine doubles survival in stage four breast cancer.",
     "Daily exercise cuts the risk of recurrence in half.",
     "Drinking green tea can cut your risk of relapse by a third.",
     "Patients on the diet were half as likely to need chemotherapy.",
     "Skipping sugar can double your chances of remission.",
     "Women on this protocol lived twice as long.",
     "This combination is ten times more effective than tamoxifen alone.",
     "A two-fold increase in response was seen with the supplement.",
     "The risk of death was halved in women who took it.",
     "It triples your chances of a response."],
)  # fmt: skip
def test_relative_effects_without_a_source_are_errors(text):
    findings = [f for f in lint.lint(lint.Document({"body": text})) if f.rule == "relative-effect"]
    assert [f.severity for f in findings] == [lint.ERROR]


@pytest.mark.parametrize(
    "text",
    ["Take it twice a day, with or without food.", "The drip is given two times a week for three weeks.",
     "You may take half a tablet if your doctor says so.", "Take one tablet three times daily.",
     "Do not take a double dose to make up for a missed one.", "Do not cut the tablet in half.",
     "Your care team may halve the dose if side effects are bad.", "Swallow the capsules whole, twice daily.",
     "Scans are usually done every three months, or twice a year.",
     "The first infusion takes twice as long as the later ones."],
)  # fmt: skip
def test_schedules_and_doses_are_not_relative_effects(text):
    assert "relative-effect" not in rules_found(text)


def test_a_cited_relative_effect_passes_and_a_numeric_one_is_one_statistic():
    assert "relative-effect" not in rules_found("Women who take it are twice as likely to be alive [1].", CITED)
    assert "relative-effect" not in rules_found("It halves the risk of the cancer coming back.[1]", CITED)
    # "50% less likely" and "3 times more likely" are statistics already: one finding, not two.
    for text in ("Women were 50% less likely to relapse.", "Women were 3 times more likely to respond."):
        assert rules_found(text) == {"unsourced-statistic"}


# --- Sentences (issue 17): a citation covers its own sentence only --------------------------------------


def sentences_of(text):
    return [(p.line, p.text) for p in lint.passages(lint.Document({"body": text}))]


def test_the_issue_example_is_two_sentences_and_the_uncited_one_is_an_error():
    text = "Tamoxifen lowers the chance of the cancer coming back after the menopause [1]. " \
           "70% of patients respond to tamoxifen."  # fmt: skip
    assert sentences_of(text) == [
        (1, "Tamoxifen lowers the chance of the cancer coming back after the menopause [1]."),
        (1, "70% of patients respond to tamoxifen."),
    ]
    [finding] = lint.lint(lint.Document({"body": text}, [lint.Reference(*CITED[0])]))
    assert (finding.rule, finding.severity, finding.excerpt) == (
        "unsourced-statistic", lint.ERROR, "70% of patients respond to tamoxifen.",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # citation marks after the full stop belong to the sentence before them
        ("It works after the menopause.[1] 70% of patients respond.",
         ["It works after the menopause.[1]", "70% of patients respond."]),
        ("It works after the menopause. [1] [2] Most women take it for five years.",
         ["It works after the menopause. [1] [2]", "Most women take it for five years."]),
        # numerals start sentences too
        ("Take it with food. 2 tablets are taken each morning.",
         ["Take it with food.", "2 tablets are taken each morning."]),
        # titles, initials, abbreviations and decimals do not end a sentence
        ("Dr. Jane A. Smith wrote the guide [1]. Ask Dr. Lee about it.",
         ["Dr. Jane A. Smith wrote the guide [1].", "Ask Dr. Lee about it."]),
        ("Some medicines, e.g. Tamoxifen, block estrogen. Others, i.e. Aromatase inhibitors, lower it.",
         ["Some medicines, e.g. Tamoxifen, block estrogen.", "Others, i.e. Aromatase inhibitors, lower it."]),
        ("The usual dose is 2.5 mg. 1.5 mg is used if the liver is weak.",
         ["The usual dose is 2.5 mg.", "1.5 mg is used if the liver is weak."]),
        ("It is approved by the U.S. Food and Drug Administration. Ask about it.",
         ["It is approved by the U.S. Food and Drug Administration.", "Ask about it."]),
        ("Take vitamin D. 70% of people lack it.", ["Take vitamin D.", "70% of people lack it."]),
        ("“Will it hurt?” she asked. It should not.", ["“Will it hurt?” she asked.", "It should not."]),
    ],
)  # fmt: skip
def test_sentences_are_split_where_a_reader_would(text, expected):
    assert [sentence for _line, sentence in sentences_of(text)] == expected


def test_lists_and_line_breaks():
    text = ("1. Talk to your team [1].\n2. 70% of women respond.\n- Ask about side effects.\n\n"
            "After the menopause [1].\n30% of women respond.")  # fmt: skip
    assert sentences_of(text) == [
        (1, "1. Talk to your team [1]."),
        (2, "2. 70% of women respond."),
        (3, "- Ask about side effects."),
        (5, "After the menopause [1]."),
        (6, "30% of women respond."),
    ]
    flagged = {f.line for f in lint.lint(lint.Document({"body": text}, [lint.Reference(*CITED[0])]))
               if f.rule == "unsourced-statistic"}  # fmt: skip
    assert flagged == {2, 6}


def test_a_soft_wrapped_sentence_is_read_whole_and_reported_where_it_starts():
    text = "Hormone therapy helps many women, and of those who took it\n70% of\npatients responded [1].\nNext."
    assert sentences_of(text) == [
        (1, "Hormone therapy helps many women, and of those who took it 70% of patients responded [1]."),
        (4, "Next."),
    ]
    assert "unsourced-statistic" not in rules_found(text, CITED)


def test_line_numbers_are_counted_within_each_field_from_1_as_the_editor_shows_them():
    document = lint.Document({
        "summary": "A hormone therapy.\r\n\r\nIt is taken by mouth.",
        "how_it_works": "It blocks estrogen [1].\r\nExperts say it is the best choice.",
    }, [lint.Reference(*CITED[0])])  # fmt: skip
    [finding] = [f for f in lint.lint(document) if f.rule == "unnamed-authority"]
    assert (finding.field, finding.line, finding.where) == ("how_it_works", 2, "How it works, line 2")
    assert finding.field_label == "How it works"
    assert finding.title == "Authority without a source"
    assert finding.as_dict()["where"] == "How it works, line 2"
    citation = lint.lint(lint.Document({"body": "A.\r\n\r\nB [2]."}))
    assert [(f.where, f.severity) for f in citation if f.rule == "citation"] == [("Body, line 3", lint.ERROR)]
    unused = lint.lint(lint.Document({"body": "No citations."}, [lint.Reference(2, "S", "https://a.org")]))
    assert [f.where for f in unused if f.rule == "citation"] == ["Reference 2"]


def test_field_labels_are_the_revision_forms_labels():
    from django.utils.text import capfirst

    from articles.models import Revision

    for name in ("title", *services.MARKDOWN_FIELDS):
        assert lint.FIELD_LABELS[name] == capfirst(Revision._meta.get_field(name).verbose_name), name
    assert lint.field_label("some_new_field") == "Some new field"


def test_readability_says_which_measure_is_out_of_range():
    hard = " ".join(["Pharmacokinetic heterogeneity notwithstanding, immunohistochemical characterization "
                     "facilitates individualized therapeutic decision-making considerations."] * 12)  # fmt: skip
    [finding] = [f for f in lint.lint(lint.Document({"how_it_works": "Easy.\n" + hard})) if f.rule == "readability"]
    assert re.search(r"Flesch-Kincaid grade \d+\.\d is above the target of 8", finding.message)
    assert re.search(r"SMOG grade \d+\.\d is above the target of 8", finding.message)
    assert "Hardest sentences: How it works, line 2: “" in finding.message
    assert finding.where == "How it works, line 2"


# --- The FDA label's boxed warning (issue 17) ------------------------------------------------------------

# Written in the shape of real labels' boxed warnings (the section LOINC 34066-1), not copied from one.
HER2_ANTIBODY_BOXED = (
    "WARNING: CARDIOMYOPATHY, INFUSION REACTIONS, EMBRYO-FETAL TOXICITY, and PULMONARY TOXICITY. "
    "Cardiomyopathy: This medicine can cause subclinical and clinical cardiac failure manifesting as CHF and "
    "decreased LVEF. Evaluate left ventricular function before and during treatment. Infusion Reactions; "
    "Pulmonary Toxicity: Discontinue for anaphylaxis, angioedema, interstitial pneumonitis, or acute respiratory "
    "distress syndrome. Embryo-Fetal Toxicity: Exposure during pregnancy can result in oligohydramnios and "
    "oligohydramnios sequence manifesting as pulmonary hypoplasia, skeletal abnormalities, and neonatal death."
)
HER2_ANTIBODY_PLAIN = (
    "- Shortness of breath, swelling in your legs, or a fast heartbeat. These can be signs of heart problems [1].\n"
    "- Fever, chills or feeling faint during the drip. These can be signs of an infusion reaction [1].\n"
    "- New or worse trouble breathing. This can be a sign of a lung problem [1].\n"
    "- A possible pregnancy: this medicine can harm an unborn baby [1]."
)
SERM_BOXED = (
    "WARNING: UTERINE MALIGNANCIES, STROKE AND PULMONARY EMBOLISM. Serious and life-threatening events "
    "associated with this medicine in the risk reduction setting include uterine malignancies, stroke and "
    "pulmonary embolism. Some of the strokes, pulmonary emboli, and uterine malignancies were fatal."
)
TAXANE_BOXED = (
    "WARNING: TOXIC DEATHS, HEPATOTOXICITY, NEUTROPENIA, HYPERSENSITIVITY REACTIONS, and FLUID RETENTION. "
    "Treatment-related mortality increases with abnormal liver function, at higher doses, and in patients "
    "with non-small cell lung cancer previously treated with platinum-based chemotherapy. Do not administer "
    "to patients with neutrophil counts of less than 1500 cells/mm3. Severe hypersensitivity, including fatal "
    "anaphylaxis, has been reported. Severe fluid retention may occur."
)
ANTHRACYCLINE_BOXED = (
    "WARNING: CARDIOMYOPATHY, SECONDARY MALIGNANCIES, EXTRAVASATION AND TISSUE NECROSIS, AND SEVERE "
    "MYELOSUPPRESSION. Secondary malignancies, including acute myelogenous leukemia (AML) and myelodysplastic "
    "syndrome (MDS), occur at a higher incidence in patients treated with anthracyclines."
)


def boxed_findings(boxed_warning, serious_side_effects):
    document = lint.Document({"serious_side_effects": serious_side_effects}, boxed_warning=boxed_warning)
    return [f for f in lint.lint(document) if f.rule == "boxed-warning"]


def test_document_takes_the_boxed_warning_last():
    assert [f.name for f in dataclasses.fields(lint.Document)][-1] == "boxed_warning"
    assert lint.Document({}).boxed_warning == ""


def test_the_risks_a_boxed_warning_names():
    def named(text):
        return {risk.name.split(" (")[0] for risk, _words in lint.boxed_warning_risks(text)}

    assert named(HER2_ANTIBODY_BOXED) == {"heart damage", "serious allergic or infusion reactions",
                                          "harm to an unborn baby", "lung damage"}  # fmt: skip
    # "neonatal death" is the unborn-baby risk, and "some were fatal" qualifies the risks it follows: death is
    # a risk of its own only when named so ("toxic deaths", "treatment-related mortality", "death from stroke").
    assert named(SERM_BOXED) == {"cancer of the womb", "stroke", "blood clots"}
    assert named("WARNING: INCREASED RISK OF VENOUS THROMBOEMBOLISM AND DEATH FROM STROKE") == {
        "blood clots", "stroke", "death"}  # fmt: skip
    assert named(TAXANE_BOXED) == {"death", "liver damage", "low white blood cell counts",
                                   "serious allergic or infusion reactions", "fluid retention"}  # fmt: skip
    assert {"heart damage", "a second cancer such as leukemia", "tissue damage if the medicine leaks from the vein",
            "low white blood cell counts"} <= named(ANTHRACYCLINE_BOXED)  # fmt: skip
    assert named("WARNING: INTERSTITIAL LUNG DISEASE and EMBRYO-FETAL TOXICITY") == {
        "lung damage",
        "harm to an unborn baby",
    }


def test_plain_serious_side_effects_that_mention_every_risk_pass():
    assert boxed_findings(HER2_ANTIBODY_BOXED, HER2_ANTIBODY_PLAIN) == []
    plain = (
        "- Unusual vaginal bleeding or pain in your pelvis: signs of cancer of the womb [1].\n"
        "- Swelling or pain in one leg, or sudden chest pain: signs of a blood clot [1].\n"
        "- Sudden weakness on one side of your body: signs of a stroke, which can be life-threatening [1]."
    )
    assert boxed_findings(SERM_BOXED, plain) == []


def test_a_risk_the_serious_side_effects_leave_out_is_an_error_naming_it():
    without_the_lungs = HER2_ANTIBODY_PLAIN.replace("This can be a sign of a lung problem", "Call at once")
    [finding] = boxed_findings(HER2_ANTIBODY_BOXED, without_the_lungs)
    assert finding.severity == lint.ERROR
    assert finding.where == "Serious side effects to report at once"
    assert finding.title == "Boxed-warning risk missing from serious side effects"
    assert finding.excerpt == "Boxed warning: lung damage (interstitial lung disease, pneumonitis)"
    assert "names lung damage (interstitial lung disease, pneumonitis), as “PULMONARY TOXICITY”," in finding.message
    assert "for example “a lung problem (pneumonitis)”" in finding.message
    # A summary without the field at all misses every risk, one finding each (each overridden on its own).
    assert len(boxed_findings(TAXANE_BOXED, "")) == 5
    missing = {
        f.excerpt
        for f in boxed_findings(
            TAXANE_BOXED, "- Fever or other signs of infection [1].\n- Swelling in your legs: fluid build-up [1]."
        )
    }
    assert missing == {"Boxed warning: death (treatment-related mortality)",
                       "Boxed warning: liver damage (hepatotoxicity)",
                       "Boxed warning: serious allergic or infusion reactions (hypersensitivity)"}  # fmt: skip


def test_a_boxed_warning_finding_keeps_its_key_while_the_text_around_it_changes():
    first = boxed_findings(ANTHRACYCLINE_BOXED, "- Signs of heart damage [1].")
    reworded = boxed_findings(ANTHRACYCLINE_BOXED.replace("occur at a higher incidence", "are more common"),
                              "- Shortness of breath: signs of heart damage, now or years later [1].")  # fmt: skip
    assert [f.key for f in first] == [f.key for f in reworded]
    assert "Boxed warning: a second cancer such as leukemia (secondary malignancies)" in {f.excerpt for f in first}


def test_no_boxed_warning_no_finding_and_an_unknown_one_is_for_the_reviewer_to_compare():
    assert boxed_findings("", "") == []
    assert boxed_findings("  \n ", "") == []
    [finding] = boxed_findings("WARNING: RISK OF SERIOUS HARM WITH MISUSE. Store out of reach.", "- Anything.")
    assert finding.severity == lint.WARNING
    assert "compare it with the serious side effects yourself" in finding.message


def test_citation_integrity():
    findings = lint.lint(lint.Document({"body": "A fact [2]."}, [lint.Reference(1, "One", "https://a.org")]))
    by_rule = {(f.rule, f.severity) for f in findings}
    assert ("citation", lint.ERROR) in by_rule  # [2] has no reference
    assert ("citation", lint.WARNING) in by_rule  # reference 1 never cited
    assert "citation" not in rules_found("A fact [1].", CITED)


def test_reference_quality():
    refs = [lint.Reference(1, "No link"), lint.Reference(2, "Plain http", "http://a.org"),
            lint.Reference(3, "Bad DOI", doi="doi:10/abc")]  # fmt: skip
    findings = lint.lint(lint.Document({"body": "A [1] B [2] C [3]."}, refs))
    messages = [f.message for f in findings if f.rule == "reference-quality"]
    assert any("No web address" in m for m in messages)
    assert any("not https" in m for m in messages)
    assert any("DOI" in m for m in messages)
    good = [lint.Reference(1, "Fine", "https://a.org", doi="10.1000/xyz")]
    assert "reference-quality" not in rules_found("A [1].", good)


def test_hard_reading_is_a_warning_with_the_hardest_sentences():
    hard = " ".join(["Pharmacokinetic heterogeneity notwithstanding, immunohistochemical characterization "
                     "facilitates individualized therapeutic decision-making considerations."] * 12)  # fmt: skip
    findings = [f for f in lint.lint(lint.Document({"body": hard})) if f.rule == "readability"]
    assert findings
    assert "Hardest sentences" in findings[0].message
    easy = " ".join(["Your care team will help you. Ask them what each test means."] * 20)
    assert "readability" not in rules_found(easy)


def test_old_sources_on_treatment_topics_are_flagged():
    old = [lint.Reference(1, "Old", "https://a.org", year=2001)]
    assert "freshness" in rules_found("A fact [1].", old, topic="chemotherapy")
    assert "freshness" not in rules_found("A fact [1].", old, topic="support-and-living-well")


def test_every_rule_is_registered_once():
    codes = [rule.code for rule in lint.RULES]
    assert len(codes) == len(set(codes)) == 9
    assert all(rule.title and rule.title != rule.code for rule in lint.RULES)  # every rule has a name in words


# The boxed warnings of the sample medicines' US labels, in their labels' shape (the headings and the risks
# they name, not the labels' full text): the quality gate then checks each sample summary names every one of
# them in its serious side effects, as it does for a medicine that follows its label (articles/labels/).
# Medicines whose labels have no boxed warning are not listed.
SAMPLE_BOXED_WARNINGS = {
    "trastuzumab": HER2_ANTIBODY_BOXED,
    "pertuzumab": "WARNING: LEFT VENTRICULAR DYSFUNCTION and EMBRYO-FETAL TOXICITY. Can result in subclinical and "
                  "clinical cardiac failure manifesting as decreased LVEF and CHF. Exposure can result in "
                  "embryo-fetal death and birth defects.",
    "margetuximab": "WARNING: LEFT VENTRICULAR DYSFUNCTION and EMBRYO-FETAL TOXICITY. May lead to reductions in "
                    "left ventricular ejection fraction. Exposure during pregnancy can cause embryo-fetal harm.",
    "tamoxifen": SERM_BOXED,
    "docetaxel": TAXANE_BOXED,
    "paclitaxel": "WARNING: ANAPHYLAXIS AND SEVERE HYPERSENSITIVITY REACTIONS, and BONE MARROW SUPPRESSION. "
                  "Anaphylaxis and severe hypersensitivity reactions, with fatal reactions, have occurred despite "
                  "premedication. Do not give to patients with baseline neutrophil counts of less than 1500 cells/mm3.",
    "doxorubicin": ANTHRACYCLINE_BOXED,
    "epirubicin": ANTHRACYCLINE_BOXED,
    "lapatinib": "WARNING: HEPATOTOXICITY. Hepatotoxicity has been observed in clinical trials and postmarketing "
                 "experience. The hepatotoxicity may be severe and deaths have been reported.",
    "trastuzumab-deruxtecan": "WARNING: INTERSTITIAL LUNG DISEASE and EMBRYO-FETAL TOXICITY. Interstitial lung "
                              "disease (ILD) and pneumonitis, including fatal cases, have been reported. Exposure "
                              "during pregnancy can cause embryo-fetal harm.",
    "ado-trastuzumab-emtansine": "WARNING: HEPATOTOXICITY, CARDIAC TOXICITY, EMBRYO-FETAL TOXICITY. Serious "
                                 "hepatotoxicity has been reported, including liver failure and death. Reductions "
                                 "in left ventricular ejection fraction may occur. Exposure during pregnancy can "
                                 "result in embryo-fetal harm.",
    "sacituzumab-govitecan": "WARNING: NEUTROPENIA AND DIARRHEA. Severe or life-threatening neutropenia may "
                             "occur. Severe diarrhea may occur.",
}  # fmt: skip
DEMO_ENTRIES = all_articles() + all_medicines() + all_glossary()


@pytest.mark.parametrize("entry", DEMO_ENTRIES, ids=lambda e: e["slug"])
def test_demo_content_has_no_editorial_errors(entry):
    not_text = ("slug", "topic", "state", "fda_label_url", "fda_label_date", "withdrawal_reason", "withdrawal_next_url",
                "breast_cancer_use_withdrawn_on")  # fmt: skip
    fields = {k: v for k, v in entry.items() if isinstance(v, str) and k not in not_text}
    refs = [lint.Reference(i, r["title"], r["url"], r.get("doi", ""), r.get("pmid", ""), r.get("year"))
            for i, r in enumerate(entry["references"], start=1)]  # fmt: skip
    boxed = SAMPLE_BOXED_WARNINGS.get(entry["slug"], "") if "generic_name" in entry else ""
    findings = lint.lint(lint.Document(fields, refs, entry.get("topic", ""), boxed_warning=boxed))
    assert lint.errors(findings) == []
    if boxed:  # the gate did look: each risk the boxed warning names was found in the serious side effects
        assert lint.boxed_warning_risks(boxed)
        assert not [f for f in findings if f.rule == "boxed-warning"]


def test_the_sample_boxed_warnings_belong_to_sample_medicines():
    assert len(DEMO_ENTRIES) == len({(("generic_name" in e), e["slug"]) for e in DEMO_ENTRIES})  # no duplicates
    slugs = {entry["slug"] for entry in all_medicines()}
    assert set(SAMPLE_BOXED_WARNINGS) <= slugs
    # A summary left without a boxed-warning risk is refused: the check above is not vacuous.
    tamoxifen = next(entry for entry in all_medicines() if entry["slug"] == "tamoxifen")
    without_stroke = tamoxifen["serious_side_effects"].replace("stroke", "problem")
    findings = lint.lint(lint.Document({"serious_side_effects": without_stroke}, boxed_warning=SERM_BOXED))
    assert [f.excerpt for f in lint.errors(findings) if f.rule == "boxed-warning"] == ["Boxed warning: stroke"]


def test_a_5000_word_article_is_checked():
    text = " ".join(["Your care team plans treatment with you and explains each step [1]."] * 450)
    assert len(text.split()) >= 5000
    assert lint.errors(lint.lint(lint.Document({"body": text}, [lint.Reference(1, "S", "https://a.org")]))) == []


# --- The seed text -------------------------------------------------------------------------------------


def test_the_seed_text_has_every_problem_line_flagged(shared_dir):
    text = (shared_dir / "seed" / "stage-four-breast-cancer-source.txt").read_text()
    lines = text.splitlines()
    flagged = {(f.rule, f.line) for f in lint.lint_text(text)}

    def line_of(phrase):
        return next(number for number, line in enumerate(lines, start=1) if phrase in line)

    assert ("advertising", line_of("Make an order for drugs")) in flagged
    for statistic in (
        "70% tumor shrinkage",
        "50% reduction in recurrence",
        "by 30%",
        "more than 70% of patients",
        "consider clinical trials 70%",
        "personalized treatment 80%",
        "targeted therapies 65%",
    ):
        assert ("unsourced-statistic", line_of(statistic)) in flagged, statistic
    assert ("unnamed-authority", line_of("Dr. Jane Smith")) in flagged
    assert ("unnamed-authority", line_of("According to a recent study")) in flagged


@pytest.mark.django_db
def test_importing_the_seed_makes_a_draft_and_prints_its_findings(shared_dir, author, topic):
    out = io.StringIO()
    call_command("import_article", str(shared_dir / "seed" / "stage-four-breast-cancer-source.txt"),
                 topic=topic.slug, author=author.username, slug="seed-import", stdout=out)  # fmt: skip
    item = ReviewedItem.objects.get(slug="seed-import")
    assert item.live_revision is None  # never live
    revision = item.revisions.get()
    assert revision.status == "draft"
    assert "## Treatment Goals" in revision.body or "## Overview of Stage Four Breast Cancer Treatment" in revision.body
    assert "- Control the growth and spread of cancer" in revision.body
    report = out.getvalue()
    assert "error advertising" in report
    assert report.count("error unsourced-statistic") >= 6
    assert "error unnamed-authority" in report  # an error since issue 17 (it was a warning)


# --- The command-line checker --------------------------------------------------------------------------


def run_lint(*args, stdin=""):
    return subprocess.run([sys.executable, "manage.py", "lint_content", *args], cwd=REPOSITORY, input=stdin,
                          capture_output=True, text=True,
                          env={**__import__("os").environ, "DJANGO_DEBUG": "1"}, timeout=60)  # fmt: skip


def test_lint_content_prints_findings_and_exits_1_on_errors(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("# Title\n\nAbout 40% respond.\n\n## References\n\n1. A source. https://www.cancer.gov/a\n")
    result = run_lint(str(bad))
    assert result.returncode == 1
    assert f"{bad}:3: error unsourced-statistic" in result.stdout
    good = tmp_path / "good.md"
    good.write_text("# Title\n\nAbout 40% respond [1].\n\n## Sources\n\n1. A source. https://www.cancer.gov/a\n")
    assert run_lint(str(good)).returncode == 0


def test_lint_content_reads_stdin_and_writes_json():
    result = run_lint("-", "--format", "json", stdin="Buy now at a discount.")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data[0]["file"] == "-"
    assert data[0]["rule"] == "advertising"
    assert (data[0]["rule_title"], data[0]["where"]) == ("Sales or promotional language", "Text, line 1")


# --- Approval with errors ----------------------------------------------------------------------------


@pytest.fixture
def revision_with_errors(author, topic):
    revision = services.item_create(
        kind=ContentKind.ARTICLE, slug="with-errors", topic=topic, author=author,
        content=article_content(body="## Facts\n\nAbout 40% of people respond.\n\nSee the source [1]."),
        references=[reference(1)],
    )  # fmt: skip
    return services.revision_submit(revision=revision, user=author)


@pytest.mark.django_db
def test_approving_with_errors_needs_a_reason_for_each(revision_with_errors, reviewer):
    with pytest.raises(ValidationError, match="give a reason for each: Statistic without a source \\(Body, line 3:"):
        services.revision_approve(revision=revision_with_errors, reviewer=reviewer)
    assert ReviewedItem.objects.get(pk=revision_with_errors.item_id).live_revision is None
    [error] = lint.errors(services.revision_findings(revision_with_errors))
    decision = services.revision_approve(
        revision=revision_with_errors, reviewer=reviewer,
        overrides={error.key: "The figure is from the FDA label, cited in the next sentence."},
    )  # fmt: skip
    stored = ReviewDecision.objects.get(pk=decision.pk).overrides
    assert stored[0]["rule"] == "unsourced-statistic"
    assert stored[0]["reason"] == "The figure is from the FDA label, cited in the next sentence."
    assert (stored[0]["rule_title"], stored[0]["where"]) == ("Statistic without a source", "Body, line 3")


@pytest.mark.django_db
def test_the_workspace_shows_findings_and_asks_for_override_reasons(client, revision_with_errors, reviewer):
    client.force_login(reviewer)
    html = client.get(f"/admin/articles/revision/{revision_with_errors.pk}/review/").content.decode()
    assert "Editorial check" in html
    assert "<td>Statistic without a source</td><td>Body, line 3</td>" in html  # words, not "body, line 3"
    assert "Reason to approve despite “Statistic without a source” (Body, line 3)" in html
    [error] = lint.errors(services.revision_findings(revision_with_errors))
    assert f'name="override-{error.key}"' in html
    queue = client.get("/admin/articles/revision/queue/").content.decode()
    assert "1 error, 0 warnings" in queue  # it said "1 errors"
    response = client.post(
        f"/admin/articles/revision/{revision_with_errors.pk}/review/",
        {"action": "approve", f"override-{error.key}": "Checked against the label."},
        follow=True,
    )
    assert "Approved" in response.content.decode()


@pytest.mark.django_db
def test_the_submit_message_counts_in_words(client, author, topic):
    revision = services.item_create(
        kind=ContentKind.ARTICLE, slug="one-error", topic=topic, author=author,
        content=article_content(body="## Facts\n\nExperts say it works.\n\nSee the source [1]."),
        references=[reference(1)],
    )  # fmt: skip
    client.force_login(author)
    # A version with errors is submitted only with the box "submit with 1 error" ticked.
    response = client.post(
        f"/admin/articles/revision/{revision.pk}/review/", {"action": "submit", "confirm_errors": "1"}, follow=True
    )
    html = response.content.decode()
    assert "The editorial check found 1 error and 0 warnings; the reviewer sees them too." in html
    assert "error(s)" not in html


@pytest.mark.django_db
def test_a_medicine_finding_shows_the_field_label_and_line_in_that_field(client, author, reviewer):
    revision = services.item_create(
        kind=ContentKind.MEDICINE, slug="tamoxifen", topic=None, author=author,
        content=medicine_content(how_it_works="It blocks estrogen [1].\r\nIt doubles survival."),
        references=[reference(1)],
    )  # fmt: skip
    [finding] = lint.errors(services.revision_findings(revision))
    assert (finding.rule, finding.field, finding.line) == ("relative-effect", "how_it_works", 2)
    client.force_login(reviewer)
    html = client.get(f"/admin/articles/revision/{revision.pk}/review/").content.decode()
    assert "<td>Relative effect without a source</td><td>How it works, line 2</td>" in html
    assert "how_it_works" not in html.split('id="findings-heading"')[1].split("</section>")[0]
