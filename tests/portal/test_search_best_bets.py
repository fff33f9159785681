"""Best bets: an editor's pin shows a public page first for a query, marked "Recommended", until it
expires, and never when its page is not public; only clinical reviewers may pin (portal/search/bestbets.py)."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from articles import services
from articles.models import ContentKind
from portal.models import BestBet
from portal.search import bestbets
from tests.content import article_content, medicine_content, publish, reference

pytestmark = pytest.mark.django_db

CITED = [reference(1)]
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def pages(author, reviewer, topic):
    """Two pages about side effects; the one an editor wants first would not come first alone."""
    guide = publish(ContentKind.ARTICLE, "side-effects-guide", author, reviewer,
                    article_content(title="Living with treatment", summary="- Coping day to day [1].",
                                    body="## Tiredness\n\nFatigue and nausea are common side effects [1]."),
                    CITED, topic)  # fmt: skip
    medicine = publish(ContentKind.MEDICINE, "tamoxifen", author, reviewer, medicine_content(), CITED)
    publish(ContentKind.ARTICLE, "side-effects", author, reviewer,
            article_content(title="Side effects", body="## Side effects\n\nSide effects of treatment [1]."),
            CITED, topic)  # fmt: skip
    return {"guide": guide, "medicine": medicine}


def pin(user, item, query="side effects", **options):
    options = {"expires_on": days(30), **options}
    return bestbets.best_bet_save(user=user, query=query, target_key=f"item:{item.pk}", **options)


def search(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return response.context["results"], response.content.decode()


def test_a_best_bet_comes_first_marked_recommended_and_not_again_below(client, pages, reviewer):
    before, _ = search(client, "side effects")
    assert before.results[0].title == "Side effects"
    pin(reviewer, pages["guide"], query="  Side   EFFECTS? ")
    results, html = search(client, "side effects")
    assert [r.title for r in results.best_bets] == ["Living with treatment"]
    assert results.best_bets[0].recommended
    assert "Living with treatment" not in [r.title for r in results.results]  # never twice
    first = html.index('class="best-bet"')
    assert first < html.index("Side effects</a>")
    assert "Recommended" in html[first : html.index("</h3>", first)]  # in words, inside the heading
    # Counted once: the pinned page and the other match.
    assert results.count == before.count
    assert "Did you mean" not in html


def test_a_best_bet_only_for_its_query(client, pages, reviewer):
    pin(reviewer, pages["guide"])
    assert search(client, "side")[0].best_bets == ()
    assert search(client, "side effects of tamoxifen")[0].best_bets == ()


def test_expired_and_future_best_bets_are_not_shown(client, pages, reviewer):
    pin(reviewer, pages["guide"], starts_on=days(-40), expires_on=days(-1))
    pin(reviewer, pages["medicine"], starts_on=days(2), expires_on=days(20))
    results, html = search(client, "side effects")
    assert results.best_bets == ()
    assert "Recommended" not in html
    # Neither is it hidden from the results: an expired pin is simply no pin.
    assert "Living with treatment" in [r.title for r in results.results]


def test_a_best_bet_shows_until_the_end_of_its_last_day(client, pages, reviewer):
    pin(reviewer, pages["guide"], starts_on=days(-10), expires_on=days(0))
    assert [r.title for r in search(client, "side effects")[0].best_bets] == ["Living with treatment"]


def test_a_withdrawn_target_is_never_shown_and_returns_when_republished(client, pages, author, reviewer):
    pin(reviewer, pages["medicine"])
    assert [r.title for r in search(client, "side effects")[0].best_bets] == ["Tamoxifen"]
    services.item_withdraw(item=pages["medicine"], user=reviewer, reason="Label changed.")
    results, html = search(client, "side effects")
    assert results.best_bets == ()
    assert "Tamoxifen" not in html
    assert BestBet.objects.count() == 1  # kept: it names the page, not a copy of it


def test_best_bets_follow_the_kind_filter_and_only_the_first_page(client, pages, reviewer):
    pin(reviewer, pages["medicine"])
    assert search(client, "side effects", type="article")[0].best_bets == ()
    second, _ = search(client, "side effects", page=2)
    assert second.best_bets == ()
    assert second.pinned == 1  # still left out of the results on every page


@pytest.mark.parametrize("who", ["anonymous", "author", "directory_admin"])
def test_only_clinical_reviewers_may_pin(pages, who, author, directory_admin):
    user = {"anonymous": AnonymousUser(), "author": author, "directory_admin": directory_admin}[who]
    with pytest.raises(PermissionDenied):
        pin(user, pages["guide"])
    assert not BestBet.objects.exists()


def test_only_clinical_reviewers_may_change_or_delete(pages, reviewer, author):
    best_bet = pin(reviewer, pages["guide"])
    with pytest.raises(PermissionDenied):
        pin(author, pages["medicine"], best_bet=best_bet)
    with pytest.raises(PermissionDenied):
        bestbets.best_bet_delete(user=author, best_bet=best_bet)
    best_bet.refresh_from_db()
    assert best_bet.target_id == f"item:{pages['guide'].pk}"


@pytest.mark.parametrize(
    ("options", "field"),
    [({"expires_on": days(400)}, "expires_on"), ({"starts_on": days(5), "expires_on": days(4)}, "expires_on"),
     ({"query": "?"}, "query")],
)  # fmt: skip
def test_bad_dates_and_queries_are_refused_clearly(pages, reviewer, options, field):
    with pytest.raises(ValidationError) as error:
        pin(reviewer, pages["guide"], **options)
    assert field in error.value.message_dict
    assert not BestBet.objects.exists()


def test_a_page_that_is_not_public_cannot_be_pinned(pages, author, reviewer, topic):
    draft = services.item_create(kind="article", slug="draft", topic=topic, author=author,
                                 content=article_content(title="Draft"), references=CITED)  # fmt: skip
    with pytest.raises(ValidationError) as error:
        pin(reviewer, draft.item)
    assert "not public" in " ".join(error.value.messages)
    assert not BestBet.objects.exists()


def test_who_pinned_it_and_every_change_is_audited(pages, reviewer):
    best_bet = pin(reviewer, pages["guide"], note="Readers asking this want the coping guide.")
    pin(reviewer, pages["guide"], best_bet=best_bet, expires_on=days(60))
    bestbets.best_bet_delete(user=reviewer, best_bet=best_bet)
    assert best_bet.created_by == reviewer
    events = BestBet.pgh_event_model.objects.filter(pgh_obj_id=best_bet.pk).order_by("pgh_id")
    assert [e.pgh_label for e in events] == ["insert", "update", "delete"]
    assert all(e.pgh_context and e.pgh_context.metadata["user"] == reviewer.pk for e in events)


def test_a_new_best_bet_reaches_a_cached_search_page(client, pages, reviewer):
    assert search(client, "side effects")[0].best_bets == ()
    assert "Recommended" not in client.get("/search/", {"q": "side effects"}).content.decode()  # from the cache
    pin(reviewer, pages["guide"])
    assert "Recommended" in client.get("/search/", {"q": "side effects"}).content.decode()


def test_the_query_and_note_are_rendered_safely(client, admin_client_for, pages, reviewer):
    pin(reviewer, pages["guide"], query=XSS, note=XSS)
    html = client.get("/search/", {"q": XSS}).content.decode()
    assert "Recommended" in html
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html  # the query as typed, echoed as text
    best_bet = BestBet.objects.get()
    assert best_bet.query == "script alert x script img src x onerror alert 1"  # words only, as search compares
    staff = admin_client_for(reviewer)
    for page in ("/admin/portal/bestbet/", f"/admin/portal/bestbet/{best_bet.pk}/change/"):
        admin_html = staff.get(page).content.decode()
        assert "<script>alert" not in admin_html
        assert "<img src=x" not in admin_html
        assert "&lt;script&gt;" in admin_html


# --- The admin ------------------------------------------------------------------------------------


@pytest.fixture
def admin_client_for():
    from django.test import Client

    def make(user):
        client = Client()
        client.force_login(user)
        return client

    return make


def test_the_admin_lists_active_expired_and_expiring_pins(pages, reviewer, admin_client_for):
    pin(reviewer, pages["guide"], query="active pin", expires_on=days(200))
    pin(reviewer, pages["guide"], query="expiring pin", expires_on=days(10))
    pin(reviewer, pages["guide"], query="expired pin", starts_on=days(-30), expires_on=days(-1))
    client = admin_client_for(reviewer)

    def listed(status):
        response = client.get("/admin/portal/bestbet/", {"status": status} if status else {})
        assert response.status_code == 200
        return sorted(obj.query for obj in response.context["cl"].result_list)

    assert listed("") == ["active pin", "expired pin", "expiring pin"]
    assert listed("active") == ["active pin", "expiring pin"]
    assert listed("expiring") == ["expiring pin"]
    assert listed("expired") == ["expired pin"]


def test_a_reviewer_pins_a_page_in_the_admin_with_the_page_picker(pages, reviewer, admin_client_for):
    client = admin_client_for(reviewer)
    form = client.get("/admin/portal/bestbet/add/").content.decode()
    assert "admin-autocomplete" in form  # a searchable picker, not a list of every page
    picked = client.get("/admin/autocomplete/", {"app_label": "portal", "model_name": "bestbet",
                                                 "field_name": "target", "term": "living"}).json()  # fmt: skip
    assert [r["id"] for r in picked["results"]] == [f"item:{pages['guide'].pk}"]
    response = client.post("/admin/portal/bestbet/add/", {
        "query": "Side Effects", "target": f"item:{pages['guide'].pk}", "note": "", "starts_on": days(0),
        "expires_on": days(90)})  # fmt: skip
    assert response.status_code == 302
    best_bet = BestBet.objects.get()
    assert (best_bet.query, best_bet.created_by) == ("side effects", reviewer)


def test_the_admin_form_explains_a_refusal_and_saves_nothing(pages, reviewer, admin_client_for):
    response = admin_client_for(reviewer).post("/admin/portal/bestbet/add/", {
        "query": "side effects", "target": "item:999999", "starts_on": days(0), "expires_on": days(500)})  # fmt: skip
    assert response.status_code == 200
    html = response.content.decode()
    assert "not public now" in html
    assert "at most 12 months" in html
    assert not BestBet.objects.exists()


def test_the_admin_shows_a_pin_whose_page_is_withdrawn(pages, reviewer, admin_client_for):
    pin(reviewer, pages["medicine"])
    services.item_withdraw(item=pages["medicine"], user=reviewer, reason="Label changed.")
    html = admin_client_for(reviewer).get("/admin/portal/bestbet/").content.decode()
    assert "Not public now" in html


def test_authors_may_look_but_not_pin_in_the_admin(pages, reviewer, author, admin_client_for):
    pin(reviewer, pages["guide"])
    client = admin_client_for(author)
    assert client.get("/admin/portal/bestbet/").status_code == 200
    assert client.get("/admin/portal/bestbet/add/").status_code == 403


# --- Query counts ---------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 50])
def test_queries_are_constant_in_the_number_of_best_bets(
    client, pages, reviewer, author, topic, n, admin_client_for, django_assert_max_num_queries
):
    targets = [pages["guide"], pages["medicine"]]
    for i in range(n):
        item = targets[i] if i < 2 else publish(ContentKind.ARTICLE, f"extra-{i}", author, reviewer,
                                                article_content(title=f"Extra page {i}"), CITED, topic)  # fmt: skip
        pin(reviewer, item, query="side effects" if i < 25 else f"other query {i}")
    with django_assert_max_num_queries(5):
        results, _ = search(client, "side effects")
    assert len(results.best_bets) == min(n, 25)
    staff = admin_client_for(reviewer)
    staff.get("/admin/portal/bestbet/")  # warm the session and permission caches
    with django_assert_max_num_queries(12):
        response = staff.get("/admin/portal/bestbet/")
    assert len(response.context["cl"].result_list) == n
