import os

import pytest
from django.core.management import call_command

from tests.helpers import REPOSITORY

SHARED = REPOSITORY.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _collected_static_files(django_test_environment):
    """Build the hashed, compressed static files once, as production does before it starts."""
    call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture
def shared_dir():
    """`../shared/` beside the repository: skipped when absent, required in CI."""
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {SHARED} is missing: CI must lay shared/ beside the repository.")
        pytest.skip("../shared/ is not beside this repository (it is there on CI and team machines).")
    return SHARED
