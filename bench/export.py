"""Export benchmark: CSV and JSON of 20,000 and 200,000 claims, PDF of a 300-claim article;
with the argument `pdf-parts`, a PDF in parts (one part of 500 claims, a job of two).

Needs PostgreSQL; use a database of its own, which it migrates and fills:

    createdb -h 127.0.0.1 -U postgres claimdesk_bench_export
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk_bench_export \\
        python bench/export.py

Each export runs in a fresh process through the real view, so its peak memory
(the kernel's high-water mark, reset just before the export) is its own: if
streaming works, the growth over the process's baseline is the same for 20,000
and 200,000 claims. The baseline for speed is a
bare scan of the same claims' ids and texts in the same run.
"""

import datetime
import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

ARTICLES = 2_000
CLAIMS_PER_ARTICLE = 100
SMALL_ARTICLES = 200  # the first 200 articles (20,000 claims) belong to the small outlet
PDF_CLAIMS = 300


def _setup() -> None:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (see the docstring).")
    import django

    django.setup()


def _reset_peak_rss() -> None:
    # ru_maxrss survives exec (a child starts with its parent's peak), so read the
    # process's own high-water mark, reset here to the current size.
    Path("/proc/self/clear_refs").write_text("5")


def _rss_mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"{field} missing from /proc/self/status")


def _copy(cursor, model, rows, *, ids: bool = True) -> int:
    """COPY rows (dicts) into the model's table; unset fields take their defaults."""
    fields = [f for f in model._meta.concrete_fields if ids or not f.primary_key]
    defaults = {}
    for field in fields:
        if field.has_default():
            defaults[field.attname] = field.get_default()
        elif field.null or field.primary_key:
            defaults[field.attname] = None
        else:
            defaults[field.attname] = ""
    columns = ", ".join(f'"{field.column}"' for field in fields)
    count = 0
    with cursor.copy(f'COPY "{model._meta.db_table}" ({columns}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row.get(f.attname, defaults[f.attname]) for f in fields])
            count += 1
    return count


def _article_text(n: int, claims: int) -> tuple[str, list[tuple[int, int]]]:
    parts, spans, position = [], [], 0
    for i in range(claims):
        lead = f"In district {i}, officials said "
        claim = f"{(n * 7 + i) % 500 + 1} people were injured and {i % 40} homes destroyed"
        sentence = f"{lead}{claim}, according to report {n}-{i}. "
        spans.append((position + len(lead), position + len(lead) + len(claim)))
        parts.append(sentence)
        position += len(sentence)
    return "".join(parts), spans


def seed() -> dict:
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection
    from django.utils import timezone

    from claims.models import Claim, ClaimEvent, Evidence, Quantity
    from sources.ingest.text import content_hash
    from sources.models import Article, Outlet, Speaker

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    tables = [m._meta.db_table for m in (Quantity, Evidence, ClaimEvent, Claim, Article, Outlet)]
    tables.append(Speaker._meta.db_table)
    now = timezone.now()
    with connection.cursor() as django_cursor:
        django_cursor.execute(
            f"TRUNCATE {', '.join(tables)}, claims_exportjob RESTART IDENTITY CASCADE"
        )
        cursor = django_cursor.cursor
        _copy(cursor, Outlet, [{"id": 1, "name": "Small Outlet"}, {"id": 2, "name": "Big Outlet"}])
        _copy(cursor, Speaker, ({"id": i, "name": f"Speaker {i}"} for i in range(1, 51)))
        spans_by_article = {}

        def articles():
            for n in range(1, ARTICLES + 2):
                count = PDF_CLAIMS if n == ARTICLES + 1 else CLAIMS_PER_ARTICLE
                text, spans = _article_text(n, count)
                spans_by_article[n] = (text, spans)
                yield {
                    "id": n,
                    "title": f"Article {n}: injuries reported across {count} districts",
                    "text": text,
                    "url": f"https://news.example/{n}",
                    "outlet_id": 1 if n <= SMALL_ARTICLES else 2,
                    "published": datetime.date(2024, 1, 1) + datetime.timedelta(days=n % 365),
                    "content_hash": content_hash(text),
                    "extraction_state": "done",
                    "created_at": now,
                }

        _copy(cursor, Article, articles())
        verdicts = ["pending", "verified", "false", "misleading", "unverifiable"]
        claims, quantities, evidence, events = [], [], [], []
        claim_id = 0
        for n, (text, spans) in spans_by_article.items():
            for i, (start, end) in enumerate(spans):
                claim_id += 1
                verdict = verdicts[claim_id % 5]
                claims.append(
                    {
                        "id": claim_id,
                        "article_id": n,
                        "start": start,
                        "end": end,
                        "text": text[start:end],
                        "kind": "figure" if n > ARTICLES else "casualty",
                        "speaker_id": claim_id % 50 + 1,
                        "speaker_text": f"Speaker {claim_id % 50 + 1}",
                        "attribution": "officials said",
                        "verdict": verdict,
                        "verdict_note": "" if verdict == "pending" else f"Checked {claim_id}.",
                        "verdict_at": None if verdict == "pending" else now,
                        "created_at": now,
                    }
                )
                value = int(text[start:end].split()[0])
                quantities.append(
                    {
                        "claim_id": claim_id,
                        "value": Decimal(value),
                        "category": "injured",
                        "subject": "people",
                        "position": 0,
                    }  # fmt: skip
                )
                if i % 2:
                    quantities.append(
                        {
                            "claim_id": claim_id,
                            "value": Decimal(i % 40),
                            "category": "destroyed",
                            "subject": "homes",
                            "position": 1,
                        }  # fmt: skip
                    )
                if claim_id % 4 == 0:
                    evidence.append(
                        {
                            "claim_id": claim_id,
                            "url": f"https://evidence.example/{claim_id}",
                            "stance": "supports",
                            "created_at": now,
                        }  # fmt: skip
                    )
                if verdict != "pending":
                    events.append(
                        {
                            "claim_id": claim_id,
                            "at": now,
                            "action": "verdict",
                            "field": "verdict",
                            "old_value": "pending",
                            "new_value": verdict,
                        }  # fmt: skip
                    )
        _copy(cursor, Claim, claims)
        _copy(cursor, Quantity, quantities, ids=False)
        _copy(cursor, Evidence, evidence, ids=False)
        _copy(cursor, ClaimEvent, events, ids=False)
        for statement in connection.ops.sequence_reset_sql(
            no_style(), [Outlet, Speaker, Article, Claim, Quantity, Evidence, ClaimEvent]
        ):
            django_cursor.execute(statement)
        django_cursor.execute("ANALYZE")
    return {
        "claims": claim_id,
        "quantities": len(quantities),
        "evidence": len(evidence),
        "events": len(events),
        "seconds": time.perf_counter() - started,
    }


def measure_export(fmt: str, outlet: str) -> dict:
    """One export through the view, in this (fresh) process."""
    from django.test import RequestFactory

    from claims.models import Claim
    from reports.views import selection_export

    # The PDF article's claims are figures, so kind=casualty leaves them out of both sizes.
    params = {"format": fmt, "kind": "casualty"}
    claims = Claim.objects.filter(kind="casualty")
    if outlet:
        params["outlet"] = outlet
        claims = claims.filter(article__outlet_id=outlet)

    # Baseline: a bare streamed scan of the same rows.
    started = time.perf_counter()
    scanned = sum(1 for _ in claims.values_list("id", "text").iterator(chunk_size=2000))
    baseline_seconds = time.perf_counter() - started

    request = RequestFactory().get("/reports/claims/", params)
    request.user = _superuser()
    _reset_peak_rss()
    baseline_rss = _rss_mib("VmRSS")
    started = time.perf_counter()
    response = selection_export(request)
    first = None
    size = 0
    for chunk in response.streaming_content:
        if first is None:
            first = time.perf_counter() - started
        size += len(chunk)
    seconds = time.perf_counter() - started
    return {
        "format": fmt,
        "claims": scanned,
        "seconds": seconds,
        "claims_per_second": scanned / seconds,
        "baseline_claims_per_second": scanned / baseline_seconds,
        "first_chunk_seconds": first,
        "megabytes": size / 1e6,
        "rss_before_mib": baseline_rss,
        "rss_peak_mib": _rss_mib("VmHWM"),
    }


def _superuser():
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(
        username="bench-export", defaults={"is_superuser": True, "is_staff": True}
    )
    return user


def measure_pdf() -> dict:
    from pypdf import PdfReader

    from reports.html import html_chunks
    from reports.pdf import render_pdf
    from reports.selection import article_report
    from sources.models import Article

    article = Article.objects.select_related("outlet").get(pk=ARTICLES + 1)
    started = time.perf_counter()
    html = "".join(html_chunks(article_report(article=article)))
    html_seconds = time.perf_counter() - started
    started = time.perf_counter()
    pdf = render_pdf(article_report(article=article))
    pdf_seconds = time.perf_counter() - started
    return {
        "claims": article.claims.count(),
        "html_seconds": html_seconds,
        "html_kilobytes": len(html) / 1e3,
        "pdf_seconds": pdf_seconds,
        "pages": len(PdfReader(BytesIO(pdf)).pages),
        "pdf_kilobytes": len(pdf) / 1e3,
    }


# Ten of the small outlet's articles: 1,000 claims, a PDF of two parts of 500.
PARTS_FILTERS = {"outlet": "1", "published_from": "2024-01-02", "published_to": "2024-01-11"}


def measure_pdf_parts(mode: str) -> dict:
    """The 1,000 claims of PARTS_FILTERS as a PDF job in this (fresh) process.

    "job": both parts in turn, as the export worker runs them, each part's time and
    peak RSS growth (high-water mark reset before it) and the whole job's peak;
    "whole": the same claims laid out as one PDF, as the job did before parts.
    """
    from django.conf import settings
    from django.http import QueryDict

    from claims.filters import ClaimFilterForm
    from reports import jobs, tasks
    from reports.models import ExportJob
    from reports.pdf import render_pdf
    from reports.selection import selection_report

    settings.PDF_PART_CLAIMS = 500
    query = QueryDict(mutable=True)
    query.update(PARTS_FILTERS)
    user = _superuser()
    report = selection_report(form=ClaimFilterForm(query, user=user))
    result = {"claims": report.summary.total, "loadavg": os.getloadavg()}
    _reset_peak_rss()
    baseline = _rss_mib("VmRSS")
    if mode == "whole":
        started = time.perf_counter()
        pdf = render_pdf(report)
        result["parts"] = [
            {
                "seconds": time.perf_counter() - started,
                "growth_mib": _rss_mib("VmHWM") - baseline,
                "kilobytes": len(pdf) / 1e3,
            }
        ]
        result["peak_mib"] = _rss_mib("VmHWM")
        return result
    # No broker here: the bench takes each queued part the way the worker would.
    queued: list[int] = []
    tasks.render_pdf_part_task.delay = queued.append
    ExportJob.objects.all().delete()
    tasks.request_pdf_export(report=report, requested_by=user)
    parts, job_peak = [], 0.0
    while queued:
        part_id = queued.pop()
        _reset_peak_rss()
        before = _rss_mib("VmRSS")
        started = time.perf_counter()
        jobs.run_pdf_part(part_id=part_id, queue_next=queued.append)
        seconds = time.perf_counter() - started
        job_peak = max(job_peak, _rss_mib("VmHWM"))
        part = ExportJob.objects.get().parts.defer("content").get(pk=part_id)
        parts.append(
            {
                "seconds": seconds,
                "growth_mib": _rss_mib("VmHWM") - before,
                "kilobytes": part.size / 1e3,
                "state": part.state,
            }
        )
    result |= {"parts": parts, "peak_mib": job_peak, "baseline_mib": baseline}
    return result


def measure_keyset_parts() -> dict:
    """Reading part 1 and part 40 of the small outlet's 20,000 claims (parts of 500)."""
    from django.http import QueryDict

    from claims.filters import ClaimFilterForm
    from reports.selection import selection_report

    query = QueryDict(mutable=True)
    query.update({"outlet": "1"})
    report = selection_report(form=ClaimFilterForm(query, user=_superuser()))
    cursor, seconds = "", {}
    for number in range(1, 41):
        started = time.perf_counter()
        claims, cursor = report.claims_after(cursor, size=500)
        seconds[number] = time.perf_counter() - started
    return {"first": seconds[1], "fortieth": seconds[40], "claims": len(claims)}


def _child(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    _setup()
    seeded = seed()
    print(
        f"seeded {seeded['claims']:,} claims, {seeded['quantities']:,} quantities, "
        f"{seeded['evidence']:,} evidence, {seeded['events']:,} events "
        f"in {seeded['seconds']:.1f} s (COPY)"
    )
    print()
    print("format  claims   seconds  claims/s  bare scan/s  ratio  first chunk  MB     RSS growth")
    for fmt in ("csv", "json"):
        for outlet in ("1", ""):
            r = _child("export", fmt, outlet)
            growth = r["rss_peak_mib"] - r["rss_before_mib"]
            print(
                f"{fmt:<7} {r['claims']:>7,}  {r['seconds']:>6.1f}  {r['claims_per_second']:>8,.0f}"
                f"  {r['baseline_claims_per_second']:>11,.0f}"
                f"  {r['claims_per_second'] / r['baseline_claims_per_second']:>5.3f}"
                f"  {r['first_chunk_seconds']:>9.3f} s  {r['megabytes']:>5.0f}"
                f"  {growth:>6.1f} MiB (peak {r['rss_peak_mib']:.0f} MiB)"
            )
    print()
    p = _child("pdf")
    print(
        f"PDF of one article with {p['claims']} claims: {p['pdf_seconds']:.1f} s, "
        f"{p['pages']} pages, {p['pdf_kilobytes']:.0f} kB "
        f"(of which building the HTML: {p['html_seconds']:.2f} s, {p['html_kilobytes']:.0f} kB)"
    )


def pdf_parts() -> None:
    """The PDF in parts: one part of 500 claims, a job of two, and one 1,000-claim PDF."""
    seeded = seed()
    print(f"seeded {seeded['claims']:,} claims in {seeded['seconds']:.1f} s (COPY)")
    k = _child("keyset-parts")
    print(
        f"reading part 1 of the 20,000-claim selection: {k['first'] * 1000:.0f} ms, "
        f"part 40: {k['fortieth'] * 1000:.0f} ms"
    )
    for mode in ("job", "whole"):
        r = _child("pdf-parts", mode)
        load = ", ".join(f"{x:.2f}" for x in r["loadavg"])
        for number, part in enumerate(r["parts"], start=1):
            print(
                f"{mode:<5} {r['claims']:,} claims, part {number} of {len(r['parts'])}: "
                f"{part['seconds']:.1f} s, RSS growth {part['growth_mib']:.0f} MiB, "
                f"{part['kilobytes']:.0f} kB"
            )
        print(f"{mode:<5} peak RSS {r['peak_mib']:.0f} MiB (load average {load})")


if __name__ == "__main__":
    if sys.argv[1:] == ["pdf-parts"]:
        _setup()
        pdf_parts()
    elif len(sys.argv) > 1:
        _setup()
        if sys.argv[1] == "keyset-parts":
            print(json.dumps(measure_keyset_parts()))
        elif sys.argv[1] == "pdf-parts":
            print(json.dumps(measure_pdf_parts(sys.argv[2])))
        elif sys.argv[1] == "export":
            print(json.dumps(measure_export(sys.argv[2], sys.argv[3])))
        elif sys.argv[1] == "pdf":
            print(json.dumps(measure_pdf()))
    else:
        main()
