"""Bulk import speed and memory: JSON Lines into PostgreSQL, extraction queued.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/ingest.py

Imports 1,000 and then 5,000 generated articles through the same code path as
`manage.py import_articles`, each queued for extraction on Redis (no worker runs,
and the queue is purged afterwards). Peak traced memory must not grow with the
number of articles.
"""

import json
import os
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import bench_database, setup_django  # noqa: E402

PARAGRAPH = (
    "Rescue teams searched the flooded district on {day} after the river burst its banks. "
    "At least {n} people were killed and {m} were injured, the regional governor said. "
    "Officials said {k} homes were destroyed and hundreds of residents fled to shelters."
)


def write_jsonl(path: Path, count: int, run: str) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            text = "\n\n".join(
                PARAGRAPH.format(day=f"day {p}", n=n % 50 + p, m=n % 30, k=n % 90) for p in range(8)
            )
            out.write(
                json.dumps(
                    {
                        "title": f"Floods, report {run}-{n}",
                        "text": f"{text}\n\nRef {run}-{n}.",
                        "outlet": f"Wire {n % 20}",
                        "url": f"https://news.example/{run}/{n}",
                        "published": "2024-05-01",
                    }
                )
                + "\n"
            )


def main() -> None:
    if not os.environ.get("REDIS_URL"):
        sys.exit("Set REDIS_URL: each imported article is queued for extraction on it.")
    setup_django(bench_database("claimdesk_bench_ingest"))

    from claims.models import Claim
    from sources.imports import import_paths
    from sources.models import Article
    from workbench.celery import app

    print(f"{'articles':>9} {'seconds':>8} {'articles/s':>11} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for count in (1_000, 5_000):
            Claim.objects.all().delete()
            Article.objects.all().delete()
            path = Path(folder) / f"{count}.jsonl"
            write_jsonl(path, count, uuid.uuid4().hex[:6])
            tracemalloc.start()
            start = time.perf_counter()
            outcomes = [o.status for o in import_paths([path])]
            seconds = time.perf_counter() - start
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            imported = outcomes.count("imported")
            queued = Article.objects.filter(extraction_state="queued").count()
            assert imported == queued == count, (imported, queued, count)
            print(f"{count:>9,} {seconds:>8.1f} {count / seconds:>11,.0f} {peak / 1e6:>8.1f}")
    app.control.purge()


if __name__ == "__main__":
    main()
