"""Admin building blocks shared by the apps' admins."""

import logging

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError

from portal.security_log import security_event


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows that only the services write: staff may look, not edit."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def run_for_each(modeladmin, request, queryset, action, done_message):
    """Apply one service to each selected row; report each refusal, change nothing for it."""
    done = 0
    for row in queryset:
        try:
            action(row)
            done += 1
        except (ValidationError, PermissionDenied) as error:
            text = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            if isinstance(error, PermissionDenied):
                security_event(
                    "permission_denied", user=request.user, level=logging.WARNING,
                    admin_action=request.POST.get("action", ""), model=row._meta.label_lower, object=row.pk,
                    reason=text,
                )  # fmt: skip
            modeladmin.message_user(request, f"{row}: {text}", messages.ERROR)
    if done:
        modeladmin.message_user(request, done_message(done), messages.SUCCESS)
