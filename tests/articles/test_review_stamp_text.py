"""The review stamp names the reviewer once, in US dates, and never says their credentials twice."""

import pytest
from django.utils import timezone

from articles.models import ContentKind, ReviewerProfile
from portal import roles
from tests.content import article_content, make_user, publish, reference

pytestmark = pytest.mark.django_db


def _stamp(client, item) -> str:
    html = client.get(item.get_absolute_url()).content.decode()
    return html[html.index('class="review-stamp"') : html.index("</aside>", html.index('class="review-stamp"'))]


def test_stamp_names_the_reviewer_and_credentials_once_with_us_dates(client, author, reviewer, topic):
    item = publish(ContentKind.ARTICLE, "stamped", author, reviewer, article_content(), [reference(1)], topic)
    stamp = _stamp(client, item)
    assert "Reviewed by Rita Reviewer, MD, medical oncologist" in stamp
    today = timezone.localdate()
    assert f"{today:%B} {today.day}, {today.year}" in stamp  # "December 4, 2026", not "4 December 2026"


def test_credentials_already_in_the_name_are_not_repeated(client, author, topic):
    reviewer = make_user("nina-nurse", roles.CLINICAL_REVIEWERS)
    ReviewerProfile.objects.create(
        user=reviewer, display_name="Nina Nurse, RN", credentials="RN", credentials_verified_at=timezone.now()
    )
    item = publish(ContentKind.ARTICLE, "stamped", author, reviewer, article_content(), [reference(1)], topic)
    stamp = _stamp(client, item)
    assert "Reviewed by Nina Nurse, RN" in stamp
    assert "RN, RN" not in stamp
    assert stamp.count("RN") == 1
