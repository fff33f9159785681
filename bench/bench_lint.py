"""Editorial check speed: `lint_content` on a 5,000-word article must take under 200 ms.

Times the lint engine alone (median of 21 runs) and the whole `manage.py lint_content` command
once; writes bench/results/lint.md.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from articles import lint  # noqa: E402 - after the path is set

SENTENCES = [
    "Treatment for stage four breast cancer aims to control the cancer and help you feel well [1].",
    "Your care team will explain each choice and what side effects to expect [2].",
    "Some medicines are given as a drip in a clinic, and others are tablets taken at home.",
    "Write down your questions before each appointment and bring someone with you if you can.",
]
GOAL_MS = 200


def article(words: int = 5400) -> str:
    parts, count, n = ["# A long article", ""], 0, 0
    while count < words:
        sentence = SENTENCES[n % len(SENTENCES)]
        parts.append(sentence if n % 12 else f"\n## Part {n // 12 + 1}\n")
        count += len(sentence.split())
        n += 1
    parts += ["", "## References", "", "1. National Cancer Institute. https://www.cancer.gov/a",
              "2. American Cancer Society. https://www.cancer.org/b"]  # fmt: skip
    return "\n".join(parts)


def main() -> int:
    text = article()
    words = len(text.split())
    timings = []
    for _ in range(21):
        start = time.perf_counter()
        findings = lint.lint_text(text)
        timings.append((time.perf_counter() - start) * 1000)
    engine_ms = statistics.median(timings)
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as handle:
        handle.write(text)
    start = time.perf_counter()
    subprocess.run([sys.executable, "manage.py", "lint_content", handle.name], cwd=REPOSITORY,
                   env={**os.environ, "DJANGO_DEBUG": "1"}, capture_output=True)  # fmt: skip
    command_ms = (time.perf_counter() - start) * 1000
    os.unlink(handle.name)
    verdict = "met" if engine_ms < GOAL_MS else "NOT met"
    result = f"""## Editorial check (lint)

A {words:,}-word article with {len(findings)} finding(s): the lint engine takes {engine_ms:.0f} ms (median
of 21; goal < {GOAL_MS} ms: {verdict}). The whole `manage.py lint_content` command, Python and Django
start-up included, took {command_ms:.0f} ms.
"""
    print(result)
    (REPOSITORY / "bench" / "results" / "lint.md").write_text(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
