from django.db import migrations

from portal.migration_helpers import grant_permissions, revoke_permissions

# Proxy models (Article, TherapySummary, GlossaryTerm) have permissions of their own; staff who
# may see reviewed items may see them in each kind's admin list too.
GRANTS = {
    "Authors": ["view_article", "view_therapysummary", "view_glossaryterm"],
    "Clinical reviewers": ["view_article", "view_therapysummary", "view_glossaryterm"],
}


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_reviewer_verification")]
    operations = [migrations.RunPython(grant_permissions("articles", GRANTS), revoke_permissions("articles", GRANTS))]
