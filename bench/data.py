"""Generate the benchmark data set: 5,000 articles of 1,500-2,500 words with 10 references each,
all medicines, the glossary and the sample support listings, and the Spanish edition's share: the
sample Spanish topics, medicines and glossary terms, and a Spanish translation of the benchmark's
article (SPANISH_ARTICLE), of the same length and references. Never imported by the portal.

Medicines and glossary terms go through the real services. The 5,000 articles are written in bulk
for speed, but along the same path the database enforces (draft rows, then references, then the
allowed status changes, an approval by another user, then live_revision), so every trigger still
checks them.
"""

import random

from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone

from articles import lint, services
from articles.demo.glossary import GLOSSARY
from articles.demo.loader import SPANISH_PACKAGE, _Loader, _medicine_content, _references, _TranslationLoader
from articles.demo.medicines import MEDICINES
from articles.demo.topics import TOPICS
from articles.models import (
    ContentKind,
    DecisionOutcome,
    ItemTranslation,
    Reference,
    ReviewDecision,
    ReviewedItem,
    ReviewerProfile,
    Revision,
    RevisionStatus,
    Topic,
)
from articles.presentation import measure_text
from articles.rendering import render_markdown
from portal import roles

ARTICLES = 5000
REFERENCES_PER_ARTICLE = 10
BATCH = 250
# The article the page benchmark measures (bench/bench_pages.py: ARTICLE), translated for its Spanish rows.
SPANISH_ARTICLE = "bench-article-2500"

SENTENCES = [
    "Treatment for stage four breast cancer aims to control the cancer and help you feel as well as possible",
    "Your care team will explain each choice, what it involves and what side effects to expect",
    "Tests on the cancer cells help decide which medicines are most likely to work for you",
    "Many people take treatment for a long time, with breaks planned around how they feel",
    "Tell your team about new symptoms, even if they seem small, so they can help early",
    "Some medicines are given as a drip in a clinic, and others are tablets taken at home",
    "It is normal to feel worried, and support is available for you and your family",
    "Write down your questions before each appointment and bring someone with you if you can",
    "Side effects often get better with time, and many can be treated or prevented",
    "Clinical trials test new treatments, and your team can tell you whether one may suit you",
]


# The same sentences in Spanish, for the translated article: the same structure and about the same length.
SENTENCES_ES = [
    "El tratamiento del cáncer de mama en estadio cuatro busca controlar el cáncer y que se sienta lo mejor posible",
    "Su equipo de atención le explicará cada opción, lo que implica y qué efectos secundarios esperar",
    "Las pruebas de las células del cáncer ayudan a decidir qué medicamentos tienen más probabilidad de funcionar",
    "Muchas personas reciben tratamiento durante mucho tiempo, con descansos planeados según cómo se sienten",
    "Avise a su equipo de los síntomas nuevos, aunque parezcan pequeños, para que le ayuden a tiempo",
    "Algunos medicamentos se dan por vía intravenosa en una clínica, y otros son pastillas que se toman en casa",
    "Es normal sentirse preocupada, y hay apoyo para usted y su familia",
    "Escriba sus preguntas antes de cada cita y venga con alguien si puede",
    "Los efectos secundarios suelen mejorar con el tiempo, y muchos se pueden tratar o prevenir",
    "Los ensayos clínicos prueban tratamientos nuevos, y su equipo puede decirle si uno podría ser para usted",
]


def _body(rng: random.Random, sentences: list[str] = SENTENCES) -> str:
    words_wanted = rng.randint(1500, 2500)
    sections, words = [], 0
    while words < words_wanted:
        paragraph = []
        for _ in range(rng.randint(4, 7)):
            sentence = rng.choice(sentences)
            paragraph.append(f"{sentence} [{rng.randint(1, REFERENCES_PER_ARTICLE)}].")
            words += len(sentence.split()) + 1
        if len(sections) % 3 == 0:
            heading = "Part" if sentences is SENTENCES else "Parte"
            sections.append(f"## {heading} {len(sections) // 3 + 1}")
        sections.append(" ".join(paragraph))
    return "\n\n".join(sections)


def _users():
    author, _ = User.objects.get_or_create(username="bench-author", defaults={"is_staff": True})
    reviewer, _ = User.objects.get_or_create(username="bench-reviewer", defaults={"is_staff": True})
    author.groups.add(Group.objects.get(name=roles.AUTHORS))
    reviewer.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
    ReviewerProfile.objects.get_or_create(
        user=reviewer,
        defaults={"display_name": "Benchmark Reviewer (not a person)", "credentials": "Benchmark data",
                  "credentials_verified_at": timezone.now()},
    )  # fmt: skip
    return User.objects.get(pk=author.pk), User.objects.get(pk=reviewer.pk)


def _publish(author, reviewer, revision):
    services.revision_submit(revision=revision, user=author)
    services.revision_approve(revision=revision, reviewer=reviewer)


def _directory() -> None:
    """The sample support listings, so the directory and an organization page can be measured."""
    from resources.demo import load_directory
    from resources.models import Organization

    if Organization.objects.exists():
        return
    admin, _ = User.objects.get_or_create(username="bench-directory-admin", defaults={"is_staff": True})
    admin.groups.add(Group.objects.get(name=roles.DIRECTORY_ADMINS))
    load_directory(User.objects.get(pk=admin.pk))


def generate(log=print) -> None:
    _directory()
    if ReviewedItem.objects.articles().count() >= ARTICLES:
        log(f"bench data: {ARTICLES} articles already there")
    else:
        _english(log)
    _spanish(log)


def _english(log) -> None:
    author, reviewer = _users()
    for t in TOPICS:  # topics are reviewed content too: written and approved, never made directly
        if not ReviewedItem.objects.filter(kind=ContentKind.TOPIC, slug=t["slug"]).exists():
            _publish(author, reviewer, services.item_create(
                kind=ContentKind.TOPIC, slug=t["slug"], author=author, is_sample=True,
                content={"title": t["title"], "summary": t["summary"], "change_summary": "First version."},
            ))  # fmt: skip
    topics = list(Topic.objects.filter(slug__in=[t["slug"] for t in TOPICS]).order_by("position"))
    for data in MEDICINES:
        if not ReviewedItem.objects.filter(kind=ContentKind.MEDICINE, slug=data["slug"]).exists():
            _publish(author, reviewer, services.item_create(
                kind=ContentKind.MEDICINE, slug=data["slug"], author=author, content=_medicine_content(data),
                references=_references(data["references"]), is_sample=True,
            ))  # fmt: skip
    for data in GLOSSARY:
        if not ReviewedItem.objects.filter(kind=ContentKind.GLOSSARY, slug=data["slug"]).exists():
            content = {"title": data["term"], "summary": data["definition"], "aliases": data["aliases"],
                       "change_summary": "First version."}  # fmt: skip
            _publish(author, reviewer, services.item_create(
                kind=ContentKind.GLOSSARY, slug=data["slug"], author=author, content=content,
                references=_references(data["references"]), is_sample=True,
            ))  # fmt: skip
    medicine_ids = list(ReviewedItem.objects.medicines().values_list("pk", flat=True))
    rng = random.Random(20261126)  # the same data set on every machine
    existing = ReviewedItem.objects.articles().count()
    for start in range(existing, ARTICLES, BATCH):
        _article_batch(range(start, min(start + BATCH, ARTICLES)), topics, medicine_ids, author, reviewer, rng)
        log(f"bench data: {min(start + BATCH, ARTICLES)} / {ARTICLES} articles")


@transaction.atomic
def _article_batch(numbers, topics, medicine_ids, author, reviewer, rng):
    now = timezone.now()
    items = ReviewedItem.objects.bulk_create(
        ReviewedItem(kind=ContentKind.ARTICLE, slug=f"bench-article-{n}", topic=topics[n % len(topics)],
                     is_sample=True)
        for n in numbers
    )  # fmt: skip
    revisions = []
    for n, item in zip(numbers, items, strict=True):
        summary = "\n".join(f"- {rng.choice(SENTENCES)} [{k}]." for k in range(1, 4))
        revision = Revision(
            item=item, number=1, author=author, title=f"Benchmark article {n}: living with treatment",
            summary=summary, body=_body(rng), change_summary="First version.", hr_status=[], her2_status=[],
        )  # fmt: skip
        revision.rendered_html = {f: render_markdown(getattr(revision, f)) for f in services.MARKDOWN_FIELDS}
        revision.word_count, revision.reading_grade = measure_text(*revision.rendered_html.values())
        revisions.append(revision)
    Revision.objects.bulk_create(revisions)
    Reference.objects.bulk_create(
        Reference(revision=revision, position=k, title=f"Source {k} for {revision.title}",
                  authors="National Cancer Institute", source="Cancer.gov", year=2024,
                  url=f"https://www.cancer.gov/example/{revision.item_id}/{k}")
        for revision in revisions for k in range(1, REFERENCES_PER_ARTICLE + 1)
    )  # fmt: skip
    Revision.related_medicines.through.objects.bulk_create(
        Revision.related_medicines.through(revision=revision, medicine_id=medicine_id)
        for revision in revisions for medicine_id in rng.sample(medicine_ids, 2)
    )  # fmt: skip
    ids = [revision.pk for revision in revisions]
    Revision.objects.filter(pk__in=ids).update(status=RevisionStatus.IN_REVIEW, submitted_at=now)
    ReviewDecision.objects.bulk_create(
        ReviewDecision(revision=revision, reviewer=reviewer, reviewer_name="Benchmark Reviewer (not a person)",
                       reviewer_credentials="Benchmark data", outcome=DecisionOutcome.APPROVED, decided_at=now,
                       next_review_due=services.months_later(now.date(), 12))
        for revision in revisions
    )  # fmt: skip
    Revision.objects.filter(pk__in=ids).update(status=RevisionStatus.APPROVED)
    for item, revision in zip(items, revisions, strict=True):
        item.live_revision = revision
        item.last_reviewed_at = now
        item.reviewed_by = reviewer
        item.next_review_due = services.months_later(now.date(), 12)
    ReviewedItem.objects.bulk_update(items, ["live_revision", "last_reviewed_at", "reviewed_by", "next_review_due"])


def _spanish_users():
    """A translator, and a verified reviewer holding Spanish (the English reviewer's profile does not)."""
    translator, _ = User.objects.get_or_create(username="bench-translator", defaults={"is_staff": True})
    reviewer, _ = User.objects.get_or_create(username="bench-spanish-reviewer", defaults={"is_staff": True})
    translator.groups.add(Group.objects.get(name=roles.TRANSLATORS))
    reviewer.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
    ReviewerProfile.objects.get_or_create(
        user=reviewer,
        defaults={"display_name": "Benchmark Spanish Reviewer (not a person)", "credentials": "Benchmark data",
                  "credentials_verified_at": timezone.now(), "languages": ["en", "es"]},
    )  # fmt: skip
    return User.objects.get(pk=translator.pk), User.objects.get(pk=reviewer.pk)


def _spanish(log=print) -> None:
    """The Spanish edition's data, through the real services (idempotent): the sample Spanish topics,
    medicines and glossary terms of the pages the data set has, then the translation of SPANISH_ARTICLE."""
    author, _reviewer = _users()
    translator, spanish_reviewer = _spanish_users()
    loader = _Loader(author, spanish_reviewer, None, translator)
    added = _TranslationLoader(loader, SPANISH_PACKAGE).load()
    item = ReviewedItem.objects.get(kind=ContentKind.ARTICLE, slug=SPANISH_ARTICLE)
    if ItemTranslation.objects.live("es").filter(item=item).exists():
        log(f"bench data: {added} Spanish sample translations added; {SPANISH_ARTICLE} already in Spanish")
        return
    rng = random.Random(20261205)
    summary = "\n".join(f"- {rng.choice(SENTENCES_ES)} [{k}]." for k in range(1, 4))
    number = SPANISH_ARTICLE.rsplit("-", 1)[1]
    content = {"title": f"Artículo de prueba {number}: vivir con el tratamiento", "summary": summary,
               "body": _body(rng, SENTENCES_ES), "change_summary": "Primera traducción."}  # fmt: skip
    # Its references are the English version's (a translation keeps them unless it gives its own).
    draft = services.revision_save(item=item, author=translator, based_on=None, content=content, language="es")
    services.revision_submit(revision=draft, user=translator)
    # Filler text, like the English articles: its editorial findings are approved with a reason.
    errors = lint.errors(services.revision_findings(draft))
    services.revision_approve(
        revision=draft, reviewer=spanish_reviewer, overrides={f.key: "Benchmark." for f in errors}
    )
    log(f"bench data: {added} Spanish sample translations added; {SPANISH_ARTICLE} translated into Spanish")
