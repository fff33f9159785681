"""The sample urgent help panel for the demo content: plain data, no logic (formats in __init__.py)."""

URGENT_HELP = {
    "slug": "get-help-now",
    "title": "Get help now",
    "summary": (
        "**A fever during chemotherapy is an emergency.** If your temperature is **100.4°F (38°C) or "
        "higher**, call your cancer care team right away, day or night, even on a weekend [1]. A fever "
        "may be the only sign of an infection, and chemotherapy makes infections more dangerous [1]."
    ),
    "body": (
        "Call 911 or go to the nearest emergency room if you have:\n\n"
        "- trouble breathing\n"
        "- chest pain or pressure\n"
        "- fainting, or new confusion\n"
        "- bleeding that will not stop\n"
        "- swelling of your face, lips or throat\n\n"
        "Keep your care team's after-hours phone number where you can find it quickly. If you are not "
        "sure whether something is urgent, call them [2]."
    ),
    "references": [
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
            "title": "Infection and Neutropenia during Cancer Treatment",
            "authors": "National Cancer Institute",
            "source": "Cancer.gov",
            "year": None,
            "url": "https://www.cancer.gov/about-cancer/treatment/side-effects/infection",
            "doi": "",
            "pmid": "",
            "accessed": "2026-12-04",
        },
    ],
}
