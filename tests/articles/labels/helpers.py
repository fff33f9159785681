"""Pages and labels the label-watch tests share."""

import datetime
import io
import json

from django.core.management import call_command

from articles.labels import services as label_services
from articles.models import ContentKind
from tests.content import article_content, medicine_content, publish, reference

TAMOXIFEN_SETID = "492dbdb2-077e-4064-bff3-372d6af0a7a2"
LETROZOLE_SETID = "83db7b64-7e98-4bd5-83ce-37444e6dd971"
LABEL_URL = f"https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid={TAMOXIFEN_SETID}"
# Every risk the fixture label's boxed warning names, as the quality gate requires of a medicine page.
TAMOXIFEN_SERIOUS_SIDE_EFFECTS = (
    "- Pain or swelling in one leg, or sudden shortness of breath: signs of a blood clot in the leg or the "
    "lungs (pulmonary embolism) [1]\n"
    "- Sudden weakness or numbness on one side, or trouble speaking: signs of a stroke [1]\n"
    "- Bleeding from the vagina or pain low in the belly: signs of cancer of the womb (uterine cancer) [1]"
)


def publish_medicine(author, reviewer, *, slug="tamoxifen", setid=TAMOXIFEN_SETID, label_date=None, **content):
    """A live medicine summary that follows the label `setid` (set by a reviewer, as in the workspace)."""
    content.setdefault("fda_label_date", label_date or datetime.date(2024, 1, 1))
    content.setdefault("serious_side_effects", TAMOXIFEN_SERIOUS_SIDE_EFFECTS)
    medicine = publish(
        kind=ContentKind.MEDICINE, slug=slug, author=author, reviewer=reviewer,
        content=medicine_content(**content), references=[reference(1)],
    )  # fmt: skip
    if setid:
        medicine = label_services.medicine_set_setid(item=medicine, user=reviewer, setid=setid)
    return medicine


def publish_article(author, reviewer, topic, *, slug, body, title="About this treatment", medicine_ids=()):
    return publish(
        kind=ContentKind.ARTICLE, slug=slug, topic=topic, author=author, reviewer=reviewer,
        content=article_content(title=title, body=body), references=[reference(1)], medicine_ids=medicine_ids,
    )  # fmt: skip


def run_check(*args: str) -> tuple[int, dict]:
    """`manage.py check_drug_labels --json ARGS`: its exit status and the one JSON object it printed."""
    out = io.StringIO()
    try:
        call_command("check_drug_labels", "--json", *args, stdout=out)
        status = 0
    except SystemExit as exit:
        status = exit.code
    return status, json.loads(out.getvalue())
