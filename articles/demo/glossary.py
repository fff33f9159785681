"""Sample glossary terms for the demo content: plain data, no logic (formats in __init__.py)."""

GLOSSARY = [
    {
        "slug": "metastatic",
        "term": "Metastatic",
        "aliases": [
            "metastasis",
            "metastases",
            "metastasized",
            "metastasised",
            "mets",
            "spread",
        ],
        "definition": (
            "Describes cancer that has spread from where it started to other parts of the body. "
            "Stage four breast cancer has spread beyond the breast and nearby lymph nodes, most "
            "often to the bones, liver or lungs [1]."
        ),
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
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "stage-four",
        "term": "Stage four (stage IV)",
        "aliases": [
            "stage 4",
            "stage IV",
            "stage iv",
            "stage four breast cancer",
            "advanced breast cancer",
            "metastatic breast cancer",
            "MBC",
        ],
        "definition": (
            "The stage of breast cancer in which the cancer has spread (metastasized) beyond the "
            "breast and nearby lymph nodes to other parts of the body [1]. Medicines that travel "
            "through the whole body are the main treatment [1]."
        ),
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
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "hormone-receptor-status",
        "term": "Hormone receptor (HR) status",
        "aliases": [
            "HR status",
            "HR+",
            "HR-",
            "HR-positive",
            "HR-negative",
            "hormone receptor positive",
            "hormone receptor negative",
            "ER-positive",
            "PR-positive",
            "estrogen receptor",
            "progesterone receptor",
        ],
        "definition": (
            "Tells whether breast cancer cells have receptors for the hormones estrogen (ER) or "
            "progesterone (PR). Cancers with either or both are called hormone receptor-positive; "
            "cancers with neither may be called hormone receptor-negative [1]. Doctors find out by "
            "testing a sample of the tumor [1]."
        ),
        "references": [
            {
                "title": "Hormone Therapy for Breast Cancer",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://cancer.gov/cancertopics/types/breast/breast-hormone-therapy-fact-sheet",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "her2",
        "term": "HER2",
        "aliases": [
            "HER2/neu",
            "HER-2",
            "her 2",
            "human epidermal growth factor receptor 2",
            "c-erbB-2",
            "HER2 status",
        ],
        "definition": (
            "A growth-promoting protein on the outside of breast cells [1]. Its full name is human "
            "epidermal growth factor receptor 2 [2]. A sample of the cancer is tested to find out "
            "how much HER2 the cells have [1]."
        ),
        "references": [
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
                "accessed": "2026-11-26",
            },
            {
                "title": "c-erbB-2 positive (also called HER2 positive), NCI Dictionary of Cancer Terms",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://www.cancer.gov/publications/dictionaries/cancer-terms?CdrID=738000",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "her2-positive",
        "term": "HER2-positive",
        "aliases": [
            "HER2+",
            "HER2 positive",
            "her 2 positive",
            "HER2-pos",
            "c-erbB-2 positive",
        ],
        "definition": (
            "Describes cancer cells that have too much of a protein called HER2 on their surface "
            "[1]. HER2-positive breast cancers tend to grow and spread faster, but there are "
            "medicines that target HER2 [2]."
        ),
        "references": [
            {
                "title": "c-erbB-2 positive (also called HER2 positive), NCI Dictionary of Cancer Terms",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://www.cancer.gov/publications/dictionaries/cancer-terms?CdrID=738000",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
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
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "her2-low",
        "term": "HER2-low",
        "aliases": [
            "HER2 low",
            "her 2 low",
            "HER2-lo",
            "HER2 low breast cancer",
        ],
        "definition": (
            "A term some lab reports use when breast cancer cells have a small amount of the HER2 "
            "protein, but not enough to be called HER2-positive. Ask your care team what your own "
            "result means."
        ),
        "references": [],
    },
    {
        "slug": "triple-negative",
        "term": "Triple-negative breast cancer",
        "aliases": [
            "TNBC",
            "triple negative",
            "triple-negative",
            "ER-negative PR-negative HER2-negative",
        ],
        "definition": (
            "Breast cancer whose cells do not have estrogen receptors, progesterone receptors or extra HER2 [1]."
        ),
        "references": [
            {
                "title": "triple-negative breast cancer (NCI Dictionary of Genetics Terms)",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": (
                    "https://www.cancer.gov/publications/dictionaries/genetics-dictionary/def/triple-negative-breast-cancer"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "chemotherapy",
        "term": "Chemotherapy",
        "aliases": [
            "chemo",
            "chemotherapy drugs",
            "kemo",
        ],
        "definition": (
            "Treatment with medicines that kill cancer cells. It may be given into a vein or by "
            "mouth, and the medicines travel through the bloodstream to reach most parts of the "
            "body [1]."
        ),
        "references": [
            {
                "title": "Chemotherapy for Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": ("https://www.cancer.org/cancer/breast-cancer/treatment/chemotherapy-for-breast-cancer.html"),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "targeted-therapy",
        "term": "Targeted therapy",
        "aliases": [
            "targeted drug therapy",
            "targeted treatment",
            "targeted drugs",
        ],
        "definition": (
            "Treatment with medicines aimed at proteins on cancer cells that help the cells grow, "
            "spread and live longer [1]. Targeted medicines work differently from chemotherapy and "
            "tend to have different side effects [1]."
        ),
        "references": [
            {
                "title": "Targeted Drug Therapy for Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/cancer/breast-cancer/treatment/targeted-therapy-for-breast-cancer.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "hormone-therapy",
        "term": "Hormone therapy",
        "aliases": [
            "hormonal therapy",
            "endocrine therapy",
            "anti-hormone therapy",
            "hormone treatment",
        ],
        "definition": (
            "Treatment that stops the growth of cancer cells that is caused by hormones. It is used"
            " for hormone receptor-positive breast cancer [1]."
        ),
        "references": [
            {
                "title": (
                    "NCCN Guidelines for Patients: Stages I and II Breast Cancer, Version 1.2014 "
                    "(Side effects of hormone therapy)"
                ),
                "authors": "National Comprehensive Cancer Network",
                "source": "NCCN.org",
                "year": 2014,
                "url": (
                    "http://www.nccn.org/patients/guidelines/stage_i_ii_breast/files/assets/basic-html/page66.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "aromatase-inhibitor",
        "term": "Aromatase inhibitor",
        "aliases": [
            "AI",
            "AIs",
            "aromatase inhibitors",
        ],
        "definition": (
            "A kind of hormone therapy medicine that lowers the amount of estrogen the body makes. "
            "It is used for hormone-sensitive breast cancer in women after menopause. Examples are "
            "anastrozole, letrozole and exemestane [1]."
        ),
        "references": [
            {
                "title": "aromatase inhibitors (Glossary)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/glossary/glossary/a/aromatase_inhibitors.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "radiation-therapy",
        "term": "Radiation therapy",
        "aliases": [
            "radiotherapy",
            "radiation",
            "radiation treatment",
            "XRT",
        ],
        "definition": (
            "Treatment with high-energy rays or particles that destroy or damage cancer cells [1]. "
            "For advanced cancer it can be used as palliative treatment, to ease symptoms rather "
            "than to cure [1]."
        ),
        "references": [
            {
                "title": "radiation therapy (Glossary)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/r/radiation_therapy.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "palliative-care",
        "term": "Palliative care",
        "aliases": [
            "palliative treatment",
            "supportive care",
            "comfort care",
            "symptom management",
        ],
        "definition": (
            "Care that focuses on improving quality of life by managing the symptoms of a serious "
            "illness and the side effects of treatment [1]. It can help anyone with advanced "
            "cancer, whether or not they have more cancer treatment, and it is not the same as "
            "hospice [2]."
        ),
        "references": [
            {
                "title": "palliative care or treatment (Glossary)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": ("https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/palliate.html"),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Coping with Advanced and Metastatic Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/advance-directives.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "hospice",
        "term": "Hospice",
        "aliases": [
            "hospice care",
            "end-of-life care",
        ],
        "definition": (
            "A special kind of care that focuses on comfort and quality of life for people in the "
            "last phases of an illness that cannot be cured, and for their caregivers [1]. A team "
            "of professionals works together to manage symptoms [1]."
        ),
        "references": [
            {
                "title": "What Is Hospice Care?",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": ("https://www.cancer.org/cancer/end-of-life-care/hospice-care/what-is-hospice-care.html"),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "clinical-trial",
        "term": "Clinical trial",
        "aliases": [
            "clinical trials",
            "clinical study",
            "research study",
            "trial",
        ],
        "definition": (
            "A research study that tests new ways to treat or prevent cancer, to find out whether "
            "they are safe, effective and better than the current standard of care [1]."
        ),
        "references": [
            {
                "title": "Clinical Trials",
                "authors": "American Society of Clinical Oncology (ASCO)",
                "source": "Cancer.Net",
                "year": 2014,
                "url": "http://www.cancer.net/navigating-cancer-care/how-cancer-treated/clinical-trials",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "multidisciplinary-team",
        "term": "Multidisciplinary team",
        "aliases": [
            "MDT",
            "cancer care team",
            "care team",
            "treatment team",
        ],
        "definition": (
            "A group of different types of doctors who work together to create a person's overall "
            "treatment plan, which may combine different types of treatment [1]."
        ),
        "references": [
            {
                "title": "Breast Cancer - Metastatic: Types of Treatment",
                "authors": "Cancer.Net Editorial Board",
                "source": "Cancer.Net",
                "year": 2022,
                "url": "https://www.cancer.net/cancer-types/breast-cancer-metastatic/types-treatment",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "oncologist",
        "term": "Oncologist",
        "aliases": [
            "oncologists",
            "cancer doctor",
            "medical oncologist",
            "radiation oncologist",
            "surgical oncologist",
        ],
        "definition": "A doctor with special training in diagnosing and treating cancer [1].",
        "references": [
            {
                "title": "Cancer Glossary: O (oncologist)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "http://www.cancer.org/cancer/cancerglossary/index.aspx?letter=O",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "integrative-medicine",
        "term": "Integrative medicine",
        "aliases": [
            "integrative care",
            "integrative oncology",
            "complementary medicine",
            "complementary therapy",
        ],
        "definition": (
            "The combined use of standard medical treatments and certain complementary methods, "
            "most often to relieve symptoms of cancer and side effects of treatment [1]. "
            "Complementary methods are used along with standard treatment, not instead of it [1]."
        ),
        "references": [
            {
                "title": "What Are Complementary and Integrative Methods?",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/cancer/managing-cancer/treatment-types/complementary-and-integrative-medicine/complementary-and-alternative-methods-and-cancer/what-are-complementary-and-integrative-methods.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "acupuncture",
        "term": "Acupuncture",
        "aliases": [
            "acupuncturist",
            "acupuncture therapy",
        ],
        "definition": (
            "A practice from traditional Chinese medicine that applies needles, heat, pressure or "
            "other treatments to places on the skin called acupuncture points [1]. In people with "
            "cancer it is usually used to relieve pain and other symptoms [1]."
        ),
        "references": [
            {
                "title": "Acupuncture (PDQ®): Patient Version",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://www.cancer.gov/cancertopics/pdq/cam/acupuncture/patient",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "mindfulness",
        "term": "Mindfulness",
        "aliases": [
            "mindfulness meditation",
            "meditation",
            "MBSR",
            "mindfulness-based stress reduction",
        ],
        "definition": (
            "Keeping your attention on the present moment without judging it [1]. It is often "
            "taught as a kind of meditation [1]."
        ),
        "references": [
            {
                "title": "Meditation and Mindfulness: What You Need To Know",
                "authors": "National Center for Complementary and Integrative Health",
                "source": "NCCIH.nih.gov",
                "year": None,
                "url": "https://www.nccih.nih.gov/health/meditation-in-depth",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "quality-of-life",
        "term": "Quality of life",
        "aliases": [
            "QOL",
            "QoL",
            "well-being",
            "wellbeing",
        ],
        "definition": (
            "Your overall sense of well-being: how you feel and how well you can do and enjoy the "
            "things that matter to you. Palliative care focuses on improving it [1]."
        ),
        "references": [
            {
                "title": "palliative care or treatment (Glossary)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": ("https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/palliate.html"),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "side-effect",
        "term": "Side effect",
        "aliases": [
            "side effects",
            "adverse effect",
            "adverse effects",
            "treatment side effects",
        ],
        "definition": (
            "A problem that happens when a cancer treatment affects healthy tissues or organs [1]. "
            "Side effects vary from person to person, and your care team can help treat or manage "
            "them [1]."
        ),
        "references": [
            {
                "title": "Side Effects of Cancer Treatment",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": 2017,
                "url": "https://www.cancer.gov/about-cancer/treatment/side-effects/",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
]
