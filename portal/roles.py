"""The staff roles. Each is a Django group; later migrations grant them exact permissions."""

from django.utils.translation import gettext_lazy as _

AUTHORS = "Authors"
CLINICAL_REVIEWERS = "Clinical reviewers"
DIRECTORY_ADMINS = "Directory admins"
TRANSLATORS = "Translators"

ROLE_DESCRIPTIONS = {
    AUTHORS: _("Write and revise articles, medicine summaries and glossary entries, and submit them."),
    CLINICAL_REVIEWERS: _("Approve or send back each version of medical content before patients see it."),
    DIRECTORY_ADMINS: _("Keep the support-organization directory accurate and verified."),
    TRANSLATORS: _("Translate approved English pages and submit each translation for clinical review."),
}
