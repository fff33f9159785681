"""Newer targeted medicine summaries (issue 18): the same format as ``medicines.MEDICINES``, plus ``"biomarkers"``.

``biomarkers`` lists only markers the label's approved breast-cancer uses name ("esr1", "pik3ca_akt1_pten",
"gbrca", "pdl1"). Each entry was written from the current US FDA label its first reference links by DailyMed set
id. The set ids were read from the FDA's own records (openFDA's drug label and NDC records, which carry the
label's set id) or, for capivasertib, from copies of the DailyMed label that name it. Where no stored page showed
the date of the label's current version, ``fda_label_date`` is left empty rather than guessed. A medicine whose
current US label could not be confirmed is left out (imlunestrant: its label's set id could not be confirmed).
"""

_ACCESSED = "2026-12-05"

MEDICINES_NEW_TARGETED = [
    {
        "slug": "elacestrant",
        "generic_name": "elacestrant",
        "brand_names": ["Orserdu"],
        "drug_class": "hormone therapy (estrogen receptor antagonist)",
        "summary": "A hormone pill for some breast cancers that have a change in a gene called ESR1.",
        "how_it_works": (
            "Some breast cancers use the hormone estrogen to grow. "
            "It attaches to spots on cancer cells called receptors. "
            "Elacestrant blocks these spots [1]. "
            "It is used when the cancer has a change in a gene called ESR1 [1]. "
            "ESR1 is the gene that makes these spots."
        ),
        "who_it_is_for": (
            "The US label says elacestrant is for women who have been through menopause and for adult men [1]. "
            "The breast cancer must be estrogen receptor-positive and HER2-negative [1]. "
            "It must be advanced or have spread to other parts of the body (metastatic) [1]. "
            "The cancer must have a change in the ESR1 gene [1]. "
            "The change is found with a test approved by the FDA, done on a blood sample [1]. "
            "It is for cancer that has grown after at least one hormone treatment [1].\n\n"
            "The label may have changed since; ask your care team about newer uses. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "On its own, after at least one hormone treatment, for cancers with an ESR1 change",
        "hr_status": ["positive"],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": ["esr1"],
        "routes": ["oral"],
        "schedule": "Taken by mouth at home once a day, with food, at about the same time each day.",
        "common_side_effects": (
            "- Pain in muscles, joints, or bones\n"
            "- Nausea and vomiting\n"
            "- Higher cholesterol and blood fats in blood tests\n"
            "- Changes in liver blood tests\n"
            "- Feeling tired\n"
            "- Less appetite\n"
            "- Diarrhea or constipation\n"
            "- Headache\n"
            "- Belly pain or an upset stomach\n"
            "- Hot flashes"
        ),
        "serious_side_effects": (
            "- High cholesterol and high blood fats (triglycerides). "
            "Your care team checks your blood fats before you start and from time to time during treatment [1].\n"
            "- Liver disease. Tell your care team if you have liver problems. "
            "Elacestrant may need to be changed, or may not be right for you [1].\n"
            "- A possible pregnancy. Elacestrant can harm an unborn baby [1]. "
            "Women who could become pregnant, and men whose partner could, should use birth control during "
            "treatment and for 1 week after the last dose [1]."
        ),
        "questions_to_ask": (
            "- Has my cancer been tested for an ESR1 change, and was it a blood test?\n"
            "- Should I be tested again if my cancer grows?\n"
            "- How often will you check my cholesterol and blood fats?\n"
            "- Should I avoid grapefruit or any other foods, drinks, or medicines?\n"
            "- What should I do if I miss a dose or throw up after taking it?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aa66ae5c-2bd2-4444-8178-b55651e054ef",
        "fda_label_date": None,
        "label_confirmed": True,
        "references": [
            {
                "title": "ORSERDU (elacestrant) tablets: US prescribing information (structured product label)",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aa66ae5c-2bd2-4444-8178-b55651e054ef",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "capivasertib",
        "generic_name": "capivasertib",
        "brand_names": ["Truqap"],
        "drug_class": "AKT inhibitor (kinase inhibitor)",
        "summary": (
            "A targeted pill for cancers with a change in the PIK3CA, AKT1 or PTEN genes, taken together with "
            "fulvestrant."
        ),
        "how_it_works": (
            "Inside cells, a protein called AKT passes on signals that tell the cell to grow. "
            "In some breast cancers, a change (mutation) in the PIK3CA, AKT1 or PTEN genes keeps these signals "
            "switched on. "
            "This medicine blocks AKT, which can slow the growth of the cancer cells [1]. "
            "It is a kinase inhibitor, which means it blocks enzymes that switch growth signals on [1]."
        ),
        "who_it_is_for": (
            "The US label says capivasertib is for adults with breast cancer that is hormone receptor-positive and "
            "HER2-negative [1]. "
            "It must be advanced or have spread to other parts of the body (metastatic) [1]. "
            "The cancer must have one or more changes in the PIK3CA, AKT1 or PTEN genes [1]. "
            "These are found with a test approved by the FDA, done on a sample of the tumor [1]. "
            "It is given with fulvestrant [1]. It is for cancer that [1]:\n\n"
            "- has grown after at least one hormone-based treatment for the cancer that has spread, or\n"
            "- came back during hormone therapy after surgery, or within a year after it ended\n\n"
            "The label may have changed since; ask your care team about newer uses. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "With fulvestrant, after hormone-based treatment, for cancers with a PIK3CA, AKT1 or PTEN change"
        ),
        "hr_status": ["positive"],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": ["pik3ca_akt1_pten"],
        "routes": ["oral"],
        "schedule": (
            "Taken by mouth at home twice a day, with or without food, for four days in a row, then three days off. "
            "This pattern repeats each week."
        ),
        "common_side_effects": (
            "- Diarrhea\n"
            "- Rash or other skin reactions\n"
            "- Higher blood sugar in blood tests\n"
            "- Nausea and vomiting\n"
            "- Feeling tired\n"
            "- Mouth sores\n"
            "- Low blood cell counts\n"
            "- Higher blood fats and changes in kidney blood tests"
        ),
        "serious_side_effects": (
            "- Feeling very thirsty, passing urine more often, or feeling more hungry while losing weight. "
            "These can be signs of high blood sugar [1]. "
            "It can be severe. It can lead to ketoacidosis, a problem that needs care right away [1]. "
            "Your care team checks your blood sugar before you start and often during treatment [1].\n"
            "- Diarrhea, which is common and can be severe [1]. "
            "If it starts, take the medicine your care team advised, drink more fluids, and call them [1].\n"
            "- A rash, red or peeling skin, blisters, or sores in your mouth. "
            "These can be signs of a severe skin reaction [1].\n"
            "- A possible pregnancy. Capivasertib can harm an unborn baby [1]. "
            "Women who could become pregnant, and men whose partner could, need birth control during treatment "
            "and for a time after it [1]."
        ),
        "questions_to_ask": (
            "- Has my cancer been tested for PIK3CA, AKT1 and PTEN changes?\n"
            "- How will my blood sugar be checked, and how often?\n"
            "- Which medicine should I keep at home for diarrhea or rash?\n"
            "- How can I keep track of my days on and days off?\n"
            "- Could any of my other medicines change how this one works?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=d698c106-2322-401e-b738-cbd83c843ecf",
        "fda_label_date": None,
        "label_confirmed": True,
        "references": [
            {
                "title": "TRUQAP (capivasertib) tablets: US prescribing information (structured product label)",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=d698c106-2322-401e-b738-cbd83c843ecf",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "ado-trastuzumab-emtansine",
        "generic_name": "ado-trastuzumab emtansine",
        "brand_names": ["Kadcyla"],
        "drug_class": "HER2-directed antibody-drug conjugate",
        "summary": (
            "A medicine that joins the HER2 antibody trastuzumab to a chemotherapy drug, so the chemotherapy is "
            "carried to cancer cells that have HER2."
        ),
        "how_it_works": (
            "Ado-trastuzumab emtansine is an antibody-drug conjugate. It is sometimes called T-DM1. "
            "The antibody part is trastuzumab. It finds HER2, a protein on the surface of some breast cancer cells "
            "[1]. "
            "Once the medicine is inside the cell, it lets go of a chemotherapy drug called DM1. "
            "DM1 stops the cell from dividing, so the cell dies [1]. "
            "It is not the same medicine as trastuzumab, and one must never be given in place of the other [1]."
        ),
        "who_it_is_for": (
            "The US label lists two uses for HER2-positive breast cancer [1]:\n\n"
            "- Cancer that has spread to other parts of the body (metastatic), after treatment with trastuzumab "
            "and a taxane chemotherapy. These may have been given together or one after the other. "
            "The cancer must have been treated before, or have come back during or within six months after "
            "treatment given after surgery.\n"
            "- Early breast cancer, after surgery, when some cancer was still found after treatment with a taxane "
            "and trastuzumab before surgery.\n\n"
            "A lab test approved by the FDA is used to check that the cancer is HER2-positive [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "After trastuzumab and a taxane for cancer that has spread, or after surgery for early cancer that was "
            "not all gone"
        ),
        "hr_status": [],
        "her2_status": ["positive"],
        "biomarkers": [],
        "routes": ["iv"],
        "schedule": (
            "A drip (infusion) into a vein, given in a clinic every three weeks. "
            "The first drip takes longer, and you are watched closely for reactions after it [1]."
        ),
        "common_side_effects": (
            "- Feeling tired\n"
            "- Nausea (feeling sick to your stomach)\n"
            "- Pain in muscles, joints, or bones\n"
            "- Bleeding, such as nosebleeds\n"
            "- Low platelet counts, which can make bleeding or bruising more likely\n"
            "- Headache\n"
            "- Changes in liver blood tests\n"
            "- Constipation"
        ),
        "serious_side_effects": (
            "- Yellow skin or eyes, dark urine, pain in the upper right part of your belly, or feeling very tired. "
            "These can be signs of serious liver problems, which have led to liver failure and death [1]. "
            "Your care team checks your liver with blood tests before each dose [1].\n"
            "- Shortness of breath, swelling in your legs or ankles, a fast heartbeat, or sudden weight gain. "
            "These can be signs of heart problems [1]. Your heart is checked before and during treatment [1].\n"
            "- A possible pregnancy. Ado-trastuzumab emtansine can harm an unborn baby [1]. "
            "Use birth control during treatment and for 7 months after the last dose [1].\n"
            "- A new or worse cough, trouble breathing, or fever. "
            "These can be signs of a lung problem (pneumonitis) [1].\n"
            "- Flushing, chills, fever, trouble breathing, or a fast heartbeat during or soon after the drip. "
            "These can be signs of an infusion or allergic reaction [1].\n"
            "- Bleeding that will not stop, black stools, or throwing up blood. "
            "Bleeding can be serious and has caused deaths [1]. Tell your care team if you take a blood thinner "
            "[1].\n"
            "- Numbness, tingling, or weakness in your hands or feet. These can be signs of nerve damage [1].\n"
            "- Pain, redness, or swelling where the drip goes in [1]."
        ),
        "questions_to_ask": (
            "- What did my HER2 test show?\n"
            "- How will you check my liver and heart during treatment?\n"
            "- Which signs of bleeding mean I should call you the same day?\n"
            "- What kind of birth control should I or my partner use, and for how long?\n"
            "- The name sounds like trastuzumab. How will we make sure I get the right medicine?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=23f3c1f4-0fc8-4804-a9e3-04cf25dd302e",
        "fda_label_date": None,
        "label_confirmed": True,
        "references": [
            {
                "title": (
                    "KADCYLA (ado-trastuzumab emtansine) for injection: US prescribing information "
                    "(structured product label)"
                ),
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=23f3c1f4-0fc8-4804-a9e3-04cf25dd302e",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "inavolisib",
        "generic_name": "inavolisib",
        "brand_names": ["Itovebi"],
        "drug_class": "PI3K inhibitor (kinase inhibitor)",
        "summary": ("A targeted pill for cancers with a PIK3CA gene change, taken with palbociclib and fulvestrant."),
        "how_it_works": (
            "A gene called PIK3CA makes part of a protein that passes on growth signals inside cells. "
            "In some breast cancers this gene is changed (mutated), and the signals stay switched on. "
            "Inavolisib blocks this protein, which can slow the growth of the cancer cells [1]."
        ),
        "who_it_is_for": (
            "The US label says inavolisib is for adults with breast cancer that is hormone receptor-positive and "
            "HER2-negative [1]. "
            "It must be advanced or have spread to other parts of the body (metastatic) [1]. "
            "The cancer must have a change in the PIK3CA gene, found with a test approved by the FDA [1]. "
            "The label says the test is done on a blood sample [1]. "
            "It is for cancer that came back during or after hormone treatment given after surgery [1]. "
            "It is given with palbociclib and fulvestrant [1].\n\n"
            "The label may have changed since; ask your care team about newer uses. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": (
            "With palbociclib and fulvestrant, for a cancer with a PIK3CA change that came back during or after "
            "hormone treatment"
        ),
        "hr_status": ["positive"],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": ["pik3ca_akt1_pten"],
        "routes": ["oral"],
        "schedule": (
            "Taken by mouth at home once a day, with or without food, at about the same time each day. "
            "The two medicines taken with it each have their own schedule."
        ),
        "common_side_effects": (
            "- High blood sugar\n"
            "- Diarrhea\n"
            "- Mouth sores\n"
            "- Nausea and vomiting\n"
            "- Feeling tired\n"
            "- Low blood cell counts\n"
            "- Less appetite\n"
            "- Rash\n"
            "- Headache\n"
            "- Hair thinning or hair loss"
        ),
        "serious_side_effects": (
            "- Feeling very thirsty, passing urine more often, or feeling more hungry while losing weight. "
            "These can be signs of high blood sugar, which can be severe [1]. "
            "Your care team checks your blood sugar before you start and often during treatment [1]. "
            "You may be asked to check it at home [1].\n"
            "- Mouth sores or pain in your mouth that make it hard to eat or drink [1].\n"
            "- Diarrhea that is severe or does not stop, or feeling dizzy or very thirsty from losing fluids [1].\n"
            "- A possible pregnancy. Inavolisib can harm an unborn baby [1]."
        ),
        "questions_to_ask": (
            "- Has my cancer been tested for a PIK3CA change, and was it a blood test?\n"
            "- How will my blood sugar be checked, and will I need to check it at home?\n"
            "- What can I do to prevent or treat mouth sores?\n"
            "- Do I also need a medicine to stop my ovaries from making hormones?\n"
            "- How do I fit all three medicines into my day?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=5de59f5b-e5db-410f-b692-658686ef4107",
        "fda_label_date": None,
        "label_confirmed": True,
        "references": [
            {
                "title": "ITOVEBI (inavolisib) tablets: US prescribing information (structured product label)",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=5de59f5b-e5db-410f-b692-658686ef4107",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
]
