"""Property tests: no value of the directory's query parameters gives a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.resources.listings import make_service

ANY_TEXT = st.text(max_size=300)
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def listing(db):
    return make_service()


@pytest.mark.django_db
@SLOW
@given(q=ANY_TEXT, category=ANY_TEXT, mode=ANY_TEXT, area=ANY_TEXT, audience=ANY_TEXT, language=ANY_TEXT,
       free=ANY_TEXT, spanish=ANY_TEXT, page=ANY_TEXT)  # fmt: skip
def test_the_directory_never_fails(client, listing, q, category, mode, area, audience, language, free, spanish, page):
    params = {"q": q, "category": category, "mode": mode, "area": area, "audience": audience, "language": language,
              "free": free, "spanish": spanish, "page": page}  # fmt: skip
    assert client.get("/support/", params).status_code == 200


@pytest.mark.django_db
@SLOW
@given(search=ANY_TEXT, page=ANY_TEXT, per_page=ANY_TEXT, term=ANY_TEXT, organization=ANY_TEXT, after=ANY_TEXT)
def test_the_hsds_api_answers_200_or_a_400_json_error(client, listing, search, page, per_page, term, organization,
                                                     after):  # fmt: skip
    params = {"search": search, "page": page, "per_page": per_page, "taxonomy_term_id": term,
              "organization_id": organization, "modified_after": after}  # fmt: skip
    response = client.get("/hsds/services", params)
    assert response.status_code in (200, 400)
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.django_db
@SLOW
@given(identifier=st.text(min_size=1, max_size=80).filter(lambda text: "/" not in text and "?" not in text))
def test_any_id_in_an_api_path_answers_404_or_400_never_500(client, listing, identifier):
    for path in ("/hsds/services/", "/hsds/organizations/"):
        assert client.get(path + identifier).status_code in (400, 404)


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["¹", "٣", "0", "-1", "99999999999"])
def test_a_page_number_python_calls_a_digit_but_int_refuses_shows_the_first_page(client, listing, page):
    # Hypothesis found "¹": str.isdigit() accepts it and int() then raised a 500.
    response = client.get("/support/", {"page": page})
    assert response.status_code == 200
    assert "That page number did not exist" in response.content.decode()
