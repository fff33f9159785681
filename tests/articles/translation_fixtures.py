"""A tiny Spanish sample for the translation tests (the real sample texts live in articles/demo/spanish/)."""

from articles import services

SPANISH_ARTICLE = {
    "title": "La terapia hormonal para el cáncer de mama en estadio cuatro",
    "summary": "- La terapia hormonal trata los cánceres que crecen con el estrógeno [1].",
    "body": "## Qué es\n\nLa terapia hormonal baja o bloquea el estrógeno [1].",
    "change_summary": "Primera traducción.",
}


def translate(live_revision, translator, **changes):
    """A Spanish draft of an English revision, as the translator would save it."""
    item = live_revision.item
    latest = item.revisions.filter(language="es").order_by("-number").first()
    fields = services.writable_fields(item.kind, "es")  # the article sample's words, where the kind has them
    content = {name: value for name, value in {**SPANISH_ARTICLE, **changes}.items() if name in fields}
    return services.revision_save(
        item=item, author=translator, based_on=latest, content=content, language="es", translation_of=live_revision
    )


def publish_translation(live_revision, translator, reviewer, **changes):
    draft = translate(live_revision, translator, **changes)
    services.revision_submit(revision=draft, user=translator)
    services.revision_approve(revision=draft, reviewer=reviewer)
    draft.refresh_from_db()
    return draft
