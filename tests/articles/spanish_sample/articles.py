"""Test fixture: a short Spanish translation of the start of one English sample article."""

ARTICLES_ES = [
    {
        "slug": "what-stage-four-breast-cancer-means",
        "title": "Qué significa el cáncer de mama en estadio cuatro (metastásico)",
        "summary": "- El cáncer de mama en estadio cuatro se ha extendido a otras partes del cuerpo [1].",
        "body": "## Qué significa «estadio cuatro»\n\nEl cáncer se ha extendido más allá de la mama [1].",
        "change_summary": "Primera traducción.",
        "one_version_behind": True,
        "translator_note": "Fixture for tests.",
    },
]
