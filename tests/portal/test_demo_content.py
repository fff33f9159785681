"""The project's load_demo_content: demo accounts, and each app's sample content through its own loader."""

import ast
import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import override_settings

from articles.demo import topics as demo_topics
from articles.demo.glossary import GLOSSARY
from articles.demo.medicines import MEDICINES
from articles.models import ReviewedItem, Revision, RevisionStatus, Topic
from resources.models import Organization
from tests.helpers import REPOSITORY

pytestmark = pytest.mark.django_db

DEMO_USERS = {"demo-author", "demo-reviewer", "demo-reviewer-2", "demo-directory-admin"}


def run(*args, **options) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue()


@override_settings(DEBUG=False)
def test_demo_content_refuses_to_load_with_debug_off():
    with pytest.raises(CommandError, match="Refusing to load sample content"):
        run("load_demo_content")
    assert not ReviewedItem.objects.exists()
    assert not User.objects.exists()


@override_settings(DEBUG=False)
def test_demo_content_loads_with_debug_off_only_when_allowed():
    assert "new item(s)" in run("load_demo_content", allow_sample_content=True)
    assert ReviewedItem.objects.live().articles().exists()


@override_settings(DEBUG=True)
def test_demo_content_loads_every_state_once_and_is_idempotent(client):
    output = run("load_demo_content")
    passwords = dict(re.findall(r"^  (demo-[\w-]+)\s+(\S+)$", output, re.MULTILINE))
    assert set(passwords) == DEMO_USERS
    assert len(set(passwords.values())) == 4
    # Demo addresses (example.org is reserved for documentation): the console e-mail says who was told.
    emails = dict(User.objects.filter(username__in=DEMO_USERS).values_list("username", "email"))
    assert emails == {name: f"{name}@example.org" for name in DEMO_USERS}

    items = ReviewedItem.objects.all()
    assert items.filter(is_sample=False).count() == 0
    live_articles = ReviewedItem.objects.live().articles()
    assert live_articles.count() >= 8
    assert ReviewedItem.objects.live().medicines().count() == len(MEDICINES)
    assert set(ReviewedItem.objects.medicines().values_list("slug", flat=True)) >= {
        "trastuzumab", "pertuzumab", "tamoxifen", "anastrozole", "letrozole", "exemestane", "paclitaxel",
        "docetaxel", "doxorubicin", "epirubicin", "palbociclib", "lapatinib", "pembrolizumab", "atezolizumab",
    }  # fmt: skip
    assert ReviewedItem.objects.live().glossary_terms().count() == len(GLOSSARY)
    # Each medicine whose label address names a DailyMed set id follows that label.
    assert ReviewedItem.objects.get(slug="tamoxifen", kind="medicine").dailymed_setid != ""
    assert ReviewedItem.objects.medicines().exclude(dailymed_setid="").count() >= 5
    assert Revision.objects.filter(status=RevisionStatus.IN_REVIEW, item__live_revision__isnull=False).exists()
    never_approved = ReviewedItem.objects.articles().filter(live_revision__isnull=True, withdrawn_at__isnull=True)
    assert never_approved.count() == 1
    withdrawn = ReviewedItem.objects.articles().get(withdrawn_at__isnull=False)
    assert Organization.objects.filter(is_sample=True).exists()

    # Topics are reviewed content like the rest: written by the demo author, approved by the demo
    # reviewer, and the rows the public pages read are copies of the approved text, in reading order.
    topics = list(Topic.objects.select_related("item__live_revision__decision").order_by("position"))
    assert [topic.slug for topic in topics] == [data["slug"] for data in demo_topics.TOPICS]
    for topic, data in zip(topics, demo_topics.TOPICS, strict=True):
        live = topic.item.live_revision
        assert (topic.title, topic.summary) == (data["title"], data["summary"]) == (live.title, live.summary)
        assert live.author.username == "demo-author"
        assert live.decision.reviewer.username == "demo-reviewer"
        assert topic.item.is_sample

    # The public sees each state as it should.
    sample_article = live_articles.first()
    html = client.get(sample_article.get_absolute_url()).content.decode()
    assert "Sample content for demonstration, not clinically reviewed." in html
    assert "Sample Reviewer (demo account)" in html
    assert client.get(f"/articles/{never_approved.get().slug}/").status_code == 404
    assert client.get(f"/articles/{withdrawn.slug}/").status_code == 410
    assert client.get("/medicines/trastuzumab/").status_code == 200
    first = demo_topics.TOPICS[0]
    topic_page = client.get(f"/topics/{first['slug']}/").content.decode()
    assert f"<h1>{first['title']}</h1>" in topic_page
    assert first["summary"] in client.get("/").content.decode()

    counts = (ReviewedItem.objects.count(), Revision.objects.count(), Organization.objects.count())
    again = run("load_demo_content")
    assert "0 new item(s) and 0 organisation(s)" in again
    assert "demo-author" not in again  # passwords are printed once
    assert (ReviewedItem.objects.count(), Revision.objects.count(), Organization.objects.count()) == counts


@override_settings(DEBUG=True)
def test_changed_sample_topic_text_arrives_as_a_new_approved_revision(monkeypatch, client):
    run("load_demo_content")
    first = demo_topics.TOPICS[0]
    changed = [{**first, "summary": "What it means when cancer has spread."}, *demo_topics.TOPICS[1:]]
    monkeypatch.setattr(demo_topics, "TOPICS", changed)
    monkeypatch.setattr("articles.demo.loader.TOPICS", changed)
    assert "0 new item(s)" in run("load_demo_content")

    item = ReviewedItem.objects.topics().get(slug=first["slug"])
    assert list(item.revisions.values_list("number", "status")) == [
        (2, RevisionStatus.APPROVED), (1, RevisionStatus.SUPERSEDED),
    ]  # fmt: skip
    assert Topic.objects.get(slug=first["slug"]).summary == "What it means when cancer has spread."
    assert "What it means when cancer has spread." in client.get("/").content.decode()
    run("load_demo_content")
    assert item.revisions.count() == 2


def _imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize(("app", "other"), [("articles", "resources"), ("resources", "articles")])
def test_the_apps_do_not_import_each_other(app, other):
    """Each app loads its own sample content; only the project's command (portal) calls both."""
    importing = [
        str(path.relative_to(REPOSITORY))
        for path in (REPOSITORY / app).rglob("*.py")
        if any(module == other or module.startswith(other + ".") for module in _imported_modules(path))
    ]
    assert importing == []


@override_settings(DEBUG=True)
def test_demo_accounts_made_before_they_had_addresses_get_one_and_keep_their_password():
    User.objects.create_user(username="demo-reviewer", password="chosen-by-hand", is_staff=True)
    output = run("load_demo_content")
    assert "demo-reviewer " not in output  # its password was not replaced, so none is printed
    reviewer = User.objects.get(username="demo-reviewer")
    assert reviewer.email == "demo-reviewer@example.org"
    assert reviewer.check_password("chosen-by-hand")
