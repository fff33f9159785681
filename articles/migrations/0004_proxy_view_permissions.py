from django.contrib.auth.management import create_permissions
from django.db import migrations

# Proxy models (Article, TherapySummary, GlossaryTerm) have permissions of their own; staff who
# may see reviewed items may see them in each kind's admin list too.
GRANTS = {
    "Authors": ["view_article", "view_therapysummary", "view_glossaryterm"],
    "Clinical reviewers": ["view_article", "view_therapysummary", "view_glossaryterm"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="articles", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_reviewer_verification")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
