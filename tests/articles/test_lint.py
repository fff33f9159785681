"""The editorial quality gate: each rule with texts that must, and must not, trigger it."""

import io
import json
import subprocess
import sys

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from articles import lint, services
from articles.demo.articles import ARTICLES
from articles.demo.glossary import GLOSSARY
from articles.demo.medicines import MEDICINES
from articles.models import ContentKind, ReviewDecision, ReviewedItem
from tests.content import article_content, reference
from tests.helpers import REPOSITORY


def rules_found(text, references=(), topic=""):
    document = lint.Document({"body": text}, [lint.Reference(*r) if isinstance(r, tuple) else r for r in references],
                             topic)  # fmt: skip
    return {finding.rule for finding in lint.lint(document)}


CITED = [(1, "Source", "https://www.cancer.gov/x")]


@pytest.mark.parametrize(
    "text",
    [
        "About 30% of patients respond.",
        "Treatment improved outcomes by 30 percent.",
        "1 in 8 women will be diagnosed.",
        "Patients were 3 times more likely to respond.",
        "The 5-year survival rate is improving.",
        "More than 2,000 patients took part.",
        "| Herceptin | 70% tumor shrinkage |",
        "Herceptin (trastuzumab)\t70% tumor shrinkage",
    ],
)
def test_unsourced_statistics_are_errors(text):
    assert "unsourced-statistic" in rules_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 30% of patients respond [1].",
        "It was approved in 2019 and updated in 2021.",
        "Screening is offered to women over 50.",
        "The usual dose is 20 mg a day.",
        "It is given every 3 weeks.",
        "1. Talk to your team.\n2. Write down questions.",
        "Stage 4 breast cancer has spread.",
        "HER2-positive cancers respond to HER2 drugs.",
        "CDK4/6 inhibitors are taken by mouth.",
        "There is no cure for stage four breast cancer yet.",
        "See reference [12] for details [1].",
    ],
)
def test_numbers_that_are_not_statistics_pass(text):
    assert "unsourced-statistic" not in rules_found(text, CITED * 1)


@pytest.mark.parametrize(
    "text",
    ["Make an order for drugs today.", "Buy tamoxifen online at a discount.", "This miracle treatment works.",
     "A guaranteed cure for cancer.", "Our herbs will cure your cancer.", "Cheap meds, best price."],
)  # fmt: skip
def test_advertising_is_an_error(text):
    assert "advertising" in rules_found(text)


@pytest.mark.parametrize(
    "text",
    ["There is no cure for stage four breast cancer yet.", "Doctors do not usually expect to cure it.",
     "Radiation is used to ease symptoms rather than to cure the cancer.", "Ask about the cost of parking."],
)  # fmt: skip
def test_plain_talk_about_cure_is_not_advertising(text):
    assert "advertising" not in rules_found(text)


@pytest.mark.parametrize(
    "text",
    ["A recent study found that it works.", "Experts say this is the best choice.",
     "“It changed everything,” says Dr. Jane Smith, a renowned oncologist.",
     "According to a survey, most people agree.", "Results were published in the Journal of Oncology."],
)  # fmt: skip
def test_unnamed_authorities_are_warnings(text):
    findings = lint.lint(lint.Document({"body": text}))
    assert any(f.rule == "unnamed-authority" and f.severity == lint.WARNING for f in findings)


def test_a_named_cited_authority_passes():
    assert "unnamed-authority" not in rules_found("A recent study found that it works [1].", CITED)
    assert "unnamed-authority" not in rules_found("A trial can test a new medicine.")


def test_citation_integrity():
    findings = lint.lint(lint.Document({"body": "A fact [2]."}, [lint.Reference(1, "One", "https://a.org")]))
    by_rule = {(f.rule, f.severity) for f in findings}
    assert ("citation", lint.ERROR) in by_rule  # [2] has no reference
    assert ("citation", lint.WARNING) in by_rule  # reference 1 never cited
    assert "citation" not in rules_found("A fact [1].", CITED)


def test_reference_quality():
    refs = [lint.Reference(1, "No link"), lint.Reference(2, "Plain http", "http://a.org"),
            lint.Reference(3, "Bad DOI", doi="doi:10/abc")]  # fmt: skip
    findings = lint.lint(lint.Document({"body": "A [1] B [2] C [3]."}, refs))
    messages = [f.message for f in findings if f.rule == "reference-quality"]
    assert any("No web address" in m for m in messages)
    assert any("not https" in m for m in messages)
    assert any("DOI" in m for m in messages)
    good = [lint.Reference(1, "Fine", "https://a.org", doi="10.1000/xyz")]
    assert "reference-quality" not in rules_found("A [1].", good)


def test_hard_reading_is_a_warning_with_the_hardest_sentences():
    hard = " ".join(["Pharmacokinetic heterogeneity notwithstanding, immunohistochemical characterization "
                     "facilitates individualized therapeutic decision-making considerations."] * 12)  # fmt: skip
    findings = [f for f in lint.lint(lint.Document({"body": hard})) if f.rule == "readability"]
    assert findings
    assert "Hardest sentences" in findings[0].message
    easy = " ".join(["Your care team will help you. Ask them what each test means."] * 20)
    assert "readability" not in rules_found(easy)


def test_old_sources_on_treatment_topics_are_flagged():
    old = [lint.Reference(1, "Old", "https://a.org", year=2001)]
    assert "freshness" in rules_found("A fact [1].", old, topic="chemotherapy")
    assert "freshness" not in rules_found("A fact [1].", old, topic="support-and-living-well")


def test_every_rule_is_registered_once():
    codes = [rule.code for rule in lint.RULES]
    assert len(codes) == len(set(codes)) == 7


@pytest.mark.parametrize("entry", ARTICLES + MEDICINES + GLOSSARY, ids=lambda e: e["slug"])
def test_demo_content_has_no_editorial_errors(entry):
    not_text = ("slug", "topic", "state", "fda_label_url", "fda_label_date", "withdrawal_reason", "withdrawal_next_url")
    fields = {k: v for k, v in entry.items() if isinstance(v, str) and k not in not_text}
    refs = [lint.Reference(i, r["title"], r["url"], r.get("doi", ""), r.get("pmid", ""), r.get("year"))
            for i, r in enumerate(entry["references"], start=1)]  # fmt: skip
    assert lint.errors(lint.lint(lint.Document(fields, refs, entry.get("topic", "")))) == []


def test_a_5000_word_article_is_checked():
    text = " ".join(["Your care team plans treatment with you and explains each step [1]."] * 450)
    assert len(text.split()) >= 5000
    assert lint.errors(lint.lint(lint.Document({"body": text}, [lint.Reference(1, "S", "https://a.org")]))) == []


# --- The seed text -------------------------------------------------------------------------------------


def test_the_seed_text_has_every_problem_line_flagged(shared_dir):
    text = (shared_dir / "seed" / "stage-four-breast-cancer-source.txt").read_text()
    lines = text.splitlines()
    flagged = {(f.rule, f.line) for f in lint.lint_text(text)}

    def line_of(phrase):
        return next(number for number, line in enumerate(lines, start=1) if phrase in line)

    assert ("advertising", line_of("Make an order for drugs")) in flagged
    for statistic in (
        "70% tumor shrinkage",
        "50% reduction in recurrence",
        "by 30%",
        "more than 70% of patients",
        "consider clinical trials 70%",
        "personalized treatment 80%",
        "targeted therapies 65%",
    ):
        assert ("unsourced-statistic", line_of(statistic)) in flagged, statistic
    assert ("unnamed-authority", line_of("Dr. Jane Smith")) in flagged
    assert ("unnamed-authority", line_of("According to a recent study")) in flagged


@pytest.mark.django_db
def test_importing_the_seed_makes_a_draft_and_prints_its_findings(shared_dir, author, topic):
    out = io.StringIO()
    call_command("import_article", str(shared_dir / "seed" / "stage-four-breast-cancer-source.txt"),
                 topic=topic.slug, author=author.username, slug="seed-import", stdout=out)  # fmt: skip
    item = ReviewedItem.objects.get(slug="seed-import")
    assert item.live_revision is None  # never live
    revision = item.revisions.get()
    assert revision.status == "draft"
    assert "## Treatment Goals" in revision.body or "## Overview of Stage Four Breast Cancer Treatment" in revision.body
    assert "- Control the growth and spread of cancer" in revision.body
    report = out.getvalue()
    assert "error advertising" in report
    assert report.count("error unsourced-statistic") >= 6
    assert "warning unnamed-authority" in report


# --- The command-line checker --------------------------------------------------------------------------


def run_lint(*args, stdin=""):
    return subprocess.run([sys.executable, "manage.py", "lint_content", *args], cwd=REPOSITORY, input=stdin,
                          capture_output=True, text=True,
                          env={**__import__("os").environ, "DJANGO_DEBUG": "1"}, timeout=60)  # fmt: skip


def test_lint_content_prints_findings_and_exits_1_on_errors(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("# Title\n\nAbout 40% respond.\n\n## References\n\n1. A source. https://www.cancer.gov/a\n")
    result = run_lint(str(bad))
    assert result.returncode == 1
    assert f"{bad}:3: error unsourced-statistic" in result.stdout
    good = tmp_path / "good.md"
    good.write_text("# Title\n\nAbout 40% respond [1].\n\n## Sources\n\n1. A source. https://www.cancer.gov/a\n")
    assert run_lint(str(good)).returncode == 0


def test_lint_content_reads_stdin_and_writes_json():
    result = run_lint("-", "--format", "json", stdin="Buy now at a discount.")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data[0]["file"] == "-"
    assert data[0]["rule"] == "advertising"


# --- Approval with errors ----------------------------------------------------------------------------


@pytest.fixture
def revision_with_errors(author, topic):
    revision = services.item_create(
        kind=ContentKind.ARTICLE, slug="with-errors", topic=topic, author=author,
        content=article_content(body="## Facts\n\nAbout 40% of people respond.\n\nSee the source [1]."),
        references=[reference(1)],
    )  # fmt: skip
    return services.revision_submit(revision=revision, user=author)


@pytest.mark.django_db
def test_approving_with_errors_needs_a_reason_for_each(revision_with_errors, reviewer):
    with pytest.raises(ValidationError, match="give a reason for each: unsourced-statistic"):
        services.revision_approve(revision=revision_with_errors, reviewer=reviewer)
    assert ReviewedItem.objects.get(pk=revision_with_errors.item_id).live_revision is None
    [error] = lint.errors(services.revision_findings(revision_with_errors))
    decision = services.revision_approve(
        revision=revision_with_errors, reviewer=reviewer,
        overrides={error.key: "The figure is from the FDA label, cited in the next sentence."},
    )  # fmt: skip
    stored = ReviewDecision.objects.get(pk=decision.pk).overrides
    assert stored[0]["rule"] == "unsourced-statistic"
    assert stored[0]["reason"] == "The figure is from the FDA label, cited in the next sentence."


@pytest.mark.django_db
def test_the_workspace_shows_findings_and_asks_for_override_reasons(client, revision_with_errors, reviewer):
    client.force_login(reviewer)
    html = client.get(f"/admin/articles/revision/{revision_with_errors.pk}/review/").content.decode()
    assert "Editorial check" in html
    assert "unsourced-statistic" in html
    [error] = lint.errors(services.revision_findings(revision_with_errors))
    assert f'name="override-{error.key}"' in html
    queue = client.get("/admin/articles/revision/queue/").content.decode()
    assert "1 errors" in queue
    response = client.post(
        f"/admin/articles/revision/{revision_with_errors.pk}/review/",
        {"action": "approve", f"override-{error.key}": "Checked against the label."},
        follow=True,
    )
    assert "Approved" in response.content.decode()
