"""Exports: the reports of the screens (an article, a filtered selection, a speaker),
streamed in the same formats."""

from typing import Literal

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from api.auth import read_token, require
from api.problems import Problem, form_problem
from api.routes.common import ERRORS
from api.schemas import PathId, QueueFilters
from claims.filters import ClaimFilterForm
from claims.views.access import READ
from reports.pdf import SYNC_PDF_LIMIT, render_pdf
from reports.selection import (
    InvalidFilters,
    Report,
    article_report,
    selection_report,
    speaker_report,
)
from reports.views import STREAMED
from sources.models import Article, Speaker

router = Router(tags=["exports"])

Format = Literal["html", "md", "csv", "json", "claimreview", "pdf"]
CONTENT_TYPES = {fmt: content_type for fmt, (_, content_type, _) in STREAMED.items()}
CONTENT_TYPES["pdf"] = "application/pdf"
# The report in each format, documented as what a 200 answer holds.
EXPORTED = {
    "responses": {
        200: {
            "description": "The report, in the format asked for.",
            "content": {
                content_type.partition(";")[0]: {"schema": {}}
                for content_type in CONTENT_TYPES.values()
            },
        }
    }
}


class ExportOptions(Schema):
    format: Format = "json"
    include_not_a_claim: bool = Field(
        False, description='Include claims dismissed as "not a claim".'
    )


class SelectionExportOptions(QueueFilters, ExportOptions):
    pass


def _export(report: Report, fmt: str) -> HttpResponse:
    if fmt == "pdf":
        if report.summary.total > SYNC_PDF_LIMIT:
            message = (
                f"A PDF of more than {SYNC_PDF_LIMIT} claims is rendered in the background: "
                "ask for it on the screens, or export another format."
            )
            raise Problem(422, message, errors={"format": [message]})
        response: HttpResponse = HttpResponse(render_pdf(report), content_type="application/pdf")
        extension = "pdf"
    else:
        chunks, content_type, extension = STREAMED[fmt]
        response = StreamingHttpResponse(chunks(report), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{report.filename(extension)}"'
    return response


@router.get("/exports/claims", response=ERRORS, auth=read_token, openapi_extra=EXPORTED)
def export_selection(request: HttpRequest, options: Query[SelectionExportOptions]):
    """The claims the queue's filters select, as a report."""
    require(request, READ)
    form = ClaimFilterForm(request.GET, user=request.user)
    try:
        report = selection_report(form=form, include_not_a_claim=options.include_not_a_claim)
    except InvalidFilters:
        raise form_problem(form) from None
    return _export(report, options.format)


@router.get(
    "/exports/articles/{int:article_id}", response=ERRORS, auth=read_token, openapi_extra=EXPORTED
)
def export_article(request: HttpRequest, article_id: PathId, options: Query[ExportOptions]):
    require(request, READ)
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=article_id)
    report = article_report(article=article, include_not_a_claim=options.include_not_a_claim)
    return _export(report, options.format)


@router.get(
    "/exports/speakers/{int:speaker_id}", response=ERRORS, auth=read_token, openapi_extra=EXPORTED
)
def export_speaker(request: HttpRequest, speaker_id: PathId, options: Query[ExportOptions]):
    require(request, READ)
    speaker = get_object_or_404(Speaker.objects.select_related("affiliation"), pk=speaker_id)
    report = speaker_report(speaker=speaker, include_not_a_claim=options.include_not_a_claim)
    return _export(report, options.format)
