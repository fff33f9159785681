"""More sample articles (issue 18): plain data, no logic, in the format of `articles.ARTICLES` (see __init__.py)."""

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

- New or worse pain in your back or neck [4]
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
]
