"""Page benchmark (run by `make bench`): requests per second and latency of the public pages.

Conditions, from DESIGN.md: production settings with DJANGO_BEHIND_TLS_PROXY=1; wrk sends
X-Forwarded-Proto: https (no redirects measured); `wrk -t2 -c16 -d20s` after a warm-up; the median
of 3 interleaved rounds; nginx serving the same article HTML as a static file in the same run, as
the ceiling. Data: 5,000 articles of 1,500-2,500 words with 10 references each, all medicines, the
glossary, the sample Spanish topics, medicines and glossary terms and a Spanish translation of the
measured article (its "Spanish article" rows), in a database of its own (`portal_bench`). Prints a
table and writes bench/RESULTS.md.

Environment: BENCH_SECONDS (default 20) shortens each run for a quick look; the figures written
then say so. Needs wrk and nginx (Debian packages; installed with apt-get when missing and root).
"""

import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

REPOSITORY = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("BENCH_SECONDS", "20"))
ROUNDS = 3
BENCH_DATABASE = "portal_bench"
ARTICLE = "/articles/bench-article-2500/"
SPANISH_ARTICLE = "/es/articles/bench-article-2500/"  # its Spanish translation (bench/data.py: SPANISH_ARTICLE)
PAGES = {  # every public page type, named as issue 23 names them
    "article": ARTICLE,
    "Spanish article": SPANISH_ARTICLE,
    "topic page": "/topics/chemotherapy/",
    "home page": "/",
    "/medicines/": "/medicines/",
    "/medicines/ filtered": "/medicines/?hr_status=positive&her2_status=zero",
    "medicine page": "/medicines/tamoxifen/",
    "glossary": "/glossary/",
    "which pages fit me": "/which-pages-fit-me/?hr_status=positive&her2_status=zero",
    "support directory": "/support/?q=support",
    "organization page": "/support/cancercare/",
    "search": "/search/?q=hormone+therapy",
}
TARGETS = {  # name: (server, path)
    **{f"{page}, page cache {state}": (server, path) for page, path in PAGES.items()
       for state, server in (("on", "cached"), ("off", "uncached"))},
    "nginx, same article as a file": ("nginx", "/article.html"),
}  # fmt: skip
GOALS = {  # requests/s at least, p99 in ms under
    "article, page cache on": (2000, 50),
    "Spanish article, page cache on": (2000, 50),
    **{f"{page}, page cache off": (300, 100) for page in PAGES},
}
# The approval run: this many different article pages kept warm, then one of them approved.
WARM_PAGES = 50
APPROVAL_RUN_SECONDS = 30
RSS_GOAL_MB = 120


def ensure_tools() -> None:
    missing = [
        tool for tool in ("wrk", "nginx") if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists()
    ]
    if missing and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)
    elif missing:
        sys.exit(f"bench needs {', '.join(missing)}: apt-get install {' '.join(missing)}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bench_database_url(name: str = BENCH_DATABASE) -> str:
    """A database of the benchmark's own, created when missing, beside DATABASE_URL's or embedded."""
    if os.environ.get("DATABASE_URL"):
        base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        return f"{base}/{name}"
    import psycopg2

    sys.path.insert(0, str(REPOSITORY))
    from portal.embedded_db import embedded_database_settings

    db = embedded_database_settings(REPOSITORY / ".data" / "postgres")
    connection = psycopg2.connect(dbname="postgres", user=db["USER"], host=db["HOST"], port=db["PORT"])
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    return f"postgresql://{db['USER']}:@{quote(db['HOST'], safe='')}:{db['PORT']}/{name}"


def clean_env() -> dict:
    """This process's environment without DJANGO_ settings: each server gets the benchmark's own."""
    return {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}


def production_env(**extra: str) -> dict:
    """Production settings behind a TLS proxy, on the benchmark's database (DESIGN.md's conditions)."""
    return {
        "DATABASE_URL": bench_database_url(),
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_BEHIND_TLS_PROXY": "1",
        **extra,
    }


def django_in_this_process(database: str = BENCH_DATABASE) -> None:
    """Django set up here, page cache off, on a benchmark database: for in-process measurements."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings", DJANGO_SECRET_KEY="bench-" + "k" * 60,
        DJANGO_ALLOWED_HOSTS="testserver", DJANGO_CACHE_URL="dummy://", DATABASE_URL=bench_database_url(database),
    )  # fmt: skip
    import django

    django.setup()


def gunicorn_command(port: int) -> list[str]:
    return [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]


def setup(env: dict) -> None:
    """Django in this process with `env`: migrate, collect static files, build the data set."""
    os.environ.update(env, DJANGO_SETTINGS_MODULE="portal.settings")
    sys.path.insert(0, str(REPOSITORY))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    from bench.data import generate

    generate()


def prepare(env: dict) -> dict[str, int]:
    """`setup`, then count the SQL queries of each page rendered (no cache)."""
    setup({**env, "DJANGO_CACHE_URL": "dummy://"})
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client, queries = Client(), {}
    for server, path in TARGETS.values():
        if server != "nginx":
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path, secure=True, HTTP_HOST="127.0.0.1")
            assert response.status_code == 200, (path, response.status_code)
            queries[path] = len(captured)
    return queries


class Server:
    """A server process; its output goes to `log` when given (never to a pipe nobody reads, which
    would block it once full)."""

    def __init__(self, command, env=None, cwd=REPOSITORY, log: Path | None = None):
        self.log = log
        with open(log or os.devnull, "wb") as output:
            self.process = subprocess.Popen(command, env=env, cwd=cwd, stdout=output, stderr=output)
        self.peak_rss = 0

    def sample(self):
        import psutil

        try:
            workers = psutil.Process(self.process.pid).children()
            self.peak_rss = max([self.peak_rss] + [worker.memory_info().rss for worker in workers])
        except psutil.Error:
            pass

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def wait_for(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not come up")


def fetch(url: str, headers: dict[str, str] | None = None) -> bytes:
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https", **(headers or {})})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


def serve_article_file(workdir: Path, html: bytes) -> Path:
    """The folder nginx serves the article from as a file, readable by nginx's workers."""
    static = workdir / "static"
    static.mkdir()
    static.chmod(0o755)
    (static / "article.html").write_bytes(html)
    (static / "article.html").chmod(0o644)
    return static


def start_nginx(workdir: Path) -> Server:
    """nginx in the foreground with workdir/nginx.conf."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    return Server([nginx, "-p", str(workdir), "-c", str(workdir / "nginx.conf"), "-g", "daemon off;"])


def wrk(url: str, seconds: int, headers: dict[str, str] | None = None, connections: int = 16) -> dict:
    """requests/s, p50 and p99 in ms, and errors (non-2xx/3xx answers included; also apart, as
    non_2xx and socket_errors) of one wrk run, under DESIGN.md's conditions; `headers` adds request
    headers (Accept-Encoding for gzip rows)."""
    extra = [part for name, value in (headers or {}).items() for part in ("-H", f"{name}: {value}")]
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", "X-Forwarded-Proto: https", *extra,
         url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return parse_wrk(output)


def parse_wrk(output: str) -> dict:
    """The figures of one wrk run's output (run with --latency)."""

    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    non_2xx = int(non_2xx.group(1)) if non_2xx else 0
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency(50),
        "p99": latency(99),
        "errors": socket_errors + non_2xx,
        "non_2xx": non_2xx,
        "socket_errors": socket_errors,
    }


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def cpu_model() -> str:
    return next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")


def shortened_run_note() -> str:
    if SECONDS == 20:
        return ""
    return f"**Shortened run ({SECONDS} s per measurement): not under DESIGN.md's conditions.**"


def write_result(name: str, text: str) -> None:
    """Print a benchmark's section and keep it as bench/results/<name>.md (make bench gathers them)."""
    print(text)
    (REPOSITORY / "bench" / "results" / f"{name}.md").write_text(text)


def main() -> int:
    ensure_tools()
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    workdir.chmod(0o755)  # nginx's workers run as another user
    base_env, production = clean_env(), production_env()
    print("preparing the data set (first run: a few minutes)...", flush=True)
    queries = prepare(production)

    ports = {"cached": free_port(), "uncached": free_port(), "nginx": free_port()}
    servers = {}
    for name, cache_url in (("cached", f"file://{workdir}/cache"), ("uncached", "dummy://")):
        env = {**base_env, **production, "DJANGO_CACHE_URL": cache_url}
        servers[name] = Server(gunicorn_command(ports[name]), env=env)
        wait_for(f"http://127.0.0.1:{ports[name]}/healthz")
    static = serve_article_file(workdir, fetch(f"http://127.0.0.1:{ports['cached']}{ARTICLE}"))
    (workdir / "nginx.conf").write_text(
        f"worker_processes 2;\npid {workdir}/nginx.pid;\nerror_log {workdir}/nginx-error.log;\n"
        "events { worker_connections 1024; }\n"
        f"http {{ access_log off; types {{ text/html html; }} server {{ listen 127.0.0.1:{ports['nginx']}; "
        f"root {static}; }} }}\n"
    )
    servers["nginx"] = start_nginx(workdir)
    wait_for(f"http://127.0.0.1:{ports['nginx']}/article.html")

    sizes = {name: len(fetch(f"http://127.0.0.1:{ports[server]}{path}")) for name, (server, path) in TARGETS.items()}
    sampling = threading.Event()

    def sample_memory():
        while not sampling.is_set():
            for name in ("cached", "uncached"):
                servers[name].sample()
            time.sleep(0.25)

    sampler = threading.Thread(target=sample_memory, daemon=True)
    sampler.start()
    results: dict[str, list[dict]] = {name: [] for name in TARGETS}
    try:
        for server, path in TARGETS.values():  # warm-up: every page rendered and cached
            wrk(f"http://127.0.0.1:{ports[server]}{path}", 3)
        for round_number in range(1, ROUNDS + 1):
            for name, (server, path) in TARGETS.items():
                results[name].append(wrk(f"http://127.0.0.1:{ports[server]}{path}", SECONDS))
                print(f"round {round_number}: {name}: {results[name][-1]['rps']:.0f} requests/s", flush=True)
        cached_env = {**base_env, **production, "DJANGO_CACHE_URL": f"file://{workdir}/cache"}
        approval = approval_run(ports["cached"], cached_env, workdir)
    finally:
        sampling.set()
        for server in servers.values():
            server.stop()
    report(results, sizes, queries, servers, approval)
    return 0


def approve_a_new_version(slug: str) -> None:
    """In a process of its own, with the cached server's environment (so the approval stamps the
    same page cache the server reads): approve a new version of one article, as a reviewer would."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    sys.path.insert(0, str(REPOSITORY))
    import django

    django.setup()
    from articles import lint, services
    from articles.models import ReviewedItem
    from bench.data import _users

    author, reviewer = _users()
    live = ReviewedItem.objects.get(kind="article", slug=slug).live_revision
    content, references, medicines = services.revision_content(live)
    content.update(body=content["body"] + "\n\nA sentence added for the benchmark.", change_summary="Benchmark.")
    revision = services.revision_save(item=live.item, author=author, based_on=live, content=content,
                                      references=references, related_medicine_ids=medicines)  # fmt: skip
    services.revision_submit(revision=revision, user=author)
    # The generated articles are filler text: its editorial findings are approved with a reason.
    errors = lint.errors(services.revision_findings(revision))
    services.revision_approve(revision=revision, reviewer=reviewer, overrides={f.key: "Benchmark." for f in errors})


def is_page_cache_hit(url: str) -> bool:
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()
        return response.headers.get("X-Page-Cache") == "hit"


def approval_run(port: int, env: dict, workdir: Path) -> str:
    """Issue 23's run: WARM_PAGES different article pages warm, one of them approved; the hit
    ratio over them right after (only the pages showing it may miss), then p99 under -c16 load
    over APPROVAL_RUN_SECONDS with the approval a third of the way in."""
    base = f"http://127.0.0.1:{port}"
    paths = [f"/articles/bench-article-{n}/" for n in range(0, 5000, 5000 // WARM_PAGES)][:WARM_PAGES]
    approve = [sys.executable, "-m", "bench.bench_pages", "approve", paths[0].split("/")[2]]

    def warm():
        for path in paths:
            fetch(base + path)
        assert all(is_page_cache_hit(base + path) for path in paths), "pages did not stay cached"

    warm()
    subprocess.run(approve, env=env, cwd=REPOSITORY, check=True)
    missed = [path for path in paths if not is_page_cache_hit(base + path)]
    warm()
    script = workdir / "pages.lua"
    script.write_text(
        "paths = {" + ", ".join(f'"{path}"' for path in paths) + "}\ni = 0\n"
        "request = function()\n  i = i % #paths + 1\n  return wrk.format(nil, paths[i])\nend\n"
    )
    under_load = {}

    def load():
        output = subprocess.run(
            ["wrk", "-t2", "-c16", f"-d{APPROVAL_RUN_SECONDS}s", "--latency", "-H", "X-Forwarded-Proto: https",
             "-s", str(script), base],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        under_load.update(parse_wrk(output))

    runner = threading.Thread(target=load)
    runner.start()
    time.sleep(APPROVAL_RUN_SECONDS / 3)
    subprocess.run(approve, env=env, cwd=REPOSITORY, check=True)
    runner.join()
    ratio = (len(paths) - len(missed)) / len(paths)
    return f"""## One approval among {len(paths)} warm pages

{len(paths)} different article pages in the page cache, then a new version of `{paths[0]}` approved.
Right after: {len(paths) - len(missed)} of {len(paths)} still served from the cache (hit ratio
{ratio:.0%}); missed: {", ".join(f"`{path}`" for path in missed) or "none"} (the page itself, and
pages linking it by title, must miss).

Under `wrk -t2 -c16 -d{APPROVAL_RUN_SECONDS}s` cycling through the same pages, the approval
{APPROVAL_RUN_SECONDS // 3} s in: {under_load["rps"]:,.0f} requests/s, p50 {under_load["p50"]:.2f} ms,
p99 {under_load["p99"]:.2f} ms, {under_load["errors"]} errors.
"""


def report(results, sizes, queries, servers, approval: str = "") -> None:
    rows = []
    met = []
    for name, (server, path) in TARGETS.items():
        runs = results[name]
        rps = statistics.median(run["rps"] for run in runs)
        p50 = statistics.median(run["p50"] for run in runs)
        p99 = statistics.median(run["p99"] for run in runs)
        errors = sum(run["errors"] for run in runs)
        sql = "—" if server == "nginx" else ("0 on a hit" if server == "cached" else str(queries[path]))
        rows.append(f"| {name} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | {errors} | {sizes[name]:,} | {sql} |")
        if name in GOALS:
            goal_rps, goal_p99 = GOALS[name]
            met.append(f"- {name}: {rps:,.0f} requests/s (goal {goal_rps:,}), p99 {p99:.1f} ms (goal < {goal_p99} ms): "
                       + ("met" if rps >= goal_rps and p99 < goal_p99 else "NOT met"))  # fmt: skip
    peak = {name: servers[name].peak_rss / 1024 / 1024 for name in ("cached", "uncached")}
    for name, mb in peak.items():
        met.append(f"- peak RSS of one worker, cache {'on' if name == 'cached' else 'off'}: {mb:.0f} MB (goal < "
                   f"{RSS_GOAL_MB} MB): " + ("met" if mb < RSS_GOAL_MB else "NOT met"))  # fmt: skip
    table = "\n".join(
        [
            "| page | requests/s | p50 ms | p99 ms | errors | bytes | SQL queries |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
            *rows,
        ]
    )
    text = f"""# Benchmark results

Run on {time.strftime("%Y-%m-%d %H:%M %Z")}: {os.cpu_count()} cores ({cpu_model()}), Python {platform.python_version()},
gunicorn with `WEB_CONCURRENCY` workers (default 2 x cores + 1), production settings,
`DJANGO_BEHIND_TLS_PROXY=1`, wrk `-t2 -c16 -d{SECONDS}s` with `X-Forwarded-Proto: https` after a
warm-up, median of {ROUNDS} interleaved rounds; nginx serving the same article HTML from a file in
the same run. Data: 5,000 articles of 1,500-2,500 words with 10 references each, all medicines and
the glossary. "Cache on" is the shared file cache; "cache off" is `DJANGO_CACHE_URL=dummy://`.
{shortened_run_note()}

{table}

Targets:
{chr(10).join(met)}

{approval}
Produced by `make bench` (bench/bench_pages.py). Never part of `make test`.
"""
    write_result("pages", text)


if __name__ == "__main__":
    if sys.argv[1:2] == ["approve"]:
        approve_a_new_version(sys.argv[2])
        sys.exit(0)
    sys.exit(main())
