"""Normalise the line endings and trailing spaces of stored revisions: a recorded normalisation.

Browsers post a textarea's lines with CRLF, so revisions saved through the editor stored `\\r\\n`,
and a word diff against a version that arrived another way (an import, the demo, a script) marked
the last word of every line as changed. The editor and the services now store LF and no spaces at
a line's end; this migration brings the stored revisions in line.

Why a recorded normalisation and not new revisions: a new revision of every affected page would
go back to review for a change nobody made, bury each page's real history under machine-made
versions, and leave the approved rows (the baselines reviewers compare with) as they were. What
changes here is whitespace only, and nothing a reader or a reviewer sees:

- only CRLF and CR become LF, and spaces or tabs before a line end are dropped; no word changes;
- a Markdown field is rewritten only if the normalised text renders to exactly the same HTML as
  the stored text (so a line break written as two trailing spaces keeps its spaces), and the
  stored, sanitised HTML patients see is not touched;
- revisions are write-once (a database trigger): the trigger is ignored for these updates only,
  inside this migration, with `pgtrigger.ignore`, and every update is recorded by django-pghistory
  with the context {"action": "normalise_line_endings", "migration": "0011_normalise_line_endings"},
  so the audit trail shows exactly which rows were normalised, when and by what;
- references are not touched: their fields are single-line inputs, already stripped.

Reversing does nothing: the old line endings carried no meaning.
"""

import operator
import re
from functools import reduce

import pghistory
import pgtrigger
from django.db import migrations
from django.db.models import Q
from markdown_it import MarkdownIt

# Copied, not imported: a migration keeps doing what it did when the code changes.
TEXT_FIELDS = (
    "title", "summary", "body", "change_summary", "generic_name", "drug_class", "how_it_works", "who_it_is_for",
    "line_of_treatment", "schedule", "common_side_effects", "serious_side_effects", "questions_to_ask",
)  # fmt: skip
MARKDOWN_FIELDS = (
    "summary", "body", "how_it_works", "who_it_is_for", "common_side_effects", "serious_side_effects",
    "questions_to_ask",
)  # fmt: skip
WRITE_ONCE_TRIGGER = "articles.Revision:revision_content_is_write_once"
CONTEXT = {"action": "normalise_line_endings", "migration": "0011_normalise_line_endings"}

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
_LINE_ENDS = re.compile(r"\r\n?")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def _normalised(field: str, text: str) -> str:
    lf = _LINE_ENDS.sub("\n", text)
    stripped = _TRAILING_SPACE.sub("", lf)
    if field in MARKDOWN_FIELDS and _markdown.render(stripped) != _markdown.render(text):
        return lf  # trailing spaces that were a hard line break: keep them, the page must not change
    return stripped


def normalise_line_endings(apps, schema_editor):
    Revision = apps.get_model("articles", "Revision")
    revisions = Revision.objects.using(schema_editor.connection.alias)
    # A carriage return, or a space or tab before a line end, in any text field.
    suspects = revisions.filter(
        reduce(operator.or_, (Q(**{f"{name}__regex": r"\r|[ \t]\n|[ \t]$"}) for name in TEXT_FIELDS))
    )
    with pghistory.context(**CONTEXT), pgtrigger.ignore(WRITE_ONCE_TRIGGER):
        for revision in suspects.only("pk", *TEXT_FIELDS).order_by("pk"):
            changes = {}
            for field in TEXT_FIELDS:
                text = getattr(revision, field) or ""
                normalised = _normalised(field, text)
                if normalised != text:
                    changes[field] = normalised
            if changes:
                revisions.filter(pk=revision.pk).update(**changes)


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_reviewed_topics")]
    operations = [migrations.RunPython(normalise_line_endings, migrations.RunPython.noop, elidable=False)]
