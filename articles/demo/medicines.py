"""Medicine summaries: one per medicine, in plain language, from the US FDA label and official sources."""

# The FDA's approval of June 24, 2026 (first treatment for advanced triple-negative disease: sacituzumab
# govitecan alone, or with pembrolizumab when PD-L1 CPS >= 10), as the American Society of Clinical
# Oncology's news service reported it; the label versions we read are older. Cited by both medicines.
SACITUZUMAB_FIRST_LINE_APPROVAL = {
    "title": (
        "FDA Approves Sacituzumab Govitecan-hziy as Monotherapy and in Combination With Pembrolizumab for "
        "First-Line Treatment of TNBC"
    ),
    "authors": "The ASCO Post Staff",
    "source": "The ASCO Post",
    "year": 2026,
    "url": (
        "https://ascopost.com/news/june-2026/fda-approves-sacituzumab-govitecan-hziy-as-monotherapy-and-in-"
        "combination-with-pembrolizumab-for-first-line-treatment-of-tnbc/"
    ),
    "doi": "",
    "pmid": "",
    "accessed": "2026-12-05",
}

MEDICINES = [
    {
        "slug": "trastuzumab",
        "generic_name": "trastuzumab",
        "brand_names": ["Herceptin"],
        "drug_class": "HER2-targeted monoclonal antibody",
        "summary": "A medicine that targets the HER2 protein on some breast cancer cells to slow or stop their growth.",
        "how_it_works": (
            "Some breast cancer cells have too much of a protein called HER2 on their surface. "
            "HER2 sends signals that tell the cells to grow. "
            "Trastuzumab is a monoclonal antibody: a man-made protein that sticks to HER2 and blocks these signals. "
            "It may also help your immune system find and attack the cancer cells."
        ),
        "who_it_is_for": (
            "The US label says trastuzumab is for breast cancer that has too much HER2. "
            "This is called HER2-positive breast cancer [1]. "
            "A lab test approved by the FDA is used to check HER2 before treatment starts [1].\n\n"
            "For breast cancer that has spread to other parts of the body (metastatic), "
            "the label lists two uses [1][2]:\n\n"
            "- with the chemotherapy paclitaxel, as a first treatment for the cancer that has spread\n"
            "- on its own, after one or more chemotherapy treatments for the cancer that has spread\n\n"
            "It is also used for early breast cancer [1]. Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "First treatment for advanced disease with paclitaxel, or later on its own",
        "hr_status": [],
        "her2_status": ["positive"],
        "biomarkers": [],
        "routes": ["iv", "subcutaneous"],
        "schedule": (
            "A drip (infusion) into a vein, given in a clinic every week or every few weeks. "
            "Another form, Herceptin Hylecta (trastuzumab and hyaluronidase), is given as a shot under the skin "
            "[3]. Your care team tells you which form you will get."
        ),
        "common_side_effects": (
            "- Headache\n"
            "- Diarrhea\n"
            "- Nausea (feeling sick to your stomach)\n"
            "- Chills and fever\n"
            "- Infections, such as colds\n"
            "- Cough\n"
            "- Rash\n"
            "- Feeling tired"
        ),
        "serious_side_effects": (
            "- Shortness of breath, a cough that does not go away, swelling in your legs or ankles, "
            "a fast heartbeat, or sudden weight gain. These can be signs of heart problems [1].\n"
            "- Fever, chills, trouble breathing, dizziness, or feeling faint during or soon after the drip. "
            "These can be signs of an infusion reaction [1].\n"
            "- Swelling of your face, lips, or throat, or hives. These can be signs of a serious allergic reaction.\n"
            "- New or worse trouble breathing. This can be a sign of a lung problem [1].\n"
            "- A possible pregnancy. Tell your care team right away, because trastuzumab can harm an unborn baby "
            "[1].\n\n"
            "Infusion reactions and lung problems from trastuzumab can be severe, and some have caused death [1]."
        ),
        "questions_to_ask": (
            "- Has my cancer been tested for HER2, and what did the test show?\n"
            "- How will you check my heart before and during treatment?\n"
            "- How often will I have treatment, and where?\n"
            "- Will I get Herceptin or a biosimilar (a very similar version of the same medicine)?\n"
            "- Could I get trastuzumab as a shot under the skin instead of a drip?\n"
            "- What should I do if I feel unwell during or after a treatment?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=492dbdb2-077e-4064-bff3-372d6af0a7a2",
        "fda_label_date": "2024-07-02",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: HERCEPTIN- trastuzumab injection, powder, lyophilized, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=492dbdb2-077e-4064-bff3-372d6af0a7a2",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Herceptin (trastuzumab): information for medical professionals",
                "authors": "Genentech, Inc.",
                "source": "Genentech (gene.com)",
                "year": None,
                "url": "https://www.gene.com/medical-professionals/medicines/herceptin",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
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
        ],
    },
    {
        "slug": "pertuzumab",
        "generic_name": "pertuzumab",
        "brand_names": ["Perjeta"],
        "drug_class": "HER2-targeted monoclonal antibody",
        "summary": "A medicine that targets the HER2 protein and is given together with trastuzumab and chemotherapy.",
        "how_it_works": (
            "Pertuzumab is a monoclonal antibody: a man-made protein that attaches to HER2. "
            "HER2 is a protein that helps some breast cancer cells grow. "
            "Pertuzumab attaches to a different part of HER2 than trastuzumab does. "
            "Using both together blocks HER2 growth signals in more than one way."
        ),
        "who_it_is_for": (
            "The US label says pertuzumab is for adults with HER2-positive breast cancer that has spread to other "
            "parts of the body (metastatic) [1]. "
            "It is given together with trastuzumab and the chemotherapy docetaxel [1]. "
            "It is for people who have not yet had HER2-targeted medicine or chemotherapy for the cancer that has "
            "spread [1].\n\n"
            "It is also used before or after surgery for some early HER2-positive breast cancers [1].\n\n"
            "Phesgo is a form that puts pertuzumab, trastuzumab, and an enzyme called hyaluronidase into one shot "
            "under the skin [2]. Its label lists the same use with docetaxel for HER2-positive breast cancer that has "
            "spread [2]. Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "First treatment for advanced disease, with trastuzumab and docetaxel",
        "hr_status": [],
        "her2_status": ["positive"],
        "biomarkers": [],
        "routes": ["iv", "subcutaneous"],
        "schedule": (
            "A drip (infusion) into a vein, given in a clinic every few weeks, on the same day as trastuzumab. "
            "Or, as Phesgo, a shot under the skin of the thigh that also contains trastuzumab, given in a clinic "
            "every few weeks [2]."
        ),
        "common_side_effects": (
            "- Diarrhea\n"
            "- Hair loss\n"
            "- Nausea (feeling sick to your stomach)\n"
            "- Feeling tired\n"
            "- Low white blood cell counts, which can make infections more likely\n"
            "- Rash\n"
            "- Numbness or tingling in your hands or feet"
        ),
        "serious_side_effects": (
            "- Shortness of breath, swelling in your legs or ankles, a fast heartbeat, or sudden weight gain. "
            "These can be signs of heart problems [1].\n"
            "- Fever, chills, or other signs of infection.\n"
            "- Trouble breathing, dizziness, or swelling of your face or throat during or soon after the drip. "
            "These can be signs of an infusion or allergic reaction [1].\n"
            "- Diarrhea that is severe or does not stop.\n"
            "- A possible pregnancy. Tell your care team right away, because pertuzumab can harm an unborn baby [1].\n"
            "- If you get Phesgo: new or worse cough or trouble breathing. This can be a sign of a serious lung "
            "problem [2]."
        ),
        "questions_to_ask": (
            "- Is my cancer HER2-positive, and how was this tested?\n"
            "- Which other medicines will I get with pertuzumab, and for how long?\n"
            "- How will you check my heart during treatment?\n"
            "- What can I do to manage diarrhea at home, and when should I call you?\n"
            "- Could I get Phesgo, the shot under the skin, instead of two drips?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=17f85d17-ab71-4f5b-9fe3-0b8c822f69ff",
        "fda_label_date": "2025-04-10",
        "label_confirmed": True,
        "references": [
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
                    "prescribing information (DailyMed label set id 27dd5e6b-72cd-458d-a015-cf4dab5800da)"
                ),
                "authors": "Genentech, Inc.",
                "source": "FDA.report (copy of the DailyMed label)",
                "year": 2024,
                "url": "https://fda.report/DailyMed/27dd5e6b-72cd-458d-a015-cf4dab5800da",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
    },
    {
        "slug": "tamoxifen",
        "generic_name": "tamoxifen",
        "brand_names": ["Soltamox"],
        "drug_class": "hormone therapy (selective estrogen receptor modulator)",
        "summary": "A hormone therapy that blocks estrogen from helping some breast cancers grow.",
        "how_it_works": (
            "Some breast cancers use the hormone estrogen to grow. "
            "Tamoxifen attaches to the spots on cancer cells where estrogen would attach, called estrogen receptors. "
            "This blocks the growth signal that estrogen gives these cancer cells. "
            "It can be used both before and after menopause [1]."
        ),
        "who_it_is_for": (
            "The US label for tamoxifen tablets says it treats breast cancer that has spread to other parts of "
            "the body (metastatic), in women and in men [1]. "
            "The US label for the liquid form, Soltamox, says it is for adults whose metastatic breast cancer is "
            "estrogen receptor-positive [2]. "
            "This means the cancer uses the hormone estrogen to grow.\n\n"
            "Tamoxifen is also used for early breast cancer, and to lower the chance of breast cancer in some people "
            "at high risk [1]. Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "",
        "hr_status": ["positive"],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["oral"],
        "schedule": "Taken by mouth every day at home, as a tablet or a liquid.",
        "common_side_effects": (
            "- Hot flashes\n"
            "- Vaginal discharge\n"
            "- Changes in your periods\n"
            "- Nausea (feeling sick to your stomach)\n"
            "- Swelling from fluid build-up\n"
            "- Feeling tired"
        ),
        "serious_side_effects": (
            "The tamoxifen label has a boxed warning, its strongest kind of warning [1]. "
            "It is for women who take tamoxifen to lower their chance of breast cancer: women at high risk, and "
            "women with a very early cancer inside the milk ducts (DCIS) [1]. "
            "In these women, serious and life-threatening problems linked to tamoxifen include cancer of the womb, "
            "stroke, and a blood clot in the lungs (pulmonary embolism). Some of these were fatal [1]. "
            "The label says that for women who already have breast cancer, the benefits of tamoxifen outweigh "
            "these risks [1]. "
            "Whatever the reason you take it, tell your care team at once about:\n\n"
            "- Unusual vaginal bleeding, or pain or pressure in your pelvis (lower belly). "
            "These can be signs of changes in the womb, including cancer of the womb [1].\n"
            "- Swelling, pain, or warmth in one leg, sudden chest pain, shortness of breath, or coughing up blood. "
            "These can be signs of a blood clot in a leg or in the lungs [1].\n"
            "- Sudden weakness or numbness on one side of your body, trouble speaking, or a sudden bad headache. "
            "These can be signs of a stroke [1].\n"
            "- Changes in your eyesight [1].\n"
            "- Yellow skin or eyes, dark urine, or loss of appetite. These can be signs of liver problems [1].\n"
            "- Feeling very thirsty, confused, or very weak, or new bone pain, soon after starting. "
            "These can be signs of a high calcium level in the blood [1]."
        ),
        "questions_to_ask": (
            "- Is my cancer hormone receptor-positive?\n"
            "- Will tamoxifen be my only hormone treatment, or will it be given with other medicines?\n"
            "- Could any of my other medicines or supplements change how tamoxifen works?\n"
            "- Which signs of a blood clot or stroke mean I should get help right away?\n"
            "- Do I need regular check-ups with a gynecologist or an eye doctor while I take it?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=cadef490-5dc6-7230-e053-2a95a90a5551",
        "fda_label_date": "2024-12-06",
        "label_confirmed": True,
        "references": [
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
                "title": "Label: SOLTAMOX- tamoxifen citrate liquid",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2021,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=1e6ff055-590c-41e6-9530-1fdf04cdbd02",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
    },
    {
        "slug": "anastrozole",
        "generic_name": "anastrozole",
        "brand_names": ["Arimidex"],
        "drug_class": "aromatase inhibitor",
        "summary": "A hormone therapy pill that lowers the amount of estrogen in the body after menopause.",
        "how_it_works": (
            "After menopause, the body still makes some estrogen. "
            "It does this with an enzyme (a helper protein) called aromatase. "
            "Anastrozole blocks aromatase, so the body makes much less estrogen. "
            "Breast cancers that use estrogen to grow may then slow down or stop growing."
        ),
        "who_it_is_for": (
            "The US label says anastrozole is for women who have been through menopause [1]. "
            "For breast cancer that is advanced in the breast area or has spread to other parts of the body, "
            "the label lists two uses [1]:\n\n"
            "- as a first treatment when the cancer is hormone receptor-positive, or when this is not known\n"
            "- after the cancer has grown while taking tamoxifen\n\n"
            "The label notes that cancers without estrogen receptors rarely responded to it [1]. "
            "It is also used after surgery for early breast cancer [1].\n\n"
            "Every use on the label is for women who have been through menopause [1]. "
            "If you have not been through menopause, or you could become pregnant, talk with your care team before "
            "you take it. Anastrozole can harm an unborn baby [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "First hormone treatment for advanced disease, or after tamoxifen",
        "hr_status": ["positive"],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["oral"],
        "schedule": "Taken by mouth once a day at home, as a tablet.",
        "common_side_effects": (
            "- Hot flashes\n"
            "- Joint pain or stiffness\n"
            "- Weakness or feeling tired\n"
            "- Mood changes\n"
            "- Bone pain\n"
            "- Headache\n"
            "- Nausea (feeling sick to your stomach)\n"
            "- Rash"
        ),
        "serious_side_effects": (
            "- Chest pain or pressure, or shortness of breath. These can be signs of heart problems, "
            "especially if you already have heart disease [1].\n"
            "- A broken bone, or new bone pain. Anastrozole can thin your bones [1].\n"
            "- Swelling of your face, lips, or throat, trouble breathing, or hives. "
            "These can be signs of a serious allergic reaction.\n"
            "- A skin rash with blisters or peeling.\n"
            "- Yellow skin or eyes, or pain in the upper right part of your belly. "
            "These can be signs of liver problems.\n"
            "- A possible pregnancy. Anastrozole can harm an unborn baby [1]. "
            "If you could become pregnant, use birth control that works well during treatment and for some time "
            "after it [1]."
        ),
        "questions_to_ask": (
            "- Has it been confirmed that I am past menopause?\n"
            "- I have not been through menopause. Is anastrozole right for me, and would I need other treatment "
            "first?\n"
            "- Should my bone strength be checked, and how can I protect my bones?\n"
            "- Should my cholesterol be checked while I take it?\n"
            "- What can help with joint pain or hot flashes?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=acbfaaa9-503c-4691-9828-76a7146ed6de",
        "fda_label_date": "2022-12-16",
        "label_confirmed": True,
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
        ],
    },
    {
        "slug": "letrozole",
        "generic_name": "letrozole",
        "brand_names": ["Femara"],
        "drug_class": "aromatase inhibitor",
        "summary": "A hormone therapy pill that lowers the amount of estrogen in the body after menopause.",
        "how_it_works": (
            "After menopause, the body still makes some estrogen. "
            "It does this with an enzyme (a helper protein) called aromatase. "
            "Letrozole blocks aromatase, so the body makes much less estrogen [2]. "
            "Breast cancers that use estrogen to grow may then slow down or stop growing."
        ),
        "who_it_is_for": (
            "The US label says letrozole is for women who have been through menopause [1]. "
            "For breast cancer that is advanced in the breast area or has spread to other parts of the body, "
            "the label lists two uses [1][2]:\n\n"
            "- as a first treatment when the cancer is hormone receptor-positive, or when this is not known\n"
            "- after the cancer has grown during earlier anti-estrogen treatment, such as tamoxifen\n\n"
            "It is also used after surgery for early breast cancer [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "First hormone treatment for advanced disease, or after anti-estrogen treatment",
        "hr_status": ["positive"],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["oral"],
        "schedule": "Taken by mouth once a day at home, as a tablet, with or without food.",
        "common_side_effects": (
            "- Hot flashes and flushing\n"
            "- Joint pain\n"
            "- Weakness or feeling tired\n"
            "- Swelling in your arms or legs\n"
            "- Headache\n"
            "- Dizziness\n"
            "- Sweating more than usual\n"
            "- Bone pain\n"
            "- Higher cholesterol on blood tests"
        ),
        "serious_side_effects": (
            "- A broken bone, or new bone pain. Letrozole can thin your bones [1].\n"
            "- Chest pain or pressure, or shortness of breath.\n"
            "- Feeling so tired, dizzy, or sleepy that it is not safe to drive or use machines [1].\n"
            "- Swelling of your face, lips, or throat, trouble breathing, or hives. "
            "These can be signs of a serious allergic reaction.\n"
            "- A possible pregnancy. Letrozole can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Has it been confirmed that I am past menopause?\n"
            "- Will letrozole be given on its own or with another medicine?\n"
            "- Should my bone strength and cholesterol be checked?\n"
            "- Is it safe for me to drive if I feel tired or dizzy?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=32d7dd83-a3ef-41fe-e063-6394a90ae62a",
        "fda_label_date": "2025-04-15",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: LETROZOLE- letrozole tablets tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=32d7dd83-a3ef-41fe-e063-6394a90ae62a",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "About FEMARA (letrozole)",
                "authors": "Novartis Pharmaceuticals Corporation",
                "source": "Femara.com",
                "year": None,
                "url": "https://www.femara.com/",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "exemestane",
        "generic_name": "exemestane",
        "brand_names": ["Aromasin"],
        "drug_class": "aromatase inhibitor",
        "summary": "A hormone therapy pill that lowers the amount of estrogen in the body after menopause.",
        "how_it_works": (
            "After menopause, the body still makes some estrogen. "
            "It does this with an enzyme (a helper protein) called aromatase. "
            "Exemestane blocks aromatase, so the body makes much less estrogen. "
            "Breast cancers that use estrogen to grow may then slow down or stop growing [2]."
        ),
        "who_it_is_for": (
            "The US label says exemestane is for women who have been through menopause [1]. "
            "For advanced breast cancer, it is used when the cancer has grown after treatment "
            "with tamoxifen [1][2].\n\n"
            "It is also used for early breast cancer that needs estrogen to grow, in women who switch to it after "
            "taking tamoxifen [1][2]. Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "Hormone treatment for advanced disease after tamoxifen",
        "hr_status": ["positive"],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["oral"],
        "schedule": "Taken by mouth once a day at home, as a tablet, after a meal.",
        "common_side_effects": (
            "- Hot flashes\n- Feeling tired\n- Joint pain\n- Headache\n- Trouble sleeping\n- Sweating more than usual"
        ),
        "serious_side_effects": (
            "- A broken bone, or new bone pain. Exemestane can thin your bones over time [1].\n"
            "- Chest pain or pressure, or shortness of breath.\n"
            "- Swelling of your face, lips, or throat, trouble breathing, or hives. "
            "These can be signs of a serious allergic reaction [1].\n"
            "- A possible pregnancy. Exemestane can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Has it been confirmed that I am past menopause?\n"
            "- Should my vitamin D level and bone strength be checked?\n"
            "- Should I avoid any medicines or products that contain estrogen?\n"
            "- What can help with hot flashes or joint pain?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=83db7b64-7e98-4bd5-83ce-37444e6dd971",
        "fda_label_date": "2024-11-06",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: EXEMESTANE tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=83db7b64-7e98-4bd5-83ce-37444e6dd971",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "About AROMASIN (exemestane tablets)",
                "authors": "Pfizer Inc.",
                "source": "Aromasin.com",
                "year": None,
                "url": "https://www.aromasin.com/about-aromasin",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "paclitaxel",
        "generic_name": "paclitaxel",
        "brand_names": [],
        "drug_class": "taxane chemotherapy",
        "summary": "A chemotherapy medicine that stops cancer cells from dividing.",
        "how_it_works": (
            "Paclitaxel is a type of chemotherapy called a taxane. "
            "Cells use tiny inner tubes, called microtubules, to split into two new cells. "
            "Paclitaxel locks these tubes in place, so cancer cells cannot divide and they die. "
            "It can also affect fast-growing healthy cells, which causes many of its side effects."
        ),
        "who_it_is_for": (
            "The US label lists breast cancer that has spread to other parts of the body (metastatic) and has grown "
            "after combination chemotherapy [1]. "
            "It also lists breast cancer that came back soon after chemotherapy given after surgery [1]. "
            "The label says earlier treatment should usually have included an anthracycline, a type of "
            "chemotherapy such as doxorubicin [1].\n\n"
            "It is also used after surgery for early breast cancer that has reached the lymph nodes [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "After earlier chemotherapy for advanced disease",
        "hr_status": [],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["iv"],
        "schedule": (
            "A drip (infusion) into a vein, given in a clinic every week or every few weeks. "
            "You get medicines before each drip to help prevent an allergic reaction."
        ),
        "common_side_effects": (
            "- Hair loss\n"
            "- Low blood cell counts, which can raise the risk of infection, tiredness, and bruising\n"
            "- Numbness, tingling, or burning in your hands and feet\n"
            "- Joint and muscle aches\n"
            "- Nausea, vomiting, or diarrhea\n"
            "- Mouth sores"
        ),
        "serious_side_effects": (
            "- Trouble breathing, swelling of your face, lips, tongue, or throat, hives, or rash, "
            "especially during the drip. These can be signs of a severe allergic reaction [1][2]. "
            "Some of these reactions have caused death, even in people who got medicines to prevent them [1].\n"
            "- Fever, chills, sore throat, or burning when you pass urine. These can be signs of infection. "
            "Paclitaxel can lower your white blood cell count, and infections can then be severe [1].\n"
            "- Chest pain, a slow or uneven heartbeat, or feeling faint.\n"
            "- Numbness or tingling that makes it hard to walk, button clothes, or hold things.\n"
            "- Unusual bleeding or bruising.\n"
            "- Pain, redness, or swelling where the needle goes in.\n"
            "- A possible pregnancy. Paclitaxel can harm an unborn baby [1][2]."
        ),
        "questions_to_ask": (
            "- Why do you suggest paclitaxel now, and what is the goal of treatment?\n"
            "- Is this the standard form of paclitaxel, or the different albumin-bound form?\n"
            "- How often will I need blood tests?\n"
            "- What can I do about numbness or tingling in my hands and feet?\n"
            "- Who do I call if I get a fever at night or on a weekend?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=f10f730f-6479-4f6a-8edc-fa4bd2140c1b",
        "fda_label_date": None,
        "label_confirmed": True,
        "references": [
            {
                "title": "PACLITAXEL- paclitaxel injection, solution (Fresenius Kabi USA, LLC)",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=f10f730f-6479-4f6a-8edc-fa4bd2140c1b",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Paclitaxel injection, USP: patient counseling information",
                "authors": "Pfizer Inc.",
                "source": "Pfizer Medical Information",
                "year": None,
                "url": "https://pfizermedicalinformation.com/paclitaxel/patient-counseling",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "docetaxel",
        "generic_name": "docetaxel",
        "brand_names": ["Taxotere"],
        "drug_class": "taxane chemotherapy",
        "summary": "A chemotherapy medicine that stops cancer cells from dividing.",
        "how_it_works": (
            "Docetaxel is a type of chemotherapy called a taxane [2]. "
            "It works on tiny inner tubes, called microtubules, that cells use to split into two new cells. "
            "This stops cancer cells from dividing, so they die [2]. "
            "It can also affect fast-growing healthy cells, which causes many of its side effects."
        ),
        "who_it_is_for": (
            "The US label lists two uses in breast cancer [1]:\n\n"
            "- on its own, for breast cancer that is advanced in the breast area or has spread to other parts of "
            "the body, after other chemotherapy has stopped working\n"
            "- with doxorubicin and cyclophosphamide after surgery, for early breast cancer that has reached the "
            "lymph nodes\n\n"
            "The US label for pertuzumab also describes docetaxel given with pertuzumab and trastuzumab, as a first "
            "treatment for HER2-positive breast cancer that has spread [3]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "After earlier chemotherapy, or first with pertuzumab and trastuzumab (HER2-positive)",
        "hr_status": [],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["iv"],
        "schedule": (
            "A drip (infusion) into a vein, usually given in a clinic every few weeks. "
            "You take steroid pills around each treatment to help prevent swelling and allergic reactions."
        ),
        "common_side_effects": (
            "- Low blood cell counts\n"
            "- Hair loss\n"
            "- Nausea, vomiting, or diarrhea\n"
            "- Mouth sores\n"
            "- Feeling tired or weak\n"
            "- Swelling from fluid build-up\n"
            "- Changes in your nails\n"
            "- Numbness or tingling in your hands or feet\n"
            "- Changes in taste\n"
            "- Skin rash or redness"
        ),
        "serious_side_effects": (
            "Docetaxel's side effects can cause death. This risk is higher in people who have liver problems, and "
            "in people who get higher doses [1]. "
            "You will have blood tests to check your liver before each treatment [1]. "
            "Tell your care team if you have ever had liver disease. "
            "Tell your care team at once about:\n\n"
            "- Fever, chills, or other signs of infection. Docetaxel can lower your white blood cell count, and "
            "infections can then be severe [1].\n"
            "- Trouble breathing, swelling of your face or throat, hives, or feeling faint during the drip. "
            "These can be signs of a serious allergic reaction. It can happen even after the steroid pills [1].\n"
            "- Fast weight gain, swelling in your legs or belly, or shortness of breath. "
            "These can be signs of severe fluid build-up [1].\n"
            "- Bad belly pain or diarrhea, especially with a fever [1].\n"
            "- Yellow skin or eyes, or dark urine. These can be signs of liver problems.\n"
            "- Blurred vision or other changes in your eyesight [1].\n"
            "- A skin reaction with blisters or peeling [1].\n"
            "- A possible pregnancy. Docetaxel can harm an unborn baby [1].\n\n"
            "Some people have had a second cancer, such as a blood cancer (leukemia), after treatment with "
            "docetaxel [1]."
        ),
        "questions_to_ask": (
            "- Will docetaxel be given on its own or with other medicines?\n"
            "- When and how should I take the steroid pills?\n"
            "- Does my docetaxel contain alcohol, and is it safe for me to drive after a treatment?\n"
            "- What should I do if I get a fever or new swelling at home?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=00c61d11-d6b7-4618-b6f6-2592dbcc8af7",
        "fda_label_date": "2025-01-20",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: DOCETAXEL- docetaxel anhydrous injection, solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=00c61d11-d6b7-4618-b6f6-2592dbcc8af7",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "NCI Dictionary of Cancer Terms: docetaxel",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://www.cancer.gov/dictionary?CdrID=45382",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
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
        ],
    },
    {
        "slug": "doxorubicin",
        "generic_name": "doxorubicin",
        "brand_names": ["Adriamycin"],
        "drug_class": "anthracycline chemotherapy",
        "summary": "A chemotherapy medicine that damages the DNA (genetic code) of cancer cells so they cannot grow.",
        "how_it_works": (
            "Doxorubicin is a type of chemotherapy called an anthracycline. "
            "It gets into the DNA of cells and blocks an enzyme (a helper protein) that cells need to copy their DNA. "
            "This stops cancer cells from growing and dividing. "
            "It can also harm fast-growing healthy cells, which causes many of its side effects."
        ),
        "who_it_is_for": (
            "The US label lists breast cancer that has spread to other parts of the body (metastatic) among the "
            "cancers doxorubicin treats [1]. "
            "It is also used with other chemotherapy after surgery, for early breast cancer that has reached the "
            "lymph nodes under the arm [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "",
        "hr_status": [],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["iv"],
        "schedule": "Given into a vein in a clinic, usually every few weeks.",
        "common_side_effects": (
            "- Hair loss\n"
            "- Nausea and vomiting\n"
            "- Low blood cell counts, which can raise the risk of infection\n"
            "- Mouth sores\n"
            "- Feeling tired\n"
            "- Red or pink urine for a short time after treatment (this is the color of the medicine)"
        ),
        "serious_side_effects": (
            "- Shortness of breath, swelling in your legs or ankles, a fast or uneven heartbeat, or sudden weight "
            "gain. These can be signs of heart damage, which can happen during treatment or years later [1].\n"
            "- Fever, chills, or other signs of infection. Doxorubicin can make your blood counts very low. "
            "This can lead to severe infections, and it can cause death [1].\n"
            "- Pain, burning, redness, or swelling where the medicine goes in. "
            "It can badly damage the skin if it leaks out of the vein [1].\n"
            "- Unusual bleeding or bruising.\n"
            "- A possible pregnancy. Doxorubicin can harm an unborn baby.\n\n"
            "Doxorubicin also raises the chance of a second cancer of the blood: acute myeloid leukemia (AML) or "
            "myelodysplastic syndrome (MDS) [1]. "
            "Ask your care team which signs to watch for in the months and years after treatment."
        ),
        "questions_to_ask": (
            "- How will you check my heart before, during, and after treatment?\n"
            "- Have I had this type of medicine before, and how much is safe for me over my lifetime?\n"
            "- I have had, or may have, trastuzumab. How does that change the plan?\n"
            "- What are the long-term risks, such as heart damage or a later blood cancer?\n"
            "- How can I lower my risk of infection?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=d31d7f58-66d0-4826-b6b5-5914c031965f",
        "fda_label_date": "2025-03-31",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: DOXORUBICIN HYDROCHLORIDE injection, solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=d31d7f58-66d0-4826-b6b5-5914c031965f",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
    },
    {
        "slug": "epirubicin",
        "generic_name": "epirubicin",
        "brand_names": ["Ellence"],
        "drug_class": "anthracycline chemotherapy",
        "summary": "A chemotherapy medicine that damages the DNA (genetic code) of cancer cells so they cannot grow.",
        "how_it_works": (
            "Epirubicin is a type of chemotherapy called an anthracycline. "
            "It damages the DNA of cells and blocks an enzyme (a helper protein) that cells need to copy their DNA. "
            "This stops cancer cells from growing and dividing. "
            "It can also harm fast-growing healthy cells, which causes many of its side effects."
        ),
        "who_it_is_for": (
            "The US label lists one use: as part of treatment after surgery for early breast cancer that had spread "
            "to the lymph nodes under the arm [1]. "
            "The label does not list breast cancer that has spread to other parts of the body (metastatic).\n\n"
            "If epirubicin is suggested for you, ask your care team why they suggest it, and whether it is approved "
            "for your situation."
        ),
        "line_of_treatment": "Label covers early breast cancer after surgery, not advanced disease",
        "hr_status": [],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["iv"],
        "schedule": "A drip (infusion) into a vein, given in a clinic in repeated cycles every few weeks.",
        "common_side_effects": (
            "- Low blood cell counts\n"
            "- Hair loss\n"
            "- Nausea and vomiting\n"
            "- Mouth sores\n"
            "- Feeling tired\n"
            "- Missed periods and hot flashes\n"
            "- Diarrhea\n"
            "- Red or irritated eyes\n"
            "- Rash or itching\n"
            "- Red urine for a short time after treatment (this is the color of the medicine)"
        ),
        "serious_side_effects": (
            "- Shortness of breath, swelling in your legs or ankles, or a fast or uneven heartbeat. "
            "These can be signs of heart damage, which can happen during treatment or years later. "
            "At its worst, this heart damage can cause death [1].\n"
            "- Fever, chills, or other signs of infection. Epirubicin can make your blood counts very low [1].\n"
            "- Pain, burning, or swelling where the drip goes in. "
            "It can badly damage the skin if it leaks out of the vein [1].\n"
            "- Vomiting that does not stop, or signs of dehydration, such as feeling dizzy or passing little urine.\n"
            "- A possible pregnancy. Epirubicin can harm an unborn baby.\n\n"
            "Epirubicin also raises the chance of a second cancer of the blood, acute myeloid leukemia (AML) [1]. "
            "Ask your care team which signs to watch for in the months and years after treatment."
        ),
        "questions_to_ask": (
            "- Why do you suggest epirubicin for me, and is it approved for my situation?\n"
            "- How will you check my heart before and during treatment?\n"
            "- Have I had this type of medicine before, and how much is safe for me over my lifetime?\n"
            "- What are the long-term risks, such as heart damage or a later blood cancer?\n"
            "- I have liver problems. Does my dose need to change?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=a24ff5f2-0a9a-4222-9135-1d4094ddd2e0",
        "fda_label_date": "2024-07-23",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: EPIRUBICIN HYDROCHLORIDE injection",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=a24ff5f2-0a9a-4222-9135-1d4094ddd2e0",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
    },
    {
        "slug": "palbociclib",
        "generic_name": "palbociclib",
        "brand_names": ["Ibrance"],
        "drug_class": "CDK4/6 inhibitor",
        "summary": "A targeted pill that helps stop cancer cells from dividing, taken together with hormone therapy.",
        "how_it_works": (
            "Cells use proteins called CDK4 and CDK6 to move through the steps of dividing. "
            "Palbociclib blocks these proteins, which can slow or stop the growth of cancer cells. "
            "It is taken together with a hormone therapy, such as an aromatase inhibitor or fulvestrant [1]."
        ),
        "who_it_is_for": (
            "The US label says palbociclib is for adults with breast cancer that is hormone receptor-positive and "
            "HER2-negative, and that is advanced or has spread to other parts of the body (metastatic) [1]. "
            "It is given with one of these [1]:\n\n"
            "- an aromatase inhibitor, as the first hormone-based treatment, for women after menopause or for men\n"
            "- fulvestrant, after the cancer has grown during hormone therapy\n"
            "- inavolisib and fulvestrant, for cancer with a change in the PIK3CA gene that came back during or "
            "after hormone treatment given after surgery [2]\n\n"
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "First hormone-based treatment with an aromatase inhibitor, or later with fulvestrant; with inavolisib "
            "and fulvestrant for a cancer with a PIK3CA change"
        ),
        "hr_status": ["positive"],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": [],
        "routes": ["oral"],
        "schedule": (
            "Taken by mouth at home once a day for three weeks, then a one-week break. "
            "This pattern repeats for as long as your care team advises."
        ),
        "common_side_effects": (
            "- Low white blood cell counts, which can make infections more likely\n"
            "- Infections\n"
            "- Feeling tired or weak\n"
            "- Nausea, vomiting, or diarrhea\n"
            "- Mouth sores\n"
            "- Low red blood cell counts (anemia)\n"
            "- Hair thinning or hair loss\n"
            "- Rash\n"
            "- Less appetite"
        ),
        "serious_side_effects": (
            "- Fever, chills, sore throat, or other signs of infection [1].\n"
            "- New or worse cough, chest pain, or shortness of breath. "
            "These can be signs of swelling in the lungs (pneumonitis), which can be severe or cause death [1].\n"
            "- Unusual bleeding or bruising.\n"
            "- A possible pregnancy. Palbociclib can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Which hormone therapy will I take with palbociclib?\n"
            "- Has the label for palbociclib changed since this page was written, and does any newer use fit me?\n"
            "- How often will I need blood tests?\n"
            "- Should I avoid grapefruit or any other foods, drinks, or medicines?\n"
            "- What should I do if I miss a dose or throw up after taking it?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=fecbdd7d-b729-41b5-9872-231b8fe104ce",
        "fda_label_date": "2023-09-06",
        "label_confirmed": True,
        "references": [
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
                "title": "ITOVEBI (inavolisib) tablets: US prescribing information (structured product label)",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=5de59f5b-e5db-410f-b692-658686ef4107",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
        ],
    },
    {
        "slug": "lapatinib",
        "generic_name": "lapatinib",
        "brand_names": ["Tykerb"],
        "drug_class": "HER2-targeted kinase inhibitor",
        "summary": "A targeted pill that blocks HER2 growth signals from inside cancer cells.",
        "how_it_works": (
            "Lapatinib is a small pill medicine that can get inside cancer cells. "
            "There it blocks signals from HER2, a protein that helps some breast cancers grow [2]. "
            "It also blocks a related protein called EGFR. "
            "It is a kinase inhibitor, which means it blocks enzymes that switch growth signals on."
        ),
        "who_it_is_for": (
            "The US label lists two uses for breast cancer that has too much HER2 (HER2-positive) [1][2]:\n\n"
            "- with the chemotherapy pill capecitabine, for cancer that is advanced or has spread to other parts of "
            "the body, in people who have already had an anthracycline, a taxane, and trastuzumab. "
            "The cancer should have grown while on trastuzumab.\n"
            "- with letrozole, for women after menopause whose cancer has spread and is also hormone "
            "receptor-positive, when hormone therapy is right for them\n\n"
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "After trastuzumab (with capecitabine), or with letrozole as hormone-based treatment",
        "hr_status": [],
        "her2_status": ["positive"],
        "biomarkers": [],
        "routes": ["oral"],
        "schedule": (
            "Taken by mouth at home once a day, on an empty stomach (at least one hour before or after a meal)."
        ),
        "common_side_effects": (
            "- Diarrhea\n"
            "- Redness, pain, or peeling on the palms of your hands and soles of your feet\n"
            "- Nausea and vomiting\n"
            "- Rash\n"
            "- Feeling tired\n"
            "- Mouth sores"
        ),
        "serious_side_effects": (
            "- Yellow skin or eyes, dark urine, itching, or pain in the upper right part of your belly. "
            "These can be signs of liver damage. Liver damage from lapatinib can be severe, and deaths have been "
            "reported [1]. You will have blood tests to check your liver before and during treatment [1].\n"
            "- Diarrhea that is severe or does not stop, especially with fever or dizziness [1].\n"
            "- Shortness of breath, a racing or uneven heartbeat, or feeling faint. "
            "These can be signs of heart problems [1].\n"
            "- New or worse cough or trouble breathing. This can be a sign of a lung problem [1].\n"
            "- A skin rash with blisters or peeling [1]."
        ),
        "questions_to_ask": (
            "- Which medicine will I take with lapatinib, and why?\n"
            "- What should I do as soon as diarrhea starts?\n"
            "- How often will you check my liver and heart?\n"
            "- Should I avoid grapefruit or any other foods, drinks, or medicines?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=302a4346-a68d-af3e-e063-6294a90a4a6f",
        "fda_label_date": "2025-03-12",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: LAPATINIB tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=302a4346-a68d-af3e-e063-6294a90a4a6f",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "TYKERB (lapatinib) tablets: indications",
                "authors": "Novartis Pharmaceuticals Corporation",
                "source": "Novartis HCP website",
                "year": None,
                "url": "https://www.hcp.novartis.com/products/tykerb/",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "pembrolizumab",
        "generic_name": "pembrolizumab",
        "brand_names": ["Keytruda"],
        "drug_class": "immune checkpoint inhibitor (PD-1)",
        "summary": "An immunotherapy medicine that helps your immune system find and attack cancer cells.",
        "how_it_works": (
            "Your immune system has checkpoints that act like brakes, so it does not attack your own healthy cells. "
            "Some cancer cells use a checkpoint called PD-1 to hide from the immune system. "
            "Pembrolizumab blocks PD-1, which helps the immune system find and attack the cancer. "
            "Because it releases these brakes, the immune system can also attack healthy organs [1]."
        ),
        "who_it_is_for": (
            "The US label lists uses in triple-negative breast cancer [1]. "
            "Triple-negative means the cancer has no estrogen or progesterone receptors and is HER2-negative.\n\n"
            "- For cancer that has come back near the breast and cannot be removed with surgery, or that has "
            "spread: it is given with chemotherapy [1]. A lab test approved by the FDA must show that the cancer "
            "has enough of a protein called PD-L1 [1].\n"
            "- For early triple-negative cancer with a high risk of coming back: it is given with chemotherapy "
            "before surgery, then on its own after surgery [1].\n\n"
            "The label we read was updated in February 2026 [2]. "
            "In June 2026 the FDA approved one more use [3]: as the first treatment for triple-negative cancer "
            "that cannot be removed by surgery or has spread, given with sacituzumab govitecan (Trodelvy), when an "
            "FDA-authorized test shows enough PD-L1 [3]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "First treatment for advanced triple-negative disease that tests positive for PD-L1, with chemotherapy "
            "or with sacituzumab govitecan"
        ),
        "hr_status": ["negative"],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": ["pdl1"],
        "routes": ["iv", "subcutaneous"],
        "schedule": (
            "A drip (infusion) into a vein, given in a clinic every few weeks. "
            "Another form, pembrolizumab and berahyaluronidase alfa (Keytruda Qlex), is given as a shot under the "
            "skin; it can be used with sacituzumab govitecan too [3]. Ask which form you will get."
        ),
        "common_side_effects": (
            "- Feeling tired\n"
            "- Muscle, bone, or joint pain\n"
            "- Rash or itching\n"
            "- Diarrhea or constipation\n"
            "- Nausea\n"
            "- Cough\n"
            "- Less appetite\n"
            "- Fever"
        ),
        "serious_side_effects": (
            "Your immune system may attack healthy organs. This can happen during treatment or after it ends [1]. "
            "Tell your care team at once about:\n\n"
            "- New or worse cough, chest pain, or shortness of breath (lungs) [1]\n"
            "- Diarrhea, blood or mucus in your stool, or bad belly pain (intestines) [1]\n"
            "- Yellow skin or eyes, dark urine, or bleeding or bruising more easily (liver) [1]\n"
            "- Headaches that will not go away, feeling very tired, dizzy, or very thirsty, passing more urine, "
            "or changes in weight (hormone glands or blood sugar) [1]\n"
            "- Passing less urine, or blood in your urine (kidneys) [1]\n"
            "- A rash with blisters or peeling, or painful sores in your mouth (skin) [1]\n"
            "- Chills, shaking, itching, flushing, trouble breathing, or dizziness during the drip [1]"
        ),
        "questions_to_ask": (
            "- Has my cancer been tested for PD-L1, and what did the test show?\n"
            "- Which chemotherapy will I get with pembrolizumab?\n"
            "- Which side effects should I report right away, and who do I call after hours?\n"
            "- Should I carry a card that says I am getting immunotherapy?\n"
            "- How long could side effects appear after my last treatment?\n"
            "- Is there a form of pembrolizumab given as a shot under the skin, and could I get it?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=9333c79b-d487-4538-a9f0-71b91a02b287",
        "fda_label_date": "2026-02-10",
        "label_confirmed": True,
        "references": [
            {
                "title": (
                    "Label: KEYTRUDA- pembrolizumab injection, powder, lyophilized, for solution; "
                    "KEYTRUDA- pembrolizumab injection, solution"
                ),
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2026,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=9333c79b-d487-4538-a9f0-71b91a02b287",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "KEYTRUDA (pembrolizumab) injection: FDA structured product label, version 222",
                "authors": "U.S. Food and Drug Administration",
                "source": "FDALabel (FDA)",
                "year": 2026,
                "url": (
                    "https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/"
                    "9333c79b-d487-4538-a9f0-71b91a02b287/spl-doc"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            SACITUZUMAB_FIRST_LINE_APPROVAL,
        ],
    },
    {
        "slug": "atezolizumab",
        "generic_name": "atezolizumab",
        "brand_names": ["Tecentriq"],
        "drug_class": "immune checkpoint inhibitor (PD-L1)",
        "summary": "An immunotherapy medicine that is no longer approved in the US to treat breast cancer.",
        "how_it_works": (
            "Some cancer cells use a protein called PD-L1 to hide from the immune system. "
            "Atezolizumab blocks PD-L1, which can help the immune system find and attack cancer. "
            "In the US it is approved for some other cancers, such as certain lung and liver cancers [1]."
        ),
        "who_it_is_for": (
            "**Atezolizumab is no longer approved in the US to treat breast cancer.** "
            "Its earlier US approval, for a type of triple-negative breast cancer that had spread, was withdrawn "
            "in 2021 [2]. "
            "The current US label lists other cancers, such as some lung and liver cancers, and does not list "
            "breast cancer [1].\n\n"
            "If this medicine has been suggested to you, or you already take it, please ask your care team why, "
            "and whether it is approved for your situation. "
            "Do not stop any treatment without talking with them first."
        ),
        "line_of_treatment": "",
        "hr_status": [],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["iv"],
        "schedule": "A drip (infusion) into a vein, given in a clinic every few weeks.",
        "common_side_effects": ("- Feeling tired or weak\n- Less appetite\n- Nausea\n- Cough\n- Shortness of breath"),
        "serious_side_effects": (
            "Your immune system may attack healthy organs. This can happen during treatment or after it ends [1]. "
            "Tell your care team at once about:\n\n"
            "- New or worse cough, chest pain, or shortness of breath (lungs)\n"
            "- Diarrhea, blood in your stool, or bad belly pain (intestines)\n"
            "- Yellow skin or eyes, or dark urine (liver)\n"
            "- Headaches that will not go away, feeling very tired, dizzy, or very thirsty (hormone glands or "
            "blood sugar)\n"
            "- A rash with blisters or peeling (skin)\n"
            "- Chills, shaking, itching, flushing, trouble breathing, or dizziness during the drip [1]"
        ),
        "questions_to_ask": (
            "- Is atezolizumab approved for my situation? If not, why is it being suggested?\n"
            "- Is it being offered as part of a clinical trial (a research study)?\n"
            "- Which treatments are approved for my type of breast cancer?\n"
            "- Which side effects should I report right away, and who do I call after hours?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=6fa682c9-a312-4932-9831-f286908660ee",
        "fda_label_date": "2024-07-09",
        "label_confirmed": True,
        "breast_cancer_use_withdrawn_on": "2021-08-27",
        "references": [
            {
                "title": "Label: TECENTRIQ- atezolizumab injection, solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=6fa682c9-a312-4932-9831-f286908660ee",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Withdrawn | Cancer Accelerated Approvals (archived FDA page)",
                "authors": "U.S. Food and Drug Administration",
                "source": "FDA.gov (FDA web archive)",
                "year": 2021,
                "url": (
                    "https://public4.pagefreezer.com:443/content/FDA/02-11-2021T10:11/"
                    "https://www.fda.gov/drugs/resources-information-approved-drugs/withdrawn-cancer-accelerated-approvals"
                ),
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
]
