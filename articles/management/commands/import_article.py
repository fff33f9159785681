import re

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from articles import lint, services
from articles.models import ContentKind, Topic

_BULLET = re.compile(r"^\s*[•·▪●◦*-]\s+")


def plain_text_to_markdown(text: str) -> str:
    """Keep a plain-text document's structure: short lines standing alone become headings, bullet
    characters become list items; Markdown passes through unchanged."""
    if re.search(r"^#{1,6}\s", text, re.MULTILINE):
        return text
    lines, out = text.splitlines(), []
    for index, line in enumerate(lines):
        stripped = line.strip()
        alone = (index == 0 or not lines[index - 1].strip()) and (
            index + 1 >= len(lines) or not lines[index + 1].strip()
        )
        if _BULLET.match(line):
            out.append("- " + _BULLET.sub("", line).strip())
        elif stripped and alone and len(stripped) < 90 and not stripped.endswith((".", ",", ";")):
            out.append("## " + stripped.rstrip(":"))
        else:
            out.append(stripped)
    return "\n".join(out)


class Command(BaseCommand):
    help = (
        "Import a Markdown or plain-text document as a new draft article (never live) and print the "
        "editorial findings. References: the numbered list under a 'References' or 'Sources' heading."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--topic", required=True, help="topic slug")
        parser.add_argument("--author", required=True, help="username of the author (an Authors member)")
        parser.add_argument("--slug", help="the page's address (default: from the title)")

    def handle(self, *args, file, topic, author, slug=None, **options):
        try:
            text = open(file, encoding="utf-8").read()  # noqa: SIM115
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{file}: cannot read it ({error}).") from None
        topic_obj = Topic.objects.filter(slug=topic).first()
        if topic_obj is None:
            raise CommandError(f"No topic {topic!r}.")
        user = get_user_model().objects.filter(username=author).first()
        if user is None:
            raise CommandError(f"No user {author!r}.")
        body, references = lint.split_references(text)
        lines = [line.strip() for line in body.splitlines() if line.strip()]
        if not lines:
            raise CommandError(f"{file} is empty.")
        title = lines[0].lstrip("# ").strip()[:200]
        markdown = plain_text_to_markdown("\n".join(body.splitlines()[1:]).strip())
        summary = next((line for line in markdown.splitlines() if line and not line.startswith("#")), title)
        try:
            revision = services.item_create(
                kind=ContentKind.ARTICLE, slug=slug or slugify(title)[:100], topic=topic_obj, author=user,
                content={"title": title, "summary": summary[:2000], "body": markdown,
                         "change_summary": f"Imported from {file}."},
                references=[{"title": ref.title[:500] or f"Source {ref.position}", "url": ref.url, "doi": ref.doi,
                             "year": ref.year} for ref in references],
            )  # fmt: skip
        except (ValidationError, PermissionDenied) as error:
            messages = error.messages if isinstance(error, ValidationError) else [str(error)]
            raise CommandError("Not imported: " + " ".join(messages)) from None
        self.stdout.write(f"Imported as draft version {revision.number} of /articles/{revision.item.slug}/ (not live).")
        for finding in services.revision_findings(revision):
            self.stdout.write(f"{file}:{finding.line}: {finding.severity} {finding.rule} {finding.message}")
