"""Time the review screens on a newsroom-sized PostgreSQL database.

    DATABASE_URL=postgres://user@host:5432/anything REDIS_URL=redis://host:6379/15 \
        python bench/review.py [--repeat 30] [--reuse]

Creates (and at the end keeps, for inspection) a separate database named
claimdesk_bench on the same server, fills it with 10,000 articles and about
200,000 claims, then prints p50/p95 server time and the SQL query count for
the article review page (an article with 300 claims), the claim queue (first
page and page 500, with and without filters) and a verdict change, each with
PASS/MISS against its target. Requests go through django.test.Client, so the
time is the server's: URL routing, middleware, views, queries and templates.

With REDIS_URL set, as in production, the jobs a request sends (a verdict
change's recount of speaker counters) go to the broker, and the script empties
that queue afterwards: use a Redis database no worker listens on. Without it,
jobs run inside the request.
"""

import argparse
import datetime
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

BENCH_DB = "claimdesk_bench"
ARTICLES = 10_000
BIG_ARTICLE_CLAIMS = 300
CLAIMS_PER_ARTICLE = 20
SPEAKERS = 2_000
OUTLETS = 50
PAGE_TARGET_MS = 150
VERDICT_TARGET_MS = 50
MAX_QUERIES = 12
MORE_CLAIMS = re.compile(r'class="more-claims"[^>]*hx-get="([^"]+)"')
CARD_VERSION = re.compile(r'name="version" value="(\d+)"')

PLACES = ["Graivoron", "Belgorod", "Kharkiv", "Sumy", "Bakhmut", "Kherson", "Odesa", "Kupiansk"]
KINDS = ["casualty", "damage", "figure", "statement"]
# Most claims wait for review; the rest carry every verdict.
VERDICTS = ["pending"] * 70 + ["verified"] * 12 + ["false"] * 5 + ["misleading"] * 5
VERDICTS += ["unverifiable"] * 4 + ["not_a_claim"] * 4


def sentence(rng: random.Random, n: int) -> tuple[str, str]:
    """One sentence of article text and the claim inside it."""
    place = rng.choice(PLACES)
    claim = f"{rng.randint(2, 400)} people were injured in {place} (report {n})"
    return f"The regional governor said {claim}, officials added. ", claim


def prepare_database(*, fresh: bool) -> None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit("bench/review.py needs PostgreSQL: set DATABASE_URL=postgres://user@host:5432/db")
    import psycopg

    parts = urlsplit(url)
    if fresh:
        maintenance = urlunsplit(parts._replace(path="/postgres", scheme="postgresql"))
        with psycopg.connect(maintenance, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {BENCH_DB}")
    os.environ["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{BENCH_DB}"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    # The test client's host; the test environment itself is left out because its
    # template instrumentation copies every context and would dominate the timings.
    os.environ["ALLOWED_HOSTS"] = "testserver"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def fill(rng: random.Random) -> dict:
    """Bulk-load the data with COPY; returns what the measurements need."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection

    from claims.roles import EDITORS
    from claims.track_records import refresh_speaker_stats
    from sources.ingest.text import content_hash
    from sources.names import loose_key, name_key

    started = time.perf_counter()
    editors = Group.objects.get(name=EDITORS)
    users = []
    for n in range(5):
        user = get_user_model().objects.create_user(username=f"bench-editor-{n}")
        user.groups.add(editors)
        users.append(user)
    now = datetime.datetime.now(datetime.UTC)
    user_ids = [u.pk for u in users]

    articles, claims, quantities, events, evidence = [], [], [], [], []
    claim_id = 0
    for article_id in range(1, ARTICLES + 1):
        count = BIG_ARTICLE_CLAIMS if article_id == 1 else CLAIMS_PER_ARTICLE
        text, spans = [f"Article {article_id}. "], []
        offset = len(text[0])
        for n in range(count):
            line, claim = sentence(rng, n)
            start = offset + line.index(claim)
            spans.append((start, start + len(claim), claim))
            text.append(line)
            offset += len(line)
        body = "".join(text)
        state = "running" if article_id % 500 == 0 else "done"
        published = datetime.date(2023, 1, 1) + datetime.timedelta(days=article_id % 700)
        articles.append(
            (
                article_id,
                f"Report {article_id} from {rng.choice(PLACES)}",
                body,
                "",
                "",
                rng.randint(1, OUTLETS),
                "",
                published,
                "en",
                content_hash(body),
                "",
                state,
                "",
                now,
                "",
                "",
                now,
            )
        )
        for start, end, claim in spans:
            claim_id += 1
            verdict = rng.choice(VERDICTS)
            kind = rng.choice(KINDS)
            speaker = rng.randint(1, SPEAKERS) if rng.random() < 0.9 else None
            assignee = rng.choice(user_ids) if rng.random() < 0.1 else None
            hedged = rng.random() < 0.15
            reviewed = verdict != "pending"
            by = rng.choice(user_ids) if reviewed else None
            claims.append(
                (
                    claim_id,
                    article_id,
                    start,
                    end,
                    claim,
                    kind,
                    speaker,
                    f"Speaker {speaker}" if speaker else "",
                    "person" if speaker else "",
                    False,
                    "the regional governor said",
                    "unreviewed",
                    hedged,
                    "reportedly" if hedged else "",
                    verdict,
                    "Checked against the ministry list"
                    if verdict in ("false", "misleading")
                    else "",
                    by,
                    now if reviewed else None,
                    assignee,
                    None,
                    "bench",
                    now,
                    now if reviewed else None,
                    2 if reviewed else 1,
                )
            )
            if kind in ("casualty", "damage"):
                category = "injured" if kind == "casualty" else "damaged"
                quantities.append((claim_id, int(claim.split()[0]), category, "people"))
            if reviewed:
                events.append((claim_id, by, now, "verdict", "verdict", "pending", verdict, ""))
            if article_id == 1:
                events.append((claim_id, user_ids[0], now, "assignment", "assignee", "", "x", ""))
                evidence.append(
                    (claim_id, "https://example.org/source", "", "supports", user_ids[0])
                )

    with connection.cursor() as cursor:
        raw = cursor.connection
        with raw.cursor() as cur:
            with cur.copy("COPY sources_outlet (id, name, domain, created_at) FROM STDIN") as copy:
                for n in range(1, OUTLETS + 1):
                    copy.write_row((n, f"Outlet {n}", f"outlet{n}.example.org", now))
            with cur.copy(
                "COPY sources_speaker (id, name, kind, role, created_by_extractor, created_at, "
                "claim_count, false_count, false_share) FROM STDIN"
            ) as copy:
                # Counters start at zero and are counted once the claims are in.
                for n in range(1, SPEAKERS + 1):
                    copy.write_row((n, f"Speaker {n}", "person", "", True, now, 0, 0, 0.0))
            with cur.copy(
                "COPY sources_speakeralias (speaker_id, name, key, loose_key) FROM STDIN"
            ) as copy:
                for n in range(1, SPEAKERS + 1):
                    name = f"Speaker {n}"
                    copy.write_row((n, name, name_key(name), loose_key(name)))
            with cur.copy(
                "COPY sources_article (id, title, text, url, canonical_url, outlet_id, byline, "
                "published, language, content_hash, source_name, extraction_state, "
                "extraction_error, extraction_queued_at, extractor_version, extraction_task_id, "
                "created_at) FROM STDIN"
            ) as copy:
                for row in articles:
                    copy.write_row(row)
            with cur.copy(
                'COPY claims_claim (id, article_id, start, "end", text, kind, speaker_id, '
                "speaker_text, speaker_kind, speaker_inferred, attribution, attribution_state, "
                "hedged, hedge, verdict, verdict_note, verdict_by_id, verdict_at, assignee_id, "
                "created_by_id, extractor_version, created_at, edited_at, version) FROM STDIN"
            ) as copy:
                for row in claims:
                    copy.write_row(row)
            with cur.copy(
                "COPY claims_quantity (claim_id, value, category, subject, approximate, position) "
                "FROM STDIN"
            ) as copy:
                for claim, value, category, subject in quantities:
                    copy.write_row((claim, value, category, subject, False, 0))
            with cur.copy(
                "COPY claims_claimevent (claim_id, user_id, at, action, field, old_value, "
                "new_value, note) FROM STDIN"
            ) as copy:
                for row in events:
                    copy.write_row(row)
            with cur.copy(
                "COPY claims_evidence (claim_id, url, note, stance, added_by_id, created_at) "
                "FROM STDIN"
            ) as copy:
                for row in evidence:
                    copy.write_row((*row, now))
        for table in ("sources_outlet", "sources_speaker", "sources_article", "claims_claim"):
            # Table names come from the tuple above, never from input.
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, 'id'), (SELECT max(id) FROM {table}))",  # noqa: S608
                [table],
            )
    refresh_speaker_stats(speaker_ids=range(1, SPEAKERS + 1))
    with connection.cursor() as cursor:
        # VACUUM too: it sets the visibility map index-only scans rely on, which a
        # server with autovacuum off would otherwise never do for the loaded rows.
        cursor.execute("VACUUM (ANALYZE)")
    print(
        f"filled {len(articles):,} articles, {len(claims):,} claims, {len(quantities):,} "
        f"quantities, {len(events):,} events in {time.perf_counter() - started:.0f} s"
    )
    return {"editor": users[0], "big_article": 1, "small_article": 2}


def reference_ms() -> float:
    """A fixed piece of pure Python, timed: how fast the machine is at this moment."""
    started = time.perf_counter()
    total = 0
    for n in range(200_000):
        total += n
    return (time.perf_counter() - started) * 1000


def measure(requests: list, repeat: int) -> tuple[list[dict], list[float]]:
    """Time every request `repeat` times, in rounds of one request each.

    In rounds rather than row after row, so that a spell of slowness on a shared
    machine falls on every row alike and the rows stay comparable. Returns the
    rows and the reference timing taken at each round.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    rows = []
    for label, call in requests:
        for _ in range(3):
            call()
        with CaptureQueriesContext(connection) as queries:
            response = call()
        assert response.status_code in (200, 302), (label, response.status_code)
        # Read now: the next request resets the connection's query log.
        rows.append({"label": label, "queries": len(queries), "times": []})
    reference = []
    for _ in range(repeat):
        reference.append(reference_ms())
        for row, (_, call) in zip(rows, requests, strict=True):
            started = time.perf_counter()
            call()
            row["times"].append((time.perf_counter() - started) * 1000)
    fastest = min(reference)
    for row in rows:
        times = row.pop("times")
        row["p50"], row["p95"] = percentiles(times)
        row["p99"] = percentile(sorted(times), 99)
        # Each round as if the machine had run at its fastest: times scaled by how
        # much slower than its fastest the reference loop ran just before the round.
        scaled = [t * fastest / ref for t, ref in zip(times, reference, strict=True)]
        row["p50 scaled"], row["p95 scaled"] = percentiles(scaled)
    return rows, sorted(reference)


def percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), percentile(times, 95)


def percentile(ordered: list[float], q: int) -> float:
    """The q-th percentile of times in order, by nearest rank."""
    return ordered[max(0, round(q / 100 * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per row")
    parser.add_argument(
        "--reuse", action="store_true", help=f"measure the {BENCH_DB} a previous run filled"
    )
    args = parser.parse_args()
    prepare_database(fresh=not args.reuse)
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db.models import F
    from django.test import Client
    from django.urls import reverse

    from claims.models import Claim
    from claims.views.queue import QUEUE_PAGE_SIZE
    from workbench.celery import app as celery_app

    if args.reuse:
        editor = get_user_model().objects.get(username="bench-editor-0")
        data = {"editor": editor, "big_article": 1, "small_article": 2}
    else:
        data = fill(random.Random(4))
    client = Client()
    client.force_login(data["editor"])
    queue = reverse("claims:queue")
    filters = {"verdict": "pending", "kind": "casualty", "hedged": "no"}

    def page_500(claims) -> str:
        # The cursor a reader holds after paging through 499 pages.
        skip = QUEUE_PAGE_SIZE * 499 - 1
        return f"a{claims.order_by('-id').values_list('id', flat=True)[skip]}"

    plain_cursor = page_500(Claim.objects.all())
    filtered_cursor = page_500(
        Claim.objects.filter(verdict="pending", kind="casualty", hedged=False)
    )
    big = reverse("claims:article_review", args=[data["big_article"]])
    small = reverse("claims:article_review", args=[data["small_article"]])
    # The chunks of cards htmx fetches after the 300-claim page, taken from the pages.
    chunks = []
    html = client.get(big).content.decode()
    while match := MORE_CLAIMS.search(html):
        chunks.append(match.group(1).replace("&amp;", "&"))
        html = client.get(chunks[-1], HTTP_HX_REQUEST="true").content.decode()
    chunk_turn = iter(range(10**6))

    def next_chunk():
        return client.get(chunks[next(chunk_turn) % len(chunks)], HTTP_HX_REQUEST="true")

    pages = [
        ("article review, 20 claims (baseline)", lambda: client.get(small)),
        ("article review, 300 claims", lambda: client.get(big)),
        (f"  its further chunks of cards ({len(chunks)})", next_chunk),
        ("queue, page 1", lambda: client.get(queue)),
        ("queue, page 500", lambda: client.get(queue, {"cursor": plain_cursor})),
        ("queue filtered, page 1", lambda: client.get(queue, filters)),
        (
            "queue filtered, page 500",
            lambda: client.get(queue, {**filters, "cursor": filtered_cursor}),
        ),
        ("queue, text search", lambda: client.get(queue, {"q": "Kupiansk (report 7)"})),
        ("queue, my queue", lambda: client.get(queue, {"assignee": "me"})),
    ]

    # A verdict change from the review page: the card and the article's counts come back.
    # What the editor's page holds: versions and verdicts, read once, then taken from
    # each returned card. Least recently edited first, so repeated runs do not pile
    # history onto a few claims; each change is a real one (pending to verified and
    # back), never a save of the verdict the claim already has.
    edited = Claim.objects.filter(article_id=data["big_article"]).order_by(
        F("edited_at").asc(nulls_first=True), "id"
    )
    held = {
        pk: [version, verdict]
        for pk, version, verdict in edited.values_list("id", "version", "verdict")
    }
    claims = list(held)
    turn = iter(range(10**6))

    def change_verdict():
        pk = claims[next(turn) % len(claims)]
        version, verdict = held[pk]
        verdict = "verified" if verdict == "pending" else "pending"
        # Form-encoded, as htmx posts it.
        response = client.post(
            reverse("claims:claim_verdict", args=[pk]),
            urlencode({"verdict": verdict, "version": version}),
            content_type="application/x-www-form-urlencoded",
            HTTP_HX_REQUEST="true",
            HTTP_HX_CURRENT_URL="http://testserver" + big,
        )
        held[pk] = [int(CARD_VERSION.search(response.content.decode()).group(1)), verdict]
        return response

    rows, reference = measure([*pages, ("verdict change (htmx)", change_verdict)], args.repeat)
    verdict = rows.pop()
    # Rounds of its own: the page without JavaScript, for reading, has no target, and
    # the garbage of 300 full cards would fall on the collections of the other rows.
    every = ("  every card at once (?all, no JS)", lambda: client.get(big, {"all": ""}))
    rows.insert(3, measure([every], args.repeat)[0][0])
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        # Nobody works this queue: drop the counter refreshes the changes sent it.
        celery_app.control.purge()

    print(
        f"\n{args.repeat} timed requests per row in interleaved rounds, after 3 warm-up "
        "requests each\n"
    )
    print(
        f"{'request':<40} {'p50 ms':>8} {'p95 ms':>8} {'scaled p95':>11} {'queries':>8}  "
        "target (on p95 as measured)"
    )
    for row in [*rows, verdict]:
        figures = (
            f"{row['label']:<40} {row['p50']:>8.1f} {row['p95']:>8.1f} "
            f"{row['p95 scaled']:>11.1f} {row['queries']:>8}  "
        )
        if row is rows[3]:
            # The page without JavaScript, for reading; the targets are for the screens.
            print(figures + "(no target)")
            continue
        is_verdict = row is verdict
        target = VERDICT_TARGET_MS if is_verdict else PAGE_TARGET_MS
        ok = row["p95"] <= target and (is_verdict or row["queries"] <= MAX_QUERIES)
        goal = f"p95 ≤ {target} ms" + ("" if is_verdict else f", ≤ {MAX_QUERIES} queries")
        print(figures + f"{'PASS' if ok else 'MISS'} ({goal})")
    base, big_row = rows[0], rows[1]
    print(
        f"\nqueries, 300-claim vs 20-claim article: {big_row['queries']} vs {base['queries']} "
        f"({'constant' if big_row['queries'] == base['queries'] else 'GROWS'})"
    )
    page_and_chunks = rows[1]["p50"] + len(chunks) * rows[2]["p50"]
    print(
        f"300-claim article, every card in place (page + {len(chunks)} chunks, p50): "
        f"{page_and_chunks:.0f} ms; in one request: {rows[3]['p50']:.0f} ms"
    )
    print(f"queue page 500 / page 1 time: {rows[5]['p50'] / rows[4]['p50']:.2f}x")
    print(f"verdict change / 20-claim page time (p50): {verdict['p50'] / base['p50']:.2f}x")
    print(
        f"machine speed, a fixed Python loop timed each round: {reference[0]:.1f} ms fastest, "
        f"{statistics.median(reference):.1f} ms median, {reference[-1]:.1f} ms slowest; "
        "scaled p95 counts each round at the fastest speed"
    )


if __name__ == "__main__":
    main()
