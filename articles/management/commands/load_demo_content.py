"""Load the sample content (articles/demo/) through the same services staff use. Idempotent."""

import datetime
import secrets

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles import services
from articles.demo.articles import ARTICLES
from articles.demo.glossary import GLOSSARY
from articles.demo.medicines import MEDICINES
from articles.demo.topics import TOPICS
from articles.labels import services as label_services
from articles.models import ContentKind, ReviewedItem, ReviewerProfile, Topic
from portal import roles
from resources.demo import load_directory

# Demo accounts say what they are wherever their names appear, on public pages included.
DEMO_ACCOUNTS = [
    {"username": "demo-author", "groups": [roles.AUTHORS]},
    {
        "username": "demo-reviewer",
        "groups": [roles.CLINICAL_REVIEWERS],
        "profile": ("Sample Reviewer (demo account)", "Demo account, not a clinician"),
    },
    {
        "username": "demo-reviewer-2",
        "groups": [roles.CLINICAL_REVIEWERS],
        "profile": ("Second Sample Reviewer (demo account)", "Demo account, not a clinician"),
    },
    {"username": "demo-directory-admin", "groups": [roles.DIRECTORY_ADMINS]},
]
DEMO_COI = "Demo account for showing the portal; no real person, no interests to declare."


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


class Command(BaseCommand):
    help = (
        "Load sample topics, articles, medicine summaries, glossary terms, directory listings and demo accounts. "
        "Everything is labelled as sample content. Safe to run again: existing items are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-sample-content",
            action="store_true",
            help="Load sample content although DJANGO_DEBUG is off (never on a public site).",
        )

    def handle(self, *args, allow_sample_content=False, **options):
        if not settings.DEBUG and not allow_sample_content:
            raise CommandError(
                "Refusing to load sample content with DJANGO_DEBUG off: it is not clinically reviewed and must "
                "never reach patients. Pass --allow-sample-content for a demonstration site."
            )
        with transaction.atomic():
            users, passwords = self._accounts()
            created = self._content(users)
            organizations = load_directory(users["demo-directory-admin"])
        self.stdout.write(f"Sample content: {created} new item(s) and {organizations} organisation(s) loaded.")
        if passwords:
            self.stdout.write("Demo accounts (passwords are shown once; change them with manage.py changepassword):")
            for username, password in passwords.items():
                self.stdout.write(f"  {username:<22} {password}")

    def _accounts(self):
        users, passwords = {}, {}
        for account in DEMO_ACCOUNTS:
            user = User.objects.filter(username=account["username"]).first()
            if user is None:
                password = secrets.token_urlsafe(12)
                user = User.objects.create_user(username=account["username"], password=password, is_staff=True)
                passwords[user.username] = password
            user.groups.add(*Group.objects.filter(name__in=account["groups"]))
            if "profile" in account:
                name, credentials = account["profile"]
                # Verified so the demo can approve; the name and credentials say it is a demo account.
                ReviewerProfile.objects.get_or_create(
                    user=user,
                    defaults={
                        "display_name": name, "credentials": credentials, "conflict_of_interest": DEMO_COI,
                        "credentials_verified_at": timezone.now(),
                    },
                )  # fmt: skip
            users[user.username] = User.objects.get(pk=user.pk)  # drop cached permissions
        return users, passwords

    def _content(self, users):
        author, reviewer, second_reviewer = users["demo-author"], users["demo-reviewer"], users["demo-reviewer-2"]
        topics = {}
        for position, data in enumerate(TOPICS, start=1):
            topics[data["slug"]], _ = Topic.objects.get_or_create(
                slug=data["slug"], defaults={"title": data["title"], "summary": data["summary"], "position": position}
            )
        created = 0

        def publish(kind, slug, content, references, topic=None, medicine_ids=()):
            nonlocal created
            if ReviewedItem.objects.filter(kind=kind, slug=slug).exists():
                return None
            created += 1
            revision = services.item_create(
                kind=kind, slug=slug, author=author, topic=topic, content=content,
                references=_references(references), related_medicine_ids=medicine_ids, is_sample=True,
            )  # fmt: skip
            return revision

        def approve(revision):
            services.revision_submit(revision=revision, user=author)
            services.revision_approve(revision=revision, reviewer=reviewer, comment="Sample approval (demo).")

        for data in MEDICINES:
            revision = publish(ContentKind.MEDICINE, data["slug"], _medicine_content(data), data["references"])
            if revision:
                # The label watch follows the label the summary links to, as a reviewer would set it.
                setid = label_services.setid_from_label_url(data["fda_label_url"])
                if setid:
                    label_services.medicine_set_setid(item=revision.item, user=reviewer, setid=setid)
                approve(revision)
        for data in GLOSSARY:
            content = {
                "title": data["term"], "summary": data["definition"], "aliases": data["aliases"],
                "change_summary": "First version.",
            }  # fmt: skip
            revision = publish(ContentKind.GLOSSARY, data["slug"], content, data["references"])
            if revision:
                approve(revision)

        medicine_ids = dict(ReviewedItem.objects.medicines().values_list("slug", "pk"))
        for data in ARTICLES:
            revision = publish(
                ContentKind.ARTICLE, data["slug"], _article_content(data), data["references"],
                topic=topics[data["topic"]], medicine_ids=[medicine_ids[slug] for slug in data["related_medicines"]],
            )  # fmt: skip
            if revision is None or data["state"] == "draft":
                continue
            approve(revision)
            if data["state"] == "withdrawn":
                services.item_withdraw(
                    item=revision.item, user=second_reviewer, reason=data["withdrawal_reason"],
                    next_url=data.get("withdrawal_next_url", ""),
                )  # fmt: skip
            elif "next_revision" in data:
                changes = dict(data["next_revision"])
                content, references, related = services.revision_content(revision)
                if "references" in changes:
                    references = _references(changes.pop("references"))
                content.update(changes)
                newer = services.revision_save(
                    item=revision.item, author=author, based_on=revision, content=content,
                    references=references, related_medicine_ids=related,
                )  # fmt: skip
                services.revision_submit(revision=newer, user=author)
        return created
