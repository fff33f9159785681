"""The search page lives in portal/search/views.py and learns its filters from the registry."""

import pytest
from django.urls import resolve

from portal.search import views

pytestmark = pytest.mark.django_db


def test_the_root_urlconf_points_search_at_the_search_package():
    assert resolve("/search/").func is views.search


def test_the_filters_come_from_what_the_apps_registered(client, topic):
    response = client.get("/search/", {"q": "hormone"})
    assert response.status_code == 200
    # Topics and the urgent-help panel are not results, so not kinds to filter by.
    assert list(response.context["kinds"]) == ["article", "medicine", "glossary", "service"]
    assert (topic.slug, topic.title) in response.context["topics"]
    html = response.content.decode()
    assert '<option value="service">Support service</option>' in html
    assert f'<option value="{topic.slug}">{topic.title}</option>' in html


def test_an_unknown_filter_is_left_out_with_a_note(client, topic):
    response = client.get("/search/", {"q": "hormone", "type": "topic", "topic": "no-such-topic"})
    assert response.context["notes"] == ["unknown-type", "unknown-topic"]
    assert "were not recognized" in response.content.decode()
