"""Helpers for data migrations. Kept stable: migrations written long ago still call them."""

from django.contrib.auth.management import create_permissions


def grant_permissions(app_label: str, grants: dict[str, list[str]]):
    """A RunPython function giving each named group these permissions (codenames) of `app_label`.

    Permissions are normally created after all migrations have run; they are created here first
    so that they can be granted in the same run.
    """

    def grant(apps, schema_editor):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        for group_name, codenames in grants.items():
            group, _ = Group.objects.get_or_create(name=group_name)
            group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))

    return grant


def revoke_permissions(app_label: str, grants: dict[str, list[str]]):
    """The reverse of grant_permissions."""

    def revoke(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        for group in Group.objects.filter(name__in=grants):
            group.permissions.remove(
                *group.permissions.filter(content_type__app_label=app_label, codename__in=grants[group.name])
            )

    return revoke
