"""Time the API on a newsroom-sized PostgreSQL database.

    DATABASE_URL=postgres://user@host:5432/claimdesk_api REDIS_URL=redis://host:6379/3 \
        python bench/api.py [--repeat 100] [--reuse] [--imports 1000] [--phases]

Drops and fills the database DATABASE_URL names (10,000 articles, about 200,000
claims, loaded as bench/review.py loads its own), then prints p50/p95/p99 server time
and the SQL query count of the claims list (page 1 and page 500, with and without
filters) and a verdict change, each against its target, with a trivial API request
(`GET /api/articles?limit=1`: the token, the permission and one small query) and the
claim queue screen's page 1 timed in the same rounds for ratios that read the
same on a busy machine and a quiet one. Then imports `--imports` articles over
the API one after another and prints the rate, and the time of an import against
the trivial request timed between them. The load average is printed with it. Requests go through
django.test.Client with a read-write token, so the times are the server's. Before the
timed rounds the process readies the app as gunicorn's master does before forking its
web workers (workbench/gunicorn_conf.py's when_ready: the loaded objects frozen out of
the garbage collector), so its collections cost what a worker's do.

With --phases it also prints where the verdict change's time went, request by request
(bench/phases.py: garbage collection, queries, the commit, the work after the commit),
and how many full collections fell in each row's requests.

REDIS_URL is required: as in production, extraction and counter jobs go to the
broker instead of running in the request, and the rate limit is counted there. The
script empties that queue at the end: use a Redis database no worker listens on.
"""

import argparse
import contextlib
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.phases import Phases  # noqa: E402
from bench.review import fill, measure, sentence  # noqa: E402

LIST_TARGET_MS = 60
VERDICT_TARGET_MS = 50
IMPORT_TARGET_PER_S = 50
PAGE_SIZE = 50


def prepare(*, fresh: bool) -> None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")) or not os.environ.get("REDIS_URL"):
        sys.exit("bench/api.py needs DATABASE_URL=postgres://... and REDIS_URL=redis://...")
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if fresh:
        maintenance = urlunsplit(parts._replace(path="/postgres", scheme="postgresql"))
        with psycopg.connect(maintenance, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    # The bench measures the API, not its limit: every request is counted all the same.
    os.environ["API_RATE_LIMIT"] = str(10**9)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.db import connection

    # bench/review.py's loader predates these columns and leaves them out of its COPY;
    # their model defaults, as database defaults, fill them in.
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE claims_claim ALTER COLUMN stance SET DEFAULT 'asserts'")
        cursor.execute("ALTER TABLE claims_claim ALTER COLUMN proposed_verdict SET DEFAULT ''")
        cursor.execute("ALTER TABLE claims_claim ALTER COLUMN proposed_note SET DEFAULT ''")
        cursor.execute("ALTER TABLE claims_quantity ALTER COLUMN qualifier SET DEFAULT ''")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100, help="timed requests per row")
    parser.add_argument("--reuse", action="store_true", help="measure a database filled before")
    parser.add_argument("--imports", type=int, default=1000, help="articles to import")
    parser.add_argument(
        "--phases", action="store_true", help="time the verdict change's phases request by request"
    )
    args = parser.parse_args()
    prepare(fresh=not args.reuse)
    from django.contrib.auth import get_user_model
    from django.db.models import F
    from django.test import Client

    from api.models import ApiToken
    from api.services import create_token
    from claims.models import Claim
    from workbench.celery import app as celery_app
    from workbench.gunicorn_conf import when_ready

    if args.reuse:
        editor = get_user_model().objects.get(username="bench-editor-0")
    else:
        editor = fill(random.Random(4))["editor"]
    _, secret = create_token(
        user=editor, name=f"bench {time.time_ns()}", scope=ApiToken.Scope.WRITE
    )
    api = Client(headers={"Authorization": f"Bearer {secret}"})
    screens = Client()
    screens.force_login(editor)

    def page_500(claims) -> str:
        # The cursor a tool holds after paging through 499 pages: the last id it saw.
        return str(claims.order_by("-id").values_list("id", flat=True)[PAGE_SIZE * 499 - 1])

    filters = {"verdict": "pending", "kind": "casualty", "hedged": "no"}
    plain_cursor = page_500(Claim.objects.all())
    filtered_cursor = page_500(
        Claim.objects.filter(verdict="pending", kind="casualty", hedged=False)
    )

    # Real changes, pending to verified and back, least recently edited claims first,
    # each with the version the previous answer gave.
    edited = Claim.objects.order_by(F("edited_at").asc(nulls_first=True), "id")[:500]
    held = {pk: [v, verdict] for pk, v, verdict in edited.values_list("id", "version", "verdict")}
    claims = list(held)
    turn = iter(range(10**6))

    def change_verdict():
        pk = claims[next(turn) % len(claims)]
        version, verdict = held[pk]
        verdict = "verified" if verdict == "pending" else "pending"
        response = api.post(
            f"/api/claims/{pk}/verdict",
            {"verdict": verdict, "version": version},
            content_type="application/json",
        )
        held[pk] = [response.json()["version"], verdict]
        return response

    def trivial_request():
        return api.get("/api/articles", {"limit": 1})

    requests = [
        ("trivial: GET /api/articles?limit=1 (reference)", trivial_request),
        ("queue screen, page 1 (reference)", lambda: screens.get("/claims/")),
        ("claims list, page 1", lambda: api.get("/api/claims", {"limit": PAGE_SIZE})),
        (
            "claims list, page 500",
            lambda: api.get("/api/claims", {"limit": PAGE_SIZE, "cursor": plain_cursor}),
        ),
        ("claims list filtered, page 1", lambda: api.get("/api/claims", filters)),
        (
            "claims list filtered, page 500",
            lambda: api.get("/api/claims", {**filters, "cursor": filtered_cursor}),
        ),
        ("verdict change", change_verdict),
    ]
    phases = Phases()
    if args.phases:
        requests = [(label, phases.timed(label, call)) for label, call in requests]
    when_ready(None)
    load_before = os.getloadavg()
    with phases if args.phases else contextlib.nullcontext():
        rows, _ = measure(requests, args.repeat)
    phases.keep_last(args.repeat)

    # Imports, one after another as a script sends them; extraction goes to the broker.
    # A trivial request every tenth import gives the ratio in the same minutes.
    rng = random.Random(5)
    trivial = []
    spent = 0.0
    stamp = time.time_ns()
    for n in range(args.imports):
        if n % 10 == 0:
            began = time.perf_counter()
            trivial_request()
            trivial.append((time.perf_counter() - began) * 1000)
        text = "".join(sentence(rng, i)[0] for i in range(20)) + f"(bench {stamp}-{n})"
        began = time.perf_counter()
        response = api.post(
            "/api/articles",
            {"title": f"Wire report {n}", "text": text, "outlet": "Wire"},
            content_type="application/json",
        )
        spent += time.perf_counter() - began
        assert response.status_code == 201, response.content
    rate = args.imports / spent
    celery_app.control.purge()
    load_after = os.getloadavg()

    trivial_p50, screen_p50 = rows[0]["p50"], rows[1]["p50"]
    print(f"\n{args.repeat} timed requests per row in interleaved rounds")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}\n")
    print(
        "| request | p50 ms | p95 ms | p99 ms | scaled p95 | queries | p50 / trivial "
        "| p95 / trivial | p50 / screen | target |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for row in rows:
        target = LIST_TARGET_MS if row["label"].startswith("claims") else VERDICT_TARGET_MS
        verdict = (
            ""
            if "reference" in row["label"]
            else (f"{'PASS' if row['p95'] <= target else 'MISS'} (p95 ≤ {target} ms)")
        )
        print(
            f"| {row['label']} | {row['p50']:.1f} | {row['p95']:.1f} | {row['p99']:.1f} "
            f"| {row['p95 scaled']:.1f} "
            f"| {row['queries']} | {row['p50'] / trivial_p50:.2f} "
            f"| {row['p95'] / rows[0]['p95']:.2f} | {row['p50'] / screen_p50:.2f} | {verdict} |"
        )
    result = "PASS" if rate >= IMPORT_TARGET_PER_S else "MISS"
    trivial_during = statistics.median(trivial)
    per_import = spent / args.imports * 1000
    print(
        f"\nimported {args.imports} articles over the API at {rate:.0f} articles/s: "
        f"{result} (≥ {IMPORT_TARGET_PER_S}/s); {per_import:.1f} ms an import, "
        f"{per_import / trivial_during:.2f} times the trivial request ({trivial_during:.1f} ms "
        "p50 during the imports)"
    )
    if args.phases:
        print("", *phases.report("verdict change"), "", *phases.collections(), sep="\n")


if __name__ == "__main__":
    main()
