"""schema.org JSON-LD for reviewed pages: what search engines and partners read about trust."""

from django.conf import settings
from django.utils import timezone

from articles.models import ContentKind
from articles.selectors import PublicPage

IN_LANGUAGE = {"en": "en-US", "es": "es-US"}  # BCP 47: the US editions


def page_json_ld(page: PublicPage) -> dict:
    revision, review, item = page.revision, page.last_review, page.item
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": revision.title,
        "url": settings.SITE_URL + item.get_translated_url(page.language),
        "inLanguage": IN_LANGUAGE.get(page.language, page.language),
        "medicalAudience": {"@type": "MedicalAudience", "audienceType": "Patient"},
    }
    if review is not None:
        # The day in the site's time zone, as the page's own "Last reviewed" shows it: the UTC date
        # is the next day from 7 p.m. in New York.
        data["lastReviewed"] = timezone.localdate(review.reviewed_at).isoformat()
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
    if page.translation is not None:  # the English page it translates
        data["translationOfWork"] = {"@type": "MedicalWebPage", "url": settings.SITE_URL + page.translation.english_url,
                                     "inLanguage": IN_LANGUAGE["en"]}  # fmt: skip
    return data
