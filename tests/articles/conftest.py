"""Fixtures of the articles tests: the translation roles (issue 22)."""

import pytest

from articles.models import ReviewerProfile
from portal import roles
from tests.content import make_user


@pytest.fixture
def translator(db):
    return make_user("tomas-translator", roles.TRANSLATORS)


@pytest.fixture
def spanish_reviewer(db):
    """A verified reviewer who holds Spanish (and English)."""
    user = make_user("sofia-reviewer", roles.CLINICAL_REVIEWERS, credentials="MD, oncóloga")
    ReviewerProfile.objects.filter(user=user).update(languages=["en", "es"])
    return user
