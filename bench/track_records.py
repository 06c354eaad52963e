"""What dating claims by their article's publication date costs a track record.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk_bench_track_records \
        .venv/bin/python bench/track_records.py

Fills the database named in DATABASE_URL once (kept between runs; --rebuild refills)
with one speaker quoted 5,000 times across 1,000 articles among 50,000 claims, then
times, in interleaved rounds, the speaker's track record (one aggregate query by
month and verdict) dated by publication date, as claims.track_records does, against
the same query dated by import, which needs no join with the articles; and the
refresh of the speaker's list counters.
"""

import datetime
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import bench_database, setup_django  # noqa: E402

ARTICLES = 1_000
CLAIMS = 50_000
BIG_SPEAKER_CLAIMS = 5_000
ROUNDS = 40
WARMUP = 3
VERDICTS = ["pending"] * 5 + ["verified"] * 2 + ["false", "misleading", "unverifiable"]


def fill() -> None:
    from django.utils import timezone

    from claims.models import Claim
    from sources.models import Article, Speaker

    Claim.objects.all().delete()
    Article.objects.all().delete()
    Speaker.objects.all().delete()
    text = "The ministry said 12 people were killed. " * 3
    start = datetime.date(2022, 1, 1)
    articles = Article.objects.bulk_create(
        Article(
            title=f"Report {i}",
            text=text,
            content_hash=f"bench-{i}",
            # One in ten without a date: those count by their import date.
            published=None if i % 10 == 0 else start + datetime.timedelta(days=i % 900),
            extraction_state=Article.State.DONE,
        )
        for i in range(ARTICLES)
    )
    speakers = Speaker.objects.bulk_create(Speaker(name=f"Speaker {i}") for i in range(46))
    now = timezone.now()
    Claim.objects.bulk_create(
        (
            Claim(
                article=articles[i % ARTICLES],
                start=(i // ARTICLES) * 3,
                end=(i // ARTICLES) * 3 + 2,
                text=text[(i // ARTICLES) * 3 : (i // ARTICLES) * 3 + 2],
                kind=Claim.Kind.STATEMENT,
                speaker=speakers[0] if i < BIG_SPEAKER_CLAIMS else speakers[1 + i % 45],
                verdict=VERDICTS[i % len(VERDICTS)],
                created_at=now - datetime.timedelta(days=i % 60),
            )
            for i in range(CLAIMS)
        ),
        batch_size=5_000,
    )


def main() -> None:
    name = urlsplit(os.environ.get("DATABASE_URL", "")).path.lstrip("/")
    setup_django(bench_database(name or "claimdesk_bench_track_records"))
    from django.db import connection
    from django.db.models import Count, DateField
    from django.db.models.functions import TruncMonth

    from claims.models import Claim
    from claims.track_records import refresh_speaker_stats, track_record
    from sources.models import Speaker

    if "--rebuild" in sys.argv or Claim.objects.count() != CLAIMS:
        fill()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    big = Speaker.objects.order_by("pk").first()
    claims = Claim.objects.filter(speaker=big)
    assert claims.count() == BIG_SPEAKER_CLAIMS

    def by_publication():
        track_record(claims=claims)

    def by_import():
        month = TruncMonth("created_at", output_field=DateField())
        list(claims.annotate(month=month).values("month", "verdict").annotate(n=Count("pk")))

    def refresh():
        refresh_speaker_stats(speaker_ids=[big.pk])

    cases = [
        ("track record, dated by import (no join)", by_import),
        ("track record, dated by publication", by_publication),
        ("speaker counters refresh", refresh),
    ]
    times = {label: [] for label, _ in cases}
    for round_ in range(WARMUP + ROUNDS):
        for label, run in cases:
            began = time.perf_counter()
            run()
            if round_ >= WARMUP:
                times[label].append((time.perf_counter() - began) * 1000)
    baseline = statistics.median(times[cases[0][0]])
    print(f"{BIG_SPEAKER_CLAIMS:,} claims of one speaker among {CLAIMS:,}; {ROUNDS} rounds")
    print(f"{'':<42} {'p50 ms':>7} {'p95 ms':>7} {'x first':>8}")
    for label, _ in cases:
        p50 = statistics.median(times[label])
        p95 = statistics.quantiles(times[label], n=20)[-1]
        print(f"{label:<42} {p50:>7.1f} {p95:>7.1f} {p50 / baseline:>8.2f}")


if __name__ == "__main__":
    main()
