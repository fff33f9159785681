"""The urgent help panel (issue 21): a new kind of reviewed item, of which there is at most one."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0013_biomarkers"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="revieweditem",
            name="kind",
            field=models.CharField(
                choices=[
                    ("article", "Article"),
                    ("medicine", "Medicine summary"),
                    ("glossary", "Glossary term"),
                    ("topic", "Topic"),
                    ("urgent_help", "Urgent help panel"),
                ],
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AlterField(
            model_name="revieweditemevent",
            name="kind",
            field=models.CharField(
                choices=[
                    ("article", "Article"),
                    ("medicine", "Medicine summary"),
                    ("glossary", "Glossary term"),
                    ("topic", "Topic"),
                    ("urgent_help", "Urgent help panel"),
                ],
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AddConstraint(
            model_name="revieweditem",
            constraint=models.UniqueConstraint(
                condition=models.Q(("kind", "urgent_help")),
                fields=("kind",),
                name="reviewed_item_one_urgent_help_panel",
            ),
        ),
    ]
