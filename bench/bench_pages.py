"""Page benchmark (run by `make bench`): requests per second and latency of the public pages.

Conditions, from DESIGN.md: production settings with DJANGO_BEHIND_TLS_PROXY=1; wrk sends
X-Forwarded-Proto: https (no redirects measured); `wrk -t2 -c16 -d20s` after a warm-up; the median
of 3 interleaved rounds; nginx serving the same article HTML as a static file in the same run, as
the ceiling. Data: 5,000 articles of 1,500-2,500 words with 10 references each, all medicines, the
glossary, in a database of its own (`portal_bench`). Prints a table and writes bench/RESULTS.md.

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
TARGETS = {  # name: (server, path)
    "article, page cache on": ("cached", ARTICLE),
    "article, page cache off": ("uncached", ARTICLE),
    "topic page, cache on": ("cached", "/topics/chemotherapy/"),
    "topic page, cache off": ("uncached", "/topics/chemotherapy/"),
    "home page, cache on": ("cached", "/"),
    "home page, cache off": ("uncached", "/"),
    "/medicines/, cache on": ("cached", "/medicines/"),
    "/medicines/, cache off": ("uncached", "/medicines/"),
    "nginx, same article as a file": ("nginx", "/article.html"),
}
GOALS = {
    "article, page cache on": (2000, 50),
    "article, page cache off": (300, 100),
}
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
    finally:
        sampling.set()
        for server in servers.values():
            server.stop()
    report(results, sizes, queries, servers)
    return 0


def report(results, sizes, queries, servers) -> None:
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

Produced by `make bench` (bench/bench_pages.py). Never part of `make test`.
"""
    write_result("pages", text)


if __name__ == "__main__":
    sys.exit(main())
