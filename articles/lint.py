"""The editorial quality gate: findings a clinical reviewer should see before signing.

Each rule is a small class registered in RULES; a new rule is one class (and its test). Rules read
a `Document`: the text of each field, line by line, and its references. They never change text.

Numbers that are not statistics (years, ages, doses, schedules, list numbering, "stage 4",
"HER2", "CDK4/6", citation marks) must not trip the statistic rule; the patterns below look for
what makes a number a statistic: a percentage, "N in M", "N times", a rate, or a count of people
or studies. In the same way "twice a day" and "half a tablet" are schedules, not relative effects.

A citation covers its own sentence (or table row) only, so how text is cut into sentences decides
what a citation vouches for: see `sentences`. Findings name fields by their labels (FIELD_LABELS)
and rules by their titles, with line numbers counted within each field from 1, as the editor shows.
"""

import bisect
import datetime
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

import textstat
from textstat.textstat import textstatistics

ERROR, WARNING = "error", "warning"
READING_GRADE_TARGET = 8  # patient material: US grade 6 to 8
FRESHNESS_YEARS = 10
TREATMENT_TOPICS = {"surgery", "chemotherapy", "targeted-therapy", "hormone-therapy", "radiation-therapy"}

CITATION = re.compile(r"\[(\d{1,3})\](?![(:])")

# Field names a revision's text arrives under, in the words the editor shows (the Revision model's verbose
# names; a test keeps the two in step, so lint itself stays free of Django models).
FIELD_LABELS = {
    "title": "Title",
    "summary": "Summary",
    "body": "Body",
    "how_it_works": "How it works",
    "who_it_is_for": "Who it is for (from the FDA label)",
    "common_side_effects": "Common side effects",
    "serious_side_effects": "Serious side effects to report at once",
    "questions_to_ask": "Questions to ask your care team",
    "references": "References",
    "text": "Text",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name) or name.replace("_", " ").capitalize()


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
    language: str = "en"  # "es": Spanish text (a translation), checked with the Spanish word lists and measure
    boxed_warning: str = ""


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    field: str
    line: int  # 1-based within its field; for "references" the reference's number; 0 for the field as a whole
    excerpt: str
    message: str

    @property
    def key(self) -> str:
        """Stable identity of a finding within one revision (for override reasons)."""
        digest = hashlib.sha256(self.excerpt.encode()).hexdigest()[:10]
        return f"{self.rule}:{self.field}:{self.line}:{digest}"

    @property
    def title(self) -> str:
        """The rule in plain words, for people ("Statistic without a source", not "unsourced-statistic")."""
        return RULE_TITLES.get(self.rule, self.rule)

    @property
    def field_label(self) -> str:
        return field_label(self.field)

    @property
    def where(self) -> str:
        """Where to look, as the editor shows it: "How it works, line 2", "Reference 3"."""
        if self.field == "references":
            return f"Reference {self.line}"
        if not self.line:
            return self.field_label
        return f"{self.field_label}, line {self.line}"

    def as_dict(self) -> dict:
        return asdict(self) | {"key": self.key, "rule_title": self.title, "where": self.where}


@dataclass(frozen=True)
class Passage:
    """A sentence, or a table row, and the line of its field where it starts."""

    field: str
    line: int
    text: str

    @property
    def cited(self) -> bool:
        return bool(CITATION.search(self.text))

    @property
    def where(self) -> str:
        return f"{field_label(self.field)}, line {self.line}"


# --- Sentences ---------------------------------------------------------------------------------------------
#
# Lines are counted as the author sees them in the editor's text box: 1-based within each field, split at
# line breaks only (CRLF from a browser counts once). A sentence is cut after . ! or ?, with any closing
# quotes and citation marks that follow it ("... menopause. [1] Next" keeps [1] with the first sentence),
# when the next sentence starts with anything but a lowercase letter: a capital, a digit ("[1]. 70% of ...")
# or a quote. It is not cut after an abbreviation ("Dr.", "e.g.", "U.S."), an initial ("J. Smith"), a list
# marker ("1. Talk"), or inside a decimal ("2.5 mg", which has no space). A line that does not end a
# sentence and is followed by one starting in lowercase (a soft-wrapped paragraph) is read with it.

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LIST_MARKER = re.compile(r"^(?:[-*+•▪◦‣]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^#{1,6}(?:\s|$)")
_CLOSERS = "\"'”’)*_"
_TRAILING_CITATIONS = r"(?:\s*\[\d{1,3}\](?![(:]))*"
_BOUNDARY = re.compile(rf"[.!?]+[{_CLOSERS}]*{_TRAILING_CITATIONS}(?=\s+\S)")
_LINE_ENDS_SENTENCE = re.compile(rf"[.!?:;][{_CLOSERS}]*{_TRAILING_CITATIONS}$")
ABBREVIATIONS = frozenset(
    "dr. mr. mrs. ms. prof. st. vs. e.g. i.e. cf. approx. fig. figs. p. pp. vol. al. jr. sr. inc. ltd. co. "
    "dept. incl. esp. ca. min. max. no. nos. a.m. p.m.".split()
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "J.", "U.S."
_TITLES = frozenset({"dr.", "mr.", "mrs.", "ms.", "prof."})


def _lines(text: str) -> list[str]:
    return _LINE_BREAK.split(text or "")


def _is_table_row(line: str) -> bool:
    return line.startswith("|") or "\t" in line


def _continues(previous: str, line: str) -> bool:
    """Is `line` the rest of the sentence on `previous` (a soft-wrapped paragraph)?"""
    if _HEADING.match(previous) or _HEADING.match(line) or _LIST_MARKER.match(line) or line.startswith(">"):
        return False
    if _LINE_ENDS_SENTENCE.search(previous):
        return False
    return line[0].islower() or (line[0].isdigit() and (previous[-1].islower() or previous[-1] == ","))


def _blocks(text: str) -> Iterator[tuple[bool, list[tuple[int, str]]]]:
    """(is a table row, [(line number, stripped line), ...]) for each paragraph, list item or row."""
    block: list[tuple[int, str]] = []
    for number, line in enumerate(_lines(text), start=1):
        stripped = line.strip()
        if block and (not stripped or _is_table_row(stripped) or not _continues(block[-1][1], stripped)):
            yield False, block
            block = []
        if not stripped:
            continue
        if _is_table_row(stripped):
            yield True, [(number, stripped)]
        else:
            block.append((number, stripped))
    if block:
        yield False, block


_NEXT_CHARACTER = re.compile(r"\s*(\S)")


def _is_boundary(text: str, match: re.Match) -> bool:
    after = _NEXT_CHARACTER.match(text, match.end()).group(1)
    if after.islower():
        return False  # "e.g. tamoxifen", "approx. five": a sentence starts with a capital, a digit or a quote
    if text[match.start()] != "." or text.startswith("..", match.start()):
        return True
    # The two words before the full stop (paragraphs are joined with single spaces).
    end = match.start() + 1
    space = text.rfind(" ", 0, end)
    word = text[space + 1 : end].lstrip("([{“\"'‘*_")
    if word.lower() in ABBREVIATIONS:
        return False
    if _INITIALS.fullmatch(word):
        if len(word) > 2:
            return False  # "U.S.", "J.K."
        before = text[text.rfind(" ", 0, space) + 1 : space].lstrip("([{“\"'‘*_") if space > 0 else ""
        # "J. Smith", "Jane A. Smith", "Dr. J. Smith" are names; "vitamin D. Then ..." ends a sentence.
        in_a_name = not before or before[0].isupper() or before.lower() in _TITLES
        return not (in_a_name and after.isupper())
    return True


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for each sentence of one paragraph."""
    marker = _LIST_MARKER.match(text)
    start = 0
    for match in _BOUNDARY.finditer(text):
        if marker and match.start() < marker.end():
            continue
        if _is_boundary(text, match):
            yield from _sentence_at(text, start, match.end())
            start = match.end()
    yield from _sentence_at(text, start, len(text))


def _sentence_at(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    piece = text[start:end]
    if piece.strip():
        yield start + len(piece) - len(piece.lstrip()), piece.strip()


def passages(document: Document) -> Iterator[Passage]:
    for name, text in document.fields.items():
        for is_table_row, block in _blocks(text):
            if is_table_row:
                number, row = block[0]
                yield Passage(name, number, row)  # a table row is judged as a whole
                continue
            joined, starts = "", []
            for _number, line in block:
                starts.append(len(joined) + (1 if joined else 0))
                joined = f"{joined} {line}" if joined else line
            for offset, sentence in sentences(joined):
                yield Passage(name, block[bisect.bisect_right(starts, offset) - 1][0], sentence)


def _excerpt(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Rule:
    code = ""
    title = ""  # the rule in plain words, as reviewers see it
    severity = WARNING

    def check(self, document: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, passage: Passage, message: str, severity: str | None = None) -> Finding:
        return Finding(
            self.code, severity or self.severity, passage.field, passage.line, _excerpt(passage.text), message
        )


RULES: list[Rule] = []
RULE_TITLES: dict[str, str] = {}


def register(rule_class: type[Rule]) -> type[Rule]:
    RULES.append(rule_class())
    RULE_TITLES[rule_class.code] = rule_class.title
    return rule_class


@register
class UnsourcedStatistic(Rule):
    code = "unsourced-statistic"
    title = "Statistic without a source"
    severity = ERROR
    PATTERNS = [
        re.compile(r"\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)", re.IGNORECASE),
        re.compile(r"\b\d+\s+(?:in|out of)\s+\d+\b"),
        re.compile(r"\b\d+(?:\.\d+)?\s*(?:times|fold)\s+(?:more|less|higher|lower|as|likely|greater)\b", re.I),
        re.compile(r"\b(?:survival|response|recurrence|remission|cure|success|death|mortality)\s+rates?\b", re.I),
        re.compile(r"\b\d[\d,]*\s+(?:patients|people|women|men|participants|studies|trials|cases)\b", re.I),
        re.compile(r"\b(?:half|a third|a quarter|two thirds|most|majority) of (?:patients|people|women)\b", re.I),
        # Spanish (translations): "30 por ciento", "1 de cada 8", "tasa de supervivencia", "200 pacientes".
        re.compile(r"\d+(?:[.,]\d+)?\s*por\s?ciento\b", re.IGNORECASE),
        re.compile(r"\b\d+\s+de\s+cada\s+\d+\b", re.IGNORECASE),
        re.compile(
            r"\btasas?\s+de\s+(?:supervivencia|respuesta|recurrencia|remisi[oó]n|curaci[oó]n|mortalidad)\b", re.I
        ),
        re.compile(r"\b\d[\d.]*\s+(?:pacientes|personas|mujeres|hombres|participantes|estudios|ensayos|casos)\b", re.I),
    ]

    @classmethod
    def matches(cls, text: str) -> bool:
        text = CITATION.sub("", text)
        return any(pattern.search(text) for pattern in cls.PATTERNS)

    def check(self, document):
        for passage in passages(document):
            if not passage.cited and self.matches(passage.text):
                yield self.finding(passage, "A statistic with no source: cite it as [n], or remove it.")


@register
class Advertising(Rule):
    code = "advertising"
    title = "Sales or promotional language"
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
    # Spanish translations: "compre", "oferta", "descuento", "envío gratis", "cura milagrosa"...
    PATTERN_ES = re.compile(
        r"\b(?:compr(?:e|a|ar|ando)(?:lo|la|los|las)?\b|haga (?:su )?pedido|ofertas?\b|descuentos?\b|"
        r"precios?\b|barat[oa]s?\b|(?:el )?mejor precio|env[ií]o gratis|milagr(?:o|os[oa]s?)\b|"
        r"garantizad[oa]s?\b|sin riesgos?\b|cura (?:el|su|todo)|cura milagrosa|curar[aá]\b|"
        r"farmacia en l[ií]nea|a[nñ]adir al carrito)",
        re.IGNORECASE,
    )
    NEGATION_ES = re.compile(r"\b(?:no|nunca|jam[aá]s|sin|ni)\b[^.]{0,40}$", re.IGNORECASE)

    def check(self, document):
        spanish = document.language == "es"
        pattern = self.PATTERN_ES if spanish else self.PATTERN
        negation = self.NEGATION_ES if spanish else self.NEGATION
        for passage in passages(document):
            for match in pattern.finditer(passage.text):
                if negation.search(passage.text[: match.start()]):
                    continue  # "there is no cure", "doctors do not expect to cure"
                yield self.finding(passage, f"Sales or promotional language (“{match.group(0)}”): the portal "
                                            "never sells or promises.")  # fmt: skip
                break


_AUTHORITIES = r"(?:experts|specialists|doctors|physicians|oncologists|surgeons|scientists|researchers|professors)"
_PRESTIGE = (
    r"(?:leading|top|top-rated|renowned|world-renowned|world-famous|famous|prominent|respected|well-known|"
    r"award-winning|eminent|distinguished|celebrated|elite)"
)
_INSTITUTIONS = (
    r"(?:experts?|specialists?|doctors?|physicians?|oncologists?|surgeons?|scientists?|researchers?|professors?|"
    r"hospitals?|clinics?|(?:cancer|medical|research) (?:cent(?:er|re)|institute)s?|universit(?:y|ies)|"
    r"institutions?|authorit(?:y|ies)|journals?)"
)
_FINDING_VERBS = (
    r"(?:shows?|showed|shown|suggests?|suggested|proves?|proved|proven|confirms?|confirmed|finds|found|indicates?|"
    r"indicated|reveals?|revealed|demonstrates?|demonstrated)"
)


@register
class UnnamedAuthority(Rule):
    """Appeals to an authority the reader cannot check: "experts say", "a leading specialist at a top
    hospital", "doctors agree", "research shows", "clinically proven". An error unless the sentence is cited.
    A reader's own care team ("your doctor may suggest", "ask your care team") is not an appeal."""

    code = "unnamed-authority"
    title = "Authority without a source"
    severity = ERROR
    PATTERN = re.compile(
        # "experts say", "most doctors now agree", "scientists have found"; not "your doctors say"
        rf"(?<!your )(?<!my )(?<!our )(?<!their )(?<!her )(?<!his )\b{_AUTHORITIES}\s+(?:\w+\s+)?"
        r"(?:say|said|agree|agreed|believe|claim|warn|swear|have (?:found|discovered|shown|proven)|found that|"
        r"discovered that|are (?:amazed|stunned|baffled))\b|"
        r"\b(?:an?|one)\s+(?:\w+\s+)?(?:expert|specialist|doctor|oncologist|scientist|researcher)\s+"
        r"(?:says|said|explains|explained|claims|warns|agrees)\b|"
        rf"\b{_PRESTIGE}\s+(?:\w+\s+)?{_INSTITUTIONS}\b|renowned|"
        # "research shows", "studies have shown", "a study found", "evidence suggests"; not "trials show whether"
        r"\b(?:research|studies|science|evidence|data|trials|(?:a|one|the|this|that) (?:\w+ )?(?:study|trial|survey|"
        rf"report|review))\s+(?:\w+\s+){{0,2}}?{_FINDING_VERBS}\b(?!\s+(?:whether|if|how|what|which|why)\b)|"
        r"\ba (?:recent|new|large|landmark|major|groundbreaking|ground-breaking|new) (?:study|survey|trial|report)|"
        r"\b(?:clinically|scientifically|medically) (?:proven|tested|shown)|"
        r"\baccording to (?:a|an|some|experts|doctors|specialists|scientists|research|researchers|studies|science)\b|"
        r"\bpublished in (?:the )?[A-Z][\w ]*(?:Journal|Lancet|Medicine|Oncology)|"
        r"\b(?:says|said|according to) Dr\.?\s",
        re.IGNORECASE,
    )

    def check(self, document):
        for passage in passages(document):
            if not passage.cited and (match := self.PATTERN.search(passage.text)):
                yield self.finding(passage, f"An authority without a reference (“{match.group(0).strip()}”): name "
                                            "the source and cite it as [n], or remove the claim.")  # fmt: skip


_MULTIPLE = (
    r"(?:twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|a hundred|\d+(?:\.\d+)?|several|many)"
    r"[- ]?(?:times|fold)|\d+(?:\.\d+)?\s?[x×])"
)
_EFFECTS = (
    r"(?:risks?|chances?|odds|survival|life(?:span| expectancy)?|rates?|response|effects?|benefits?|likelihood|"
    r"deaths?|recurrence|relapse|mortality|survivors?|outcomes?|cure|remission)"
)
_CHANGE_VERBS = (
    r"(?:cut|cuts|cutting|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|improv(?:e|es|ed|ing)|extend(?:s|ed|ing)?|"
    r"shrinks?|shrank|shrunk)"
)
_FRACTIONS = r"(?:in half|by half|in two|by (?:a|one) (?:third|quarter|half)|by two[- ]thirds|by three[- ]quarters)"


@register
class RelativeEffect(Rule):
    """How much better or worse without a source: "twice as likely", "halves the risk", "three times better",
    "doubles survival", "cuts the risk in half". An error unless the sentence is cited. Schedules and doses are
    not claims: "twice a day", "two times a week", "half a tablet", "a double dose", "cut the tablet in half".
    A number before the comparison ("3 times more likely", "50% less likely") is the statistic rule's."""

    code = "relative-effect"
    title = "Relative effect without a source"
    severity = ERROR
    PATTERN = re.compile(
        # "twice as likely", "three times better", "two-fold higher", "twice the risk", "2x more likely"
        rf"\b{_MULTIPLE}\s+(?:as\s+(?:likely|unlikely|effective|many|much|high|low|good|well|strong|safe|"
        r"powerful|common|deadly|big|great)|more|less|better|worse|higher|lower|greater|fewer|"
        r"safer|stronger|likelier|increase|decrease|reduction|rise|drop|improvement|"
        rf"(?:the|your|their|her)\s+{_EFFECTS})\b|"
        # "lived twice as long" (but "the first infusion takes twice as long" is a schedule)
        rf"\b(?:live|lives|lived|living|survive|survives|survived)\b[^.;!?]{{0,30}}?\b{_MULTIPLE}\s+as\s+long\b|"
        # "half as likely", "half the risk"
        rf"\bhalf\s+(?:as\s+(?:likely|many|much|often|effective|long)|(?:the|your|their|her)\s+{_EFFECTS})\b|"
        # "doubles survival", "halves the risk", "can double your chances", "triples the response rate"
        r"\b(?:doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)|halv(?:e|es|ed|ing))\s+"
        rf"(?:(?:the|your|their|her|a|one's)\s+)?(?:\w+\s+)?{_EFFECTS}\b|"
        # "cuts the risk of recurrence in half", "reduces your chances of relapse by a third"
        rf"\b{_CHANGE_VERBS}\s+(?:\w+\s+){{0,3}}?{_EFFECTS}\b[^.;!?]{{0,50}}?\b{_FRACTIONS}|"
        # "the risk was halved", "deaths fell by half"
        rf"\b{_EFFECTS}\s+(?:\w+\s+){{0,3}}?(?:halved|doubled|tripled|(?:dropped|drops|fell|falls|went down|rose|"
        rf"rises|went up)\s+{_FRACTIONS})",
        re.IGNORECASE,
    )

    def check(self, document):
        for passage in passages(document):
            if passage.cited or UnsourcedStatistic.matches(passage.text):
                continue  # a numeric comparison is already an unsourced statistic: one finding is enough
            if match := self.PATTERN.search(CITATION.sub("", passage.text)):
                yield self.finding(passage, f"A relative effect with no source (“{match.group(0).strip()}”): "
                                            "cite it as [n], or remove it.")  # fmt: skip


@register
class CitationIntegrity(Rule):
    code = "citation"
    title = "Citation numbers and references"
    severity = ERROR

    def check(self, document):
        positions = {reference.position for reference in document.references}
        cited = set()
        for name, text in document.fields.items():
            for number, line in enumerate(_lines(text), start=1):
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
    title = "Reference readers cannot follow"
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
    title = "Reading level"

    def check(self, document):
        prose = [p for p in passages(document) if not p.text.startswith(("|", "#")) and len(p.text.split()) > 3]
        text = " ".join(CITATION.sub("", p.text) for p in prose)
        if len(text.split()) < 100:
            return  # too short to measure fairly
        if document.language == "es":
            yield from self._spanish(prose, text)
            return
        measures = {
            "Flesch-Kincaid grade": textstat.flesch_kincaid_grade(text),
            "SMOG grade": textstat.smog_index(text),
        }
        if all(value <= READING_GRADE_TARGET for value in measures.values()):
            return
        verdicts = [
            f"{name} {value:.1f} is above the target of {READING_GRADE_TARGET}"
            if value > READING_GRADE_TARGET
            else f"{name} {value:.1f} is within the target of {READING_GRADE_TARGET}"
            for name, value in measures.items()
        ]
        hardest = sorted(prose, key=lambda p: textstat.flesch_kincaid_grade(CITATION.sub("", p.text)), reverse=True)[:3]
        listed = "; ".join(f"{p.where}: “{_excerpt(p.text, 80)}”" for p in hardest)
        first = hardest[0]
        yield Finding(self.code, WARNING, first.field, first.line, _excerpt(first.text),
                      f"{'; '.join(verdicts)} (patient material aims for grade 6 to 8). "
                      f"Hardest sentences: {listed}.")  # fmt: skip

    def _spanish(self, prose: list[Passage], text: str) -> Iterator[Finding]:
        """Fernández-Huerta (0-100, higher is easier): patient material reads as "normal" (60) or easier."""
        score = _SPANISH_TEXTSTAT.fernandez_huerta(text)
        if score >= FERNANDEZ_HUERTA_TARGET:
            return
        hardest = sorted(prose, key=lambda p: _SPANISH_TEXTSTAT.fernandez_huerta(CITATION.sub("", p.text)))[:3]
        listed = "; ".join(f"{p.where}: “{_excerpt(p.text, 80)}”" for p in hardest)
        first = hardest[0]
        yield Finding(self.code, WARNING, first.field, first.line, _excerpt(first.text),
                      f"Fernández-Huerta {score:.1f} is below {FERNANDEZ_HUERTA_TARGET} (“normal”); patient material "
                      f"in Spanish aims for normal or easier. Hardest sentences: {listed}.")  # fmt: skip


# Spanish text is measured by its own textstat instance: `set_lang` changes how syllables are counted,
# and the module-level functions the English rules use must keep counting English.
_SPANISH_TEXTSTAT = textstatistics()
_SPANISH_TEXTSTAT.set_lang("es")
FERNANDEZ_HUERTA_TARGET = 60  # Fernández-Huerta 60-70 reads as "normal"; 70 and above, easier


@register
class Freshness(Rule):
    code = "freshness"
    title = "Old source on a treatment topic"

    def check(self, document):
        if document.topic not in TREATMENT_TOPICS:
            return
        oldest_allowed = datetime.date.today().year - FRESHNESS_YEARS
        for reference in document.references:
            if reference.year and reference.year < oldest_allowed:
                message = f"A source from {reference.year} on a treatment topic: check it is still current."
                yield Finding(self.code, WARNING, "references", reference.position, _excerpt(reference.title), message)


# --- The FDA label's boxed warning -------------------------------------------------------------------------


@dataclass(frozen=True)
class BoxedRisk:
    """A risk a boxed warning can name: how the label says it, and the words (the label's own, or plain ones)
    that count as mentioning it in a summary's serious side effects."""

    name: str
    on_label: re.Pattern
    in_summary: re.Pattern
    for_example: str


def _risk(name: str, on_label: str, in_summary: str, for_example: str) -> BoxedRisk:
    return BoxedRisk(name, re.compile(on_label, re.I), re.compile(in_summary, re.I), for_example)


# The risks named by boxed warnings on medicines for breast cancer (and a few more). A boxed warning that
# names none of them gets a warning, so that a reviewer compares it by eye.
BOXED_RISKS = (
    _risk("heart damage (cardiomyopathy)",
          r"cardiomyopath|cardiac (?:toxicity|failure|dysfunction)|cardiotoxic|heart failure|left ventricular|"
          r"\bLVEF\b|myocardial|cardiovascular",
          r"heart|cardi|ventricular|\bLVEF\b", "“heart problems” or “heart failure”"),
    _risk("liver damage (hepatotoxicity)",
          r"hepatotoxic|hepatic (?:failure|impairment|injury|toxicity|necrosis)|liver (?:failure|injury|damage|"
          r"toxicity|problems)|hepatitis",
          r"liver|hepat|jaundice", "“liver problems” or “yellow skin or eyes (liver damage)”"),
    _risk("harm to an unborn baby (embryo-fetal toxicity)",
          r"embryo-?fetal|fetal (?:harm|toxicity)|oligohydramnios|teratogen|birth defects|pregnan",
          r"unborn|pregnan|fetus|fetal|foetal|birth defects?|\bbab(?:y|ies)\b", "“can harm an unborn baby”"),
    _risk("lung damage (interstitial lung disease, pneumonitis)",
          r"interstitial lung|\bILD\b|pneumonitis|pulmonary (?:toxicity|fibrosis|infiltrates)|respiratory distress|"
          r"lung (?:disease|damage|toxicity|problems)",
          r"lung|pneumonitis|interstitial|pulmonary (?!embol)", "“a lung problem (pneumonitis)”"),
    _risk("stroke", r"\bstrokes?\b|cerebrovascular", r"\bstrokes?\b|cerebrovascular", "“a stroke”"),
    _risk("blood clots (pulmonary embolism, thromboembolism)",
          r"pulmonary embol|thromboembol|thrombosis|\bDVT\b|\bVTE\b|blood clots?",
          r"\bclots?\b|embol|thromb|\bDVT\b", "“a blood clot in a leg or the lungs”"),
    _risk("cancer of the womb (uterine malignancies)",
          r"uterine (?:malignanc|cancer|sarcoma)|endometrial (?:cancer|carcinoma|adenocarcinoma)|"
          r"malignancies of the uterus",
          r"uter|womb|endometri", "“cancer of the womb (uterus)”"),
    _risk("a second cancer such as leukemia (secondary malignancies)",
          r"secondary (?:malignanc|cancer|leuk|acute)|second (?:primary )?malignanc|leuk(?:a)?emia|myelodysplas|"
          r"\bAML\b|\bMDS\b",
          r"leuk(?:a)?emia|myelodysplas|\bAML\b|\bMDS\b|(?:second|new|another|other|later) (?:\w+ )?cancers?|"
          r"blood cancer|secondary (?:malignanc|cancer)",
          "“a second cancer, such as leukemia, years later”"),
    _risk("serious allergic or infusion reactions (hypersensitivity)",
          r"hypersensitivity|anaphyla|angioedema|infusion(?:-related)? reactions?|allergic",
          r"allerg|anaphyla|hypersensitiv|infusion(?:-related)? reaction|reactions? (?:during|to|after) (?:the |an |"
          r"your )?(?:infusion|drip)",
          "“a serious allergic reaction” or “a reaction during the drip”"),
    _risk("low white blood cell counts (neutropenia)",
          r"neutropeni|myelosuppress|bone marrow suppression|agranulocyt|low (?:neutrophil|white blood cell)|"
          r"neutrophil counts?",
          r"neutro|white (?:blood )?cells?|blood counts?|bone marrow|infections?|myelosuppress",
          "“fever or other signs of infection (low white blood cells)”"),
    _risk("serious infections", r"serious infections?|sepsis|opportunistic infection",
          r"infections?|sepsis", "“fever or other signs of infection”"),
    _risk("death (treatment-related mortality)",
          # named as a risk of its own ("toxic deaths", "treatment-related mortality", "death from stroke"), not
          # "some were fatal" or "deaths have been reported" about a risk named beside it
          r"mortality|toxic deaths?|treatment-related deaths?|deaths? (?:from|due to|related to)|risk of death",
          r"death|\bdie\b|\bdied\b|dying|fatal|life-threatening|deadly|can kill",
          "“can be life-threatening” or “can cause death”"),
    _risk("severe diarrhea", r"diarrh", r"diarrh|loose (?:stools|bowel)|watery (?:stools|poo)",
          "“diarrhea that is severe or does not stop”"),
    _risk("tissue damage if the medicine leaks from the vein (extravasation)",
          r"extravasation|tissue necrosis|vesicant",
          r"extravasat|necrosis|\bleak|(?:needle|drip|injection|infusion) (?:site|goes in)|where the \w+ goes in",
          "“pain or burning where the drip goes in: it can damage the skin if it leaks”"),
    _risk("low calcium (hypocalcemia)", r"hypocalc(?:a)?emia", r"calcium|hypocalc", "“low calcium in the blood”"),
    _risk("bleeding (with blood thinners such as warfarin)", r"warfarin|coumarin|bleeding|hemorrhag|haemorrhag",
          r"bleed|blood thinner|warfarin|hemorrhag|haemorrhag", "“unusual bleeding or bruising”"),
    _risk("fluid retention", r"fluid retention|\b(?:o?edema)|capillary leak", r"fluid|\bo?edema|swell",
          "“swelling or fluid build-up”"),
)  # fmt: skip


def boxed_warning_risks(boxed_warning: str) -> list[tuple[BoxedRisk, str]]:
    """The risks a boxed warning names, each with the words that named it."""
    return [(risk, match.group(0)) for risk in BOXED_RISKS if (match := risk.on_label.search(boxed_warning or ""))]


@register
class BoxedWarning(Rule):
    """A medicine summary's serious side effects must mention each risk its FDA label's boxed warning names."""

    code = "boxed-warning"
    title = "Boxed-warning risk missing from serious side effects"
    severity = ERROR
    FIELD = "serious_side_effects"

    def check(self, document):
        warning = " ".join((document.boxed_warning or "").split())
        if not warning:
            return
        risks = boxed_warning_risks(warning)
        summary = document.fields.get(self.FIELD) or ""
        for risk, words in risks:
            if not risk.in_summary.search(summary):
                # The excerpt names the risk, not the label's wording, so the finding's key stays the same
                # while the summary is edited and the label reworded.
                yield Finding(self.code, ERROR, self.FIELD, 0, f"Boxed warning: {risk.name}",
                              f"The FDA label's boxed warning names {risk.name}, as “{words}”, and the serious "
                              f"side effects do not mention it. Say it in plain words, for example "
                              f"{risk.for_example}.")  # fmt: skip
        if not risks:
            yield Finding(self.code, WARNING, self.FIELD, 0, _excerpt(f"Boxed warning: {warning}"),
                          "The check does not recognize the risks this boxed warning names: compare it with the "
                          "serious side effects yourself.")  # fmt: skip


def lint(document: Document) -> list[Finding]:
    findings = [finding for rule in RULES for finding in rule.check(document)]
    order = {name: position for position, name in enumerate(document.fields)}  # fields in the editor's order
    return sorted(findings, key=lambda f: (f.severity != ERROR, order.get(f.field, len(order)), f.field, f.line))


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
