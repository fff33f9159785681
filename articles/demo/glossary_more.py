"""More sample glossary terms (issue 21: every subtype and biomarker choice of the medicines filter and of "which
pages fit me" has a glossary entry). Same format as ``glossary.GLOSSARY``; plain data, no logic.

Aliases are what readers may type or read (other names, abbreviations, common misspellings): search and the
glossary links use them, readers never see them listed. No alias repeats one of another entry, so a word always
links to one definition. Every source was confirmed to exist when it was written.
"""

_ACCESSED = "2026-12-05"

_ACS_BIOMARKER_TESTS = {
    "title": "Biomarker Tests and Cancer Treatment",
    "authors": "American Cancer Society",
    "source": "Cancer.org",
    "year": None,
    "url": "https://amp.cancer.org/cancer/diagnosis-staging/tests/biomarker-tests.html",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_BREASTCANCER_ORG_HER2 = {
    "title": "HER2 Status",
    "authors": "Breastcancer.org",
    "source": "Breastcancer.org",
    "year": None,
    "url": "https://www.breastcancer.org/pathology-report/her2-status",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_FDA_ENHERTU_ULTRALOW = {
    "title": (
        "FDA approves fam-trastuzumab deruxtecan-nxki for unresectable or metastatic HR-positive, HER2-low or "
        "HER2-ultralow breast cancer"
    ),
    "authors": "U.S. Food and Drug Administration",
    "source": "FDA.gov",
    "year": 2025,
    "url": (
        "https://fda.gov/drugs/resources-information-approved-drugs/fda-approves-fam-trastuzumab-deruxtecan-nxki-"
        "unresectable-or-metastatic-hr-positive-her2-low-or-her2"
    ),
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_ACS_HR_STATUS = {
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
    "accessed": _ACCESSED,
}
_ORSERDU_LABEL = {
    "title": "ORSERDU (elacestrant) tablets: US prescribing information (structured product label)",
    "authors": "U.S. National Library of Medicine",
    "source": "DailyMed",
    "year": None,
    "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aa66ae5c-2bd2-4444-8178-b55651e054ef",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_PIQRAY_LABEL = {
    "title": "Label: PIQRAY- alpelisib tablet",
    "authors": "U.S. National Library of Medicine",
    "source": "DailyMed",
    "year": None,
    "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=b20b4e18-7a4b-4500-a08f-06c6dab0ee5b",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_CAPIVASERTIB_SUMMARY = {
    "title": (
        "US Food and Drug Administration Approval Summary: Capivasertib With Fulvestrant for Hormone "
        "Receptor-Positive, Human Epidermal Growth Factor Receptor 2-Negative Locally Advanced or Metastatic Breast "
        "Cancer With PIK3CA/AKT1/PTEN Alterations"
    ),
    "authors": "U.S. Food and Drug Administration",
    "source": "Journal of Clinical Oncology",
    "year": 2024,
    "url": "https://doi.org/10.1200/JCO.24.00427",
    "doi": "10.1200/JCO.24.00427",
    "pmid": "",
    "accessed": _ACCESSED,
}
_TALZENNA_LABEL = {
    "title": (
        "TALZENNA (talazoparib) capsules, for oral use: prescribing information "
        "(DailyMed label set id c6fd147f-a77e-4a0b-9280-e82ecc41b4be, revised 3/2024)"
    ),
    "authors": "Pfizer Laboratories Div Pfizer Inc",
    "source": "FDA.report (copy of the DailyMed label)",
    "year": 2024,
    "url": "https://fda.report/DailyMed/c6fd147f-a77e-4a0b-9280-e82ecc41b4be",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_NCI_CHECKPOINT_INHIBITORS = {
    "title": "Immune Checkpoint Inhibitors",
    "authors": "National Cancer Institute",
    "source": "Cancer.gov",
    "year": None,
    "url": "https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_KEYTRUDA_LABEL = {
    "title": "Label: KEYTRUDA- pembrolizumab injection, powder, lyophilized, for solution",
    "authors": "U.S. National Library of Medicine",
    "source": "DailyMed",
    "year": 2026,
    "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=9333c79b-d487-4538-a9f0-71b91a02b287",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_KISQALI_LABEL = {
    "title": "Label: KISQALI- ribociclib tablet, film coated",
    "authors": "U.S. National Library of Medicine",
    "source": "DailyMed",
    "year": 2024,
    "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aaeaef94-f3f5-4367-8ea2-b181d7be2da8",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_ACS_TARGETED_THERAPY = {
    "title": "Targeted Drug Therapy for Breast Cancer",
    "authors": "American Cancer Society",
    "source": "Cancer.org",
    "year": None,
    "url": "https://www.cancer.org/cancer/breast-cancer/treatment/targeted-therapy-for-breast-cancer.html",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_TRODELVY_LABEL = {
    "title": "Label: TRODELVY- sacituzumab govitecan powder, for solution",
    "authors": "U.S. National Library of Medicine",
    "source": "DailyMed",
    "year": 2025,
    "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=57a597d2-03f0-472e-b148-016d7169169d",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_NCI_HORMONE_THERAPY = {
    "title": "Hormone Therapy for Breast Cancer",
    "authors": "National Cancer Institute",
    "source": "Cancer.gov",
    "year": None,
    "url": "http://cancer.gov/cancertopics/types/breast/breast-hormone-therapy-fact-sheet",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}
_ZOLADEX_LABEL = {
    "title": "Label: ZOLADEX- goserelin implant",
    "authors": "U.S. National Library of Medicine",
    "source": "DailyMed",
    "year": 2023,
    "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=294b168b-6e5f-4db9-bf70-d599271458b3",
    "doi": "",
    "pmid": "",
    "accessed": _ACCESSED,
}

GLOSSARY_MORE = [
    {
        "slug": "her2-ultralow",
        "term": "HER2-ultralow",
        "aliases": ["HER2 ultralow", "HER2 ultra-low", "HER2-ultra-low", "her 2 ultralow", "HER2 ultralo"],
        "definition": (
            "A lab result for cancer cells that have only a tiny bit of the HER2 protein, even less than HER2-low. "
            "The cancer still counts as HER2-negative [1]. "
            "One medicine's US label names HER2-ultralow: trastuzumab deruxtecan. It is for hormone "
            "receptor-positive cancer that has grown after hormone therapy [2]."
        ),
        "references": [_BREASTCANCER_ORG_HER2, _FDA_ENHERTU_ULTRALOW],
    },
    {
        "slug": "her2-zero",
        "term": "HER2-zero",
        "aliases": ["HER2 zero", "HER2 0", "HER2-0", "HER2 null", "HER2-null", "her 2 zero"],
        "definition": (
            "A HER2-negative lab result in which the cancer cells do not have even the small amounts of HER2 that "
            "lab reports call HER2-low or HER2-ultralow [1]. Ask your care team what your own result means."
        ),
        "references": [_BREASTCANCER_ORG_HER2],
    },
    {
        "slug": "hormone-receptor-negative",
        "term": "Hormone receptor-negative",
        "aliases": [
            "hormone receptor-negative breast cancer",
            "HR negative",
            "HR-neg",
            "ER-negative",
            "ER negative",
            "PR-negative",
            "ER/PR-negative",
            "hormone-negative",
            "hormone negative",
            "harmone receptor negative",
        ],
        "definition": (
            "Breast cancer is called hormone receptor-negative when its cells have no receptors for estrogen or "
            "progesterone. These hormones help some cancers grow [1]. "
            "Hormone therapy does not help these cancers, so other kinds of treatment are used [1]. "
            "If the cancer is also HER2-negative, it is called triple-negative."
        ),
        "references": [_ACS_HR_STATUS],
    },
    {
        "slug": "esr1-mutation",
        "term": "ESR1 mutation",
        "aliases": ["ESR1", "ESR1 gene", "ESR1 mutated", "ESR1-mutated", "ESR1 variant", "ESR 1 mutation", "ERS1"],
        "definition": (
            "A change in ESR1, the gene for the estrogen receptor. "
            "Some hormone receptor-positive breast cancers have this change. "
            "The medicine elacestrant is for advanced cancers with it that have grown after hormone therapy [1]. "
            "Its US label asks for a blood test to find the change [1]."
        ),
        "references": [_ORSERDU_LABEL],
    },
    {
        "slug": "pik3ca-mutation",
        "term": "PIK3CA, AKT1, or PTEN change",
        "aliases": [
            "PIK3CA",
            "PIK3CA mutation",
            "PIK3CA-mutated",
            "PI3K mutation",
            "AKT1",
            "AKT1 mutation",
            "PTEN",
            "PTEN alteration",
            "PIK3CA/AKT1/PTEN",
            "PIK3 CA",
            "PIK3AC",
        ],
        "definition": (
            "Changes in the PIK3CA, AKT1, or PTEN genes. These genes help control a growth signal inside cells [1]. "
            "Some targeted medicines are for hormone receptor-positive, HER2-negative breast cancers with one of "
            "these changes. Alpelisib is for cancers with a PIK3CA change [1], and capivasertib is for cancers "
            "with a change in any of the three genes [2]. A lab test of the tumor or the blood finds them [1][2]."
        ),
        "references": [_PIQRAY_LABEL, _CAPIVASERTIB_SUMMARY],
    },
    {
        "slug": "brca-mutation",
        "term": "Inherited BRCA mutation (germline BRCA)",
        "aliases": [
            "BRCA",
            "BRCA1",
            "BRCA2",
            "BRCA mutation",
            "BRCA gene",
            "germline BRCA",
            "gBRCA",
            "gBRCAm",
            "BRCA-mutated",
            "BRAC",
            "BRAC1",
            "BRAC2",
            "BRCA positive",
        ],
        "definition": (
            "A harmful change in the BRCA1 or BRCA2 gene that a person is born with (germline, or inherited). "
            "A gene test finds it [1]. "
            "Some medicines, such as talazoparib, are for people with one of these changes and HER2-negative breast "
            "cancer that has spread [1]. They are called PARP inhibitors."
        ),
        "references": [_TALZENNA_LABEL],
    },
    {
        "slug": "pd-l1",
        "term": "PD-L1",
        "aliases": ["PD-L1 positive", "PDL1", "PD L1", "PD-L1 test", "PDL-1", "programmed death-ligand 1"],
        "definition": (
            "A protein on some cancer cells that acts like a brake on the immune system, so immune cells do not "
            "attack the cancer [1]. Medicines called immune checkpoint inhibitors take the brake off [1]. "
            "For triple-negative breast cancer that has come back or spread, the US label of pembrolizumab asks for "
            "a test showing that the cancer has PD-L1 [2]."
        ),
        "references": [_NCI_CHECKPOINT_INHIBITORS, _KEYTRUDA_LABEL],
    },
    {
        "slug": "cdk4-6-inhibitor",
        "term": "CDK4/6 inhibitor",
        "aliases": [
            "CDK4/6 inhibitors",
            "CDK 4/6 inhibitor",
            "CDK4 6 inhibitor",
            "CDK46 inhibitor",
            "cyclin-dependent kinase inhibitor",
            "CDK inhibitor",
            "CDK4/6",
        ],
        "definition": (
            "A kind of targeted pill that blocks two proteins, CDK4 and CDK6. Cells use them to divide, so "
            "blocking them can slow the growth of cancer cells [1][2]. "
            "Palbociclib, ribociclib, and abemaciclib are CDK4/6 inhibitors [2]. They are mostly taken with "
            "hormone therapy. They are for advanced breast cancer that is hormone receptor-positive and "
            "HER2-negative [1][2]."
        ),
        "references": [_KISQALI_LABEL, _ACS_TARGETED_THERAPY],
    },
    {
        "slug": "antibody-drug-conjugate",
        "term": "Antibody-drug conjugate (ADC)",
        "aliases": [
            "antibody-drug conjugates",
            "antibody drug conjugate",
            "ADC",
            "ADCs",
            "antibody conjugate",
            "antibody-drug conjugat",
        ],
        "definition": (
            "A medicine that joins an antibody to a chemo drug. The antibody finds a protein on cancer cells, such "
            "as HER2 or Trop-2. Then it carries the chemo straight to those cells [1][2]. "
            "Trastuzumab deruxtecan and sacituzumab govitecan are two of them [1][2]."
        ),
        "references": [_ACS_TARGETED_THERAPY, _TRODELVY_LABEL],
    },
    {
        "slug": "ovarian-suppression",
        "term": "Ovarian suppression",
        "aliases": [
            "ovarian function suppression",
            "OFS",
            "ovarian ablation",
            "suppressing the ovaries",
            "ovary suppression",
            "ovarian supression",
        ],
        "definition": (
            "Treatment that stops the ovaries from making estrogen, for women who have not been through "
            "menopause [1]. It can be done with medicines such as goserelin (Zoladex) or leuprolide (Lupron), "
            "which work only while they are given [1][2]. Surgery to remove the ovaries, or radiation, stops them "
            "for good (ovarian ablation) [1]."
        ),
        "references": [_NCI_HORMONE_THERAPY, _ZOLADEX_LABEL],
    },
    {
        "slug": "biomarker",
        "term": "Biomarker",
        "aliases": [
            "biomarkers",
            "biomarker test",
            "biomarker testing",
            "tumor marker",
            "tumor markers",
            "companion diagnostic",
            "biomaker",
            "bio marker",
        ],
        "definition": (
            "A gene, protein, or other substance that a lab test can look for to learn more about a person's cancer "
            "[1]. Biomarker tests can show whether some treatments are likely to help [1]. "
            "Hormone receptors and HER2 are biomarkers, and so are changes in genes such as ESR1, PIK3CA, and BRCA."
        ),
        "references": [_ACS_BIOMARKER_TESTS],
    },
]
