"""Medicine names, so that search never swaps one medicine for another.

A query word that names a medicine (exactly, or by a close misspelling of that same name) is
resolved to that one medicine: its page if we have one, otherwise a plain "we have no page on it".
It is never matched by similarity to a different medicine's name ("taxol" is paclitaxel, never
Taxotere, which is docetaxel).

`KNOWN_MEDICINES` lists generic names and the brand names people still use (including
discontinued brands such as Taxol), for medicines used in breast cancer care and its side
effects, whether or not we have a page on them. The names of published medicine pages are added
at query time from the index, so a new page needs no change here.
"""

import unicodedata
from dataclasses import dataclass

# generic name: brand names (a brand used for several salts or forms stays with its generic).
KNOWN_MEDICINES: dict[str, list[str]] = {
    "abemaciclib": ["Verzenio"],
    "alpelisib": ["Piqray"],
    "anastrozole": ["Arimidex"],
    "atezolizumab": ["Tecentriq"],
    "capecitabine": ["Xeloda"],
    "capivasertib": ["Truqap"],
    "carboplatin": ["Paraplatin"],
    "cisplatin": ["Platinol"],
    "cyclophosphamide": ["Cytoxan"],
    "datopotamab deruxtecan": ["Datroway"],
    "denosumab": ["Xgeva", "Prolia"],
    "dexamethasone": ["Decadron"],
    "docetaxel": ["Taxotere"],
    "doxorubicin": ["Adriamycin"],
    "elacestrant": ["Orserdu"],
    "epirubicin": ["Ellence", "Pharmorubicin"],
    "eribulin": ["Halaven"],
    "everolimus": ["Afinitor"],
    "exemestane": ["Aromasin"],
    "filgrastim": ["Neupogen"],
    "fluorouracil": ["Adrucil"],
    "fulvestrant": ["Faslodex"],
    "gemcitabine": ["Gemzar"],
    "goserelin": ["Zoladex"],
    "ixabepilone": ["Ixempra"],
    "lapatinib": ["Tykerb", "Tyverb"],
    "letrozole": ["Femara"],
    "leuprolide": ["Lupron"],
    "leuprorelin": ["Prostap"],
    "liposomal doxorubicin": ["Doxil", "Caelyx"],
    "margetuximab": ["Margenza"],
    "megestrol": ["Megace"],
    "methotrexate": ["Trexall"],
    "nab-paclitaxel": ["Abraxane"],
    "neratinib": ["Nerlynx"],
    "olaparib": ["Lynparza"],
    "ondansetron": ["Zofran"],
    "paclitaxel": ["Taxol"],
    "palbociclib": ["Ibrance"],
    "pamidronate": ["Aredia"],
    "pegfilgrastim": ["Neulasta"],
    "pembrolizumab": ["Keytruda"],
    "pertuzumab": ["Perjeta"],
    "ribociclib": ["Kisqali"],
    "sacituzumab govitecan": ["Trodelvy"],
    "talazoparib": ["Talzenna"],
    "tamoxifen": ["Nolvadex", "Soltamox"],
    "toremifene": ["Fareston"],
    "trastuzumab": ["Herceptin"],
    "trastuzumab deruxtecan": ["Enhertu"],
    "trastuzumab emtansine": ["Kadcyla"],
    "tucatinib": ["Tukysa"],
    "vinorelbine": ["Navelbine"],
    "zoledronic acid": ["Zometa", "Aclasta"],
}


# The names a medicine has in another language, where they differ from the English generic name
# (Spanish: the Denominación Común Internacional); brand names are the same in every language.
LOCAL_NAMES: dict[str, dict[str, list[str]]] = {
    "es": {
        "anastrozole": ["anastrozol"],
        "capecitabine": ["capecitabina"],
        "carboplatin": ["carboplatino"],
        "cisplatin": ["cisplatino"],
        "cyclophosphamide": ["ciclofosfamida"],
        "dexamethasone": ["dexametasona"],
        "doxorubicin": ["doxorrubicina"],
        "epirubicin": ["epirrubicina"],
        "eribulin": ["eribulina"],
        "exemestane": ["exemestano"],
        "fluorouracil": ["fluorouracilo"],
        "gemcitabine": ["gemcitabina"],
        "goserelin": ["goserelina"],
        "ixabepilone": ["ixabepilona"],
        "letrozole": ["letrozol"],
        "leuprolide": ["leuprolida"],
        "leuprorelin": ["leuprorelina"],
        "liposomal doxorubicin": ["doxorrubicina liposomal"],
        "methotrexate": ["metotrexato"],
        "ondansetron": ["ondansetrón"],
        "pamidronate": ["pamidronato"],
        "tamoxifen": ["tamoxifeno"],
        "toremifene": ["toremifeno"],
        "trastuzumab emtansine": ["trastuzumab emtansina"],
        "vinorelbine": ["vinorelbina"],
        "zoledronic acid": ["ácido zoledrónico"],
    },
}


def unaccented(text: str) -> str:
    """Text without its accents ("ácido" -> "acido", "ñ" -> "n"), as PostgreSQL's unaccent reads
    Spanish: how the Spanish index keeps names, so that a reader may type either."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def folded(name: str, language: str = "en") -> str:
    """A name as a query word is compared with it: lowercase, and without accents outside English."""
    return name.lower() if language == "en" else unaccented(name).lower()


def known_medicines(language: str = "en") -> dict[str, list[str]]:
    """generic name -> its other names (brand names, and its names in `language`)."""
    local = LOCAL_NAMES.get(language, {})
    return {generic: [*brands, *local.get(generic, [])] for generic, brands in KNOWN_MEDICINES.items()}


@dataclass(frozen=True)
class Mention:
    """Words of a query that name one medicine."""

    written: str  # as the reader typed it
    name: str  # the name it is (brand or generic, as we write it)
    generic: str
    exact: bool
    document_id: int | None  # our page on it, if we have one


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment): a swap of two letters is one typo."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def allowed_typos(word: str) -> int:
    """How far a misspelling may be from a medicine name and still be that name: short names are
    too like other words (and other medicines) to forgive anything."""
    length = len(word)
    return 0 if length <= 4 else 1 if length <= 6 else 2 if length <= 10 else 3


def names_index(indexed: list[tuple[str, int]], language: str = "en") -> dict[str, tuple[str, str, int | None]]:
    """lower name -> (name as written, generic, page id), from the known list and the names of our
    medicine pages in `language` (`indexed`: (name, page id), generic and brand names alike; a
    translated page also carries its English generic name). Outside English the keys have no
    accents (see `folded`)."""
    known = known_medicines(language)
    page_of_name = {folded(name, language): page for name, page in indexed}
    generic_of_page: dict[int, str] = {}
    for generic, others in known.items():
        for name in (generic, *others):
            if folded(name, language) in page_of_name:
                generic_of_page.setdefault(page_of_name[folded(name, language)], generic)
    names: dict[str, tuple[str, str, int | None]] = {}
    for generic, others in known.items():
        page = page_of_name.get(generic)
        for name in (generic, *others):
            key = folded(name, language)
            names[key] = (name, generic, page if page is not None else page_of_name.get(key))
    for name, page in indexed:  # a page on a medicine the known list does not have yet
        if folded(name, language) not in names:
            generic = generic_of_page.get(page, f"page:{page}")
            names[folded(name, language)] = (name, generic, page)
    return names


def find_mentions(words: list[str], names: dict[str, tuple[str, str, int | None]]) -> dict[int, Mention]:
    """The medicines a query's words name, keyed by the index of their first word (the longest name
    wins: "trastuzumab deruxtecan" is Enhertu, not trastuzumab). A misspelling counts only when
    one medicine is clearly closest: when two different medicines are equally close, neither."""
    mentions: dict[int, Mention] = {}
    longest = max((name.count(" ") + 1 for name in names), default=1)
    i = 0
    while i < len(words):
        found = None
        for size in range(min(longest, len(words) - i), 0, -1):
            written = " ".join(words[i : i + size])
            phrase = written.lower()
            if phrase in names:
                found = (size, Mention(written, *names[phrase][:2], True, names[phrase][2]))
                break
            found = found or _close_name(written, phrase, size, names)
        if found:
            size, mention = found
            mentions[i] = mention
            i += size
        else:
            i += 1
    return mentions


def _close_name(written, phrase, size, names):
    limit = allowed_typos(phrase.replace(" ", ""))
    if not limit or not phrase[:1].isalpha():
        return None
    best: dict[str, tuple[int, str]] = {}
    for lower, (_name, generic, _page) in names.items():
        # A misspelling keeps its first letter and about its length; checked before the distance.
        if lower[0] != phrase[0] or abs(len(lower) - len(phrase)) > limit or lower.count(" ") + 1 != size:
            continue
        distance = edit_distance(phrase, lower)
        if distance <= limit and (generic not in best or distance < best[generic][0]):
            best[generic] = (distance, lower)
    if not best:
        return None
    ranked = sorted(best.values())
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None  # as close to two different medicines: never guess between them
    name, generic, page = names[ranked[0][1]]
    return size, Mention(written, name, generic, False, page)
