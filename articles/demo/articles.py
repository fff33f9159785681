"""Sample articles for the demo content: plain data, no logic (formats in __init__.py)."""

ARTICLES = [
    {
        "slug": "what-stage-four-breast-cancer-means",
        "topic": "understanding-stage-four",
        "title": "What stage four (metastatic) breast cancer means",
        "summary": """- Stage four breast cancer has spread beyond the breast and nearby lymph nodes to other parts of
  the body [1].
- Medicines that travel through the whole body are the main treatment. Treatment can often shrink
  the cancer or slow it down, ease symptoms and help some people live longer [1].
- Tests on the cancer cells, such as hormone receptor status and HER2 status, help your care team
  choose medicines [1] [2] [3].
- Different kinds of doctors often work together with you on your treatment plan [5].""",
        "body": """## What "stage four" means

Breast cancer can sometimes spread. When it has spread beyond the breast and the nearby lymph nodes
to other parts of the body, it is called stage four, or metastatic, breast cancer [1]. Lymph nodes
are small glands that are part of the body's defense system. Breast cancer most often spreads to the
bones, liver and lungs. It can also spread to the brain or other organs [1].

## What treatment aims to do

Doctors do not usually expect to cure stage four breast cancer, but it can be treated [1]. Treatment
can often shrink the cancer or slow its growth, ease symptoms and help some people live longer [1].
The main treatments are medicines that travel through the whole body. Surgery or radiation may also
help in certain situations [1]. Treatment often goes on for as long as it keeps working and the side
effects are manageable. If it stops working, other medicines may be tried [1].

## Hormone receptor status

Hormones are chemical messengers in the body. The hormones estrogen and progesterone can help some
breast cancers grow [2]. The cells of these cancers have proteins called hormone receptors that the
hormones attach to. Doctors test a sample of the tumor to find out. If the cells have estrogen
receptors, progesterone receptors or both, the cancer is called hormone receptor-positive
(HR-positive). If they have neither, it may be called hormone receptor-negative [2].

## HER2 status

HER2 is a protein on the outside of breast cells that helps them grow. Some breast cancers have
more HER2 than normal. These are called HER2-positive. They tend to grow and spread faster, but
there are treatments aimed at HER2 [3]. A sample of the cancer is tested to find out its HER2
status [3].

## Triple-negative breast cancer

When the cancer cells have no estrogen receptors, no progesterone receptors and no extra HER2, it is
called triple-negative breast cancer [4].

## Why these tests matter

The kinds of medicines used for stage four breast cancer depend on hormone receptor status and HER2
status [1]. Different kinds of doctors often work together to make your treatment plan. This is
called a multidisciplinary team [5]. It can help to talk with doctors who have experience treating
metastatic breast cancer, and you can ask for a second opinion [5]. Your care team will explain what
your own test results mean for you.""",
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
                "accessed": "2026-11-26",
            },
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
        "change_summary": "First version.",
        "state": "live",
    },
    {
        "slug": "surgery-for-stage-four-breast-cancer",
        "topic": "surgery",
        "title": "Surgery for stage four breast cancer",
        "summary": """- For stage four breast cancer, medicines that travel through the body are the main treatment [1].
- Surgery may still be useful in certain situations [1].
- Care that aims to ease symptoms and improve comfort is called palliative care [3].
- Your care team talks with you about whether surgery could help, and you can ask for a second
  opinion [2].""",
        "body": """## Why surgery is not usually the main treatment

In stage four breast cancer, the cancer has spread beyond the breast and nearby lymph nodes to other
parts of the body [1]. Surgery removes cancer from one place. Many cancer medicines travel through
the bloodstream and can reach cancer cells in most parts of the body [4]. This is why medicines that
work throughout the body are the main treatments for stage four breast cancer [1].

## When surgery may help

Surgery may still be useful in certain situations [1]. Whether it makes sense for you depends on
your own situation. Your care team will talk it through with you and explain what surgery could and
could not do.

## Surgery to ease symptoms

Sometimes the goal of a treatment is to ease symptoms and help you feel more comfortable, not to
cure the cancer. Care with this goal is called palliative care [3]. Palliative care helps a person
feel more comfortable and can be given at any time during an illness when symptoms need to be
controlled [3].

## Possible side effects

Every treatment can have side effects. Side effects are problems that happen when treatment affects
healthy tissues or organs [5]. They vary from person to person [5]. Ask your care team what side
effects to expect, and tell them about any changes you notice so they can help [5].

## Working with your team

Different kinds of doctors often work together to make one treatment plan. This is called a
multidisciplinary team [2]. Doctors can have different opinions about the best plan. A second
opinion can help you feel comfortable with the plan you choose [2].

## Questions you may want to ask

- What would be the goal of surgery for me?
- How might surgery help with my symptoms?
- What are the risks, and what would recovery be like?
- How would surgery fit with my other treatments?
- What would happen if I chose not to have surgery?""",
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
                "accessed": "2026-11-26",
            },
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
                "title": "Chemotherapy for Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": ("https://www.cancer.org/cancer/breast-cancer/treatment/chemotherapy-for-breast-cancer.html"),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
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
        "change_summary": "First version.",
        "state": "live",
    },
    {
        "slug": "chemotherapy-for-stage-four-breast-cancer",
        "topic": "chemotherapy",
        "title": "Chemotherapy for stage four breast cancer",
        "summary": """- Chemotherapy (chemo) uses medicines that kill cancer cells. They travel through the
  bloodstream to most parts of the body [1].
- Chemo can be the main treatment when breast cancer has spread [1].
- Side effects vary from person to person, even with the same treatment [5].
- Tell your care team about any side effects so they can help you manage them [5].""",
        "body": """## What chemotherapy is

Chemotherapy, or chemo, is treatment with medicines that kill cancer cells. It may be given into a
vein or taken by mouth [1]. The medicines travel through the bloodstream to reach cancer cells in
most parts of the body [1].

## How chemo is used in stage four breast cancer

Chemo can be the main treatment when breast cancer has spread outside the breast and underarm area
[1]. How long treatment lasts depends on how well the chemo is working and how well your body
handles it [1]. Chemo is given in cycles. Each period of treatment is followed by a rest period so
your body can recover [2].

Some chemo medicines belong to a group called taxanes. Docetaxel is one of them. It kills cancer
cells by stopping them from dividing [4]. Your care team chooses the medicines that fit your cancer
and your health.

## Chemo and other treatments

Chemo attacks cells that are growing quickly, including cancer cells [3]. Targeted medicines work
differently. They are aimed at certain proteins on cancer cells, and they tend to have different
side effects from chemo [3]. Some targeted medicines are often given together with chemo [3].

## Side effects

Side effects are problems that happen when treatment affects healthy tissues or organs [5]. Because
chemo attacks all cells that grow quickly, it can affect some healthy cells too [3]. Side effects
vary from person to person, even among people getting the same treatment [5]. Before you start, ask
your care team which side effects you are likely to have. Speak up about any side effects or
changes you notice, so your team can treat them or help you manage them [5].

## Questions you may want to ask

- What is the goal of chemo for me?
- How will I get it, and how often?
- Which side effects should I watch for, and when should I call you?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [
            "docetaxel",
        ],
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
            {
                "title": "Chemotherapy for breast cancer (Treating Breast Cancer)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": ("http://www.cancer.org/cancer/breastcancer/detailedguide/breast-cancer-treating-chemotherapy"),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
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
            {
                "title": "docetaxel (NCI Dictionary of Cancer Terms)",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://www.cancer.gov/dictionary?CdrID=45382",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
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
        "change_summary": "First version.",
        "state": "live",
        "next_revision": {
            "body": """## What chemotherapy is

Chemotherapy, or chemo, is treatment with medicines that kill cancer cells. It may be given into a
vein or taken by mouth [1]. The medicines travel through the bloodstream to reach cancer cells in
most parts of the body [1].

## How chemo is used in stage four breast cancer

Chemo can be the main treatment when breast cancer has spread outside the breast and underarm area
[1]. How long treatment lasts depends on how well the chemo is working and how well your body
handles it [1]. Chemo is given in cycles. Each period of treatment is followed by a rest period so
your body can recover [2].

Some chemo medicines belong to a group called taxanes. Docetaxel is one of them. It kills cancer
cells by stopping them from dividing [4]. Your care team chooses the medicines that fit your cancer
and your health.

## Chemo and other treatments

Chemo attacks cells that are growing quickly, including cancer cells [3]. Targeted medicines work
differently. They are aimed at certain proteins on cancer cells, and they tend to have different
side effects from chemo [3]. Some targeted medicines are often given together with chemo [3].

## Side effects

Side effects are problems that happen when treatment affects healthy tissues or organs [5]. Because
chemo attacks all cells that grow quickly, it can affect some healthy cells too [3]. Side effects
vary from person to person, even among people getting the same treatment [5]. Before you start, ask
your care team which side effects you are likely to have. Speak up about any side effects or
changes you notice, so your team can treat them or help you manage them [5].

## Coping with tiredness

Feeling very tired, called fatigue, is the most common side effect of cancer and its treatment [6].
Cancer-related fatigue is different from everyday tiredness, and rest may not make it go away [6].
These ideas may help [7]:

- Plan your day so you have time to rest. Short rest breaks may help more than one long nap.
- Stay as active as you can. Walking can help ease fatigue. Ask your doctor which activity is
  right for you.
- Save your energy for what matters most to you, and take breaks between tasks.
- Let family and friends help with daily tasks.
- Keep a diary of how you feel each day.

Tell your care team about your tiredness. Fatigue often has more than one cause, and treating a
cause such as anemia (too few red blood cells) may help you feel better [7].

## Questions you may want to ask

- What is the goal of chemo for me?
- How will I get it, and how often?
- Which side effects should I watch for, and when should I call you?""",
            "references": [
                {
                    "title": "Chemotherapy for Breast Cancer",
                    "authors": "American Cancer Society",
                    "source": "Cancer.org",
                    "year": None,
                    "url": (
                        "https://www.cancer.org/cancer/breast-cancer/treatment/chemotherapy-for-breast-cancer.html"
                    ),
                    "doi": "",
                    "pmid": "",
                    "accessed": "2026-11-26",
                },
                {
                    "title": "Chemotherapy for breast cancer (Treating Breast Cancer)",
                    "authors": "American Cancer Society",
                    "source": "Cancer.org",
                    "year": None,
                    "url": (
                        "http://www.cancer.org/cancer/breastcancer/detailedguide/breast-cancer-treating-chemotherapy"
                    ),
                    "doi": "",
                    "pmid": "",
                    "accessed": "2026-11-26",
                },
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
                {
                    "title": "docetaxel (NCI Dictionary of Cancer Terms)",
                    "authors": "National Cancer Institute",
                    "source": "Cancer.gov",
                    "year": None,
                    "url": "http://www.cancer.gov/dictionary?CdrID=45382",
                    "doi": "",
                    "pmid": "",
                    "accessed": "2026-11-26",
                },
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
                {
                    "title": "Fatigue in People With Cancer: What Is Fatigue?",
                    "authors": "American Cancer Society",
                    "source": "Cancer.org",
                    "year": None,
                    "url": (
                        "http://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/fatigue/fatigue-in-people-with-cancer-what-is-fatigue"
                    ),
                    "doi": "",
                    "pmid": "",
                    "accessed": "2026-11-26",
                },
                {
                    "title": "Managing Cancer-related Fatigue",
                    "authors": "American Cancer Society",
                    "source": "Cancer.org",
                    "year": None,
                    "url": (
                        "http://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/fatigue/seven-ways-to-manage-cancer-related-fatigue"
                    ),
                    "doi": "",
                    "pmid": "",
                    "accessed": "2026-11-26",
                },
            ],
            "change_summary": "Added a section on coping with tiredness.",
        },
    },
    {
        "slug": "targeted-therapy-for-her2-positive-breast-cancer",
        "topic": "targeted-therapy",
        "title": "Targeted therapy for HER2-positive stage four breast cancer",
        "summary": """- In HER2-positive breast cancer, the cancer cells have too much of a protein called HER2 [3].
- Medicines such as trastuzumab and pertuzumab attach to HER2 and can help stop the cancer cells
  from growing [1]. Some forms are given as a shot under the skin instead of a drip [6] [8].
- Some cancers once called HER2-negative have a little HER2. They are called HER2-low or
  HER2-ultralow, and a medicine called trastuzumab deruxtecan is approved for some of them [9] [10].
- Targeted medicines work differently from chemotherapy and tend to have different side effects [1].
- Your care team decides with you which medicines fit your cancer's test results [2].""",
        "body": """## What targeted therapy is

Targeted therapy uses medicines aimed at proteins on breast cancer cells that help the cells grow,
spread and live longer. These medicines work to destroy cancer cells or slow their growth [1]. Like
chemotherapy, they enter the bloodstream and reach almost all areas of the body. This makes them
useful when cancer has spread to distant parts of the body [1].

## HER2-positive breast cancer

HER2 is a protein on the outside of all breast cells that helps them grow [2]. Some breast cancer
cells have too much HER2 on their surface. This is called HER2-positive breast cancer [3]. These
cancers tend to grow and spread faster than other breast cancers, but there are medicines made to
target HER2 [2]. A sample of the cancer is tested to find out its HER2 status [2].

## Medicines that target HER2

Trastuzumab and pertuzumab are monoclonal antibodies. These are man-made versions of immune system
proteins. They attach to the HER2 protein on cancer cells, which can help stop the cells from
growing [1].

- **Trastuzumab** is often given with chemotherapy, but it may also be used alone. For advanced
  breast cancer, it is often given for as long as it is helping [1].
- **Pertuzumab** can be given with trastuzumab and chemotherapy to treat advanced breast cancer [1].
- **Trastuzumab deruxtecan** joins a HER2 antibody to a chemotherapy drug. Its label covers
  HER2-positive cancer that cannot be removed by surgery or has spread, after an earlier
  HER2-targeted treatment [9].
- **Tucatinib** is a pill given with trastuzumab and the chemotherapy pill capecitabine. Its label
  covers HER2-positive cancer that is advanced or has spread, including to the brain, after at least
  one HER2-targeted treatment for the cancer that spread [12].

The labels may have changed since; ask your care team about newer uses.

## How these medicines are given

Trastuzumab and pertuzumab are most often given as a drip into a vein (an infusion) in a clinic
[5] [7]. Some forms are given as a shot under the skin instead:

- **Herceptin Hylecta** holds trastuzumab and an enzyme called hyaluronidase. It is a shot under the
  skin [6].
- **Phesgo** holds pertuzumab, trastuzumab and hyaluronidase in one shot under the skin of the thigh
  [8].

Your care team tells you which form you will get.

## HER2-low and HER2-ultralow

HER2 tests give a score from 0 to 3+. A score of 3+ means HER2-positive [2]. Some cancers have a
little HER2, but not enough to be called HER2-positive:

- **HER2-low** means a score of 1+, or 2+ with no extra copies of the HER2 gene [9].
- **HER2-ultralow** means a score of 0, but with faint stain on the outer edge of some cells [10].

Medicines aimed at HER2-positive cancer, such as trastuzumab, are not used for these cancers. But
trastuzumab deruxtecan is approved for some of them [9] [10]:

- HER2-low cancer that cannot be removed by surgery or has spread, after chemo for the cancer that
  spread, or if the cancer came back during chemo given around surgery or within a few months after
  it [9].
- Hormone receptor-positive cancer that is HER2-low or HER2-ultralow, when it has grown after one or
  more hormone therapies for the cancer that spread [9] [10].

Sacituzumab govitecan, another antibody-drug conjugate, is also used for hormone receptor-positive,
HER2-negative cancer, including HER2-low. Its label covers cancer that has grown after hormone
therapy and at least two more treatments for the cancer that spread [11]. Ask your care team
whether your cancer has been tested for HER2-low or HER2-ultralow.

## Side effects

Targeted medicines tend to have side effects that are different from chemotherapy side effects [1].
Side effects vary from person to person, even among people getting the same treatment [4].

Trastuzumab and pertuzumab can cause heart problems and can harm an unborn baby [5] [7]. Call your
care team for shortness of breath, swelling in your legs or ankles, a fast heartbeat or sudden
weight gain [5] [7]. Trastuzumab can also cause serious reactions during the drip and lung
problems, and some have caused death [5]. Trastuzumab deruxtecan can cause a lung problem that can be severe or cause
death, and it can harm an unborn baby [9]. Call your care team the same day for a new or worse
cough, trouble breathing or fever [9]. Ask your care team which side effects to watch for, and tell
them about any changes you notice [4].

## If your cancer is not HER2-positive

Several types of targeted medicines are used for breast cancer, not only those aimed at HER2 [1].
Your care team will explain which treatments fit the test results for your cancer.

## Questions you may want to ask

- Is my cancer HER2-positive, HER2-low or HER2-ultralow, and what does that mean for my treatment?
- Which targeted medicine do you suggest, and why?
- Can I get it as a shot under the skin instead of a drip?
- How will you check my heart and lungs during treatment?
- Which side effects should I watch for?""",
        "hr_status": [],
        "her2_status": [
            "positive",
            "low",
            "ultralow",
        ],
        "related_medicines": [
            "trastuzumab",
            "pertuzumab",
        ],
        "references": [
            {
                "title": "Targeted Drug Therapy for Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/breast-cancer/treatment/targeted-therapy-for-breast-cancer.html",
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
                "title": "Side Effects of Cancer Treatment",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": 2017,
                "url": "https://www.cancer.gov/about-cancer/treatment/side-effects/",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Label: HERCEPTIN- trastuzumab injection, powder, lyophilized, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=492dbdb2-077e-4064-bff3-372d6af0a7a2",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: HERCEPTIN HYLECTA- trastuzumab and hyaluronidase-oysk injection, solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=ebf30894-41cf-480c-8bc3-56f592a13813",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: PERJETA- pertuzumab injection, solution, concentrate",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=17f85d17-ab71-4f5b-9fe3-0b8c822f69ff",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": (
                    "PHESGO (pertuzumab, trastuzumab, and hyaluronidase-zzxf) injection, for subcutaneous use: "
                    "prescribing information"
                ),
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=27dd5e6b-72cd-458d-a015-cf4dab5800da",
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
            {
                "title": (
                    "FDA approves fam-trastuzumab deruxtecan-nxki for unresectable or metastatic HR-positive, "
                    "HER2-low or HER2-ultralow breast cancer"
                ),
                "authors": "U.S. Food and Drug Administration",
                "source": "FDA.gov",
                "year": 2025,
                "url": (
                    "https://fda.gov/drugs/resources-information-approved-drugs/fda-approves-fam-trastuzumab-deruxtecan-nxki-unresectable-or-metastatic-hr-positive-her2-low-or-her2"
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
                "title": "Label: TUKYSA- tucatinib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=f27eb1b9-b7fc-424e-988f-84dd7bb195a3",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
        "change_summary": (
            "Explains HER2-low and HER2-ultralow and the medicines their labels cover; adds trastuzumab "
            "deruxtecan, tucatinib, the under-the-skin forms and the heart, lung and pregnancy warnings."
        ),
        "state": "live",
    },
    {
        "slug": "hormone-therapy-for-hormone-receptor-positive-breast-cancer",
        "topic": "hormone-therapy",
        "title": "Hormone therapy for hormone receptor-positive breast cancer",
        "summary": """- Some breast cancers use the hormones estrogen or progesterone to grow. These are called hormone
  receptor-positive [1].
- Hormone therapy lowers estrogen or blocks it from helping the cancer grow. Medicines include
  tamoxifen, aromatase inhibitors, fulvestrant and a newer pill called elacestrant [1] [2] [9] [10].
- Before menopause, a medicine that stops the ovaries from making estrogen is often part of
  treatment [1] [7].
- For cancer that has spread, hormone therapy is often given with a pill called a CDK4/6 inhibitor
  [6] [7] [8].
- Tamoxifen has rare but serious risks: cancer of the uterus, stroke and a blood clot in the lungs
  [4].""",
        "body": """## How hormones affect some breast cancers

Hormones are chemical messengers in the body. The hormones estrogen and progesterone help some breast
cancers grow [1]. The cells of these cancers have proteins called hormone receptors. When a hormone
attaches to a receptor, it can tell the cell to grow [1]. Doctors test a sample of the tumor. Breast
cancers with estrogen receptors, progesterone receptors or both are called hormone
receptor-positive [1]. For stage four breast cancer, the kinds of medicines used depend on hormone
receptor status and HER2 status [3].

## Kinds of hormone therapy

- **Tamoxifen** blocks estrogen from helping the cancer cells grow. It is a pill taken by mouth
  [1] [4].
- **Aromatase inhibitors** lower the amount of estrogen the body makes. They are used for
  hormone-sensitive breast cancer in women after menopause. Examples are anastrozole, letrozole and
  exemestane [2].
- **Fulvestrant** is a shot into a muscle. Its label covers advanced hormone receptor-positive
  breast cancer, on its own after menopause or with a CDK4/6 inhibitor [9].
- **Elacestrant** is a newer pill of the same family as fulvestrant, often called an oral SERD. Its
  label covers cancer that is estrogen receptor-positive and HER2-negative, has a change in a gene
  called ESR1, and has grown after at least one hormone therapy [10]. It is for women after
  menopause and for men [10]. A blood test can find the ESR1 change [10].

The labels may have changed since; ask your care team about newer uses.

## Hormone therapy before menopause

Before menopause, the ovaries make most of the body's estrogen [1]. Other tissues, such as fat and
skin, also make estrogen, both before and after menopause [1]. So for women who have not been
through menopause, treatment often includes stopping the ovaries from making estrogen. This is
called ovarian suppression. It can be done with a medicine given as a shot, such as goserelin [1].
The ribociclib label says women who have not been through menopause, and men, also get a medicine
that lowers the body's hormone levels when they take it [7].

## Hormone therapy with a CDK4/6 inhibitor

CDK4/6 inhibitors are pills that block proteins that help cancer cells divide. Palbociclib,
ribociclib and abemaciclib are in this group [6] [7] [8]. Their labels cover hormone
receptor-positive, HER2-negative breast cancer that is advanced or has spread [6] [7] [8]. They are
given with an aromatase inhibitor as a first hormone treatment, or with fulvestrant [6] [7] [8].
Abemaciclib can also be used on its own after hormone therapy and chemo [8].

CDK4/6 inhibitors often lower the white blood cells that fight infection [6] [7] [8]. Call your care
team for a fever, chills or other signs of infection. Also call for a new or worse cough, chest
pain or shortness of breath. These can be signs of swelling in the lungs [6] [7] [8]. Abemaciclib
often causes diarrhea, which can be severe [8]. Ribociclib can change the heart's rhythm [7].

## Side effects of hormone therapy

Hot flashes are common with tamoxifen and with aromatase inhibitors [4] [5]. Tamoxifen can also
cause vaginal discharge and changes in your periods [4]. Aromatase inhibitors can cause joint pain
and can thin the bones, which can lead to broken bones [5].

Tamoxifen has rare but serious risks: cancer of the uterus, stroke, and a blood clot in the lungs,
called a pulmonary embolism [4]. Some of these events have caused death [4]. The label's boxed
warning is written for women with DCIS, an early cancer inside the milk ducts, and for women at high
risk who take tamoxifen to lower their chance of getting breast cancer [4]. For people who already
have breast cancer, the label says the benefits of tamoxifen outweigh these risks [4]. Get help
right away for signs of a stroke or a blood clot, such as sudden weakness on one side of the body,
sudden chest pain or trouble breathing. Tell your care team about any bleeding from the vagina that
is not your period, or pain in your pelvis [4].

Not everyone has the same side effects. Ask your care team for a list of possible side effects, and
tell them if one bothers you.

## Questions you may want to ask

- Is my cancer hormone receptor-positive, and is it HER2-negative?
- Which hormone therapy do you suggest for me, and why?
- Do I need ovarian suppression?
- Should a CDK4/6 inhibitor be part of my treatment?
- Should my cancer be tested for an ESR1 change, and when?
- Which side effects should I watch for, and what can help with them?""",
        "hr_status": [
            "positive",
        ],
        "her2_status": [],
        "related_medicines": [
            "tamoxifen",
            "anastrozole",
            "letrozole",
            "exemestane",
            "palbociclib",
            "elacestrant",
            "goserelin",
        ],
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
            {
                "title": "Label: TAMOXIFEN CITRATE tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=cadef490-5dc6-7230-e053-2a95a90a5551",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: ARIMIDEX- anastrozole tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2022,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=acbfaaa9-503c-4691-9828-76a7146ed6de",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: IBRANCE- palbociclib tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2023,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=fecbdd7d-b729-41b5-9872-231b8fe104ce",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: KISQALI- ribociclib tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aaeaef94-f3f5-4367-8ea2-b181d7be2da8",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: VERZENIO- abemaciclib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=be4bc0de-0fdc-4d46-8d25-be43c79e6a06",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: FULVESTRANT injection",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=57352662-d2fa-4dce-828f-4c51e46e0b4d",
                "doi": "",
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
        ],
        "change_summary": (
            "Adds ovarian suppression, CDK4/6 inhibitor combinations, fulvestrant and elacestrant from their US "
            "labels; names all of tamoxifen's boxed-warning risks; drops a 2014 guideline edition."
        ),
        "state": "live",
    },
    {
        "slug": "radiation-therapy-for-stage-four-breast-cancer",
        "topic": "radiation-therapy",
        "title": "Radiation therapy for stage four breast cancer",
        "summary": """- Radiation therapy uses high-energy rays or particles to destroy or damage cancer cells [1].
- For stage four breast cancer, medicines are the main treatment, and radiation may be useful in
  certain situations [2].
- Radiation can be used to ease symptoms of advanced cancer. This is called palliative treatment [1]
  [3].
- Tell your care team about any side effects so they can help [4].""",
        "body": """## What radiation therapy is

Radiation therapy is treatment with high-energy rays or particles that destroy or damage cancer
cells [1]. The radiation may come from a machine outside the body. This is called external
radiation. Or it may come from radioactive material placed in the tumor. This is called internal
radiation, or brachytherapy [1].

## How radiation is used in stage four breast cancer

In stage four breast cancer, the main treatments are medicines that travel through the whole body
[2]. Radiation may still be useful in certain situations [2]. It can be used as palliative treatment
for advanced cancer. This means the aim is to ease symptoms and help you feel more comfortable,
rather than to cure the cancer [1] [3].

## What palliative treatment means

Palliative care focuses on improving quality of life by managing the symptoms of a serious illness
and the side effects of treatment [3]. It can be given at any time during an illness when symptoms
need to be controlled [3]. Radiation given for this reason is one kind of palliative treatment [1].

## Side effects

Side effects are problems that happen when treatment affects healthy tissues or organs [4]. They
vary from person to person, even among people getting the same treatment [4]. Before treatment
starts, ask which side effects you are likely to have. Speak up about any side effects or changes
you notice, so your team can treat them or help you manage them [4].

## Deciding together

Whether radiation could help you depends on your own situation. Your care team will talk with you
about the goal of treatment and what to expect. It is fine to ask questions until you feel you
understand.

## Questions you may want to ask

- What would be the goal of radiation for me?
- Which part of my body would be treated?
- How many visits would I need, and how long would each one take?
- Which side effects should I watch for?
- How would radiation fit with my other treatments?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [],
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
        "change_summary": "First version.",
        "state": "live",
    },
    {
        "slug": "clinical-trials-and-stage-four-breast-cancer",
        "topic": "clinical-trials",
        "title": "Clinical trials: what they are and how to ask about them",
        "summary": """- Clinical trials are research studies that test new ways to treat or prevent cancer [1].
- They find out whether a new approach is safe, works, and is better than the best treatment known
  today [1] [4].
- Before you join, the research team explains the study and gives you an informed consent form [3].
- Taking part is your choice, and you can leave a trial at any time [2].""",
        "body": """## What a clinical trial is

Clinical trials are research studies. They test new ways to treat or prevent cancer, to find out
whether they are safe, effective and better than the current standard of care [1]. "Standard of
care" means the best treatments known [4]. A trial can test a new medicine, a new mix of standard
treatments, or new doses of standard medicines [4].

## Who can take part

A clinical trial is not only for people who have run out of other choices. Trials are an option for
many people with different types and stages of cancer [2]. Each trial has its own rules about who is
eligible to take part [3]. You can ask your doctor whether a clinical trial could be an option for
you [4].

## Safety and your rights

Patient safety is the highest priority in clinical trials. Every study must follow a careful review
and oversight process [1]. Before you join, the research team explains the details of the trial and
answers your questions. You then get a written informed consent form [3]. It describes the purpose of
the study, what would be asked of you, the possible risks and benefits, how your privacy is
protected, who pays for costs, and your other options [2] [3].

Placebos are inactive "sugar pills". They are rarely used in cancer clinical trials [1]. You can
leave a trial at any time, for any reason [2]. Your choice should not affect the level of care you
get [3].

## Take your time

You do not need to decide right away. You can take the consent form home and talk it over with
people you trust [3]. You may want to bring someone with you when you meet the research team [3].
Ask questions until you feel you understand.

## Questions you may want to ask

- What is this trial testing, and why might it help me?
- What are the possible risks and benefits for me?
- What tests and visits would I need?
- Who pays for the costs of the trial?
- What are my other options if I do not join?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [],
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
            {
                "title": "Clinical trials: frequently asked questions",
                "authors": "National Comprehensive Cancer Network",
                "source": "NCCN.org",
                "year": None,
                "url": "http://www.nccn.org/patients/resources/clinical_trials/faq.aspx",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Being Part of a Clinical Trial",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/clinical-trials/being-part-of-a-clinical-trial.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
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
        "change_summary": "First version.",
        "state": "live",
    },
    {
        "slug": "integrative-care-alongside-treatment",
        "topic": "integrative-care",
        "title": "Integrative care: therapies used alongside your treatment",
        "summary": """- Complementary methods are used along with standard medical treatment. They are not cancer
  treatments themselves [1].
- Integrative medicine means using standard treatment together with certain complementary methods,
  most often to ease symptoms and side effects [1].
- Acupuncture and mindfulness are two examples [1] [2] [3].
- Alternative methods are different: they are used instead of standard treatment [1].""",
        "body": """## What the words mean

Complementary methods are supportive methods used along with standard medical treatment. They are
not cancer treatments themselves, but they may help relieve symptoms of cancer and side effects of
treatment. They may also improve well-being and quality of life [1]. Examples include meditation,
nutrition, physical activity, acupuncture, yoga, guided imagery, reflexology and massage [1].

Integrative medicine means using standard medical treatments together with certain complementary
methods, most often to relieve symptoms and side effects [1]. Standard treatments are based on
research that shows they are safe and effective [1]. Alternative methods are different. They are
used instead of standard treatment [1].

## Acupuncture

Acupuncture applies needles, heat, pressure or other treatments to places on the skin called
acupuncture points [2]. It has long been part of traditional Chinese medicine [2]. For people with
cancer, it is usually used to relieve pain and other symptoms and to improve quality of life [2].
There is strong evidence from clinical trials that acupuncture relieves nausea and vomiting caused
by chemotherapy [2]. It is important that acupuncture is given by a qualified practitioner who uses
a new set of single-use needles for each patient [2].

## Mindfulness and meditation

Meditation is a group of practices used to calm the mind and improve overall well-being [3].
Mindfulness means keeping your attention on the present moment without judging it [3]. Some
programs, such as mindfulness-based stress reduction, teach these skills along with group
discussion [3]. Meditation and mindfulness are usually thought to have few risks, but few studies
have looked closely at possible harms [3].

## Talking with your care team

Tell your care team about any complementary methods you use or would like to try. They can help you
think about how a method fits with your treatment plan.

## Questions you may want to ask

- Could a complementary method help with my symptoms or side effects?
- Is there anything I should avoid during my treatment?
- Can you suggest a qualified practitioner?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [],
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
        "change_summary": "First version.",
        "state": "live",
    },
    {
        "slug": "support-palliative-care-and-hospice",
        "topic": "support-and-living-well",
        "title": "Support, palliative care and hospice",
        "summary": """- Feeling lost or afraid after learning you have advanced cancer is normal [2].
- Support can include counseling, education, spiritual support and group support [3].
- Palliative care helps with symptoms and side effects, whether or not you have more cancer
  treatment [1].
- Hospice care focuses on comfort and quality of life when treatment can no longer cure or control
  the cancer [4].""",
        "body": """## Your feelings are normal

Learning that you have advanced cancer may make you feel lost and afraid. This is normal [2]. You may
have many different feelings, and they may change from day to day. There is no right or wrong way to
feel [5]. Many people find they can still feel hope, even though what they hope for may change over
time. Some hope for comfort, peace or joy [5]. Finding small things to look forward to each day may
help [5].

## Getting support

It is normal to need extra help when you are dealing with cancer [3]. Support can include counseling,
education, spiritual support and group support. It may come from social workers, psychologists,
counselors and others [3]. Talking with a mental health professional can be very comforting, and your
cancer care team can help you find one [2]. Worries about money, work or family are common. Support
services can help with these too [3].

## Palliative care

Palliative care focuses on improving quality of life. It helps people and their caregivers manage
the symptoms of a serious illness and the side effects of treatment [1]. It can help anyone with
advanced cancer, whether or not they decide to have more cancer treatment [1]. Palliative care is
not the same as hospice [1].

## Hospice care

Hospice care is a special kind of care that focuses on quality of life for people with an advanced
illness that cannot be cured, and for their caregivers [4]. It is used when treatment can no longer
cure or control the cancer [4]. A team of professionals works together to manage symptoms, so that a
person can live as fully and comfortably as possible [4]. Hospice care also includes the family in
making decisions [4].

## Talking with your care team

You can ask your care team what to expect, what the goal of treatment is right now, and what
support is available to you [1].

## Questions you may want to ask

- What is the goal of my treatment right now?
- What can be done for symptoms such as pain or tiredness?
- What support is there for me and my family?
- When might palliative care or hospice care help us?""",
        "hr_status": [],
        "her2_status": [],
        "related_medicines": [],
        "references": [
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
            {
                "title": "Coping With Advanced Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": ("https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/coping.html"),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Psychosocial Support Options for People with Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": (
                    "https://www.cancer.org/cancer/survivorship/coping/understanding-psychosocial-support-services.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
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
            {
                "title": "Coping with Advanced Cancer: Coping With Your Feelings",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": 2014,
                "url": "http://www.cancer.gov/cancertopics/coping/advancedcancer/page5/print",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
        "change_summary": "First version.",
        "state": "live",
    },
    {
        "slug": "hormone-therapy-and-bone-health",
        "topic": "hormone-therapy",
        "title": "Hormone therapy and bone health",
        "summary": """- Aromatase inhibitors are a kind of hormone therapy that lowers the amount of estrogen the
  body makes [2].
- Aromatase inhibitors can thin the bones, which can lead to broken bones [1] [4].
- Your care team may check your bone density while you take one [4].
- Tamoxifen has rare but serious risks: cancer of the uterus, stroke and a blood clot in the lungs
  [3].""",
        "body": """## Estrogen and your bones

Estrogen is a hormone that does many jobs in the body. One of them is helping the long bones grow
[5]. Before menopause, the ovaries make estrogen. Other tissues, such as fat and skin, also make
estrogen [5].

## Aromatase inhibitors and your bones

Aromatase inhibitors are hormone therapy medicines used for hormone-sensitive breast cancer in women
after menopause. They lower the amount of estrogen the body makes. Examples are anastrozole,
letrozole and exemestane [2]. Aromatase inhibitors can thin your bones, and thin bones can break
more easily [1] [4].

## Checking your bone health

The label of letrozole says care teams should think about checking bone density during treatment
[4]. A bone density test is a kind of scan. Your care team decides with you how often your bones
should be checked, and what to do if they are getting weaker.

## Other side effects of hormone therapy

Aromatase inhibitors can cause hot flashes, joint pain, tiredness and mood changes [1].

Tamoxifen is another kind of hormone therapy. It has rare but serious risks: cancer of the uterus,
stroke, and a blood clot in the lungs, called a pulmonary embolism [3]. Some of these events have
caused death [3]. The label's boxed warning is written for women with DCIS, an early cancer inside
the milk ducts, and for women at high risk who take tamoxifen to lower their chance of getting
breast cancer [3]. For people who already have breast cancer, the label says the benefits of
tamoxifen outweigh these risks [3]. Get help right away for signs of a stroke or a blood clot, such
as sudden weakness on one side of the body, sudden chest pain or trouble breathing. Tell your care
team about any bleeding from the vagina that is not your period, or pain in your pelvis [3].

Not everyone has the same side effects. Ask your care team for a list of possible side effects, and
tell them if a side effect bothers you.

## Questions you may want to ask

- Could my hormone therapy affect my bones?
- Should I have a bone density test, and when?
- What would we do if my bones are getting weaker?
- Which other side effects should I tell you about?""",
        "hr_status": [
            "positive",
        ],
        "her2_status": [],
        "related_medicines": [
            "anastrozole",
            "letrozole",
            "exemestane",
            "tamoxifen",
        ],
        "references": [
            {
                "title": "Label: ARIMIDEX- anastrozole tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2022,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=acbfaaa9-503c-4691-9828-76a7146ed6de",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
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
            {
                "title": "Label: TAMOXIFEN CITRATE tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=cadef490-5dc6-7230-e053-2a95a90a5551",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: LETROZOLE- letrozole tablets tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=32d7dd83-a3ef-41fe-e063-6394a90ae62a",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
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
        "change_summary": (
            "Bone and side-effect facts from the aromatase inhibitor labels instead of a 2014 guideline edition; "
            "names all of tamoxifen's boxed-warning risks."
        ),
        "state": "draft",
    },
    {
        "slug": "atezolizumab-for-triple-negative-breast-cancer",
        "topic": "targeted-therapy",
        "title": "Immunotherapy with atezolizumab for triple-negative breast cancer",
        "summary": """- Triple-negative breast cancer has no estrogen receptors, no progesterone receptors and no extra
  HER2 [3].
- Immune checkpoint inhibitors are immunotherapy medicines that can help immune cells kill cancer
  cells [2].
- In the United States, atezolizumab was given accelerated approval for some people with
  triple-negative breast cancer whose tumors had a protein called PD-L1 [1].
- That approval was later withdrawn, so this use is no longer FDA-approved [1].""",
        "body": """## Triple-negative breast cancer

Triple-negative breast cancer is breast cancer whose cells do not have estrogen receptors,
progesterone receptors or extra HER2 [3].

## How immune checkpoint inhibitors work

Immune checkpoints are a normal part of the immune system. They stop an immune response from
becoming so strong that it destroys healthy cells in the body [2]. Immune cells called T cells have
checkpoint proteins. When these bind to partner proteins on other cells, such as some tumor cells,
they send an "off" signal to the T cells. This can stop the immune system from destroying the cancer
[2].

Immune checkpoint inhibitors are immunotherapy medicines that block this binding. This prevents the
"off" signal, so the T cells can kill cancer cells [2]. Some of these medicines act against a
checkpoint protein called PD-1 or its partner protein, PD-L1. Some tumors make a lot of PD-L1 [2].

## Atezolizumab for triple-negative breast cancer

In 2019, the U.S. Food and Drug Administration (FDA) gave accelerated approval to atezolizumab
(Tecentriq) for some people with triple-negative breast cancer [1]. It was to be used together with
a chemotherapy medicine called paclitaxel protein-bound. It was for cancer that had spread, or that
had grown nearby and could not be removed with surgery. The tumor also had to have PD-L1, as shown
by an FDA-approved test [1].

## Update: this approval was withdrawn

In 2021, the accelerated approval of atezolizumab for triple-negative breast cancer was withdrawn
[1]. A withdrawn accelerated approval means that use is no longer approved by the FDA [1].

If you have questions about immunotherapy or other treatments for triple-negative breast cancer,
your care team can explain which treatments are approved for your cancer today and which might fit
you.

## Questions you may want to ask

- Which treatments are approved today for my type of breast cancer?
- Could immunotherapy be part of my treatment?
- Are there clinical trials of immunotherapy that I could join?""",
        "hr_status": [
            "negative",
        ],
        "her2_status": [
            "low",
            "ultralow",
            "zero",
        ],
        "related_medicines": [
            "atezolizumab",
        ],
        "references": [
            {
                "title": "Withdrawn | Cancer Accelerated Approvals (FDA web archive copy)",
                "authors": "U.S. Food and Drug Administration",
                "source": "FDA.gov (FDA web archive)",
                "year": None,
                "url": (
                    "https://public4.pagefreezer.com:443/content/FDA/02-11-2021T10:11/https://www.fda.gov/drugs/resources-information-approved-drugs/withdrawn-cancer-accelerated-approvals"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Immune Checkpoint Inhibitors",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": ("https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors"),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
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
        "change_summary": "First version.",
        "state": "withdrawn",
        "withdrawal_next_url": "/medicines/atezolizumab/",
        "withdrawal_reason": (
            "Withdrawn because the U.S. Food and Drug Administration (FDA) accelerated approval of "
            "atezolizumab for triple-negative breast cancer was withdrawn in 2021, so this page no "
            "longer describes an approved use."
        ),
    },
]
