from django.db import migrations

from portal.migration_helpers import grant_permissions, revoke_permissions

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


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial"), ("portal", "0002_roles")]
    operations = [migrations.RunPython(grant_permissions("articles", GRANTS), revoke_permissions("articles", GRANTS))]
