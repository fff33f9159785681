"""Spanish translations of five sample medicine summaries: plain data, no logic (formats in __init__.py).

Each entry translates the English summary of the same slug (``medicines.MEDICINES`` and
``medicines_more.MEDICINES_MORE``). Subtype tags, biomarkers, routes and the FDA label's address and date
come from the English page. "Label" is «etiqueta» (the official information approved by the FDA), "boxed
warning" is «advertencia en recuadro», "unborn baby" is «bebé por nacer».
"""

MEDICINES_ES = [
    {
        "slug": "tamoxifen",
        "generic_name": "tamoxifeno",
        "brand_names": ["Soltamox"],
        "drug_class": "terapia hormonal (modulador selectivo de los receptores de estrógeno)",
        "summary": "Una terapia hormonal que impide que el estrógeno ayude a crecer a algunos cánceres de mama.",
        "how_it_works": (
            "Algunos cánceres de mama usan la hormona estrógeno para crecer. "
            "El tamoxifeno se une a los lugares de las células del cáncer donde se uniría el estrógeno, llamados "
            "receptores de estrógeno. "
            "Así bloquea la señal de crecimiento que el estrógeno da a estas células del cáncer. "
            "Se puede usar antes y después de la menopausia [1]."
        ),
        "who_it_is_for": (
            "La etiqueta de EE. UU. para las tabletas de tamoxifeno dice que trata el cáncer de mama que se ha "
            "extendido a otras partes del cuerpo (metastásico), en mujeres y en hombres [1]. "
            "La etiqueta de EE. UU. para la forma líquida, Soltamox, dice que es para adultos cuyo cáncer de mama "
            "metastásico es positivo para receptores de estrógeno [2]. "
            "Esto quiere decir que el cáncer usa la hormona estrógeno para crecer.\n\n"
            "El tamoxifeno también se usa para el cáncer de mama en etapa temprana, y para bajar la probabilidad de "
            "cáncer de mama en algunas personas con alto riesgo [1]. "
            "Su equipo de atención médica decide si es adecuado para su situación."
        ),
        "line_of_treatment": "",
        "schedule": "Se toma por la boca todos los días en casa, en tabletas o en líquido.",
        "common_side_effects": (
            "- Sofocos (bochornos)\n"
            "- Flujo vaginal\n"
            "- Cambios en la regla\n"
            "- Náuseas (malestar de estómago)\n"
            "- Hinchazón por acumulación de líquido\n"
            "- Cansancio"
        ),
        "serious_side_effects": (
            "La etiqueta del tamoxifeno tiene una advertencia en recuadro, su tipo de advertencia más fuerte [1]. "
            "Es para las mujeres que toman tamoxifeno para bajar su probabilidad de cáncer de mama: mujeres con alto "
            "riesgo, y mujeres con un cáncer muy temprano dentro de los conductos de la leche (DCIS, carcinoma ductal "
            "in situ) [1]. "
            "En estas mujeres, los problemas graves y que ponen en peligro la vida relacionados con el tamoxifeno "
            "incluyen cáncer de útero (matriz), accidente cerebrovascular (derrame cerebral) y un coágulo de sangre "
            "en los pulmones (embolia pulmonar). Algunos fueron mortales [1]. "
            "La etiqueta dice que, para las mujeres que ya tienen cáncer de mama, los beneficios del tamoxifeno son "
            "mayores que estos riesgos [1]. "
            "Sea cual sea la razón por la que lo toma, avise enseguida a su equipo de atención médica si tiene:\n\n"
            "- Sangrado vaginal fuera de lo normal, o dolor o presión en la pelvis (la parte baja del vientre). "
            "Pueden ser señales de cambios en el útero, incluido el cáncer de útero [1].\n"
            "- Hinchazón, dolor o calor en una pierna, dolor repentino en el pecho, falta de aire o tos con sangre. "
            "Pueden ser señales de un coágulo de sangre en una pierna o en los pulmones [1].\n"
            "- Debilidad o adormecimiento repentino en un lado del cuerpo, dificultad para hablar, o un dolor de "
            "cabeza fuerte y repentino. Pueden ser señales de un accidente cerebrovascular [1].\n"
            "- Cambios en la vista [1].\n"
            "- Piel u ojos amarillos, orina oscura o pérdida del apetito. Pueden ser señales de problemas del "
            "hígado [1].\n"
            "- Mucha sed, confusión o mucha debilidad, o un dolor de huesos nuevo, poco después de empezar. "
            "Pueden ser señales de un nivel alto de calcio en la sangre [1]."
        ),
        "questions_to_ask": (
            "- ¿Mi cáncer es positivo para receptores hormonales?\n"
            "- ¿El tamoxifeno será mi único tratamiento hormonal, o se dará con otros medicamentos?\n"
            "- ¿Alguno de mis otros medicamentos o suplementos podría cambiar cómo funciona el tamoxifeno?\n"
            "- ¿Qué señales de un coágulo de sangre o de un accidente cerebrovascular quieren decir que debo buscar "
            "ayuda de inmediato?\n"
            "- ¿Necesito chequeos regulares con un ginecólogo o con un oculista mientras lo tomo?"
        ),
        "references": [
            {
                "title": "Label: TAMOXIFEN CITRATE tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=cadef490-5dc6-7230-e053-2a95a90a5551",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: SOLTAMOX- tamoxifen citrate liquid",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2021,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=1e6ff055-590c-41e6-9530-1fdf04cdbd02",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
        "translator_note": (
            "La advertencia en recuadro se traduce con la misma fuerza que en inglés: los tres riesgos, "
            "«algunos fueron mortales», y a quién se dirige la advertencia."
        ),
    },
    {
        "slug": "letrozole",
        "generic_name": "letrozol",
        "brand_names": ["Femara"],
        "drug_class": "inhibidor de la aromatasa",
        "summary": (
            "Una pastilla de terapia hormonal que baja la cantidad de estrógeno en el cuerpo después de la menopausia."
        ),
        "how_it_works": (
            "Después de la menopausia, el cuerpo todavía produce algo de estrógeno. "
            "Lo hace con una enzima (una proteína que ayuda) llamada aromatasa. "
            "El letrozol bloquea la aromatasa, así que el cuerpo produce mucho menos estrógeno [2]. "
            "Entonces, los cánceres de mama que usan el estrógeno para crecer pueden crecer más despacio o dejar de "
            "crecer."
        ),
        "who_it_is_for": (
            "La etiqueta de EE. UU. dice que el letrozol es para mujeres que ya pasaron por la menopausia [1]. "
            "Para el cáncer de mama que está avanzado en la zona de la mama o que se ha extendido a otras partes del "
            "cuerpo, la etiqueta indica dos usos [1][2]:\n\n"
            "- como primer tratamiento cuando el cáncer es positivo para receptores hormonales, o cuando esto no se "
            "sabe\n"
            "- después de que el cáncer creció durante un tratamiento antiestrógeno anterior, como el tamoxifeno\n\n"
            "También se usa después de la cirugía para el cáncer de mama en etapa temprana [1]. "
            "Su equipo de atención médica decide si es adecuado para su situación."
        ),
        "line_of_treatment": (
            "Primer tratamiento hormonal para la enfermedad avanzada, o después de un tratamiento antiestrógeno"
        ),
        "schedule": "Se toma por la boca una vez al día en casa, en tableta, con o sin comida.",
        "common_side_effects": (
            "- Sofocos (bochornos) y enrojecimiento de la cara\n"
            "- Dolor en las articulaciones\n"
            "- Debilidad o cansancio\n"
            "- Hinchazón en los brazos o las piernas\n"
            "- Dolor de cabeza\n"
            "- Mareo\n"
            "- Sudar más de lo normal\n"
            "- Dolor de huesos\n"
            "- Colesterol más alto en los análisis de sangre"
        ),
        "serious_side_effects": (
            "- Un hueso roto, o un dolor de huesos nuevo. El letrozol puede debilitar los huesos [1].\n"
            "- Dolor o presión en el pecho, o falta de aire.\n"
            "- Tanto cansancio, mareo o sueño que no es seguro manejar ni usar máquinas [1].\n"
            "- Hinchazón de la cara, los labios o la garganta, dificultad para respirar, o ronchas. "
            "Pueden ser señales de una reacción alérgica grave.\n"
            "- Un posible embarazo. El letrozol puede dañar al bebé por nacer [1]."
        ),
        "questions_to_ask": (
            "- ¿Se ha confirmado que ya pasé la menopausia?\n"
            "- ¿El letrozol se dará solo o con otro medicamento?\n"
            "- ¿Se deben revisar la fuerza de mis huesos y mi colesterol?\n"
            "- ¿Es seguro que maneje si siento cansancio o mareo?"
        ),
        "references": [
            {
                "title": "Label: LETROZOLE- letrozole tablets tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=32d7dd83-a3ef-41fe-e063-6394a90ae62a",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "About FEMARA (letrozole)",
                "authors": "Novartis Pharmaceuticals Corporation",
                "source": "Femara.com",
                "year": None,
                "url": "https://www.femara.com/",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
        ],
    },
    {
        "slug": "palbociclib",
        "generic_name": "palbociclib",
        "brand_names": ["Ibrance"],
        "drug_class": "inhibidor de CDK4/6",
        "summary": (
            "Una pastilla de terapia dirigida que ayuda a impedir que las células del cáncer se dividan. Se toma "
            "junto con una terapia hormonal."
        ),
        "how_it_works": (
            "Las células usan unas proteínas llamadas CDK4 y CDK6 para pasar por los pasos de la división. "
            "El palbociclib bloquea estas proteínas, lo que puede hacer más lento o detener el crecimiento de las "
            "células del cáncer. "
            "Se toma junto con una terapia hormonal, como un inhibidor de la aromatasa o el fulvestrant [1]."
        ),
        "who_it_is_for": (
            "La etiqueta de EE. UU. dice que el palbociclib es para adultos con cáncer de mama positivo para "
            "receptores hormonales y HER2 negativo, que está avanzado o se ha extendido a otras partes del cuerpo "
            "(metastásico) [1]. "
            "Se da con uno de estos [1]:\n\n"
            "- un inhibidor de la aromatasa, como primer tratamiento hormonal, en mujeres después de la menopausia o "
            "en hombres\n"
            "- el fulvestrant, después de que el cáncer creció durante la terapia hormonal\n"
            "- el inavolisib y el fulvestrant, para el cáncer con un cambio en el gen PIK3CA que regresó durante o "
            "después del tratamiento hormonal que se dio después de la cirugía [2]\n\n"
            "Su equipo de atención médica decide si es adecuado para su situación."
        ),
        "line_of_treatment": (
            "Primer tratamiento hormonal con un inhibidor de la aromatasa, o más adelante con fulvestrant; con "
            "inavolisib y fulvestrant para un cáncer con un cambio en PIK3CA"
        ),
        "schedule": (
            "Se toma por la boca en casa una vez al día durante tres semanas, y luego se descansa una semana. "
            "Este ciclo se repite mientras su equipo de atención médica lo indique."
        ),
        "common_side_effects": (
            "- Pocos glóbulos blancos, lo que puede hacer más probables las infecciones\n"
            "- Infecciones\n"
            "- Cansancio o debilidad\n"
            "- Náuseas, vómitos o diarrea\n"
            "- Llagas en la boca\n"
            "- Pocos glóbulos rojos (anemia)\n"
            "- Cabello más delgado o caída del cabello\n"
            "- Sarpullido\n"
            "- Menos apetito"
        ),
        "serious_side_effects": (
            "- Fiebre, escalofríos, dolor de garganta u otras señales de infección [1].\n"
            "- Tos nueva o peor, dolor en el pecho o falta de aire. "
            "Pueden ser señales de hinchazón en los pulmones (neumonitis), que puede ser grave o "
            "causar la muerte [1].\n"
            "- Sangrado o moretones fuera de lo normal.\n"
            "- Un posible embarazo. El palbociclib puede dañar al bebé por nacer [1]."
        ),
        "questions_to_ask": (
            "- ¿Qué terapia hormonal tomaré con el palbociclib?\n"
            "- ¿Ha cambiado la etiqueta del palbociclib desde que se escribió esta página? ¿Algún uso más nuevo es "
            "adecuado para mí?\n"
            "- ¿Cada cuánto necesitaré análisis de sangre?\n"
            "- ¿Debo evitar la toronja u otros alimentos, bebidas o medicamentos?\n"
            "- ¿Qué debo hacer si se me olvida una dosis o si vomito después de tomarla?"
        ),
        "references": [
            {
                "title": "Label: IBRANCE- palbociclib tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2023,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=fecbdd7d-b729-41b5-9872-231b8fe104ce",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "ITOVEBI (inavolisib) tablets: US prescribing information (structured product label)",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=5de59f5b-e5db-410f-b692-658686ef4107",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-05",
            },
        ],
    },
    {
        "slug": "trastuzumab",
        "generic_name": "trastuzumab",
        "brand_names": ["Herceptin"],
        "drug_class": "anticuerpo monoclonal dirigido a HER2",
        "summary": (
            "Un medicamento dirigido a la proteína HER2 de algunas células del cáncer de mama, para hacer más lento o "
            "detener su crecimiento."
        ),
        "how_it_works": (
            "Algunas células del cáncer de mama tienen demasiada cantidad de una proteína llamada HER2 en su "
            "superficie. "
            "HER2 envía señales que les dicen a las células que crezcan. "
            "El trastuzumab es un anticuerpo monoclonal: una proteína hecha en el laboratorio que se pega a HER2 y "
            "bloquea estas señales. "
            "También puede ayudar a su sistema inmunitario a encontrar y atacar las células del cáncer."
        ),
        "who_it_is_for": (
            "La etiqueta de EE. UU. dice que el trastuzumab es para el cáncer de mama que tiene demasiado HER2. "
            "Esto se llama cáncer de mama HER2 positivo [1]. "
            "Antes de empezar el tratamiento, se usa una prueba de laboratorio aprobada por la FDA para revisar el "
            "HER2 [1].\n\n"
            "Para el cáncer de mama que se ha extendido a otras partes del cuerpo (metastásico), "
            "la etiqueta indica dos usos [1][2]:\n\n"
            "- con el medicamento de quimioterapia paclitaxel, como primer tratamiento para el cáncer que se ha "
            "extendido\n"
            "- por sí solo, después de uno o más tratamientos de quimioterapia para el cáncer que se ha extendido\n\n"
            "También se usa para el cáncer de mama en etapa temprana [1]. "
            "Su equipo de atención médica decide si es adecuado para su situación."
        ),
        "line_of_treatment": (
            "Primer tratamiento para la enfermedad avanzada con paclitaxel, o más adelante por sí solo"
        ),
        "schedule": (
            "Un goteo (infusión) en una vena, que se da en una clínica cada semana o cada pocas semanas. "
            "Otra forma, Herceptin Hylecta (trastuzumab e hialuronidasa), se da como inyección debajo de la piel "
            "[3]. Su equipo de atención médica le dirá qué forma va a recibir."
        ),
        "common_side_effects": (
            "- Dolor de cabeza\n"
            "- Diarrea\n"
            "- Náuseas (malestar de estómago)\n"
            "- Escalofríos y fiebre\n"
            "- Infecciones, como resfriados\n"
            "- Tos\n"
            "- Sarpullido\n"
            "- Cansancio"
        ),
        "serious_side_effects": (
            "- Falta de aire, una tos que no se quita, hinchazón en las piernas o los tobillos, latidos rápidos del "
            "corazón, o aumento de peso repentino. "
            "Pueden ser señales de problemas del corazón (cardíacos) [1].\n"
            "- Fiebre, escalofríos, dificultad para respirar, mareo o sensación de desmayo durante el goteo o poco "
            "después. Pueden ser señales de una reacción a la infusión [1].\n"
            "- Hinchazón de la cara, los labios o la garganta, o ronchas. "
            "Pueden ser señales de una reacción alérgica grave.\n"
            "- Dificultad para respirar nueva o peor. Puede ser señal de un problema en los pulmones [1].\n"
            "- Un posible embarazo. Avise enseguida a su equipo de atención médica, porque el trastuzumab puede "
            "dañar al bebé por nacer [1].\n\n"
            "Las reacciones a la infusión y los problemas en los pulmones causados por el trastuzumab pueden ser "
            "graves, y algunos han causado la muerte [1]."
        ),
        "questions_to_ask": (
            "- ¿Se analizó el HER2 de mi cáncer, y qué mostró la prueba?\n"
            "- ¿Cómo me van a revisar el corazón antes y durante el tratamiento?\n"
            "- ¿Cada cuánto recibiré el tratamiento, y dónde?\n"
            "- ¿Recibiré Herceptin o un biosimilar (una versión muy parecida del mismo medicamento)?\n"
            "- ¿Podría recibir el trastuzumab como inyección debajo de la piel en lugar de un goteo?\n"
            "- ¿Qué debo hacer si me siento mal durante o después de un tratamiento?"
        ),
        "references": [
            {
                "title": "Label: HERCEPTIN- trastuzumab injection, powder, lyophilized, for solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=492dbdb2-077e-4064-bff3-372d6af0a7a2",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Herceptin (trastuzumab): information for medical professionals",
                "authors": "Genentech, Inc.",
                "source": "Genentech (gene.com)",
                "year": None,
                "url": "https://www.gene.com/medical-professionals/medicines/herceptin",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
            {
                "title": "Label: HERCEPTIN HYLECTA- trastuzumab and hyaluronidase-oysk injection, solution",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=ebf30894-41cf-480c-8bc3-56f592a13813",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
    },
    {
        "slug": "capecitabine",
        "generic_name": "capecitabina",
        "brand_names": ["Xeloda"],
        "drug_class": "quimioterapia en pastillas (fluoropirimidina)",
        "summary": (
            "Una quimioterapia en pastillas que el cuerpo convierte en un medicamento que impide que las células del "
            "cáncer produzcan ADN nuevo."
        ),
        "how_it_works": (
            "La capecitabina es una quimioterapia en pastillas. "
            "El cuerpo la convierte en un medicamento llamado fluorouracilo, también conocido como 5-FU. "
            "Este medicamento impide que las células produzcan ADN nuevo, así que las células del cáncer no pueden "
            "dividirse ni crecer. "
            "También puede afectar a células sanas que crecen rápido, como las de la piel y el intestino."
        ),
        "who_it_is_for": (
            "La etiqueta de EE. UU. indica dos usos para el cáncer de mama que está avanzado o se ha extendido a "
            "otras partes del cuerpo [1]:\n\n"
            "- por sí sola, cuando la quimioterapia con una antraciclina o un taxano no es adecuada para usted\n"
            "- con el medicamento de quimioterapia docetaxel, después de que el cáncer creció durante una "
            "quimioterapia anterior con antraciclina\n\n"
            "También se usa para algunos cánceres del colon, el recto, el estómago, el esófago y el páncreas [1]. "
            "La etiqueta del tucatinib también describe la capecitabina dada con tucatinib y trastuzumab para el "
            "cáncer de mama HER2 positivo [3]. "
            "Su equipo de atención médica decide si es adecuada para su situación."
        ),
        "line_of_treatment": "Por sí sola, o con docetaxel después de una quimioterapia con antraciclina",
        "schedule": (
            "Tabletas que se toman por la boca en casa dos veces al día, poco después del desayuno y de la cena, por "
            "lo general durante dos semanas, seguidas de una semana de descanso."
        ),
        "common_side_effects": (
            "- Diarrea\n"
            "- Enrojecimiento, dolor, hinchazón o piel que se pela en las palmas de las manos y las plantas de los "
            "pies (síndrome mano-pie)\n"
            "- Náuseas y vómitos\n"
            "- Cansancio o debilidad\n"
            "- Llagas en la boca\n"
            "- Recuentos bajos de células de la sangre\n"
            "- Sarpullido o piel seca"
        ),
        "serious_side_effects": (
            "- Sangrado o moretones fuera de lo normal, sangre en la orina o en las heces, o heces negras, si usted "
            "toma un anticoagulante (un medicamento para que la sangre no coagule tan fácilmente) como la warfarina. "
            "La capecitabina puede hacer que estos medicamentos actúen con demasiada fuerza, y se han producido "
            "sangrados, incluso mortales [1]. "
            "Informe a su equipo de atención médica de todos los anticoagulantes que toma.\n"
            "- Diarrea grave, llagas en la boca, fiebre u hormigueo al principio del tratamiento. "
            "A algunas personas les falta una enzima llamada DPD a causa de sus genes [2]. "
            "En ellas, la capecitabina puede causar efectos secundarios graves, incluso la muerte [2]. "
            "La FDA pide a los equipos de atención médica que hablen con los pacientes sobre la deficiencia de DPD y "
            "sobre cómo detectarla con una prueba antes del tratamiento [2]. "
            "Pregunte a su equipo de atención médica si debe hacerse una prueba genética (DPYD) antes de empezar.\n"
            "- Diarrea grave o que no se quita, o señales de perder demasiado líquido, como mareo u orinar poco "
            "[1].\n"
            "- Dolor en el pecho, latidos rápidos o irregulares del corazón, o falta de aire. "
            "Pueden ser señales de problemas del corazón (cardíacos) [1].\n"
            "- Enrojecimiento doloroso, ampollas o piel que se pela en las manos o los pies, o un sarpullido con "
            "ampollas [1].\n"
            "- Fiebre, escalofríos u otras señales de infección [1].\n"
            "- Un posible embarazo. Avise enseguida a su equipo de atención médica, porque la capecitabina puede "
            "dañar al bebé por nacer [1]."
        ),
        "questions_to_ask": (
            "- ¿Me han hecho la prueba de deficiencia de DPD (una prueba del gen DPYD)?\n"
            "- ¿La capecitabina será mi único tratamiento, o se dará con otros medicamentos?\n"
            "- Tomo un anticoagulante. ¿Cómo me van a revisar la sangre mientras tomo capecitabina?\n"
            "- ¿Cuándo debo dejar de tomar las tabletas y llamarle, por ejemplo si tengo diarrea o las manos y los "
            "pies adoloridos?\n"
            "- ¿Qué debo hacer si se me olvida una dosis?"
        ),
        "references": [
            {
                "title": "Label: XELODA- capecitabine tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=e702d84d-7162-4751-bf37-d724cc7e45a5",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": (
                    "Safety announcement: FDA highlights importance of DPD deficiency discussions with patients prior "
                    "to capecitabine or 5FU treatment"
                ),
                "authors": "U.S. Food and Drug Administration",
                "source": "FDA.gov",
                "year": None,
                "url": "https://fda.gov/drugs/resources-information-approved-drugs/safety-announcement-fda-highlights-importance-dpd-deficiency-discussions-patients-prior-capecitabine",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: TUKYSA- tucatinib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=f27eb1b9-b7fc-424e-988f-84dd7bb195a3",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
        ],
    },
]
