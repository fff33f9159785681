import pytest

from articles.labels import client
from tests.articles.labels.dailymed import FakeDailyMed


@pytest.fixture
def dailymed(settings, monkeypatch):
    """DailyMed's web services, served by the test on a free local port: nothing from the internet."""
    fake = FakeDailyMed().start()
    settings.DAILYMED_BASE_URL = fake.url
    settings.DAILYMED_TIMEOUT_SECONDS = 1
    monkeypatch.setattr(client, "RETRY_BACKOFF_SECONDS", 0)  # retried at once: tests do not wait
    yield fake
    fake.stop()
