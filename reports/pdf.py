"""PDF: the HTML report laid out by WeasyPrint, fonts embedded, pages numbered.

WeasyPrint needs Pango (Debian: libpango-1.0-0, libpangoft2-1.0-0) and the
DejaVu fonts (fonts-dejavu-core); the Dockerfile installs both.
"""

import logging
from collections.abc import Callable, Iterable, Iterator

# WeasyPrint reports each layout step at INFO, on import and for every PDF; the
# project logs INFO, so these lines would drown the web and worker logs.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

from django.contrib.staticfiles import finders  # noqa: E402
from weasyprint import CSS, HTML  # noqa: E402
from weasyprint.urls import URLFetcher  # noqa: E402

from claims.models import Claim  # noqa: E402
from reports.html import html_chunks  # noqa: E402
from reports.selection import Report  # noqa: E402

REPORT_STYLESHEET = "report.css"
# Above this many claims a PDF is rendered by a background job, not during the request.
SYNC_PDF_LIMIT = 500
# No single render holds more: WeasyPrint lays out the whole document in memory, about
# 550 kB per claim at 500 to 1,000 claims (docs/benchmarks.md, Exports; 27,700 claims
# took a worker past 4 GB). The web renders at most SYNC_PDF_LIMIT claims and a job one
# part of settings.PDF_PART_CLAIMS (reports.jobs); this bounds the export_report command.
PDF_MAX_CLAIMS = 2_000


class TooLargeForPdf(ValueError):
    def __init__(self, total: int, *, limit: int, parts: int = 0):
        held = f"{limit:,}" + (f" (in {parts:,} parts)" if parts > 1 else "")
        super().__init__(
            f"This selection has {total:,} claims; a PDF holds at most {held}. "
            "Download it as CSV or JSON, or narrow the selection."
        )


def _counted(
    claims: Iterable[Claim], total: int, on_progress: Callable[[int], None]
) -> Iterator[Claim]:
    step = max(total // 20, 1)
    for done, claim in enumerate(claims, start=1):
        yield claim
        if done % step == 0:
            on_progress(done)


def render_pdf(
    report: Report,
    *,
    on_progress: Callable[[int], None] | None = None,
    part: tuple[list[Claim], int, str] | None = None,
) -> bytes:
    """The report as PDF bytes; `on_progress(claims_done)` is called as claims are laid in.

    `part` is (claims, number of the first, heading): one part of a larger report, its
    claims numbered on from the parts before it, the summary only in the first.
    Raises TooLargeForPdf above PDF_MAX_CLAIMS claims.
    """
    if part is None:
        claims, total, first, heading = report.iter_claims(), report.summary.total, 1, ""
    else:
        claims, first, heading = part
        total = len(claims)
    if total > PDF_MAX_CLAIMS:
        raise TooLargeForPdf(total, limit=PDF_MAX_CLAIMS)
    if on_progress is not None:
        claims = _counted(claims, total, on_progress)
    page = "".join(
        html_chunks(
            report,
            claims=claims,
            link_stylesheet=False,
            number_from=first,
            part_heading=heading,
        )
    )
    return page_to_pdf(page, stylesheet=REPORT_STYLESHEET)


def page_to_pdf(page: str, *, stylesheet: str) -> bytes:
    """An HTML page laid out as PDF with one of the static stylesheets.

    Nothing is fetched while rendering: links in article text must never reach the
    network. The stylesheet is read from the static files and handed over directly.
    """
    fetcher = URLFetcher(allowed_protocols=[])
    sheet = CSS(filename=finders.find(stylesheet), url_fetcher=fetcher)
    return HTML(string=page, url_fetcher=fetcher).write_pdf(stylesheets=[sheet])
