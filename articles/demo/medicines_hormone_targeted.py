"""Medicine summaries for hormone receptor-positive breast cancer: hormone therapies and the targeted pills given
with them.

Same format as ``medicines.MEDICINES``, plus ``"biomarkers"``: the tests the label's approved breast-cancer uses
depend on (``"esr1"``, ``"pik3ca_akt1_pten"``, ``"gbrca"``, ``"pdl1"``), empty when none. Written from the current
US FDA label on DailyMed; a medicine whose label could not be confirmed there is left out.
"""

_ACCESSED = "2026-12-04"

MEDICINES_HORMONE_TARGETED = [
    {
        "slug": "ribociclib",
        "generic_name": "ribociclib",
        "brand_names": ["Kisqali"],
        "drug_class": "CDK4/6 inhibitor",
        "summary": "A targeted pill that helps stop cancer cells from dividing, taken together with hormone therapy.",
        "how_it_works": (
            "Cells use proteins called CDK4 and CDK6 to move through the steps of dividing. "
            "Ribociclib blocks these proteins, which can slow or stop the growth of cancer cells [1]. "
            "It is taken together with a hormone therapy: an aromatase inhibitor or fulvestrant [1]."
        ),
        "who_it_is_for": (
            "The US label says ribociclib is for adults with breast cancer that is hormone receptor-positive and "
            "HER2-negative, and that is advanced or has spread to other parts of the body (metastatic) [1]. "
            "It is given with one of these [1]:\n\n"
            "- an aromatase inhibitor, as the first hormone-based treatment\n"
            "- fulvestrant, as the first hormone-based treatment, or after the cancer has grown during hormone "
            "therapy\n\n"
            "Women who have not been through menopause, and men, also get a medicine that lowers the body's "
            "hormone levels (an LHRH agonist) [1].\n\n"
            "It is also used with an aromatase inhibitor for some early breast cancers that have a high chance of "
            "coming back [1]. Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "First hormone-based treatment with an aromatase inhibitor or fulvestrant, or later with fulvestrant"
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
            "- Nausea and vomiting\n"
            "- Feeling tired\n"
            "- Diarrhea or constipation\n"
            "- Headache\n"
            "- Hair thinning or hair loss\n"
            "- Cough\n"
            "- Rash\n"
            "- Back pain\n"
            "- Changes in liver blood tests"
        ),
        "serious_side_effects": (
            "- New or worse cough, chest pain, or shortness of breath. "
            "These can be signs of swelling in the lungs (pneumonitis) [1].\n"
            "- A rash that spreads, blisters, or peels, or sores in your mouth, with or without a fever. "
            "These can be signs of a severe skin reaction [1].\n"
            "- A fast or uneven heartbeat, feeling dizzy, or fainting. "
            "Ribociclib can change the heart's rhythm, so your care team checks it with a heart test (ECG) [1]. "
            "It is not used with tamoxifen, because together they make these rhythm changes more likely [1].\n"
            "- Yellow skin or eyes, dark urine, pain in the upper right part of your belly, or feeling very tired. "
            "These can be signs of liver problems [1].\n"
            "- Fever, chills, or other signs of infection. Ribociclib often lowers the white blood cells that fight "
            "infection [1].\n"
            "- A possible pregnancy. Ribociclib can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Which hormone therapy will I take with ribociclib?\n"
            "- Do I also need a medicine to stop my ovaries from making hormones?\n"
            "- How often will I need blood tests and heart tests?\n"
            "- Should I avoid grapefruit or any other foods, drinks, or medicines?\n"
            "- What should I do if I miss a dose or throw up after taking it?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aaeaef94-f3f5-4367-8ea2-b181d7be2da8",
        "fda_label_date": "2024-09-17",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: KISQALI- ribociclib tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aaeaef94-f3f5-4367-8ea2-b181d7be2da8",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "abemaciclib",
        "generic_name": "abemaciclib",
        "brand_names": ["Verzenio"],
        "drug_class": "CDK4/6 inhibitor",
        "summary": (
            "A targeted pill that helps stop cancer cells from dividing, taken with hormone therapy or on its own."
        ),
        "how_it_works": (
            "Cells use proteins called CDK4 and CDK6 to move through the steps of dividing. "
            "Abemaciclib blocks these proteins, which can slow or stop the growth of cancer cells [1]. "
            "It is usually taken together with a hormone therapy [1]."
        ),
        "who_it_is_for": (
            "The US label lists three uses for adults with breast cancer that is hormone receptor-positive and "
            "HER2-negative, and that is advanced or has spread to other parts of the body (metastatic) [1]:\n\n"
            "- with an aromatase inhibitor, as the first hormone-based treatment\n"
            "- with fulvestrant, after the cancer has grown during hormone therapy\n"
            "- on its own, after the cancer has grown during hormone therapy and after chemotherapy for the cancer "
            "that has spread\n\n"
            "It is also used with hormone therapy for some early breast cancers that have a high chance of coming "
            "back [1]. Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "First hormone-based treatment with an aromatase inhibitor, later with fulvestrant, or on its own after "
            "chemotherapy"
        ),
        "hr_status": ["positive"],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": [],
        "routes": ["oral"],
        "schedule": "Taken by mouth at home twice a day, every day, for as long as your care team advises.",
        "common_side_effects": (
            "- Diarrhea\n"
            "- Low white blood cell counts, which can make infections more likely\n"
            "- Nausea and vomiting\n"
            "- Belly pain\n"
            "- Infections\n"
            "- Feeling tired\n"
            "- Low red blood cell counts (anemia)\n"
            "- Less appetite\n"
            "- Headache\n"
            "- Hair thinning or hair loss\n"
            "- Low platelet counts, which can make bleeding or bruising more likely"
        ),
        "serious_side_effects": (
            "- Diarrhea, which can be severe and can make you lose too much fluid [1]. "
            "At the first loose stool, start the diarrhea medicine your care team gave you, drink more fluids, and "
            "call them [1].\n"
            "- Fever, chills, or other signs of infection. Abemaciclib can lower the white blood cells that fight "
            "infection [1].\n"
            "- New or worse cough, chest pain, or shortness of breath. "
            "These can be signs of swelling in the lungs (pneumonitis) [1].\n"
            "- Yellow skin or eyes, dark urine, pain in the upper right part of your belly, or feeling very tired. "
            "These can be signs of liver problems [1].\n"
            "- Swelling, pain, or warmth in one leg, sudden chest pain, or shortness of breath. "
            "These can be signs of a blood clot [1].\n"
            "- A possible pregnancy. Abemaciclib can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Will I take abemaciclib with a hormone therapy, or on its own?\n"
            "- Which medicine should I keep at home for diarrhea, and when should I call you?\n"
            "- How often will I need blood tests?\n"
            "- Should I avoid grapefruit or any other foods, drinks, or medicines?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=be4bc0de-0fdc-4d46-8d25-be43c79e6a06",
        "fda_label_date": "2024-01-03",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: VERZENIO- abemaciclib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=be4bc0de-0fdc-4d46-8d25-be43c79e6a06",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "fulvestrant",
        "generic_name": "fulvestrant",
        "brand_names": ["Faslodex"],
        "drug_class": "hormone therapy (estrogen receptor antagonist)",
        "summary": "A hormone therapy shot that blocks estrogen from helping some breast cancers grow.",
        "how_it_works": (
            "Some breast cancers use the hormone estrogen to grow. "
            "Estrogen attaches to spots on cancer cells called estrogen receptors. "
            "Fulvestrant attaches to these spots and blocks them [1]. "
            "It also lowers the number of these spots in the cancer cells [1]."
        ),
        "who_it_is_for": (
            "The US label says fulvestrant is for breast cancer that is hormone receptor-positive and advanced [1]. "
            "On its own, it is for women who have been through menopause [1]:\n\n"
            "- as the first hormone treatment, when the cancer is also HER2-negative\n"
            "- after the cancer has grown during other hormone therapy\n\n"
            "It is also given with a CDK4/6 inhibitor pill when the cancer is HER2-negative and advanced or has "
            "spread to other parts of the body (metastatic) [1]:\n\n"
            "- with ribociclib, for women after menopause. It can be the first hormone-based treatment, or come after "
            "the cancer has grown during hormone therapy.\n"
            "- with palbociclib or abemaciclib, for women whose cancer has grown after hormone therapy\n\n"
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "First or later hormone treatment, on its own or with a CDK4/6 inhibitor",
        "hr_status": ["positive"],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["intramuscular"],
        "schedule": (
            "Two injections into the muscles of the buttocks, given in a clinic. "
            "The first three visits are two weeks apart, then the injections are given once a month."
        ),
        "common_side_effects": (
            "- Pain where the shot was given\n"
            "- Nausea or vomiting\n"
            "- Bone, joint, or muscle pain\n"
            "- Back pain, or pain in your arms or legs\n"
            "- Headache\n"
            "- Feeling tired or weak\n"
            "- Hot flashes\n"
            "- Less appetite\n"
            "- Cough or shortness of breath\n"
            "- Constipation\n"
            "- Changes in liver blood tests"
        ),
        "serious_side_effects": (
            "- Unusual bleeding or bruising. Fulvestrant is a shot into a muscle [1]. "
            "Tell your care team first if you bleed easily, have low platelets, or take a blood thinner [1].\n"
            "- Pain, numbness, tingling, or weakness that spreads down a leg after the shot. "
            "Shots in the buttock can irritate a nearby nerve (the sciatic nerve) [1].\n"
            "- Swelling of your face, lips, or throat, hives, or trouble breathing. "
            "These can be signs of a serious allergic reaction [1].\n"
            "- Liver disease. Tell your care team if you have liver problems, because your body may clear "
            "fulvestrant more slowly [1].\n"
            "- A possible pregnancy. Fulvestrant can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Will I get fulvestrant on its own, or with another medicine?\n"
            "- If I have not been through menopause, do I need a medicine to stop my ovaries from making hormones?\n"
            "- Where will I get the shots, and how long does each visit take?\n"
            "- What can help with pain where the shot was given?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=57352662-d2fa-4dce-828f-4c51e46e0b4d",
        "fda_label_date": "2025-02-06",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: FULVESTRANT injection",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=57352662-d2fa-4dce-828f-4c51e46e0b4d",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "alpelisib",
        "generic_name": "alpelisib",
        "brand_names": ["Piqray"],
        "drug_class": "PI3K inhibitor (kinase inhibitor)",
        "summary": "A targeted pill for cancers with a PIK3CA gene change, taken together with fulvestrant.",
        "how_it_works": (
            "A gene called PIK3CA makes part of a protein that passes on growth signals inside cells. "
            "In some breast cancers this gene is changed (mutated), and the signals stay switched on. "
            "Alpelisib blocks this protein, which can slow the growth of the cancer cells [1]."
        ),
        "who_it_is_for": (
            "The US label says alpelisib is for adults with breast cancer that is hormone receptor-positive and "
            "HER2-negative, and that is advanced or has spread to other parts of the body (metastatic) [1]. "
            "The cancer must have a change (mutation) in a gene called PIK3CA, found with a test approved by the "
            "FDA [1]. "
            "It is given with fulvestrant, after the cancer has grown during or after hormone-based treatment [1].\n\n"
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "With fulvestrant, after hormone-based treatment, for cancers with a PIK3CA mutation",
        "hr_status": ["positive"],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": ["pik3ca_akt1_pten"],
        "routes": ["oral"],
        "schedule": "Taken by mouth at home once a day, with food.",
        "common_side_effects": (
            "- High blood sugar\n"
            "- Diarrhea\n"
            "- Rash\n"
            "- Nausea or vomiting\n"
            "- Feeling tired or weak\n"
            "- Less appetite and weight loss\n"
            "- Mouth sores\n"
            "- Hair thinning or hair loss\n"
            "- Changes in kidney and liver blood tests"
        ),
        "serious_side_effects": (
            "- Trouble breathing, swelling of your face or throat, flushing, rash, fever, or a fast heartbeat. "
            "These can be signs of a severe allergic reaction [1].\n"
            "- A severe rash or one that keeps getting worse, blisters or peeling skin, or sores on your lips, eyes, "
            "or mouth. These can be signs of a severe skin reaction [1].\n"
            "- Feeling very thirsty, passing urine more often, or feeling hungrier while losing weight. "
            "These can be signs of high blood sugar, which can be severe [1]. "
            "Your care team checks your blood sugar before and during treatment [1].\n"
            "- New or worse cough, chest pain, or shortness of breath. "
            "These can be signs of swelling in the lungs (pneumonitis) [1].\n"
            "- Diarrhea or belly pain. Diarrhea can be severe and can lead to loss of body fluids and kidney "
            "problems [1].\n"
            "- A possible pregnancy. Alpelisib can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Has my cancer been tested for a PIK3CA gene change, and was it a blood or tissue test?\n"
            "- How will my blood sugar be checked, and how often?\n"
            "- Should I change what I eat while I take alpelisib?\n"
            "- Which medicine should I keep at home for diarrhea or rash?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=b20b4e18-7a4b-4500-a08f-06c6dab0ee5b",
        "fda_label_date": None,
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: PIQRAY- alpelisib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=b20b4e18-7a4b-4500-a08f-06c6dab0ee5b",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "everolimus",
        "generic_name": "everolimus",
        "brand_names": ["Afinitor"],
        "drug_class": "mTOR inhibitor (kinase inhibitor)",
        "summary": (
            "A targeted pill taken with the hormone therapy exemestane, after some other hormone pills stop working."
        ),
        "how_it_works": (
            "Cells use a protein called mTOR to grow and divide. "
            "Everolimus blocks mTOR, which can slow the growth of cancer cells [1]. "
            "In breast cancer, this same pathway can help cancer cells resist hormone therapy [1]. "
            "That is why everolimus is given together with a hormone therapy, exemestane [1]."
        ),
        "who_it_is_for": (
            "The US label says everolimus is for women who have been through menopause and have advanced breast "
            "cancer that is hormone receptor-positive and HER2-negative [1]. "
            "It is given with exemestane, after treatment with letrozole or anastrozole has stopped working [1].\n\n"
            "It is also used for some other tumors that are not breast cancer [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "With exemestane, after letrozole or anastrozole",
        "hr_status": ["positive"],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": [],
        "routes": ["oral"],
        "schedule": (
            "Taken by mouth at home once a day, at the same time each day, always with food or always without."
        ),
        "common_side_effects": (
            "- Mouth sores\n"
            "- Infections\n"
            "- Rash\n"
            "- Feeling tired\n"
            "- Diarrhea\n"
            "- Less appetite\n"
            "- Higher blood sugar and cholesterol in blood tests"
        ),
        "serious_side_effects": (
            "- New or worse cough, shortness of breath, or chest pain. "
            "These can be signs of a lung problem (pneumonitis), which can be serious and can cause death [1].\n"
            "- Fever, chills, or other signs of infection. Infections can be serious and can cause death [1].\n"
            "- Passing less urine, or swelling in your legs or feet. "
            "These can be signs of kidney failure, which can cause death [1].\n"
            "- Swelling of your face, lips, tongue, or throat, or trouble breathing. "
            "These can be signs of a severe allergic reaction [1]. "
            "This is more likely if you also take a blood pressure medicine called an ACE inhibitor [1].\n"
            "- Mouth sores that make it hard to eat or drink. "
            "Your care team may suggest a special mouthwash from the first day [1].\n"
            "- Wounds that heal slowly. Tell your care team before any surgery [1].\n"
            "- Feeling very thirsty or passing urine often. Everolimus can raise blood sugar and blood fats [1].\n"
            "- Unusual tiredness, bleeding, or bruising. Everolimus can lower your blood cell counts [1].\n"
            "- Redness or a rash on skin that was treated with radiation, even in the past [1].\n"
            "- A possible pregnancy. Everolimus can harm an unborn baby [1].\n\n"
            "Do not get live vaccines while you take everolimus, and avoid close contact with people who just had "
            "one [1]."
        ),
        "questions_to_ask": (
            "- Which mouthwash should I use to help prevent mouth sores?\n"
            "- How often will I need blood tests for blood sugar, cholesterol, and kidney health?\n"
            "- Are my vaccines up to date, and which ones should I avoid?\n"
            "- Should I avoid grapefruit or any other foods, drinks, or medicines?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=01f7b5fb-be0d-4adf-acd2-6899018de966",
        "fda_label_date": "2024-01-04",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: EVEROLIMUS tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=01f7b5fb-be0d-4adf-acd2-6899018de966",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
]
