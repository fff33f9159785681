"""Reading a Structured Product Label (SPL, HL7 v3 XML) from DailyMed: which label it is, its
version and date, and the text of the sections a medicine summary is checked against.

The document comes from the internet, so it is parsed with defusedxml, which refuses a document
type declaration, entities and external references instead of resolving them (no file or network
read can be smuggled in through the label). A document for another set id than the one asked for
is refused too: it would put another medicine's label on this one's page.
"""

import datetime
import hashlib
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from articles.labels.client import LabelSourceError
from articles.labels.models import LabelSection

HL7 = "{urn:hl7-org:v3}"
# LOINC codes of the SPL sections we keep (section/code/@code).
SECTION_CODES = {
    "34066-1": LabelSection.BOXED_WARNING,
    "34067-9": LabelSection.INDICATIONS,
    "43685-7": LabelSection.WARNINGS_AND_PRECAUTIONS,
    "43683-2": LabelSection.RECENT_MAJOR_CHANGES,
}
# Markup inside a run of text; every other element (paragraph, list item, table cell, title...)
# is a block, and its words are kept apart from the next block's.
INLINE_ELEMENTS = {"content", "sub", "sup", "linkHtml", "renderMultiMedia", "footnoteRef"}


@dataclass(frozen=True)
class LabelDocument:
    setid: str
    version: int
    effective_date: datetime.date
    title: str
    sections: dict[str, str]  # LabelSection value -> normalised text ("" when the label has none)

    @property
    def hashes(self) -> dict[str, str]:
        return {name: section_hash(text) for name, text in self.sections.items()}


def section_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def normalise(text: str) -> str:
    return " ".join(text.split())


def _text(element: Element) -> str:
    """The words of an element, blocks separated by spaces, inline markup joined to its words."""
    parts = [element.text or ""]
    for child in element:
        name = child.tag.removeprefix(HL7) if isinstance(child.tag, str) else ""
        if name == "code":  # the section's LOINC code carries no text of the label
            parts.append(child.tail or "")
            continue
        separator = "" if name in INLINE_ELEMENTS else " "
        parts.extend([separator, _text(child), separator, child.tail or ""])
    return "".join(parts)


def _attribute(root: Element, path: str, attribute: str) -> str:
    element = root.find(path)
    value = element.get(attribute) if element is not None else None
    if not value:
        raise LabelSourceError(f"the label has no {path.replace(HL7, '')}/@{attribute}")
    return value.strip()


def read_spl(content: bytes, *, expected_setid: str) -> LabelDocument:
    """The label in `content`, which must be the SPL document of `expected_setid`."""
    try:
        root = fromstring(content, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise LabelSourceError(
            f"the label declares a document type, entities or external references, which are refused ({error})"
        ) from None
    except (ParseError, ValueError) as error:
        raise LabelSourceError(f"the label is not well-formed XML ({error})") from None
    if root.tag != f"{HL7}document":
        raise LabelSourceError(f"the answer is not an SPL document (its root element is {root.tag!r})")

    setid = _attribute(root, f"{HL7}setId", "root").lower()
    if setid != expected_setid.lower():
        raise LabelSourceError(f"DailyMed answered set id {expected_setid} with the label of another set id ({setid})")
    try:
        version = int(_attribute(root, f"{HL7}versionNumber", "value"))
        effective = _attribute(root, f"{HL7}effectiveTime", "value")
        effective_date = datetime.datetime.strptime(effective[:8], "%Y%m%d").date()
    except ValueError as error:
        raise LabelSourceError(f"the label's version or date cannot be read ({error})") from None

    sections = dict.fromkeys(LabelSection.values, "")
    for section in root.iter(f"{HL7}section"):
        code = section.find(f"{HL7}code")
        name = SECTION_CODES.get(code.get("code", "") if code is not None else "")
        # The first section of each code: a nested one with the same code is already in its text.
        if name and not sections[name]:
            sections[name] = normalise(_text(section))
    title = root.find(f"{HL7}title")
    return LabelDocument(
        setid=setid,
        version=version,
        effective_date=effective_date,
        title=normalise(_text(title)) if title is not None else "",
        sections=sections,
    )
