"""Our directory vocabulary: the taxonomy terms services are filed under.

Ids are derived from the codes (UUID version 5), so every installation and every export gives a
term the same id and partners can keep using `taxonomy_term_id` filters across our updates.
"""

import uuid

from django.utils.translation import gettext_lazy as _

TERM_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://openreferral.org/hsds/portal-taxonomy/")

# (taxonomy, code, name, description)
TERMS = [
    ("category", "support-group", _("Support group"),
     _("Meetings with others living with cancer, in person or online.")),
    ("category", "counselling", _("Counselling and therapy"),
     _("Talking with a counsellor, social worker or therapist.")),
    ("category", "financial-assistance", _("Financial assistance"), _("Help with treatment costs, bills or benefits.")),
    ("category", "transport", _("Transport"), _("Rides or travel costs to get to treatment.")),
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
    ("audience", "carer-or-family", _("Carers and family"), _("For partners, family members and friends who help.")),
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
