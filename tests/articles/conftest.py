import pytest
from django.contrib.auth.models import Group, User

from articles import services
from articles.models import ContentKind, ReviewerProfile, Topic
from portal import roles


def make_user(username: str, *groups: str, superuser: bool = False, credentials: str = "") -> User:
    user = User.objects.create_user(username=username, password=None, is_staff=bool(groups) or superuser)
    if superuser:
        user.is_superuser = True
        user.save()
    user.groups.set(Group.objects.filter(name__in=groups))
    if credentials:
        ReviewerProfile.objects.create(
            user=user, display_name=username.replace("-", " ").title(), credentials=credentials
        )
    return User.objects.get(pk=user.pk)  # fresh: no cached permissions


@pytest.fixture
def author(db):
    return make_user("ada-author", roles.AUTHORS)


@pytest.fixture
def second_author(db):
    return make_user("ben-author", roles.AUTHORS)


@pytest.fixture
def reviewer(db):
    return make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")


@pytest.fixture
def second_reviewer(db):
    return make_user("ravi-reviewer", roles.CLINICAL_REVIEWERS, credentials="PharmD, oncology pharmacist")


@pytest.fixture
def author_reviewer(db):
    """Someone who both writes and reviews: four eyes still applies to them."""
    return make_user("nora-nurse", roles.AUTHORS, roles.CLINICAL_REVIEWERS, credentials="RN, oncology nurse")


@pytest.fixture
def directory_admin(db):
    return make_user("dora-directory", roles.DIRECTORY_ADMINS)


@pytest.fixture
def superuser(db):
    return make_user("sam-superuser", superuser=True, credentials="MD, medical oncologist")


@pytest.fixture
def topic(db):
    return Topic.objects.create(slug="hormone-therapy", title="Hormone therapy", position=1)


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


@pytest.fixture
def draft(author, topic):
    """A new article's first draft (version 1)."""
    return services.item_create(
        kind=ContentKind.ARTICLE,
        slug="hormone-therapy-basics",
        topic=topic,
        author=author,
        content=article_content(),
        references=[reference(1)],
    )


@pytest.fixture
def in_review(draft, author):
    return services.revision_submit(revision=draft, user=author)


@pytest.fixture
def live(in_review, reviewer):
    services.revision_approve(revision=in_review, reviewer=reviewer)
    in_review.refresh_from_db()
    in_review.item.refresh_from_db()
    return in_review
