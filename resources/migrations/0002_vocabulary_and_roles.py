from django.db import migrations

from portal.migration_helpers import grant_permissions, revoke_permissions

# Names copied, not imported: a migration must keep working when the code changes.
MODELS = ["organization", "service", "location", "address", "serviceatlocation", "phone", "schedule",
          "servicearea", "language", "costoption"]  # fmt: skip
GRANTS = {
    "Directory admins": [f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")]
    + ["verify_service", "view_taxonomyterm", "view_linkcheck"],
}


def add_vocabulary(apps, schema_editor):
    # The vocabulary as it stood when this migration was written; later changes come as new migrations.
    from resources.vocabulary import TERMS, term_id

    TaxonomyTerm = apps.get_model("resources", "TaxonomyTerm")
    for position, (taxonomy, code, name, description) in enumerate(TERMS):
        TaxonomyTerm.objects.update_or_create(
            id=term_id(code),
            defaults={"taxonomy": taxonomy, "code": code, "name": str(name), "description": str(description),
                      "position": position},
        )  # fmt: skip


class Migration(migrations.Migration):
    dependencies = [("resources", "0001_initial"), ("portal", "0002_roles")]
    operations = [
        migrations.RunPython(add_vocabulary, migrations.RunPython.noop),
        migrations.RunPython(grant_permissions("resources", GRANTS), revoke_permissions("resources", GRANTS)),
    ]
