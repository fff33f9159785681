"""`manage.py import_directory FILE --user USERNAME [--dry-run]`: add directory listings, all or nothing.

FILE is a CSV (.csv) or HSDS 3.0 JSON (.json) file; the columns, the HSDS mapping and the rules are
described in `resources.importing`. Every row is checked first; if anything is wrong nothing is
imported and every problem is listed. Imported listings are not marked verified.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from resources import importing


class Command(BaseCommand):
    help = (
        "Import directory listings from a CSV or HSDS JSON file, all or nothing: every row is checked "
        "first and nothing is written if any is wrong. Columns and rules: resources/importing.py."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv or .json (HSDS 3.0) file")
        parser.add_argument(
            "--user",
            required=True,
            help="username of the person importing (needs resources.change_service, as Directory admins have); "
            "recorded in the audit trail",
        )
        parser.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")

    def handle(self, *args, file, user, dry_run=False, **options):
        acting = get_user_model().objects.filter(username=user).first()
        if acting is None:
            raise CommandError(f"No user {user!r}: --user must name an existing account.")

        def progress(done: int, total: int) -> None:
            if done % importing.PROGRESS_EVERY == 0 or done == total:
                self.stdout.write(f"imported {done}/{total}")

        try:
            result = importing.import_file(path=file, user=acting, dry_run=dry_run, progress=progress)
        except PermissionDenied:
            raise CommandError(
                f"{user} may not import directory listings: that needs the permission "
                f"{importing.CHANGE_PERMISSION} (the Directory admins group has it). Nothing was imported."
            ) from None
        except (OSError, ValueError) as error:
            raise CommandError(f"{file}: {error}") from None
        except importing.ImportRejected as rejected:
            lines = [f"Nothing imported: {len(rejected.problems)} problem(s) in {file}:"]
            lines += [f"  {problem}" for problem in rejected.problems]
            raise CommandError("\n".join(lines)) from None
        for note in result.notes:
            self.stdout.write(f"note: {note}")
        organizations = (
            f"{result.new_organizations} new organization(s), {result.existing_organizations} already in the directory"
        )
        if result.dry_run:
            self.stdout.write(
                f"Checked {result.services} service(s) ({organizations}): no problems found. "
                "Nothing was written (--dry-run)."
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Imported {result.services} service(s) ({organizations}) from {file}.")
            )
            self.stdout.write("They are not marked verified: verify each with its organization in the admin.")
