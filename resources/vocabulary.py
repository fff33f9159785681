"""Our directory vocabulary: the taxonomy terms services are filed under.

Ids are derived from the codes (UUID version 5), so every installation and every export gives a
term the same id and partners can keep using `taxonomy_term_id` filters across our updates.

Names and descriptions are in US English (readers see them). Codes are identifiers, not text: partners'
imports, HSDS exports and saved /support/?category= links use them, so a few keep the spelling they
were made with ("counselling", "transport", "carer-or-family"); readers never see a code.
"""

import re
import uuid

from django.utils.translation import gettext_lazy as _

TERM_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://openreferral.org/hsds/portal-taxonomy/")

# (taxonomy, code, name, description)
TERMS = [
    ("category", "support-group", _("Support group"),
     _("Meetings with others living with cancer, in person or online.")),
    ("category", "counselling", _("Counseling and therapy"),
     _("Talking with a counselor, social worker or therapist.")),
    ("category", "financial-assistance", _("Financial assistance"), _("Help with treatment costs, bills or benefits.")),
    ("category", "transport", _("Transportation"), _("Rides or travel costs to get to treatment.")),
    ("category", "home-care", _("Home care"), _("Care and practical help at home.")),
    ("category", "child-care", _("Child care"), _("Looking after children during treatment.")),
    ("category", "palliative-care", _("Palliative care"), _("Relief from symptoms and stress, at any stage.")),
    ("category", "hospice", _("Hospice"), _("Comfort care near the end of life, and support for families.")),
    ("category", "helpline", _("Helpline"), _("A phone line or chat to ask questions and talk things through.")),
    ("category", "information-service", _("Information service"),
     _("Reliable information about cancer and its treatment.")),
    ("category", "clinical-trial-navigation", _("Clinical-trial navigation"),
     _("Help finding and understanding clinical trials.")),
    ("delivery_mode", "in-person", _("In person"), _("At a place you go to, or at home.")),
    ("delivery_mode", "online", _("Online"), _("On the web, by video or by chat.")),
    ("delivery_mode", "telephone", _("By telephone"), _("On the phone.")),
    ("audience", "person-with-cancer", _("People with cancer"), _("For the person living with cancer.")),
    ("audience", "carer-or-family", _("Caregivers and family"),
     _("For partners, family members and friends who help.")),
    ("audience", "bereaved", _("Bereaved"), _("For people who have lost someone to cancer.")),
    ("audience", "metastatic", _("Metastatic (stage 4) specific"), _("Made for people living with metastatic cancer.")),
]  # fmt: skip

# Services in these categories change their hours and meeting times more often: re-verify sooner.
HELPLINE = "helpline"
SUPPORT_GROUP = "support-group"
# Delivery modes that reach a reader wherever they live, whatever the area served says.
REACHES_EVERYONE = ("online", "telephone")


def term_id(code: str) -> uuid.UUID:
    return uuid.uuid5(TERM_NAMESPACE, code)


# Words readers type when they mean a term: plain-language phrases per term code, matched whole
# (a phrase of several words only as that sequence) against the words of a directory search, so
# "help paying for treatment" finds financial-assistance listings that never use the word "paying".
# A term's own name always counts too. Plurals need not be listed: a final "s" is ignored on both
# sides. Kept to words that mean the term on their own, since each one widens a search: "help" or
# "cancer" would match every listing, and "therapy" alone is a medical treatment, not counseling.
SEARCH_WORDS = {
    "support-group": ("support group", "peer support", "group meeting", "meet others", "others like me",
                      "people like me", "group"),
    "counselling": ("counseling", "counselling", "counselor", "counsellor", "therapist", "talk therapy",
                    "psychotherapy", "psychologist", "social worker", "mental health", "emotional support",
                    "someone to talk to", "talk to someone", "anxiety", "depression", "coping"),
    "financial-assistance": ("paying", "pay for", "payment", "money", "bill", "cost", "afford", "grant",
                             "financial", "financial help", "copay", "co pay", "expense", "funds", "funding",
                             "insurance", "rent", "utility", "utilities", "medical bill"),
    "transport": ("transport", "transportation", "ride", "driver", "drive me", "travel", "gas", "parking",
                  "taxi", "bus", "to appointment", "to my appointment", "to treatment", "get to treatment",
                  "getting to treatment", "lift"),
    "home-care": ("home care", "help at home", "care at home", "home help", "meal", "housework", "cleaning",
                  "home health"),
    "child-care": ("child care", "childcare", "babysitting", "babysitter", "daycare", "kid", "children"),
    "palliative-care": ("palliative", "symptom relief", "pain relief", "symptom control", "pain"),
    "hospice": ("hospice", "end of life", "end-of-life", "dying", "comfort care"),
    "helpline": ("helpline", "hotline", "help line", "phone line", "someone to call", "call someone"),
    "information-service": ("information", "info", "learn about", "education", "educational"),
    "clinical-trial-navigation": ("clinical trial", "trial", "research study", "study"),
    "in-person": ("in person", "in-person", "face to face", "near me", "local"),
    "online": ("online", "virtual", "video", "zoom", "chat", "internet", "web"),
    "telephone": ("telephone", "phone", "by phone", "over the phone"),
    "person-with-cancer": ("patient",),
    "carer-or-family": ("caregiver", "carer", "family", "families", "spouse", "partner", "husband", "wife",
                        "loved one"),
    "bereaved": ("bereaved", "bereavement", "grief", "grieving", "loss", "widow", "widower", "lost someone"),
    "metastatic": ("metastatic", "stage 4", "stage iv", "stage four", "mbc", "mets", "advanced"),
}  # fmt: skip


def _search_form(text: str) -> list[str]:
    """The words of `text` as phrases are matched: lowercase, letters and digits only, no final "s"."""
    words = re.findall(r"[^\W_]+", text.lower())
    return [word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
            for word in words]  # fmt: skip


def _phrases() -> dict[str, list[tuple[str, ...]]]:
    phrases = {}
    for _taxonomy, code, name, _description in TERMS:
        forms = {tuple(_search_form(str(name))), *(tuple(_search_form(p)) for p in SEARCH_WORDS.get(code, ()))}
        phrases[code] = [form for form in forms if form]
    return phrases


def terms_named(text: str) -> dict[str, set[str]]:
    """The term codes, by taxonomy, whose name or search words occur in a reader's search `text`.

    Words the search excludes ("-online", as websearch syntax allows) name nothing.
    """
    kept = " ".join(word for word in text.split() if not word.startswith("-"))
    words = _search_form(kept)
    taxonomy_of = {code: taxonomy for taxonomy, code, _name, _description in TERMS}
    named: dict[str, set[str]] = {}
    for code, forms in _phrases().items():
        if any(_occurs(form, words) for form in forms):
            named.setdefault(taxonomy_of[code], set()).add(code)
    return named


def excluded_words(text: str) -> list[str]:
    """The words a search excludes with a minus sign ("-online")."""
    return [word[1:] for word in text.split() if word.startswith("-") and len(word) > 1]


def _occurs(form: tuple[str, ...], words: list[str]) -> bool:
    size = len(form)
    return any(tuple(words[start : start + size]) == form for start in range(len(words) - size + 1))


# Languages directory users ask for that Django's own list (django.conf.locale.LANG_INFO, by
# two-letter ISO 639-1 code) lacks: it lists only the languages Django itself is translated into.
EXTRA_LANGUAGES = {
    "zh": "Chinese", "ht": "Haitian Creole", "tl": "Tagalog", "so": "Somali", "sm": "Samoan", "ha": "Hausa",
    "yo": "Yoruba", "am": "Amharic", "ti": "Tigrinya", "hmn": "Hmong", "ps": "Pashto", "ku": "Kurdish",
}  # fmt: skip


def language_name(code: str) -> str | None:
    """The English name of an ISO 639 language code, or None when we do not know it."""
    from django.conf.locale import LANG_INFO

    if code in EXTRA_LANGUAGES:
        return EXTRA_LANGUAGES[code]
    info = LANG_INFO.get(code) if len(code) == 2 else None
    return info.get("name") if info else None


# Where a reader lives: the "area" filter offers every state, whether or not a local listing exists
# yet, because national, phone and online services reach them all the same.
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "PR": "Puerto Rico", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
