"""Extraction speed: bare spaCy, the full extractor, and end to end through a worker.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/extraction.py

All three run in this one process's run, on the same texts, so the ratios hold on a
noisy machine. The end-to-end figure goes through Redis to one Celery worker process
(solo pool) and stores claims in a dedicated PostgreSQL database.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import ROOT, bench_database, setup_django  # noqa: E402
from bench.extraction_core import bare_and_full, corpus  # noqa: E402


def rate(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f} words/s"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not os.environ.get("REDIS_URL"):
        sys.exit("Set REDIS_URL: the end-to-end figure goes through a real worker.")
    url = bench_database("claimdesk_bench_extraction")
    setup_django(url)

    from django.db import transaction

    from claims.models import Claim
    from claims.tasks import queue_extraction
    from sources.ingest.text import content_hash
    from sources.models import Article

    texts = corpus(args.words)
    words = sum(len(t.split()) for t in texts)
    bare, full = bare_and_full(texts, args.rounds)

    Claim.objects.all().delete()
    Article.objects.all().delete()
    run = uuid.uuid4().hex[:6]
    articles = Article.objects.bulk_create(
        Article(
            title=f"Bench {n}",
            text=text,
            content_hash=content_hash(f"{run}-{n}-{text}"),
            extraction_state=Article.State.DONE,
        )
        for n, text in enumerate(texts)
    )
    warm = Article.objects.create(
        title="warm-up", text=texts[0], content_hash=content_hash(f"{run}-warm")
    )
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
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url},
    )
    try:

        def done(ids) -> bool:
            return (
                not Article.objects.filter(pk__in=ids)
                .exclude(extraction_state__in=[Article.State.DONE, Article.State.FAILED])
                .exists()
            )

        def wait(ids) -> None:
            while not done(ids):
                time.sleep(0.02)

        with transaction.atomic():
            queue_extraction(article=warm)
        wait([warm.pk])  # the worker has loaded spaCy

        ids = [a.pk for a in articles]
        start = time.perf_counter()
        for article in articles:
            with transaction.atomic():
                queue_extraction(article=article)
        wait(ids)
        end_to_end = time.perf_counter() - start
        failed = Article.objects.filter(pk__in=ids, extraction_state=Article.State.FAILED).count()

        thousand = " ".join(" ".join(texts).split()[:1000])
        latencies = []
        for n in range(5):
            single = Article.objects.create(
                title="1k", text=thousand, content_hash=content_hash(f"{run}-1k-{n}")
            )
            start = time.perf_counter()
            with transaction.atomic():
                queue_extraction(article=single)
            wait([single.pk])
            latencies.append(time.perf_counter() - start)
    finally:
        worker.terminate()
        worker.wait(30)

    print(f"texts: {len(texts)} articles, {words:,} words")
    print(f"bare nlp.pipe         {rate(words, bare):>16}   1.00")
    print(f"full extractor        {rate(words, full):>16}   {bare / full:.2f} of bare")
    print(
        f"end to end (worker)   {rate(words, end_to_end):>16}   {bare / end_to_end:.2f} of bare"
        f"   ({failed} failed)"
    )
    print(
        f"1,000-word article queued -> stored: median {statistics.median(latencies):.3f} s, "
        f"max {max(latencies):.3f} s"
    )


if __name__ == "__main__":
    main()
