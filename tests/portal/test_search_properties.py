"""Property test: no input to the public query parameters gives a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles import services
from articles.models import ContentKind
from tests.content import medicine_content, reference

# Any text at all, including control characters, quotes, operators and astral-plane emoji.
ANY_TEXT = st.text(max_size=300)


@pytest.fixture
def one_medicine(author, reviewer):
    revision = services.item_create(kind=ContentKind.MEDICINE, slug="tamoxifen", author=author,
                                    content=medicine_content(), references=[reference(1)])  # fmt: skip
    services.revision_submit(revision=revision, user=author)
    services.revision_approve(revision=revision, reviewer=reviewer)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=ANY_TEXT, kind=ANY_TEXT, topic=ANY_TEXT, page=ANY_TEXT)
def test_search_never_fails(client, one_medicine, query, kind, topic, page):
    response = client.get("/search/", {"q": query, "type": kind, "topic": topic, "page": page})
    assert response.status_code == 200


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hr=ANY_TEXT, her2=ANY_TEXT, drug_class=ANY_TEXT)
def test_filters_never_fail(client, one_medicine, hr, her2, drug_class):
    assert (
        client.get("/medicines/", {"hr_status": hr, "her2_status": her2, "drug_class": drug_class}).status_code == 200
    )
    assert client.get("/which-pages-fit-me/", {"hr_status": hr, "her2_status": her2}).status_code == 200
