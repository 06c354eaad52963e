"""CSV: one row per claim-quantity, streamed, safe to open in a spreadsheet.

A claim without quantities still gets one row, with the quantity columns empty.
Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
"""

import csv
from collections.abc import Iterator

from claims.models import Claim
from ops.spreadsheets import BOM, Echo, neutralise
from reports.records import claim_record
from reports.selection import Report, decimal_text

# Rows gathered before each chunk is sent: small enough to start at once, large
# enough that the server is not flushing a write per row.
ROWS_PER_CHUNK = 500

COLUMNS = [
    "claim_id",
    "article_id",
    "article_title",
    "article_outlet",
    "article_url",
    "article_published",
    "text",
    "context_before",
    "context_after",
    "kind",
    "speaker_id",
    "speaker_name",
    "speaker_kind",
    "speaker_text",
    "speaker_inferred",
    "attribution",
    "attribution_state",
    "hedged",
    "hedge",
    "verdict",
    "verdict_note",
    "verdict_by",
    "verdict_at",
    "assignee",
    "quantity_position",
    "quantity_value",
    "quantity_lower",
    "quantity_upper",
    "quantity_approximate",
    "quantity_category",
    "quantity_subject",
    "evidence",
    "history",
    "created_at",
    "edited_at",
    "version",
    # Added after the first release, so they come last and old readers keep working.
    "stance",
    "said",
    "quantity_qualifier",
    "quantity_worded",
]


def _history_line(event: dict) -> str:
    line = f"{event['at']} {event['user'] or 'system'} {event['action']}"
    if event["field"]:
        line += f" {event['field']}: {event['old_value']} -> {event['new_value']}"
    if event["note"]:
        line += f" ({event['note']})"
    return line


def _rows(claim: Claim) -> Iterator[list[str]]:
    record = claim_record(claim)
    article, speaker = record["article"], record["speaker"] or {}
    evidence = "\n".join(
        " ".join(part for part in (f"{item['stance']}:", item["url"], item["note"]) if part)
        for item in record["evidence"]
    )
    history = "\n".join(_history_line(event) for event in record["history"])
    head = [
        record["id"],
        article["id"],
        article["title"],
        article["outlet"],
        article["url"],
        article["published"],
        record["text"],
        record["context"]["before"],
        record["context"]["after"],
        record["kind"],
        speaker.get("id"),
        speaker.get("name"),
        speaker.get("kind"),
        record["speaker_text"],
        record["speaker_inferred"],
        record["attribution"],
        record["attribution_state"],
        record["hedged"],
        record["hedge"],
        record["verdict"],
        record["verdict_note"],
        record["verdict_by"],
        record["verdict_at"],
        record["assignee"],
    ]
    tail = [
        evidence,
        history,
        record["created_at"],
        record["edited_at"],
        record["version"],
        record["stance"],
        record["said"],
    ]
    head, tail = [neutralise(v) for v in head], [neutralise(v) for v in tail]
    if not claim.quantity_list:
        yield head + [""] * 7 + tail + ["", ""]
    for q in claim.quantity_list:
        cells = [
            q.position,
            decimal_text(q.value),
            decimal_text(q.lower),
            decimal_text(q.upper),
            q.approximate,
            q.category,
            q.subject,
        ]
        wording = [neutralise(q.qualifier), neutralise(q.worded)]
        yield head + [neutralise(v) for v in cells] + tail + wording


def csv_chunks(report: Report) -> Iterator[str]:
    writer = csv.writer(Echo())
    yield BOM + writer.writerow(COLUMNS)
    batch: list[str] = []
    for claim in report.iter_claims():
        batch.extend(writer.writerow(row) for row in _rows(claim))
        if len(batch) >= ROWS_PER_CHUNK:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)
