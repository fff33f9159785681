"""Load the articles app's sample content through the same services staff use. Idempotent.

Called by the project's `load_demo_content` command (portal), which makes the demo accounts and
loads each app's sample content. Everything here is flagged as sample content.

Loading again adds what is new and brings the rest up to date the way staff would: when a sample
page's data differs from its live revision (text, references or related medicines), a new revision
"Updated the sample text." is written by the demo author and approved by the demo reviewer, so the
audit trail shows the change; approved revisions are never edited. A page somebody is reviewing,
one that is not sample content, and one never approved or withdrawn are left alone.
"""

import datetime
import importlib
import logging

from django.utils import timezone

from articles import lint, services
from articles.demo.articles import ARTICLES
from articles.demo.articles_more import ARTICLES_MORE
from articles.demo.glossary import GLOSSARY
from articles.demo.glossary_more import GLOSSARY_MORE
from articles.demo.medicines import MEDICINES
from articles.demo.medicines_hormone_targeted import MEDICINES_HORMONE_TARGETED
from articles.demo.medicines_more import MEDICINES_MORE
from articles.demo.medicines_new_targeted import MEDICINES_NEW_TARGETED
from articles.demo.medicines_parp_goserelin import MEDICINES_PARP_GOSERELIN
from articles.demo.topics import TOPICS
from articles.demo.urgent_help import URGENT_HELP
from articles.labels import services as label_services
from articles.models import (
    ContentKind,
    DecisionOutcome,
    ItemTranslation,
    ReviewedItem,
    ReviewerProfile,
    Revision,
    RevisionStatus,
    Topic,
)

logger = logging.getLogger(__name__)

DEMO_COI = "Demo account for showing the portal; no real person, no interests to declare."
SAMPLE_APPROVAL = "Sample approval (demo)."
FIRST_VERSION = "First version."
UPDATED = "Updated the sample text."
# An English sample page with one version gets this approved update (same text) before its Spanish sample,
# marked one version behind, is tied to the version before it: so `make run` shows the notice.
SAMPLE_UPDATE = "Sample update for the demo: no change to the text."
TRANSLATED = "Primera traducción (contenido de muestra)."
TRANSLATION_UPDATED = "Se actualizó la traducción de muestra."
SPANISH_PACKAGE = "articles.demo.spanish"

# The Spanish sample lists, loaded in this order: (module in the package, list name, kind of page).
SPANISH_DATA = [
    ("topics", "TOPICS_ES", ContentKind.TOPIC),
    ("medicines", "MEDICINES_ES", ContentKind.MEDICINE),
    ("glossary", "GLOSSARY_ES", ContentKind.GLOSSARY),
    ("glossary_more", "GLOSSARY_MORE_ES", ContentKind.GLOSSARY),
    ("urgent_help", "URGENT_HELP_ES", ContentKind.URGENT_HELP),
    ("articles", "ARTICLES_ES", ContentKind.ARTICLE),
]


def all_medicines() -> list[dict]:
    """Every sample medicine summary, from each data file."""
    return [
        *MEDICINES,
        *MEDICINES_HORMONE_TARGETED,
        *MEDICINES_MORE,
        *MEDICINES_NEW_TARGETED,
        *MEDICINES_PARP_GOSERELIN,
    ]


def all_glossary() -> list[dict]:
    """Every sample glossary term, from each data file."""
    return [*GLOSSARY, *GLOSSARY_MORE]


def all_articles() -> list[dict]:
    """Every sample article, from each data file (loaded after the medicines they name)."""
    return [*ARTICLES, *ARTICLES_MORE]


def reviewer_profile(user, *, display_name: str, credentials: str, languages=("en",)) -> ReviewerProfile:
    """A demo reviewer's profile, verified so the demo can approve; its name says it is a demo account.
    `languages`: the languages the demo account approves in (added to an existing profile's)."""
    profile, _ = ReviewerProfile.objects.get_or_create(
        user=user,
        defaults={
            "display_name": display_name, "credentials": credentials, "conflict_of_interest": DEMO_COI,
            "credentials_verified_at": timezone.now(), "languages": list(languages),
        },
    )  # fmt: skip
    missing = [code for code in languages if code not in profile.languages]
    if missing:  # a demo account made before the Spanish sample: it approves the sample translations too
        profile.languages = [*profile.languages, *missing]
        profile.save(update_fields=["languages"])
    return profile


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _references(entries):
    return [
        {
            "title": entry["title"],
            "authors": entry.get("authors", ""),
            "source": entry.get("source", ""),
            "year": entry.get("year"),
            "url": entry.get("url", ""),
            "doi": entry.get("doi", ""),
            "pmid": entry.get("pmid", ""),
            "accessed_on": _date(entry.get("accessed")),
        }
        for entry in entries
    ]


def _medicine_content(data):
    brands = data["brand_names"]
    title = (
        f"{data['generic_name'].capitalize()} ({', '.join(brands)})" if brands else data["generic_name"].capitalize()
    )
    content = {
        field: data[field]
        for field in (
            "generic_name", "brand_names", "drug_class", "summary", "how_it_works", "who_it_is_for",
            "line_of_treatment", "hr_status", "her2_status", "routes", "schedule", "common_side_effects",
            "serious_side_effects", "questions_to_ask",
        )
    }  # fmt: skip
    confirmed = data["label_confirmed"]
    content.update(
        title=title,
        change_summary=FIRST_VERSION,
        fda_label_url=data["fda_label_url"] if confirmed else "",
        fda_label_date=_date(data["fda_label_date"]) if confirmed else None,
        biomarkers=list(data.get("biomarkers", [])),
        breast_cancer_use_withdrawn_on=_date(data.get("breast_cancer_use_withdrawn_on")),
    )
    return content


def _article_content(data):
    fields = ("title", "summary", "body", "hr_status", "her2_status", "change_summary")
    content = {field: data[field] for field in fields if field in data}
    content["biomarkers"] = list(data.get("biomarkers", []))
    return content


def _glossary_content(data):
    return {"title": data["term"], "summary": data["definition"], "aliases": data["aliases"],
            "change_summary": FIRST_VERSION}  # fmt: skip


def _comparable(content, references, medicine_ids):
    """What a page shows, in one form whether it comes from the data or from a revision: the fields
    the data gives (not the change summary, which says why a version was written), its references
    and its related medicines."""
    fields = {
        name: value.strip() if isinstance(value, str) else value
        for name, value in content.items()
        if name != "change_summary"
    }
    refs = [{name: value.strip() if isinstance(value, str) else value for name, value in ref.items()}
            for ref in references]  # fmt: skip
    return fields, refs, sorted(medicine_ids)


class _Loader:
    def __init__(self, author, reviewer, second_reviewer, translator=None):
        self.author, self.reviewer, self.second_reviewer = author, reviewer, second_reviewer
        self.translator = translator
        self.created = 0
        self.updated = 0

    def create(self, kind, slug, content, references=(), topic=None, medicine_ids=()):
        """A new sample page's first draft, or None if a page of this kind and address exists."""
        if ReviewedItem.objects.filter(kind=kind, slug=slug).exists():
            return None
        self.created += 1
        return services.item_create(
            kind=kind, slug=slug, author=self.author, topic=topic, content=content,
            references=_references(references), related_medicine_ids=medicine_ids, is_sample=True,
        )  # fmt: skip

    def approve(self, revision):
        services.revision_submit(revision=revision, user=self.author)
        services.revision_approve(revision=revision, reviewer=self.reviewer, comment=SAMPLE_APPROVAL)

    def refresh(self, kind, slug, content, references=(), medicine_ids=(), also_current=()) -> Revision | None:
        """When an existing sample page's live text differs from the data, a new revision with the data's
        text, approved like any edit; the live revision is never changed. `also_current` lists other
        (content, references, medicine ids) the page may show without being out of date (an article's
        planned next version, once a reviewer approved it). Returns the new revision, if any."""
        item = ReviewedItem.objects.select_related("live_revision__item").get(kind=kind, slug=slug)
        live = item.live_revision
        if not item.is_sample or live is None:
            return None  # staff's own page of that address, or a page never approved or withdrawn
        references = _references(references)
        wanted = [_comparable(content, references, medicine_ids)]
        wanted += [_comparable(*version) for version in also_current]
        live_content, live_references, live_medicines = services.revision_content(live)
        shown = _comparable({name: live_content[name] for name in content}, live_references, live_medicines)
        if shown in wanted:
            return None
        latest = item.revisions.filter(language="en").order_by("-number").first()
        if latest.status == RevisionStatus.IN_REVIEW:
            return None  # somebody is reviewing it: leave it to them
        newer = services.revision_save(
            item=item, author=self.author, based_on=latest, content={**content, "change_summary": UPDATED},
            references=references, related_medicine_ids=medicine_ids,
        )  # fmt: skip
        self.approve(newer)
        self.updated += 1
        return newer

    def topic(self, data) -> None:
        """A sample topic, written and approved like any reviewed page."""
        content = {"title": data["title"], "summary": data["summary"], "change_summary": FIRST_VERSION}
        revision = self.create(ContentKind.TOPIC, data["slug"], content)
        if revision is not None:
            self.approve(revision)
        else:
            self.refresh(ContentKind.TOPIC, data["slug"], content)

    def medicine(self, data) -> None:
        content = _medicine_content(data)
        revision = self.create(ContentKind.MEDICINE, data["slug"], content, data["references"])
        # The label watch follows the label the summary links to, as a reviewer would set it.
        setid = label_services.setid_from_label_url(data["fda_label_url"])
        if revision is not None:
            if setid:
                label_services.medicine_set_setid(item=revision.item, user=self.reviewer, setid=setid)
            self.approve(revision)
            return
        item = ReviewedItem.objects.medicines().get(slug=data["slug"])
        if self.refresh(ContentKind.MEDICINE, data["slug"], content, data["references"]) and setid:
            if item.dailymed_setid != setid:  # the sample now links to another label: follow that one
                label_services.medicine_set_setid(item=item, user=self.reviewer, setid=setid)

    def glossary_term(self, data) -> None:
        content = _glossary_content(data)
        revision = self.create(ContentKind.GLOSSARY, data["slug"], content, data["references"])
        if revision is not None:
            self.approve(revision)
        else:
            self.refresh(ContentKind.GLOSSARY, data["slug"], content, data["references"])

    def article(self, data, topic, medicine_ids) -> None:
        content = _article_content(data)
        related = [medicine_ids[slug] for slug in data["related_medicines"]]
        revision = self.create(
            ContentKind.ARTICLE, data["slug"], content, data["references"], topic=topic, medicine_ids=related
        )
        if revision is None:
            if data["state"] == "live":
                self.refresh(
                    ContentKind.ARTICLE,
                    data["slug"],
                    content,
                    data["references"],
                    related,
                    also_current=[_next_version(content, data, related)] if "next_revision" in data else (),
                )
            return  # fmt: skip
        if data["state"] == "draft":
            return
        self.approve(revision)
        if data["state"] == "withdrawn":
            services.item_withdraw(
                item=revision.item, user=self.second_reviewer, reason=data["withdrawal_reason"],
                next_url=data.get("withdrawal_next_url", ""),
            )  # fmt: skip
        elif "next_revision" in data:
            next_content, references, related = _next_version(content, data, related)
            newer = services.revision_save(
                item=revision.item, author=self.author, based_on=revision, content=next_content,
                references=references, related_medicine_ids=related,
            )  # fmt: skip
            services.revision_submit(revision=newer, user=self.author)

    def content(self) -> int:
        for data in TOPICS:
            self.topic(data)
        topics = Topic.objects.in_bulk([data["slug"] for data in TOPICS], field_name="slug")
        for data in all_medicines():
            self.medicine(data)
        for data in all_glossary():
            self.glossary_term(data)

        # The urgent help panel (issue 21): one reviewed item; none is added when staff have their own.
        if not ReviewedItem.objects.filter(kind=ContentKind.URGENT_HELP).exists():
            panel = {key: URGENT_HELP[key] for key in ("title", "summary", "body")}
            revision = self.create(
                ContentKind.URGENT_HELP, URGENT_HELP["slug"], {**panel, "change_summary": "First version."},
                URGENT_HELP["references"],
            )  # fmt: skip
            self.approve(revision)

        medicine_ids = dict(ReviewedItem.objects.medicines().values_list("slug", "pk"))
        for data in all_articles():
            if data["topic"] not in topics:
                continue  # staff's own topic of that address, not yet approved: no page can join it
            self.article(data, topics[data["topic"]], medicine_ids)
        return self.created


def _next_version(content, data, related):
    """The content, references and related medicines of an article's planned next version (left in review)."""
    changes = dict(data["next_revision"])
    references = _references(changes.pop("references", data["references"]))
    return {**content, **changes}, references, related


def spanish_entries(package: str = SPANISH_PACKAGE):
    """(kind, entry) for each Spanish sample entry, list by list (SPANISH_DATA); a module or list that
    does not exist (yet) is left out."""
    for module_name, list_name, kind in SPANISH_DATA:
        path = f"{package}.{module_name}"
        try:
            module = importlib.import_module(path)
        except ModuleNotFoundError as error:
            if error.name in (package, path) or package.startswith(f"{error.name}."):
                continue
            raise
        data = getattr(module, list_name, None)
        if data is None:
            continue
        for entry in [data] if isinstance(data, dict) else data:
            yield kind, entry


def _translated_content(kind, entry, english: Revision) -> dict:
    """A Spanish entry (the English entry's keys, text fields only) as the fields a translator writes."""
    if kind == ContentKind.GLOSSARY:
        content = {"title": entry["term"], "summary": entry["definition"], "aliases": list(entry.get("aliases", []))}
    elif kind == ContentKind.MEDICINE:
        fields = services.TRANSLATED_FIELDS[kind]
        content = {name: entry[name] for name in fields if name in entry and name != "title"}
        generic = entry.get("generic_name") or english.generic_name
        brands = english.brand_names  # brand names are not translated; the English page's
        content["title"] = (
            f"{generic[:1].upper()}{generic[1:]} ({', '.join(brands)})" if brands else generic.capitalize()
        )
    else:
        content = {name: entry[name] for name in ("title", "summary", "body") if name in entry}
    return {name: value for name, value in content.items() if name in services.TRANSLATED_FIELDS[kind]}


class _TranslationLoader:
    """The Spanish sample translations, drafted by the demo translator and approved by a demo reviewer
    holding Spanish, like any translation. Idempotent in the English loader's way: a sample page's live
    translation is replaced (by a new approved version) only when the data or the English version it
    should follow changed; a translation in review, or of a page that is not sample content, is left alone."""

    def __init__(self, loader: _Loader, package: str):
        self.loader, self.package = loader, package
        self.created = 0
        self.skipped: list[str] = []

    def load(self) -> int:
        for kind, entry in spanish_entries(self.package):
            self.entry(kind, entry)
        return self.created

    def _item(self, kind, entry) -> ReviewedItem | None:
        items = ReviewedItem.objects.filter(kind=kind)
        item = items.first() if kind == ContentKind.URGENT_HELP else items.filter(slug=entry.get("slug")).first()
        if item is None or not item.is_sample or item.live_revision_id is None:
            return None  # no such English page, staff's own page, or not published
        return item

    def _previous_english(self, item: ReviewedItem) -> Revision | None:
        """The approved English version before the live one, making the sample update if there is none."""
        live = Revision.objects.get(pk=item.live_revision_id)
        approved = item.revisions.filter(language="en", decision__outcome=DecisionOutcome.APPROVED)
        previous = approved.filter(number__lt=live.number).order_by("-number").first()
        if previous is not None:
            return previous
        latest = item.revisions.filter(language="en").order_by("-number").first()
        if latest.status == RevisionStatus.IN_REVIEW:
            return None  # somebody is reviewing the English page: leave it to them
        content, references, medicine_ids = services.revision_content(live)
        update = services.revision_save(
            item=item, author=self.loader.author, based_on=latest, content={**content, "change_summary": SAMPLE_UPDATE},
            references=references, related_medicine_ids=medicine_ids,
        )  # fmt: skip
        self.loader.approve(update)
        return live

    def entry(self, kind, entry) -> None:
        item = self._item(kind, entry)
        if item is None:
            return
        target = self._previous_english(item) if entry.get("one_version_behind") else None
        if target is None:
            item.refresh_from_db()
            target = Revision.objects.get(pk=item.live_revision_id)
        content = _translated_content(kind, entry, target)
        references = _references(entry["references"]) if entry.get("references") else []
        row = ItemTranslation.objects.filter(item=item, language="es").select_related("live_revision").first()
        live = row.live_revision if row else None
        latest = item.revisions.filter(language="es").order_by("-number").first()
        if latest is not None and latest.status == RevisionStatus.IN_REVIEW:
            return  # a translation in review: leave it to its reviewer
        if live is not None and live.translation_of_id == target.pk:
            shown, shown_references, _ = services.revision_content(live)
            wanted_references = references or services.revision_content(target)[1]
            if _comparable(content, wanted_references, []) == _comparable(
                {name: shown.get(name) for name in content}, shown_references, []
            ):
                return
        change = TRANSLATED if live is None else TRANSLATION_UPDATED
        draft = services.revision_save(
            item=item, author=self.loader.translator, based_on=latest, content={**content, "change_summary": change},
            references=references, language="es", translation_of=target,
        )  # fmt: skip
        draft = services.revision_submit(revision=draft, user=self.loader.translator)
        refusal = services.approval_refusal(revision=draft, user=self.loader.reviewer)
        errors = lint.errors(services.revision_findings(draft))
        if refusal or errors:  # never approved with editorial errors or by the wrong reviewer: left in review
            self.skipped.append(f"{kind} {item.slug}: {refusal or '; '.join(e.title for e in errors)}")
            logger.warning("Spanish sample %s %s left in review: %s", kind, item.slug, self.skipped[-1])
            return
        services.revision_approve(revision=draft, reviewer=self.loader.reviewer, comment=SAMPLE_APPROVAL)
        self.created += live is None


def load(*, author, reviewer, second_reviewer, translator=None, spanish_package: str | None = None) -> int:
    """Add the sample topics, medicine summaries, glossary terms and articles not yet present, written
    by `author` and approved by `reviewer` (`second_reviewer` withdraws one), then (with `translator`)
    the Spanish sample translations, approved by `reviewer`, whose profile must hold Spanish. Returns how
    many pages and translations were added. The reviewers need profiles (`reviewer_profile`)."""
    loader = _Loader(author, reviewer, second_reviewer, translator)
    created = loader.content()
    if translator is not None:
        created += _TranslationLoader(loader, spanish_package or SPANISH_PACKAGE).load()
    return created
