"""portal.prepared: an ORM query compiled once per process and prepared once per connection."""

import pgtrigger
import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext

from articles.models import Topic
from portal.prepared import PreparedQuery


def topic_title(lowest_position=0):
    return PreparedQuery(
        lambda slug: Topic.objects.filter(slug=slug, position__gte=lowest_position).values_list("title", "position"),
        slug="(slug)",
    )


@pytest.fixture
def topics(db):
    # Rows no topic revision could hold (a quote and a percent sign in the address), to test quoting:
    # written past the trigger that lets only approved topic text into this table.
    with pgtrigger.ignore("articles.Topic:topic_text_is_reviewed"):
        Topic.objects.create(slug="bone", title="Bone metastases", position=1)
        Topic.objects.create(slug="it's-100%", title="Quotes and 'percent' 100%", position=2)


def test_answers_like_the_orm_for_each_value(topics):
    query = topic_title()
    for slug in ["bone", "it's-100%", "bone", "no-such-topic"] * 3:  # past PostgreSQL's switch to a generic plan
        expected = Topic.objects.filter(slug=slug).values_list("title", "position").first()
        assert query.fetch_one(slug=slug) == expected


def test_prepares_once_per_connection_then_executes(topics):
    query = topic_title(lowest_position=1)  # a statement no other test prepared on this connection
    with CaptureQueriesContext(connection) as first:
        query.fetch_one(slug="bone")
    with CaptureQueriesContext(connection) as second:
        query.fetch_one(slug="bone")
    assert [entry["sql"].split()[0] for entry in first.captured_queries] == ["PREPARE", "EXECUTE"]
    assert [entry["sql"].split()[0] for entry in second.captured_queries] == ["EXECUTE"]
    # The constant (position >= 1) is written into the statement; only the stand-in is a parameter.
    prepared = first.captured_queries[0]["sql"]
    assert "$1" in prepared
    assert "$2" not in prepared
    assert ">= 1" in prepared


def test_queries_differing_only_in_a_constant_are_different_statements(topics):
    assert topic_title(lowest_position=0).fetch_one(slug="bone") == ("Bone metastases", 1)
    assert topic_title(lowest_position=2).fetch_one(slug="bone") is None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_prepares_again_on_a_new_connection(topics):
    query = topic_title()
    assert query.fetch_one(slug="bone") == ("Bone metastases", 1)
    connection.close()  # the server session and its prepared statements are gone
    assert query.fetch_one(slug="bone") == ("Bone metastases", 1)


def test_without_prepared_statements_behind_pgbouncer(topics):
    query = topic_title()
    connection.settings_dict["DISABLE_SERVER_SIDE_CURSORS"] = True
    try:
        with CaptureQueriesContext(connection) as captured:
            assert query.fetch_one(slug="it's-100%") == ("Quotes and 'percent' 100%", 2)
    finally:
        connection.settings_dict["DISABLE_SERVER_SIDE_CURSORS"] = False
    assert [entry["sql"].split()[0] for entry in captured.captured_queries] == ["SELECT"]


def test_a_stand_in_missing_from_the_query_is_refused(db):
    query = PreparedQuery(lambda slug: Topic.objects.filter(slug="bone").values_list("title"), slug="(slug)")
    with pytest.raises(ValueError, match="slug"):
        query.fetch_one(slug="bone")


def test_a_query_without_stand_ins_fetches_all_its_rows(topics):
    query = PreparedQuery(lambda: Topic.objects.order_by("position").values_list("slug", "position"))
    assert query.fetch_all() == [("bone", 1), ("it's-100%", 2)]
    assert query.fetch_all() == [("bone", 1), ("it's-100%", 2)]  # now from the prepared statement


def test_a_stand_in_the_orm_transforms_is_refused(db):
    # icontains would turn "(slug)" into "%(slug)%": the real value could not take its place.
    query = PreparedQuery(
        lambda slug: Topic.objects.filter(Q(slug=slug) | Q(title__icontains=slug)).values_list("title"), slug="(slug)"
    )
    with pytest.raises(ValueError, match="transformed"):
        query.fetch_one(slug="bone")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_prepares_again_when_the_server_session_forgot_its_statements(topics):
    query = topic_title(lowest_position=1)
    assert query.fetch_one(slug="bone") == ("Bone metastases", 1)
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")  # what a pooler's reset does behind Django's back
    assert query.fetch_one(slug="bone") == ("Bone metastases", 1)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_statement_the_session_already_has_is_used(topics):
    query = topic_title(lowest_position=1)
    assert query.fetch_one(slug="bone") == ("Bone metastases", 1)
    connection._portal_prepared.clear()  # as if another client had prepared it on this server session
    assert query.fetch_one(slug="bone") == ("Bone metastases", 1)
