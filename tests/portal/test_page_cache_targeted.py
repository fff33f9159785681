"""Targeted invalidation and the stampede lock of the page cache (portal/page_cache.py).

A change names the groups of pages it alters; pages that said what they show stay cached through
changes to other groups, pages that said nothing are refreshed by every change, and no page
rendered from data older than a change is ever served after it.
"""

import threading

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from articles import services
from articles.models import ContentKind
from portal import page_cache
from portal.page_cache import DIRECTORY, PublicPageCacheMiddleware, depends_on, pages_changed
from tests.content import article_content, make_topic, medicine_content, publish, reference, save_edit


def _approve_edit(item, author, reviewer, **changes):
    item.refresh_from_db()
    newer = save_edit(item.live_revision, author, **changes)
    services.revision_submit(revision=newer, user=author)
    services.revision_approve(revision=newer, reviewer=reviewer)
    return newer


@pytest.fixture
def site(author, reviewer):
    """Two topics; article A (naming medicine M) and C in the first, B in the second."""
    surgery = make_topic("surgery", "Surgery", author, reviewer, position=1)
    hormone = make_topic("hormone-therapy", "Hormone therapy", author, reviewer, position=2)
    refs = [reference()]
    medicine = publish(ContentKind.MEDICINE, "tamoxifen", author, reviewer, medicine_content(), refs)
    a = publish(
        ContentKind.ARTICLE,
        "surgery-a",
        author,
        reviewer,
        article_content(title="Surgery A"),
        refs,
        topic=surgery,
        medicine_ids=[medicine.pk],
    )
    c = publish(
        ContentKind.ARTICLE, "surgery-c", author, reviewer, article_content(title="Surgery C"), refs, topic=surgery
    )
    b = publish(ContentKind.ARTICLE, "hormone-b", author, reviewer, article_content(title="Hormone B"), refs,
                topic=hormone)  # fmt: skip
    return {"a": a, "b": b, "c": c, "medicine": medicine}


def _is_cached(client, path, _unused=None) -> bool:
    """True when the page came from the page cache: it then needs no database query at all."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code in (200, 410)
    return len(queries) == 0


WARM = ["/articles/surgery-a/", "/articles/surgery-c/", "/articles/hormone-b/", "/medicines/tamoxifen/",
        "/topics/surgery/", "/topics/hormone-therapy/", "/support/", "/"]  # fmt: skip


def _warm(client):
    for path in WARM:
        client.get(path)
        assert _is_cached(client, path, None), path


@pytest.mark.django_db
def test_an_approval_cools_only_the_pages_that_show_the_page(client, site, author, second_reviewer):
    _warm(client)
    _approve_edit(site["a"], author, second_reviewer, title="Surgery A, updated")
    cached = {path: _is_cached(client, path, None) for path in WARM}
    assert cached == {
        "/articles/surgery-a/": False,  # the page itself
        "/articles/surgery-c/": False,  # lists A in its topic (previous/next, more in this topic)
        "/articles/hormone-b/": True,  # another topic, no link to A
        "/medicines/tamoxifen/": False,  # lists the articles naming it, A among them
        "/topics/surgery/": False,  # lists A
        "/topics/hormone-therapy/": True,
        "/support/": True,  # listings only
        "/": False,  # said nothing about what it shows: refreshed by every change
    }
    assert b"Surgery A, updated" in client.get("/articles/surgery-a/").content
    assert b"Surgery A, updated" in client.get("/articles/surgery-c/").content
    assert b"Surgery A, updated" in client.get("/medicines/tamoxifen/").content


@pytest.mark.django_db
def test_an_article_newly_naming_a_medicine_reaches_the_medicine_page(client, site, author, second_reviewer):
    assert b"Hormone B" not in client.get("/medicines/tamoxifen/").content
    newer = save_edit(site["b"].live_revision, author, title="Hormone B")
    # Name the medicine in a new version: the medicine page had no link to B before.
    content, references, _ = services.revision_content(newer)
    newest = services.revision_save(item=newer.item, author=author, based_on=newer, content=content,
                                    references=references, related_medicine_ids=[site["medicine"].pk])  # fmt: skip
    services.revision_submit(revision=newest, user=author)
    services.revision_approve(revision=newest, reviewer=second_reviewer)
    assert b"Hormone B" in client.get("/medicines/tamoxifen/").content


@pytest.mark.django_db
def test_a_withdrawal_is_effective_at_once_and_reaches_the_pages_linking_it(client, site, reviewer):
    _warm(client)
    services.item_withdraw(item=site["a"], user=reviewer, reason="Label changed.")
    assert client.get("/articles/surgery-a/").status_code == 410
    assert b"Surgery A" not in client.get("/articles/surgery-c/").content
    assert b"/articles/surgery-a/" not in client.get("/topics/surgery/").content
    assert _is_cached(client, "/articles/hormone-b/", None)


@pytest.mark.django_db
def test_a_directory_change_cools_the_directory_and_pages_offering_listings(client, site, directory_admin):
    from resources.models import Organization, Service
    from resources.services import listings_changed

    organization = Organization.objects.create(name="Helpline Org", slug="helpline-org", description="Help.")
    service = Service.objects.create(organization=organization, name="Helpline", description="Talk to someone.")
    _warm(client)
    listings_changed(services=[service], user=directory_admin, just_created=True)
    assert not _is_cached(client, "/support/", None)
    assert not _is_cached(client, "/articles/hormone-b/", None)  # offers support listings
    assert _is_cached(client, "/topics/hormone-therapy/", None)  # no listings on it


def _middleware(view):
    return PublicPageCacheMiddleware(view)


@pytest.mark.django_db
def test_a_page_rendered_before_a_change_is_never_served_after_it(rf: RequestFactory):
    """The race the counter closes: a worker reads old data, a change commits and stamps its
    groups, then the worker stores its copy. That copy must be refused."""
    renders = []

    def view(request):
        depends_on(request, "page:/articles/x/")
        renders.append(1)
        if len(renders) == 1:
            pages_changed("page:/articles/x/")  # the change lands while this copy is being rendered
        return HttpResponse(f"render {len(renders)}")

    middleware = _middleware(view)
    assert middleware(rf.get("/articles/x/")).content == b"render 1"
    assert middleware(rf.get("/articles/x/")).content == b"render 2"  # the first copy was refused
    assert middleware(rf.get("/articles/x/")).content == b"render 2"  # and this one is served


@pytest.mark.django_db
def test_other_groups_leave_a_page_cached_and_evicted_numbers_refuse_it(rf):
    renders = []

    def view(request):
        depends_on(request, "page:/articles/x/")
        renders.append(1)
        return HttpResponse(f"render {len(renders)}")

    middleware = _middleware(view)
    middleware(rf.get("/articles/x/"))
    pages_changed("page:/articles/y/")
    assert middleware(rf.get("/articles/x/")).content == b"render 1"
    cache.delete(page_cache.GROUP_KEY + "page:/articles/x/")  # evicted: nobody knows if it changed
    assert middleware(rf.get("/articles/x/")).content == b"render 2"
    cache.delete(page_cache.COUNTER_KEY)  # the counter too: it starts again above every number used
    pages_changed("page:/articles/x/")
    assert middleware(rf.get("/articles/x/")).content == b"render 3"
    assert middleware(rf.get("/articles/x/")).content == b"render 3"


@pytest.mark.django_db
def test_a_page_that_says_nothing_is_refreshed_by_every_change(rf):
    renders = []

    def view(request):
        renders.append(1)
        return HttpResponse(f"render {len(renders)}")

    middleware = _middleware(view)
    middleware(rf.get("/"))
    pages_changed(DIRECTORY)
    assert middleware(rf.get("/")).content == b"render 2"


def test_when_a_page_is_cold_one_worker_renders_it_and_the_others_get_its_copy(rf):
    started = threading.Event()
    release = threading.Event()
    renders = []

    def view(request):
        renders.append(1)
        started.set()
        release.wait(5)  # the page is slow to render; the others arrive meanwhile
        return HttpResponse(b"the page")

    middleware = _middleware(view)
    answers = []

    def reader():
        answers.append(middleware(rf.get("/articles/popular/")).content)

    first = threading.Thread(target=reader)
    first.start()
    assert started.wait(5)
    others = [threading.Thread(target=reader) for _ in range(4)]
    for thread in others:
        thread.start()
    release.set()
    for thread in [first, *others]:
        thread.join(10)
    assert answers == [b"the page"] * 5
    assert len(renders) == 1


@pytest.mark.django_db
def test_the_groups_a_change_touches_follow_what_readers_would_see_change(site, author, second_reviewer):
    from articles.page_groups import item_change_groups

    a = site["a"]
    first = a.live_revision_id
    same_title = _approve_edit(a, author, second_reviewer, body="## What it is\n\nNew words [1].")
    a.refresh_from_db()
    # Same title, same medicines: the page, those linking it and its topic's page; no list changes.
    assert item_change_groups(a, first, same_title.pk) == ["page:/articles/surgery-a/", "topic:surgery"]
    renamed = _approve_edit(a, author, second_reviewer, title="Surgery A renamed")
    assert item_change_groups(a, same_title.pk, renamed.pk) == [
        "page:/articles/surgery-a/", "topic:surgery", "topic-titles:surgery", "mentions:tamoxifen",
    ]  # fmt: skip
    assert item_change_groups(a, renamed.pk, None) == [
        "page:/articles/surgery-a/", "topic:surgery", "topic-titles:surgery", "mentions:tamoxifen",
    ]  # fmt: skip
    assert item_change_groups(a, None, None) == ["page:/articles/surgery-a/", "topic:surgery"]


def _file_cache(tmp_path):
    from django.test import override_settings

    return override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                            "LOCATION": str(tmp_path)}}
    )  # fmt: skip


def test_changes_at_once_on_the_file_cache_get_distinct_growing_numbers(tmp_path):
    """The file cache counts by reading and writing back; the OS lock makes that one step, so two
    changes at once never share a number and the counter never moves back."""
    with _file_cache(tmp_path):
        from django.core.cache import caches

        caches["default"].clear()
        first = page_cache._counter()
        numbers = []

        def change(n):
            for _ in range(25):
                page_cache._stamp_groups(frozenset({f"page:/articles/{n}/"}))
                numbers.append(caches["default"].get(page_cache.GROUP_KEY + f"page:/articles/{n}/"))

        threads = [threading.Thread(target=change, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert len(numbers) == 100
        assert len(set(numbers)) == 100  # no two changes shared a number
        assert page_cache._counter() == first + 100


@pytest.mark.django_db
def test_a_cache_that_keeps_nothing_takes_changes_without_error():
    from django.test import override_settings

    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}):
        pages_changed("page:/articles/x/")  # nothing cached, nothing to make stale
        middleware = _middleware(lambda request: HttpResponse(b"page"))
        assert middleware(RequestFactory().get("/articles/x/")).content == b"page"


@pytest.mark.django_db
def test_a_medicine_update_reaches_articles_naming_it_only_when_its_title_changes(
    client, site, author, second_reviewer
):
    _warm(client)
    _approve_edit(site["medicine"], author, second_reviewer, schedule="A tablet taken by mouth every day.")
    assert not _is_cached(client, "/medicines/tamoxifen/")
    assert _is_cached(client, "/articles/surgery-a/")  # links to it by its title, which did not change
    _approve_edit(site["medicine"], author, second_reviewer, title="Tamoxifen (Soltamox)")
    assert b"Tamoxifen (Soltamox)" in client.get("/articles/surgery-a/").content
