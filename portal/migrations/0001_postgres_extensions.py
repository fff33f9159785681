from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    """Search forgives spelling (pg_trgm) and accents (unaccent)."""

    initial = True
    dependencies = []
    operations = [TrigramExtension(), UnaccentExtension()]
