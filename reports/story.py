"""The story report: a story's figure ledger, its conflicts (open and explained) and its
claims, in every format the article report has. Figures are worded as reported; the
report never names a "true" figure, only the verdicts editors gave."""

import csv
import datetime
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from django.template.loader import get_template
from django.utils import timezone

from claims.models import Claim
from reports.markdown import escape
from reports.pdf import page_to_pdf
from reports.selection import decimal_text
from tracking.charts import ledger_chart
from tracking.ledger import Column, Entry, story_ledger
from tracking.models import FigureConflict, Story

TEMPLATE = "reports/story.html"
STORY_STYLESHEET = "story-report.css"
CSV_COLUMNS = (
    "category",
    "published",
    "figure",
    "value",
    "lower",
    "upper",
    "subject",
    "speaker",
    "outlet",
    "hedged",
    "verdict",
    "claim_id",
    "conflicts",
)


@dataclass
class StoryReport:
    story: Story
    columns: list[Column]
    conflicts: list[FigureConflict]
    generated_at: datetime.datetime = field(default_factory=timezone.now)

    def claims(self):
        """The story's claims, article by article, with who said them."""
        return (
            Claim.objects.filter(article__filings__story=self.story)
            .select_related("article__outlet", "speaker")
            .defer("article__text")
            .order_by("article__published", "article_id", "start")
        )

    def filename(self, extension: str) -> str:
        stamp = self.generated_at.strftime("%Y%m%d-%H%M")
        return f"claimdesk-story-{self.story.pk}-{stamp}.{extension}"


def story_report(*, story: Story) -> StoryReport:
    conflicts = list(
        FigureConflict.objects.filter(story=story)
        .select_related("figure", "explained_by")
        .prefetch_related("claims")
        .order_by("category", "pk")
    )
    return StoryReport(story=story, columns=story_ledger(story.pk), conflicts=conflicts)


def _entry_record(entry: Entry) -> dict:
    q = entry.quantity
    return {
        "claim_id": entry.claim_id,
        "value": _number(q.value),
        "lower": _number(q.lower),
        "upper": _number(q.upper),
        "qualifier": q.qualifier,
        # The figure as the article bounded it: "at least 23".
        "figure": q.worded_amount,
        "subject": q.subject,
        "speaker": entry.speaker,
        "outlet": entry.outlet,
        "published": entry.published.isoformat() if entry.published else None,
        "hedged": entry.hedged,
        "verdict": entry.verdict,
    }


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def conflict_record(conflict: FigureConflict) -> dict:
    return {
        "category": conflict.category,
        "type": conflict.type,
        "claim_ids": sorted(claim.pk for claim in conflict.claims.all()),
        "explained": conflict.explained,
        "note": conflict.note,
    }


def story_record(report: StoryReport) -> dict:
    return {
        "story": {"id": report.story.pk, "title": report.story.title},
        "ledger": [
            {"category": column.category, "entries": [_entry_record(e) for e in column.entries]}
            for column in report.columns
        ],
        "conflicts": [conflict_record(c) for c in report.conflicts],
    }


def story_json_chunks(report: StoryReport) -> Iterator[str]:
    yield json.dumps(story_record(report), ensure_ascii=False, indent=1) + "\n"


def _conflict_types(report: StoryReport) -> dict[int, list[str]]:
    types: dict[int, list[str]] = {}
    for conflict in report.conflicts:
        for claim in conflict.claims.all():
            types.setdefault(claim.pk, []).append(conflict.type)
    return types


def story_csv_chunks(report: StoryReport) -> Iterator[str]:
    """One row per reported figure, with the conflicts its claim is part of."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    types = _conflict_types(report)
    for column in report.columns:
        for entry in column.entries:
            record = _entry_record(entry)
            writer.writerow(
                [
                    column.category,
                    record["published"] or "",
                    entry.quantity.worded_amount,
                    decimal_text(entry.quantity.value),
                    decimal_text(entry.quantity.lower),
                    decimal_text(entry.quantity.upper),
                    entry.quantity.subject,
                    entry.speaker,
                    entry.outlet,
                    "yes" if entry.hedged else "no",
                    entry.verdict,
                    entry.claim_id,
                    " ".join(sorted(set(types.get(entry.claim_id, [])))),
                ]
            )
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def story_markdown_chunks(report: StoryReport) -> Iterator[str]:
    yield f"# {escape(report.story.title)}\n\n"
    yield "No figure below is the toll unless its verdict is Verified.\n\n"
    yield "## Figure ledger\n\n"
    for column in report.columns:
        yield f"### {escape(column.label)}\n\n"
        yield "| As of | Figure | Subject | Said by | Outlet | Hedged | Verdict |\n"
        yield "|---|---|---|---|---|---|---|\n"
        for e in column.entries:
            cells = (
                e.published.isoformat() if e.published else "undated",
                e.quantity.worded_amount,
                e.quantity.subject,
                e.speaker or "no speaker",
                e.outlet,
                "hedged" if e.hedged else "",
                e.verdict_label,
            )
            yield "| " + " | ".join(escape(cell) for cell in cells) + " |\n"
        yield "\n"
    for heading, explained in (("Open conflicts", False), ("Explained conflicts", True)):
        listed = [c for c in report.conflicts if c.explained is explained]
        yield f"## {heading} ({len(listed)})\n\n"
        for c in listed:
            claims = ", ".join(str(claim.pk) for claim in c.claims.all())
            yield (
                f"- **{c.get_type_display()}** in {c.get_category_display().lower()} figures "
                f"({escape(c.meaning)}): {escape(c.figure.described)}; claims {claims}\n"
            )
            if explained:
                yield f"  - Explained: {escape(c.note)}\n"
        yield "\n"
    yield "## Claims\n\n"
    for claim in report.claims().iterator():
        said = claim.speaker.name if claim.speaker_id else claim.speaker_text
        yield (
            f"- “{escape(claim.text)}” ({escape(said or 'no speaker')}, "
            f"{escape(claim.article.outlet.name if claim.article.outlet else '')}): "
            f"{claim.get_verdict_display()}\n"
        )


def story_html_chunks(report: StoryReport, *, link_stylesheet: bool = True) -> Iterator[str]:
    """The HTML story report. It links its stylesheet (static/story-report.css); the
    PDF leaves the link out and is handed the sheet, so it fetches nothing."""
    context = {
        "link_stylesheet": link_stylesheet,
        "report": report,
        "story": report.story,
        "ledger": [(column, ledger_chart(column)) for column in report.columns],
        "open_conflicts": [c for c in report.conflicts if not c.explained],
        "explained_conflicts": [c for c in report.conflicts if c.explained],
        "claims": report.claims(),
    }
    yield get_template(TEMPLATE).render(context)


def render_story_pdf(report: StoryReport) -> bytes:
    """The HTML story report laid out by WeasyPrint; nothing is fetched while rendering."""
    page = "".join(story_html_chunks(report, link_stylesheet=False))
    return page_to_pdf(page, stylesheet=STORY_STYLESHEET)


STORY_FORMATS = {
    "html": (story_html_chunks, "text/html; charset=utf-8", "html"),
    "md": (story_markdown_chunks, "text/markdown; charset=utf-8", "md"),
    "csv": (story_csv_chunks, "text/csv; charset=utf-8", "csv"),
    "json": (story_json_chunks, "application/json", "json"),
}
