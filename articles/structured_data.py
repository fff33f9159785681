"""schema.org JSON-LD for reviewed pages: what search engines and partners read about trust."""

from django.conf import settings

from articles.models import ContentKind
from articles.selectors import PublicPage


def page_json_ld(page: PublicPage) -> dict:
    revision, review, item = page.revision, page.last_review, page.item
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": revision.title,
        "url": settings.SITE_URL + item.get_absolute_url(),
        "inLanguage": "en-US",
        "medicalAudience": {"@type": "MedicalAudience", "audienceType": "Patient"},
    }
    if review is not None:
        data["lastReviewed"] = review.reviewed_at.date().isoformat()
        # Sample content names no reviewer: nobody clinically reviewed it.
        if not item.is_sample:
            data["reviewedBy"] = {
                "@type": "Person",
                "name": review.reviewer_name,
                "jobTitle": review.reviewer_credentials,
            }
    if item.kind == ContentKind.MEDICINE:
        drug = {
            "@type": "Drug",
            "name": revision.generic_name or revision.title,
            "nonProprietaryName": revision.generic_name,
            "administrationRoute": [str(label) for label in revision.route_labels],
        }
        if revision.brand_names:
            drug["proprietaryName"] = revision.brand_names
        if revision.drug_class:
            drug["drugClass"] = {"@type": "DrugClass", "name": revision.drug_class}
        if revision.fda_label_url:
            drug["prescribingInfo"] = revision.fda_label_url
        data["about"] = drug
    return data
