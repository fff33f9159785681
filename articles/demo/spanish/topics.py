"""Spanish translations of the sample topics, in the English reading order: plain data, no logic."""

TOPICS_ES = [
    {
        "slug": "understanding-stage-four",
        "title": "Entender el cáncer de mama en estadio cuatro",
        "summary": "Qué significa que el cáncer de mama se haya extendido, y qué busca el tratamiento.",
    },
    {
        "slug": "surgery",
        "title": "Cirugía",
        "summary": "Cuándo puede ayudar una operación, y cuándo se usa para aliviar los síntomas.",
    },
    {
        "slug": "chemotherapy",
        "title": "Quimioterapia",
        "summary": "Medicamentos que destruyen las células que crecen rápido en todo el cuerpo.",
    },
    {
        "slug": "targeted-therapy",
        "title": "Terapia dirigida",
        "summary": "Medicamentos dirigidos a ciertas características de las células del cáncer, como HER2.",
    },
    {
        "slug": "hormone-therapy",
        "title": "Terapia hormonal",
        "summary": "Tratamiento para los cánceres que usan las hormonas estrógeno o progesterona para crecer.",
    },
    {
        "slug": "radiation-therapy",
        "title": "Radioterapia",
        "summary": "El uso de radiación para tratar una zona, a menudo para aliviar el dolor u otros síntomas.",
    },
    {
        "slug": "clinical-trials",
        "title": "Ensayos clínicos",
        "summary": "Estudios de investigación de tratamientos nuevos, y cómo preguntar si puede participar en uno.",
    },
    {
        "slug": "integrative-care",
        "title": "Atención integrativa",
        "summary": (
            "Terapias que se usan junto con el tratamiento médico para ayudar con los síntomas y el bienestar."
        ),
    },
    {
        "slug": "support-and-living-well",
        "title": "Apoyo y vivir bien",
        "summary": ("Ayuda para usted y su familia: apoyo emocional, ayuda práctica y cuidados paliativos."),
    },
]
