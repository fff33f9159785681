"""The directory's answer to "which support listings help with this topic?" (registered with
portal.related when the app starts, so reviewed pages can offer listings without importing us).

A topic calls for kinds of help (our vocabulary's categories); the listings offered are the public
ones filed under those kinds, those made for people with metastatic cancer first. A topic we do not
know (staff may add topics) gets the kinds of help that suit any reader.
"""

from collections.abc import Sequence
from functools import lru_cache

from django.db.models import Case, Exists, IntegerField, Min, OuterRef, Value, When
from django.urls import reverse

from portal.prepared import PreparedQuery
from portal.related import RelatedLink, SupportListings
from resources.models import TaxonomyTerm
from resources.selectors import public_services
from resources.vocabulary import TERMS

# Topic address -> the kinds of help (category codes) its readers most often need, most useful first.
HELP_FOR_TOPIC = {
    "understanding-stage-four": ["information-service", "helpline", "support-group"],
    "surgery": ["transport", "home-care", "helpline"],
    "chemotherapy": ["transport", "financial-assistance", "helpline"],
    "targeted-therapy": ["financial-assistance", "helpline"],
    "hormone-therapy": ["financial-assistance", "helpline"],
    "radiation-therapy": ["transport", "financial-assistance"],
    "clinical-trials": ["clinical-trial-navigation", "helpline"],
    "integrative-care": ["counselling", "palliative-care", "support-group"],
    "support-and-living-well": ["support-group", "counselling", "palliative-care", "home-care", "child-care"],
}
HELP_FOR_ANY_TOPIC = ["helpline", "information-service", "support-group"]
CATEGORY_NAMES = {code: name for taxonomy, code, name, _description in TERMS if taxonomy == "category"}


def help_for_topics(topic_slugs: Sequence[str]) -> list[str]:
    codes = [code for slug in topic_slugs for code in HELP_FOR_TOPIC.get(slug, [])] or HELP_FOR_ANY_TOPIC
    return list(dict.fromkeys(codes))


def support_for_topics(topic_slugs: Sequence[str], limit: int) -> SupportListings:
    """Up to `limit` public listings for the topics, in one query."""
    codes = help_for_topics(topic_slugs)
    links = [
        RelatedLink(
            url=f"{reverse('resources:organization', args=[organization_slug])}#service-{service_id}",
            title=name,
            note=organization_name,
        )
        for service_id, name, organization_slug, organization_name in _listings_query(tuple(codes), limit).fetch_all()
    ]
    first = codes[0]
    return SupportListings(
        links=links,
        more_url=f"{reverse('resources:directory')}?category={first}",
        more_label=str(CATEGORY_NAMES.get(first, "")),
        topics=tuple(topic_slugs),
    )


@lru_cache(maxsize=128)
def _listings_query(codes: tuple[str, ...], limit: int) -> PreparedQuery:
    """The listings query for these kinds of help, in their order. It runs on every article and
    medicine page the page cache misses: built by the ORM on each of them it cost more than the rest
    of the page's queries together, so it is compiled and prepared once per list of kinds (a few
    dozen at most: the lists come from HELP_FOR_TOPIC)."""

    def build():
        return (
            public_services().filter(terms__code__in=codes)
            .annotate(
                rank=Min(Case(*(When(terms__code=code, then=Value(n)) for n, code in enumerate(codes)),
                              output_field=IntegerField())),
                for_metastatic=Exists(TaxonomyTerm.objects.filter(services=OuterRef("pk"), code="metastatic")),
            )
            .order_by("-for_metastatic", "rank", "name", "pk")
            .values_list("pk", "name", "organization__slug", "organization__name")[:limit]
        )  # fmt: skip

    return PreparedQuery(build)
