"""A client for DailyMed's public web services (version 2): a label's version history and its SPL.

Polite by design: one shared session, a timeout on every request, a User-Agent that says who is
asking, and retries with growing pauses on 429 and 5xx answers that honour the server's Retry-After.
Every failure reaches the caller as `LabelSourceError` with a message in words, so one medicine's
trouble is reported and the others are still checked.
"""

import datetime
import json
import re
from dataclasses import dataclass

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ReadTimeoutError
from urllib3.util.retry import Retry

from articles.labels.models import SETID_PATTERN

RETRIES = 3
RETRY_BACKOFF_SECONDS = 1.0  # pauses of 0, 2, 4 s between the tries (unless Retry-After says more)
RETRY_STATUSES = (429, 500, 502, 503, 504)
# A label is a few hundred kilobytes; refuse to read without bound whatever answers instead.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
HISTORY_DATE_FORMAT = "%b %d, %Y"  # "Mar 14, 2025"
# A Retry-After longer than this is cut short: the daily job must end (the next day tries again).
MAX_RETRY_AFTER_SECONDS = 60


class LabelSourceError(Exception):
    """The label could not be read: what went wrong, in words, for the report."""


@dataclass(frozen=True)
class LabelVersion:
    version: int
    published: datetime.date | None


class _PoliteRetry(Retry):
    def get_retry_after(self, response):
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, MAX_RETRY_AFTER_SECONDS)


def user_agent() -> str:
    contact = f"+{settings.SITE_URL}; " if settings.SITE_URL else ""
    return f"PatientPortalLabelWatch/1.0 ({contact}Stage 4 Breast Cancer Guide, daily FDA label check)"


class DailyMedClient:
    def __init__(self, base_url: str | None = None, timeout: float | None = None):
        self.base_url = (base_url or settings.DAILYMED_BASE_URL).rstrip("/")
        self.timeout = timeout if timeout is not None else settings.DAILYMED_TIMEOUT_SECONDS
        retry = _PoliteRetry(
            total=RETRIES, connect=RETRIES, read=1, status=RETRIES, other=0,
            backoff_factor=RETRY_BACKOFF_SECONDS, status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET"}), respect_retry_after_header=True, raise_on_status=False,
            redirect=3,
        )  # fmt: skip
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent()
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)

    def close(self) -> None:
        self.session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _get(self, path: str, *, accept: str) -> bytes:
        url = f"{self.base_url}/{path}"
        try:
            with self.session.get(url, timeout=self.timeout, headers={"Accept": accept}, stream=True) as response:
                if response.status_code != 200:
                    raise LabelSourceError(f"DailyMed answered {response.status_code} {response.reason} for {url}")
                content = bytearray()
                for chunk in response.iter_content(64 * 1024):
                    content += chunk
                    if len(content) > MAX_DOCUMENT_BYTES:
                        break
        except requests.Timeout:
            raise LabelSourceError(f"DailyMed did not answer within {self.timeout:g} seconds ({url})") from None
        except requests.ConnectionError as error:
            # A read timeout on the last retry reaches us as a ConnectionError wrapping it.
            if isinstance(getattr(error.args[0] if error.args else None, "reason", None), ReadTimeoutError):
                raise LabelSourceError(f"DailyMed did not answer within {self.timeout:g} seconds ({url})") from None
            raise LabelSourceError(f"could not connect to DailyMed ({url}): {_reason(error)}") from None
        except requests.RequestException as error:
            raise LabelSourceError(f"the request to DailyMed failed ({url}): {_reason(error)}") from None
        if len(content) > MAX_DOCUMENT_BYTES:
            raise LabelSourceError(f"DailyMed's answer is larger than {MAX_DOCUMENT_BYTES // 1024 // 1024} MB ({url})")
        return bytes(content)

    def history(self, setid: str) -> list[LabelVersion]:
        """The label's versions, newest first."""
        _check_setid(setid)
        content = self._get(f"spls/{setid}/history.json", accept="application/json")
        try:
            entries = json.loads(content)["data"]["history"]
            versions = [
                LabelVersion(int(entry["spl_version"]), _published(entry.get("published_date"))) for entry in entries
            ]
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise LabelSourceError(f"DailyMed's version history for {setid} could not be read ({error!r})") from None
        if not versions:
            raise LabelSourceError(f"DailyMed lists no versions for the label {setid}")
        return sorted(versions, key=lambda version: version.version, reverse=True)

    def document(self, setid: str) -> bytes:
        """The label's current SPL document (HL7 v3 XML), unparsed."""
        _check_setid(setid)
        return self._get(f"spls/{setid}.xml", accept="application/xml")


def _check_setid(setid: str) -> None:
    # The set id goes into a URL path: only the UUID form, never "../" or a query.
    if not re.match(SETID_PATTERN, setid or ""):
        raise LabelSourceError(f"{setid!r} is not a DailyMed set id")


def _published(value) -> datetime.date | None:
    if not value:
        return None
    return datetime.datetime.strptime(str(value).strip(), HISTORY_DATE_FORMAT).date()


def _reason(error: Exception) -> str:
    """The innermost cause of a requests error, which says more than its wrappers."""
    while error.__context__ is not None and str(error.__context__):
        error = error.__context__
    return str(error)[:300]
