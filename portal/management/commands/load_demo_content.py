"""Load the sample content of every app, and the demo accounts that wrote and checked it. Idempotent.

The project's command: it makes the demo accounts (one per staff role) and calls each app's own
loader, so that neither app needs the other.
"""

import secrets

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles import notifications
from articles.demo import loader as articles_demo
from portal import roles
from resources import demo as resources_demo

# Demo accounts say what they are wherever their names appear, on public pages included. Their
# addresses are at example.org (reserved for documentation): the console e-mail of `make run`
# shows who was told, and nothing can reach a real person.
DEMO_ACCOUNTS = [
    {"username": "demo-author", "groups": [roles.AUTHORS]},
    {
        "username": "demo-reviewer",
        "groups": [roles.CLINICAL_REVIEWERS],
        "profile": ("Sample Reviewer (demo account)", "not a clinician"),
        "languages": ("en", "es"),  # approves the Spanish sample translations too
    },
    {
        "username": "demo-reviewer-2",
        "groups": [roles.CLINICAL_REVIEWERS],
        "profile": ("Second Sample Reviewer (demo account)", "not a clinician"),
    },
    {"username": "demo-directory-admin", "groups": [roles.DIRECTORY_ADMINS]},
    {"username": "demo-translator", "groups": [roles.TRANSLATORS]},
]
DEMO_EMAIL_DOMAIN = "example.org"


class Command(BaseCommand):
    help = (
        "Load sample topics, articles, medicine summaries, glossary terms, directory listings and demo accounts. "
        "Everything is labelled as sample content. Safe to run again: it adds what is new, and a sample page whose "
        "data changed gets a new approved version (pages in review and staff pages are left alone)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-sample-content",
            action="store_true",
            help="Load sample content although DJANGO_DEBUG is off (never on a public site).",
        )

    def handle(self, *args, allow_sample_content=False, **options):
        if not settings.DEBUG and not allow_sample_content:
            raise CommandError(
                "Refusing to load sample content with DJANGO_DEBUG off: it is not clinically reviewed and must "
                "never reach patients. Pass --allow-sample-content for a demonstration site."
            )
        with notifications.held_back(), transaction.atomic():
            users, passwords = self._accounts()
            created = articles_demo.load(
                author=users["demo-author"],
                reviewer=users["demo-reviewer"],
                second_reviewer=users["demo-reviewer-2"],
                translator=users["demo-translator"],
            )
            organizations = resources_demo.load_directory(users["demo-directory-admin"])
        self.stdout.write(f"Sample content: {created} new item(s) and {organizations} organization(s) loaded.")
        if passwords:
            self.stdout.write("Demo accounts (passwords are shown once; change them with manage.py changepassword):")
            for username, password in passwords.items():
                self.stdout.write(f"  {username:<22} {password}")

    def _accounts(self):
        users, passwords = {}, {}
        for account in DEMO_ACCOUNTS:
            username = account["username"]
            email = f"{username}@{DEMO_EMAIL_DOMAIN}"
            user = User.objects.filter(username=username).first()
            if user is None:
                password = secrets.token_urlsafe(12)
                user = User.objects.create_user(username=username, email=email, password=password, is_staff=True)
                passwords[username] = password
            elif not user.email:  # made before demo accounts had addresses
                user.email = email
                user.save(update_fields=["email"])
            user.groups.add(*Group.objects.filter(name__in=account["groups"]))
            if "profile" in account:
                name, credentials = account["profile"]
                articles_demo.reviewer_profile(
                    user, display_name=name, credentials=credentials, languages=account.get("languages", ("en",))
                )
            users[username] = User.objects.get(pk=user.pk)  # drop cached permissions
        return users, passwords
