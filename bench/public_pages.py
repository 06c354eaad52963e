"""Public fact-check pages with 5,000 published fact-checks: what an anonymous reader,
a feed reader or an embedding site costs.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk .venv/bin/python bench/public_pages.py

Fills a dedicated database once (BENCH_DATABASE, default claimdesk_bench_public;
--rebuild refills it), publishing through desk.services.publish, then times whole
anonymous requests through Django's test client. The baseline is /healthz, the
smallest page, so the ratios hold across machines. Query counts come from the first
and last page of the index and from a fact-check with 1 and with 20 pieces of
evidence: each pair must be equal.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import bench_database, setup_django  # noqa: E402

FACT_CHECKS = 5_000
RUNS = 60
WARMUP = 5
WORD = "Officials reported casualties. "


def fill() -> None:
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from claims.models import Claim
    from desk.models import FactCheck
    from desk.services import publish
    from sources.models import Article, Outlet, Speaker

    FactCheck.objects.all().delete()
    Claim.objects.all().delete()
    Article.objects.all().delete()
    editor, _ = get_user_model().objects.get_or_create(username="bench-editor")
    outlet, _ = Outlet.objects.get_or_create(name="Bench Outlet")
    speaker, _ = Speaker.objects.get_or_create(name="Bench Speaker")
    text = WORD * 100
    for batch in range(FACT_CHECKS // 100):
        article = Article.objects.create(
            title=f"Article {batch}",
            text=text,
            content_hash=f"bench-public-{batch}",
            outlet=outlet,
            url=f"https://outlet.example/{batch}",
        )
        claims = Claim.objects.bulk_create(
            Claim(
                article=article,
                start=n * len(WORD),
                end=(n + 1) * len(WORD) - 1,
                text=WORD[:-1],
                kind=Claim.Kind.STATEMENT,
                speaker=speaker,
            )
            for n in range(100)
        )
        with transaction.atomic():
            for claim in claims:
                claim.set_verdict(verdict="false", by=editor, note="Bench note.")
                publish(claim=claim, by=editor, explanation="Bench explanation.")
    evidenced = FactCheck.objects.order_by("id").last().claim
    for n in range(20):
        evidenced.add_evidence(by=editor, stance="refutes", url=f"https://e.example/{n}")
    FactCheck.objects.order_by("id").first().claim.add_evidence(
        by=editor, stance="refutes", url="https://e.example/one"
    )


def timed(client, path: str) -> tuple[float, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(WARMUP):
        assert client.get(path).status_code == 200, path
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], len(queries)


def main() -> None:
    url = bench_database(os.environ.get("BENCH_DATABASE", "claimdesk_bench_public"))
    setup_django(url)
    from django.test import Client

    from desk.models import FactCheck

    if "--rebuild" in sys.argv or FactCheck.objects.count() != FACT_CHECKS:
        fill()
    client = Client(SERVER_NAME="localhost")
    first = FactCheck.objects.order_by("id").first()
    last = FactCheck.objects.order_by("id").last()
    rows = [
        ("baseline: /healthz", "/healthz"),
        ("index, first page", "/fact-checks/"),
        ("Atom feed (50 entries)", "/fact-checks/feed/"),
        ("fact-check page, 1 evidence link", first.get_absolute_url()),
        ("fact-check page, 20 evidence links", last.get_absolute_url()),
        ("embed card", f"{first.get_absolute_url()}embed/"),
        ("oEmbed", f"/fact-checks/oembed/?url={first.public_url()}"),
    ]
    results = [(label, *timed(client, path)) for label, path in rows]
    base = results[0][1]
    print("| request | p50 ms | p95 ms | × baseline | queries |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, p50, p95, queries in results:
        print(f"| {label} | {p50:.1f} | {p95:.1f} | {p50 / base:.1f} | {queries} |")


if __name__ == "__main__":
    main()
