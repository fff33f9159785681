"""Sample directory listings for `load_demo_content`.

Two kinds, both flagged `is_sample` and labeled on every page:
- Real organizations the source text names. Each contact detail below was read on a stored public
  page (the address is in the comment beside it); anything we could not confirm is left out. They
  are not marked verified: nobody on a directory team has checked them, so the public sees "This
  listing may be out of date".
- Fictional organizations with 555-01xx numbers (reserved for fiction) that exercise every filter:
  each category, delivery mode, audience, state, language, cost and status.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from portal.dates import months_later
from resources import services
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

NATIONAL = {"scope": "national", "name": "United States"}

REAL_ORGANIZATIONS = [
    {
        "slug": "american-cancer-society",
        "name": "American Cancer Society",
        # "visit our Web site at www.cancer.org": indiancountrytoday.com/archive/american-cancer-society-provides-
        # information-day-or-night-over-the-phone
        "website": "https://www.cancer.org/",
        "description": "A national cancer charity whose trained cancer information specialists answer questions "
        "and connect patients, caregivers and families with services and resources.",
        "services": [
            {
                "name": "Cancer helpline",
                "description": "Cancer information specialists answer questions and connect people with cancer, "
                "caregivers and families with services and resources.",
                "url": "https://www.cancer.org/cancer/patient-navigation/what-cancer-navigators-do.html",
                # "Call us at 1-800-227-2345 / Available any time of day or night":
                # cancer.org/cancer/patient-navigation/what-cancer-navigators-do.html
                "phones": [("1-800-227-2345", "Any time of day or night")],
                "terms": [
                    "helpline",
                    "information-service",
                    "telephone",
                    "online",
                    "person-with-cancer",
                    "carer-or-family",
                ],
                "areas": [NATIONAL],
            }
        ],
    },
    {
        "slug": "national-cancer-institute-cancer-information-service",
        "name": "National Cancer Institute",
        "alternate_name": "Cancer Information Service",
        "website": "https://www.cancer.gov/",
        "description": "The US government's principal agency for cancer research. Its Cancer Information Service "
        "answers questions about cancer, including about clinical trials.",
        "services": [
            {
                "name": "Cancer Information Service",
                "description": "A free and confidential service: information specialists answer questions about "
                "cancer and help people understand and look for clinical trials.",
                # "call 1-800-4-CANCER (1-800-422-6237), a free and confidential service of the NCI":
                # sfltimes.com/health/know-free-cancer-help-line
                "phones": [("1-800-422-6237", "1-800-4-CANCER")],
                "terms": [
                    "helpline",
                    "information-service",
                    "clinical-trial-navigation",
                    "telephone",
                    "person-with-cancer",
                    "carer-or-family",
                ],
                "areas": [NATIONAL],
                # "Service is provided in English and Spanish.": cancer.gov/aboutnci/cis/page1/AllPages/Print
                "languages": [("en", "English"), ("es", "Spanish")],
                "costs": [("free", "")],
            }
        ],
    },
    {
        "slug": "cancercare",
        "name": "CancerCare",
        "website": "https://www.cancercare.org/",
        # "email info@cancercare.org": cancercare.org/counseling
        "email": "info@cancercare.org",
        "description": "A charity whose oncology social workers offer counseling, support groups, educational "
        "resources and limited financial assistance to people affected by cancer.",
        "services": [
            {
                "name": "Hopeline counseling",
                "description": "Speak with an oncology social worker for counseling and support. Who can have "
                "ongoing counseling may depend on where you live: ask when you call.",
                "url": "https://www.cancercare.org/counseling",
                # "Call us at 800-813-HOPE (4673) to speak with an oncology social worker" and "Hopeline Hours…
                # Monday – Thursday: 10 a.m. – 6 p.m. EST / Friday: 10 a.m. – 5 p.m. EST": cancercare.org/counseling
                "phones": [
                    (
                        "800-813-4673",
                        "800-813-HOPE. Monday to Thursday 10 am to 6 pm, Friday 10 am to 5 pm (Eastern time)",
                    )
                ],
                "terms": [
                    "counselling",
                    "helpline",
                    "support-group",
                    "telephone",
                    "person-with-cancer",
                    "carer-or-family",
                ],
                "areas": [NATIONAL],
                # "available in English and Spanish": cancercare.org/counseling
                "languages": [("en", "English"), ("es", "Spanish")],
            },
            {
                "name": "Financial assistance",
                "description": "Limited financial help for people affected by cancer, first come, first served. "
                "Call the Hopeline to find out which programs are open.",
                # "call our Hopeline (800-813-4673) to find out which specific programs are open":
                # cancercare.org/financial
                "url": "https://www.cancercare.org/financial",
                "phones": [("800-813-4673", "Hopeline")],
                "terms": ["financial-assistance", "telephone", "person-with-cancer"],
                "areas": [NATIONAL],
            },
        ],
    },
    {
        "slug": "national-alliance-for-care-at-home",
        "name": "National Alliance for Care at Home",
        # The National Hospice and Palliative Care Organization's combined successor since September 2024, "new
        # website at www.AllianceForCareAtHome.org": therowanreport.com/category/advocacy/page/4
        "alternate_name": "formerly the National Hospice and Palliative Care Organization (NHPCO)",
        "website": "https://www.allianceforcareathome.org/",
        "description": "The national organization of hospice, palliative care and home care providers.",
        "services": [
            {
                "name": "CaringInfo",
                "description": "Free information on hospice and palliative care, and free advance directives with "
                "instructions for each state.",
                # "CaringInfo provides free advance directives and instructions for each state" and "call our
                # InfoLine at 800-658-8898": nhpco.org/advancedirective/
                "url": "https://www.caringinfo.org/",
                "phones": [("800-658-8898", "InfoLine")],
                "terms": [
                    "hospice",
                    "palliative-care",
                    "information-service",
                    "online",
                    "telephone",
                    "person-with-cancer",
                    "carer-or-family",
                ],
                "areas": [NATIONAL],
                "costs": [("free", "Includes advance directive forms")],
            }
        ],
    },
    {
        "slug": "cancer-net",
        "name": "Cancer.Net",
        # "known today as Cancer.Net (www.cancer.net)": ascopost.com/issues/may-15-2012/
        "website": "https://www.cancer.net/",
        "description": "The American Society of Clinical Oncology's information website for patients.",
        "services": [
            {
                "name": "Cancer.Net patient information",
                "description": "Information about many types of cancer and their treatment, for patients and "
                "families. In 2024 ASCO and the American Cancer Society announced that they were combining their "
                "patient websites, so this address may now lead to cancer.org.",
                # "combines the two organizations' sites—ACS's cancer.org and ASCO's cancer.net…":
                # cancerletter.com/conversation-with-the-cancer-letter/20240601_1
                "url": "https://www.cancer.net/",
                "terms": ["information-service", "online", "person-with-cancer", "carer-or-family"],
                "areas": [NATIONAL],
            }
        ],
    },
]

# Fictional listings. `verified_months_ago` sets when the demo directory admin "verified" them, so
# both fresh and out-of-date listings show; `status` exercises what the public may and may not see.
FICTIONAL_ORGANIZATIONS = [
    {
        "slug": "lakeshore-metastatic-circle",
        "name": "Lakeshore Metastatic Circle (fictional)",
        "website": "https://lakeshore-circle.example.org/",
        "description": "A fictional peer-support charity for people living with metastatic breast cancer in "
        "northern Ohio.",
        "location": (
            "Lakeshore community room",
            "100 Example Avenue",
            "Cleveland",
            "OH",
            "44101",
            "Bus routes 9 and 22 stop outside.",
        ),
        "services": [
            {
                "name": "Stage 4 evening group",
                "description": "A monthly group for people living with metastatic breast cancer, led by a trained "
                "volunteer who also lives with it.",
                "phones": [("216-555-0142", "Leave a message; we call back within two working days")],
                "schedules": [
                    ("Second Tuesday of each month, 6 to 7:30 pm", "MONTHLY", "2TU", "18:00", "19:30", "in person")
                ],
                "terms": ["support-group", "in-person", "person-with-cancer", "metastatic"],
                "areas": [{"scope": "city", "state": "OH", "name": "Cleveland"}],
                "languages": [("en", "English")],
                "costs": [("free", "")],
                "verified_months_ago": 2,
                "at_location": True,
            },
            {
                "name": "Online caregivers' circle",
                "description": "A video meeting for partners, family and friends caring for someone with "
                "metastatic breast cancer.",
                "url": "https://lakeshore-circle.example.org/carers",
                "schedules": [("Every Thursday, 7 to 8 pm Eastern time", "WEEKLY", "TH", "19:00", "20:00", "online")],
                "terms": ["support-group", "online", "carer-or-family", "metastatic"],
                "areas": [{"scope": "state", "state": "OH", "name": "Ohio"}],
                "languages": [("en", "English")],
                "costs": [("free", "")],
                "verified_months_ago": 14,
            },
        ],
    },
    {
        "slug": "gulf-coast-cancer-navigators",
        "name": "Gulf Coast Cancer Navigators (fictional)",
        "website": "https://gulfcoast-navigators.example.org/",
        "description": "A fictional non-profit offering practical help to families in Texas.",
        "location": ("Navigator office", "200 Sample Street", "Houston", "TX", "77001", ""),
        "services": [
            {
                "name": "Rides to treatment",
                "description": "Volunteer drivers take you to and from treatment appointments in the Houston area.",
                "phones": [("713-555-0117", "Weekdays 8 am to 4 pm; book three days ahead")],
                "terms": ["transport", "in-person", "person-with-cancer"],
                "areas": [{"scope": "city", "state": "TX", "name": "Houston"}],
                "languages": [("en", "English"), ("es", "Spanish")],
                "costs": [("free", "")],
                "verified_months_ago": 4,
            },
            {
                "name": "Help with bills and child care",
                "description": "One-off grants towards household bills and child care during treatment.",
                "phones": [("713-555-0118", "Weekdays 9 am to 5 pm")],
                "fees_description": "Grants depend on household income.",
                "terms": ["financial-assistance", "child-care", "telephone", "carer-or-family", "person-with-cancer"],
                "areas": [{"scope": "state", "state": "TX", "name": "Texas"}],
                "languages": [("en", "English"), ("es", "Spanish"), ("vi", "Vietnamese")],
                "costs": [("free", "")],
                "verified_months_ago": 1,
            },
            {
                "name": "Clinical-trial navigation",
                "description": "A nurse navigator explains clinical trials and helps you prepare questions for your "
                "oncologist.",
                "phones": [("713-555-0119", "Tuesdays and Thursdays")],
                "terms": ["clinical-trial-navigation", "telephone", "online", "person-with-cancer", "metastatic"],
                "areas": [NATIONAL],
                "languages": [("en", "English")],
                "costs": [("free", "")],
                "verified_months_ago": 5,
            },
        ],
    },
    {
        "slug": "pacific-home-and-hospice",
        "name": "Pacific Home and Hospice (fictional)",
        "website": "https://pacific-hospice.example.org/",
        "description": "A fictional home care and hospice provider in California.",
        "location": ("Pacific Home and Hospice", "300 Placeholder Road", "Sacramento", "CA", "94203", ""),
        "services": [
            {
                "name": "Home care and palliative care",
                "description": "Nurses and aides visit at home to help with symptoms, medicines and daily care.",
                "phones": [("916-555-0163", "Every day, 8 am to 8 pm")],
                "terms": ["home-care", "palliative-care", "in-person", "person-with-cancer", "carer-or-family"],
                "areas": [{"scope": "state", "state": "CA", "name": "California"}],
                "languages": [("en", "English"), ("es", "Spanish"), ("fr", "French")],
                "costs": [("sliding scale", "The amount depends on income and insurance")],
                "fees_description": "Most insurance plans are accepted.",
                "verified_months_ago": 3,
                "at_location": True,
            },
            {
                "name": "Hospice care and bereavement support",
                "description": "Comfort care at home near the end of life, and support for the family afterwards.",
                "phones": [("916-555-0164", "Any time of day or night")],
                "terms": ["hospice", "counselling", "in-person", "telephone", "carer-or-family", "bereaved"],
                "areas": [{"scope": "state", "state": "CA", "name": "California"}],
                "languages": [("en", "English")],
                "costs": [("fee", "most insurance plans cover it")],
                "verified_months_ago": 7,
            },
            {
                "name": "Grief walk-in group",
                "description": "A walk-in group for people who have lost someone. Closed while the building is "
                "repaired.",
                "status": "temporarily closed",
                "alert": "Closed until the building reopens; call for the online group instead.",
                "phones": [("916-555-0165", "Weekdays")],
                "terms": ["support-group", "in-person", "bereaved"],
                "areas": [{"scope": "city", "state": "CA", "name": "Sacramento"}],
                "costs": [("free", "")],
                "verified_months_ago": 1,
            },
            {
                "name": "Old massage program",
                "description": "A program that ended (inactive listings are never shown to the public).",
                "status": "inactive",
                "terms": ["home-care"],
                "areas": [{"scope": "state", "state": "CA", "name": "California"}],
                "verified_months_ago": 20,
            },
        ],
    },
    {
        "slug": "closed-example-helpline",
        "name": "Closed Example Helpline (fictional)",
        "description": "A fictional helpline that has closed (defunct listings are never shown to the public).",
        "services": [
            {
                "name": "Evening helpline",
                "description": "Closed.",
                "status": "defunct",
                "phones": [("555-0199", "")],
                "terms": ["helpline", "telephone"],
                "areas": [NATIONAL],
                "verified_months_ago": 30,
            }
        ],
    },
]


def _add_service(organization: Organization, data: dict, location: Location | None) -> Service:
    service = Service.objects.create(
        organization=organization, name=data["name"], description=data["description"], url=data.get("url", ""),
        status=data.get("status", "active"), alert=data.get("alert", ""),
        fees_description=data.get("fees_description", ""),
    )  # fmt: skip
    service.terms.set(TaxonomyTerm.objects.filter(code__in=data["terms"]))
    for position, (number, description) in enumerate(data.get("phones", [])):
        Phone.objects.create(service=service, number=number, description=description, position=position)
    for description, freq, byday, opens, closes, attending in data.get("schedules", []):
        Schedule.objects.create(
            service=service, description=description, freq=freq, byday=byday,
            opens_at=datetime.time.fromisoformat(opens), closes_at=datetime.time.fromisoformat(closes),
            attending_type=attending, is_group_meeting="support-group" in data["terms"],
        )  # fmt: skip
    for area in data.get("areas", []):
        ServiceArea.objects.create(service=service, **area)
    for code, name in data.get("languages", []):
        Language.objects.create(service=service, code=code, name=name)
    for option, description in data.get("costs", []):
        CostOption.objects.create(service=service, option=option, amount_description=description)
    if location is not None and data.get("at_location"):
        ServiceAtLocation.objects.create(service=service, location=location)
    return service


def _add_organization(data: dict) -> tuple[Organization, list[tuple[Service, dict]]]:
    fields = {key: data[key] for key in ("name", "description", "website", "email", "alternate_name") if key in data}
    organization = Organization.objects.create(slug=data["slug"], is_sample=True, **fields)
    location = None
    if "location" in data:
        name, street, city, state, postal_code, transportation = data["location"]
        location = Location.objects.create(
            organization=organization, location_type="physical", name=name, transportation=transportation
        )
        Address.objects.create(
            location=location, address_type="physical", address_1=street, city=city, state_province=state,
            postal_code=postal_code,
        )  # fmt: skip
    return organization, [(_add_service(organization, service, location), service) for service in data["services"]]


@transaction.atomic
def load_directory(directory_admin) -> int:
    """Add the sample organizations not yet present. Returns how many were added."""
    added = 0
    today = timezone.localdate()
    unverified = []
    for data in REAL_ORGANIZATIONS + FICTIONAL_ORGANIZATIONS:
        if Organization.objects.filter(slug=data["slug"]).exists():
            continue
        added += 1
        organization, created = _add_organization(data)
        for service, service_data in created:
            if "verified_months_ago" in service_data:
                on = months_later(today, -service_data["verified_months_ago"])
                services.service_mark_verified(service=service, user=directory_admin, on=on)
            else:
                unverified.append(service)
    if unverified:
        services.listings_changed(services=unverified, user=directory_admin, just_created=True)
    return added
