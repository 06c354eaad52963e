"""JSON: one document, streamed claim by claim (field names in docs/reports.md)."""

import json
from collections.abc import Iterator

from reports.records import claim_record, report_header
from reports.selection import Report

CLAIMS_PER_CHUNK = 200


def json_chunks(report: Report) -> Iterator[str]:
    header = json.dumps(report_header(report), ensure_ascii=False)
    # The header object is re-opened so "claims" can follow it as a streamed array.
    yield header[:-1] + ', "claims": ['
    batch: list[str] = []
    first = True
    for claim in report.iter_claims():
        batch.append(
            ("" if first else ",") + "\n" + json.dumps(claim_record(claim), ensure_ascii=False)
        )
        first = False
        if len(batch) >= CLAIMS_PER_CHUNK:
            yield "".join(batch)
            batch = []
    batch.append("\n]}\n")
    yield "".join(batch)
