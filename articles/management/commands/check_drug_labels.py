import json
import sys

from django.core.management.base import BaseCommand, CommandError

from articles.labels import services
from articles.models import ReviewedItem


class Command(BaseCommand):
    help = (
        "Check each medicine's FDA label on DailyMed; when a label has a new version, store its key "
        "sections and flag the medicine and every article naming it for review. Exit status 1 when "
        "any label could not be read (the others are still checked)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print one JSON object with the outcome.")
        parser.add_argument("--medicine", metavar="SLUG", help="Check only this medicine summary.")

    def handle(self, *args, **options):
        medicine = options["medicine"]
        if medicine is not None and not ReviewedItem.objects.medicines().filter(slug=medicine).exists():
            raise CommandError(f"There is no medicine summary with the address {medicine!r}.")
        report = services.check_labels(slug=medicine)
        if options["json"]:
            self.stdout.write(json.dumps(report.as_json(), ensure_ascii=False))
        else:
            self._write_text(report)
        if not report.read_all:
            sys.exit(1)

    def _write_text(self, report: services.CheckReport) -> None:
        for check in report.checks:
            if check.status == "changed":
                sections = ", ".join(check.sections) or "no section text changed"
                previous = check.previous_version if check.previous_version is not None else "none"
                self.stdout.write(
                    f"CHANGED   {check.medicine}: label {check.setid} version {previous} -> {check.version} "
                    f"({sections}); flagged {len(check.flagged_items)} page(s)"
                )
            elif check.status == "error":
                self.stdout.write(f"ERROR     {check.medicine}: {check.error}")
            elif check.status == "skipped":
                self.stdout.write(f"skipped   {check.medicine}: {check.reason}")
            elif check.status == "baseline":
                self.stdout.write(f"baseline  {check.medicine}: label {check.setid} version {check.version} stored")
            else:
                self.stdout.write(f"unchanged {check.medicine}: label {check.setid} version {check.version}")
