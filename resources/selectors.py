"""Reads for the public directory: only listings a patient may see (active or temporarily closed).

A results page is a fixed number of queries whatever it shows: each service's phones, schedules,
costs, languages, areas and terms arrive as JSON arrays in the same row (PostgreSQL's ARRAY(subquery)),
so twenty cards cost one query, not twenty times six.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Window
from django.db.models.functions import JSONObject
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from resources.models import (
    PUBLIC_STATUSES,
    Address,
    AreaScope,
    CostKind,
    CostOption,
    Language,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    TaxonomyTerm,
)
from resources.services import stale_before
from resources.vocabulary import REACHES_EVERYONE, US_STATES, excluded_words, terms_named

PAGE_SIZE = 20
MAX_QUERY = 200
CHECKED = ("1", "on", "yes")  # what a ticked checkbox sends, and what people type into a link
SPANISH = "es"  # the ISO 639-1 code of the "Services in Spanish" choice
STATES_BY_NAME = sorted(US_STATES.items(), key=lambda pair: pair[1])


def public_services() -> QuerySet[Service]:
    return Service.objects.filter(status__in=PUBLIC_STATUSES)


def with_card_details(services: QuerySet[Service]) -> QuerySet[Service]:
    """Everything a result card shows, gathered into the service's own row."""

    def related(model, fields: dict, order: list[str]):
        rows = model.objects.filter(service=OuterRef("pk")).order_by(*order)
        return ArraySubquery(rows.values(json=JSONObject(**fields)))

    terms = TaxonomyTerm.objects.filter(services=OuterRef("pk")).order_by("position")  # kinds of help first
    addresses = Address.objects.filter(location__service_at_locations__service=OuterRef("pk")).order_by("city")
    return services.select_related("organization").annotate(
        phone_list=related(Phone, {"number": "number", "extension": "extension", "type": "type",
                                   "description": "description"}, ["position", "number"]),
        schedule_list=related(Schedule, {"description": "description", "attending_type": "attending_type",
                                         "schedule_link": "schedule_link", "notes": "notes"}, ["description"]),
        cost_list=related(CostOption, {"option": "option", "amount_description": "amount_description"}, ["option"]),
        language_list=related(Language, {"name": "name", "code": "code"}, ["name"]),
        area_list=related(ServiceArea, {"name": "name", "scope": "scope"}, ["scope", "name"]),
        address_list=ArraySubquery(addresses.values(json=JSONObject(
            place="location__name", address_1="address_1", address_2="address_2", city="city",
            state="state_province", postal_code="postal_code", transportation="location__transportation"))),
        term_list=ArraySubquery(terms.values(json=JSONObject(code="code", name="name", taxonomy="taxonomy"))),
    )  # fmt: skip


@dataclass
class DirectoryFilters:
    """The reader's filters, each checked against what exists; anything unknown becomes a note."""

    query: str = ""
    category: str = ""
    delivery_mode: str = ""
    audience: str = ""
    state: str = ""
    language: str = ""
    free_only: bool = False
    spanish_only: bool = False
    page: int = 1
    notes: list[str] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(self.query or self.category or self.delivery_mode or self.audience or self.state
                    or self.language or self.free_only or self.spanish_only)  # fmt: skip


@dataclass
class FilterChoices:
    categories: list[TaxonomyTerm]
    delivery_modes: list[TaxonomyTerm]
    audiences: list[TaxonomyTerm]
    states: list[tuple[str, str]]
    languages: list[tuple[str, str]]


def filter_choices() -> FilterChoices:
    """The options of the directory's filter form: our vocabulary, every state, and the languages
    listings offer (from the small language table alone: a language left only on closed listings
    just finds nothing)."""
    terms = list(TaxonomyTerm.objects.all())
    offered = Language.objects.order_by().values_list("code", "name").distinct()
    languages = sorted(set(offered), key=lambda pair: pair[1])
    by_taxonomy = {taxonomy: [t for t in terms if t.taxonomy == taxonomy] for taxonomy in
                   ("category", "delivery_mode", "audience")}  # fmt: skip
    return FilterChoices(by_taxonomy["category"], by_taxonomy["delivery_mode"], by_taxonomy["audience"],
                         STATES_BY_NAME, languages)  # fmt: skip


def parse_filters(params, choices: FilterChoices) -> DirectoryFilters:
    filters = DirectoryFilters()
    query = " ".join("".join(ch for ch in params.get("q", "") if ch.isprintable()).split())
    if len(query) > MAX_QUERY:
        filters.notes.append(_("Your search was shortened to its first %(n)d characters.") % {"n": MAX_QUERY})
        # At a word's end: half a word would match nothing.
        query = query[: MAX_QUERY + 1].rsplit(" ", 1)[0] if " " in query[:MAX_QUERY] else query[:MAX_QUERY]
    filters.query = query
    for name, attribute, allowed, label in (
        ("category", "category", {t.code for t in choices.categories}, _("type of help")),
        ("mode", "delivery_mode", {t.code for t in choices.delivery_modes}, _("way of taking part")),
        ("audience", "audience", {t.code for t in choices.audiences}, _("who it is for")),
        ("area", "state", {code for code, _name in choices.states}, _("area")),
        ("language", "language", {code for code, _name in choices.languages}, _("language")),
    ):
        value = params.get(name, "")
        if value and value not in allowed:
            filters.notes.append(_("We do not know that %(label)s, so we showed all of them.") % {"label": label})
        elif value:
            setattr(filters, attribute, value)
    for name, attribute, label in (("free", "free_only", _("Free services only")),
                                   ("spanish", "spanish_only", _("Services in Spanish"))):  # fmt: skip
        value = params.get(name, "")
        if value in CHECKED:
            setattr(filters, attribute, True)
        elif value:
            filters.notes.append(
                _("We did not understand the “%(label)s” choice, so we left it out.") % {"label": label}
            )
    page = params.get("page", "1")
    if page.isascii() and page.isdigit() and 0 < int(page) < 100_000:  # "¹".isdigit() too
        filters.page = int(page)
    elif page:
        filters.notes.append(_("That page number did not exist, so we showed the first page."))
    return filters


def _has_term(code: str):
    return Exists(TaxonomyTerm.objects.filter(services=OuterRef("pk"), code=code))


def search_words(text: str) -> SearchQuery:
    # websearch_to_tsquery never fails on user input: quotes, "or" and -minus all mean something.
    return SearchQuery(text, search_type="websearch", config="english")


def matching(services: QuerySet[Service], text: str) -> QuerySet[Service]:
    """The services whose words, organization's name or terms match `text`.

    The one search of the directory, for /support/ and the HSDS API's `search` alike. Index searches
    joined by a union (an OR across the joins could use no index): the service's words, its
    organization's name, and the services filed under the terms the text names (its name or one of
    its plain-language search words, `resources.vocabulary.SEARCH_WORDS`): "help paying for
    treatment" finds financial-assistance listings whatever words they use. Terms named within a
    taxonomy are alternatives; across taxonomies all must hold ("online support group" is a support
    group that meets online). A word the text excludes ("-online") excludes the listings that have it.
    """
    words = search_words(text)
    branches = [
        Service.objects.filter(search_vector=words).order_by().values("pk"),
        Service.objects.filter(organization__search_vector=words).order_by().values("pk"),
    ]
    named = terms_named(text)
    if named:
        filings = Service.terms.through.objects.order_by()
        first, *others = (sorted(codes) for codes in named.values())
        filed = filings.filter(taxonomyterm__code__in=first)
        for codes in others:
            filed = filed.filter(service_id__in=filings.filter(taxonomyterm__code__in=codes).values("service_id"))
        excluded = excluded_words(text)
        if excluded:
            unwanted = Service.objects.filter(search_vector=search_words(" or ".join(excluded))).values("pk")
            filed = filed.exclude(service_id__in=unwanted)
        branches.append(filed.values("service_id"))
    return services.filter(pk__in=branches[0].union(*branches[1:]))


def filtered_services(filters: DirectoryFilters) -> QuerySet[Service]:
    services = public_services()
    if filters.query:
        services = matching(services, filters.query)
    for code in (filters.category, filters.delivery_mode, filters.audience):
        if code:
            services = services.filter(_has_term(code))
    if filters.state:
        # A national service, one serving this state, or one by phone or online that names no area
        # (and so reaches anyone). An online group for one state's residents stays in that state.
        areas = ServiceArea.objects.filter(service=OuterRef("pk"))
        serves_state = areas.filter(Q(scope=AreaScope.NATIONAL) | Q(state=filters.state))
        remote = TaxonomyTerm.objects.filter(services=OuterRef("pk"), code__in=REACHES_EVERYONE)
        services = services.filter(Exists(serves_state) | (Exists(remote) & ~Exists(areas)))
    if filters.language:
        services = services.filter(Exists(Language.objects.filter(service=OuterRef("pk"), code=filters.language)))
    if filters.spanish_only:
        services = services.filter(Exists(Language.objects.filter(service=OuterRef("pk"), code=SPANISH)))
    if filters.free_only:
        services = services.filter(Exists(CostOption.objects.filter(service=OuterRef("pk"), option=CostKind.FREE)))
    return services


@dataclass
class DirectoryPage:
    services: list[Service]
    total: int
    page: int
    pages: int
    stale_before: datetime.date


def directory_page(filters: DirectoryFilters) -> DirectoryPage:
    """One page of results in two queries: the page's ids with the total (the filters are worked
    out once, by a window count), then the cards of just those ids."""
    services = filtered_services(filters).order_by("organization__name", "name", "pk")
    counted = services.annotate(total=Window(Count("*"))).values_list("pk", "total")

    def page_of(number: int) -> list[tuple]:
        start = (number - 1) * PAGE_SIZE
        return list(counted[start : start + PAGE_SIZE])

    page_number = filters.page
    rows = page_of(page_number)
    if not rows and page_number > 1:  # past the end: show the last page
        page_number = _page_count(services.count())
        rows = page_of(page_number)
    total = rows[0][1] if rows else 0
    position = {pk: index for index, (pk, _total) in enumerate(rows)}
    cards = sorted(with_card_details(Service.objects.filter(pk__in=position)), key=lambda card: position[card.pk])
    return DirectoryPage(cards, total, page_number, _page_count(total), stale_before())


def _page_count(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


@dataclass
class OrganizationPage:
    organization: Organization
    services: list[Service]
    stale_before: datetime.date


def organization_page(slug: str) -> OrganizationPage:
    """An organization with its public services; 404 when it has none a patient may see."""
    organization = get_object_or_404(Organization.objects.prefetch_related("phones"), slug=slug)
    services = list(with_card_details(public_services().filter(organization=organization).order_by("name")))
    if not services:
        raise Http404("No public services")
    return OrganizationPage(organization, services, stale_before())
