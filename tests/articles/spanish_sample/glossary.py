"""Test fixture: one Spanish glossary term (the English entry's keys, text fields only)."""

GLOSSARY_ES = [
    {
        "slug": "metastatic",
        "term": "Metastásico",
        "aliases": ["metastásica"],
        "definition": "Que se ha extendido desde donde empezó a otras partes del cuerpo [1].",
    },
]
