from django.contrib.auth.management import create_permissions
from django.db import migrations

# Names copied, not imported: a migration must keep working when the code changes.
GRANTS = {
    "Authors": [
        "author_content", "view_revieweditem", "view_revision", "view_reference", "view_reviewdecision",
        "view_topic", "add_topic", "change_topic",
    ],
    "Clinical reviewers": [
        "review_content", "withdraw_content", "view_revieweditem", "view_revision", "view_reference",
        "view_reviewdecision", "view_topic", "view_reviewerprofile",
    ],
}  # fmt: skip


def grant(apps, schema_editor):
    # Permissions are normally created after migrations; create them now so they can be granted.
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="articles", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="articles"))


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial"), ("portal", "0002_roles")]
    operations = [migrations.RunPython(grant, revoke)]
