"""Test data builders: users in each role, and valid content for each kind of page."""

from django.contrib.auth.models import Group, User
from django.utils import timezone

from articles.models import ReviewerProfile


def make_user(
    username: str, *groups: str, superuser: bool = False, credentials: str = "", verified: bool = True
) -> User:
    """A staff user in `groups`; with `credentials`, a reviewer profile (verified unless told not)."""
    user = User.objects.create_user(
        username=username, email=f"{username}@example.org", password=None, is_staff=bool(groups) or superuser
    )
    if superuser:
        user.is_superuser = True
        user.save()
    user.groups.set(Group.objects.filter(name__in=groups))
    if credentials:
        ReviewerProfile.objects.create(
            user=user,
            display_name=username.replace("-", " ").title(),
            credentials=credentials,
            credentials_verified_at=timezone.now() if verified else None,
        )
    return User.objects.get(pk=user.pk)  # fresh: no cached permissions


def reference(n: int = 1, **overrides) -> dict:
    data = {
        "title": f"Source number {n}",
        "authors": "National Cancer Institute",
        "source": "Cancer.gov",
        "year": 2024,
        "url": f"https://www.cancer.gov/example-{n}",
        "doi": "",
        "pmid": "",
        "accessed_on": None,
    }
    data.update(overrides)
    return data


def article_content(**overrides) -> dict:
    content = {
        "title": "Hormone therapy for stage four breast cancer",
        "summary": "- Hormone therapy treats cancers that grow with estrogen [1].",
        "body": "## What it is\n\nHormone therapy lowers or blocks estrogen [1].",
        "change_summary": "First version.",
        "hr_status": ["positive"],
        "her2_status": [],
    }
    content.update(overrides)
    return content


def medicine_content(**overrides) -> dict:
    content = {
        "title": "Tamoxifen",
        "summary": "A hormone therapy taken by mouth.",
        "change_summary": "First version.",
        "generic_name": "tamoxifen",
        "brand_names": ["Soltamox"],
        "drug_class": "Selective estrogen receptor modulator",
        "how_it_works": "It blocks estrogen from reaching cancer cells [1].",
        "who_it_is_for": "People whose cancer is hormone receptor positive [1].",
        "routes": ["oral"],
        "schedule": "A tablet or liquid taken by mouth every day.",
        "common_side_effects": "- Hot flashes",
        "serious_side_effects": "- Pain or swelling in one leg",
        "questions_to_ask": "- How long will I take it?",
        "fda_label_url": "https://dailymed.nlm.nih.gov/dailymed/example",
        "hr_status": ["positive"],
    }
    content.update(overrides)
    return content


def publish(kind, slug, author, reviewer, content, references=(), topic=None, medicine_ids=(), is_sample=False):
    """A page written, submitted and approved through the services; returns the live item."""
    from articles import services
    from articles.models import ReviewedItem

    revision = services.item_create(
        kind=kind, slug=slug, topic=topic, author=author, content=content, references=list(references),
        related_medicine_ids=medicine_ids, is_sample=is_sample,
    )  # fmt: skip
    services.revision_submit(revision=revision, user=author)
    services.revision_approve(revision=revision, reviewer=reviewer)
    return ReviewedItem.objects.get(pk=revision.item_id)


def save_edit(revision, author, **changes):
    """A new draft made from `revision` with `changes`, as the editor would save it."""
    from articles import services

    content, references, medicines = services.revision_content(revision)
    content.update(changes)
    return services.revision_save(
        item=revision.item, author=author, based_on=revision, content=content, references=references,
        related_medicine_ids=medicines,
    )  # fmt: skip


def make_topic(slug: str, title: str, author, reviewer, summary: str = "", position: int | None = None):
    """A published topic, written and approved as every topic is (its row exists only then); returns
    the `Topic` the public pages read. Editorial errors in a hostile title are approved with a reason."""
    from articles import lint, services
    from articles.models import ContentKind, Topic

    revision = services.item_create(
        kind=ContentKind.TOPIC, slug=slug, author=author,
        content={"title": title, "summary": summary or f"About {title.lower()}.", "change_summary": "First version."},
    )  # fmt: skip
    services.revision_submit(revision=revision, user=author)
    errors = lint.errors(services.revision_findings(revision))
    services.revision_approve(
        revision=revision, reviewer=reviewer, overrides={finding.key: "Test data." for finding in errors}
    )
    topic = Topic.objects.get(item_id=revision.item_id)
    if position is not None:
        Topic.objects.filter(pk=topic.pk).update(position=position)
        topic.refresh_from_db()
    return topic
