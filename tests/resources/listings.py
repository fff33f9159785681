"""Test data builders for the directory: an organisation with one fully described service."""

import datetime

from django.utils.text import slugify

from resources.models import (
    Address,
    CostOption,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)


def make_organization(name: str = "Example Support Network", **fields) -> Organization:
    defaults = {
        "slug": slugify(name),
        "description": f"{name} supports people living with cancer.",
        "website": "https://support.example.org/",
        "email": "hello@support.example.org",
    }
    return Organization.objects.create(name=name, **{**defaults, **fields})


def make_service(
    organization: Organization | None = None,
    *,
    name: str = "Peer support group",
    terms: tuple[str, ...] = ("support-group", "online", "person-with-cancer"),
    state: str = "",
    language: str = "en",
    cost: str = "free",
    assured_date: datetime.date | None = None,
    with_location: bool = True,
    **fields,
) -> Service:
    """A service with a phone, a schedule, an area served (national unless `state`), a language,
    a cost option, taxonomy terms by code and, unless told not, a physical location with an address."""
    organization = organization or make_organization()
    defaults = {"description": f"{name}: meet others living with metastatic breast cancer.",
                "url": "https://support.example.org/groups",
                "eligibility_description": "Adults with cancer."}  # fmt: skip
    service = Service.objects.create(
        organization=organization, name=name, assured_date=assured_date, **{**defaults, **fields}
    )
    service.terms.set(TaxonomyTerm.objects.filter(code__in=terms))
    Phone.objects.create(service=service, number="555-0100", description="Weekdays 9 am to 5 pm")
    Schedule.objects.create(
        service=service, freq="MONTHLY", byday="2TU", opens_at=datetime.time(18), closes_at=datetime.time(19, 30),
        description="Second Tuesday of each month, 6 to 7:30 pm", attending_type="online", is_group_meeting=True,
    )  # fmt: skip
    if state:
        ServiceArea.objects.create(service=service, scope="state", state=state, name=state)
    else:
        ServiceArea.objects.create(service=service, scope="national", name="United States")
    Language.objects.create(
        service=service, code=language, name={"en": "English", "es": "Spanish"}.get(language, language)
    )
    CostOption.objects.create(service=service, option=cost, amount_description="No charge" if cost == "free" else "")
    if with_location:
        location = Location.objects.create(organization=organization, location_type="physical", name=f"{name} center")
        Address.objects.create(
            location=location, address_type="physical", address_1="1 Example Street", city="Springfield",
            state_province="OH", postal_code="45501",
        )  # fmt: skip
        ServiceAtLocation.objects.create(service=service, location=location)
    return service
