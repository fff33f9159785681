from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Print where the development site is and how to sign in (used by `make run`)."

    def handle(self, *args, **options):
        lines = [
            "",
            "The portal is starting on http://127.0.0.1:8000/",
            "  Home page:      http://127.0.0.1:8000/",
            "  Find support:   http://127.0.0.1:8000/support/",
            "  Staff admin:    http://127.0.0.1:8000/admin/",
            "  Health check:   http://127.0.0.1:8000/healthz",
        ]
        demo_accounts = list(
            get_user_model().objects.filter(username__startswith="demo-").values_list("username", flat=True)
        )
        if demo_accounts:
            lines.append(f"  Demo accounts:  {', '.join(sorted(demo_accounts))}")
            lines.append("    (passwords were printed when they were created; reset one with")
            lines.append("    `.venv/bin/python manage.py changepassword demo-reviewer`)")
        lines.append("  A sample article: http://127.0.0.1:8000/articles/what-stage-four-breast-cancer-means/")
        if not get_user_model().objects.filter(is_superuser=True).exists():
            lines.append("For full admin rights: `.venv/bin/python manage.py createsuperuser`.")
        lines.append("Stop the server with Ctrl+C.")
        self.stdout.write("\n".join(lines) + "\n")
