"""The editorial quality gate: findings a clinical reviewer should see before signing.

Each rule is a small class registered in RULES; a new rule is one class (and its test). Rules read
a `Document`: the text of each field, line by line, and its references. They never change text.

Numbers that are not statistics (years, ages, doses, schedules, list numbering, "stage 4",
"HER2", "CDK4/6", citation marks) must not trip the statistic rule; the patterns below look for
what makes a number a statistic: a percentage, "N in M", "N times", a rate, or a count of people
or studies.
"""

import datetime
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

import textstat

ERROR, WARNING = "error", "warning"
READING_GRADE_TARGET = 8  # patient material: US grade 6 to 8
FRESHNESS_YEARS = 10
TREATMENT_TOPICS = {"surgery", "chemotherapy", "targeted-therapy", "hormone-therapy", "radiation-therapy"}

CITATION = re.compile(r"\[(\d{1,3})\](?![(:])")
# A sentence ends at . ! or ? followed by a capital, but not after a title such as "Dr." or "e.g.".
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bvs\.)(?<!e\.g\.)(?<!i\.e\.)"
    r"[\"”’)]*\s+(?=[A-Z“\"(])"
)


@dataclass(frozen=True)
class Reference:
    position: int
    title: str = ""
    url: str = ""
    doi: str = ""
    pmid: str = ""
    year: int | None = None


@dataclass(frozen=True)
class Document:
    fields: dict[str, str]  # field name -> text (Markdown or plain)
    references: list[Reference] = field(default_factory=list)
    topic: str = ""
    boxed_warning: str = ""


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    field: str
    line: int
    excerpt: str
    message: str

    @property
    def key(self) -> str:
        """Stable identity of a finding within one revision (for override reasons)."""
        digest = hashlib.sha256(self.excerpt.encode()).hexdigest()[:10]
        return f"{self.rule}:{self.field}:{self.line}:{digest}"

    def as_dict(self) -> dict:
        return asdict(self) | {"key": self.key}


@dataclass(frozen=True)
class Passage:
    """A sentence, or a table row, and where it is."""

    field: str
    line: int
    text: str

    @property
    def cited(self) -> bool:
        return bool(CITATION.search(self.text))


def passages(document: Document) -> Iterator[Passage]:
    for name, text in document.fields.items():
        for number, line in enumerate((text or "").splitlines(), start=1):
            stripped = line.strip()
            if not stripped:
                continue
            if stripped.startswith("|") or "\t" in stripped:
                yield Passage(name, number, stripped)  # a table row is judged as a whole
                continue
            for sentence in _SENTENCE_END.split(stripped):
                if sentence.strip():
                    yield Passage(name, number, sentence.strip())


def _excerpt(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Rule:
    code = ""
    severity = WARNING

    def check(self, document: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, passage: Passage, message: str, severity: str | None = None) -> Finding:
        return Finding(
            self.code, severity or self.severity, passage.field, passage.line, _excerpt(passage.text), message
        )


RULES: list[Rule] = []


def register(rule_class: type[Rule]) -> type[Rule]:
    RULES.append(rule_class())
    return rule_class


@register
class UnsourcedStatistic(Rule):
    code = "unsourced-statistic"
    severity = ERROR
    PATTERNS = [
        re.compile(r"\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)", re.IGNORECASE),
        re.compile(r"\b\d+\s+(?:in|out of)\s+\d+\b"),
        re.compile(r"\b\d+(?:\.\d+)?\s*(?:times|fold)\s+(?:more|less|higher|lower|as|likely|greater)\b", re.I),
        re.compile(r"\b(?:survival|response|recurrence|remission|cure|success|death|mortality)\s+rates?\b", re.I),
        re.compile(r"\b\d[\d,]*\s+(?:patients|people|women|men|participants|studies|trials|cases)\b", re.I),
        re.compile(r"\b(?:half|a third|a quarter|two thirds|most|majority) of (?:patients|people|women)\b", re.I),
    ]

    def check(self, document):
        for passage in passages(document):
            if passage.cited:
                continue
            text = CITATION.sub("", passage.text)
            if any(pattern.search(text) for pattern in self.PATTERNS):
                yield self.finding(passage, "A statistic with no source: cite it as [n], or remove it.")


@register
class Advertising(Rule):
    code = "advertising"
    severity = ERROR
    PATTERN = re.compile(
        r"\b(?:make an order|order (?:now|online|today|here)|place an order|buy(?:ing)?\b|purchase|prices?\b|"
        r"discount|cheap(?:est)?\b|best price|free shipping|miracle|guarantee(?:d|s)?\b|risk[- ]free|"
        r"cures?\s+(?:your|all|cancer)|will cure|can cure|(?:miracle|guaranteed|natural) cure|"
        r"high-quality meds|meds\b|pharmacy|add to cart)",
        re.IGNORECASE,
    )
    NEGATION = re.compile(
        r"\b(?:no|not|never|cannot|can't|isn't|aren't|unlikely|without|rather than)\b[^.]{0,40}$", re.IGNORECASE
    )

    def check(self, document):
        for passage in passages(document):
            for match in self.PATTERN.finditer(passage.text):
                if self.NEGATION.search(passage.text[: match.start()]):
                    continue  # "there is no cure", "doctors do not expect to cure"
                yield self.finding(passage, f"Sales or promotional language (“{match.group(0)}”): the portal "
                                            "never sells or promises.")  # fmt: skip
                break


@register
class UnnamedAuthority(Rule):
    code = "unnamed-authority"
    PATTERN = re.compile(
        r"\b(?:a (?:recent|new|large|landmark) (?:study|survey|trial|report)|"
        r"a (?:study|survey|trial|report) (?:found|finds|showed|shows|suggests|suggested|conducted|published|by)|"
        r"studies (?:show|suggest|have shown)|"
        r"research (?:shows|suggests|has shown)|experts? (?:say|agree|believe)|doctors (?:say|agree)|"
        r"scientists (?:say|have found)|according to (?:a|an|some)\b|published in (?:the )?[A-Z][\w ]*"
        r"(?:Journal|Lancet|Medicine|Oncology)|(?:says|said|according to) Dr\.?\s|renowned)",
        re.IGNORECASE,
    )

    def check(self, document):
        for passage in passages(document):
            if not passage.cited and (match := self.PATTERN.search(passage.text)):
                yield self.finding(passage, f"An authority without a reference (“{match.group(0).strip()}”): name "
                                            "the source and cite it.")  # fmt: skip


@register
class CitationIntegrity(Rule):
    code = "citation"
    severity = ERROR

    def check(self, document):
        positions = {reference.position for reference in document.references}
        cited = set()
        for name, text in document.fields.items():
            for number, line in enumerate((text or "").splitlines(), start=1):
                for match in CITATION.finditer(line):
                    n = int(match.group(1))
                    cited.add(n)
                    if n not in positions:
                        yield Finding(self.code, ERROR, name, number, _excerpt(line.strip()),
                                      f"[{n}] is cited but there is no reference {n}.")  # fmt: skip
        for reference in document.references:
            if reference.position not in cited:
                yield Finding(self.code, WARNING, "references", reference.position, _excerpt(reference.title),
                              f"Reference {reference.position} is never cited in the text.")  # fmt: skip


@register
class ReferenceQuality(Rule):
    code = "reference-quality"
    DOI = re.compile(r"^10\.\d{4,9}/\S+$")

    def check(self, document):
        for reference in document.references:

            def found(message, reference=reference):
                return Finding(self.code, WARNING, "references", reference.position, _excerpt(reference.title), message)

            if not (reference.url or reference.doi or reference.pmid):
                yield found("No web address, DOI or PubMed ID: readers cannot find this source.")
            if reference.url and not reference.url.startswith("https://"):
                yield found("The web address is not https.")
            if reference.doi and not self.DOI.match(reference.doi):
                yield found("The DOI does not look right (expected 10.xxxx/...).")


@register
class Readability(Rule):
    code = "readability"

    def check(self, document):
        prose = [p for p in passages(document) if not p.text.startswith(("|", "#")) and len(p.text.split()) > 3]
        text = " ".join(CITATION.sub("", p.text) for p in prose)
        if len(text.split()) < 100:
            return  # too short to measure fairly
        grade = textstat.flesch_kincaid_grade(text)
        smog = textstat.smog_index(text)
        if grade <= READING_GRADE_TARGET and smog <= READING_GRADE_TARGET:
            return
        hardest = sorted(prose, key=lambda p: textstat.flesch_kincaid_grade(CITATION.sub("", p.text)), reverse=True)[:3]
        listed = "; ".join(f"line {p.line}: “{_excerpt(p.text, 80)}”" for p in hardest)
        first = hardest[0]
        yield Finding(self.code, WARNING, first.field, first.line, _excerpt(first.text),
                      f"Reading grade {grade:.1f} (Flesch-Kincaid) and SMOG {smog:.1f}; patient material aims for "
                      f"6 to 8. Hardest sentences: {listed}.")  # fmt: skip


@register
class Freshness(Rule):
    code = "freshness"

    def check(self, document):
        if document.topic not in TREATMENT_TOPICS:
            return
        oldest_allowed = datetime.date.today().year - FRESHNESS_YEARS
        for reference in document.references:
            if reference.year and reference.year < oldest_allowed:
                message = f"A source from {reference.year} on a treatment topic: check it is still current."
                yield Finding(self.code, WARNING, "references", reference.position, _excerpt(reference.title), message)


def lint(document: Document) -> list[Finding]:
    findings = [finding for rule in RULES for finding in rule.check(document)]
    return sorted(findings, key=lambda f: (f.severity != ERROR, f.field, f.line, f.rule))


def errors(findings: list[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.severity == ERROR]


# --- Files: Markdown or plain text with a "References" (or "Sources") list ------------------------------

_REFERENCES_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:references|sources)\s*:?\s*$", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(?:\[(\d+)\]|(\d+)[.)])\s+(.*)$")
_URL = re.compile(r"https?://\S+")
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_DOI_TEXT = re.compile(r"\b(10\.\d{4,9}/\S+)")


def split_references(text: str) -> tuple[str, list[Reference]]:
    """The body of a file and the numbered list under its References/Sources heading."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if _REFERENCES_HEADING.match(line):
            references = []
            for entry in lines[index + 1 :]:
                match = _NUMBERED.match(entry)
                if match:
                    position = int(match.group(1) or match.group(2))
                    rest = match.group(3).strip()
                    url = _URL.search(rest)
                    doi = _DOI_TEXT.search(rest)
                    year = _YEAR.search(rest)
                    title = _URL.sub("", rest).strip(" .,")
                    references.append(Reference(position, title or rest, url.group(0).rstrip(".,)") if url else "",
                                                doi.group(1).rstrip(".,") if doi else "",
                                                "", int(year.group(1)) if year else None))  # fmt: skip
            return "\n".join(lines[:index]), references
    return text, []


def lint_text(text: str, topic: str = "") -> list[Finding]:
    body, references = split_references(text)
    return lint(Document({"text": body}, references, topic))
