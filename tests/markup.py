"""Inspecting rendered HTML for executable markup, the way a browser's parser sees it."""

from html.parser import HTMLParser

XSS_PAYLOADS = [
    "<script>alert('xss')</script>",
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    "[click me](javascript:alert(1))",
    "[click me](JaVaScRiPt:alert(1))",
    '<a href="javascript:alert(1)">link</a>',
    "[x](&#106;avascript:alert(1))",
    "<iframe src='https://evil.example'></iframe>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<div style="width: expression(alert(1))">css</div>',
    "<math><mi xlink:href='javascript:alert(1)'>m</mi></math>",
    "![tracking pixel](https://evil.example/pixel.png)",
    "'';!--\"<XSS>=&{()}",
]

FORBIDDEN_TAGS = {"script", "iframe", "svg", "math", "style", "img", "object", "embed", "xss", "base", "link", "meta"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcdoc"}


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if not self.in_body:
            return
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "form" and not (dict(attrs).get("action") or "").startswith("/"):
            self.problems.append("<form> posting off the site")
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name == "style":
                self.problems.append(f"inline style on <{tag}>")
            if name in URL_ATTRIBUTES and value.startswith(("javascript:", "data:", "vbscript:")):
                self.problems.append(f"{name}={value!r} on <{tag}>")


def executable_markup(html: str) -> list[str]:
    """What in the page's body could run script, load from elsewhere or restyle the page."""
    collector = _Collector()
    collector.feed(html)
    return collector.problems
