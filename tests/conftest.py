import os
import shutil
import subprocess

import pytest
from django.core.management import call_command

from articles import services
from articles.models import ContentKind
from portal import roles
from tests.content import article_content, make_topic, make_user, reference
from tests.helpers import REPOSITORY

SHARED = REPOSITORY.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _collected_static_files(django_test_environment):
    """Build the hashed, compressed static files once, as production does before it starts."""
    call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """The Spanish interface compiled from its .po when that is newer (as `make` does before the
    tests), so that running pytest directly after editing a translation tests the edit. Without
    msgfmt nothing is compiled here; tests/portal/test_i18n.py says how to install it."""
    po = REPOSITORY / "locale" / "es" / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    msgfmt = shutil.which("msgfmt")
    if msgfmt and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
        subprocess.run([msgfmt, "--check", "-o", str(mo), str(po)], check=True)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Each test run gets its own test database, so two runs at once (two terminals, a helper's
    run beside CI's) never drop each other's database midway."""
    from pytest_django.fixtures import _set_suffix_to_test_databases

    _set_suffix_to_test_databases(f"pid{os.getpid()}")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: a rolled-back test database changes no content
    version, so pages cached by one test must not be served to the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _force_login_passes_two_factor(monkeypatch):
    """Staff signed in with the test client's `force_login` have also passed two-factor, as every
    real staff session must with debug off (portal/auth.py). Tests of the sign-in itself use the
    real login form instead (tests/portal/test_staff_auth.py)."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    force_login = Client.force_login

    def force_login_with_two_factor(self, user, backend=None):
        force_login(self, user, backend)
        if user.is_staff:
            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            if device is None:
                device = TOTPDevice.objects.create(user=user, name="Test authenticator", confirmed=True)
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login_with_two_factor)


@pytest.fixture
def shared_dir():
    """`../shared/` beside the repository: skipped when absent, required in CI."""
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {SHARED} is missing: CI must lay shared/ beside the repository.")
        pytest.skip("../shared/ is not beside this repository (it is there on CI and team machines).")
    return SHARED


# --- People in each role, and a page in each workflow state -------------------------------------


@pytest.fixture
def author(db):
    return make_user("ada-author", roles.AUTHORS)


@pytest.fixture
def second_author(db):
    return make_user("ben-author", roles.AUTHORS)


@pytest.fixture
def reviewer(db):
    return make_user("rita-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, medical oncologist")


@pytest.fixture
def second_reviewer(db):
    return make_user("ravi-reviewer", roles.CLINICAL_REVIEWERS, credentials="PharmD, oncology pharmacist")


@pytest.fixture
def author_reviewer(db):
    """Someone who both writes and reviews: four eyes still applies to them."""
    return make_user("nora-nurse", roles.AUTHORS, roles.CLINICAL_REVIEWERS, credentials="RN, oncology nurse")


@pytest.fixture
def directory_admin(db):
    return make_user("dora-directory", roles.DIRECTORY_ADMINS)


@pytest.fixture
def translator(db):
    return make_user("tomas-translator", roles.TRANSLATORS)


@pytest.fixture
def spanish_reviewer(db):
    """A verified reviewer who holds Spanish (and English): may approve translations (issue 22)."""
    from articles.models import ReviewerProfile

    user = make_user("sofia-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, oncóloga")
    ReviewerProfile.objects.filter(user=user).update(languages=["en", "es"])
    return user


@pytest.fixture
def superuser(db):
    return make_user("sam-superuser", superuser=True, credentials="MD, medical oncologist")


@pytest.fixture
def topic(author, reviewer):
    """A published topic (written by the author, approved by the reviewer, as every topic is)."""
    return make_topic("hormone-therapy", "Hormone therapy", author, reviewer, position=1)


@pytest.fixture
def draft(author, topic):
    """A new article's first draft (version 1)."""
    return services.item_create(
        kind=ContentKind.ARTICLE,
        slug="hormone-therapy-basics",
        topic=topic,
        author=author,
        content=article_content(),
        references=[reference(1)],
    )


@pytest.fixture
def in_review(draft, author):
    return services.revision_submit(revision=draft, user=author)


@pytest.fixture
def live(in_review, reviewer):
    services.revision_approve(revision=in_review, reviewer=reviewer)
    in_review.refresh_from_db()
    in_review.item.refresh_from_db()
    return in_review
