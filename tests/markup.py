"""Inspecting rendered HTML for executable markup, the way a browser's parser sees it."""

import re
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


def injected_markup(html: str) -> list[str]:
    """For staff pages, which carry the admin's own scripts and styles: what could run script that
    did not come from our static files (event handlers, script: URLs, inline scripts, SVG, frames)."""
    # The admin draws its icons with inline SVG; an injected <svg> could only act through a handler.
    allowed = {"<style> element", "<link> element", "<meta> element", "<img> element", "<svg> element"}
    collector = _Collector()
    collector.in_body = True
    collector.feed(html)
    problems = [problem for problem in collector.problems
                if problem not in allowed and not problem.startswith("inline style")
                and problem not in ("<form> posting off the site", "<iframe> element")]  # fmt: skip
    # Staff forms post to their own page (action=""); the review page frames our own preview.
    problems += [f"<form action={action!r}>" for action in re.findall(r'<form\b[^>]*\baction="([^"]*)"', html)
                 if action and not action.startswith("/")]  # fmt: skip
    problems += [f"<iframe src={src!r}>" for src in re.findall(r'<iframe\b[^>]*\bsrc="([^"]*)"', html)
                 if not src.startswith("/admin/")]  # fmt: skip
    # The admin's own scripts load from /static/ and /admin/jsi18n/; an inline one is not ours.
    scripts = re.findall(r"<script\b([^>]*)>", html, flags=re.IGNORECASE)
    foreign = [attrs for attrs in scripts if not re.search(r'\bsrc="/(static/|admin/jsi18n/)', attrs)
               and "application/json" not in attrs and "application/ld+json" not in attrs]  # fmt: skip
    return [problem for problem in problems if problem != "<script> element"] + [
        f"<script{attrs}> not from /static/" for attrs in foreign
    ]
