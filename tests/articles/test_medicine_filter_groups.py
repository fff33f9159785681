"""The medicines filter does not mislead: for a subtype, the medicines made for it come first, and those
whose label does not limit them by it are said to be so, in a group of their own (issue 21)."""

import re

import pytest

from articles.models import ContentKind
from tests.content import medicine_content, publish, reference

pytestmark = pytest.mark.django_db


@pytest.fixture
def medicines(author, reviewer):
    def medicine(slug, title, hr, her2, drug_class):
        content = medicine_content(
            title=title, generic_name=slug, brand_names=[], hr_status=hr, her2_status=her2, drug_class=drug_class
        )
        publish(ContentKind.MEDICINE, slug, author, reviewer, content, [reference(1)])

    medicine("anastrozole", "Anastrozole", ["positive"], [], "Aromatase inhibitor")
    medicine("trastuzumab", "Trastuzumab", [], ["positive"], "HER2-targeted monoclonal antibody")
    medicine("capecitabine", "Capecitabine", [], [], "Chemotherapy")


def _section(html: str, heading_id: str) -> str:
    match = re.search(rf'<section aria-labelledby="{heading_id}">(.*?)</section>', html, re.S)
    return match.group(1) if match else ""


def test_her2_positive_lists_the_her2_medicines_first_and_the_others_apart(client, medicines):
    html = client.get("/medicines/?her2_status=positive").content.decode()
    made_for, any_subtype = _section(html, "made-for-heading"), _section(html, "any-subtype-heading")
    assert "Made for this subtype: 1 medicine" in made_for
    assert "Trastuzumab" in made_for
    assert "Anastrozole" not in made_for
    assert "Used whatever the subtype: 2 medicines" in any_subtype
    assert "Anastrozole" in any_subtype
    assert "Capecitabine" in any_subtype
    assert "do not limit them to the choices above" in any_subtype


def test_no_subtype_chosen_shows_one_list(client, medicines):
    html = client.get("/medicines/").content.decode()
    assert "made-for-heading" not in html
    assert "any-subtype-heading" not in html
    assert html.count('class="card-list"') == 1
    html = client.get("/medicines/?drug_class=Chemotherapy").content.decode()
    assert "made-for-heading" not in html


def test_a_medicine_named_for_both_chosen_statuses_comes_before_one_named_for_one(client, author, reviewer, medicines):
    content = medicine_content(
        title="Both", generic_name="both", brand_names=[], hr_status=["positive"], her2_status=["positive"]
    )
    publish(ContentKind.MEDICINE, "both", author, reviewer, content, [reference(1)])
    made_for = _section(client.get("/medicines/?hr_status=positive&her2_status=positive").content.decode(),
                        "made-for-heading")  # fmt: skip
    assert made_for.index(">Both<") < made_for.index(">Anastrozole<")
    assert made_for.index(">Both<") < made_for.index(">Trastuzumab<")
