"""Spanish sample content (issue 22): translations of the English sample texts, plain data, no logic.

The loader reads these modules and writes each entry as a Spanish revision of the English page with the
same slug, tied to the English revision it translates; like the English samples, every entry is flagged as
sample content, labelled as such on the page and served with `noindex` (the loader does the labelling, so
the texts carry no banner of their own).

Formats: each entry has exactly the keys of the English entry of the same kind (see ``articles.demo``),
with the same meaning and format, except:

- ``"slug"`` is the ENGLISH slug of the page it translates (the Spanish page is /es/<same path>/).
- Fields that are not text are left out and taken from the English page: an article's ``topic``,
  ``hr_status``, ``her2_status``, ``biomarkers``, ``related_medicines`` and ``state``; a medicine's
  ``hr_status``, ``her2_status``, ``biomarkers``, ``routes``, ``fda_label_url``, ``fda_label_date``,
  ``label_confirmed`` and ``breast_cancer_use_withdrawn_on``. A medicine's ``brand_names`` are kept as in
  English (brand names are not translated).
- Text fields are in Spanish (plain Spanish for patients and families in the US, "usted"). Citations are
  the same ``[n]`` marks on the same claims as in English.
- ``"references"`` keep the English entry's sources, in the same order and format (so every ``[n]`` still
  points at the same source); a Spanish source, confirmed to exist, may follow at the END of the list.
- ``"change_summary"`` (articles) says why the Spanish version was written.
- Optional ``"translator_note"``: a short note for the reviewer, never shown to readers.
- Exactly one article carries ``"one_version_behind": True``: the loader ties it to the previous English
  revision, so the out-of-date notice shows after ``make run``.

Modules and names:

- ``articles.ARTICLES_ES``: articles.
- ``medicines.MEDICINES_ES``: medicine summaries.
- ``glossary.GLOSSARY_ES``: glossary terms (``aliases`` hold Spanish synonyms and common misspellings,
  for search; brand names stay as they are).
- ``topics.TOPICS_ES``: topics.
- ``urgent_help.URGENT_HELP_ES``: the "get help now" panel (911 and the temperatures exactly as in
  English, °F first).
"""
