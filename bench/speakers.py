"""Speaker list and speaker page response times with 200,000 claims and 20,000 speakers.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk .venv/bin/python bench/speakers.py

Fills a dedicated database once (kept between runs; pass --rebuild to refill),
then times whole requests through Django's test client (middleware, session,
queries, template rendering): every sort of the speaker list, a name search, and
the page of a speaker with 5,000 claims. The baseline is the smallest signed-in
page (speaker name suggestions for a name nobody has), so the ratios hold across
machines. Query counts come from the 5,000-claim speaker and a 10-claim speaker:
they must be equal.
"""

import datetime
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import bench_database, setup_django  # noqa: E402

SPEAKERS = 20_000
CLAIMS = 200_000
BIG_SPEAKER_CLAIMS = 5_000
CLAIMS_PER_ARTICLE = 10
RUNS = 60
WARMUP = 5
SPAN = 30
VERDICTS = ["pending"] * 5 + ["verified"] * 2 + ["false", "misleading", "unverifiable"]


def fill() -> None:
    from django.core.management import call_command

    from claims.models import Claim
    from sources.models import Article, Outlet, Speaker, SpeakerAlias
    from sources.names import loose_key, name_key

    rng = random.Random(5)
    Claim.objects.all().delete()
    Article.objects.all().delete()
    SpeakerAlias.objects.all().delete()
    Speaker.objects.all().delete()
    Outlet.objects.all().delete()
    outlets = Outlet.objects.bulk_create(Outlet(name=f"Outlet {n}") for n in range(50))
    speakers = Speaker.objects.bulk_create(
        (Speaker(name=f"Speaker {n} Surname{n % 5000}", kind="person") for n in range(SPEAKERS)),
        batch_size=5000,
    )
    SpeakerAlias.objects.bulk_create(
        (
            SpeakerAlias(
                speaker=speaker,
                name=speaker.name,
                key=name_key(speaker.name),
                loose_key=loose_key(speaker.name),
            )
            for speaker in speakers
        ),
        batch_size=5000,
    )
    text = "x" * (SPAN * CLAIMS_PER_ARTICLE)
    start = datetime.date(2022, 1, 1)
    article_count = CLAIMS // CLAIMS_PER_ARTICLE
    articles = Article.objects.bulk_create(
        (
            Article(
                title=f"Report {n}",
                text=text,
                content_hash=f"{n:064x}",
                outlet=outlets[n % len(outlets)],
                published=start + datetime.timedelta(days=n * 1000 // article_count),
                extraction_state="done",
            )
            for n in range(article_count)
        ),
        batch_size=5000,
    )
    # One speaker with 5,000 claims, one with 10, and the rest shared unevenly,
    # as quotes are: a few speakers have thousands, most have a handful.
    big, small, others = speakers[0], speakers[1], speakers[2:]
    rest = CLAIMS - BIG_SPEAKER_CLAIMS - 10
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(others))]
    owners = [big] * BIG_SPEAKER_CLAIMS + [small] * 10 + rng.choices(others, weights, k=rest)
    rng.shuffle(owners)
    batch = []
    for n, speaker in enumerate(owners):
        article = articles[n // CLAIMS_PER_ARTICLE]
        offset = (n % CLAIMS_PER_ARTICLE) * SPAN
        batch.append(
            Claim(
                article=article,
                start=offset,
                end=offset + SPAN - 1,
                text=text[offset : offset + SPAN - 1],
                kind="statement",
                speaker=speaker,
                speaker_text=speaker.name,
                verdict=rng.choice(VERDICTS),
            )
        )
        if len(batch) == 10_000:
            Claim.objects.bulk_create(batch)
            batch = []
    Claim.objects.bulk_create(batch)
    call_command("refresh_speaker_stats")


def timed(client, url: str) -> list[float]:
    for _ in range(WARMUP):
        assert client.get(url).status_code == 200, url
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, url
    return times


def queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def main() -> None:
    setup_django(bench_database("claimdesk_bench_speakers"))
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from claims.models import Claim
    from sources.models import Speaker

    if "--rebuild" in sys.argv or Claim.objects.count() != CLAIMS:
        began = time.perf_counter()
        fill()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        print(f"filled in {time.perf_counter() - began:.0f} s")
    user, _ = get_user_model().objects.get_or_create(username="bench-editor")
    user.groups.add(Group.objects.get(name="editors"))
    client = Client(SERVER_NAME="localhost")
    client.force_login(user)

    big = Speaker.objects.order_by("pk").first()
    small = Speaker.objects.order_by("pk")[1]
    assert big.claims.count() == BIG_SPEAKER_CLAIMS and small.claims.count() == 10
    speakers_url = reverse("claims:speakers")
    cases = [
        ("baseline: name suggestions, no match", f"{reverse('claims:speaker_options')}?name=zz"),
        ("speaker list, most claims", f"{speakers_url}?sort=claims"),
        ("speaker list, share of false claims", f"{speakers_url}?sort=false"),
        ("speaker list, latest claim", f"{speakers_url}?sort=latest"),
        ("speaker list, page 40 by claims", f"{speakers_url}?sort=claims&page=40"),
        ("speaker list, search 'surname12'", f"{speakers_url}?q=surname12&sort=false"),
        ("speaker page, 5,000 claims", reverse("claims:speaker", args=[big.pk])),
        ("speaker page, 10 claims", reverse("claims:speaker", args=[small.pk])),
    ]
    print(
        f"{Speaker.objects.count():,} speakers, {Claim.objects.count():,} claims; "
        f"{RUNS} requests each after {WARMUP} warm-up"
    )
    print(f"{'request':<40} {'p50 ms':>7} {'p95 ms':>7} {'x base':>7} {'queries':>8}")
    baseline = None
    for label, url in cases:
        times = timed(client, url)
        baseline = baseline or statistics.median(times)
        print(
            f"{label:<40} {statistics.median(times):>7.1f} {p95(times):>7.1f} "
            f"{statistics.median(times) / baseline:>7.1f} {queries(client, url):>8}"
        )


if __name__ == "__main__":
    main()
