"""Markdown: the report as text for wikis and chat; article text is escaped so it
can never turn into links, HTML or formatting."""

import re
from collections.abc import Iterator

from django.utils import timezone

from claims.models import Claim
from reports.selection import Report

_WHITESPACE = re.compile(r"\s+")
_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


def escape(text: str) -> str:
    """Backslash-escape every character Markdown (and its inline HTML) gives meaning."""
    return _SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", text))


def quote(text: str) -> str:
    """A multi-line note as a block quote, each line escaped."""
    lines = [escape(line.strip()) for line in text.strip().splitlines()] or [""]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def _when(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M %Z") if value else ""


def _header(report: Report) -> Iterator[str]:
    yield f"# {escape(report.title)}\n\n"
    if report.article:
        article = report.article
        facts = [
            ("Outlet", article.outlet.name if article.outlet else ""),
            ("URL", article.url),
            ("Published", article.published.isoformat() if article.published else ""),
            ("Byline", article.byline),
        ]
        yield "".join(f"- **{label}:** {escape(value)}\n" for label, value in facts if value)
    if report.speaker:
        speaker = report.speaker
        yield f"- **Kind:** {escape(speaker.get_kind_display())}\n"
        if speaker.role:
            yield f"- **Role:** {escape(speaker.role)}\n"
        record = report.track_record
        yield f"- **Articles:** {record['articles']}\n"
        if record["first"]:
            yield f"- **Appearances:** {record['first']} to {record['last']}\n"
    for label, value in report.filters:
        yield f"- **{escape(label)}:** {escape(value)}\n"
    yield f"- **Generated:** {_when(report.generated_at)}\n\n"
    summary = report.summary
    yield "## Summary\n\n"
    yield f"{summary.total} claims, {summary.reviewed} with a final verdict.\n\n"
    if not summary.total:
        yield "There are no claims in this report.\n\n"
        return
    if not summary.reviewed:
        yield "No claim in this report has been reviewed yet.\n\n"
    yield "| Verdict | Claims |\n| --- | ---: |\n"
    yield "".join(f"| {label} | {n} |\n" for _, label, n in summary.by_verdict)
    yield "\n| Kind | Claims |\n| --- | ---: |\n"
    yield "".join(f"| {label} | {n} |\n" for _, label, n in summary.by_kind)
    yield "\n"


def _claim(claim: Claim, number: int) -> str:
    lines = [f"### {number}\\. {escape(claim.get_verdict_display())}: {escape(claim.as_said)}", ""]
    context = escape(claim.context_before), escape(claim.text), escape(claim.context_after)
    lines.append("> {}**{}**{}".format(*context).strip())
    lines.append("")
    facts = [("Kind", claim.get_kind_display())]

    facts += [("Quantity", q.described) for q in claim.quantity_list]
    if claim.speaker_name:
        facts.append(("Speaker", claim.speaker_name))
    if claim.attribution:
        facts.append(("Attribution", claim.attribution))
    facts.append(("Attribution review", claim.get_attribution_state_display()))
    if claim.hedged:
        facts.append(("Hedged", claim.hedge or "yes"))
    facts.append(("Verdict", claim.get_verdict_display()))
    if claim.verdict_by_name:
        facts.append(("Verdict by", f"{claim.verdict_by_name}, {_when(claim.verdict_at)}"))
    if claim.assignee_name:
        facts.append(("Assignee", claim.assignee_name))
    lines += [f"- **{label}:** {escape(value)}" for label, value in facts]
    if claim.verdict_note:
        lines += ["", "**Reviewer's note:**", "", quote(claim.verdict_note)]
    evidence = claim.evidence_list
    if evidence:
        lines += ["", "**Evidence:**", ""]
        for item in evidence:
            parts = [escape(part) for part in (item.url, item.note) if part]
            lines.append(f"- {escape(item.get_stance_display())}: " + " ".join(parts))
    events = claim.event_list
    if events:
        lines += ["", "**History:**", ""]
        for event in events:
            who = event.user_name or "system"
            old, new = event.old_value or "(empty)", event.new_value or "(empty)"
            if event.field and event.is_correction:
                change = f" {event.line}"
            elif event.field:
                change = f" {event.field}: {old} → {new}"
            else:
                change = ""
            note = f" ({event.note})" if event.note else ""
            lines.append(
                f"- {escape(_when(event.at))} {escape(who)} "
                f"{escape(event.get_action_display().lower())}{escape(change + note)}"
            )
    return "\n".join(lines) + "\n\n"


def markdown_chunks(report: Report) -> Iterator[str]:
    yield from _header(report)
    article_id = report.article.pk if report.article else None
    for number, claim in enumerate(report.iter_claims(), start=1):
        if claim.article_id != article_id:
            article_id = claim.article_id
            article = claim.article
            about = ", ".join(
                escape(part)
                for part in (
                    article.outlet.name if article.outlet else "",
                    article.published.isoformat() if article.published else "",
                    article.url,
                )
                if part
            )
            yield f"## {escape(article.title)}\n\n" + (f"{about}\n\n" if about else "")
        elif number == 1:
            yield "## Claims\n\n"
        yield _claim(claim, number)
