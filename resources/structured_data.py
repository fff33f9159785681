"""schema.org `Organization` JSON-LD for an organization page: what search engines read about it."""

from django.conf import settings

from resources.selectors import OrganizationPage


def organization_json_ld(page: OrganizationPage) -> dict:
    organization = page.organization
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organization.name,
        "description": organization.description,
        "url": organization.website or settings.SITE_URL + organization.get_absolute_url(),
    }
    if organization.alternate_name:
        data["alternateName"] = organization.alternate_name
    if organization.email:
        data["email"] = organization.email
    phones = [phone.number for phone in organization.phones.all()]
    phones += [phone["number"] for service in page.services for phone in service.phone_list]
    if phones:
        data["telephone"] = phones[0]
        data["contactPoint"] = [
            {"@type": "ContactPoint", "telephone": number, "contactType": "customer support"}
            for number in dict.fromkeys(phones)
        ]
    return data
