"""Spanish translations of three sample articles: plain data, no logic (formats in __init__.py).

Each entry translates the English article of the same slug as it is in ``articles.ARTICLES`` and
``articles_more.ARTICLES_MORE``; the topic, subtype tags and related medicines come from the English page.
"""

_ACCESSED_ES = "2026-12-05"

ARTICLES_ES = [
    {
        "slug": "what-stage-four-breast-cancer-means",
        "title": "Qué significa el cáncer de mama en estadio cuatro (metastásico)",
        "summary": """- El cáncer de mama (seno) en estadio cuatro se ha extendido fuera de la mama y de los ganglios
  linfáticos cercanos a otras partes del cuerpo [1].
- El tratamiento principal son medicamentos que llegan a todo el cuerpo. A menudo, el tratamiento puede
  reducir el cáncer o hacer que crezca más despacio, aliviar los síntomas y ayudar a algunas personas a
  vivir más tiempo [1].
- Las pruebas de las células del cáncer, como el estado de los receptores hormonales y el estado de HER2,
  ayudan a su equipo de atención médica a elegir los medicamentos [1] [2] [3].
- A menudo, distintos tipos de médicos trabajan juntos con usted en su plan de tratamiento [5].""",
        "body": """## Qué significa "estadio cuatro"

A veces, el cáncer de mama se puede extender. Cuando se ha extendido fuera de la mama y de los ganglios
linfáticos cercanos a otras partes del cuerpo, se llama cáncer de mama en estadio cuatro, o metastásico
[1]. Los ganglios linfáticos son glándulas pequeñas que forman parte del sistema de defensa del cuerpo.
El cáncer de mama se extiende más a menudo a los huesos, el hígado y los pulmones. También se puede
extender al cerebro o a otros órganos [1].

## Lo que busca el tratamiento

Por lo general, los médicos no esperan curar el cáncer de mama en estadio cuatro, pero se puede tratar
[1]. A menudo, el tratamiento puede reducir el cáncer o hacer que crezca más despacio, aliviar los
síntomas y ayudar a algunas personas a vivir más tiempo [1]. Los tratamientos principales son
medicamentos que llegan a todo el cuerpo. La cirugía o la radioterapia también pueden ayudar en ciertos
casos [1]. El tratamiento suele seguir mientras dé resultado y los efectos secundarios se puedan
sobrellevar. Si deja de dar resultado, se pueden probar otros medicamentos [1].

## Estado de los receptores hormonales

Las hormonas son mensajeros químicos del cuerpo. Las hormonas estrógeno y progesterona pueden ayudar a
crecer a algunos cánceres de mama [2]. Las células de estos cánceres tienen unas proteínas llamadas
receptores hormonales, a las que se unen las hormonas. Para saberlo, los médicos analizan una muestra
del tumor. Si las células tienen receptores de estrógeno, receptores de progesterona o ambos, el cáncer
se llama positivo para receptores hormonales (HR positivo). Si no tienen ninguno de los dos, se puede
llamar negativo para receptores hormonales [2].

## Estado de HER2

HER2 es una proteína que está en la parte de afuera de las células de la mama y que las ayuda a crecer.
Algunos cánceres de mama tienen más HER2 de lo normal. Se llaman HER2 positivos. Suelen crecer y
extenderse más rápido, pero hay tratamientos dirigidos a HER2 [3]. Se analiza una muestra del cáncer
para saber su estado de HER2 [3].

## Cáncer de mama triple negativo

Cuando las células del cáncer no tienen receptores de estrógeno, ni receptores de progesterona, ni HER2
de más, se llama cáncer de mama triple negativo [4].

## Por qué importan estas pruebas

Los tipos de medicamentos que se usan para el cáncer de mama en estadio cuatro dependen del estado de
los receptores hormonales y del estado de HER2 [1]. A menudo, distintos tipos de médicos trabajan juntos
para hacer su plan de tratamiento. Esto se llama un equipo multidisciplinario [5]. Puede ser útil hablar
con médicos que tengan experiencia en tratar el cáncer de mama metastásico, y usted puede pedir una
segunda opinión [5]. Su equipo de atención médica le explicará qué significan para usted los resultados
de sus propias pruebas.""",
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
                "title": "triple-negative breast cancer (NCI Dictionary of Genetics Terms)",
                "authors": "National Cancer Institute",
                "source": "Cancer.gov",
                "year": None,
                "url": "https://www.cancer.gov/publications/dictionaries/genetics-dictionary/def/triple-negative-breast-cancer",
                "doi": "",
                "pmid": "",
                "accessed": "2026-11-26",
            },
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
            {
                "title": "Tratamiento del cáncer de seno en etapa IV (metastásico)",
                "authors": "American Cancer Society",
                "source": "Cancer.org (en español)",
                "year": None,
                "url": (
                    "https://www.cancer.org/es/cancer/tipos/cancer-de-seno/tratamiento/"
                    "tratamiento-del-cancer-del-seno-segun-su-etapa/tratamiento-del-cancer-de-seno-en-etapa-iv-avanzado.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED_ES,
            },
            {
                "title": "Estatus HER2 del cáncer de seno",
                "authors": "American Cancer Society",
                "source": "Cancer.org (en español)",
                "year": None,
                "url": (
                    "https://cancer.org/es/cancer/tipos/cancer-de-seno/comprension-de-un-diagnostico-de-cancer-de-seno/"
                    "estado-de-her2-del-cancer-de-seno.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED_ES,
            },
            {
                "title": "Cáncer de mama metastásico: Introducción",
                "authors": "Junta Editorial de Cancer.Net",
                "source": "Cancer.Net (en español)",
                "year": 2020,
                "url": "https://www.cancer.net/es/tipos-de-cancer/cancer-de-mama-metastasico/introduccion",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED_ES,
            },
        ],
        "change_summary": "Primera traducción al español.",
        "translator_note": (
            "Se usa «cáncer de mama (seno)» como el NCI en español; «estadio» para stage. Las fuentes 6 a 8 son "
            "páginas en español de las mismas organizaciones, para leer más; no se citan en el texto."
        ),
    },
    {
        "slug": "hormone-therapy-for-hormone-receptor-positive-breast-cancer",
        "title": "Terapia hormonal para el cáncer de mama positivo para receptores hormonales",
        "summary": """- Algunos cánceres de mama usan las hormonas estrógeno o progesterona para crecer. Se llaman
  positivos para receptores hormonales [1].
- La terapia hormonal baja el estrógeno o impide que ayude a crecer al cáncer. Entre estos medicamentos
  están el tamoxifeno, los inhibidores de la aromatasa, el fulvestrant y una pastilla más nueva llamada
  elacestrant [1] [2] [9] [10].
- Antes de la menopausia, un medicamento que impide que los ovarios produzcan estrógeno suele ser parte
  del tratamiento [1] [7].
- Para el cáncer que se ha extendido, la terapia hormonal se da a menudo junto con una pastilla llamada
  inhibidor de CDK4/6 [6] [7] [8].
- El tamoxifeno tiene riesgos poco comunes pero graves: cáncer de útero, accidente cerebrovascular
  (derrame cerebral) y un coágulo de sangre en los pulmones [4].""",
        "body": """## Cómo afectan las hormonas a algunos cánceres de mama

Las hormonas son mensajeros químicos del cuerpo. Las hormonas estrógeno y progesterona ayudan a crecer a
algunos cánceres de mama [1]. Las células de estos cánceres tienen unas proteínas llamadas receptores
hormonales. Cuando una hormona se une a un receptor, le puede indicar a la célula que crezca [1]. Los
médicos analizan una muestra del tumor. Los cánceres de mama con receptores de estrógeno, receptores de
progesterona o ambos se llaman positivos para receptores hormonales [1]. Para el cáncer de mama en
estadio cuatro, los tipos de medicamentos que se usan dependen del estado de los receptores hormonales y
del estado de HER2 [3].

## Tipos de terapia hormonal

- **El tamoxifeno** impide que el estrógeno ayude a crecer a las células del cáncer. Es una pastilla
  que se toma por la boca [1] [4].
- **Los inhibidores de la aromatasa** bajan la cantidad de estrógeno que produce el cuerpo. Se usan para
  el cáncer de mama sensible a las hormonas en mujeres después de la menopausia. Algunos ejemplos son el
  anastrozol, el letrozol y el exemestano [2].
- **El fulvestrant** es una inyección en un músculo. Su etiqueta (la información oficial aprobada por la
  FDA) incluye el cáncer de mama avanzado positivo para receptores hormonales, sin otros medicamentos
  después de la menopausia, o junto con un inhibidor de CDK4/6 [9].
- **El elacestrant** es una pastilla más nueva de la misma familia que el fulvestrant. A menudo se le
  llama SERD oral. Su etiqueta incluye el cáncer que es positivo para receptores de estrógeno y HER2
  negativo, que tiene un cambio en un gen llamado ESR1 y que ha crecido después de al menos una terapia
  hormonal [10]. Es para mujeres después de la menopausia y para hombres [10]. Un análisis de sangre
  puede encontrar el cambio en ESR1 [10].

Es posible que las etiquetas hayan cambiado desde entonces; pregunte a su equipo de atención médica por
usos más nuevos.

## Terapia hormonal antes de la menopausia

Antes de la menopausia, los ovarios producen la mayor parte del estrógeno del cuerpo [1]. Otros
tejidos, como la grasa y la piel, también producen estrógeno, antes y después de la menopausia [1]. Por
eso, en las mujeres que no han pasado por la menopausia, el tratamiento a menudo incluye impedir que los
ovarios produzcan estrógeno. Esto se llama supresión ovárica. Se puede hacer con un medicamento que se
da en inyección, como la goserelina [1]. La etiqueta del ribociclib dice que las mujeres que no han
pasado por la menopausia, y los hombres, también reciben un medicamento que baja los niveles de
hormonas del cuerpo cuando lo toman [7].

## Terapia hormonal con un inhibidor de CDK4/6

Los inhibidores de CDK4/6 son pastillas que bloquean unas proteínas que ayudan a las células del cáncer
a dividirse. El palbociclib, el ribociclib y el abemaciclib son de este grupo [6] [7] [8]. Sus
etiquetas incluyen el cáncer de mama positivo para receptores hormonales y HER2 negativo que está
avanzado o se ha extendido [6] [7] [8]. Se dan con un inhibidor de la aromatasa como primer tratamiento
hormonal, o con fulvestrant [6] [7] [8]. El abemaciclib también se puede usar sin otros medicamentos,
después de la terapia hormonal y la quimioterapia [8].

Los inhibidores de CDK4/6 a menudo bajan los glóbulos blancos, que combaten las infecciones [6] [7] [8].
Llame a su equipo de atención médica si tiene fiebre, escalofríos u otras señales de infección. Llame
también si tiene tos nueva o peor, dolor en el pecho o falta de aire. Pueden ser señales de hinchazón
(inflamación) en los pulmones [6] [7] [8]. El abemaciclib a menudo causa diarrea, que puede ser grave
[8]. El ribociclib puede cambiar el ritmo del corazón [7].

## Efectos secundarios de la terapia hormonal

Los sofocos (bochornos) son comunes con el tamoxifeno y con los inhibidores de la aromatasa [4] [5]. El
tamoxifeno también puede causar flujo vaginal y cambios en la regla [4]. Los inhibidores de la aromatasa
pueden causar dolor en las articulaciones y pueden debilitar los huesos, lo que puede llevar a que se
rompan (fracturas) [5].

El tamoxifeno tiene riesgos poco comunes pero graves: cáncer de útero, accidente cerebrovascular
(derrame cerebral) y un coágulo de sangre en los pulmones, llamado embolia pulmonar [4]. Algunos de
estos casos han causado la muerte [4]. La advertencia en recuadro de la etiqueta está escrita para
mujeres con DCIS (carcinoma ductal in situ), un cáncer temprano dentro de los
conductos de la leche, y para mujeres con alto riesgo que toman tamoxifeno para bajar su probabilidad de
tener cáncer de mama [4]. Para las personas que ya tienen cáncer de mama, la etiqueta dice que los
beneficios del tamoxifeno son mayores que estos riesgos [4]. Busque ayuda de inmediato si tiene señales
de un derrame cerebral o de un coágulo de sangre, como debilidad repentina en un lado del cuerpo, dolor
repentino en el pecho o dificultad para respirar. Avise a su equipo de atención médica si tiene
cualquier sangrado por la vagina que no sea su regla, o dolor en la pelvis [4].

No todas las personas tienen los mismos efectos secundarios. Pida a su equipo de atención médica una
lista de los posibles efectos secundarios, y avíseles si alguno le molesta.

## Preguntas que tal vez quiera hacer

- ¿Mi cáncer es positivo para receptores hormonales? ¿Es HER2 negativo?
- ¿Qué terapia hormonal me sugiere, y por qué?
- ¿Necesito supresión ovárica?
- ¿Debe ser parte de mi tratamiento un inhibidor de CDK4/6?
- ¿Se debe analizar mi cáncer para ver si tiene un cambio en ESR1? ¿Cuándo?
- ¿Qué efectos secundarios debo vigilar, y qué me puede ayudar con ellos?""",
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
                "title": "Label: ARIMIDEX- anastrozole tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2022,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=acbfaaa9-503c-4691-9828-76a7146ed6de",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
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
                "title": "Label: KISQALI- ribociclib tablet, film coated",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aaeaef94-f3f5-4367-8ea2-b181d7be2da8",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: VERZENIO- abemaciclib tablet",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2024,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=be4bc0de-0fdc-4d46-8d25-be43c79e6a06",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Label: FULVESTRANT injection",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": 2025,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=57352662-d2fa-4dce-828f-4c51e46e0b4d",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "ORSERDU (elacestrant) tablets: US prescribing information (structured product label)",
                "authors": "U.S. National Library of Medicine",
                "source": "DailyMed",
                "year": None,
                "url": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aa66ae5c-2bd2-4444-8178-b55651e054ef",
                "doi": "",
                "pmid": "",
                "accessed": "2026-12-04",
            },
            {
                "title": "Terapia hormonal para el cáncer de mama",
                "authors": "Instituto Nacional del Cáncer",
                "source": "Cancer.gov en español",
                "year": None,
                "url": "http://www.cancer.gov/espanol/recursos/hojas-informativas/tratamiento/tamoxifeno",
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED_ES,
            },
            {
                "title": "Terapia hormonal para el cáncer de seno",
                "authors": "American Cancer Society",
                "source": "Cancer.org (en español)",
                "year": None,
                "url": (
                    "https://www.cancer.org/es/cancer/tipos/cancer-de-seno/tratamiento/"
                    "terapia-hormonal-para-el-cancer-de-seno.html"
                ),
                "doi": "",
                "pmid": "",
                "accessed": _ACCESSED_ES,
            },
        ],
        "change_summary": "Primera traducción al español.",
        "one_version_behind": True,
        "translator_note": (
            "Muestra: esta traducción se liga a la versión anterior de la página en inglés, para que se vea el "
            "aviso de traducción desactualizada. «Label» se traduce como «etiqueta» (la información oficial "
            "aprobada por la FDA); «boxed warning» como «advertencia en recuadro». Las fuentes 11 y 12 son "
            "páginas en español del NCI y de la ACS, para leer más; no se citan en el texto."
        ),
    },
    {
        "slug": "when-to-call-your-care-team",
        "title": "Cuándo llamar a su equipo de atención médica y cuándo llamar al 911",
        "summary": """- La fiebre durante la quimioterapia es una emergencia. Llame a su médico enseguida si su
  temperatura es de 100.4°F (38°C) o más [2].
- Un dolor nuevo en la espalda, las piernas débiles, o problemas para aguantar la orina o las heces
  pueden ser señal de presión sobre la médula espinal. Busque ayuda de inmediato [3] [4].
- La hinchazón en una pierna, la falta de aire repentina o el dolor en el pecho pueden ser señales de un
  coágulo de sangre. Vaya a la sala de emergencias o llame al 911 [6].
- Tenga los números de teléfono de su equipo de atención médica, de día y de noche, donde los pueda
  encontrar [2].""",
        "body": """## Tenga estos números a mano

El cáncer y su tratamiento pueden causar problemas que necesitan atención de inmediato [1]. Pregunte a
su equipo de atención médica qué señales debe vigilar, y cuáles necesitan ayuda enseguida [1]. Tenga
sus números de teléfono donde los pueda encontrar. Sepa a qué número llamar cuando el consultorio está
abierto y cuando está cerrado [2].

Si cree que su vida está en peligro, llame al 911.

## Fiebre durante la quimioterapia

La fiebre durante la quimioterapia es una emergencia [2]. La fiebre puede ser la única señal de una
infección, y una infección durante la quimioterapia puede poner en peligro la vida [2].

- **Llame a su médico enseguida** si su temperatura es de 100.4°F (38°C) o más [2].
- Tómese la temperatura cada vez que sienta calor, se le ponga roja la cara, tenga escalofríos o se
  sienta mal [2].
- Tenga en casa un termómetro que funcione, y sepa cómo usarlo [2].
- Llame también de inmediato si tiene escalofríos con temblores, dolor en el pecho, falta de aire o
  confusión [1].

Si su equipo de atención médica no puede atenderle enseguida, es posible que tenga que ir a la sala de
emergencias [1]. Dígale a la persona que le registra al llegar que usted tiene cáncer y que está
recibiendo quimioterapia [2].

## Presión sobre la médula espinal

El cáncer que se ha extendido a los huesos de la columna puede hacer presión sobre la médula espinal
[3]. Esto es una emergencia. Necesita tratamiento de inmediato [3]. Un tratamiento rápido baja la
probabilidad de que los problemas sean para siempre [3].

Llame a su equipo de atención médica de inmediato si tiene:

- Dolor nuevo o peor en la espalda [4]
- Debilidad en los brazos o las piernas, o dificultad para caminar [3] [4]
- Adormecimiento en una parte del cuerpo [4]
- Problemas para controlar la orina o las evacuaciones [3] [4]

## Calcio alto en la sangre

El cáncer que se ha extendido a los huesos puede hacer que pase calcio de más a la sangre [5]. Esto se
llama hipercalcemia [5]. Puede poner en peligro la vida [6]. Un análisis de sangre puede medir su nivel
de calcio [5].

Llame a su equipo de atención médica si tiene señales como:

- Malestar de estómago (náuseas), o vómitos [6]
- Falta de ganas de comer [6]
- Estreñimiento [6]
- Mucha sed, u orinar más seguido [6]
- Mucho cansancio o debilidad [6]

## Coágulos de sangre

Las personas con cáncer tienen más riesgo de coágulos de sangre, sobre todo durante el tratamiento o
cuando el cáncer está avanzado [7]. Un coágulo en una pierna puede viajar a los pulmones. Un coágulo en
los pulmones se llama embolia pulmonar [1].

Las señales de un coágulo incluyen:

- Dolor, pesadez o sensibilidad en el muslo o la pantorrilla [7]
- Hinchazón, sobre todo en una pierna [7]
- Piel roja y caliente en una zona [7]

Si tiene alguna de estas señales, vaya a la sala de emergencias o llame al 911 de inmediato [7].

## Dificultad para respirar

**Llame al 911** si tiene alguna de estas señales:

- Falta de aire, sobre todo si empieza de repente [7]
- Dolor agudo en el pecho, que puede empeorar al tomar aire [7]
- Tos con sangre [7]
- Latidos rápidos del corazón, o sensación de mareo o de desmayo [7]

Pueden ser señales de un coágulo en los pulmones [7]. La falta de aire o el dolor en el pecho también
pueden ser señales de una infección [1].

## Preguntas que tal vez quiera hacer

- ¿Qué señales deben hacer que le llame enseguida?
- ¿A qué número llamo de noche y los fines de semana?
- ¿Cuándo es mayor mi riesgo de infección?
- ¿Cuándo debo ir a la sala de emergencias, y a cuál?""",
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
                "url": "https://www.merckmanuals.com/en-ca/home/quick-facts-brain,-spinal-cord,-and-nerve-disorders/spinal-cord-disorders/spinal-cord-compression",
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
        "change_summary": "Primera traducción al español.",
        "translator_note": (
            "Para el revisor de la página en inglés: en el resumen, las señales de un coágulo citan [6] (la "
            "página de la Canadian Cancer Society sobre el calcio alto), mientras que el texto cita [7] para lo "
            "mismo. La traducción conserva [6] como en inglés; conviene corregir el inglés primero."
        ),
    },
]
