"""The diff shows only real changes (issue 20): line endings and trailing spaces are normalised at
the form, in the services, in the diff, and in stored revisions by a recorded migration."""

import importlib

import pghistory.models
import pytest
from django.apps import apps
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from articles import services
from articles.diff import revision_changes, unchanged_fields, word_diff
from articles.forms import ReferenceForm, RevisionForm
from articles.models import ContentKind, ReviewedItem, Revision
from articles.rendering import normalise_text, render_markdown
from tests.content import medicine_content, publish, reference, save_edit

pytestmark = pytest.mark.django_db

migration = importlib.import_module("articles.migrations.0011_normalise_line_endings")

MULTILINE = {
    "how_it_works": "It blocks estrogen [1].\n\nCancer cells then grow more slowly.",
    "common_side_effects": "- Hot flashes\n- Tiredness\n- Joint aches",
    "serious_side_effects": "- Pain or swelling in one leg\n- Chest pain",
    "questions_to_ask": "- How long will I take it?\n- What if I miss a dose?",
}


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def test_normalise_text():
    assert normalise_text("a  \r\nb\t\rc \n\n d") == "a\nb\nc\n\n d"
    assert normalise_text("no change\n- list") == "no change\n- list"


def test_the_editor_form_normalises_every_text_field():
    data = {
        "title": "Tamoxifen  ", "summary": crlf("Line one.  \nLine two."), "change_summary": "Fixed.  ",
        "generic_name": "tamoxifen", "brand_names": "Soltamox ,  Nolvadex", "based_on": "",
        **{name: crlf(value.replace("\n", "   \n")) for name, value in MULTILINE.items()},
    }  # fmt: skip
    form = RevisionForm(data, kind=ContentKind.MEDICINE, new=False)
    assert form.is_valid(), form.errors
    content = form.content()
    assert content["summary"] == "Line one.\nLine two."
    for name, value in MULTILINE.items():
        assert content[name] == value
    assert content["brand_names"] == ["Soltamox", "Nolvadex"]
    assert content["title"] == "Tamoxifen"


def test_the_reference_form_normalises_too():
    form = ReferenceForm({"title": " A source\r\n ", "authors": "NCI\t", "url": "https://www.cancer.gov/x"})
    assert form.is_valid(), form.errors
    assert form.reference()["title"] == "A source"
    assert form.reference()["authors"] == "NCI"


def test_the_services_normalise_whatever_the_caller(author, topic):
    content = medicine_content(**{name: crlf(value) + "  " for name, value in MULTILINE.items()})
    content["summary"] = "One line.  \r\nTwo lines.\r"
    revision = services.item_create(
        kind=ContentKind.MEDICINE, slug="tamoxifen", author=author, content=content,
        references=[reference(1, title="A title  \r\nwith a break")],
    )  # fmt: skip
    stored = Revision.objects.get(pk=revision.pk)
    assert stored.summary == "One line.\nTwo lines."
    for name, value in MULTILINE.items():
        assert getattr(stored, name) == value
    assert stored.references.get().title == "A title\nwith a break"


def test_a_crlf_edit_of_one_field_shows_only_that_field(author, reviewer):
    item = publish(ContentKind.MEDICINE, "tamoxifen", author, reviewer, medicine_content(**MULTILINE), [reference(1)])
    live = item.revisions.get()
    edited = {name: crlf(value) for name, value in MULTILINE.items()}  # as a browser posts them
    edited["common_side_effects"] = crlf("- Hot flashes\n- Tiredness\n- Joint or muscle aches")
    draft = save_edit(live, author, change_summary="Muscle aches too.", **edited)
    changes = revision_changes(live, draft, live_references=[], references=[], live_medicines=[], medicines=[])
    assert [str(change.label) for change in changes] == ["Common side effects"]
    assert "<ins>or muscle </ins>" in changes[0].html
    unchanged = {str(field.label) for field in unchanged_fields(live, draft)}
    assert {"How it works", "Serious side effects to report at once", "Questions to ask your care team"} <= unchanged


def test_the_diff_ignores_line_endings_even_of_old_rows():
    assert word_diff("a b\r\nc d  \r\ne", "a b\nc d\ne") == "a b\nc d\ne"
    assert word_diff("a b\r\nc", "a x\nc") == "a <del>b\n</del><ins>x\n</ins>c"


def test_the_review_screen_folds_unchanged_fields_away(client, author, reviewer):
    item = publish(ContentKind.MEDICINE, "tamoxifen", author, reviewer, medicine_content(**MULTILINE), [reference(1)])
    draft = save_edit(item.revisions.get(), author, change_summary="Fixed.", schedule="Every day, with food.")
    client.force_login(reviewer)
    html = client.get(reverse("admin:articles_revision_review", args=[draft.pk])).content.decode()
    changed = html[html.index('id="changes-heading"') : html.index('<details class="unchanged">')]
    folded = html[html.index('<details class="unchanged">') : html.index("</details>")]
    assert "Schedule, in words" in changed
    assert "How it works" not in changed
    assert "fields unchanged</summary>" in folded
    assert "How it works" in folded
    assert 'target="_blank"' in html
    assert reverse("admin:articles_revision_preview", args=[draft.pk]) in html


# --- Stored revisions: the 0011 migration --------------------------------------------------------------


def store_with_crlf(live: Revision, **fields):
    """Put old-style text (CRLF, trailing spaces) in a stored, approved revision, as the editor used
    to store it; the write-once trigger has to be switched off for that, as in the migration."""
    import pgtrigger

    with pgtrigger.ignore(migration.WRITE_ONCE_TRIGGER):
        Revision.objects.filter(pk=live.pk).update(**fields)


class FakeSchemaEditor:
    connection = connection


def test_the_migration_normalises_stored_revisions_and_records_it(author, reviewer):
    item = publish(ContentKind.MEDICINE, "tamoxifen", author, reviewer, medicine_content(**MULTILINE), [reference(1)])
    live = item.revisions.get()
    html_before = live.rendered_html
    hard_break = "First line  \nsecond line of the same paragraph."
    store_with_crlf(
        live,
        how_it_works=crlf(MULTILINE["how_it_works"]),
        common_side_effects=crlf(MULTILINE["common_side_effects"].replace("\n", "  \n", 1).replace("\n-", " \t\n-")),
        questions_to_ask=crlf(hard_break),
        title="Tamoxifen ",
    )
    assert "\r" in Revision.objects.get(pk=live.pk).how_it_works

    migration.normalise_line_endings(apps, FakeSchemaEditor())

    stored = Revision.objects.get(pk=live.pk)
    assert stored.how_it_works == MULTILINE["how_it_works"]
    assert stored.common_side_effects == MULTILINE["common_side_effects"]
    assert stored.title == "Tamoxifen"
    # Two trailing spaces were a Markdown line break: kept, so the page does not change.
    assert stored.questions_to_ask == hard_break
    assert render_markdown(stored.questions_to_ask) == render_markdown(crlf(hard_break))
    assert stored.rendered_html == html_before  # what patients see is untouched
    assert stored.status == "approved"
    assert ReviewedItem.objects.get(pk=item.pk).live_revision_id == live.pk
    events = pghistory.models.Events.objects.filter(pgh_obj_model="articles.Revision", pgh_obj_id=str(live.pk))
    normalised = [e for e in events if (e.pgh_context or {}).get("action") == "normalise_line_endings"]
    assert len(normalised) == 1
    assert normalised[0].pgh_context["migration"] == "0011_normalise_line_endings"
    assert normalised[0].pgh_data["how_it_works"] == MULTILINE["how_it_works"]

    # Run again: nothing left to do, nothing recorded.
    migration.normalise_line_endings(apps, FakeSchemaEditor())
    events = pghistory.models.Events.objects.filter(pgh_obj_model="articles.Revision", pgh_obj_id=str(live.pk))
    assert len([e for e in events if (e.pgh_context or {}).get("action") == "normalise_line_endings"]) == 1


def test_outside_the_migration_approved_text_stays_write_once(live):
    with pytest.raises(DatabaseError), transaction.atomic():
        Revision.objects.filter(pk=live.pk).update(body=live.body + "\r\n")


# --- The staff search finds every field of a medicine summary ------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "query"),
    [
        ("common_side_effects", "- Unusual zebrafatigue", "zebrafatigue"),
        ("questions_to_ask", "- Can I drive after quokkainfusion?", "quokkainfusion"),
        ("who_it_is_for", "People with narwhaltumours [1].", "narwhaltumours"),
        ("drug_class", "Axolotl inhibitor", "axolotl"),
        ("schedule", "Every capybaraweek", "capybaraweek"),
        ("brand_names", ["Wombatrex"], "wombatrex"),
    ],
)
def test_the_admin_revision_search_covers_every_medicine_field(client, author, reviewer, field, value, query):
    publish(ContentKind.MEDICINE, "tamoxifen", author, reviewer, medicine_content(**{field: value}), [reference(1)])
    publish(ContentKind.MEDICINE, "other", author, reviewer, medicine_content(title="Other medicine"), [reference(1)])
    client.force_login(reviewer)
    html = client.get("/admin/articles/revision/", {"q": query}).content.decode()
    assert "1 result" in html
    assert ">Tamoxifen<" in html
    assert "Other medicine" not in html
