"""Edge benchmark: the article through nginx's page cache (deploy/nginx-proxy.conf), in one run beside
nginx serving the same article as a file (the ceiling) and gunicorn alone (Django's page cache).

Conditions, from DESIGN.md: production settings with DJANGO_BEHIND_TLS_PROXY=1; wrk `-t2 -c16 -d20s`
after a warm-up, median of 3 interleaved rounds, sending X-Forwarded-Proto: https. nginx runs the
deployed configuration's parts verbatim: deploy/nginx-http.conf (http level), deploy/nginx-proxy.conf
(the caching server) and deploy/nginx-compress.conf (its compressing server), with the caching
server on a loopback port without TLS (deploy/nginx.conf's TLS server with TLS taken off: the
benchmark measures the cache, not the cipher). Data: the page benchmark's data set (`portal_bench`,
built by bench/data.py when missing).

Then a withdrawal, measured end to end: with DJANGO_SHARED_CACHE_SECONDS=5 an article is cached by
nginx, withdrawn with `articles.services.item_withdraw` in this process, and polled every 50 ms
through nginx until it answers 410 Gone: no reader may get the withdrawn page later than 5 s after.

Writes bench/results/edge.md. BENCH_SECONDS shortens each measurement (the report then says so).
"""

import http.client
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_pages import (  # noqa: E402
    ARTICLE,
    REPOSITORY,
    ROUNDS,
    SECONDS,
    Server,
    clean_env,
    cpu_model,
    ensure_tools,
    fetch,
    free_port,
    gunicorn_command,
    production_env,
    serve_article_file,
    setup,
    shortened_run_note,
    start_nginx,
    wait_for,
    write_result,
    wrk,
)

TARGETS = {  # name: (server, path, extra wrk headers)
    "nginx, same article as a file": ("static", "/article.html", {}),
    "nginx page cache -> gunicorn": ("edge", ARTICLE, {}),
    "nginx page cache, gzip": ("edge", ARTICLE, {"Accept-Encoding": "gzip"}),
    "gunicorn alone (Django page cache)": ("app", ARTICLE, {}),
}
CEILING = "nginx, same article as a file"
EDGE = "nginx page cache -> gunicorn"
GOAL_SHARE = 0.9  # through nginx's cache, at least 90% of nginx serving the same file (issue 23)
WITHDRAWAL_SECONDS = 5  # DJANGO_SHARED_CACHE_SECONDS during the withdrawal check
WITHDRAWAL_SLUG = "edge-bench-withdrawal"
POLL_INTERVAL = 0.05


def nginx_config(workdir: Path, ports: dict[str, int]) -> str:
    deploy = REPOSITORY / "deploy"
    return f"""worker_processes 2;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    types {{ text/html html; text/css css; }}
    default_type application/octet-stream;
    include {deploy}/nginx-http.conf;
    upstream portal_app {{ server 127.0.0.1:{ports["app"]}; }}
    upstream portal_compressor {{ server 127.0.0.1:{ports["compressor"]}; }}
    server {{
        listen 127.0.0.1:{ports["compressor"]};
        include {deploy}/nginx-compress.conf;
    }}
    proxy_cache_path {workdir}/nginx-cache levels=1:2 keys_zone=portal_pages:20m max_size=200m inactive=60m
                     use_temp_path=off;
    # deploy/nginx.conf's TLS server, on a loopback port without TLS.
    server {{
        listen 127.0.0.1:{ports["edge"]};
        access_log {workdir}/portal-access.log portal buffer=64k flush=1s;  # as deploy/nginx.conf
        set $portal_forwarded_proto https;
        include {deploy}/nginx-proxy.conf;
    }}
    # The ceiling, as in bench/bench_pages.py: the same article as a file.
    server {{
        listen 127.0.0.1:{ports["static"]};
        access_log off;
        root {workdir}/static;
    }}
}}
"""


def publish_withdrawal_article() -> str:
    """The article the withdrawal check takes down: created, or republished after the last run."""
    from articles import services
    from articles.models import ReviewedItem, Topic
    from bench.data import _publish, _users

    author, reviewer = _users()
    item = ReviewedItem.objects.filter(slug=WITHDRAWAL_SLUG).first()
    if item is None:
        revision = services.item_create(
            kind="article", slug=WITHDRAWAL_SLUG, author=author, topic=Topic.objects.order_by("position").first(),
            content={
                "title": "A page the edge benchmark withdraws",
                "summary": "- Benchmark data, not medical content [1].",
                "body": "## Why it exists\n\nThe edge benchmark withdraws this page and times it [1].",
                "change_summary": "First version.", "hr_status": [], "her2_status": [],
            },
            references=[{"title": "Benchmark", "authors": "Benchmark", "source": "Benchmark", "year": 2026,
                         "url": "https://www.cancer.gov/", "doi": "", "pmid": "", "accessed_on": None}],
            is_sample=True,
        )  # fmt: skip
    elif item.live_revision_id is None:
        revision = services.revision_restore(revision=item.revisions.order_by("-number").first(), user=author)
    else:
        return f"/articles/{WITHDRAWAL_SLUG}/"
    _publish(author, reviewer, revision)
    return f"/articles/{WITHDRAWAL_SLUG}/"


def get(port: int, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("X-Cache-Status", "")
    finally:
        conn.close()


def measure_withdrawal(ports: dict[str, int], path: str) -> dict:
    """Seconds from the withdrawal's commit until nginx (and gunicorn) stop serving the page."""
    from articles import services
    from articles.models import ReviewedItem
    from bench.data import _users

    assert get(ports["app"], path)[0] == 200
    deadline = time.monotonic() + 10
    while get(ports["edge"], path) != (200, "HIT"):  # nginx holds a fresh copy, for 5 more seconds
        assert time.monotonic() < deadline, "nginx never cached the page"
    cached_at = time.monotonic()
    _, reviewer = _users()
    services.item_withdraw(item=ReviewedItem.objects.get(slug=WITHDRAWAL_SLUG), user=reviewer,
                           reason="Edge benchmark: timing a withdrawal.")  # fmt: skip
    withdrawn_at = time.monotonic()
    app_status = get(ports["app"], path)[0]
    app_after = time.monotonic() - withdrawn_at
    last_200 = first_410 = None
    statuses = []
    while time.monotonic() - withdrawn_at < WITHDRAWAL_SECONDS + 5:
        status, cache_status = get(ports["edge"], path)
        now = time.monotonic() - withdrawn_at
        statuses.append((round(now, 2), status, cache_status))
        if status == 200:
            last_200 = now
        elif status == 410 and first_410 is None:
            first_410 = now
        if first_410 is not None and now - first_410 > 2:  # and it stays gone
            break
        time.sleep(POLL_INTERVAL)
    return {
        "cached_before": withdrawn_at - cached_at,
        "app_status": app_status,
        "app_after": app_after,
        "last_200": last_200,
        "first_410": first_410,
        "flapped": any(status == 200 and first_410 is not None and when > first_410 for when, status, _ in statuses),
        "statuses": statuses,
    }


def main() -> int:
    ensure_tools()
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-edge-"))
    workdir.chmod(0o755)  # nginx's workers run as another user
    base_env = clean_env()
    production = production_env(
        DJANGO_TRUSTED_PROXIES="127.0.0.1",
        DJANGO_EMAIL_URL="console://",
        # One cache for gunicorn and this process: a withdrawal here reaches gunicorn at once.
        DJANGO_CACHE_URL=f"file://{workdir}/cache",
    )
    print("preparing the data set (first run: a few minutes)...", flush=True)
    setup(production)
    withdrawal_path = publish_withdrawal_article()

    ports = {"app": free_port(), "edge": free_port(), "static": free_port(), "compressor": free_port()}
    servers = {"app": Server(gunicorn_command(ports["app"]), env={**base_env, **production})}
    wait_for(f"http://127.0.0.1:{ports['app']}/healthz")
    serve_article_file(workdir, fetch(f"http://127.0.0.1:{ports['app']}{ARTICLE}"))
    (workdir / "nginx.conf").write_text(nginx_config(workdir, ports))
    servers["nginx"] = start_nginx(workdir)
    wait_for(f"http://127.0.0.1:{ports['static']}/article.html")
    wait_for(f"http://127.0.0.1:{ports['edge']}{ARTICLE}")

    sizes = {
        name: len(fetch(f"http://127.0.0.1:{ports[server]}{path}", headers))
        for name, (server, path, headers) in TARGETS.items()
    }
    results: dict[str, list[dict]] = {name: [] for name in TARGETS}
    try:
        for server, path, headers in TARGETS.values():  # warm-up: every cache filled
            wrk(f"http://127.0.0.1:{ports[server]}{path}", 3, headers)
        for round_number in range(1, ROUNDS + 1):
            for name, (server, path, headers) in TARGETS.items():
                results[name].append(wrk(f"http://127.0.0.1:{ports[server]}{path}", SECONDS, headers))
                print(f"round {round_number}: {name}: {results[name][-1]['rps']:.0f} requests/s", flush=True)
        # The withdrawal check: gunicorn again, now telling shared caches to keep pages 5 seconds.
        servers.pop("app").stop()
        servers["app"] = Server(gunicorn_command(ports["app"]), env={**base_env, **production,
                                               "DJANGO_SHARED_CACHE_SECONDS": str(WITHDRAWAL_SECONDS)})  # fmt: skip
        wait_for(f"http://127.0.0.1:{ports['app']}/healthz")
        withdrawal = measure_withdrawal(ports, withdrawal_path)
    finally:
        for server in servers.values():
            server.stop()
    report(results, sizes, withdrawal)
    return 0


def report(results: dict, sizes: dict, withdrawal: dict) -> None:
    rows, summary = [], {}
    for name in TARGETS:
        runs = results[name]
        summary[name] = {key: statistics.median(run[key] for run in runs) for key in ("rps", "p50", "p99")}
        summary[name]["errors"] = sum(run["errors"] for run in runs)
        share = summary[name]["rps"] / summary[CEILING]["rps"]
        rows.append(
            f"| {name} | {summary[name]['rps']:,.0f} | {share:.0%} | {summary[name]['p50']:.2f} | "
            f"{summary[name]['p99']:.2f} | {summary[name]['errors']} | {sizes[name]:,} |"
        )
    share = summary[EDGE]["rps"] / summary[CEILING]["rps"]
    errors = sum(entry["errors"] for entry in summary.values())
    limit = WITHDRAWAL_SECONDS
    last_200 = withdrawal["last_200"]
    gone = withdrawal["first_410"] is not None and not withdrawal["flapped"] and withdrawal["app_status"] == 410
    met_strictly = gone and (last_200 is None or last_200 <= limit)
    met_whole_seconds = gone and (last_200 is None or last_200 <= limit + 1)
    switch = [entry for entry in withdrawal["statuses"] if abs(entry[0] - (withdrawal["first_410"] or 0)) < 0.3]
    switch_text = ", ".join(f"{when:.2f} s {status} {cache or '-'}" for when, status, cache in switch)
    afterwards = ", and it never came back" if not withdrawal["flapped"] else ", BUT a 200 came back after it"
    last_200_text = "none" if last_200 is None else f"{last_200:.2f} s"
    first_410_text = "never" if withdrawal["first_410"] is None else f"{withdrawal['first_410']:.2f} s"
    text = f"""# Edge benchmark: nginx page cache

Run on {time.strftime("%Y-%m-%d %H:%M %Z")}: {os.cpu_count()} cores ({cpu_model()}). gunicorn with production settings
(`DJANGO_BEHIND_TLS_PROXY=1`, Django's file page cache), nginx with deploy/nginx-http.conf,
deploy/nginx-proxy.conf and deploy/nginx-compress.conf verbatim (the page cache, its compressing
server, the privacy log written to a file) on a loopback port without TLS; the ceiling is the
same nginx serving the article as a file (no log).
wrk `-t2 -c16 -d{SECONDS}s` with `X-Forwarded-Proto: https` after a warm-up, median of {ROUNDS}
interleaved rounds; the "gzip" row sends `Accept-Encoding: gzip` and gets the cached copy that
was compressed once (nginx keeps a gzip and a plain copy of each page).
Page: `{ARTICLE}` of the page benchmark's data set.
{shortened_run_note()}

| served by | requests/s | of the ceiling | p50 ms | p99 ms | errors | bytes sent |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
{chr(10).join(rows)}

Targets:
- through nginx's page cache {share:.0%} of nginx serving the file (goal at least {GOAL_SHARE:.0%}): \
{"met" if share >= GOAL_SHARE else "NOT met"}
- errors (wrk socket errors and non-2xx answers) in every measurement: {errors} (goal 0): \
{"met" if errors == 0 else "NOT met"}
- withdrawal, with `DJANGO_SHARED_CACHE_SECONDS={limit}`: the page was cached by nginx \
{withdrawal["cached_before"]:.2f} s before `item_withdraw` returned; gunicorn answered \
{withdrawal["app_status"]} {withdrawal["app_after"] * 1000:.0f} ms later; through nginx the last 200 \
came {last_200_text} and the first 410 {first_410_text} after the withdrawal, polling every \
{POLL_INTERVAL * 1000:.0f} ms{afterwards} (around the switch: {switch_text}).
  - no reader got the withdrawn page later than {limit} s: {"met" if met_strictly else "NOT met"}
  - within {limit} s plus nginx's whole-second clock (it stores "now + N" in whole seconds and
    expires an entry only once that second has passed, so a copy cached just after a second
    began lives up to N + 1 s): {"met" if met_whole_seconds else "NOT met"}

Produced by `make bench` (bench/bench_edge.py). Never part of `make test`.
"""
    write_result("edge", text)


if __name__ == "__main__":
    sys.exit(main())
