"""The label watch in the reviewer workspace: the Label changed queue, a medicine's label page and
the label beside the summary on the review screen."""

import datetime

import pytest
from django.urls import reverse

from articles import services
from articles.labels.models import LabelFlag, LabelSnapshot
from articles.labels.spl import section_hash
from articles.models import ReviewedItem
from tests.articles.labels.helpers import TAMOXIFEN_SETID, publish_article, publish_medicine
from tests.content import save_edit
from tests.markup import XSS_PAYLOADS, injected_markup

pytestmark = pytest.mark.django_db

OLD_WARNING = "WARNING: Uterine malignancies and stroke have occurred."
NEW_WARNING = "WARNING: Uterine malignancies, stroke and pulmonary embolism have occurred."


def url(name, *args):
    return reverse(f"admin:{name}", args=args)


def snapshot(version, effective, **sections):
    return LabelSnapshot.objects.create(
        setid=TAMOXIFEN_SETID, version=version, effective_date=effective, **sections,
        section_hashes={name: section_hash(text) for name, text in sections.items()},
    )  # fmt: skip


@pytest.fixture
def tamoxifen(author, reviewer):
    return publish_medicine(author, reviewer, label_date=datetime.date(2025, 3, 1))


@pytest.fixture
def flags(tamoxifen, author, reviewer, topic):
    old = snapshot(3, datetime.date(2025, 3, 1), boxed_warning=OLD_WARNING, indications="For breast cancer.")
    new = snapshot(4, datetime.date(2026, 11, 20), boxed_warning=NEW_WARNING, indications="For breast cancer.")
    article = publish_article(author, reviewer, topic, slug="clots", body="Tamoxifen can cause clots [1].")
    return [
        LabelFlag.objects.create(item=item, snapshot=new, previous_snapshot=old, changed_sections=["boxed_warning"])
        for item in (tamoxifen, article)
    ]


def test_the_review_queue_links_to_the_label_queue_with_its_count(client, reviewer, flags):
    client.force_login(reviewer)
    html = client.get(url("articles_review_queue")).content.decode()
    assert f'href="{url("articles_label_queue")}"' in html
    assert "Label changed: 2 pages to check against a new FDA label" in html


def test_each_flag_shows_the_medicine_the_versions_the_diff_and_the_label(client, reviewer, flags, tamoxifen):
    client.force_login(reviewer)
    html = client.get(url("articles_label_queue")).content.decode()
    assert html.count('class="label-flag"') == 2
    assert f'href="{url("articles_label_medicine", tamoxifen.pk)}">Tamoxifen</a>' in html
    assert "version 3 of 2025-03-01 → version 4 of 2026-11-20" in html
    assert "and <del>stroke </del><ins>pulmonary embolism </ins>have occurred." in html  # word by word
    assert html.count(">Boxed warning</th>") == 2
    assert f'href="https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid={TAMOXIFEN_SETID}"' in html
    assert html.count('name="reason"') == 2


def test_authors_see_the_queue_but_cannot_dismiss(client, author, flags):
    client.force_login(author)
    response = client.get(url("articles_label_queue"))
    assert response.status_code == 200
    assert 'name="reason"' not in response.content.decode()
    response = client.post(url("articles_label_queue"), {"action": "dismiss", "flag": flags[0].pk, "reason": "Fine."})
    assert "You do not have permission to dismiss label-change flags." in response.content.decode()
    assert LabelFlag.objects.get(pk=flags[0].pk).is_open


def test_a_reviewer_dismisses_a_flag_with_a_reason_from_the_queue(client, reviewer, flags):
    client.force_login(reviewer)
    response = client.post(url("articles_label_queue"), {"action": "dismiss", "flag": flags[0].pk, "reason": " "})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()  # under that flag's form
    assert LabelFlag.objects.get(pk=flags[0].pk).is_open
    response = client.post(
        url("articles_label_queue"),
        {"action": "dismiss", "flag": flags[0].pk, "reason": "Already says so."},
        follow=True,
    )
    assert "Flag dismissed; your reason is on record." in response.content.decode()
    assert LabelFlag.objects.get(pk=flags[0].pk).dismissal_reason == "Already says so."
    assert response.content.decode().count('class="label-flag"') == 1


def test_the_queue_costs_the_same_queries_for_one_flag_or_many(
    client, reviewer, flags, author, topic, django_assert_max_num_queries
):
    for n in range(15):
        article = publish_article(author, reviewer, topic, slug=f"page-{n}", body="Tamoxifen [1].")
        LabelFlag.objects.create(item=article, snapshot=flags[0].snapshot, changed_sections=["boxed_warning"])
    client.force_login(reviewer)
    with django_assert_max_num_queries(10):
        html = client.get(url("articles_label_queue")).content.decode()
    assert html.count('class="label-flag"') == 17


def test_label_text_is_shown_escaped(client, reviewer, tamoxifen):
    payload = " ".join(XSS_PAYLOADS)
    new = snapshot(4, datetime.date(2026, 11, 20), boxed_warning=payload, indications=payload)
    LabelFlag.objects.create(item=tamoxifen, snapshot=new, changed_sections=["boxed_warning", "indications"])
    client.force_login(reviewer)
    for address in (url("articles_label_queue"), url("articles_label_medicine", tamoxifen.pk)):
        html = client.get(address).content.decode()
        assert "&lt;script&gt;" in html
        assert injected_markup(html) == []


def test_the_review_screen_puts_the_label_beside_the_summary(client, author, reviewer, tamoxifen, flags):
    draft = save_edit(tamoxifen.live_revision, author, who_it_is_for="Adults with **metastatic** breast cancer [1].")
    services.revision_submit(revision=draft, user=author)
    client.force_login(reviewer)
    html = client.get(url("articles_revision_review", draft.pk)).content.decode()
    assert "Check against the FDA label" in html
    assert "Current label: version 4 of 2026-11-20." in html
    assert NEW_WARNING in html
    assert "For breast cancer." in html
    assert "Adults with <strong>metastatic</strong> breast cancer" in html
    assert "Pain or swelling in one leg" in html  # the summary's serious side effects
    assert "This page has 1 open label-change flag; approving a new version ends it." in html


def test_the_review_screen_of_an_article_has_no_label_check(client, reviewer, in_review):
    client.force_login(reviewer)
    assert (
        "Check against the FDA label" not in client.get(url("articles_revision_review", in_review.pk)).content.decode()
    )


def test_the_history_page_shows_the_watched_label(client, reviewer, tamoxifen):
    client.force_login(reviewer)
    html = client.get(url("articles_item_history", tamoxifen.pk)).content.decode()
    assert f"<code>{TAMOXIFEN_SETID}</code>" in html
    assert f'href="{url("articles_label_medicine", tamoxifen.pk)}"' in html


def test_a_reviewer_changes_the_set_id_on_the_medicines_label_page(client, author, reviewer, tamoxifen):
    address = url("articles_label_medicine", tamoxifen.pk)
    client.force_login(author)
    assert 'name="setid"' not in client.get(address).content.decode()
    client.post(address, {"action": "setid", "setid": ""})
    assert ReviewedItem.objects.get(pk=tamoxifen.pk).dailymed_setid == TAMOXIFEN_SETID  # refused

    client.force_login(reviewer)
    html = client.post(address, {"action": "setid", "setid": "not-a-set-id"}).content.decode()
    assert "Enter a DailyMed set id" in html
    response = client.post(address, {"action": "setid", "setid": ""}, follow=True)
    assert "Saved: the daily label check follows this set id." in response.content.decode()
    assert ReviewedItem.objects.get(pk=tamoxifen.pk).dailymed_setid == ""
    # With none recorded, the form suggests the one in the label address the author gave.
    html = client.get(address).content.decode()
    assert "No set id: the daily label check skips this medicine." in html


def test_label_pages_need_staff_and_a_medicine(client, tamoxifen, reviewer, topic, author):
    for address in (url("articles_label_queue"), url("articles_label_medicine", tamoxifen.pk)):
        assert client.get(address).status_code == 302  # to the login
    article = publish_article(author, reviewer, topic, slug="clots", body="Clots [1].")
    client.force_login(reviewer)
    assert client.get(url("articles_label_medicine", article.pk)).status_code == 404


def test_the_review_screen_of_a_flagged_article_says_approval_ends_its_flag(client, author, reviewer, flags):
    article = flags[1].item
    draft = save_edit(article.live_revision, author, body="Tamoxifen can rarely cause clots [1].")
    services.revision_submit(revision=draft, user=author)
    client.force_login(reviewer)
    html = client.get(url("articles_revision_review", draft.pk)).content.decode()
    assert "(1 open flag); approving a new version ends it." in html
    assert f'href="{url("articles_label_queue")}"' in html
