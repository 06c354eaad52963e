"""Exports: the reports of the screens (an article, a filtered selection, a speaker),
streamed in the same formats; a PDF too large to render during the request is a job,
as on the screens, and a PDF above one part's size comes as numbered parts."""

import datetime
from typing import Literal

from django.http import HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Field, Query, Router, Schema, Status

from api.auth import read_token, require, write_token
from api.problems import Problem, form_problem
from api.routes.common import ERRORS, WRITE_ERRORS
from api.schemas import Id, PathId, QueueFilters, Text, one_of
from claims.filters import ClaimFilterForm
from claims.views.access import READ
from reports.models import ExportJob, ExportPart
from reports.pdf import SYNC_PDF_LIMIT, TooLargeForPdf, render_pdf
from reports.selection import (
    KINDS,
    InvalidFilters,
    Report,
    article_report,
    build_report,
    selection_report,
    speaker_report,
)
from reports.tasks import request_pdf_export
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
                "ask for it with POST /api/exports/jobs, or export another format."
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


class ExportJobIn(Schema):
    kind: Literal[KINDS]
    object_id: Id | None = Field(None, description="The article's or speaker's id.")
    query: Text = Field(
        "",
        max_length=4000,
        description='For a selection: the queue\'s filters as a query string ("verdict=false").',
    )
    include_not_a_claim: bool = False


class ExportPartOut(Schema):
    number: int
    first: int = Field(description="The part's first claim, by its place in the selection.")
    last: int
    state: one_of(ExportPart.State)
    size: int = Field(description="Bytes of the part's PDF, once done.")
    error: str
    download: str | None = Field(description="Where to download the part, once done.")

    @staticmethod
    def resolve_download(part: ExportPart) -> str | None:
        if part.state != ExportPart.State.DONE:
            return None
        return reverse("api:export_job_part", args=[part.job_id, part.number])


class ExportJobOut(Schema):
    id: int
    title: str
    state: one_of(ExportJob.State)
    total: int = Field(description="Claims in the selection.")
    progress: int = Field(description="Percent done.")
    error: str
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    part_count: int = Field(
        description="Parts the PDF comes in, one after another; 0: one PDF (`download`)."
    )
    download: str | None = Field(description="Where to download the PDF of a job in one part.")
    parts: list[ExportPartOut] = Field(
        description="The parts made so far, each downloadable as soon as it is done."
    )

    @staticmethod
    def resolve_download(job: ExportJob) -> str | None:
        if job.part_count or job.state != ExportJob.State.DONE:
            return None
        return reverse("api:export_job_pdf", args=[job.pk])

    @staticmethod
    def resolve_parts(job: ExportJob) -> list[ExportPart]:
        return list(job.parts.defer("content")) if job.part_count else []


PDF = {
    "responses": {200: {"description": "The PDF.", "content": {"application/pdf": {"schema": {}}}}}
}


def _job_for_user(request: HttpRequest, job_id: int) -> ExportJob:
    """The screens' rule: the one who asked for the PDF, or an editor."""
    require(request, READ)
    job = get_object_or_404(ExportJob.objects.defer("content"), pk=job_id)
    if not job.can_download(request.user):
        raise Problem(403, "Only the person who asked for this PDF, or an editor, can see it.")
    return job


def _pdf(content, filename: str) -> HttpResponse:
    response = HttpResponse(bytes(content), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@router.post("/exports/jobs", response={202: ExportJobOut, **WRITE_ERRORS}, auth=write_token)
def create_export_job(request: HttpRequest, payload: ExportJobIn, response: HttpResponse):
    """Ask for the PDF of a report, rendered by a worker; answers 202 with the job and its
    `Location`. Above one part's size the PDF comes as numbered parts. Like every request
    that stores something, it takes a read-write token; following the job takes a read one."""
    require(request, READ)
    if payload.kind != "selection" and payload.object_id is None:
        message = "Say which article or speaker to render."
        raise Problem(422, message, errors={"object_id": [message]})
    try:
        report = build_report(
            kind=payload.kind,
            object_id=payload.object_id,
            params=QueryDict(payload.query),
            user=request.user,
            include_not_a_claim=payload.include_not_a_claim,
        )
        job = request_pdf_export(report=report, requested_by=request.user)
    except (Article.DoesNotExist, Speaker.DoesNotExist):
        raise Problem(404, "That article or speaker does not exist.") from None
    except InvalidFilters as exc:
        raise form_problem(exc.form) from None
    except TooLargeForPdf as exc:
        raise Problem(422, str(exc), errors={"kind": [str(exc)]}) from None
    response["Location"] = reverse("api:get_export_job", args=[job.pk])
    return Status(202, job)


@router.get(
    "/exports/jobs/{int:job_id}",
    response={200: ExportJobOut, **ERRORS},
    auth=read_token,
    url_name="get_export_job",
)
def get_export_job(request: HttpRequest, job_id: PathId):
    """The job's progress and, as they are done, its PDF or its parts' downloads."""
    return _job_for_user(request, job_id)


@router.get(
    "/exports/jobs/{int:job_id}/pdf",
    response=ERRORS,
    auth=read_token,
    url_name="export_job_pdf",
    openapi_extra=PDF,
)
def export_job_pdf(request: HttpRequest, job_id: PathId):
    """The PDF of a job in one part, once done."""
    job = _job_for_user(request, job_id)
    if job.part_count or job.state != ExportJob.State.DONE:
        raise Problem(404, "This job has no single PDF ready; see its state and parts.")
    content = ExportJob.objects.values_list("content", flat=True).get(pk=job.pk)
    return _pdf(content, job.filename)


@router.get(
    "/exports/jobs/{int:job_id}/parts/{int:number}",
    response=ERRORS,
    auth=read_token,
    url_name="export_job_part",
    openapi_extra=PDF,
)
def export_job_part(request: HttpRequest, job_id: PathId, number: PathId):
    """One part of a PDF in parts, as soon as it is done."""
    job = _job_for_user(request, job_id)
    part = job.parts.filter(number=number, state=ExportPart.State.DONE).first()
    if part is None:
        raise Problem(404, "This part is not done (or the job has no such part).")
    part.job = job
    return _pdf(part.content, part.filename)
