"""More medicine summaries (issue 18): the same format as ``medicines.MEDICINES``, plus ``"biomarkers"``.

``biomarkers`` lists only markers the label's approved uses name: "esr1", "pik3ca_akt1_pten", "gbrca", "pdl1".
HER2-low and HER2-ultralow are HER2 statuses (``her2_status``), not biomarkers. Each entry was written from
the DailyMed label page named in its first reference. "Who it is for" keeps strictly to that label version;
where a newer use has been reported but is not on a label we could confirm, the entry says only that the label
may have changed since. The one exception is an FDA approval newer than the label version we read, which is
cited to the American Society of Clinical Oncology's report of it and named as such (sacituzumab govitecan).
"""

from articles.demo.medicines import SACITUZUMAB_FIRST_LINE_APPROVAL

_ACCESSED = "2026-12-04"

MEDICINES_MORE = [
    {
        "slug": "trastuzumab-deruxtecan",
        "generic_name": "trastuzumab deruxtecan",
        "brand_names": ["Enhertu"],
        "drug_class": "HER2-directed antibody-drug conjugate",
        "summary": (
            "A medicine that joins a HER2 antibody to a chemotherapy drug, so the chemotherapy is carried to "
            "cancer cells that have HER2."
        ),
        "how_it_works": (
            "Trastuzumab deruxtecan is an antibody-drug conjugate. "
            "The antibody part finds HER2, a protein on the surface of some breast cancer cells. "
            "Once the medicine is inside the cell, it lets go of a chemotherapy drug that damages the cell's DNA, "
            "so the cell dies. "
            "It can work even when the cancer cells have only a little HER2."
        ),
        "who_it_is_for": (
            "The US label says trastuzumab deruxtecan is for adults whose breast cancer cannot be removed by "
            "surgery or has spread to other parts of the body (metastatic) [1]. "
            "A lab test is used to check how much HER2 the cancer has [1]. "
            "The label lists these uses [1]:\n\n"
            "- HER2-positive cancer, after an earlier HER2-targeted treatment. "
            "That treatment may have been for the cancer that spread, or before or after surgery if the cancer "
            "came back during it or within a few months after it ended.\n"
            "- HER2-low cancer, after chemotherapy for the cancer that spread, or if the cancer came back during "
            "chemotherapy after surgery or within a few months after it ended.\n"
            "- Hormone receptor-positive cancer that is HER2-low or HER2-ultralow, when it has grown after one or "
            "more hormone therapies for the cancer that spread.\n\n"
            "The label may have changed since; ask your care team about newer uses. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "After earlier HER2-targeted treatment (HER2-positive), after chemotherapy (HER2-low), or after "
            "hormone therapy (hormone receptor-positive, HER2-low or HER2-ultralow)"
        ),
        "hr_status": [],
        "her2_status": ["positive", "low", "ultralow"],
        "routes": ["iv"],
        "schedule": "A drip (infusion) into a vein, given in a clinic every few weeks.",
        "common_side_effects": (
            "- Nausea (feeling sick to your stomach) and vomiting\n"
            "- Feeling tired\n"
            "- Hair loss\n"
            "- Constipation or diarrhea\n"
            "- Less appetite\n"
            "- Low blood cell counts\n"
            "- Changes in liver blood tests\n"
            "- Pain in muscles or bones"
        ),
        "serious_side_effects": (
            "- A new or worse cough, trouble breathing, or fever. "
            "These can be signs of a lung problem (interstitial lung disease or pneumonitis) that can be severe "
            "or cause death [1].\n"
            "- Fever, chills, or other signs of infection. "
            "Trastuzumab deruxtecan can lower your white blood cells [1].\n"
            "- Shortness of breath, a fast heartbeat, swelling in your legs or ankles, or sudden weight gain. "
            "These can be signs of heart problems [1].\n"
            "- A possible pregnancy. Tell your care team right away, because trastuzumab deruxtecan can harm an "
            "unborn baby [1]."
        ),
        "questions_to_ask": (
            "- What did my HER2 test show: positive, low, or ultralow?\n"
            "- How will you check my lungs and heart during treatment?\n"
            "- Which breathing changes mean I should call you the same day?\n"
            "- What medicines can I take to prevent nausea?\n"
            "- What kind of birth control should I use, and for how long after treatment?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=7e67e73e-ddf4-4e4d-8b50-09d7514910b6",
        "fda_label_date": "2025-01-28",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: ENHERTU- fam-trastuzumab deruxtecan-nxki injection, powder, lyophilized, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=7e67e73e-ddf4-4e4d-8b50-09d7514910b6",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "sacituzumab-govitecan",
        "generic_name": "sacituzumab govitecan",
        "brand_names": ["Trodelvy"],
        "drug_class": "Trop-2-directed antibody-drug conjugate",
        "summary": (
            "A medicine that joins an antibody to a chemotherapy drug, so the chemotherapy is carried to cancer "
            "cells that have a protein called Trop-2."
        ),
        "how_it_works": (
            "Sacituzumab govitecan is an antibody-drug conjugate. "
            "The antibody part finds Trop-2, a protein on the surface of many breast cancer cells. "
            "It then releases a chemotherapy drug that damages the cancer cell's DNA, so the cell dies. "
            "The chemotherapy part is related to a medicine called irinotecan."
        ),
        "who_it_is_for": (
            "The US label we read lists two uses for adults whose breast cancer cannot be removed by surgery or "
            "has spread to other parts of the body [1]:\n\n"
            "- triple-negative breast cancer, after two or more earlier treatments, with at least one of them for "
            "the cancer that has spread\n"
            "- hormone receptor-positive, HER2-negative breast cancer (including HER2-low), after hormone-based "
            "treatment and at least two more treatments for the cancer that has spread\n\n"
            "In June 2026 the FDA approved two more uses, as the first treatment for triple-negative cancer that "
            "cannot be removed by surgery or has spread [2]:\n\n"
            "- on its own, for people who cannot have an immunotherapy medicine that works on PD-1 or PD-L1 [2]\n"
            "- with pembrolizumab (Keytruda or Keytruda Qlex), when an FDA-authorized test shows enough PD-L1 "
            "[2]\n\n"
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "First treatment for advanced triple-negative disease (alone, or with pembrolizumab when PD-L1 is "
            "high), or later treatment for triple-negative or hormone receptor-positive, HER2-negative disease"
        ),
        "hr_status": ["negative", "positive"],
        "her2_status": ["zero", "low"],
        "routes": ["iv"],
        "schedule": (
            "A drip (infusion) into a vein, given in a clinic once a week for two weeks, then one week off. "
            "You get medicines before each drip to help prevent reactions and nausea."
        ),
        "common_side_effects": (
            "- Low blood cell counts\n"
            "- Diarrhea\n"
            "- Nausea (feeling sick to your stomach) and vomiting\n"
            "- Feeling tired\n"
            "- Hair loss\n"
            "- Constipation\n"
            "- Less appetite\n"
            "- Belly pain"
        ),
        "serious_side_effects": (
            "- Fever, chills, or other signs of infection. "
            "Sacituzumab govitecan can cause very low white blood cell counts, which can be life-threatening or "
            "cause death [1].\n"
            "- Diarrhea that is severe or does not stop, or feeling dizzy or faint from losing fluids [1].\n"
            "- Swelling of your face, lips, or throat, trouble breathing, or hives during or soon after the drip. "
            "These can be signs of a serious allergic or infusion reaction [1].\n"
            "- Nausea or vomiting that does not stop [1].\n"
            "- A possible pregnancy. Tell your care team right away, because sacituzumab govitecan can harm an "
            "unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Is my cancer triple-negative or hormone receptor-positive, and what was my HER2 result?\n"
            "- Will I get medicine to help keep my white blood cell counts up?\n"
            "- What should I do as soon as diarrhea starts?\n"
            "- Do I need a gene test (UGT1A1) that can show a higher chance of side effects?\n"
            "- Are there newer uses of this medicine that could fit me?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=57a597d2-03f0-472e-b148-016d7169169d",
        "fda_label_date": "2025-03-31",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: TRODELVY- sacituzumab govitecan powder, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=57a597d2-03f0-472e-b148-016d7169169d",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
            SACITUZUMAB_FIRST_LINE_APPROVAL,
        ],
    },
    {
        "slug": "tucatinib",
        "generic_name": "tucatinib",
        "brand_names": ["Tukysa"],
        "drug_class": "HER2-targeted kinase inhibitor",
        "summary": "A targeted pill that blocks HER2 growth signals, taken with trastuzumab and capecitabine.",
        "how_it_works": (
            "Tucatinib is a pill that gets inside cancer cells. "
            "There it blocks HER2, a protein that sends growth signals in some breast cancers. "
            "It is a kinase inhibitor, which means it blocks enzymes that switch growth signals on. "
            "It is given together with trastuzumab and the chemotherapy pill capecitabine."
        ),
        "who_it_is_for": (
            "The US label says tucatinib is for adults with HER2-positive breast cancer that is advanced, cannot be "
            "removed by surgery, or has spread to other parts of the body [1]. "
            "This includes cancer that has spread to the brain [1]. "
            "It is used with trastuzumab and capecitabine [1]. "
            "It is for people who have already had at least one HER2-targeted treatment for the cancer that has "
            "spread [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "After one or more HER2-targeted treatments for advanced disease, with trastuzumab and capecitabine"
        ),
        "hr_status": [],
        "her2_status": ["positive"],
        "routes": ["oral"],
        "schedule": (
            "Tablets taken by mouth at home twice a day, with or without food, along with capecitabine pills and "
            "trastuzumab."
        ),
        "common_side_effects": (
            "- Diarrhea\n"
            "- Redness, pain, or peeling on the palms of your hands and soles of your feet\n"
            "- Nausea and vomiting\n"
            "- Feeling tired\n"
            "- Changes in liver blood tests\n"
            "- Mouth sores\n"
            "- Less appetite\n"
            "- Belly pain\n"
            "- Headache\n"
            "- Rash"
        ),
        "serious_side_effects": (
            "- Diarrhea that is severe or does not stop, or feeling dizzy or very thirsty. "
            "Severe diarrhea can lead to loss of fluids, kidney problems, and death [1].\n"
            "- Yellow skin or eyes, dark urine, itching, pain in the upper right part of your belly, or bleeding "
            "or bruising more easily. These can be signs of severe liver problems [1].\n"
            "- A possible pregnancy. Tell your care team right away, because tucatinib can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- How do I take tucatinib and capecitabine together each day?\n"
            "- What should I do as soon as diarrhea starts?\n"
            "- How often will you check my liver?\n"
            "- Could any of my other medicines or supplements change how tucatinib works?\n"
            "- Does it matter that my cancer has spread to my brain?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=f27eb1b9-b7fc-424e-988f-84dd7bb195a3",
        "fda_label_date": "2024-11-04",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: TUKYSA- tucatinib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=f27eb1b9-b7fc-424e-988f-84dd7bb195a3",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "capecitabine",
        "generic_name": "capecitabine",
        "brand_names": ["Xeloda"],
        "drug_class": "chemotherapy pill (fluoropyrimidine)",
        "summary": "A chemotherapy pill that the body turns into a drug that stops cancer cells from making new DNA.",
        "how_it_works": (
            "Capecitabine is a chemotherapy pill. "
            "The body changes it into a drug called fluorouracil, also known as 5-FU. "
            "This drug stops cells from making new DNA, so cancer cells cannot divide and grow. "
            "It can also affect fast-growing healthy cells, such as those in the skin and gut."
        ),
        "who_it_is_for": (
            "The US label lists two uses for breast cancer that is advanced or has spread to other parts of the "
            "body [1]:\n\n"
            "- on its own, when chemotherapy with an anthracycline or a taxane is not right for you\n"
            "- with the chemotherapy docetaxel, after the cancer has grown during earlier anthracycline "
            "chemotherapy\n\n"
            "It is also used for some cancers of the colon, rectum, stomach, food pipe, and pancreas [1]. "
            "The label for tucatinib also describes capecitabine given with tucatinib and trastuzumab for "
            "HER2-positive breast cancer [3]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "On its own, or with docetaxel after anthracycline chemotherapy",
        "hr_status": [],
        "her2_status": [],
        "routes": ["oral"],
        "schedule": (
            "Tablets taken by mouth at home twice a day, soon after breakfast and dinner, usually for two weeks "
            "followed by one week off."
        ),
        "common_side_effects": (
            "- Diarrhea\n"
            "- Redness, pain, swelling, or peeling on the palms of your hands and soles of your feet "
            "(hand-foot syndrome)\n"
            "- Nausea and vomiting\n"
            "- Feeling tired or weak\n"
            "- Mouth sores\n"
            "- Low blood cell counts\n"
            "- Skin rash or dry skin"
        ),
        "serious_side_effects": (
            "- Unusual bleeding or bruising, blood in your urine or stool, or black stools, if you take a blood "
            "thinner such as warfarin. Capecitabine can make these medicines work too strongly, and bleeding, "
            "including death, has happened [1]. Tell your care team about every blood thinner you take.\n"
            "- Severe diarrhea, mouth sores, fever, or tingling early in treatment. "
            "Some people lack an enzyme called DPD because of their genes [2]. "
            "For them capecitabine can cause serious side effects, including death [2]. "
            "The FDA asks care teams to talk with patients about DPD deficiency and how to test for it before "
            "treatment [2]. Ask your care team if you should have a gene test (DPYD) before you start.\n"
            "- Diarrhea that is severe or does not stop, or signs of losing too much fluid, such as dizziness or "
            "passing little urine [1].\n"
            "- Chest pain, a fast or uneven heartbeat, or shortness of breath. "
            "These can be signs of heart problems [1].\n"
            "- Painful redness, blisters, or peeling on your hands or feet, or a skin rash with blisters [1].\n"
            "- Fever, chills, or other signs of infection [1].\n"
            "- A possible pregnancy. Tell your care team right away, because capecitabine can harm an unborn "
            "baby [1]."
        ),
        "questions_to_ask": (
            "- Have I been tested for DPD deficiency (a DPYD gene test)?\n"
            "- Will capecitabine be my only treatment, or will it be given with other medicines?\n"
            "- I take a blood thinner. How will you check my blood while I take capecitabine?\n"
            "- When should I stop the tablets and call you, for example with diarrhea or sore hands and feet?\n"
            "- What should I do if I miss a dose?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=e702d84d-7162-4751-bf37-d724cc7e45a5",
        "fda_label_date": "2025-01-10",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: XELODA- capecitabine tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=e702d84d-7162-4751-bf37-d724cc7e45a5",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
            {
                "title": (
                    "Safety announcement: FDA highlights importance of DPD deficiency discussions with patients prior "
                    "to capecitabine or 5FU treatment"
                ),
                "authors": "U.S. Food and Drug Administration",
                "source": "FDA.gov",
                "year": None,
                "url": (
                    "https://fda.gov/drugs/resources-information-approved-drugs/safety-announcement-fda-highlights-"
                    "importance-dpd-deficiency-discussions-patients-prior-capecitabine"
                ),
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
            {
                "title": "Label: TUKYSA- tucatinib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=f27eb1b9-b7fc-424e-988f-84dd7bb195a3",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "eribulin",
        "generic_name": "eribulin",
        "brand_names": ["Halaven"],
        "drug_class": "chemotherapy (microtubule inhibitor)",
        "summary": "A chemotherapy medicine that stops cancer cells from dividing.",
        "how_it_works": (
            "Eribulin is a type of chemotherapy. "
            "It works on tiny inner tubes, called microtubules, that cells use to split into two new cells. "
            "This stops cancer cells from dividing, so they die. "
            "It can also affect fast-growing healthy cells, which causes many of its side effects."
        ),
        "who_it_is_for": (
            "The US label says eribulin is for breast cancer that has spread to other parts of the body "
            "(metastatic) [1]. "
            "It is for people who have already had at least two chemotherapy treatments for the cancer that has "
            "spread [1]. "
            "Earlier treatment should have included an anthracycline and a taxane, either after surgery or for the "
            "cancer that has spread [1].\n\n"
            "It is also used for a rare cancer called liposarcoma [1]. "
            "Halaven is the brand name; the label linked here is for a generic version of the same medicine. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "After at least two chemotherapy treatments for advanced disease",
        "hr_status": [],
        "her2_status": [],
        "routes": ["iv"],
        "schedule": ("A short injection into a vein, given in a clinic once a week for two weeks, then one week off."),
        "common_side_effects": (
            "- Low blood cell counts\n"
            "- Feeling tired or weak\n"
            "- Hair loss\n"
            "- Numbness, tingling, or pain in your hands or feet\n"
            "- Nausea (feeling sick to your stomach)\n"
            "- Constipation"
        ),
        "serious_side_effects": (
            "- Fever, chills, or other signs of infection. "
            "Eribulin can cause very low white blood cell counts [1].\n"
            "- Numbness, tingling, burning, or weakness in your hands or feet that gets worse. "
            "This can be a sign of nerve damage [1].\n"
            "- A fast or uneven heartbeat, or feeling faint. "
            "Eribulin can change your heart rhythm (QT prolongation) [1].\n"
            "- A possible pregnancy. Tell your care team right away, because eribulin can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Why do you suggest eribulin now, and what other choices do I have?\n"
            "- How will you check my blood counts?\n"
            "- What should I do if I get a fever at home?\n"
            "- Do I need a heart rhythm test (ECG) before or during treatment?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=62690292-b1de-46f1-b6e8-012a725f8c63",
        "fda_label_date": "2024-10-01",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: ERIBULIN MESYLATE injection",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=62690292-b1de-46f1-b6e8-012a725f8c63",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "denosumab",
        "generic_name": "denosumab",
        "brand_names": ["Xgeva"],
        "drug_class": "bone-strengthening medicine (RANK ligand inhibitor)",
        "summary": (
            "A shot that helps protect bones when cancer has spread to them. "
            "This page is about Xgeva, not Prolia, which is the same medicine for a different use."
        ),
        "how_it_works": (
            "When cancer spreads to bone, it can turn on cells that break bone down. "
            "Denosumab is a monoclonal antibody, a man-made protein. "
            "It blocks a signal called RANK ligand that these cells need, so less bone is broken down. "
            "It does not treat the cancer itself."
        ),
        "who_it_is_for": (
            "The US label for Xgeva says it is used to help prevent bone problems in people whose cancer has spread "
            "to the bones from a solid tumor, such as breast cancer [1]. "
            "These bone problems include broken bones, pressure on the spinal cord, and needing radiation or "
            "surgery to the bone [1]. "
            "It is also used for multiple myeloma, for a rare bone tumor, and for high calcium caused by cancer "
            "when other medicines have not worked [1].\n\n"
            "Prolia contains the same medicine, denosumab, but it is a different product with its own label [1]. "
            "People who get Xgeva should not also get Prolia [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "Alongside cancer treatment, for cancer that has spread to the bones",
        "hr_status": [],
        "her2_status": [],
        "routes": ["subcutaneous"],
        "schedule": (
            "A shot (injection) under the skin of your upper arm, thigh, or belly, given in a clinic every four "
            "weeks. Your care team may ask you to take calcium and vitamin D."
        ),
        "common_side_effects": (
            "- Feeling tired or weak\n"
            "- Low phosphate in the blood (found on blood tests)\n"
            "- Nausea (feeling sick to your stomach)"
        ),
        "serious_side_effects": (
            "- Muscle cramps, twitching, or spasms, or numbness or tingling in your fingers, toes, or around your "
            "mouth. These can be signs of low calcium in the blood, which can be severe, and deaths have been "
            "reported [1].\n"
            "- Pain, swelling, or sores in your mouth or jaw, loose teeth, or a sore that does not heal after "
            "dental work. These can be signs of jaw bone damage (osteonecrosis of the jaw) [1]. "
            "Tell your dentist you get Xgeva.\n"
            "- New or unusual pain in your thigh, hip, or groin. This can be a sign of an unusual thigh bone "
            "break [1].\n"
            "- Trouble breathing, swelling of your face, lips, or throat, rash, or hives. "
            "These can be signs of a serious allergic reaction [1].\n"
            "- Back pain or new broken bones in the spine after treatment stops [1]. "
            "Do not stop Xgeva without talking with your care team.\n"
            "- A possible pregnancy. Tell your care team right away, because denosumab can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Why do you suggest Xgeva for me, and how long will I get it?\n"
            "- Should I see a dentist before I start?\n"
            "- Should I take calcium and vitamin D, and how much?\n"
            "- How will you check my calcium level?\n"
            "- What happens if I need to stop Xgeva?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=628f0998-1206-4001-aeee-18133aa9f3bf",
        "fda_label_date": "2025-04-11",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: XGEVA- denosumab injection",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=628f0998-1206-4001-aeee-18133aa9f3bf",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "zoledronic-acid",
        "generic_name": "zoledronic acid",
        "brand_names": ["Zometa"],
        "drug_class": "bone-strengthening medicine (bisphosphonate)",
        "summary": (
            "A drip that helps protect bones when cancer has spread to them, and lowers high calcium caused by cancer."
        ),
        "how_it_works": (
            "When cancer spreads to bone, cells that break bone down become too active. "
            "Zoledronic acid is a bisphosphonate. "
            "It sticks to bone and slows down these cells, so less bone is broken down and less calcium is "
            "released into the blood. "
            "It does not treat the cancer itself."
        ),
        "who_it_is_for": (
            "The US label says zoledronic acid is used, along with standard cancer treatment, for people whose "
            "cancer has spread to the bones from a solid tumor, such as breast cancer [1]. "
            "It is also used for multiple myeloma, and to treat high calcium in the blood caused by cancer [1].\n\n"
            "Reclast contains the same medicine, but it is a different product with its own label [1]. "
            "People who get zoledronic acid for cancer should not also get Reclast [1]. "
            "Zometa is the brand name; the label linked here is for a generic version of the same product. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "Alongside cancer treatment, for cancer that has spread to the bones",
        "hr_status": [],
        "her2_status": [],
        "routes": ["iv"],
        "schedule": (
            "A drip (infusion) into a vein, given in a clinic every three to four weeks. "
            "You need a blood test of your kidneys before each dose, and you may be asked to take calcium and "
            "vitamin D."
        ),
        "common_side_effects": (
            "- Nausea (feeling sick to your stomach) and vomiting\n"
            "- Feeling tired\n"
            "- Low red blood cell counts (anemia)\n"
            "- Bone pain\n"
            "- Constipation\n"
            "- Fever\n"
            "- Shortness of breath"
        ),
        "serious_side_effects": (
            "- Passing less urine, swelling, or changes in kidney blood tests. "
            "Zoledronic acid can harm the kidneys, and the risk is higher if you already have kidney problems [1].\n"
            "- Pain, swelling, or sores in your mouth or jaw, loose teeth, or a sore that does not heal after "
            "dental work. These can be signs of jaw bone damage (osteonecrosis of the jaw) [1]. "
            "Tell your dentist you get zoledronic acid.\n"
            "- Severe pain in your bones, joints, or muscles [1].\n"
            "- New or unusual pain in your thigh, hip, or groin. This can be a sign of an unusual thigh bone "
            "break [1].\n"
            "- Muscle cramps or spasms, or numbness or tingling around your mouth or in your fingers. "
            "These can be signs of low calcium in the blood [1].\n"
            "- Wheezing or trouble breathing if you have asthma that gets worse with aspirin [1].\n"
            "- A possible pregnancy. Tell your care team right away, because zoledronic acid can harm an unborn "
            "baby [1]."
        ),
        "questions_to_ask": (
            "- Why do you suggest zoledronic acid for me, and how long will I get it?\n"
            "- Should I see a dentist before I start?\n"
            "- How will you check my kidneys?\n"
            "- Should I take calcium and vitamin D?\n"
            "- How does this compare with denosumab (Xgeva) for me?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=6a153c94-3cb5-4c05-98b2-1e18f5f3fe80",
        "fda_label_date": "2023-02-02",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: ZOLEDRONIC ACID injection",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2023,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=6a153c94-3cb5-4c05-98b2-1e18f5f3fe80",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "datopotamab-deruxtecan",
        "generic_name": "datopotamab deruxtecan",
        "brand_names": ["Datroway"],
        "drug_class": "Trop-2-directed antibody-drug conjugate",
        "summary": (
            "A medicine that joins an antibody to a chemotherapy drug, so the chemotherapy is carried to cancer "
            "cells that have a protein called Trop-2."
        ),
        "how_it_works": (
            "Datopotamab deruxtecan is an antibody-drug conjugate. "
            "The antibody part finds Trop-2, a protein on the surface of many breast cancer cells. "
            "Once inside the cell, it lets go of a chemotherapy drug that damages the cell's DNA, so the cell dies."
        ),
        "who_it_is_for": (
            "The US label says datopotamab deruxtecan is for adults with hormone receptor-positive, HER2-negative "
            "breast cancer that cannot be removed by surgery or has spread to other parts of the body [1]. "
            "HER2-negative here includes HER2-low [1]. "
            "It is for people who have already had hormone-based treatment and chemotherapy for the cancer that "
            "has spread [1].\n\n"
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "After hormone-based treatment and chemotherapy for advanced hormone receptor-positive, HER2-negative "
            "disease"
        ),
        "hr_status": ["positive"],
        "her2_status": ["zero", "low"],
        "routes": ["iv"],
        "schedule": (
            "A drip (infusion) into a vein, given in a clinic every few weeks. "
            "You may be given eye drops and a mouthwash to help prevent eye problems and mouth sores."
        ),
        "common_side_effects": (
            "- Mouth sores\n"
            "- Nausea (feeling sick to your stomach) and vomiting\n"
            "- Feeling tired\n"
            "- Hair loss\n"
            "- Constipation\n"
            "- Dry eyes\n"
            "- Low blood cell counts\n"
            "- Changes in liver blood tests"
        ),
        "serious_side_effects": (
            "- A new or worse cough, trouble breathing, chest tightness, wheezing, or fever. "
            "These can be signs of a lung problem that can be severe, life-threatening, or cause death [2].\n"
            "- Dry, painful, red, or swollen eyes, blurred vision, or other changes in your eyesight. "
            "Eye problems are common and can be severe [2].\n"
            "- Mouth pain, swelling, redness, or sores. Mouth sores are common and can be severe [2].\n"
            "- A possible pregnancy. Tell your care team right away, because datopotamab deruxtecan can harm an "
            "unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Is my cancer hormone receptor-positive and HER2-negative or HER2-low?\n"
            "- Do I need to see an eye doctor before and during treatment?\n"
            "- How should I use the eye drops and mouthwash?\n"
            "- Which breathing changes mean I should call you the same day?\n"
            "- What kind of birth control should I use, and for how long after treatment?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=2950227c-6230-4ca4-a135-46e44d9424a0",
        "fda_label_date": "2025-01-28",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: DATROWAY- datopotamab deruxtecan injection, powder, lyophilized, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=2950227c-6230-4ca4-a135-46e44d9424a0",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
            {
                "title": "Medication Guide: DATROWAY (datopotamab deruxtecan-dlnk) for injection, for intravenous use",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=2950227c-6230-4ca4-a135-46e44d9424a0",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "neratinib",
        "generic_name": "neratinib",
        "brand_names": ["Nerlynx"],
        "drug_class": "HER2-targeted kinase inhibitor",
        "summary": "A targeted pill that blocks HER2 growth signals from inside cancer cells.",
        "how_it_works": (
            "Neratinib is a pill that gets inside cancer cells. "
            "There it blocks HER2 and related proteins that send growth signals in some breast cancers. "
            "It is a kinase inhibitor, which means it blocks enzymes that switch growth signals on."
        ),
        "who_it_is_for": (
            "The US label lists two uses for adults with HER2-positive breast cancer [1]:\n\n"
            "- with the chemotherapy pill capecitabine, for cancer that is advanced or has spread to other parts "
            "of the body, after two or more HER2-targeted treatments for the cancer that has spread\n"
            "- on its own, for early breast cancer, after trastuzumab-based treatment following surgery\n\n"
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "After two or more HER2-targeted treatments for advanced disease, with capecitabine",
        "hr_status": [],
        "her2_status": ["positive"],
        "routes": ["oral"],
        "schedule": (
            "Tablets taken by mouth at home once a day with food. "
            "You also take medicine to help prevent diarrhea when you start, as your care team tells you."
        ),
        "common_side_effects": (
            "- Diarrhea\n"
            "- Nausea and vomiting\n"
            "- Less appetite and weight loss\n"
            "- Constipation\n"
            "- Feeling tired or weak\n"
            "- Feeling dizzy\n"
            "- Back pain or joint pain\n"
            "- Muscle spasms"
        ),
        "serious_side_effects": (
            "- Diarrhea that is severe or does not stop, or feeling dizzy, weak, or very thirsty. "
            "Severe diarrhea can lead to loss of fluids, low blood pressure, and kidney problems [1].\n"
            "- Yellow skin or eyes, dark urine, itching, pain in the upper right part of your belly, or feeling "
            "very tired. These can be signs of liver problems [1].\n"
            "- A possible pregnancy. Tell your care team right away, because neratinib can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- How should I take the medicine to prevent diarrhea, and for how long?\n"
            "- How do I take neratinib and capecitabine together?\n"
            "- How often will you check my liver?\n"
            "- Should I avoid grapefruit or any other foods, drinks, or medicines?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=d1e41dcf-e82a-47c2-a0ad-6c6eef621834",
        "fda_label_date": "2024-03-25",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: NERLYNX- neratinib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=d1e41dcf-e82a-47c2-a0ad-6c6eef621834",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "margetuximab",
        "generic_name": "margetuximab",
        "brand_names": ["Margenza"],
        "drug_class": "HER2-targeted monoclonal antibody",
        "summary": "A medicine that targets the HER2 protein and is given together with chemotherapy.",
        "how_it_works": (
            "Margetuximab is a monoclonal antibody: a man-made protein that sticks to HER2. "
            "HER2 is a protein that helps some breast cancer cells grow. "
            "Margetuximab blocks HER2 signals and may help the immune system find and attack the cancer cells."
        ),
        "who_it_is_for": (
            "The US label says margetuximab is for adults with HER2-positive breast cancer that has spread to "
            "other parts of the body (metastatic) [1]. "
            "It is given together with chemotherapy [1]. "
            "It is for people who have already had two or more HER2-targeted treatments, with at least one of them "
            "for the cancer that has spread [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "After two or more HER2-targeted treatments, with chemotherapy",
        "hr_status": [],
        "her2_status": ["positive"],
        "routes": ["iv"],
        "schedule": (
            "A drip (infusion) into a vein, given in a clinic every few weeks, on the same day as chemotherapy."
        ),
        "common_side_effects": (
            "- Feeling tired or weak\n"
            "- Nausea, vomiting, diarrhea, or constipation\n"
            "- Headache\n"
            "- Fever\n"
            "- Hair loss\n"
            "- Belly pain\n"
            "- Numbness or tingling in your hands or feet\n"
            "- Joint or muscle pain\n"
            "- Cough or shortness of breath\n"
            "- Less appetite"
        ),
        "serious_side_effects": (
            "- Shortness of breath, a cough, swelling in your legs or ankles, a fast or uneven heartbeat, "
            "sudden weight gain, or feeling dizzy or faint. These can be signs of heart problems [1].\n"
            "- Fever, chills, itching, rash, trouble breathing, or feeling faint during or soon after the drip. "
            "These can be signs of an infusion or allergic reaction [1].\n"
            "- A possible pregnancy. Tell your care team right away, because margetuximab can harm an unborn "
            "baby [1]."
        ),
        "questions_to_ask": (
            "- Which chemotherapy will I get with margetuximab?\n"
            "- How will you check my heart before and during treatment?\n"
            "- How is it different from the HER2 medicines I had before?\n"
            "- What kind of birth control should I use, and for how long after treatment?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=6a6d50c7-06ea-479c-83cc-f197a9e428c9",
        "fda_label_date": "2025-02-11",
        "label_confirmed": True,
        "biomarkers": [],
        "references": [
            {
                "title": "Label: MARGENZA- margetuximab-cmkb injection, solution, concentrate",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=6a6d50c7-06ea-479c-83cc-f197a9e428c9",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
]
