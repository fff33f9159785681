"""Spanish translation of the sample "get help now" panel: plain data, no logic (formats in __init__.py).

911 and the temperatures are exactly as in English, °F first; the [n] marks and sources are the English ones.
"""

URGENT_HELP_ES = {
    "slug": "get-help-now",
    "title": "Busque ayuda ahora",
    "summary": (
        "**La fiebre durante la quimioterapia es una emergencia.** Si su temperatura es de **100.4°F (38°C) o "
        "más**, llame enseguida a su equipo de atención del cáncer, de día o de noche, incluso en fin de semana "
        "[1]. La fiebre puede ser la única señal de una infección, y la quimioterapia hace que las infecciones "
        "sean más peligrosas [1]."
    ),
    "body": (
        "Llame al 911 o vaya a la sala de emergencias más cercana si tiene:\n\n"
        "- dificultad para respirar\n"
        "- dolor o presión en el pecho\n"
        "- desmayos, o confusión nueva\n"
        "- un sangrado que no para\n"
        "- hinchazón de la cara, los labios o la garganta\n\n"
        "Tenga a mano, donde lo pueda encontrar rápido, el número de teléfono de su equipo de atención médica "
        "para después del horario de oficina. Si tiene dudas sobre si algo es urgente, llámelos [2]."
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
