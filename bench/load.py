"""Load: editors at work on gunicorn while a worker extracts a bulk import.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk \
    REDIS_URL=redis://127.0.0.1:6379/8 .venv/bin/python bench/load.py [--seconds 120] [--users 50]

Recreates the database claimdesk_bench_load on DATABASE_URL's server, seeds
articles with claims (real extraction) and editor accounts, then starts gunicorn
(2 × cores + 1 sync workers) and one Celery worker on loopback. Simulated
editors (bench/locustfile.py, run by locust headless) sign in and work for
--seconds while `manage.py import_articles` brings in --articles articles for the
worker to extract. Afterwards it waits for the extraction backlog to drain and
checks that every imported article was extracted exactly once and that the
speakers' list counters agree with their claims. Prints requests per second,
p50/p95/p99 per endpoint (at the editor's end and inside gunicorn), errors
(anything but 2xx/3xx and the version conflicts, which are counted apart), the
checks, and where the machine's CPU went. Exits non-zero when there were errors
or a check failed.

REDIS_URL should name a Redis database of its own: the bench purges its queue
before and after.
"""

import argparse
import atexit
import csv
import json
import math
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import ROOT, bench_database, setup_django  # noqa: E402

BENCH_DB = "claimdesk_bench_load"
QUEUE = "claimdesk_bench_load"
PASSWORD = "load-bench-" + secrets.token_hex(8)
IMPORT_FILE = "load-import.jsonl"
PLACES = ["Graivoron", "Belgorod", "Kharkiv", "Sumy", "Kherson", "Odesa", "Kupiansk", "Izmail"]
OFFICIALS = [
    ("Governor", "Anna Keller"),
    ("Mayor", "Tomas Brandt"),
    ("Police chief", "Ilse Marlow"),
    ("Health minister", "Piotr Sarin"),
    ("Spokesman", "Dmitri Valen"),
]
# The endpoint the simulated editor named, the method, the status and the milliseconds
# gunicorn took from reading the request to sending the response.
ACCESS_FORMAT = "%({x-load-name}i)s|%(m)s|%(s)s|%(M)s"
SIGN_IN = ("sign-in page", "sign in")
EXTRACTED = re.compile(r"Extracted article (\d+): (\d+) new claims")


def paragraph(rng: random.Random, place: str) -> str:
    role, name = rng.choice(OFFICIALS)
    sentences = [
        f"Shelling hit {place} overnight, local authorities reported.",
        f"{role} {name} said {rng.randint(2, 90)} people were injured and "
        f"{rng.randint(1, 20)} were killed.",
        f"About {rng.randint(10, 400)} homes were damaged, according to the regional "
        "administration.",
        "Residents described a long night in shelters near the station.",
        f"\u201cWe counted at least {rng.randint(3, 60)} craters in the fields,\u201d {name} "
        "told reporters.",
        f"The ministry claimed that {rng.randint(5, 300)} drones had been shot down since Monday.",
        f"Schools in {place} will stay closed until {rng.choice(['Friday', 'further notice'])}.",
    ]
    rng.shuffle(sentences)
    return " ".join(sentences)


def article_text(rng: random.Random, n: int, paragraphs: int) -> tuple[str, str]:
    """A title and a news text with about five claims per paragraph; n makes it unique."""
    place = rng.choice(PLACES)
    body = "\n\n".join(paragraph(rng, place) for _ in range(paragraphs))
    return f"{place}: a night of shelling (report {n})", f"{body}\n\nReport {n}."


def fresh_database(name: str = BENCH_DB) -> str:
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith(("postgres://", "postgresql://")):
        import psycopg

        server = base.rpartition("/")[0]
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return bench_database(name)


def seed(*, users: int, articles: int, rng: random.Random) -> dict:
    """Editor accounts and extracted articles; returns the plan the simulated editors follow."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from claims.roles import EDITORS
    from claims.services import extract_articles
    from sources.ingest.text import content_hash
    from sources.models import Article

    # One hash for every account: they share the password, and each sign-in still checks it.
    hashing = time.perf_counter()
    hashed = make_password(PASSWORD)
    hashing = time.perf_counter() - hashing
    usernames = [f"editor{n:02d}" for n in range(1, users + 1)]
    accounts = get_user_model().objects.bulk_create(
        get_user_model()(username=name, password=hashed) for name in usernames
    )
    Group.objects.get(name=EDITORS).user_set.add(*accounts)

    texts = [article_text(rng, n, paragraphs=2) for n in range(articles)]
    # The shared article is longer: everyone reviews it, so saves collide there.
    texts.append(article_text(rng, articles, paragraphs=4))
    stored = Article.objects.bulk_create(
        Article(
            title=title,
            text=text,
            content_hash=content_hash(text),
            source_name="load seed",
            extraction_state=Article.State.RUNNING,
        )
        for title, text in texts
    )
    extract_articles(article_ids=[article.pk for article in stored])
    return {
        "usernames": usernames,
        "password": PASSWORD,
        "articles": [a.pk for a in stored[:-1]],
        "shared_article": stored[-1].pk,
        "hash_seconds": hashing,
    }


def write_import(path: Path, *, count: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            title, text = article_text(rng, 100_000 + n, paragraphs=2)
            record = {"title": title, "text": text, "outlet": rng.choice(PLACES) + " Daily"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def server_environment(url: str, work: Path, **extra: str) -> dict[str, str]:
    """What the benchmark's web, workers and locust run with: production settings on
    loopback, the given database, and the plan and samples files in `work`."""
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_ENV": "development",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_CONN_MAX_AGE": "60",
        "LOG_JSON": "false",
        "LOAD_PLAN": str(work / "plan.json"),
        "LOAD_SAMPLES": str(work / "samples.csv"),
        **extra,
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Processes:
    """Child processes in their own sessions, stopped (all of their children too) on exit."""

    def __init__(self):
        self.running: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, args: list[str], *, env: dict, log: Path) -> subprocess.Popen:
        with log.open("wb") as out:
            process = subprocess.Popen(
                args,
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.running.append((name, process))
        return process

    def pid(self, name: str) -> int:
        return next(process.pid for started, process in self.running if started == name)

    def stop_all(self) -> None:
        for _, process in reversed(self.running):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for _, process in reversed(self.running):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.running.clear()


def interrupted(signum, frame):
    # Stopped like Ctrl-C, so the servers are shut down on the way out.
    raise KeyboardInterrupt


def machine_busy_seconds() -> float:
    """CPU time the whole machine has spent busy since boot, over all CPUs."""
    with open("/proc/stat", encoding="ascii") as stat:
        ticks = [int(n) for n in stat.readline().split()[1:]]
    idle = ticks[3] + ticks[4]
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid: int) -> float:
    """CPU time used so far by a process and its live descendants; 0 once it is gone."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/stat", encoding="ascii") as stat:
                fields = stat.read().rpartition(")")[2].split()
            total += int(fields[11]) + int(fields[12])
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as kids:
                    pending += [int(child) for child in kids.read().split()]
        except (OSError, ValueError):
            continue
    return total / os.sysconf("SC_CLK_TCK")


def wait_for(check, *, timeout: float, what: str, every: float = 0.25) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            sys.exit(f"Gave up waiting for {what} after {timeout:.0f} s.")
        time.sleep(every)


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
            return response.status == 200
    except OSError:
        return False


def read_samples(path: Path) -> list[dict]:
    if not path.exists():
        sys.exit(f"The simulated editors left no figures; see {path.with_name('locust.log')}.")
    with path.open(newline="", encoding="utf-8") as stream:
        return [
            {**row, "at": float(row["at"]), "ms": float(row["ms"])}
            for row in csv.DictReader(stream)
        ]


def server_times(access_log: Path, samples: list[dict]) -> dict[str, list[float]]:
    """Milliseconds inside gunicorn per endpoint, for the method the editors used.

    A sign-in's redirect to the dashboard carries the same name; only the POST counts.
    """
    methods = {row["name"]: row["method"] for row in samples}
    times: dict[str, list[float]] = {}
    for line in access_log.read_text("utf-8", "replace").splitlines():
        name, method, _, ms = line.rsplit("|", 3)
        if methods.get(name) == method:
            times.setdefault(name, []).append(float(ms))
    work = [ms for name, values in times.items() if name not in SIGN_IN for ms in values]
    signing_in = [ms for name in SIGN_IN for ms in times.get(name, [])]
    return {**times, "all but sign-in": work, "all": work + signing_in}


def pct(values: list[float], p: int) -> str:
    """The p-th percentile by the nearest-rank rule; '–' for none."""
    if not values:
        return "–"
    ranked = sorted(values)
    return f"{ranked[max(0, math.ceil(p / 100 * len(ranked)) - 1)]:,.0f}"


def extraction_checks(*, import_log: str, worker_log: str, sample: int, rng) -> tuple[dict, bool]:
    """Every imported article extracted exactly once, with the claims the extractor finds."""
    from django.db.models import Count

    from claims.extraction import extract
    from claims.models import Claim
    from sources.models import Article

    imported = Article.objects.filter(source_name__startswith=IMPORT_FILE)
    states = Counter(imported.values_list("extraction_state", flat=True))
    ids = set(imported.values_list("pk", flat=True))
    logged = Counter()
    stored_by_log = {}
    for match in EXTRACTED.finditer(worker_log):
        logged[int(match.group(1))] += 1
        stored_by_log[int(match.group(1))] = int(match.group(2))
    claims = dict(
        Claim.objects.filter(article__in=ids)
        .values_list("article")
        .annotate(n=Count("id"))
        .order_by()
    )
    duplicate_spans = (
        Claim.objects.values("article", "start", "end")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .order_by()
        .count()
    )
    once = [pk for pk in ids if logged[pk] == 1]
    without_claims = [pk for pk in ids if not claims.get(pk)]
    count_mismatch = [pk for pk in ids if logged[pk] == 1 and stored_by_log[pk] != claims.get(pk)]
    mismatched_spans = []
    for article in Article.objects.filter(pk__in=rng.sample(sorted(ids), min(sample, len(ids)))):
        expected = {(c.start, c.end) for c in extract(article.text)}
        got = set(Claim.objects.filter(article=article).values_list("start", "end"))
        if expected != got:
            mismatched_spans.append(article.pk)
    result = {
        "import_report": import_log.strip().splitlines()[-1] if import_log.strip() else "",
        "imported": len(ids),
        "states": dict(states),
        "logged_once": len(once),
        "logged_more_than_once": sum(1 for pk in ids if logged[pk] > 1),
        "never_logged": sum(1 for pk in ids if logged[pk] == 0),
        "without_claims": len(without_claims),
        "logged_count_differs_from_stored": len(count_mismatch),
        "duplicate_spans": duplicate_spans,
        "sample_checked": min(sample, len(ids)),
        "sample_spans_differ": len(mismatched_spans),
        "claims": sum(claims.values()),
    }
    ok = (
        states == Counter({Article.State.DONE: len(ids)})
        and len(once) == len(ids)
        and not without_claims
        and not count_mismatch
        and not duplicate_spans
        and not mismatched_spans
    )
    return result, ok


def stale_speaker_counters() -> tuple[int, int]:
    """Speakers whose list counters disagree with their claims, and how many speakers."""
    from django.db.models import Count, Q

    from claims.models import Claim
    from sources.models import Speaker

    counted = {
        row["speaker"]: (row["n"], row["false"])
        for row in Claim.objects.filter(speaker__isnull=False, verdict__in=Claim.COUNTED_VERDICTS)
        .values("speaker")
        .annotate(n=Count("pk"), false=Count("pk", filter=Q(verdict=Claim.Verdict.FALSE)))
        .order_by()
    }
    stored = Speaker.objects.values_list("pk", "claim_count", "false_count")
    stale = sum(1 for pk, n, false in stored if counted.get(pk, (0, 0)) != (n, false))
    return stale, len(stored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=120, help="How long the editors work.")
    parser.add_argument("--users", type=int, default=50, help="Simulated editors.")
    parser.add_argument("--spawn-rate", type=float, default=10, help="Editors starting per second.")
    parser.add_argument("--articles", type=int, default=1000, help="Articles imported meanwhile.")
    parser.add_argument("--seed-articles", type=int, default=300, help="Articles to review.")
    parser.add_argument("--think", default="0.5,2.5", help="Editors' pause between actions, s.")
    parser.add_argument("--web-workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--drain-timeout", type=int, default=900)
    parser.add_argument("--sample", type=int, default=50, help="Imported articles re-extracted.")
    parser.add_argument("--keep-logs", type=Path, help="Copy the server and worker logs here.")
    args = parser.parse_args()

    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/8")
    os.environ["CELERY_QUEUE"] = QUEUE
    rng = random.Random(8)
    started = time.monotonic()
    url = fresh_database()
    setup_django(url)
    print(f"Seeding {args.seed_articles + 1} articles and {args.users} editors ...", flush=True)
    plan = seed(users=args.users, articles=args.seed_articles, rng=rng)

    from django.db import connection

    from claims.models import Claim
    from sources.models import Article
    from workbench.celery import app

    seeded_claims = Claim.objects.count()
    print(
        f"Seeded {seeded_claims:,} claims in {time.monotonic() - started:.0f} s; one password "
        f"hash (the cost of each sign-in) takes {plan['hash_seconds'] * 1000:.0f} ms here.",
        flush=True,
    )
    connection.close()

    work = Path(tempfile.mkdtemp(prefix="claimdesk-load-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    (work / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    import_path = work / IMPORT_FILE
    write_import(import_path, count=args.articles, rng=rng)
    port = free_port()
    host = f"http://127.0.0.1:{port}"
    env = server_environment(url, work, LOAD_THINK=args.think)
    py = sys.executable
    processes = Processes()
    signal.signal(signal.SIGTERM, interrupted)
    app.control.purge()
    try:
        worker_log = work / "worker.log"
        processes.start(
            "worker",
            [py, "-m", "celery", "-A", "workbench", "worker", "--pool=prefork",
             "--concurrency=1", "--loglevel=INFO", "-n", f"load-{port}@%h", "-Q", QUEUE],
            env=env,
            log=worker_log,
        )  # fmt: skip
        processes.start(
            "gunicorn",
            [py, "-m", "gunicorn", "workbench.wsgi", "-b", f"127.0.0.1:{port}",
             "-w", str(args.web_workers), "--access-logfile", str(work / "access.log"),
             "--access-logformat", ACCESS_FORMAT],
            env=env,
            log=work / "gunicorn.log",
        )  # fmt: skip
        wait_for(lambda: answers(f"{host}/healthz"), timeout=60, what="gunicorn")
        wait_for(
            lambda: " ready." in worker_log.read_text("utf-8", "replace"),
            timeout=60,
            what="the worker",
        )
        load_before = os.getloadavg()[0]
        print(
            f"Load: {args.users} editors for {args.seconds} s against {args.web_workers} gunicorn "
            f"workers; importing {args.articles} articles meanwhile ...",
            flush=True,
        )
        locust = processes.start(
            "locust",
            [py, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
             "-u", str(args.users), "-r", str(args.spawn_rate), "-t", f"{args.seconds}s",
             "-H", host, "--only-summary",
             "--stop-timeout", "10", "--loglevel", "WARNING"],
            env=env,
            log=work / "locust.log",
        )  # fmt: skip
        load_start = time.monotonic()
        importer = processes.start(
            "import",
            [py, "manage.py", "import_articles", "--no-progress", str(import_path)],
            env=env,
            log=work / "import.log",
        )
        loads = []
        busy_before = machine_busy_seconds()
        parts = {"web": processes.pid("gunicorn"), "worker": processes.pid("worker")}
        parts |= {"import": importer.pid, "editors (locust)": locust.pid}
        cpu_before = {part: tree_cpu_seconds(pid) for part, pid in parts.items()}
        cpu = {}
        while locust.poll() is None:
            # Sampled often: a process's figure is lost once it has exited.
            for part, pid in parts.items():
                if used := tree_cpu_seconds(pid):
                    cpu[part] = used - cpu_before[part]
            loads.append(os.getloadavg()[0])
            time.sleep(1)
        load_seconds = time.monotonic() - load_start
        machine_busy = machine_busy_seconds() - busy_before
        importer.wait(timeout=args.drain_timeout)
        import_seconds = time.monotonic() - load_start

        def drained() -> bool:
            return not Article.objects.pending_extraction().exists()

        pending_at_end = Article.objects.pending_extraction().count()
        wait_for(drained, timeout=args.drain_timeout, what="the extraction backlog", every=1)
        drain_seconds = time.monotonic() - load_start
        connection.close()
    finally:
        processes.stop_all()
        app.control.purge()
        if args.keep_logs:
            args.keep_logs.mkdir(parents=True, exist_ok=True)
            for log in work.glob("*.log"):
                (args.keep_logs / log.name).write_bytes(log.read_bytes())

    samples = read_samples(work / "samples.csv")
    server = server_times(work / "access.log", samples)
    errors = [row for row in samples if row["outcome"] == "error"]
    server_log = (work / "gunicorn.log").read_text("utf-8", "replace")
    server_errors = sum(1 for line in server_log.splitlines() if " ERROR " in line)
    worker_text = worker_log.read_text("utf-8", "replace")
    checks, extracted_ok = extraction_checks(
        import_log=(work / "import.log").read_text("utf-8", "replace"),
        worker_log=worker_text,
        sample=args.sample,
        rng=rng,
    )
    worker_errors = sum(1 for line in worker_text.splitlines() if " ERROR " in line)
    stale_speakers, speakers = stale_speaker_counters()
    outcomes = Counter((row["name"], row["outcome"]) for row in samples)
    signed_in = max(row["at"] for row in samples if row["name"] in SIGN_IN)
    first = min(row["at"] - row["ms"] / 1000 for row in samples)
    last = max(row["at"] for row in samples)

    print()
    print(
        f"Requests: {len(samples):,} in {last - first:.0f} s, {len(samples) / (last - first):.1f}/s"
    )
    print(f"Errors: {len(errors)} (server-logged errors: {server_errors})")
    for (name, detail), n in Counter((row["name"], row["detail"]) for row in errors).items():
        print(f"  {n} × {name}: {detail}")
    conflicts = sum(n for (_, outcome), n in outcomes.items() if outcome == "conflict")
    print(
        f"Version conflicts (409, expected): {conflicts}; verdicts saved: "
        f"{outcomes['verdict (htmx)', 'ok']}; evidence added: {outcomes['evidence (htmx)', 'ok']}"
    )
    print(
        f"Every editor was signed in {signed_in - first:.0f} s into the run; "
        f"steady state is what followed."
    )
    print()
    print("Milliseconds at the editor's end, then inside gunicorn (the rest is waiting for it):")
    print("| endpoint | requests | p50 | p95 | p99 | max | server p50 | server p95 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    names = Counter(row["name"] for row in samples)
    steady = [r for r in samples if r["at"] > signed_in]
    for name, rows in [
        *((name, [r for r in samples if r["name"] == name]) for name, _ in names.most_common()),
        ("all but sign-in", [r for r in samples if r["name"] not in SIGN_IN]),
        ("steady state (after the last sign-in)", steady),
        ("all", samples),
    ]:
        times = [r["ms"] for r in rows]
        on_server = server.get(name, [])
        print(
            f"| {name} | {len(rows):,} | {pct(times, 50)} | {pct(times, 95)} | {pct(times, 99)} "
            f"| {max(times):,.0f} | {pct(on_server, 50)} | {pct(on_server, 95)} |"
        )
    if steady:
        span = last - signed_in
        print(
            f"\nSteady state: {len(steady):,} requests in {span:.0f} s, {len(steady) / span:.1f}/s"
        )
    print()
    print(f"Import: {checks['import_report']} in {import_seconds:.0f} s")
    print(
        f"Extraction: {checks['states']}; {pending_at_end} still pending when the load ended; "
        f"backlog drained {drain_seconds:.0f} s after the import began, "
        f"{drain_seconds - load_seconds:.0f} s after the load ended"
    )
    print(
        f"Extracted exactly once: {'yes' if extracted_ok else 'NO'} "
        f"({checks['logged_once']}/{checks['imported']} logged once, "
        f"{checks['logged_more_than_once']} more than once, {checks['never_logged']} never; "
        f"{checks['without_claims']} without claims; {checks['duplicate_spans']} duplicate spans; "
        f"{checks['logged_count_differs_from_stored']} stored counts differ from the log; "
        f"{checks['sample_spans_differ']}/{checks['sample_checked']} re-extracted samples differ; "
        f"{checks['claims']:,} claims; worker errors logged: {worker_errors})"
    )
    print(f"Speaker counters: {stale_speakers} of {speakers} speakers disagree with their claims")
    print(
        f"CPU seconds during the load ({os.cpu_count()} CPUs × {load_seconds:.0f} s = "
        f"{(os.cpu_count() or 1) * load_seconds:.0f} available): machine busy {machine_busy:.0f}; "
        + ", ".join(f"{part} {seconds:.0f}" for part, seconds in cpu.items())
        + f"; everything else (PostgreSQL, Redis, other tenants) "
        f"{machine_busy - sum(cpu.values()):.0f}"
    )
    print(
        f"Load average (1 min): {load_before:.2f} before, "
        f"{max(loads, default=0):.2f} peak, {loads[-1] if loads else 0:.2f} at the end; "
        f"{os.cpu_count()} CPUs"
    )
    if errors or not extracted_ok or server_errors or worker_errors or stale_speakers:
        sys.exit(1)


if __name__ == "__main__":
    main()
