from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Print where the development site is and how to sign in (used by `make run`)."

    def handle(self, *args, **options):
        lines = [
            "",
            "The portal is starting on http://127.0.0.1:8000/",
            "  Home page:      http://127.0.0.1:8000/",
            "  Staff admin:    http://127.0.0.1:8000/admin/",
            "  Health check:   http://127.0.0.1:8000/healthz",
        ]
        if not get_user_model().objects.filter(is_staff=True).exists():
            lines.append("No staff account yet: create one with `.venv/bin/python manage.py createsuperuser`.")
        lines.append("Stop the server with Ctrl+C.")
        self.stdout.write("\n".join(lines) + "\n")
