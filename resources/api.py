"""The HSDS 3.0 API: read-only JSON at exactly the paths of HSDS's openapi.json, under /hsds.

Open data for partners (211 directories, clinics, charities): anonymous, no cookies, readable from
any origin (`Access-Control-Allow-Origin: *` is safe because no answer depends on who asks). The
views only parse the query string; what is published and in which shape is `resources.hsds`.

Bad input is an HTTP 400 with `{"error": "..."}` saying what to fix, never a 500; an unknown id is
a 404 in the same form. Query parameters HSDS defines but we do not support (`full`, `minimal`,
`format`, `taxonomy_id`, `postcode`, `proximity`) are ignored, as HSDS allows.
"""

import datetime
import json
import re
import uuid
from functools import wraps

from django.http import HttpResponse, QueryDict
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import require_safe

from resources import hsds

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_SEARCH_LENGTH = 200
# Page numbers beyond this are certainly a mistake, and would only make the database skip rows.
MAX_PAGE = 1_000_000
# "<", ">" and "&" only ever occur inside JSON strings, so escaping them leaves the data the same
# for any JSON parser while no browser or content sniffer can find markup in a response.
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})
# A "+" of a UTC offset sent unencoded in a query string arrives as a space: "...T10:00:00 05:00".
_OFFSET_AS_SPACE = re.compile(r"(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}(?::?\d{2})?)$")


class InvalidParameter(ValueError):
    """Input the caller must fix; the message is sent back to them as it is."""


def _json(data: dict, *, status: int = 200) -> HttpResponse:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_HTML_SAFE)
    response = HttpResponse(body, status=status, content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _error(message: str, *, status: int) -> HttpResponse:
    return _json({"error": message}, status=status)


def hsds_view(view):
    """GET and HEAD only; an `InvalidParameter` raised while parsing becomes a 400 JSON answer."""

    @require_safe
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except InvalidParameter as error:
            return _error(str(error), status=400)

    return wrapper


# --- Parsing the query string ---------------------------------------------------------------------


def _text(params: QueryDict, name: str) -> str:
    value = params.get(name, "")
    if "\x00" in value:  # PostgreSQL refuses NUL in text: tell the caller rather than fail
        raise InvalidParameter(f"{name} must not contain NUL characters.")
    return value.strip()


def _whole_number(params: QueryDict, name: str, *, default: int, maximum: int) -> int:
    raw = _text(params, name)
    if not raw:
        return default
    if not re.fullmatch(r"[0-9]{1,9}", raw) or not 1 <= int(raw) <= maximum:
        raise InvalidParameter(f"{name} must be a whole number from 1 to {maximum}, not {raw[:40]!r}.")
    return int(raw)


def _paging(params: QueryDict) -> tuple[int, int]:
    page = _whole_number(params, "page", default=1, maximum=MAX_PAGE)
    per_page = _whole_number(params, "per_page", default=DEFAULT_PER_PAGE, maximum=MAX_PER_PAGE)
    return page, per_page


def _search(params: QueryDict) -> str:
    search = _text(params, "search")
    if len(search) > MAX_SEARCH_LENGTH:
        raise InvalidParameter(f"search must be at most {MAX_SEARCH_LENGTH} characters long.")
    return search


def _uuid(raw: str, name: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise InvalidParameter(f"{name} must be a UUID such as 3f7b145d-84af-42d7-8fae-eaca714b02b2.") from None


def _optional_uuid(params: QueryDict, name: str) -> uuid.UUID | None:
    raw = _text(params, name)
    return _uuid(raw, name) if raw else None


def _moment(params: QueryDict, name: str) -> datetime.datetime | None:
    """An ISO 8601 date or date-time; without an offset it is UTC, as HSDS assumes."""
    raw = _text(params, name)
    if not raw:
        return None
    try:
        moment = parse_datetime(_OFFSET_AS_SPACE.sub(r"\1+\2", raw))  # also takes a bare date
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=datetime.UTC)
            moment = moment.astimezone(datetime.UTC)
    except (ValueError, OverflowError):
        moment = None
    if moment is None:
        raise InvalidParameter(
            f"{name} must be an ISO 8601 date or date-time such as 2025-01-31 or 2025-01-31T09:00:00Z."
        )
    return moment


# --- Views ----------------------------------------------------------------------------------------


@hsds_view
def api_root(request):
    return _json({"version": hsds.HSDS_VERSION, "profile": hsds.HSDS_PROFILE_URL, "openapi_url": hsds.HSDS_OPENAPI_URL})


@hsds_view
def service_list(request):
    page, per_page = _paging(request.GET)
    services = hsds.service_list(
        search=_search(request.GET),
        taxonomy_term_id=_optional_uuid(request.GET, "taxonomy_term_id"),
        organization_id=_optional_uuid(request.GET, "organization_id"),
        modified_after=_moment(request.GET, "modified_after"),
    )
    return _json(hsds.page_envelope(services, page=page, per_page=per_page, serialize=hsds.service_summary))


@hsds_view
def service_detail(request, service_id):
    service = hsds.service_detail(_uuid(service_id, "The service id"))
    if service is None:
        return _error("There is no service with this id.", status=404)
    return _json(hsds.service_full(service))


@hsds_view
def organization_list(request):
    page, per_page = _paging(request.GET)
    organizations = hsds.organization_list(search=_search(request.GET))
    return _json(hsds.page_envelope(organizations, page=page, per_page=per_page, serialize=hsds.organization_summary))


@hsds_view
def organization_detail(request, organization_id):
    organization = hsds.organization_detail(_uuid(organization_id, "The organization id"))
    if organization is None:
        return _error("There is no organization with this id.", status=404)
    return _json(hsds.organization_full(organization))
