"""The project's load_demo_content: demo accounts, and each app's sample content through its own loader."""

import ast
import io
import re

import pghistory.models
import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import override_settings

from articles import services
from articles.demo import loader as demo_loader
from articles.demo import topics as demo_topics
from articles.models import ContentKind, ReviewedItem, Revision, RevisionStatus, Topic
from resources.models import Organization
from tests.content import save_edit
from tests.helpers import REPOSITORY

pytestmark = pytest.mark.django_db

DEMO_USERS = {"demo-author", "demo-reviewer", "demo-reviewer-2", "demo-directory-admin", "demo-translator"}


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
    assert len(set(passwords.values())) == len(DEMO_USERS)
    # Demo addresses (example.org is reserved for documentation): the console e-mail says who was told.
    emails = dict(User.objects.filter(username__in=DEMO_USERS).values_list("username", "email"))
    assert emails == {name: f"{name}@example.org" for name in DEMO_USERS}

    items = ReviewedItem.objects.all()
    assert items.filter(is_sample=False).count() == 0
    live_articles = ReviewedItem.objects.live().articles()
    assert live_articles.count() >= 8
    medicines = demo_loader.all_medicines()
    assert ReviewedItem.objects.live().medicines().count() == len(medicines)
    assert set(ReviewedItem.objects.medicines().values_list("slug", flat=True)) == {m["slug"] for m in medicines}
    assert {m["slug"] for m in medicines} >= {
        "trastuzumab", "pertuzumab", "tamoxifen", "anastrozole", "letrozole", "exemestane", "paclitaxel",
        "docetaxel", "doxorubicin", "epirubicin", "palbociclib", "lapatinib", "pembrolizumab", "atezolizumab",
        "ribociclib", "abemaciclib", "fulvestrant", "alpelisib", "everolimus", "trastuzumab-deruxtecan",
        "sacituzumab-govitecan", "tucatinib", "capecitabine", "eribulin", "denosumab", "zoledronic-acid",
        "elacestrant", "capivasertib", "ado-trastuzumab-emtansine", "inavolisib",
    }  # fmt: skip
    # Every article of both data files, with the medicines it names; the biomarker tags came along.
    loaded_articles = ReviewedItem.objects.articles()
    assert set(loaded_articles.values_list("slug", flat=True)) == {a["slug"] for a in demo_loader.all_articles()}
    assert live_articles.filter(slug__in=[
        "biomarker-testing-for-metastatic-breast-cancer", "bone-metastases", "brain-metastases",
        "treatment-for-triple-negative-breast-cancer", "when-to-call-your-care-team",
        "taking-cancer-medicines-by-mouth", "when-a-treatment-stops-working",
    ]).count() == 7  # fmt: skip
    for data in demo_loader.all_articles():
        item = loaded_articles.get(slug=data["slug"])
        revision = item.live_revision or item.revisions.order_by("number").first()
        named = set(revision.related_medicines.values_list("slug", flat=True))
        assert named == set(data["related_medicines"]), data["slug"]
    for data in medicines:
        live = ReviewedItem.objects.medicines().select_related("live_revision").get(slug=data["slug"]).live_revision
        assert live.biomarkers == data["biomarkers"], data["slug"]
    atezolizumab = ReviewedItem.objects.medicines().get(slug="atezolizumab").live_revision
    assert atezolizumab.breast_cancer_use_withdrawn_on is not None
    assert (
        ReviewedItem.objects.medicines().filter(live_revision__breast_cancer_use_withdrawn_on__isnull=False).count()
        == 1
    )
    assert ReviewedItem.objects.live().glossary_terms().count() == len(demo_loader.all_glossary())
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
    # The withdrawn use keeps its page, says so, and is not listed among the medicines used today.
    assert "Not used for breast cancer today" in client.get("/medicines/atezolizumab/").content.decode()
    assert 'href="/medicines/atezolizumab/"' not in client.get("/medicines/").content.decode()
    fit = client.get("/which-pages-fit-me/?hr_status=negative&her2_status=zero").content.decode()
    assert 'href="/medicines/atezolizumab/"' not in fit
    assert 'href="/medicines/pembrolizumab/"' in fit
    assert 'href="/medicines/pembrolizumab/"' in client.get("/medicines/?biomarker=pdl1").content.decode()

    # The biomarker filter offers the medicines whose labels name ESR1 or PIK3CA/AKT1/PTEN, and no others.
    def listed(query):
        html = client.get("/medicines/", query).content.decode()
        return set(re.findall(r'href="/medicines/([\w-]+)/"', html))

    assert listed({"biomarker": "esr1"}) == {"elacestrant"}
    assert listed({"biomarker": "pik3ca_akt1_pten"}) == {"alpelisib", "capivasertib", "inavolisib"}
    assert "ado-trastuzumab-emtansine" in listed({"her2_status": "positive"})
    # The new summaries follow the labels they link, by set id.
    assert dict(ReviewedItem.objects.medicines().filter(
        slug__in=["elacestrant", "capivasertib", "ado-trastuzumab-emtansine", "inavolisib", "olaparib",
                  "trastuzumab-deruxtecan", "tucatinib", "neratinib"]
    ).values_list("slug", "dailymed_setid")) == {
        "elacestrant": "aa66ae5c-2bd2-4444-8178-b55651e054ef",
        "capivasertib": "d698c106-2322-401e-b738-cbd83c843ecf",
        "ado-trastuzumab-emtansine": "23f3c1f4-0fc8-4804-a9e3-04cf25dd302e",
        "inavolisib": "5de59f5b-e5db-410f-b692-658686ef4107",
        "olaparib": "741ff3e3-dc1a-45a6-84e5-2481b27131aa",
        "trastuzumab-deruxtecan": "7e67e73e-ddf4-4e4d-8b50-09d7514910b6",
        "tucatinib": "f27eb1b9-b7fc-424e-988f-84dd7bb195a3",
        "neratinib": "d1e41dcf-e82a-47c2-a0ad-6c6eef621834",
    }  # fmt: skip
    # Every medicine links its current label by set id: none is left on a DailyMed search page.
    assert not ReviewedItem.objects.medicines().filter(dailymed_setid="").exists()
    for data in demo_loader.all_medicines():
        assert "lookup.cfm?setid=" in data["fda_label_url"], data["slug"]
    # The filter asks about inherited BRCA changes and offers both PARP inhibitors.
    assert listed({"biomarker": "gbrca"}) == {"olaparib", "talazoparib"}
    first = demo_topics.TOPICS[0]
    topic_page = client.get(f"/topics/{first['slug']}/").content.decode()
    assert f"<h1>{first['title']}</h1>" in topic_page
    assert first["summary"] in client.get("/").content.decode()

    counts = (ReviewedItem.objects.count(), Revision.objects.count(), Organization.objects.count())
    again = run("load_demo_content")
    assert "0 new item(s) and 0 organization(s)" in again
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
    english = item.revisions.filter(language="en")  # its Spanish translation is a revision of its own
    assert list(english.values_list("number", "status")) == [
        (2, RevisionStatus.APPROVED), (1, RevisionStatus.SUPERSEDED),
    ]  # fmt: skip
    assert Topic.objects.get(slug=first["slug"]).summary == "What it means when cancer has spread."
    assert "What it means when cancer has spread." in client.get("/").content.decode()
    run("load_demo_content")
    assert english.count() == 2


def _live_fields(revision: Revision) -> dict:
    """Everything of a revision a reader sees, to show it was not edited in place."""
    content, references, medicines = services.revision_content(revision)
    return {**content, "references": references, "medicines": sorted(medicines), "status": revision.status}


def _changed(entries, slug, **changes):
    return [{**entry, **changes} if entry["slug"] == slug else entry for entry in entries]


@override_settings(DEBUG=True)
def test_changed_sample_medicines_terms_and_articles_arrive_as_new_approved_revisions(monkeypatch, client):
    run("load_demo_content")
    medicine = demo_loader.MEDICINES[0]
    term = demo_loader.GLOSSARY[0]
    article = next(a for a in demo_loader.ARTICLES_MORE if a["state"] == "live" and a["related_medicines"])
    items = {
        ContentKind.MEDICINE: ReviewedItem.objects.medicines().get(slug=medicine["slug"]),
        ContentKind.GLOSSARY: ReviewedItem.objects.glossary_terms().get(slug=term["slug"]),
        ContentKind.ARTICLE: ReviewedItem.objects.articles().get(slug=article["slug"]),
    }
    before = {kind: _live_fields(item.live_revision) for kind, item in items.items()}
    untouched = Revision.objects.exclude(item__in=items.values()).count()

    new_reference = {**article["references"][0], "title": "A newer edition of the first source"}
    monkeypatch.setattr(demo_loader, "MEDICINES", _changed(
        demo_loader.MEDICINES, medicine["slug"], biomarkers=["gbrca"],
        serious_side_effects=medicine["serious_side_effects"] + " Also this [1].",
    ))  # fmt: skip
    monkeypatch.setattr(demo_loader, "GLOSSARY", _changed(demo_loader.GLOSSARY, term["slug"], aliases=["a new alias"]))
    monkeypatch.setattr(demo_loader, "ARTICLES_MORE", _changed(
        demo_loader.ARTICLES_MORE, article["slug"], references=[new_reference, *article["references"][1:]],
        related_medicines=[medicine["slug"]],
    ))  # fmt: skip
    assert "0 new item(s)" in run("load_demo_content")

    for kind, item in items.items():
        english = item.revisions.filter(language="en")  # a Spanish translation is a revision of its own
        old, new = english.select_related("author", "decision__reviewer").order_by("number")
        assert (old.status, new.status) == (RevisionStatus.SUPERSEDED, RevisionStatus.APPROVED), kind
        assert new.change_summary == "Updated the sample text."
        assert (new.author.username, new.decision.reviewer.username) == ("demo-author", "demo-reviewer")
        assert new.based_on_id == old.pk
        item.refresh_from_db()
        assert item.live_revision_id == new.pk
        # Nothing was edited in place: the old version reads as it did (only its status moved on).
        assert _live_fields(old) == {**before[kind], "status": RevisionStatus.SUPERSEDED}, kind
        # The audit trail shows the new version saved by the demo author and approved by the demo reviewer.
        events = pghistory.models.Events.objects.tracks(new)
        actions = {(e.pgh_label, (e.pgh_context or {}).get("action")) for e in events}
        assert {("insert", "revision_save"), ("update", "revision_approve")} <= actions, kind
    assert Revision.objects.exclude(item__in=items.values()).count() == untouched

    medicine_live = items[ContentKind.MEDICINE].live_revision
    assert medicine_live.biomarkers == ["gbrca"]
    assert medicine_live.serious_side_effects.endswith("Also this [1].")
    assert items[ContentKind.GLOSSARY].live_revision.aliases == ["a new alias"]
    article_live = items[ContentKind.ARTICLE].live_revision
    assert article_live.references.get(position=1).title == "A newer edition of the first source"
    assert list(article_live.related_medicines.values_list("slug", flat=True)) == [medicine["slug"]]
    assert "Also this" in client.get(f"/medicines/{medicine['slug']}/").content.decode()

    counts = (Revision.objects.count(), pghistory.models.Events.objects.count())
    assert "0 new item(s)" in run("load_demo_content")
    assert (Revision.objects.count(), pghistory.models.Events.objects.count()) == counts  # a third load changes nothing


@override_settings(DEBUG=True)
def test_sample_updates_leave_pages_in_review_and_staff_pages_alone(monkeypatch, author):
    # Staff wrote their own page at a sample medicine's address before the demo was loaded.
    medicine = demo_loader.MEDICINES[1]
    staff_page = services.item_create(
        kind=ContentKind.MEDICINE, slug=medicine["slug"], author=author,
        content={"title": "Our own summary", "summary": "Ours.", "generic_name": medicine["generic_name"],
                 "change_summary": "First version."},
    )  # fmt: skip
    run("load_demo_content")
    # A staff member is having a sample term reviewed.
    term = demo_loader.GLOSSARY[0]
    item = ReviewedItem.objects.glossary_terms().get(slug=term["slug"])
    demo_author = User.objects.get(username="demo-author")
    draft = save_edit(item.live_revision, demo_author, summary="A staff correction.", change_summary="Fixed.")
    services.revision_submit(revision=draft, user=demo_author)

    monkeypatch.setattr(demo_loader, "MEDICINES", _changed(demo_loader.MEDICINES, medicine["slug"], summary="New."))
    monkeypatch.setattr(demo_loader, "GLOSSARY", _changed(demo_loader.GLOSSARY, term["slug"], definition="New."))
    counts = Revision.objects.count()
    run("load_demo_content")
    assert Revision.objects.count() == counts
    assert list(staff_page.item.revisions.values_list("title", flat=True)) == ["Our own summary"]
    assert item.revisions.get(status=RevisionStatus.IN_REVIEW).pk == draft.pk


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


@override_settings(DEBUG=True)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the loader's own transaction commits
def test_loading_sends_no_email_but_later_work_tells_the_demo_reviewers(mailoutbox):
    run("load_demo_content")
    assert mailoutbox == []  # dozens of sample approvals would bury `make run`'s welcome
    author = User.objects.get(username="demo-author")
    live = ReviewedItem.objects.live().articles().first().live_revision
    services.revision_submit(revision=save_edit(live, author, change_summary="A real edit."), user=author)
    assert sorted(to for message in mailoutbox for to in message.to) == [
        "demo-reviewer-2@example.org", "demo-reviewer@example.org",
    ]  # fmt: skip
