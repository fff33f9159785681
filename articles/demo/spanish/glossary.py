"""Spanish translations of the 22 sample glossary terms: plain data, no logic (formats in __init__.py).

Each entry translates the English term of the same slug in ``glossary.GLOSSARY``. ``aliases`` hold what a
Spanish reader may type: synonyms, the words used in Spanish-language lab reports (often the English
abbreviations, such as ER, PR and HER2), and common misspellings. Accents need no misspelling of their own:
Spanish search ignores them (unaccent).
"""

GLOSSARY_ES = [
    {
        "slug": "metastatic",
        "term": "Metastásico",
        "aliases": [
            "metastásica",
            "metástasis",
            "metastático",
            "metastática",
            "hizo metástasis",
            "se extendió",
            "se diseminó",
            "se propagó",
            "metastacico",
        ],
        "definition": (
            "Describe un cáncer que se ha extendido desde donde empezó a otras partes del cuerpo. "
            "El cáncer de mama en estadio cuatro se ha extendido fuera de la mama y de los ganglios linfáticos "
            "cercanos, más a menudo a los huesos, el hígado o los pulmones [1]."
        ),
        "references": [
            {
                "title": "Treatment of stage IV (advanced) breast cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://cancer.org/cancer/breast-cancer/treatment/treatment-of-breast-cancer-by-Stage/treatment-of-Stage-iv-advanced-breast-cancer.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "stage-four",
        "term": "Estadio cuatro (estadio IV)",
        "aliases": [
            "estadio 4",
            "estadio IV",
            "etapa 4",
            "etapa IV",
            "etapa cuatro",
            "fase 4",
            "cáncer de mama en estadio cuatro",
            "cáncer de mama avanzado",
            "cáncer de mama metastásico",
            "cáncer de seno metastásico",
            "cáncer de seno avanzado",
            "CMM",
            "MBC",
            "estadío 4",
        ],
        "definition": (
            "El estadio del cáncer de mama en el que el cáncer se ha extendido (ha hecho metástasis) fuera de la "
            "mama y de los ganglios linfáticos cercanos a otras partes del cuerpo [1]. El tratamiento principal son "
            "medicamentos que llegan a todo el cuerpo [1]."
        ),
        "references": [
            {
                "title": "Treatment of stage IV (advanced) breast cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://cancer.org/cancer/breast-cancer/treatment/treatment-of-breast-cancer-by-Stage/treatment-of-Stage-iv-advanced-breast-cancer.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "hormone-receptor-status",
        "term": "Estado de los receptores hormonales (HR)",
        "aliases": [
            "estado de HR",
            "HR+",
            "HR-",
            "HR positivo",
            "HR negativo",
            "positivo para receptores hormonales",
            "negativo para receptores hormonales",
            "receptores de hormonas positivos",
            "receptores de hormonas negativos",
            "ER positivo",
            "PR positivo",
            "RE positivo",
            "RP positivo",
            "receptor de estrógeno",
            "receptor de progesterona",
            "receptores ormonales",
        ],
        "definition": (
            "Indica si las células del cáncer de mama tienen receptores para las hormonas estrógeno (ER) o "
            "progesterona (PR). Los cánceres que tienen uno de los dos, o ambos, se llaman positivos para "
            "receptores hormonales; los que no tienen ninguno se pueden llamar negativos para receptores "
            "hormonales [1]. Los médicos lo averiguan analizando una muestra del tumor [1]."
        ),
        "references": [
            {
                "title": "Hormone Therapy for Breast Cancer",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://cancer.gov/cancertopics/types/breast/breast-hormone-therapy-fact-sheet",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "her2",
        "term": "HER2",
        "aliases": [
            "HER2/neu",
            "HER-2",
            "her 2",
            "her dos",
            "receptor 2 del factor de crecimiento epidérmico humano",
            "c-erbB-2",
            "estado de HER2",
            "estatus HER2",
        ],
        "definition": (
            "Una proteína que favorece el crecimiento y que está en la parte de afuera de las células de la mama "
            "[1]. Su nombre completo es receptor 2 del factor de crecimiento epidérmico humano [2]. Se analiza una "
            "muestra del cáncer para saber cuánto HER2 tienen las células [1]."
        ),
        "references": [
            {
                "title": "Breast Cancer HER2 Status",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/breast-cancer/understanding-a-breast-cancer-diagnosis/breast-cancer-her2-status.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "c-erbB-2 positive (also called HER2 positive), NCI Dictionary of Cancer Terms",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://www.cancer.gov/publications/dictionaries/cancer-terms?CdrID=738000",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "her2-positive",
        "term": "HER2 positivo",
        "aliases": [
            "HER2+",
            "HER2-positivo",
            "HER2 positiva",
            "positivo para HER2",
            "her 2 positivo",
            "HER2 pos",
            "c-erbB-2 positivo",
        ],
        "definition": (
            "Describe células del cáncer que tienen demasiada cantidad de una proteína llamada HER2 en su "
            "superficie [1]. Los cánceres de mama HER2 positivos suelen crecer y extenderse más rápido, pero hay "
            "medicamentos dirigidos a HER2 [2]."
        ),
        "references": [
            {
                "title": "c-erbB-2 positive (also called HER2 positive), NCI Dictionary of Cancer Terms",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://www.cancer.gov/publications/dictionaries/cancer-terms?CdrID=738000",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Breast Cancer HER2 Status",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/breast-cancer/understanding-a-breast-cancer-diagnosis/breast-cancer-her2-status.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "her2-low",
        "term": "HER2 bajo",
        "aliases": [
            "HER2-bajo",
            "her 2 bajo",
            "HER2 low",
            "nivel bajo de HER2",
            "cáncer de mama HER2 bajo",
        ],
        "definition": (
            "Un término que usan algunos informes de laboratorio cuando las células del cáncer de mama tienen una "
            "pequeña cantidad de la proteína HER2, pero no la suficiente para llamarse HER2 positivo. Pregunte a su "
            "equipo de atención médica qué significa su propio resultado."
        ),
        "references": [],
    },
    {
        "slug": "triple-negative",
        "term": "Cáncer de mama triple negativo",
        "aliases": [
            "triple negativo",
            "triple-negativo",
            "cáncer de seno triple negativo",
            "CMTN",
            "TNBC",
            "ER negativo PR negativo HER2 negativo",
            "triple negatibo",
        ],
        "definition": (
            "Cáncer de mama cuyas células no tienen receptores de estrógeno, ni receptores de progesterona, ni HER2 "
            "de más [1]."
        ),
        "references": [
            {
                "title": "triple-negative breast cancer (NCI Dictionary of Genetics Terms)",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "https://www.cancer.gov/publications/dictionaries/genetics-dictionary/def/triple-negative-breast-cancer",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "chemotherapy",
        "term": "Quimioterapia",
        "aliases": [
            "quimio",
            "medicamentos de quimioterapia",
            "kimio",
            "quimeoterapia",
            "quimoterapia",
            "kimioterapia",
        ],
        "definition": (
            "Tratamiento con medicamentos que destruyen las células del cáncer. Se puede dar en una vena o por la "
            "boca, y los medicamentos viajan por la sangre para llegar a la mayoría de las partes del cuerpo [1]."
        ),
        "references": [
            {
                "title": "Chemotherapy for Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/breast-cancer/treatment/chemotherapy-for-breast-cancer.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "targeted-therapy",
        "term": "Terapia dirigida",
        "aliases": [
            "terapia con medicamentos dirigidos",
            "tratamiento dirigido",
            "medicamentos dirigidos",
            "terapia diana",
            "terapia blanco",
        ],
        "definition": (
            "Tratamiento con medicamentos dirigidos a proteínas de las células del cáncer que ayudan a esas células "
            "a crecer, extenderse y vivir más tiempo [1]. Los medicamentos dirigidos funcionan de una manera "
            "diferente a la quimioterapia y suelen tener efectos secundarios diferentes [1]."
        ),
        "references": [
            {
                "title": "Targeted Drug Therapy for Breast Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/breast-cancer/treatment/targeted-therapy-for-breast-cancer.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "hormone-therapy",
        "term": "Terapia hormonal",
        "aliases": [
            "tratamiento hormonal",
            "terapia endocrina",
            "hormonoterapia",
            "terapia antihormonal",
            "terapia ormonal",
        ],
        "definition": (
            "Tratamiento que detiene el crecimiento de las células del cáncer causado por las hormonas. Se usa para "
            "el cáncer de mama positivo para receptores hormonales [1]."
        ),
        "references": [
            {
                "title": "NCCN Guidelines for Patients: Stages I and II Breast Cancer, Version 1.2014 (Side effects of "
                "hormone therapy)",
                "authors": "National Comprehensive Cancer Network",
                "source": "NCCN.org",
                "year": 2014,
                "url": "http://www.nccn.org/patients/guidelines/stage_i_ii_breast/files/assets/basic-html/page66.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "aromatase-inhibitor",
        "term": "Inhibidor de la aromatasa",
        "aliases": [
            "inhibidores de la aromatasa",
            "inhibidor de aromatasa",
            "IA",
            "AI",
            "inibidor de la aromatasa",
        ],
        "definition": (
            "Un tipo de medicamento de terapia hormonal que baja la cantidad de estrógeno que produce el cuerpo. "
            "Se usa para el cáncer de mama sensible a las hormonas en mujeres después de la menopausia. Algunos "
            "ejemplos son el anastrozol, el letrozol y el exemestano [1]."
        ),
        "references": [
            {
                "title": "aromatase inhibitors (Glossary)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/glossary/glossary/a/aromatase_inhibitors.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "radiation-therapy",
        "term": "Radioterapia",
        "aliases": [
            "terapia de radiación",
            "radiación",
            "tratamiento con radiación",
            "rayos",
            "radio terapia",
        ],
        "definition": (
            "Tratamiento con rayos o partículas de alta energía que destruyen o dañan las células del cáncer [1]. "
            "Para el cáncer avanzado, se puede usar como tratamiento paliativo, para aliviar los síntomas en lugar "
            "de curar [1]."
        ),
        "references": [
            {
                "title": "radiation therapy (Glossary)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/r/radiation_therapy.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "palliative-care",
        "term": "Cuidados paliativos",
        "aliases": [
            "tratamiento paliativo",
            "atención paliativa",
            "cuidados de apoyo",
            "atención de apoyo",
            "cuidados para el bienestar",
            "control de síntomas",
            "paleativos",
        ],
        "definition": (
            "Cuidados que buscan mejorar la calidad de vida controlando los síntomas de una enfermedad grave y los "
            "efectos secundarios del tratamiento [1]. Pueden ayudar a cualquier persona con cáncer avanzado, reciba "
            "o no más tratamiento contra el cáncer, y no son lo mismo que los cuidados de hospicio [2]."
        ),
        "references": [
            {
                "title": "palliative care or treatment (Glossary)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/palliate.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Coping with Advanced and Metastatic Cancer",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/advance-directives.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "hospice",
        "term": "Cuidados de hospicio",
        "aliases": [
            "hospicio",
            "atención de hospicio",
            "cuidados al final de la vida",
            "hospice",
            "ospicio",
        ],
        "definition": (
            "Un tipo especial de cuidados que se centran en la comodidad y la calidad de vida de las personas en las "
            "últimas etapas de una enfermedad que no se puede curar, y de quienes las cuidan [1]. Un equipo de "
            "profesionales trabaja en conjunto para controlar los síntomas [1]."
        ),
        "references": [
            {
                "title": "What Is Hospice Care?",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/end-of-life-care/hospice-care/what-is-hospice-care.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "clinical-trial",
        "term": "Ensayo clínico",
        "aliases": [
            "ensayos clínicos",
            "estudio clínico",
            "estudio de investigación",
            "ensallo clínico",
        ],
        "definition": (
            "Un estudio de investigación que prueba nuevas formas de tratar o prevenir el cáncer, para saber si son "
            "seguras y eficaces, y si son mejores que el tratamiento estándar actual [1]."
        ),
        "references": [
            {
                "title": "Clinical Trials",
                "authors": "American Society of Clinical Oncology (ASCO)",
                "source": "Cancer.Net",
                "year": 2014,
                "url": "http://www.cancer.net/navigating-cancer-care/how-cancer-treated/clinical-trials",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "multidisciplinary-team",
        "term": "Equipo multidisciplinario",
        "aliases": [
            "equipo multidisciplinar",
            "equipo de atención del cáncer",
            "equipo de atención médica",
            "equipo de tratamiento",
            "MDT",
        ],
        "definition": (
            "Un grupo de distintos tipos de médicos que trabajan juntos para crear el plan de tratamiento completo "
            "de una persona, que puede combinar distintos tipos de tratamiento [1]."
        ),
        "references": [
            {
                "title": "Breast Cancer - Metastatic: Types of Treatment",
                "authors": "Cancer.Net Editorial Board",
                "source": "Cancer.Net",
                "year": 2022,
                "url": "https://www.cancer.net/cancer-types/breast-cancer-metastatic/types-treatment",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "oncologist",
        "term": "Oncólogo",
        "aliases": [
            "oncóloga",
            "oncólogos",
            "médico del cáncer",
            "doctor del cáncer",
            "oncólogo médico",
            "oncólogo radioterapeuta",
            "cirujano oncólogo",
            "oncologo",
            "ancologo",
        ],
        "definition": "Un médico con formación especial para diagnosticar y tratar el cáncer [1].",
        "references": [
            {
                "title": "Cancer Glossary: O (oncologist)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "http://www.cancer.org/cancer/cancerglossary/index.aspx?letter=O",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "integrative-medicine",
        "term": "Medicina integrativa",
        "aliases": [
            "medicina integral",
            "atención integrativa",
            "oncología integrativa",
            "medicina complementaria",
            "terapia complementaria",
        ],
        "definition": (
            "El uso combinado de los tratamientos médicos habituales y de ciertos métodos complementarios, la "
            "mayoría de las veces para aliviar los síntomas del cáncer y los efectos secundarios del tratamiento "
            "[1]. Los métodos complementarios se usan junto con el tratamiento habitual, no en su lugar [1]."
        ),
        "references": [
            {
                "title": "What Are Complementary and Integrative Methods?",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/managing-cancer/treatment-types/complementary-and-integrative-medicine/complementary-and-alternative-methods-and-cancer/what-are-complementary-and-integrative-methods.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "acupuncture",
        "term": "Acupuntura",
        "aliases": [
            "acupunturista",
            "terapia de acupuntura",
            "acopuntura",
            "accupuntura",
        ],
        "definition": (
            "Una práctica de la medicina tradicional china que aplica agujas, calor, presión u otros tratamientos "
            "en lugares de la piel llamados puntos de acupuntura [1]. En las personas con cáncer, por lo general se "
            "usa para aliviar el dolor y otros síntomas [1]."
        ),
        "references": [
            {
                "title": "Acupuncture (PDQ®): Patient Version",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "http://www.cancer.gov/cancertopics/pdq/cam/acupuncture/patient",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "mindfulness",
        "term": "Atención plena (mindfulness)",
        "aliases": [
            "mindfulness",
            "meditación de atención plena",
            "meditación",
            "conciencia plena",
            "MBSR",
            "reducción del estrés basada en la atención plena",
            "mindfullness",
        ],
        "definition": (
            "Mantener la atención en el momento presente sin juzgarlo [1]. A menudo se enseña como un tipo de "
            "meditación [1]."
        ),
        "references": [
            {
                "title": "Meditation and Mindfulness: What You Need To Know",
                "authors": "National Center for Complementary and Integrative Health",
                "source": "NCCIH.nih.gov",
                "year": None,
                "url": "https://www.nccih.nih.gov/health/meditation-in-depth",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "quality-of-life",
        "term": "Calidad de vida",
        "aliases": [
            "bienestar",
            "QOL",
            "calida de vida",
        ],
        "definition": (
            "Su sensación general de bienestar: cómo se siente y qué tanto puede hacer y disfrutar las cosas que le "
            "importan. Los cuidados paliativos se centran en mejorarla [1]."
        ),
        "references": [
            {
                "title": "palliative care or treatment (Glossary)",
                "authors": "American Cancer Society",
                "source": "Cancer.org",
                "year": None,
                "url": "https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/palliate.html",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "side-effect",
        "term": "Efecto secundario",
        "aliases": [
            "efectos secundarios",
            "efecto adverso",
            "efectos adversos",
            "efectos secundarios del tratamiento",
            "reacción adversa",
            "efectos segundarios",
        ],
        "definition": (
            "Un problema que ocurre cuando un tratamiento contra el cáncer afecta tejidos u órganos sanos [1]. "
            "Los efectos secundarios varían de una persona a otra, y su equipo de atención médica puede ayudar a "
            "tratarlos o a controlarlos [1]."
        ),
        "references": [
            {
                "title": "Side Effects of Cancer Treatment",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": 2017,
                "url": "https://www.cancer.gov/about-cancer/treatment/side-effects/",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
]
