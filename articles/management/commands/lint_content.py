import json
import sys

from django.core.management.base import BaseCommand, CommandError

from articles import lint


class Command(BaseCommand):
    help = (
        "Check Markdown or plain-text files with the editorial quality gate. References are the numbered "
        "list under a 'References' or 'Sources' heading. Prints FILE:LINE: SEVERITY RULE message; exits 1 "
        "if any error."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="files to check, or - for standard input")
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--topic", default="", help="topic slug (the freshness rule applies to treatment topics)")

    def handle(self, *args, files, format, topic, **options):
        report, has_errors = [], False
        for name in files:
            try:
                text = sys.stdin.read() if name == "-" else open(name, encoding="utf-8").read()  # noqa: SIM115
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"{name}: cannot read it ({error}).") from None
            for finding in lint.lint_text(text, topic=topic):
                has_errors = has_errors or finding.severity == lint.ERROR
                report.append((name, finding))
        if format == "json":
            self.stdout.write(json.dumps([{"file": name, **finding.as_dict()} for name, finding in report], indent=2))
        else:
            for name, finding in report:
                self.stdout.write(f"{name}:{finding.line}: {finding.severity} {finding.rule} {finding.message}")
        if has_errors:
            sys.exit(1)
