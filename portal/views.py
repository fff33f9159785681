"""Public pages of the portal itself: the home page and "About us" (search is in portal/search/views.py)."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views import defaults
from django.views.decorators.http import require_safe

from articles.selectors import has_live_sample_content, topics_with_live_articles
from portal import languages


@require_safe
def home(request):
    context = {
        "topics": topics_with_live_articles(get_language()),  # in Spanish, the approved Spanish text
        "has_sample_content": has_live_sample_content(),
        # The language switch of a page without an approved translation leads here (portal.languages).
        "page_not_translated": request.GET.get(languages.NO_TRANSLATION_PARAMETER[get_language()]) == "1",
    }
    return render(request, "portal/home.html", context)


@require_safe
def about(request):
    """Who runs the site and how to reach the editors (PIF TICK and HONcode ask for this)."""
    context = {
        "contact_email": settings.PORTAL_CONTACT_EMAIL,
        "contact_is_placeholder": settings.PORTAL_CONTACT_EMAIL == settings.PORTAL_CONTACT_EMAIL_PLACEHOLDER,
    }
    return render(request, "portal/about.html", context)


@require_safe
def favicon(request):
    """/favicon.ico: the icon's hashed static address, which may change, so not a permanent redirect."""
    return HttpResponseRedirect(static("portal/favicon.svg"))


def view_on_site(request, content_type_id, object_id):
    """The admin's "View on site" link, for staff who may view that kind of object only: Django's
    own shortcut answers any staff member, which would show a directory admin where an unpublished
    draft will live."""
    try:
        content_type = ContentType.objects.get_for_id(content_type_id)  # cached per process
    except ContentType.DoesNotExist:
        raise Http404 from None
    if not request.user.has_perm(f"{content_type.app_label}.view_{content_type.model}"):
        raise PermissionDenied
    return contenttype_views.shortcut(request, content_type_id, object_id)


def permission_denied(request, exception):
    """403: inside the admin, the admin's own page saying which permission is missing and who has
    it, with a way back; everywhere else Django's plain page, as before."""
    user = getattr(request, "user", None)
    in_admin = request.path.startswith(reverse("admin:index"))
    if not (in_admin and user is not None and user.is_authenticated and user.is_active and user.is_staff):
        return defaults.permission_denied(request, exception)
    permission = _permission_for_admin_page(request)
    context = {
        **admin.site.each_context(request),
        "title": _("You cannot open this page"),
        "reason": str(exception) if exception and str(exception) else "",
        "permission": permission,
        "roles_with_permission": (
            list(Group.objects.filter(permissions=permission).order_by("name").values_list("name", flat=True))
            if permission
            else []
        ),
        "your_roles": list(user.groups.order_by("name").values_list("name", flat=True)),
        "back_url": _same_site_referrer(request),
    }
    return render(request, "admin/403.html", context, status=403)


# The admin's own URL names end in what the page does; each needs one of the model's permissions.
_ADMIN_PAGE_ACTIONS = {"changelist": "view", "history": "view", "change": "view", "add": "add", "delete": "delete"}


def _permission_for_admin_page(request) -> Permission | None:
    """The model permission an admin page needs, from the page's URL name (e.g.
    `articles_reviewerprofile_changelist` needs "Can view reviewer profile"), or None for the
    workspace's own pages, whose refusal carries its own reason."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.namespace != admin.site.name or not match.url_name:
        return None
    for model in admin.site._registry:
        opts = model._meta
        prefix = f"{opts.app_label}_{opts.model_name}_"
        action = _ADMIN_PAGE_ACTIONS.get(match.url_name.removeprefix(prefix))
        if match.url_name.startswith(prefix) and action:
            content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
            return Permission.objects.filter(content_type=content_type, codename=f"{action}_{opts.model_name}").first()
    return None


def _same_site_referrer(request) -> str:
    """The page the person came from, when it is one of ours (never a link to another site)."""
    referrer = request.META.get("HTTP_REFERER", "")
    if referrer and url_has_allowed_host_and_scheme(referrer, {request.get_host()}, request.is_secure()):
        return referrer if referrer != request.build_absolute_uri() else ""
    return ""
