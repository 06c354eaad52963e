"""One claim as plain data: the stable shape of the JSON export, flattened for CSV.

Field names here are a published interface (docs/reports.md); add fields freely,
but rename or remove one only with a new FORMAT_VERSION.
"""

import datetime
from decimal import Decimal
from typing import Any

from claims.models import Claim, Quantity
from reports.selection import Report

# 2 added the figures' qualifier and wording and the claims' stance.
FORMAT_VERSION = 2


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _when(value: datetime.date | datetime.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def quantity_record(quantity: Quantity) -> dict[str, Any]:
    return {
        "position": quantity.position,
        "value": _number(quantity.value),
        "lower": _number(quantity.lower),
        "upper": _number(quantity.upper),
        "approximate": quantity.approximate,
        "category": quantity.category,
        "subject": quantity.subject,
        "qualifier": quantity.qualifier,
        "worded": quantity.worded,
    }


def claim_record(claim: Claim) -> dict[str, Any]:
    """A claim from `Report.iter_claims()` with everything a report says about it."""
    article = claim.article
    speaker = claim.speaker
    return {
        "id": claim.pk,
        "article": {
            "id": article.pk,
            "title": article.title,
            "outlet": article.outlet.name if article.outlet else None,
            "url": article.url or None,
            "published": _when(article.published),
        },
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "context": {"before": claim.context_before, "after": claim.context_after},
        "kind": claim.kind,
        "quantities": [quantity_record(q) for q in claim.quantity_list],
        "speaker": (
            {"id": speaker.pk, "name": speaker.name, "kind": speaker.kind} if speaker else None
        ),
        "speaker_text": claim.speaker_text,
        "speaker_inferred": claim.speaker_inferred,
        "attribution": claim.attribution,
        "attribution_state": claim.attribution_state,
        "hedged": claim.hedged,
        "hedge": claim.hedge,
        "verdict": claim.verdict,
        "verdict_note": claim.verdict_note,
        "verdict_by": claim.verdict_by_name,
        "verdict_at": _when(claim.verdict_at),
        "assignee": claim.assignee_name,
        "evidence": [
            {
                "stance": item.stance,
                "url": item.url or None,
                "note": item.note,
                "added_by": item.added_by_name,
                "added_at": _when(item.created_at),
            }
            for item in claim.evidence_list
        ],
        "history": [
            {
                "at": _when(event.at),
                "user": event.user_name,
                "action": event.action,
                "field": event.field,
                "old_value": event.old_value,
                "new_value": event.new_value,
                "note": event.note,
            }
            for event in claim.event_list
        ],
        "created_at": _when(claim.created_at),
        "edited_at": _when(claim.edited_at),
        "version": claim.version,
        "stance": claim.stance,
        "said": claim.as_said,
    }


def report_header(report: Report) -> dict[str, Any]:
    summary = report.summary
    return {
        "version": FORMAT_VERSION,
        "generated_at": report.generated_at.isoformat(),
        "report": {
            "kind": report.kind,
            "title": report.title,
            "article_id": report.article.pk if report.article else None,
            "speaker_id": report.speaker.pk if report.speaker else None,
            "filters": {label: text for label, text in report.filters},
            "include_not_a_claim": report.include_not_a_claim,
        },
        "summary": {
            "total": summary.total,
            "reviewed": summary.reviewed,
            "by_verdict": {value: n for value, _, n in summary.by_verdict},
            "by_kind": {value: n for value, _, n in summary.by_kind},
        },
    }
