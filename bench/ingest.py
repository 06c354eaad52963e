"""Bulk import speed and memory: JSON Lines into PostgreSQL, extraction queued.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/ingest.py

First 1,000 and then 5,000 generated articles as `manage.py import_articles`
imports them (the import job run in this process, a chunk at a time), each
queued for extraction on Redis. Peak traced memory must not grow with the number
of articles. Then a 10,000-line upload as the upload screen stores it, read by a
real Celery worker (`--pool=solo`, on a queue of its own so that no extraction
runs meanwhile): lines per second from queueing to done, and the worker's peak
resident memory. The queues are purged afterwards.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import ROOT, bench_database, setup_django  # noqa: E402

PARAGRAPH = (
    "Rescue teams searched the flooded district on {day} after the river burst its banks. "
    "At least {n} people were killed and {m} were injured, the regional governor said. "
    "Officials said {k} homes were destroyed and hundreds of residents fled to shelters."
)
# The worker reads imports from this queue alone, so the extraction tasks the import
# queues wait on the default queue (and are purged) instead of sharing the worker.
IMPORT_QUEUE = f"bench-imports-{uuid.uuid4().hex[:6]}"


def jsonl(count: int, run: str) -> bytes:
    lines = []
    for n in range(count):
        text = "\n\n".join(
            PARAGRAPH.format(day=f"day {p}", n=n % 50 + p, m=n % 30, k=n % 90) for p in range(8)
        )
        record = {
            "title": f"Floods, report {run}-{n}",
            "text": f"{text}\n\nRef {run}-{n}.",
            "outlet": f"Wire {n % 20}",
            "url": f"https://news.example/{run}/{n}",
            "published": "2024-05-01",
        }
        lines.append(json.dumps(record))
    return ("\n".join(lines) + "\n").encode()


def clear() -> None:
    from claims.models import Claim
    from sources.models import Article, ImportJob

    Claim.objects.all().delete()
    ImportJob.objects.all().delete()
    Article.objects.all().delete()


def in_process() -> None:
    from sources import imports
    from sources.models import Article, ImportJob

    print(f"{'articles':>9} {'seconds':>8} {'articles/s':>11} {'peak MB':>8}", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for count in (1_000, 5_000):
            clear()
            path = Path(folder) / f"{count}.jsonl"
            path.write_bytes(jsonl(count, uuid.uuid4().hex[:6]))
            tracemalloc.start()
            start = time.perf_counter()
            job = imports.start_path_job(paths=[path])
            imports.run_job(job_id=job.pk, task_id="bench")
            seconds = time.perf_counter() - start
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            job = ImportJob.objects.get(pk=job.pk)
            queued = Article.objects.filter(extraction_state="queued").count()
            assert job.imported == queued == count, (job.imported, queued, count)
            print(
                f"{count:>9,} {seconds:>8.1f} {count / seconds:>11,.0f} {peak / 1e6:>8.1f}"
                f"   (load average {os.getloadavg()[0]:.1f})",
                flush=True,
            )


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def through_worker(count: int = 10_000) -> None:
    from django.db import transaction

    from sources import imports
    from sources.models import ImportJob
    from sources.tasks import queue_import

    clear()
    data = jsonl(count, uuid.uuid4().hex[:6])
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "workbench",
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "-Q",
            IMPORT_QUEUE,
            "-n",
            f"bench-{IMPORT_QUEUE}@localhost",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
    )
    try:
        time.sleep(8)  # the worker's start, not part of the import
        start = time.perf_counter()
        with transaction.atomic():
            job = imports.start_upload_job(
                uploads=[imports.Upload("bench.jsonl", data)], created_by=None
            )
            queue_import(job_id=job.pk)
        while not (job := ImportJob.objects.get(pk=job.pk)).finished:
            time.sleep(0.5)
        seconds = time.perf_counter() - start
        rss = peak_rss_mb(worker.pid)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert job.state == ImportJob.State.DONE and job.imported == count, (job.state, job.error)
    size = len(data) / 1e6
    print(
        f"\n{count:,} lines ({size:.1f} MB) through a worker: {seconds:.1f} s, "
        f"{count / seconds:,.0f} lines/s, worker peak RSS {rss:.0f} MB "
        f"(load average {os.getloadavg()[0]:.1f})",
        flush=True,
    )


def main() -> None:
    if not os.environ.get("REDIS_URL"):
        sys.exit("Set REDIS_URL: each imported article is queued for extraction on it.")
    os.environ["CELERY_IMPORT_QUEUE"] = IMPORT_QUEUE
    setup_django(bench_database("claimdesk_imports_bench"))
    from workbench.celery import app

    try:
        in_process()
        through_worker()
    finally:
        app.control.purge()


if __name__ == "__main__":
    main()
