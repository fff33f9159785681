"""More sample articles (issue 18): plain data, no logic, in the format of `articles.ARTICLES` (see __init__.py)."""

from articles.demo.medicines import SACITUZUMAB_FIRST_LINE_APPROVAL

ARTICLES_MORE = [
    {
        "slug": "when-to-call-your-care-team",
        "topic": "support-and-living-well",
        "title": "When to call your care team, and when to call 911",
        "summary": """- A fever during chemotherapy is an emergency. Call your doctor at once if your temperature is
  100.4°F (38°C) or higher [2].
- New pain in your back, weak legs, or trouble holding your urine or stool can mean pressure on the
  spinal cord. Get help right away [3] [4].
- Swelling in one leg, sudden shortness of breath or chest pain can be signs of a blood clot. Go to
  the emergency room or call 911 [6].
- Keep your care team's phone numbers, for day and night, where you can find them [2].""",
        "body": """## Keep these numbers close

Cancer and its treatment can cause problems that need care right away [1]. Ask your care team which
signs to watch for, and which ones need help at once [1]. Keep their phone numbers where you can
find them. Know which number to call when the office is open and when it is closed [2].

If you think your life is in danger, call 911.

## Fever during chemotherapy

A fever during chemotherapy is an emergency [2]. Fever may be the only sign of an infection,
and an infection during chemotherapy can be life-threatening [2].

- **Call your doctor at once** if your temperature is 100.4°F (38°C) or higher [2].
- Take your temperature any time you feel warm, flushed, chilled or not well [2].
- Keep a working thermometer at home, and know how to use it [2].
- Also call right away for shaking chills, chest pain, shortness of breath or confusion [1].

If your care team cannot see you right away, you may need to go to the emergency room [1]. Tell the
person who checks you in that you have cancer and are getting chemotherapy [2].

## Pressure on the spinal cord

Cancer that has spread to the bones of the spine can press on the spinal cord [3]. This is an
emergency. It needs treatment right away [3]. Quick treatment lowers the chance that the problems
last for good [3].

Call your care team right away if you have:

- New or worse pain in your back [4]
- Weakness in your arms or legs, or trouble walking [3] [4]
- Numbness in part of your body [4]
- Trouble controlling your urine or bowel movements [3] [4]

## High calcium in the blood

Cancer that has spread to the bones can push extra calcium into the blood [5]. This is called
hypercalcemia [5]. It can be life-threatening [6]. A blood test can check your calcium level [5].

Call your care team if you have signs such as:

- Feeling sick to your stomach, or throwing up [6]
- Not wanting to eat [6]
- Constipation [6]
- Being very thirsty, or passing urine more often [6]
- Feeling very tired or weak [6]

## Blood clots

People with cancer have a greater risk of blood clots, mostly during treatment or when the cancer is
advanced [7]. A clot in a leg can travel to the lungs. A clot in the lungs is called a pulmonary
embolism [1].

Signs of a clot include:

- Pain, heaviness or soreness in the thigh or calf [7]
- Swelling, mostly in one leg [7]
- Red, warm skin in one area [7]

If you have any of these signs, go to the emergency room or call 911 right away [7].

## Trouble breathing

**Call 911** if you have any of these:

- Shortness of breath, mostly if it comes on suddenly [7]
- Sharp chest pain, which may be worse when you breathe in [7]
- Coughing up blood [7]
- A fast heartbeat, or feeling dizzy or faint [7]

These can be signs of a clot in the lungs [7]. Shortness of breath or chest pain can also be a sign
of an infection [1].

## Questions you may want to ask

- Which signs should make me call you right away?
- Which number do I call at night and on weekends?
- When is my risk of infection highest?
- When should I go to the emergency room, and which one?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [],
        "references": [
            {
                "title": "When to Call the Doctor During Cancer Treatment",
                "authors": "Cancer.Net Editorial Board",
                "source": "Cancer.Net",
                "year": 2020,
                "url": "https://www.cancer.net/navigating-cancer-care/how-cancer-treated/when-call-doctor-during-cancer-treatment",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Watch Out for Fever",
                "authors": "Centers for Disease Control and Prevention",
                "source": "CDC.gov",
                "year": None,
                "url": "https://www.cdc.gov/cancer/preventinfections/fever.htm",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Spinal Cord Compression",
                "authors": "OncoLink Team (Penn Medicine)",
                "source": "OncoLink",
                "year": 2023,
                "url": "https://www.oncolink.org/cancer-treatment/hospital-helpers/oncologic-emergencies/spinal-cord-compression",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Spinal Cord Compression (Quick Facts)",
                "authors": "Merck Manual Consumer Version",
                "source": "MerckManuals.com",
                "year": None,
                "url": (
                    "https://www.merckmanuals.com/en-ca/home/quick-facts-brain,-spinal-cord,-and-nerve-disorders/"
                    "spinal-cord-disorders/spinal-cord-compression"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Hypercalcemia (High Calcium Levels)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/managing-cancer/side-effects/hypercalcemia.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "High calcium levels (hypercalcemia)",
                "authors": "Canadian Cancer Society",
                "source": "Cancer.ca",
                "year": None,
                "url": "https://cdn.cancer.ca/en/treatments/side-effects/high-calcium-levels",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Thromboembolism (Blood Clot)",
                "authors": "OncoLink Team (Penn Medicine)",
                "source": "OncoLink",
                "year": None,
                "url": "https://oncolink.org/cancer-treatment/hospital-helpers/oncologic-emergencies/thromboembolism-blood-clot",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
        "change_summary": "First version.",
        "state": "live",
    },
    {
        "slug": "biomarker-testing-for-metastatic-breast-cancer",
        "topic": "understanding-stage-four",
        "title": "Biomarker testing for metastatic breast cancer",
        "summary": """- Biomarker tests look for genes, proteins or other substances in the cancer. The results can show
  which medicines are likely to help [1].
- Breast cancer is tested for hormone receptors and HER2 [3] [13]. Some cancers once called
  HER2-negative are now called HER2-low or HER2-ultralow, and a medicine is approved for them [4].
- Other tests look for changes in ESR1, PIK3CA, AKT1 or PTEN, for an inherited BRCA change, and for a
  protein called PD-L1 [2].
- A cancer can change over time. Ask your care team if you need new tests when the cancer grows
  [6] [10].""",
        "body": """## What biomarker testing is

Biomarkers are genes, proteins or other substances that can be tested for. They show important
details about a person's cancer [1]. Even among people with the same kind of cancer, the cancer
cells can have different gene changes. These changes can affect how well a treatment works [1].
Biomarker testing can show whether certain treatments are likely, or unlikely, to help [1]. You may
hear it called tumor testing, genomic testing or molecular testing [1].

A guideline from the American Society of Clinical Oncology (ASCO) lists the biomarker tests that can
guide treatment for metastatic breast cancer [2].

## Hormone receptors and HER2

Cancer cells taken out during a biopsy or surgery are tested for estrogen and progesterone
receptors [13]. If the cells have one or both, the cancer is hormone receptor-positive. Knowing this
helps decide on treatment [13].

The same kind of sample is tested for HER2 [3]. One common test, called IHC, stains the HER2 protein
so it can be seen under a microscope [3]. Another test counts copies of the HER2 gene [3].

- **HER2-positive** cancers have extra HER2. Medicines aimed at HER2 are made for them [3].
- **HER2-low** means a score of 1+, or 2+ with no extra copies of the HER2 gene [4].
- **HER2-ultralow** means a score of 0, but with some stain on the outer edge of the cells [4].

The US Food and Drug Administration (FDA) has approved a medicine for some of these cancers. It is
called trastuzumab deruxtecan. It is for hormone receptor-positive cancer that is HER2-low or
HER2-ultralow and that grew after hormone therapy [4].

## ESR1

ESR1 is the gene for the estrogen receptor. Changes in ESR1 can stop some hormone medicines, such as
aromatase inhibitors, from working [6]. These changes are rare in the first breast tumor. They are
more common after hormone therapy for metastatic cancer [6]. So ESR1 testing is done when the cancer
grows during hormone therapy, not only when it is first found [2] [6].

The label of a medicine called elacestrant covers some cancers with an ESR1 change [5]. The cancer
must be estrogen receptor-positive and HER2-negative, and have grown after at least one hormone
therapy [5]. The label says the ESR1 change is found with an FDA-approved test on a blood sample
[5].

## PIK3CA, AKT1 and PTEN

Changes in the PIK3CA, AKT1 or PTEN genes can help some cancers grow. The FDA approved capivasertib,
given with fulvestrant, for hormone receptor-positive, HER2-negative cancer with one or more of these
changes [7]. It is for cancer that grew after hormone therapy, and an FDA-approved test finds these
changes [7]. Another pill, alpelisib, is given with fulvestrant for cancer with a PIK3CA change
[15].

## Inherited BRCA changes

Some people are born with a change in the BRCA1 or BRCA2 gene. This is called a germline change.
For people with one of these inherited changes, medicines called PARP inhibitors, such as olaparib
and talazoparib, may be options [8]. The ASCO guideline advises a test for inherited BRCA1 and BRCA2
changes for people who may be offered a PARP inhibitor [2]. If you have one of these changes, your
family members may want to talk with a genetic counselor.

## PD-L1

PD-L1 is a protein that some tumors make. For triple-negative breast cancer that has spread, the
immunotherapy medicine pembrolizumab is given with chemotherapy. It is used when an FDA-approved
test shows the cancer has enough PD-L1 [9].

## Tissue or blood?

Biomarker tests can be done on a sample of tumor tissue or on blood [11]. A blood test for cancer
DNA is called a liquid biopsy. It can help when taking a tissue sample is hard or risky. It may
spare you another biopsy [12].

## When to test again

The features of a cancer can change between the first tumor and the places it has spread [10]. A
biopsy of a new spot can show if hormone receptor or HER2 status has changed [10]. Hormone receptor
tests may be done again if the cancer comes back, because the result can change [14]. Some changes,
such as ESR1 changes, show up only after treatment [6]. Ask your care team if you need new tests
each time the cancer grows.

## Questions you may want to ask

- Which biomarker tests have been done on my cancer, and what did they show?
- Is my cancer HER2-low or HER2-ultralow?
- Should I have a new biopsy, a blood test, or both?
- Should I have genetic testing for BRCA changes?
- Will you test again if my cancer grows?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [
            "trastuzumab-deruxtecan",
            "fulvestrant",
            "elacestrant",
            "capivasertib",
            "alpelisib",
            "pembrolizumab",
            "talazoparib",
        ],
        "references": [
            {
                "title": "Biomarker Tests and Cancer Treatment",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://amp.cancer.org/cancer/diagnosis-staging/tests/biomarker-tests.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Biomarkers for Systemic Therapy in Metastatic Breast Cancer (ASCO guideline, pocket guide)",
                "authors": "American Society of Clinical Oncology",
                "source": "Guideline Central",
                "year": 2024,
                "url": "https://www.guidelinecentral.com/guideline/1890548/pocket-guide/1890554/",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Breast Cancer HER2 Status",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/cancer/breast-cancer/understanding-a-breast-cancer-diagnosis/breast-cancer-her2-status.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": (
                    "US Food and Drug Administration Approval Summary: Trastuzumab Deruxtecan for the Treatment of "
                    "Adult Patients With Hormone Receptor-Positive, Unresectable or Metastatic Human Epidermal Growth "
                    "Factor Receptor 2-Low or Human Epidermal Growth Factor Receptor 2-Ultralow Breast Cancer"
                ),
                "authors": "U.S. Food and Drug Administration reviewers",
                "source": "Journal of Clinical Oncology",
                "year": 2025,
                "url": "https://doi.org/10.1200/JCO-25-00812",
                "doi": "10.1200/JCO-25-00812",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "ORSERDU (elacestrant) tablets: US prescribing information (structured product label)",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aa66ae5c-2bd2-4444-8178-b55651e054ef",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Results: patient with advanced breast cancer and a ctDNA ESR1 variant",
                "authors": "NHS England Genomics Education Programme",
                "source": "GeNotes",
                "year": None,
                "url": (
                    "https://www.genomicseducation.hee.nhs.uk/genotes/in-the-clinic/"
                    "results-patient-with-advanced-breast-cancer-and-a-ctdna-esr1-variant"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": (
                    "US Food and Drug Administration Approval Summary: Capivasertib With Fulvestrant for Hormone "
                    "Receptor-Positive, Human Epidermal Growth Factor Receptor 2-Negative Locally Advanced or "
                    "Metastatic Breast Cancer With PIK3CA/AKT1/PTEN Alterations"
                ),
                "authors": "U.S. Food and Drug Administration reviewers",
                "source": "Journal of Clinical Oncology",
                "year": 2024,
                "url": "https://doi.org/10.1200/JCO.24.00427",
                "doi": "10.1200/JCO.24.00427",
                "pmid": "39159418",
                "accessed": "2026-12-04",
            },
            {
                "title": "Treatment of Triple-negative Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/breast-cancer/treatment/treatment-of-triple-negative.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": (
                    "Label: KEYTRUDA- pembrolizumab injection, powder, lyophilized, for solution; "
                    "KEYTRUDA- pembrolizumab injection, solution"
                ),
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": (
                    "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm"
                    "?setid=9333c79b-d487-4538-a9f0-71b91a02b287&version=205"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": (
                    "Biopsy confirmation of metastatic sites in breast cancer patients: "
                    "clinical impact and future perspectives"
                ),
                "authors": "Breast Cancer Research (review)",
                "source": "Breast Cancer Research",
                "year": None,
                "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC4052940",
                "doi": "10.1186/bcr3630",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Biomarker Testing for Cancer",
                "authors": "Cleveland Clinic",
                "source": "ClevelandClinic.org",
                "year": None,
                "url": "https://my.clevelandclinic.org/health/diagnostics/biomarker-testing",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "What patients need to know about liquid biopsies in cancer care",
                "authors": "FORCE: Facing Our Risk of Cancer Empowered",
                "source": "FacingOurRisk.org",
                "year": 2026,
                "url": "https://www.facingourrisk.org/XRAY/liquid-biopsies-for-cancer",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Breast Cancer Hormone Receptor Status",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/cancer/types/breast-cancer/understanding-a-breast-cancer-diagnosis/"
                    "breast-cancer-hormone-receptor-status.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Hormone receptor status test",
                "authors": "Canadian Cancer Society",
                "source": "Cancer.ca",
                "year": None,
                "url": "https://cdn.cancer.ca/en/treatments/tests-and-procedures/hormone-receptor-status-test",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: PIQRAY- alpelisib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=b20b4e18-7a4b-4500-a08f-06c6dab0ee5b",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
        "change_summary": (
            "News reports and a Komen table replaced by the elacestrant and alpelisib labels, the FDA's capivasertib "
            "approval summary and the ACS; a guideline claim with no confirmed source removed."
        ),
        "state": "live",
    },
    {
        "slug": "treatment-for-triple-negative-breast-cancer",
        "topic": "chemotherapy",
        "title": "Treatment for triple-negative metastatic breast cancer",
        "summary": """- Triple-negative breast cancer has no estrogen or progesterone receptors and does not make too
  much HER2. Chemotherapy is the main treatment that works through the whole body [1].
- If the cancer has enough of a protein called PD-L1, the first treatment may be immunotherapy with
  chemotherapy [1] [2], or immunotherapy with sacituzumab govitecan [5].
- People with an inherited BRCA change may be offered a PARP inhibitor [1].
- Some triple-negative cancers are HER2-low. A medicine called trastuzumab deruxtecan is approved
  for HER2-low breast cancer that has spread, after chemo [4].""",
        "body": """## What triple-negative means

Triple-negative breast cancer does not have estrogen or progesterone receptors. It also does not make
too much of the HER2 protein [1]. Because of this, hormone therapy and medicines aimed at HER2-positive
cancer do not help [1]. Chemotherapy (chemo) is the main treatment that works through the whole body
[1].

## Chemo

Chemo is often used first when the cancer has spread [1]. Common medicines include
anthracyclines (such as doxorubicin), taxanes (such as paclitaxel and docetaxel), capecitabine,
gemcitabine and eribulin [1]. Your care team will explain which ones fit you and how they are given.

## Immunotherapy for PD-L1-positive cancer

PD-L1 is a protein that some cancer cells have. For advanced triple-negative cancer with PD-L1, the
first treatment may be immunotherapy plus chemo [1]. Pembrolizumab is an immunotherapy medicine
used with chemo when an FDA-approved test shows the cancer has enough PD-L1 [2].
Immunotherapy can cause the immune system to attack healthy organs. Tell your care team about any
new symptoms [2].

## If you have an inherited BRCA change

Some people are born with a change in the BRCA1 or BRCA2 gene. For them, platinum chemo medicines
or PARP inhibitors, such as olaparib and talazoparib, may be options [1]. Ask your care team about
genetic testing if you have not had it.

## Sacituzumab govitecan

Sacituzumab govitecan links a chemo medicine to an antibody. The antibody finds a protein called
Trop-2 on cancer cells and carries the medicine to them [3]. Its US label covers triple-negative
breast cancer that cannot be removed by surgery or has spread, after two or more earlier treatments,
with at least one of them for the cancer that has spread [3].

In June 2026 the FDA approved it as a first treatment for this cancer too [5]. It may be given on its
own to people who cannot have immunotherapy that works on PD-1 or PD-L1 [5]. Or it may be given with
the immunotherapy pembrolizumab when an FDA-authorized test shows enough PD-L1 [5].

Its label has a boxed warning. It can cause very low white blood cell counts, which can be
life-threatening or cause death, and severe diarrhea [3]. Call your care team right away if you have
a fever or diarrhea during treatment [3].

## What HER2-low means for triple-negative cancer

Triple-negative cancers are HER2-negative. But some HER2-negative cancers still have a small amount of
HER2. These are called HER2-low. On the label of trastuzumab deruxtecan, HER2-low means a test score
of 1+, or 2+ with no extra copies of the HER2 gene [4]. So a triple-negative cancer can also be
HER2-low.

The US label says trastuzumab deruxtecan is for HER2-low breast cancer that cannot be removed by
surgery or has spread [4]. It is for people who have had chemo for the cancer that spread, or whose
cancer came back during chemo given around surgery or within a few months after it [4]. The label
also covers cancer that is HER2-ultralow, but only when it is hormone receptor-positive, so that use
does not apply to triple-negative cancer [4]. Ask your care team whether your cancer has been tested
for HER2-low, and whether this medicine could fit you.

## Clinical trials

Clinical trials test new treatments. Ask your care team if there is a trial that fits you. You can
ask about trials at any point in your treatment.

## Questions you may want to ask

- Has my cancer been tested for PD-L1, and what did the test show?
- Is my cancer HER2-low?
- Should I have genetic testing for BRCA changes?
- Which treatment do you suggest first, and what comes next if it stops working?
- Is there a clinical trial that fits me?""",
        "hr_status": [
            "negative",
        ],
        "her2_status": [
            "low",
            "ultralow",
            "zero",
        ],
        "related_medicines": [
            "sacituzumab-govitecan",
            "trastuzumab-deruxtecan",
            "pembrolizumab",
            "talazoparib",
            "capecitabine",
            "eribulin",
            "paclitaxel",
            "docetaxel",
            "doxorubicin",
        ],
        "references": [
            {
                "title": "Treatment of Triple-negative Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/breast-cancer/treatment/treatment-of-triple-negative.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": (
                    "Label: KEYTRUDA- pembrolizumab injection, powder, lyophilized, for solution; "
                    "KEYTRUDA- pembrolizumab injection, solution"
                ),
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": (
                    "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm"
                    "?setid=9333c79b-d487-4538-a9f0-71b91a02b287&version=205"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: TRODELVY- sacituzumab govitecan powder, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=57a597d2-03f0-472e-b148-016d7169169d",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: ENHERTU- fam-trastuzumab deruxtecan-nxki injection, powder, lyophilized, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=7e67e73e-ddf4-4e4d-8b50-09d7514910b6",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            SACITUZUMAB_FIRST_LINE_APPROVAL,
        ],
        "change_summary": (
            "Adds the FDA's June 2026 approval of sacituzumab govitecan as a first treatment (alone, or with "
            "pembrolizumab for PD-L1-positive cancer); links the Enhertu label by its DailyMed set id."
        ),
        "state": "live",
    },
    {
        "slug": "bone-metastases",
        "topic": "understanding-stage-four",
        "title": "When breast cancer spreads to the bones",
        "summary": """- Breast cancer often spreads to the bones. The spine is the most common place [1].
- Bone pain is often the first sign. Tell your care team about any new pain that might come from a
  bone [1] [2].
- Cancer in the bones can cause broken bones, pressure on the spinal cord and high calcium in the
  blood [1].
- Treatments can often shrink or slow the cancer in the bones and ease pain. Medicines can also help
  keep bones strong [3] [4].""",
        "body": """## How cancer affects the bones

Breast cancer is one of the cancers that often spread to the bones [1]. The spine is the most common
place. The hip bone, upper leg, upper arm, ribs and skull are also common [1].

Healthy bone is always being rebuilt. Some bone cells make new bone, and others break down old bone
[1]. Cancer in the bone upsets this balance. Too much bone can be broken down, or too much made.
Either change can make bones break more easily [1].

## Signs to watch for

- **Bone pain.** This is often the first sign. At first it may come and go, and it is often worse at
  night [1]. Later it can become constant [1].
- **A broken bone.** A weak bone can break in a fall, or even during everyday activities. This often
  causes sudden, severe pain [2]. Breaks are most common in the long bones of the arms and legs and
  in the spine [2].
- **Pressure on the spinal cord.** Cancer in the spine can press on the spinal cord. Back or neck pain
  can be an early sign. Numbness or weakness can follow [2]. This can lead to paralysis if it is not
  treated right away [1].
- **High calcium in the blood.** When too much bone breaks down, calcium goes into the blood [1].
  Early signs include constipation, passing urine often, feeling sleepy, and feeling thirsty all the
  time [5].

Tell your care team about any new pain that might be coming from a bone [2]. Finding and treating
bone metastases early can help prevent problems later [1]. Weakness, numbness or trouble with your
bladder or bowels needs help at once. See our page on when to call your care team.

## Treatment

Treatments can often shrink or slow the growth of bone metastases and help with symptoms. They
usually do not make them go away completely [3]. Even when the cancer cannot be cured, something can
almost always be done to help you feel better [3].

- **Treatment for the whole body,** such as hormone therapy, chemotherapy or other medicines, often
  helps the cancer in the bones too [3].
- **Local treatment,** such as radiation or surgery, treats one area. It can ease pain or fix a
  broken bone [3] [5].
- **Pain medicines** are often very helpful [5].

## Medicines that keep bones strong

Medicines called bone-modifying drugs can help keep bones strong. Examples are zoledronic acid, a
kind of bisphosphonate, and denosumab [5]. An uncommon but serious side effect of these medicines is
damage to the jawbone, called osteonecrosis of the jaw [4]. Your care team may check your risk before
you start, and suggest steps to lower it [4]. Tell your care team and your dentist if you have jaw pain, a loose
tooth or a sore in your mouth that does not heal.

## Questions you may want to ask

- Which of my bones are affected, and are any at risk of breaking?
- What can I do about bone pain?
- Should I take a medicine to keep my bones strong?
- Should I see a dentist before I start it?
- Which signs mean I should call you right away?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [
            "zoledronic-acid",
            "denosumab",
        ],
        "references": [
            {
                "title": "Bone Metastases",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Signs and Symptoms of Bone Metastasis",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Treating Bone Metastases",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/"
                    "treating-bone-metastases.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": (
                    "Preventing, identifying, and managing medication-related osteonecrosis of the jaw: a practical "
                    "guide for nurses and other allied healthcare professionals"
                ),
                "authors": "Drudge-Coates L, Van den Wyngaert T, Schiødt M, van Muilekom HAM, Demonty G, Otto S",
                "source": "Supportive Care in Cancer",
                "year": 2020,
                "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC7378104",
                "doi": "10.1007/s00520-020-05440-x",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Bone Metastasis: Treating problems caused by bone metastases",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "http://www.cancer.org/treatment/understandingyourdiagnosis/bonemetastasis/"
                    "bone-metastasis-treating-problems-caused"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
        "change_summary": "First version.",
        "state": "live",
    },
    {
        "slug": "brain-metastases",
        "topic": "understanding-stage-four",
        "title": "When breast cancer spreads to the brain",
        "summary": """- Breast cancer is one of the cancers that most often spread to the brain [1].
- Signs can include headache, weakness in an arm or leg, memory problems, changes in mood or
  behavior, seizures, and nausea or vomiting [1].
- Steroid medicines can often ease symptoms quickly while more treatment is planned [1].
- Radiation, surgery and medicines that reach the brain can be used. Your care team plans treatment
  with you [1] [2] [3].""",
        "body": """## What brain metastases are

Brain metastases are spots of cancer in the brain that spread from cancer somewhere else in the body.
They develop most often in people with lung cancer, breast cancer and melanoma [1]. They can be found
at the same time as the first cancer, or later [1]. Cancer that has spread to the brain is different
from cancer that starts in the brain [4].

## Signs to watch for

Signs depend on where the spots are, how big they are, and how much swelling they cause [1]. Not
everyone has symptoms, but most people do [1]. Common signs are:

- Headache [1]
- Not being able to move part of your body, such as an arm or leg [1]
- Sleepiness [1]
- Memory problems [1]
- Changes in emotions or in how you act [1]
- Problems hearing, seeing or swallowing [1]
- Seizures [1]
- Nausea or vomiting [1]

Tell your care team right away about any of these signs. If you think your life is in danger, or
someone has a seizure that does not stop, call 911.

## How they are found

A scan called MRI is the main test used to show where the spots are and how big they are [2]. Your
care team may also check your speech, vision, balance, strength and reflexes [2].

## Treatment

Treatment can help ease symptoms, slow the growth of the spots, and help you live longer [2]. The
choice depends on the size, number and place of the spots, and on your health and goals [2].

- **Steroid medicines,** such as dexamethasone, lower the swelling around the spots. This often
  helps symptoms right away while more treatment is planned [1].
- **Anti-seizure medicines** may be used if you have had a seizure, to help prevent more [1].
- **Radiation therapy** is often used. Whole brain radiation can be used when there are several spots
  [1]. For some people, a very focused kind of radiation called stereotactic radiosurgery may be
  used [1].
- **Surgery** is sometimes used, mostly when there are only a few spots [1].

Brain metastases can come back after treatment, so your care team will follow you closely [2].

## Medicines for HER2-positive cancer

The US label of tucatinib says it is given with trastuzumab and capecitabine for HER2-positive breast
cancer that is advanced or has spread, including cancer that has spread to the brain [3]. It is for
adults who have already had at least one HER2-targeted treatment for the cancer that spread [3]. Ask
your care team whether this or another medicine fits your cancer.

## Questions you may want to ask

- How many spots are there, and where are they?
- Which treatment do you suggest, and what are its side effects?
- Will treatment affect my memory or thinking?
- Is it safe for me to drive?
- Which signs mean I should call you right away?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [
            "tucatinib",
            "trastuzumab",
            "capecitabine",
        ],
        "references": [
            {
                "title": "Brain Metastases",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/managing-cancer/advanced-cancer/brain-metastases.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Brain metastases: Diagnosis and treatment",
                "authors": "Mayo Clinic",
                "source": "MayoClinic.org",
                "year": None,
                "url": "https://mayoclinic.org/diseases-conditions/brain-metastases/diagnosis-treatment/drc-20350140",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: TUKYSA- tucatinib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=f27eb1b9-b7fc-424e-988f-84dd7bb195a3",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Brain metastases",
                "authors": "Canadian Cancer Society",
                "source": "Cancer.ca",
                "year": None,
                "url": "https://www.cancer.ca/en/cancer-information/cancer-type/metastatic-cancer/brain-metastases/?region=ab",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
        "change_summary": "Tucatinib's use cited to its DailyMed label instead of a news report.",
        "state": "live",
    },
    {
        "slug": "taking-cancer-medicines-by-mouth",
        "topic": "support-and-living-well",
        "title": "Taking cancer medicines by mouth at home",
        "summary": """- Many cancer medicines are pills you take at home. They only work as they should if you take them
  the way you were told [1] [2].
- Ask your care team or pharmacist, before you start, what to do if you miss a dose or throw up a
  dose [3].
- Tell everyone who cares for you, including your dentist and pharmacist, that you take a cancer
  medicine. Some foods and supplements can change how these medicines work [2] [4].
- Store and handle the pills safely, and keep them away from children and pets [1] [3].""",
        "body": """## Why the details matter

Some cancer medicines are taken by mouth at home. They may be chemotherapy, hormone therapy or other
kinds of treatment [1]. Not following the instructions can make the treatment work less well [1].
Before you start, make sure you understand how much to take, when to take it, and the order to take
your medicines in [3].

## Your schedule

- Take your medicine at the same time every day [1].
- Some medicines are taken in cycles, with some days off during each cycle. Be sure you know your
  schedule [1].
- Follow what you were told about taking it with food or on an empty stomach [1].
- Check the dose each time. You may need more than one pill, or pills of different strengths [1].

Things that can help you remember include a pill diary, a calendar, a phone alarm, or a pillbox used
only for your cancer medicine [2].

## If you miss a dose or throw up

The right step depends on your medicine. **Ask your care team or pharmacist what to do before it
happens** [3]. Do not take two doses at the same time, and do not take extra doses [2]. If you throw
up after a dose, call your care team for advice [2] [3].

## Other medicines, foods and supplements

Tell all your health care providers, including your dentist and pharmacist, that you take medicine
for cancer [2]. Some foods and supplements can change how the body handles certain cancer medicines.
Examples include grapefruit juice, St. John's wort and a substance found in green tea [4]. Before you start any new
medicine, vitamin, herbal product or supplement, ask your care team or pharmacist if it is safe with
your cancer medicine.

## Handling your medicine safely

- Wash your hands before and after you take your medicine [1].
- Swallow pills whole. Do not cut, chew or crush them unless you were told to [1] [3]. If you have
  trouble swallowing, talk to your care team [1].
- If someone helps you, they should not touch the pills with bare hands. They can wear gloves, or pour
  the pills into a small cup. They should wash their hands before and after [1].
- People who are pregnant or breastfeeding should not prepare your dose [1].

## Storing your medicine

- Keep your medicine out of reach of children and pets [3].
- Keep it away from light, heat and moisture, unless you were told something else [3].
- Return any medicine you do not use to your pharmacy, so it can be destroyed safely [3].

## Side effects

Ask your pharmacist or care team what side effects to expect. It can help to take notes on how you
feel after you take your medicine [3]. Call your care team if you have side effects that worry you.

## Questions you may want to ask

- When and how should I take this medicine, and with or without food?
- What should I do if I miss a dose, or throw up after a dose?
- Which medicines, foods or supplements should I avoid?
- How should I store it, and what do I do with pills I do not use?
- Which side effects should I call you about right away?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [
            "capecitabine",
            "palbociclib",
            "ribociclib",
            "abemaciclib",
            "alpelisib",
            "everolimus",
            "tucatinib",
            "neratinib",
            "lapatinib",
            "tamoxifen",
            "anastrozole",
            "letrozole",
            "exemestane",
        ],
        "references": [
            {
                "title": "Taking Oral Anti-Cancer Medications at Home",
                "authors": "OncoLink Team (Penn Medicine)",
                "source": "OncoLink",
                "year": 2024,
                "url": (
                    "https://www.oncolink.org/cancer-treatment/cancer-medications/medication-safety/"
                    "taking-oral-anti-cancer-medications-at-home"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Taking Oral Medications for Cancer Treatment",
                "authors": "Memorial Sloan Kettering Cancer Center",
                "source": "MSKCC.org",
                "year": None,
                "url": "https://www.mskcc.org/cancer-care/patient-education/taking-oral-medications-cancer-treatment",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Taking oral chemotherapy at home",
                "authors": "Canadian Cancer Society",
                "source": "Cancer.ca",
                "year": None,
                "url": "https://cancer.ca/en/treatments/treatment-types/chemotherapy/taking-oral-chemotherapy-at-home",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": (
                    "Cancer Therapy Interactions With Foods and Dietary Supplements (PDQ), PDQ Cancer Information "
                    "Summaries"
                ),
                "authors": (
                    "PDQ Integrative, Alternative, and Complementary Therapies Editorial Board, National Cancer "
                    "Institute"
                ),
                "source": "NCBI Bookshelf (National Library of Medicine)",
                "year": None,
                "url": "https://www.ncbi.nlm.nih.gov/books/NBK563071/",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
        "change_summary": "Food and supplement interactions cited to NCI's PDQ summary on NCBI Bookshelf, not a copy.",
        "state": "live",
    },
    {
        "slug": "when-a-treatment-stops-working",
        "topic": "understanding-stage-four",
        "title": "When a treatment stops working",
        "summary": """- For metastatic breast cancer, a treatment is often kept going as long as it works and the side
  effects are manageable [1] [2].
- If one treatment stops working, another kind of treatment might help [3].
- Clinical trials may offer newer treatments, even when other treatments have stopped working [3].
- Palliative care can ease symptoms and side effects, whether or not you keep having cancer
  treatment [3].""",
        "body": """## Lines of treatment

Treatment for metastatic breast cancer aims to help you live longer, ease symptoms and keep a good
quality of life [2]. A treatment is often kept going until the cancer grows or the side effects
become too hard to bear [2]. If it stops working, other medicines may be tried [1].

The first treatment for metastatic cancer is often called first-line treatment. The next one, if the
first stops working, is called second-line treatment, and so on. Each change is a new line of
treatment.

## What happens next

If one kind of treatment stops working and the cancer keeps growing, another kind of treatment might
help [3]. It might shrink the cancer, or keep it in check so that you live longer and feel better
[3]. When deciding on a new treatment, its risks and side effects should always be weighed [3].

Your care team may want new tests before you change treatment. Some tests can find changes in the
cancer that point to a new medicine. See our page on biomarker testing.

Different kinds of doctors often work together to plan treatment. It can help to talk with doctors
who have experience treating metastatic breast cancer, and you can ask for a second opinion [4].

## Clinical trials

New treatments, including those offered in clinical trials, may work even when other treatments have
stopped working [3]. Some people with advanced cancer may be offered early-phase trials. These trials
look at the safety of a new treatment and the best dose [5]. Each trial has rules about who can take
part. You will need to know details about your cancer and past treatments [5]. Ask your care team
whether a trial fits you.

## Palliative care

Palliative care can ease symptoms and side effects, whether or not you keep having treatment for the
cancer [3]. You do not have to wait until treatment stops to get it.

## When treatment is no longer helping

When many treatments have been tried and the cancer is still growing, there may come a time when
another treatment is very unlikely to help you feel better or live longer [3]. People have different
goals for their care, and these goals may change over time [5]. If you choose not to have more
treatment for the cancer, you can still get care to keep you as comfortable as possible [5]. Hospice
care focuses on your quality of life and on managing symptoms at the end of life [3].

These are personal choices. Ask all the questions you need to [5]. It may help to talk with the
people close to you.

## Questions you may want to ask

- How will we know if my treatment is still working?
- What are my options for the next treatment, and what are the side effects?
- Should I have new tests before we change treatment?
- Is there a clinical trial that fits me?
- Can I see the palliative care team now?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [],
        "references": [
            {
                "title": "Treatment of stage IV (advanced) breast cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://cancer.org/cancer/breast-cancer/treatment/treatment-of-breast-cancer-by-Stage/treatment-of-Stage-iv-advanced-breast-cancer.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Advanced breast cancer: An update to systemic therapy",
                "authors": "Carson E, Dear R",
                "source": "Australian Journal of General Practice",
                "year": 2019,
                "url": "https://www1.racgp.org.au/ajgp/2019/may/advanced-breast-cancer-an-update-to-systemic-thera",
                "doi": "10.31128/AJGP-10-18-4729",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "If Cancer Treatments Stop Working",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/content/cancer/en/treatment/treatments-and-side-effects/"
                    "if-cancer-treatments-stop-working.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Breast Cancer - Metastatic: Types of Treatment",
                "authors": "Cancer.Net Editorial Board",
                "source": "Cancer.Net",
                "year": 2022,
                "url": "https://www.cancer.net/cancer-types/breast-cancer-metastatic/types-treatment",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Choices for Care When Treatment May Not Be an Option",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://www.cancer.gov/cancertopics/factsheet/support/hospice",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
        "change_summary": "First version.",
        "state": "live",
    },
]
