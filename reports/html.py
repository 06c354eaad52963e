"""HTML: the print-friendly report page, rendered piece by piece so it can stream."""

from collections.abc import Iterable, Iterator

from django.template.loader import get_template

from claims.models import Claim
from reports.selection import Report

TEMPLATE = "reports/report.html"
CLAIMS_PER_CHUNK = 50


def html_chunks(
    report: Report,
    *,
    claims: Iterable[Claim] | None = None,
    link_stylesheet: bool = True,
    number_from: int = 1,
    part_heading: str = "",
) -> Iterator[str]:
    """The page; `claims` defaults to the report's own and lets a caller watch progress.

    The page links its stylesheet (static/report.css); with `link_stylesheet` false it
    names none, for a renderer given the sheet directly. A part of a larger report
    (`part_heading`) numbers its claims from `number_from`; the summary counts the whole
    selection, so only the first part carries it.
    """
    head, article_part, claim_part, foot = (
        get_template(f"{TEMPLATE}#{name}") for name in ("head", "article", "claim", "foot")
    )
    with_summary = number_from == 1
    yield head.render(
        {
            "report": report,
            "summary": report.summary if with_summary else None,
            "link_stylesheet": link_stylesheet,
            "part_heading": part_heading,
        }
    )
    article_id = report.article.pk if report.article else None
    batch: list[str] = []
    for number, claim in enumerate(
        report.iter_claims() if claims is None else claims, start=number_from
    ):
        if claim.article_id != article_id:
            article_id = claim.article_id
            batch.append(article_part.render({"article": claim.article}))
        quantities = [q.described for q in claim.quantity_list]
        batch.append(
            claim_part.render({"claim": claim, "number": number, "quantities": quantities})
        )
        if len(batch) >= CLAIMS_PER_CHUNK:
            yield "".join(batch)
            batch = []
    batch.append(foot.render({}))
    yield "".join(batch)
