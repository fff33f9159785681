"""Load the articles app's sample content through the same services staff use. Idempotent.

Called by the project's `load_demo_content` command (portal), which makes the demo accounts and
loads each app's sample content. Everything here is flagged as sample content.
"""

import datetime

from django.utils import timezone

from articles import services
from articles.demo.articles import ARTICLES
from articles.demo.glossary import GLOSSARY
from articles.demo.medicines import MEDICINES
from articles.demo.topics import TOPICS
from articles.demo.urgent_help import URGENT_HELP
from articles.labels import services as label_services
from articles.models import ContentKind, ReviewedItem, ReviewerProfile, RevisionStatus, Topic

DEMO_COI = "Demo account for showing the portal; no real person, no interests to declare."
SAMPLE_APPROVAL = "Sample approval (demo)."


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
        change_summary="First version.",
        fda_label_url=data["fda_label_url"] if confirmed else "",
        fda_label_date=_date(data["fda_label_date"]) if confirmed else None,
    )
    return content


def _article_content(data):
    fields = ("title", "summary", "body", "hr_status", "her2_status", "change_summary")
    return {field: data[field] for field in fields if field in data}


class _Loader:
    def __init__(self, author, reviewer, second_reviewer):
        self.author, self.reviewer, self.second_reviewer = author, reviewer, second_reviewer
        self.created = 0

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

    def topic(self, data) -> None:
        """A sample topic, written and approved like any reviewed page. When the sample text has
        changed since it was loaded, a new revision says so; the live text is never edited."""
        content = {"title": data["title"], "summary": data["summary"], "change_summary": "First version."}
        revision = self.create(ContentKind.TOPIC, data["slug"], content)
        if revision is not None:
            self.approve(revision)
            return
        item = ReviewedItem.objects.topics().select_related("live_revision").get(slug=data["slug"])
        live = item.live_revision
        if not item.is_sample or (live and (live.title, live.summary) == (data["title"], data["summary"])):
            return  # staff's own topic of that address, or already the sample text
        latest = item.revisions.order_by("-number").first()
        if latest.status == RevisionStatus.IN_REVIEW:
            return  # somebody is reviewing it: leave it to them
        content["change_summary"] = "Updated the sample text."
        newer = services.revision_save(item=item, author=self.author, based_on=latest, content=content)
        self.approve(newer)

    def content(self) -> int:
        for data in TOPICS:
            self.topic(data)
        topics = Topic.objects.in_bulk([data["slug"] for data in TOPICS], field_name="slug")
        for data in MEDICINES:
            revision = self.create(ContentKind.MEDICINE, data["slug"], _medicine_content(data), data["references"])
            if revision:
                # The label watch follows the label the summary links to, as a reviewer would set it.
                setid = label_services.setid_from_label_url(data["fda_label_url"])
                if setid:
                    label_services.medicine_set_setid(item=revision.item, user=self.reviewer, setid=setid)
                self.approve(revision)
        for data in GLOSSARY:
            content = {
                "title": data["term"], "summary": data["definition"], "aliases": data["aliases"],
                "change_summary": "First version.",
            }  # fmt: skip
            revision = self.create(ContentKind.GLOSSARY, data["slug"], content, data["references"])
            if revision:
                self.approve(revision)

        # The urgent help panel (issue 21): one reviewed item; none is added when staff have their own.
        if not ReviewedItem.objects.filter(kind=ContentKind.URGENT_HELP).exists():
            panel = {key: URGENT_HELP[key] for key in ("title", "summary", "body")}
            revision = self.create(
                ContentKind.URGENT_HELP, URGENT_HELP["slug"], {**panel, "change_summary": "First version."},
                URGENT_HELP["references"],
            )  # fmt: skip
            self.approve(revision)

        medicine_ids = dict(ReviewedItem.objects.medicines().values_list("slug", "pk"))
        for data in ARTICLES:
            if data["topic"] not in topics:
                continue  # staff's own topic of that address, not yet approved: no page can join it
            revision = self.create(
                ContentKind.ARTICLE, data["slug"], _article_content(data), data["references"],
                topic=topics[data["topic"]], medicine_ids=[medicine_ids[slug] for slug in data["related_medicines"]],
            )  # fmt: skip
            if revision is None or data["state"] == "draft":
                continue
            self.approve(revision)
            if data["state"] == "withdrawn":
                services.item_withdraw(
                    item=revision.item, user=self.second_reviewer, reason=data["withdrawal_reason"],
                    next_url=data.get("withdrawal_next_url", ""),
                )  # fmt: skip
            elif "next_revision" in data:
                changes = dict(data["next_revision"])
                content, references, related = services.revision_content(revision)
                if "references" in changes:
                    references = _references(changes.pop("references"))
                content.update(changes)
                newer = services.revision_save(
                    item=revision.item, author=self.author, based_on=revision, content=content,
                    references=references, related_medicine_ids=related,
                )  # fmt: skip
                services.revision_submit(revision=newer, user=self.author)
        return self.created


def load(*, author, reviewer, second_reviewer) -> int:
    """Add the sample topics, medicine summaries, glossary terms and articles not yet present, written
    by `author` and approved by `reviewer` (`second_reviewer` withdraws one). Returns how many pages
    were added. The reviewers need profiles (`reviewer_profile`)."""
    return _Loader(author, reviewer, second_reviewer).content()
