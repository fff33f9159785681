"""Spanish sample glossary terms: translations of ``articles/demo/glossary_more.py`` (issue 22's data format).

Each entry has the keys of the English entry; ``"slug"`` is the English slug of the term it translates. The
English sources are kept (the FDA labels are in English); a Spanish source is added only where it was confirmed to
exist (the NCI Dictionary of Cancer Terms in Spanish). ``"translator_note"`` is a short note for the reviewer.
"""

GLOSSARY_MORE_ES = [
    {
        "slug": "her2-ultralow",
        "term": "HER2 ultrabajo",
        "aliases": ["HER2-ultrabajo", "HER2 ultra bajo", "HER2 ultrabaja", "her 2 ultrabajo", "HER2 ultralow"],
        "definition": "Resultado de laboratorio de células cancerosas que tienen solo un poquito de la proteína HER2, "
        "aún menos que HER2 bajo. El cáncer se sigue considerando HER2 negativo [1]. La etiqueta de un "
        "medicamento en los Estados Unidos nombra HER2 ultrabajo: trastuzumab deruxtecán. Es para el "
        "cáncer con receptores hormonales positivos que creció después de la terapia hormonal [2].",
        "references": [
            {
                "title": "HER2 Status",
                "authors": "Breastcancer.org",
                "source": "Breastcancer.org",
                "year": None,
                "url": "https://www.breastcancer.org/pathology-report/her2-status",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
            {
                "title": "FDA approves fam-trastuzumab deruxtecan-nxki for unresectable or metastatic "
                "HR-positive, HER2-low or HER2-ultralow breast cancer",
                "authors": "U.S. Food and Drug Administration",
                "source": "FDA.gov",
                "year": 2025,
                "url": "https://fda.gov/drugs/resources-information-approved-drugs/fda-approves-fam-trastuzumab-deruxtecan-nxki-unresectable-or-metastatic-hr-positive-her2-low-or-her2",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
        ],
        "translator_note": "«HER2 ultrabajo» sigue el uso de «HER2 bajo»; no se confirmó un término del NCI en "
        "español.",
    },
    {
        "slug": "her2-zero",
        "term": "HER2 cero",
        "aliases": ["HER2-cero", "HER2 0", "HER2 nulo", "her 2 cero", "HER2 zero"],
        "definition": "Resultado de laboratorio HER2 negativo. Las células del cáncer no tienen ni siquiera las pocas "
        "cantidades de HER2 que los informes llaman HER2 bajo o HER2 ultrabajo [1]. Pregunte a su equipo "
        "de atención médica qué significa su resultado.",
        "references": [
            {
                "title": "HER2 Status",
                "authors": "Breastcancer.org",
                "source": "Breastcancer.org",
                "year": None,
                "url": "https://www.breastcancer.org/pathology-report/her2-status",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            }
        ],
    },
    {
        "slug": "hormone-receptor-negative",
        "term": "Negativo para receptores hormonales",
        "aliases": [
            "negativa para receptores hormonales",
            "receptores hormonales negativos",
            "RH negativo",
            "RE negativo",
            "RP negativo",
            "negativo para receptores de estrógeno",
            "negativo para receptores de progesterona",
            "negativo para receptores ormonales",
        ],
        "definition": "Se dice que el cáncer de mama es negativo para receptores hormonales cuando sus células no "
        "tienen receptores de estrógeno ni de progesterona. Estas hormonas ayudan a que algunos cánceres "
        "crezcan [1][2]. La terapia hormonal no ayuda en estos cánceres, por eso se usan otros tipos de "
        "tratamiento [1]. Si el cáncer también es HER2 negativo, se llama triple negativo.",
        "references": [
            {
                "title": "Breast Cancer Hormone Receptor Status",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/types/breast-cancer/understanding-a-breast-cancer-diagnosis/breast-cancer-hormone-receptor-status.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
            {
                "title": "negativa para receptores hormonales (Diccionario de cáncer del NCI)",
                "authors": "Instituto Nacional del Cáncer",
                "source": "Cancer.gov en español",
                "year": None,
                "url": "https://www.cancer.gov/espanol/publicaciones/diccionarios/diccionario-cancer/def/negativa-para-receptores-hormonales",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
        ],
        "translator_note": "Se añadió la definición del Diccionario de cáncer del NCI en español como segunda fuente.",
    },
    {
        "slug": "esr1-mutation",
        "term": "Mutación en ESR1",
        "aliases": ["ESR1", "gen ESR1", "mutación de ESR1", "mutación ESR1", "con mutación en ESR1", "ERS1"],
        "definition": "Cambio en ESR1, el gen del receptor de estrógeno. Algunos cánceres de mama con receptores "
        "hormonales positivos tienen este cambio. El medicamento elacestrant es para cánceres avanzados "
        "que lo tienen y que crecieron después de la terapia hormonal [1]. Su etiqueta en los Estados "
        "Unidos pide un análisis de sangre para encontrar el cambio [1].",
        "references": [
            {
                "title": "ORSERDU (elacestrant) tablets: US prescribing information (structured product label)",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aa66ae5c-2bd2-4444-8178-b55651e054ef",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            }
        ],
    },
    {
        "slug": "brca-mutation",
        "term": "Mutación heredada en BRCA (BRCA germinal)",
        "aliases": [
            "BRCA",
            "BRCA1",
            "BRCA2",
            "mutación en BRCA",
            "mutación de BRCA",
            "gen BRCA",
            "BRCA germinal",
            "mutación germinal en BRCA",
            "gBRCA",
            "BRAC",
        ],
        "definition": "Cambio dañino en el gen BRCA1 o BRCA2 con el que una persona nace (germinal o heredado). Una "
        "prueba genética lo encuentra [1]. Algunos medicamentos, como el talazoparib, son para personas "
        "con uno de estos cambios y cáncer de mama HER2 negativo que se diseminó [1]. Se llaman "
        "inhibidores de PARP.",
        "references": [
            {
                "title": "TALZENNA (talazoparib) capsules, for oral use: prescribing information (DailyMed "
                "label set id c6fd147f-a77e-4a0b-9280-e82ecc41b4be, revised 3/2024)",
                "authors": "Pfizer Laboratories Div Pfizer Inc",
                "source": "FDA.report (copy of the DailyMed label)",
                "year": 2024,
                "url": "https://fda.report/DailyMed/c6fd147f-a77e-4a0b-9280-e82ecc41b4be",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            }
        ],
    },
    {
        "slug": "pd-l1",
        "term": "PD-L1",
        "aliases": ["PD-L1 positivo", "PDL1", "PD L1", "prueba de PD-L1", "PDL-1", "ligando 1 de muerte programada"],
        "definition": "Proteína que hay en algunas células cancerosas y que funciona como un freno del sistema "
        "inmunitario, para que las células inmunitarias no ataquen el cáncer [1]. Los medicamentos "
        "llamados inhibidores de puntos de control inmunitario quitan ese freno [1]. Para el cáncer de "
        "mama triple negativo que volvió o se diseminó, la etiqueta de pembrolizumab en los Estados "
        "Unidos pide una prueba que muestre que el cáncer tiene PD-L1 [2].",
        "references": [
            {
                "title": "Immune Checkpoint Inhibitors",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
            {
                "title": "Label: KEYTRUDA- pembrolizumab injection, powder, lyophilized, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2026,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=9333c79b-d487-4538-a9f0-71b91a02b287",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
        ],
    },
    {
        "slug": "cdk4-6-inhibitor",
        "term": "Inhibidor de CDK4/6",
        "aliases": [
            "inhibidores de CDK4/6",
            "inhibidor de CDK 4/6",
            "inhibidor CDK4/6",
            "inhibidor de CDK4 6",
            "inhibidor de cinasas dependientes de ciclinas",
            "inhibidor de quinasas dependientes de ciclinas",
        ],
        "definition": "Tipo de pastilla de terapia dirigida que bloquea dos proteínas, CDK4 y CDK6. Las células las "
        "usan para dividirse, por eso bloquearlas puede hacer más lento el crecimiento de las células "
        "cancerosas [1][2]. Palbociclib, ribociclib y abemaciclib son inhibidores de CDK4/6 [2]. Casi "
        "siempre se toman con terapia hormonal. Son para el cáncer de mama avanzado con receptores "
        "hormonales positivos y HER2 negativo [1][2].",
        "references": [
            {
                "title": "Label: KISQALI- ribociclib tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aaeaef94-f3f5-4367-8ea2-b181d7be2da8",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
            {
                "title": "Targeted Drug Therapy for Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/breast-cancer/treatment/targeted-therapy-for-breast-cancer.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
        ],
    },
    {
        "slug": "antibody-drug-conjugate",
        "term": "Conjugado anticuerpo-fármaco (ADC)",
        "aliases": [
            "conjugados anticuerpo-fármaco",
            "conjugado de anticuerpo y fármaco",
            "conjugado anticuerpo fármaco",
            "ADC",
            "ADCs",
            "conjugado anticuerpo-medicamento",
        ],
        "definition": "Medicamento que une un anticuerpo a un fármaco de quimio. El anticuerpo encuentra una proteína "
        "en las células del cáncer, como HER2 o Trop-2. Luego lleva la quimio directo a esas células "
        "[1][2]. Trastuzumab deruxtecán y sacituzumab govitecán son dos de ellos [1][2].",
        "references": [
            {
                "title": "Targeted Drug Therapy for Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/breast-cancer/treatment/targeted-therapy-for-breast-cancer.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
            {
                "title": "Label: TRODELVY- sacituzumab govitecan powder, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=57a597d2-03f0-472e-b148-016d7169169d",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
        ],
    },
    {
        "slug": "ovarian-suppression",
        "term": "Supresión ovárica",
        "aliases": [
            "supresión de la función ovárica",
            "SFO",
            "ablación ovárica",
            "suprimir los ovarios",
            "supresion ovarica",
            "supresión de los ovarios",
        ],
        "definition": "Tratamiento que impide que los ovarios produzcan estrógeno, para mujeres que no han pasado por "
        "la menopausia [1]. Se puede hacer con medicamentos como la goserelina (Zoladex) o la leuprolida "
        "(Lupron), que solo actúan mientras se administran [1][2]. La cirugía para extirpar los ovarios, "
        "o la radiación, los detiene para siempre (ablación ovárica) [1].",
        "references": [
            {
                "title": "Hormone Therapy for Breast Cancer",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://cancer.gov/cancertopics/types/breast/breast-hormone-therapy-fact-sheet",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
            {
                "title": "Label: ZOLADEX- goserelin implant",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2023,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=294b168b-6e5f-4db9-bf70-d599271458b3",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
        ],
    },
    {
        "slug": "biomarker",
        "term": "Biomarcador",
        "aliases": [
            "biomarcadores",
            "prueba de biomarcadores",
            "marcador tumoral",
            "marcadores tumorales",
            "prueba complementaria de diagnóstico",
            "biomarcardor",
            "bio marcador",
        ],
        "definition": "Gen, proteína u otra sustancia que una prueba de laboratorio puede buscar para saber más sobre "
        "el cáncer de una persona [1][2]. Las pruebas de biomarcadores pueden mostrar si es probable que "
        "algunos tratamientos ayuden [1]. Los receptores hormonales y HER2 son biomarcadores, y también "
        "lo son los cambios en genes como ESR1, PIK3CA y BRCA.",
        "references": [
            {
                "title": "Biomarker Tests and Cancer Treatment",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://amp.cancer.org/cancer/diagnosis-staging/tests/biomarker-tests.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
            {
                "title": "prueba de biomarcadores (Diccionario de cáncer del NCI)",
                "authors": "Instituto Nacional del Cáncer",
                "source": "Cancer.gov en español",
                "year": None,
                "url": "https://www.cancer.gov/espanol/publicaciones/diccionarios/diccionario-cancer/def/prueba-de-biomarcadores",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
        ],
        "translator_note": "Se añadió la definición del Diccionario de cáncer del NCI en español como segunda fuente.",
    },
]
