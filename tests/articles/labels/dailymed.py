"""A stand-in for DailyMed's web services, on a free local port, serving labels the test writes.

`FakeDailyMed.publish(setid, ...)` adds a label version (the newest first in the history, as
DailyMed lists them); `answer(path, ...)` makes one path answer something else (an error status, a
slow answer, a raw body). Every request's path is recorded in `requests`, so tests can say what was
fetched, and what was not.
"""

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

BOXED_WARNING = (
    "WARNING: UTERINE MALIGNANCIES, STROKE AND PULMONARY EMBOLISM. Serious and life-threatening events "
    "associated with tamoxifen in the risk reduction setting include uterine malignancies, stroke and "
    "pulmonary embolism."
)
INDICATIONS = (
    "Tamoxifen is an estrogen agonist/antagonist indicated to treat metastatic breast cancer in women and "
    "men, and as adjuvant treatment of adult patients with early stage estrogen receptor-positive breast cancer."
)
WARNINGS = "5.1 Uterine malignancies. 5.2 Thromboembolic events. 5.3 Effects on the liver."
RECENT_CHANGES = ""


def spl_xml(
    setid: str,
    version: int,
    effective: str,
    *,
    boxed_warning=BOXED_WARNING,
    indications=INDICATIONS,
    warnings=WARNINGS,
    recent_changes=RECENT_CHANGES,
    prolog: str = "",
    extra_text: str = "",
) -> bytes:
    """An SPL document shaped like DailyMed's (HL7 v3, the four sections by their LOINC codes)."""

    def section(code: str, name: str, title: str, text: str) -> str:
        if not text:
            return ""
        paragraphs = "".join(f"<paragraph>{escape(part.strip())}.</paragraph>" for part in text.rstrip(".").split(". "))
        return (
            f'<component><section ID="s{code}"><id root="{setid}-{code}"/>'
            f'<code code="{code}" codeSystem="2.16.840.1.113883.6.1" displayName="{name}"/>'
            f"<title>{escape(title)}</title><text>{paragraphs}{extra_text}</text></section></component>"
        )

    body = "".join([
        section("43683-2", "RECENT MAJOR CHANGES SECTION", "RECENT MAJOR CHANGES", recent_changes),
        section("34066-1", "BOXED WARNING SECTION", "BOXED WARNING", boxed_warning),
        section("34067-9", "INDICATIONS &amp; USAGE SECTION", "1 INDICATIONS AND USAGE", indications),
        section("43685-7", "WARNINGS AND PRECAUTIONS SECTION", "5 WARNINGS AND PRECAUTIONS", warnings),
        section("34084-4", "ADVERSE REACTIONS SECTION", "6 ADVERSE REACTIONS", "Hot flashes. Nausea."),
    ])  # fmt: skip
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}\n'
        f'<document xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<id root="0f0e0d0c-0000-4000-8000-{version:012d}"/>'
        f'<code code="34391-3" codeSystem="2.16.840.1.113883.6.1" displayName="HUMAN PRESCRIPTION DRUG LABEL"/>'
        f"<title>These highlights do not include all the information needed to use "
        f'<content styleCode="bold">TAMOXIFEN CITRATE</content> tablets safely and effectively.</title>'
        f'<effectiveTime value="{effective}"/><setId root="{setid}"/><versionNumber value="{version}"/>'
        f"<component><structuredBody>{body}</structuredBody></component></document>"
    ).encode()


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    delay: float = 0.0
    content_type: str = "application/xml"
    headers: dict = field(default_factory=dict)


class FakeDailyMed:
    def __init__(self):
        self.versions: dict[str, list[tuple[int, str]]] = {}  # setid -> [(version, published)] newest first
        self.documents: dict[str, bytes] = {}  # setid -> the current document
        self.answers: dict[str, list[Answer]] = {}  # path -> answers, in turn (the last one repeats)
        self.requests: list[str] = []
        self.user_agents: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the name http.server calls
                fake.requests.append(self.path)
                fake.user_agents.append(self.headers.get("User-Agent", ""))
                answer = fake._answer(self.path)
                if answer.delay:
                    time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", answer.content_type)
                    self.send_header("Content-Length", str(len(answer.body)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/dailymed/services/v2"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def publish(self, setid: str, version: int, published: str, effective: str, **sections) -> None:
        """A new label version: newest in the history, and the document DailyMed serves."""
        self.versions.setdefault(setid, []).insert(0, (version, published))
        self.documents[setid] = spl_xml(setid, version, effective, **sections)

    def answer(self, path: str, *answers: Answer) -> None:
        self.answers[path] = list(answers)

    def paths(self, suffix: str) -> list[str]:
        return [path for path in self.requests if path.endswith(suffix)]

    def _answer(self, path: str) -> Answer:
        route = path.removeprefix("/dailymed/services/v2")
        if route in self.answers:
            queue = self.answers[route]
            return queue.pop(0) if len(queue) > 1 else queue[0]
        if route.startswith("/spls/") and route.endswith("/history.json"):
            setid = route.removeprefix("/spls/").removesuffix("/history.json")
            if setid in self.versions:
                history = [{"spl_version": v, "published_date": p} for v, p in self.versions[setid]]
                body = {"metadata": {"total_elements": len(history)}, "data": {"history": history}}
                return Answer(body=json.dumps(body).encode(), content_type="application/json")
        if route.startswith("/spls/") and route.endswith(".xml"):
            setid = route.removeprefix("/spls/").removesuffix(".xml")
            if setid in self.documents:
                return Answer(body=self.documents[setid])
        return Answer(status=404, body=b'{"error": "not found"}', content_type="application/json")
