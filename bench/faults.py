"""Fault run: editors at work on gunicorn while everything that can go wrong does.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk \\
        .venv/bin/python bench/faults.py [--quick]

Recreates the database claimdesk_bench_faults on DATABASE_URL's server and
starts, on loopback, everything production runs: a private Redis on a free port
(never the shared one: this run stops it), gunicorn as the container runs it
(workbench/gunicorn_conf.py: 2 × cores + 1 processes of 4 threads), an extraction
worker, an import worker (8 threads) and an export worker (their queues as in
docker-compose.yml, at nice 10) and the sweeper. Then 40 simulated editors (bench/locustfile.py,
through locust) review claims for two minutes while:

- a few more editors add articles by URL from a local server that drips its
  status line and headers one byte a second;
- a 10,000-line JSON Lines file (good lines, a few malformed ones, a few repeated)
  is uploaded through the upload form;
- a generated 2,000-page PDF is uploaded through the same form;
- the PDF of a large selection is requested as a background export;
- Redis is stopped for 30 s and started again (empty: it keeps nothing on disk),
  and an export is requested while it is down;
- the extraction and import workers are killed with SIGKILL (the whole process
  group, as when a container is killed) and started again, and one gunicorn
  worker is killed.

Meanwhile /healthz is asked every 0.5 s (5 s to answer, as the compose health
check allows) and the peak RSS of every process (the kernel's high-water mark,
VmHWM) is sampled from /proc. Afterwards the script waits until the number of
imported articles stops changing and every article and export reaches a final
state, then prints a table and exits non-zero when a target is missed:

- no 5xx and no request left without an answer, except requests cut by the
  gunicorn worker's kill;
- /healthz answers within 5 s every time: 200, or 503 naming only the broker
  while Redis is down (the answer it should give then);
- no process's peak RSS above 1 GB;
- every good line of the import gives exactly one article;
- every article ends done or failed, and the large export ends done.

`--quick` is a smoke check: 8 editors for 40 s, 1,000 lines, 200 pages, Redis
down 8 s. `--save-and-race` runs instead the two earlier measurements (saving with
the broker down, racing registry changes) on DATABASE_URL itself.

To finish in bounded time the run sets EXTRACTION_STUCK_AFTER=120 and runs the
sweeper every 15 s (production: the task time limit plus a minute, every 60 s):
the articles the killed worker held, and those whose queue Redis lost, come back
through the sweeper.
"""

import argparse
import atexit
import contextlib
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import ROOT, setup_django  # noqa: E402
from bench.load import (  # noqa: E402
    Processes,
    answers,
    free_port,
    fresh_database,
    interrupted,
    read_samples,
    seed,
    server_environment,
    wait_for,
)

BENCH_DB = "claimdesk_bench_faults"
QUEUE = "claimdesk"
HEALTH_TIMEOUT = 5
MAX_RSS_KB = 1024 * 1024
IMPORT_TITLE = "Fault import"
IMPORT_PLACES = ["Trostianets", "Okhtyrka", "Lebedyn", "Romny", "Konotop", "Hlukhiv"]
IMPORT_OFFICIALS = ["Mayor Lena Ostrova", "Police chief Marek Dron", "Governor Ivo Hast"]
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PDF_REFUSAL = re.compile(r"This PDF[^<]*")
FINAL = {"done", "failed"}


class Run:
    """What the run's own clients saw: every request, with when it ended and its status."""

    def __init__(self):
        self.began = time.time()
        self.requests: list[dict] = []
        self.health: list[dict] = []
        self.events: dict[str, float] = {}
        self.notes: dict[str, str] = {}
        self.stop = threading.Event()

    def mark(self, event: str) -> None:
        self.events[event] = time.time()
        print(f"  {time.time() - self.began:5.0f} s  {event}", flush=True)

    def call(self, session, method: str, url: str, name: str, *, timeout=120, **kwargs):
        """One request, recorded; None when no answer came (refused, cut or timed out)."""
        started = time.time()
        try:
            response = session.request(method, url, timeout=timeout, **kwargs)
        except requests.RequestException as error:
            self.requests.append(
                {"at": time.time(), "name": name, "status": 0, "seconds": time.time() - started,
                 "detail": type(error).__name__}
            )  # fmt: skip
            return None
        self.requests.append(
            {"at": time.time(), "name": name, "status": response.status_code,
             "seconds": time.time() - started, "detail": ""}
        )  # fmt: skip
        return response


def signed_in(run: Run, host: str, username: str, password: str):
    session = requests.Session()
    page = run.call(session, "GET", f"{host}/accounts/login/", "sign-in page (steps)")
    form = {
        "username": username,
        "password": password,
        "csrfmiddlewaretoken": CSRF_FIELD.search(page.text).group(1),
        "next": "/",
    }
    run.call(session, "POST", f"{host}/accounts/login/", "sign in (steps)", data=form)
    return session


def form_token(session) -> str:
    # Django takes the cookie's secret as the form's token too, so no page is fetched
    # for it: the steps' requests are the ones the run is about.
    return session.cookies.get("csrftoken", "")


# -- The hostile server -----------------------------------------------------------------


class Drip(BaseHTTPRequestHandler):
    """Answers every GET with a status line and headers sent one byte a second."""

    def do_GET(self):  # noqa: N802 - the standard library's name
        answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 30\r\n\r\n"
        try:
            for byte in answer:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            return  # the fetcher gave up: what it should do

    def log_message(self, *args):
        pass


def drip_server() -> str:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    server.daemon_threads = True
    server.block_on_close = False
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}"


# -- Generated inputs -------------------------------------------------------------------


def write_import(path: Path, *, lines: int, rng: random.Random) -> int:
    """Short articles, one a line, with one malformed and one repeated line in 500.

    Returns how many distinct good articles the file holds.
    """
    good: list[str] = []
    with path.open("w", encoding="utf-8") as out:
        for n in range(lines):
            if n % 500 == 499:
                out.write('{"title": "Broken line", "text": \n')
                continue
            if n % 500 == 250 and good:
                out.write(rng.choice(good))
                continue
            place = IMPORT_PLACES[n % len(IMPORT_PLACES)]
            official = rng.choice(IMPORT_OFFICIALS)
            text = (
                f"{official} said {rng.randint(2, 60)} people were injured in {place} "
                f"on Tuesday. About {rng.randint(10, 300)} homes were damaged, the "
                f"regional office reported in bulletin {n}."
            )
            record = {"title": f"{IMPORT_TITLE} {n}: {place}", "text": text, "outlet": "Fault Wire"}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            good.append(line)
            out.write(line)
    return len(good)


def long_pdf(pages: int) -> bytes:
    """A plain PDF of `pages` pages of text, about 600 characters each, built by hand."""
    out = bytearray(b"%PDF-1.4\n")
    offsets: list[int] = []

    def add(body: bytes) -> None:
        offsets.append(len(out))
        out.extend(f"{len(offsets)} 0 obj\n".encode() + body + b"\nendobj\n")

    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(pages))
    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for n in range(pages):
        lines = [
            f"Page {n + 1}, line {line + 1}: the council met on Tuesday and heard that "
            f"{n + line} roads were closed."
            for line in range(8)
        ]
        text = " ".join(f"({line}) '" for line in lines)
        stream = f"BT /F1 10 Tf 14 TL 60 780 Td {text} ET".encode()
        add(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * n} 0 R >>".encode()
        )
        add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    table = len(out)
    out.extend(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
    out.extend("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode())
    out.extend(
        f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{table}\n%%EOF\n".encode()
    )
    return bytes(out)


# -- Samplers -------------------------------------------------------------------------


def probe_health(run: Run, host: str, every: float = 0.5) -> None:
    """Ask /healthz every `every` seconds, each probe on its own thread, until the run stops."""

    def probe() -> None:
        started = time.time()
        try:
            response = requests.get(f"{host}/healthz", timeout=HEALTH_TIMEOUT)
            status, body = response.status_code, response.text
        except requests.RequestException as error:
            status, body = 0, type(error).__name__
        run.health.append(
            {"at": started, "status": status, "seconds": time.time() - started, "body": body}
        )

    with ThreadPoolExecutor(max_workers=4 * HEALTH_TIMEOUT) as pool:
        next_at = time.monotonic()
        while not run.stop.is_set():
            pool.submit(probe)
            next_at += every
            run.stop.wait(max(0, next_at - time.monotonic()))


def descendants(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        with contextlib.suppress(OSError, ValueError):
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as kids:
                    pending += [int(child) for child in kids.read().split()]
    return found


def peak_rss_kb(pid: int) -> tuple[int, str]:
    """The process's resident high-water mark and what it is; (0, "") once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            command = cmdline.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return 0, ""
    return int(fields.get("VmHWM", "0 kB").split()[0]), command


def sample_memory(run: Run, roots, peaks: dict, stop: threading.Event) -> None:
    """Keep each process's peak RSS, under the role of the process it descends from."""
    while not stop.is_set():
        for role, pid in roots():
            for child in descendants(pid):
                kb, command = peak_rss_kb(child)
                if not kb:
                    continue
                what = role
                if "sources.ingest.isolated" in command:
                    what = "document reader (per file)"
                elif child != pid and role == "web":
                    what = "web (gunicorn workers and what they start)"
                elif child != pid and "worker" in role:
                    what = f"{role} (pool process)"
                if kb > peaks.get(child, (0, ""))[0]:
                    peaks[child] = (kb, what)
        stop.wait(0.5)


# -- The editors' steps ----------------------------------------------------------------


def add_by_url(run: Run, session, host: str, drip: str, rng: random.Random) -> None:
    """An editor adding articles from the dripping server until the run stops."""
    while not run.stop.is_set():
        form = {
            "url": f"{drip}/story/{rng.randint(1, 10**9)}",
            "csrfmiddlewaretoken": form_token(session),
        }
        response = run.call(session, "POST", f"{host}/articles/add/url/", "add by URL", data=form)
        if response is not None and response.status_code == 422:
            found = re.search(r"took longer[^<]*|did not answer[^<]*|timed out[^<]*", response.text)
            run.notes.setdefault("add by URL", found.group(0) if found else "422")
        run.stop.wait(rng.uniform(1, 3))


def upload(run: Run, session, host: str, *, name: str, data: bytes, step: str) -> None:
    response = run.call(
        session,
        "POST",
        f"{host}/articles/add/upload/",
        step,
        data={"csrfmiddlewaretoken": form_token(session)},
        files={"files": (name, data)},
        timeout=600,
    )
    if response is not None:
        refusal = PDF_REFUSAL.search(response.text)
        run.notes[step] = f"{response.status_code}" + (f": {refusal.group(0)}" if refusal else "")


def request_export(run: Run, session, host: str, *, query: str, step: str) -> None:
    form = {"kind": "selection", "query": query, "csrfmiddlewaretoken": form_token(session)}
    response = run.call(
        session, "POST", f"{host}/reports/jobs/new/", step, data=form, allow_redirects=False
    )
    if response is not None and response.status_code == 302:
        run.notes[step] = response.headers["Location"].rstrip("/").rsplit("/", 1)[-1]
    elif response is not None:
        run.notes[step] = f"answered {response.status_code}"


# -- Checks after the run --------------------------------------------------------------


def import_checks(good_lines: int) -> dict:
    from django.db.models import Count

    from sources.models import Article, ImportJob

    imported = Article.objects.filter(title__startswith=IMPORT_TITLE)
    jobs = ImportJob.objects.filter(total__gt=1)
    per_title = Counter(dict(imported.values_list("title").annotate(n=Count("id")).order_by()))
    return {
        "good lines": good_lines,
        "articles": imported.count(),
        "distinct texts": imported.values("content_hash").distinct().count(),
        "titles stored twice or more": sum(1 for n in per_title.values() if n > 1),
        "job": ", ".join(f"{state} {done:,}/{total:,} lines" for state, done, total in
                         jobs.values_list("state", "done", "total")),
    }  # fmt: skip


def states() -> Counter:
    from django.db.models import Count

    from sources.models import Article

    return Counter(
        dict(Article.objects.values_list("extraction_state").annotate(n=Count("id")).order_by())
    )


def export_outcome(job_id: str) -> dict:
    from reports.models import ExportJob

    if not job_id.isdigit():
        return {"state": f"not created ({job_id})"}
    job = ExportJob.objects.defer("content").get(pk=int(job_id))
    seconds = (
        (job.finished_at - job.started_at).total_seconds()
        if job.finished_at and job.started_at
        else None
    )
    size = ExportJob.objects.filter(pk=job.pk).values_list("content", flat=True).get()
    # A PDF of more than one part's claims is in its parts, not in the job's row.
    parts = list(job.parts.filter(state="done").values_list("size", flat=True))
    return {
        "state": job.state,
        "claims": job.total,
        "render seconds": seconds,
        "bytes": len(size or b"") + sum(parts),
        "parts": f"{len(parts)} of {job.part_count} done" if job.part_count else "one PDF",
        "error": job.error,
    }


# -- The run ---------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="A short smoke check.")
    parser.add_argument(
        "--save-and-race",
        action="store_true",
        help="Run the earlier two measurements instead (saving with Redis down, races).",
    )
    parser.add_argument("--drain-timeout", type=int, default=1200)
    parser.add_argument("--keep-logs", type=Path, help="Copy the servers' logs here.")
    args = parser.parse_args()
    if args.save_and_race:
        save_and_race()
        return
    quick = args.quick
    editors, seconds = (8, 40) if quick else (40, 120)
    lines, pages, outage = (1_000, 200, 8) if quick else (10_000, 2_000, 30)
    seed_articles = 20 if quick else 150
    fetchers = 2 if quick else 3
    rng = random.Random(16)

    work = Path(tempfile.mkdtemp(prefix="claimdesk-faults-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    processes = Processes()
    signal.signal(signal.SIGTERM, interrupted)
    redis_port = free_port()
    redis_args = ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1",
                  "--save", "", "--appendonly", "no"]  # fmt: skip
    os.environ["REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
    os.environ["CELERY_QUEUE"] = QUEUE
    run = None
    try:
        processes.start("redis", redis_args, env=dict(os.environ), log=work / "redis.log")
        url = fresh_database(BENCH_DB)
        setup_django(url)
        print(f"Seeding {seed_articles + 1} articles and {editors + fetchers + 3} editors ...")
        plan = seed(users=editors + fetchers + 3, articles=seed_articles, rng=rng)
        from django.conf import settings
        from django.db import connection

        from sources.models import Article, Outlet

        # The large export is this outlet's claims: the import's articles never join it,
        # so it stays under the PDF limit however far extraction has got.
        gazette = Outlet.objects.create(name="Seed Gazette")
        Article.objects.filter(pk__in=[*plan["articles"], plan["shared_article"]]).update(
            outlet=gazette
        )
        export_query = f"outlet={gazette.pk}"
        connection.close()
        # The step accounts are the last ones; locust's editors cycle through the others.
        step_users = plan["usernames"][editors:]
        plan["usernames"] = plan["usernames"][:editors]
        (work / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
        import_path = work / "fault-import.jsonl"
        good_lines = write_import(import_path, lines=lines, rng=rng)
        pdf = long_pdf(pages)
        drip = drip_server()

        port = free_port()
        host = f"http://127.0.0.1:{port}"
        env = server_environment(
            url, work, INGEST_ALLOW_PRIVATE_URLS="true", EXTRACTION_STUCK_AFTER="120"
        )
        py = sys.executable
        from workbench import gunicorn_conf

        web_workers = gunicorn_conf.workers
        # As docker-compose.yml runs them: below the web's CPU priority.
        background = ["nice", "-n", "10", py]

        starts = iter(range(10))

        def extraction_worker() -> None:
            processes.start(
                "extraction worker",
                [*background, "-m", "celery", "-A", "workbench", "worker", "-Q", QUEUE,
                 "--loglevel=INFO", "-n", f"faults-{port}@%h"],
                env=env,
                log=work / f"worker-{next(starts)}.log",
            )  # fmt: skip

        def import_worker() -> None:
            processes.start(
                "import worker",
                [*background, "-m", "celery", "-A", "workbench", "worker",
                 "-Q", settings.CELERY_IMPORT_QUEUE, "--pool", "threads", "--concurrency", "8",
                 "--loglevel=INFO", "-n", f"faults-imports-{port}@%h"],
                env=env,
                log=work / f"import-worker-{next(starts)}.log",
            )  # fmt: skip

        processes.start(
            "web",
            [py, "-m", "gunicorn", "-c", "python:workbench.gunicorn_conf", "workbench.wsgi",
             "-b", f"127.0.0.1:{port}", "--access-logfile", str(work / "access.log")],
            env=env,
            log=work / "gunicorn.log",
        )  # fmt: skip
        # The web first, alone: each worker builds the URLs and the API's schemas on its
        # first request, seconds of CPU that gunicorn's 30 s timeout cuts short on a busy
        # machine while the Celery workers load spaCy beside it.
        wait_for(lambda: answers(f"{host}/healthz"), timeout=300, what="gunicorn")
        with ThreadPoolExecutor(max_workers=web_workers) as pool:
            # Concurrent requests, so every worker has built them before the run.
            list(pool.map(lambda _: answers(f"{host}/healthz"), range(3 * web_workers)))
        extraction_worker()
        import_worker()
        processes.start(
            "export worker",
            [*background, "-m", "celery", "-A", "workbench", "worker",
             "-Q", settings.CELERY_EXPORT_QUEUE,
             "--concurrency", "1", "--loglevel=INFO", "-n", f"faults-exports-{port}@%h"],
            env=env,
            log=work / "export-worker.log",
        )  # fmt: skip
        processes.start(
            "sweeper",
            [py, "manage.py", "sweep_extractions", "--every", "15"],
            env=env,
            log=work / "sweeper.log",
        )
        for log in ("worker-0.log", "import-worker-1.log", "export-worker.log"):
            wait_for(
                lambda log=log: " ready." in (work / log).read_text("utf-8", "replace"),
                timeout=180,
                what="the workers",
            )

        run = Run()
        peaks: dict[int, tuple[int, str]] = {}
        memory_stop = threading.Event()

        def roots():
            # The simulated editors are the load, not the product: left out.
            return [
                (name, p.pid)
                for name, p in processes.running
                if name != "editors" and p.poll() is None
            ]

        # The steps' editors sign in first, so each step starts when the schedule says.
        step_sessions = [signed_in(run, host, user, plan["password"]) for user in step_users]
        threading.Thread(
            target=sample_memory, args=(run, roots, peaks, memory_stop), daemon=True
        ).start()
        threading.Thread(target=probe_health, args=(run, host), daemon=True).start()
        load_before = os.getloadavg()
        print(
            f"Fault run: {editors} editors for {seconds} s on {web_workers} gunicorn processes "
            f"of {gunicorn_conf.threads} threads; "
            f"load average {load_before[0]:.2f} before.",
            flush=True,
        )
        locust = processes.start(
            "editors",
            [py, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
             "-u", str(editors), "-r", "10", "-t", f"{seconds}s", "-H", host,
             "--only-summary", "--stop-timeout", "10", "--loglevel", "WARNING"],
            env=env,
            log=work / "locust.log",
        )  # fmt: skip
        run.began = time.time()
        loads: list[float] = []
        steps: list[threading.Thread] = []

        def at(fraction: float) -> None:
            # The schedule is in shares of the editors' time, so --quick keeps its shape.
            while time.time() - run.began < fraction * seconds:
                loads.append(os.getloadavg()[0])
                time.sleep(0.5)

        def step(target, *step_args, **kwargs) -> None:
            thread = threading.Thread(target=target, args=step_args, kwargs=kwargs, daemon=True)
            thread.start()
            steps.append(thread)

        *fetching, uploader, pdf_uploader, exporter = step_sessions
        at(0.08)
        # First, in its own thread: on a saturated web the request itself can take a
        # minute, and the export is meant to be rendering through the faults below.
        run.mark("requesting the large PDF export")
        exporting = threading.Thread(
            target=request_export,
            args=(run, exporter, host),
            kwargs={"query": export_query, "step": "large export"},
        )
        exporting.start()
        at(0.1)
        run.mark("editors adding by URL from the dripping server")
        for n, session in enumerate(fetching):
            step(add_by_url, run, session, host, drip, random.Random(n))
        at(0.15)
        run.mark(f"uploading {lines:,} JSON lines ({import_path.stat().st_size:,} bytes)")
        step(upload, run, uploader, host, name=import_path.name,
             data=import_path.read_bytes(), step="upload JSONL")  # fmt: skip
        at(0.22)
        run.mark(f"uploading a {pages:,}-page PDF ({len(pdf):,} bytes)")
        step(upload, run, pdf_uploader, host, name="long-report.pdf", data=pdf,
             step="upload PDF")  # fmt: skip
        at(0.38)
        # Stopped once the export has been asked for (a request on its way when Redis
        # stops fails the job with a message, which is the next step's check).
        exporting.join(timeout=0.2 * seconds)
        run.mark(f"Redis stopped for {outage} s")
        redis = next(p for name, p in processes.running if name == "redis")
        # From the signal on, a probe may find Redis going down.
        run.events["redis down"] = time.time()
        redis.terminate()
        redis.wait(10)
        processes.running.remove(("redis", redis))
        down_at = time.time()
        run.mark("requesting an export while Redis is down")
        # In a thread, so the outage ends on time however slow the web is; the job
        # is asked for once Redis is down, and fails with a message if it is still down.
        step(request_export, run, exporter, host, query=f"{export_query}&kind=casualty",
             step="export during the outage")  # fmt: skip
        while time.time() - down_at < outage:
            time.sleep(0.2)
        processes.start("redis", redis_args, env=dict(os.environ), log=work / "redis-2.log")
        run.mark(f"Redis started again (empty) after {time.time() - down_at:.0f} s")
        run.events["redis up"] = time.time()
        at(0.75)
        run.mark("extraction and import workers killed (SIGKILL to their process groups)")
        for name, restart in (
            ("extraction worker", extraction_worker),
            ("import worker", import_worker),
        ):
            worker = next(p for running, p in processes.running if running == name)
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(10)
            processes.running.remove((name, worker))
            restart()
        at(0.83)
        web = next(p for name, p in processes.running if name == "web")
        victim = descendants(web.pid)[1]
        run.mark(f"one gunicorn worker killed (SIGKILL, pid {victim})")
        os.kill(victim, signal.SIGKILL)
        run.events["web worker killed"] = time.time()
        while locust.poll() is None:
            loads.append(os.getloadavg()[0])
            time.sleep(0.5)
        run.stop.set()
        run.mark("editors done; waiting for the uploads and the fetches to end")
        for thread in steps:
            thread.join(timeout=600)

        print("Waiting for every import job, article and export to finish ...", flush=True)
        from reports.models import ExportJob
        from sources.models import ImportJob

        drain_began = time.monotonic()

        def finished() -> bool:
            rendering = ExportJob.objects.filter(
                state__in=[ExportJob.State.QUEUED, ExportJob.State.RUNNING]
            )
            importing = ImportJob.objects.exclude(
                state__in=[ImportJob.State.DONE, ImportJob.State.FAILED]
            )
            return set(states()) <= FINAL and not rendering.exists() and not importing.exists()

        deadline = time.monotonic() + args.drain_timeout
        while not finished() and time.monotonic() < deadline:
            time.sleep(5)
        drain_seconds = time.monotonic() - drain_began
        memory_stop.set()
        load_after = os.getloadavg()
        checks = import_checks(good_lines)
        final_states = states()
        exports = {
            step_name: export_outcome(run.notes.get(step_name, "no answer"))
            for step_name in ("large export", "export during the outage")
        }
        unfinished_jobs = ExportJob.objects.filter(
            state__in=[ExportJob.State.QUEUED, ExportJob.State.RUNNING]
        ).count()
        connection.close()
    finally:
        if run:
            run.stop.set()
        processes.stop_all()
        if args.keep_logs:
            args.keep_logs.mkdir(parents=True, exist_ok=True)
            for log in work.glob("*.log"):
                (args.keep_logs / log.name).write_bytes(log.read_bytes())

    samples = read_samples(work / "samples.csv")
    report(
        run=run,
        samples=samples,
        peaks=peaks,
        checks=checks,
        final_states=final_states,
        exports=exports,
        unfinished_jobs=unfinished_jobs,
        loads=(load_before[0], max(loads, default=0), load_after[0]),
        drain_seconds=drain_seconds,
        gunicorn_log=(work / "gunicorn.log").read_text("utf-8", "replace"),
        requeued=sum(
            int(n) for n in re.findall(r"re-queued (\d+)", (work / "sweeper.log").read_text())
        ),
    )


def unanswered(run: Run) -> str:
    """The stretches of the run when /healthz probes went unanswered, as "12–19 (15)"."""
    moments = sorted(h["at"] - run.began for h in run.health if h["status"] == 0)
    stretches: list[list[float]] = []
    for moment in moments:
        if stretches and moment - stretches[-1][-1] <= 1.5:
            stretches[-1].append(moment)
        else:
            stretches.append([moment])
    return ", ".join(f"{s[0]:.0f}–{s[-1]:.0f} ({len(s)})" for s in stretches) or "none"


def report(
    *,
    run,
    samples,
    peaks,
    checks,
    final_states,
    exports,
    unfinished_jobs,
    loads,
    drain_seconds,
    gunicorn_log,
    requeued,
) -> None:
    killed = run.events["web worker killed"]
    down, up = run.events["redis down"], run.events["redis up"]
    everything = [
        *({"at": r["at"], "name": r["name"], "status": int(r.get("status") or 0),
           "detail": r["detail"]} for r in samples),
        *run.requests,
    ]  # fmt: skip
    by_name: dict[str, Counter] = defaultdict(Counter)
    failures: list[dict] = []
    cut_by_kill = 0
    for request in everything:
        status = request["status"]
        if status == 0 and killed <= request["at"] <= killed + 3:
            cut_by_kill += 1
        elif status == 0 or status >= 500:
            by_name[request["name"]][str(status or "no answer")] += 1
            failures.append(request)
    failed = sum(sum(c.values()) for c in by_name.values())

    health = run.health
    healthy = sum(1 for h in health if h["status"] == 200)

    def broker_only_answer(probe: dict) -> bool:
        # A probe answered after the stop began may have met Redis going down.
        return (
            probe["status"] == 503
            and down <= probe["at"] + probe["seconds"]
            and probe["at"] <= up + HEALTH_TIMEOUT
            and '"database": "ok"' in probe["body"]
        )

    broker_only = sum(1 for h in health if broker_only_answer(h))
    slow = sum(1 for h in health if h["status"] == 0)
    available = (healthy + broker_only) / max(len(health), 1)

    roles: dict[str, tuple[int, int]] = {}
    for kb, role in peaks.values():
        count, top = roles.get(role, (0, 0))
        roles[role] = (count + 1, max(top, kb))
    over = [role for role, (_, kb) in roles.items() if kb > MAX_RSS_KB]

    once = (
        checks["articles"] == checks["distinct texts"] == checks["good lines"]
        and not checks["titles stored twice or more"]
    )
    all_final = set(final_states) <= FINAL
    large = exports["large export"]
    timeouts = gunicorn_log.count("WORKER TIMEOUT")

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    print()
    print("| what | figure | target |")
    print("| --- | --- | --- |")
    print(f"| requests | {len(everything):,} ({len(samples):,} by the editors) | |")
    print(f"| 5xx or no answer | {failed} | 0: {verdict(not failed)} |")
    for name, counts in sorted(by_name.items()):
        detail = ", ".join(f"{n} × {what}" for what, n in counts.most_common())
        print(f"| · {name} | {detail} | |")
    # When each went wrong, beside the schedule's events, and what the client saw.
    for request in sorted(failures, key=lambda r: r["at"]):
        print(
            f"| · {request['at'] - run.began:.0f} s into the run: {request['name']} | "
            f"{request['status'] or 'no answer'} {str(request['detail'])[:120]} | |"
        )
    print(f"| requests cut by the gunicorn worker's kill | {cut_by_kill} | (apart) |")
    print(f"| gunicorn workers killed by their 30 s timeout | {timeouts} | |")
    print(
        f"| /healthz answered correctly within {HEALTH_TIMEOUT} s | {available:.1%} of "
        f"{len(health)} probes ({healthy} × 200, {broker_only} × 503 naming only the broker "
        f"while Redis was down, {slow} without an answer, "
        f"{len(health) - healthy - broker_only - slow} other) | 100%: {verdict(available == 1)} |"
    )
    worst = max((h["seconds"] for h in health), default=0)
    print(f"| /healthz slowest answer | {worst:.1f} s | |")
    print(f"| /healthz without an answer, seconds into the run | {unanswered(run)} | |")
    for probe in health:
        if probe["status"] not in (0, 200) and not broker_only_answer(probe):
            print(
                f"| · /healthz other answer, {probe['at'] - run.began:.0f} s into the run | "
                f"{probe['status']} {probe['body'][:120]} | |"
            )
    for role, (count, kb) in sorted(roles.items()):
        print(
            f"| peak RSS, {role} ({count} process{'es' if count > 1 else ''}) | "
            f"{kb / 1024:,.0f} MiB | ≤ 1 GB: {verdict(kb <= MAX_RSS_KB)} |"
        )
    print(
        f"| import: articles for {checks['good lines']:,} good lines | {checks['articles']:,} "
        f"({checks['distinct texts']:,} distinct texts, {checks['titles stored twice or more']} "
        f"titles twice; job {checks['job']}) | each exactly once: {verdict(once)} |"
    )
    print(
        f"| articles' final states | {dict(final_states)} (all work done {drain_seconds:.0f} s "
        f"after the uploads were answered) | all done or failed: {verdict(all_final)} |"
    )
    for name, outcome in exports.items():
        line = ", ".join(f"{k} {v}" for k, v in outcome.items() if v not in ("", None))
        target = f"done: {verdict(outcome['state'] == 'done')}" if name == "large export" else ""
        print(f"| {name} | {line} | {target} |")
    print(f"| articles the sweeper re-queued | {requeued} | |")
    print(
        f"| export jobs left queued or running | {unfinished_jobs} | 0: "
        f"{verdict(not unfinished_jobs)} |"
    )
    for name in ("upload JSONL", "upload PDF", "add by URL"):
        if name in run.notes:
            print(f"| {name}: the answer | {run.notes[name]} | |")
    before, peak, after = loads
    print(
        f"\nLoad average (1 min): {before:.2f} before, {peak:.2f} peak, {after:.2f} at the end; "
        f"{os.cpu_count()} CPUs."
    )
    moments = {"redis down", "redis up", "web worker killed"}
    print(
        "Timeline:",
        ", ".join(
            f"{at - run.began:.0f} s {e}" for e, at in run.events.items() if e not in moments
        ),
    )
    missed = (
        failed
        or available < 1
        or over
        or not once
        or not all_final
        or large["state"] != "done"
        or unfinished_jobs
    )
    if missed:
        sys.exit(1)


# -- The earlier measurements (--save-and-race) ----------------------------------------

ARTICLES = 5
ROUNDS = 200

SAVE = """
import time
from django.db import transaction
from sources.models import Article
from sources.services import create_article
text = open("seeds/belgorod-2023-05-23.txt").read()
began = time.monotonic()
ids = []
for n in range({count}):
    with transaction.atomic():
        ids.append(create_article(title=f"Fault {{n}}", text=f"{{n}} {{began}} {{text}}").pk)
seconds = time.monotonic() - began
states = sorted(set(Article.objects.filter(pk__in=ids).values_list("extraction_state", flat=True)))
print(f"{{seconds / {count}:.3f}} {{','.join(states)}}")
"""


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _save(env: dict) -> tuple[float, str]:
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SAVE.format(count=ARTICLES)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    seconds, states = done.stdout.split()[-2:]
    return float(seconds), states


def saving_with_the_broker_down() -> None:
    base = {**os.environ, "LOG_LEVEL": "ERROR"}
    down = {**base, "REDIS_URL": f"redis://127.0.0.1:{_closed_port()}/0"}
    # In-process: spaCy extracts during the save; timed only to show the floor of a save.
    floor = {key: value for key, value in base.items() if key != "REDIS_URL"}
    outage, states = _save(down)
    inline, _ = _save(floor)
    print(f"save with Redis down: {outage:.2f} s per article, left {states}")
    print(f"save with tasks in-process (extraction included): {inline:.2f} s per article")


def racing_registry_changes() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    import django

    django.setup()
    import logging

    from django.contrib.auth import get_user_model
    from django.core.exceptions import ValidationError
    from django.db import close_old_connections

    from claims.models import Claim
    from claims.speakers import attribute_claim, merge_speakers, split_alias
    from ops import transactions
    from sources.models import Article, Speaker, SpeakerAlias
    from sources.services import update_speaker

    logging.disable(logging.WARNING)
    retried = 0
    original = transactions.is_deadlock

    def counted(error):
        nonlocal retried
        found = original(error)
        retried += found
        return found

    transactions.is_deadlock = counted
    user, _ = get_user_model().objects.get_or_create(username="bench-faults")

    def speaker(name, kind="person"):
        made = Speaker.objects.create(name=name, kind=kind)
        SpeakerAlias.objects.create(speaker=made, name=name)
        return made

    member = speaker("Race Member")
    survivor = speaker("Race Survivor Office", "organisation")
    ministry = speaker("Race Merged Office", "organisation")
    update_speaker(speaker=member, name=member.name, kind="person", role="", affiliation=ministry)
    article = Article.objects.create(title="Race", text="x" * 400, content_hash="bench-race")
    claims = Claim.objects.bulk_create(
        Claim(article=article, start=n * 10, end=n * 10 + 5, text="xxxxx", speaker=member)
        for n in range(8)
    )
    failures: list[str] = []

    def registry():
        for _ in range(ROUNDS):
            merge_speakers(keep=survivor, drop=ministry, by=user)
            split_alias(alias=SpeakerAlias.objects.get(name=ministry.name), by=user)

    def attributions():
        for turn in range(ROUNDS * 2):
            claim = Claim.objects.get(pk=claims[turn % len(claims)].pk)
            to = ministry if claim.speaker_id == member.pk else member
            # A refusal (the ministry was merged a moment ago) is what an editor should see.
            with contextlib.suppress(ValidationError):
                attribute_claim(claim=claim, speaker=to, by=user, expected_version=None)

    def run(job):
        try:
            job()
        except Exception as error:  # noqa: BLE001 - what a user would have seen as a 500
            failures.append(f"{type(error).__name__}: {error}")
        finally:
            close_old_connections()

    threads = [threading.Thread(target=run, args=(job,)) for job in (registry, attributions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(
        f"registry race: {ROUNDS} merge+split rounds against {ROUNDS * 2} attributions, "
        f"{len(failures)} failed, {retried} deadlocks retried"
    )
    for failure in failures:
        print("  ", failure)


def save_and_race() -> None:
    """The earlier measurements: saving with the broker down, and racing registry changes."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (see the docstring).")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, check=True
    )
    subprocess.run([sys.executable, "manage.py", "flush", "--noinput"], cwd=ROOT, check=True)
    saving_with_the_broker_down()
    racing_registry_changes()


if __name__ == "__main__":
    main()
