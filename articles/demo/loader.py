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

from django.utils import timezone

from articles import services
from articles.demo.articles import ARTICLES
from articles.demo.articles_more import ARTICLES_MORE
from articles.demo.glossary import GLOSSARY
from articles.demo.medicines import MEDICINES
from articles.demo.medicines_hormone_targeted import MEDICINES_HORMONE_TARGETED
from articles.demo.medicines_more import MEDICINES_MORE
from articles.demo.topics import TOPICS
from articles.demo.urgent_help import URGENT_HELP
from articles.labels import services as label_services
from articles.models import ContentKind, ReviewedItem, ReviewerProfile, Revision, RevisionStatus, Topic

DEMO_COI = "Demo account for showing the portal; no real person, no interests to declare."
SAMPLE_APPROVAL = "Sample approval (demo)."
FIRST_VERSION = "First version."
UPDATED = "Updated the sample text."


def all_medicines() -> list[dict]:
    """Every sample medicine summary, from each data file."""
    return [*MEDICINES, *MEDICINES_HORMONE_TARGETED, *MEDICINES_MORE]


def all_articles() -> list[dict]:
    """Every sample article, from each data file (loaded after the medicines they name)."""
    return [*ARTICLES, *ARTICLES_MORE]


def reviewer_profile(user, *, display_name: str, credentials: str) -> ReviewerProfile:
    """A demo reviewer's profile, verified so the demo can approve; its name says it is a demo account."""
    profile, _ = ReviewerProfile.objects.get_or_create(
        user=user,
        defaults={
            "display_name": display_name, "credentials": credentials, "conflict_of_interest": DEMO_COI,
            "credentials_verified_at": timezone.now(),
        },
    )  # fmt: skip
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
    def __init__(self, author, reviewer, second_reviewer):
        self.author, self.reviewer, self.second_reviewer = author, reviewer, second_reviewer
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
        for data in GLOSSARY:
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


def load(*, author, reviewer, second_reviewer) -> int:
    """Add the sample topics, medicine summaries, glossary terms and articles not yet present, written
    by `author` and approved by `reviewer` (`second_reviewer` withdraws one). Returns how many pages
    were added. The reviewers need profiles (`reviewer_profile`)."""
    return _Loader(author, reviewer, second_reviewer).content()
