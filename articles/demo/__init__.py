"""Sample content for `manage.py load_demo_content` (the project's command, in portal): the modules
below hold data only, no logic; `loader` loads them through the services.

It exists to show the portal working, not to publish medicine: every item is flagged as sample
content, labelled as such on the page and served with `noindex`. The text uses only
well-established facts; every reference was confirmed to exist when it was written; there are no
statistics, doses, quotes or invented identifiers.

Formats (plain Python data; Markdown in the text fields, citations written `[1]`, `[2]` by the
position of the reference in that item's ``references`` list):

- A reference: ``{"title", "authors" (people or the publishing organization), "source" (journal
  or website), "year" (int or None), "url", "doi" ("" if none), "pmid" ("" if none),
  "accessed" (ISO date)}``.
- ``topics.TOPICS``: ``{"slug", "title", "summary"}`` in reading order.
- ``medicines.MEDICINES``: ``{"slug", "generic_name", "brand_names", "drug_class", "summary",
  "how_it_works", "who_it_is_for", "line_of_treatment", "hr_status", "her2_status", "routes",
  "schedule", "common_side_effects", "serious_side_effects", "questions_to_ask", "fda_label_url",
  "fda_label_date", "label_confirmed", "biomarkers", "references"}`` and optionally
  "breast_cancer_use_withdrawn_on" (ISO date); ``medicines_hormone_targeted.MEDICINES_HORMONE_TARGETED``,
  ``medicines_more.MEDICINES_MORE``, ``medicines_new_targeted.MEDICINES_NEW_TARGETED`` and
  ``medicines_parp_goserelin.MEDICINES_PARP_GOSERELIN`` have the same format. ``biomarkers`` holds only markers
  the label's approved uses name ("esr1", "pik3ca_akt1_pten", "gbrca", "pdl1").
- ``articles.ARTICLES`` and ``articles_more.ARTICLES_MORE``: ``{"slug", "topic", "title", "summary",
  "body", "hr_status", "her2_status", "related_medicines", "references", "change_summary", "state"}`` where state is
  "live", "draft" (never approved) or "withdrawn" (with "withdrawal_reason" and
  optionally "withdrawal_next_url"); a live article may
  carry "next_revision" (fields that differ, with its own "change_summary"), left in review. An
  article may have "biomarkers" too.
- ``glossary.GLOSSARY`` and ``glossary_more.GLOSSARY_MORE``: ``{"slug", "term", "aliases", "definition",
  "references"}``; no term or alias belongs to two entries.
- ``urgent_help.URGENT_HELP``: the one "get help now" panel, ``{"slug", "title", "summary",
  "body", "references"}``.
"""
