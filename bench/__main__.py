"""`make bench`: run every benchmark script in bench/ (files named bench_*.py), one after another.

Benchmarks are never imported by the portal and never pass or fail in tests; each script prints
its own table and writes bench/results/<name>.md; the sections are gathered into bench/RESULTS.md
(see DESIGN.md, "Benchmark conditions").
"""

import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def main() -> int:
    scripts = sorted(BENCH_DIR.glob("bench_*.py"))
    if not scripts:
        print("bench/ holds no benchmark yet (files named bench_*.py); nothing to run.")
        return 0
    failures = 0
    for script in scripts:
        print(f"== {script.name}", flush=True)
        failures += subprocess.run([sys.executable, str(script)], cwd=BENCH_DIR.parent).returncode != 0
    gather()
    return 1 if failures else 0


def gather() -> None:
    # The page benchmark (with the run's conditions) first, then the others by name.
    paths = sorted((BENCH_DIR / "results").glob("*.md"), key=lambda path: (path.stem != "pages", path.stem))
    sections = [path.read_text().strip() for path in paths]
    (BENCH_DIR / "RESULTS.md").write_text("\n\n".join(sections) + "\n")


if __name__ == "__main__":
    sys.exit(main())
