from django.db import migrations

# Words readers type that found nothing at all in the sample content, each mapped to the everyday
# word our pages use. "fatigue" is the word clinicians use, "tired" the one our pages use ("Feeling
# tired" in a medicine's side effects); the seed of 0005 only mapped the other way ("tired" ->
# "fatigue"), and mapped "exhausted" to "fatigue", which no public page uses either. Editors change
# these in the admin afterwards, through reviewed proposals.
ADD = {
    "fatigue": "tired",
    "fatigued": "tired",
    "exhaustion": "tired",
    "neuropathy": "numbness",  # nerve damage felt as numbness and tingling
    "peripheral neuropathy": "numbness",
    "lymphedema": "swelling",
    "lymphoedema": "swelling",
    "anxiety": "worry",
    "anxious": "worry",
    "prognosis": "life expectancy",
    "exercise": "active",
    "ct scan": "scan",
    "pet scan": "scan",
    "bone scan": "scan",
}
SEEDED = {"exhausted": ("fatigue", "tired")}  # phrase: (what 0005 seeded, what it now means)


def seed(apps, schema_editor):
    Synonym = apps.get_model("portal", "Synonym")
    for phrase, means in ADD.items():
        Synonym.objects.get_or_create(phrase=phrase, language="en", defaults={"means": means, "kind": "lay"})
    for phrase, (before, after) in SEEDED.items():  # only where an editor has not changed it since
        Synonym.objects.filter(phrase=phrase, language="en", means=before).update(means=after)


def unseed(apps, schema_editor):
    Synonym = apps.get_model("portal", "Synonym")
    Synonym.objects.filter(phrase__in=list(ADD), language="en").delete()
    for phrase, (before, after) in SEEDED.items():
        Synonym.objects.filter(phrase=phrase, language="en", means=after).update(means=before)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0011_medicine_names_index"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
