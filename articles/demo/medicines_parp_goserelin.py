"""Medicine summaries (issue 18): a PARP inhibitor for inherited BRCA changes, and the implant used for ovarian
suppression. Same format as ``medicines.MEDICINES``, plus ``"biomarkers"`` ("gbrca" is an inherited, germline BRCA
mutation). Written from the label page named in each entry's first reference; "who it is for" keeps strictly to
that label's breast-cancer use.

Labels used:

- olaparib (Lynparza tablets): DailyMed set id 741ff3e3-dc1a-45a6-84e5-2481b27131aa, as NCI's olaparib drug page
  links it; the uses as that page states them; the warnings (MDS/AML, pneumonitis, blood clots, harm to an
  unborn baby) from AstraZeneca's US prescribing information page. No revision date could be read, so none is
  recorded.

- talazoparib (Talzenna): DailyMed set id c6fd147f-a77e-4a0b-9280-e82ecc41b4be, label "Revised: 3/2024" as the
  FDA.report copy of the DailyMed label shows it (no day given, so no exact date is recorded); the breast-cancer
  indication also read on openFDA's label record for talazoparib (data last updated 2026-06-01).
- goserelin (Zoladex 3.6 implant): DailyMed set id 294b168b-6e5f-4db9-bf70-d599271458b3, "Updated March 24, 2023"
  on the stored DailyMed page. openFDA's goserelin label record (data last updated 2026-06-02) lists a later
  change to Warnings and Precautions (9/2025) that could not be read, so the summary says the label may have
  changed since.
"""

_ACCESSED = "2026-12-05"

MEDICINES_PARP_GOSERELIN = [
    {
        "slug": "olaparib",
        "generic_name": "olaparib",
        "brand_names": ["Lynparza"],
        "drug_class": "PARP inhibitor",
        "summary": (
            "A targeted pill for HER2-negative breast cancer in people born with a harmful change in a BRCA gene."
        ),
        "how_it_works": (
            "Cells use proteins called PARP to fix damage to their DNA. "
            "Olaparib blocks PARP [2]. "
            "Cancer cells with a harmful change in the BRCA1 or BRCA2 gene cannot use one of the main ways to fix "
            "their DNA, so they need PARP to survive [2]. "
            "When PARP is blocked, these cancer cells die [2]."
        ),
        "who_it_is_for": (
            "Olaparib is approved for breast cancer that is HER2-negative in adults born with a harmful change in "
            "the BRCA1 or BRCA2 gene (a germline change) [1][2]. "
            "A test finds this change before treatment [1].\n\n"
            "- For cancer that has spread (metastatic): after chemotherapy, given before or after surgery or after "
            "the cancer spread [2].\n"
            "- For high-risk early breast cancer: after surgery, in people who had chemotherapy before or after "
            "surgery [2].\n\n"
            "It is also used for some ovarian, pancreatic and prostate cancers [2]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "After chemotherapy, for HER2-negative advanced cancer with an inherited BRCA change",
        "hr_status": [],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": ["gbrca"],
        "routes": ["oral"],
        "schedule": "Tablets taken by mouth at home, twice a day.",
        "common_side_effects": (
            "- Nausea and vomiting\n"
            "- Feeling tired or weak\n"
            "- Low red blood cell counts (anemia)\n"
            "- Diarrhea\n"
            "- Less appetite\n"
            "- Headache\n"
            "- Changes in how food tastes\n"
            "- Cough or shortness of breath\n"
            "- Dizziness\n"
            "- Low white blood cell or platelet counts"
        ),
        "serious_side_effects": (
            "- Feeling very weak or tired, fever, weight loss, getting sick often, bruising or bleeding easily, "
            "shortness of breath, or blood in your urine or stool. "
            "These can be signs of a bone marrow problem or a serious blood cancer (MDS or AML), which has "
            "happened in people taking this medicine [3].\n"
            "- New or worse shortness of breath, cough, or fever. "
            "These can be signs of swelling in the lungs (pneumonitis), which can be serious [3].\n"
            "- Pain or swelling in an arm or leg, chest pain, or sudden shortness of breath. "
            "These can be signs of a blood clot in a vein or the lungs [3].\n"
            "- A possible pregnancy. This medicine can harm an unborn baby [3]. "
            "Ask your care team which birth control to use, and for how long after treatment."
        ),
        "questions_to_ask": (
            "- Have I had a test for inherited BRCA changes, and what did it show?\n"
            "- Should my family members think about genetic testing?\n"
            "- How often will I need blood tests?\n"
            "- Could any of my other medicines change how olaparib works?\n"
            "- What should I do if I miss a dose or throw up after taking it?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=741ff3e3-dc1a-45a6-84e5-2481b27131aa",
        "fda_label_date": None,
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: LYNPARZA- olaparib tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=741ff3e3-dc1a-45a6-84e5-2481b27131aa",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
            {
                "title": "Olaparib",
                "authors": "National Cancer Institute",
                "source": "National Cancer Institute",
                "year": 2025,
                "url": "https://www.cancer.gov/about-cancer/treatment/drugs/olaparib",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
            {
                "title": "LYNPARZA (olaparib) tablets: prescribing information",
                "authors": "AstraZeneca Pharmaceuticals LP",
                "source": "AstraZeneca Medical Information (US)",
                "url": "https://medicalinformation.astrazeneca-us.com/home/prescribing-information/lynparza-tablets-pi.html",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
        ],
    },
    {
        "slug": "talazoparib",
        "generic_name": "talazoparib",
        "brand_names": ["Talzenna"],
        "drug_class": "PARP inhibitor",
        "summary": (
            "A targeted pill for HER2-negative breast cancer in people born with a harmful change in a BRCA gene."
        ),
        "how_it_works": (
            "Cells use proteins called PARP to fix damage to their DNA. "
            "Talazoparib blocks PARP [1]. "
            "Cancer cells with a harmful change in the BRCA1 or BRCA2 gene are already poor at fixing their DNA. "
            "When PARP is blocked too, the damage builds up and the cancer cells can die [1]."
        ),
        "who_it_is_for": (
            "The US label says talazoparib is for adults with HER2-negative breast cancer [1]. "
            "The cancer has grown into nearby tissue or spread to other parts of the body [1]. "
            "The person must have a harmful change in a BRCA gene that they were born with (germline) [1]. "
            "A test approved by the FDA finds this change [1]. "
            "For breast cancer, it is taken on its own [1].\n\n"
            "It is also used with another medicine for a type of prostate cancer [1]. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "On its own, for HER2-negative advanced cancer with an inherited BRCA change",
        "hr_status": [],
        "her2_status": ["low", "ultralow", "zero"],
        "biomarkers": ["gbrca"],
        "routes": ["oral"],
        "schedule": "Capsules taken by mouth at home once a day, with or without food.",
        "common_side_effects": (
            "- Feeling tired\n"
            "- Low red blood cell counts (anemia)\n"
            "- Nausea and vomiting\n"
            "- Low white blood cell counts, which can make infections more likely\n"
            "- Low platelet counts, which can make bleeding or bruising more likely\n"
            "- Headache\n"
            "- Hair loss\n"
            "- Diarrhea\n"
            "- Less appetite"
        ),
        "serious_side_effects": (
            "- Feeling very weak or tired, fever, weight loss, getting sick often, bruising or bleeding easily, "
            "shortness of breath, or blood in your urine or stool. "
            "These can be signs of a bone marrow problem or a blood cancer (MDS or AML) [1]. "
            "These blood cancers have happened with this medicine, and some have caused death [1].\n"
            "- Pale skin, shortness of breath, or feeling dizzy or very tired. "
            "This medicine often lowers red blood cells. It can also lower white cells and platelets [1]. "
            "Your care team checks your blood counts before you start and each month [1].\n"
            "- Fever, chills, or other signs of infection, or bleeding that will not stop [1].\n"
            "- A possible pregnancy. This medicine can harm an unborn baby [1]. "
            "Ask your care team which birth control to use, and for how long after treatment."
        ),
        "questions_to_ask": (
            "- Have I had a test for inherited BRCA changes, and what did it show?\n"
            "- Should my family members think about genetic testing?\n"
            "- How often will I need blood tests?\n"
            "- Could any of my other medicines change how talazoparib works?\n"
            "- What should I do if I miss a dose or throw up after taking it?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=c6fd147f-a77e-4a0b-9280-e82ecc41b4be",
        "fda_label_date": None,
        "label_confirmed": True,
        "references": [
            {
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
            },
        ],
    },
    {
        "slug": "goserelin",
        "generic_name": "goserelin",
        "brand_names": ["Zoladex"],
        "drug_class": "hormone therapy (LHRH agonist)",
        "summary": (
            "A small implant placed under the skin that stops the ovaries from making estrogen (ovarian suppression)."
        ),
        "how_it_works": (
            "A gland in the brain sends signals that tell the ovaries to make estrogen. "
            "Goserelin is a man-made form of the hormone that starts these signals [1]. "
            "When it is given all the time, the signals stop instead. "
            "Then the ovaries make much less estrogen [1][2]. "
            "This is called ovarian suppression [2]. "
            "Some breast cancers use estrogen to grow, so less of it can slow them down."
        ),
        "who_it_is_for": (
            "The US label says goserelin is used to treat advanced breast cancer [1]. "
            "It is for women who have not been through menopause, or who are going through it [1]. "
            "Its aim is to control the cancer and ease how it makes you feel [1].\n\n"
            "It is also used for prostate cancer and for some problems of the womb [1]. "
            "The labels of some other breast cancer pills say that women who have not been through menopause "
            "also get a shot like goserelin with them [3]. "
            "The label may have changed since; ask your care team about newer facts. "
            "Your care team decides if it fits your situation."
        ),
        "line_of_treatment": "Hormone treatment for advanced breast cancer before or around menopause",
        "hr_status": [],
        "her2_status": [],
        "biomarkers": [],
        "routes": ["subcutaneous"],
        "schedule": ("A small implant put under the skin of your belly with a needle, in a clinic, every 28 days."),
        "common_side_effects": (
            "- Hot flashes and sweating\n"
            "- Headache\n"
            "- Vaginal dryness\n"
            "- Less interest in sex\n"
            "- Mood changes\n"
            "- Pain, bruising, or redness where the implant went in"
        ),
        "serious_side_effects": (
            "- New or worse bone pain, back pain, numbness or weakness in your legs, or trouble passing urine in "
            "the first weeks. "
            "Signs of the cancer can get worse for a short time when you start (tumor flare) [1]. "
            "This can include pressure on the spinal cord or blocked tubes that drain the kidneys [1].\n"
            "- Belly pain, swelling, or feeling faint after the implant is put in. "
            "These can be signs of bleeding from an injury where the implant went in [1]. "
            "Tell your care team first if you take a blood thinner.\n"
            "- Feeling very thirsty, confused, or very tired, or being constipated. "
            "These can be signs of high calcium in the blood, which has happened in people whose cancer has "
            "spread to the bones [1].\n"
            "- Hives, swelling of your face or throat, or trouble breathing. "
            "These can be signs of a serious allergic reaction [1].\n"
            "- A possible pregnancy. Do not get pregnant while you get this medicine [1]. "
            "Ask your care team which kind of birth control is right for you."
        ),
        "questions_to_ask": (
            "- Why do I need my ovaries to stop making estrogen?\n"
            "- Which other hormone medicine will I take with goserelin?\n"
            "- What can help with hot flashes and vaginal dryness?\n"
            "- Will my periods stop, and will they come back if I stop goserelin?\n"
            "- Should I have a bone density scan?"
        ),
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=294b168b-6e5f-4db9-bf70-d599271458b3",
        "fda_label_date": "2023-03-24",
        "label_confirmed": True,
        "references": [
            {
                "title": "Label: ZOLADEX- goserelin implant",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2023,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=294b168b-6e5f-4db9-bf70-d599271458b3",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
            {
                "title": "Hormone Therapy for Breast Cancer",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://cancer.gov/cancertopics/types/breast/breast-hormone-therapy-fact-sheet",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED,
            },
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
]
