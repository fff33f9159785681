"""Search synonyms are reviewed like other content (portal/search/synonyms.py): a clinical
reviewer proposes a change, a second one approves it, and only then does search use it. Nobody
decides on their own proposal: the service refuses, and so does the database."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, InternalError, connection, transaction
from django.test import Client

from articles.models import ContentKind
from portal import search
from portal.models import Synonym, SynonymChange
from portal.search import synonyms
from tests.content import article_content, publish, reference

pytestmark = pytest.mark.django_db

XSS = "<script>alert(1)</script>"


@pytest.fixture
def fatigue_page(author, reviewer, topic):
    return publish(ContentKind.ARTICLE, "fatigue", author, reviewer,
                   article_content(title="Fatigue", body="## Tiredness\n\nFatigue is common [1]."),
                   [reference(1)], topic)  # fmt: skip


def found(query):
    return [result.title for result in search.search(query).results]


def propose(user, **options):
    options = {"action": "add", "phrase": "zonked", "means": "fatigue", "kind": "lay", **options}
    return synonyms.synonym_propose(user=user, **options)


def test_a_proposed_synonym_reaches_search_only_once_a_second_reviewer_approves_it(
    fatigue_page, reviewer, second_reviewer
):
    change = propose(reviewer, reason="Readers write it.")
    assert found("zonked") == []
    assert not Synonym.objects.filter(phrase="zonked").exists()
    synonyms.synonym_decide(user=second_reviewer, change=change, approve=True)
    assert found("zonked") == ["Fatigue"]
    change.refresh_from_db()
    assert (change.status, change.decided_by, change.synonym.means) == ("approved", second_reviewer, "fatigue")


@pytest.mark.parametrize("who", ["proposer", "superuser proposer"])
def test_nobody_approves_their_own_proposal(fatigue_page, reviewer, superuser, who):
    proposer = reviewer if who == "proposer" else superuser
    change = propose(proposer)
    with pytest.raises(PermissionDenied, match="second reviewer"):
        synonyms.synonym_decide(user=proposer, change=change, approve=True)
    change.refresh_from_db()
    assert change.status == "proposed"
    assert found("zonked") == []


def test_the_database_refuses_a_self_approval_and_any_edit_of_a_decided_change(reviewer, second_reviewer):
    change = propose(reviewer)
    with pytest.raises(IntegrityError, match="synonym_change_four_eyes"), transaction.atomic():
        SynonymChange.objects.filter(pk=change.pk).update(status="approved", decided_by=reviewer,
                                                          decided_at=change.proposed_at)  # fmt: skip
    synonyms.synonym_decide(user=second_reviewer, change=change, approve=False)
    for sql in ("UPDATE portal_synonymchange SET means = 'other' WHERE id = %s",
                "DELETE FROM portal_synonymchange WHERE id = %s"):  # fmt: skip
        with pytest.raises(InternalError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [change.pk])
    change.refresh_from_db()
    assert (change.status, change.means) == ("rejected", "fatigue")


@pytest.mark.parametrize("who", ["anonymous", "author", "directory_admin"])
def test_only_clinical_reviewers_propose(who, author, directory_admin):
    user = {"anonymous": AnonymousUser(), "author": author, "directory_admin": directory_admin}[who]
    with pytest.raises(PermissionDenied):
        propose(user)
    assert not SynonymChange.objects.exists()


def test_authors_may_not_decide(reviewer, author):
    change = propose(reviewer)
    with pytest.raises(PermissionDenied):
        synonyms.synonym_decide(user=author, change=change, approve=True)


def test_changes_and_removals_apply_on_approval_and_a_rejection_changes_nothing(
    fatigue_page, reviewer, second_reviewer
):
    synonyms.synonym_decide(user=second_reviewer, change=propose(reviewer), approve=True)
    synonym = Synonym.objects.get(phrase="zonked")
    rejected = propose(reviewer, action="change", synonym=synonym, phrase="zonked", means="nausea")
    synonyms.synonym_decide(user=second_reviewer, change=rejected, approve=False)
    assert Synonym.objects.get(pk=synonym.pk).means == "fatigue"
    changed = propose(second_reviewer, action="change", synonym=synonym, phrase="zonked out", means="fatigue")
    synonyms.synonym_decide(user=reviewer, change=changed, approve=True)
    assert found("zonked out") == ["Fatigue"]
    removal = propose(reviewer, action="remove", synonym=synonym)
    assert found("zonked out") == ["Fatigue"]  # until approved
    synonyms.synonym_decide(user=second_reviewer, change=removal, approve=True)
    assert not Synonym.objects.filter(pk=synonym.pk).exists()
    assert found("zonked out") == []
    # The record stays, with who proposed and who decided each step.
    assert list(SynonymChange.objects.order_by("pk").values_list("action", "status")) == [
        ("add", "approved"), ("change", "rejected"), ("change", "approved"), ("remove", "approved")]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "field"),
    [({"means": "docetaxel", "phrase": "taxol"}, "means"), ({"phrase": "tumour"}, "phrase"),
     ({"action": "change", "synonym": None}, "synonym"), ({"means": ""}, "means")],
)  # fmt: skip
def test_bad_proposals_are_refused_clearly(reviewer, options, field):
    with pytest.raises(ValidationError) as error:
        propose(reviewer, **options)
    assert field in error.value.message_dict
    assert not SynonymChange.objects.exists()


def test_one_open_proposal_per_synonym(reviewer, second_reviewer):
    tumour = Synonym.objects.get(phrase="tumour")
    propose(reviewer, action="change", synonym=tumour, phrase="tumour", means="tumor")
    with pytest.raises(ValidationError, match="already waiting"):
        propose(second_reviewer, action="remove", synonym=tumour)


def test_every_step_is_audited_with_who_did_it(reviewer, second_reviewer):
    change = synonyms.synonym_decide(user=second_reviewer, change=propose(reviewer), approve=True)
    events = SynonymChange.pgh_event_model.objects.filter(pgh_obj_id=change.pk).order_by("pgh_id")
    assert [(e.pgh_label, e.pgh_context.metadata["user"]) for e in events] == [
        ("insert", reviewer.pk), ("update", second_reviewer.pk)]  # fmt: skip
    added = Synonym.pgh_event_model.objects.get(pgh_obj_id=change.synonym_id)
    assert added.pgh_context.metadata == {"action": "synonym_approve", "user": second_reviewer.pk}


# --- The admin ------------------------------------------------------------------------------------


def staff(user):
    client = Client()
    client.force_login(user)
    return client


def test_in_the_admin_one_reviewer_proposes_and_another_approves(fatigue_page, reviewer, second_reviewer):
    response = staff(reviewer).post("/admin/portal/synonymchange/add/", {
        "action": "add", "phrase": "zonked", "means": "fatigue", "kind": "lay", "language": "en",
        "reason": XSS})  # fmt: skip
    assert response.status_code == 302
    change = SynonymChange.objects.get()
    listing = staff(reviewer).get("/admin/portal/synonymchange/").content.decode()
    assert XSS not in listing
    assert "&lt;script&gt;" in listing
    # The proposer's own approval is refused with a message, and changes nothing.
    approve = {"action": "approve_changes", "_selected_action": [change.pk]}
    response = staff(reviewer).post("/admin/portal/synonymchange/", approve, follow=True)
    assert "second reviewer" in response.content.decode()
    assert found("zonked") == []
    staff(second_reviewer).post("/admin/portal/synonymchange/", approve)
    assert found("zonked") == ["Fatigue"]


def test_synonyms_are_no_longer_edited_directly(reviewer, superuser):
    tumour = Synonym.objects.get(phrase="tumour")
    for user in (reviewer, superuser):
        client = staff(user)
        assert client.get("/admin/portal/synonym/add/").status_code == 403
        edit = {"phrase": "tumour", "means": "x", "kind": "lay"}
        assert client.post(f"/admin/portal/synonym/{tumour.pk}/change/", edit).status_code == 403
    assert Synonym.objects.get(pk=tumour.pk).means == "tumor"


def test_authors_see_the_proposals_but_cannot_decide(reviewer, author):
    change = propose(reviewer)
    client = staff(author)
    response = client.get("/admin/portal/synonymchange/")
    assert response.status_code == 200
    assert "approve_changes" not in response.content.decode()
    client.post("/admin/portal/synonymchange/", {"action": "approve_changes", "_selected_action": [change.pk]})
    change.refresh_from_db()
    assert change.status == "proposed"


@pytest.mark.parametrize("n", [1, 50])
def test_the_proposals_list_queries_are_constant(reviewer, second_reviewer, n, django_assert_max_num_queries):
    for i in range(n):
        change = propose(reviewer, phrase=f"word{i}")
        if i % 2:
            synonyms.synonym_decide(user=second_reviewer, change=change, approve=False)
    client = staff(reviewer)
    client.get("/admin/portal/synonymchange/")
    with django_assert_max_num_queries(12):
        response = client.get("/admin/portal/synonymchange/")
    assert len(response.context["cl"].result_list) == min(n, 100)


def test_the_record_of_a_removed_synonym_still_opens(reviewer, second_reviewer):
    tumour = Synonym.objects.get(phrase="tumour")
    removal = synonyms.synonym_decide(
        user=second_reviewer, change=propose(reviewer, action="remove", synonym=tumour), approve=True
    )
    response = staff(reviewer).get(f"/admin/portal/synonymchange/{removal.pk}/change/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "tumour" in html
    assert "Remove a synonym" in html


def test_the_clinical_and_the_everyday_words_for_tiredness_find_each_other(fatigue_page, author, reviewer, topic):
    """Our sample pages say "feeling tired"; clinicians and many readers say "fatigue". Each word finds
    the pages that use the other (the seed synonyms of migrations 0005 and 0012)."""
    publish(ContentKind.ARTICLE, "side-effects", author, reviewer,
            article_content(title="Side effects", body="## Common ones\n\nFeeling tired is common [1]."),
            [reference(1)], topic)  # fmt: skip
    for query in ("fatigue", "fatigued", "exhausted", "exhaustion"):
        assert "Side effects" in found(query), query
    assert "Fatigue" in found("tired")


@pytest.mark.parametrize(
    ("query", "page_says"),
    [("neuropathy", "numbness"), ("lymphedema", "swelling"), ("anxiety", "worry"), ("prognosis", "life expectancy"),
     ("exercise", "active"), ("CT scan", "scan")],
)  # fmt: skip
def test_clinical_words_that_found_nothing_find_the_everyday_words_pages_use(author, reviewer, topic, query, page_says):
    publish(ContentKind.ARTICLE, "everyday", author, reviewer,
            article_content(title="Everyday words", body=f"## Words\n\nAsk about {page_says} [1]."),
            [reference(1)], topic)  # fmt: skip
    assert found(query) == ["Everyday words"]
