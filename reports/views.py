"""Report downloads for every signed-in user with a role (editors and viewers)."""

from collections.abc import Callable, Iterator

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from claims.filters import ClaimFilterForm
from reports import jobs, tasks
from reports.claimreview import claimreview_chunks
from reports.csv_export import csv_chunks
from reports.forms import ExportForm, JobForm
from reports.html import html_chunks
from reports.json_export import json_chunks
from reports.markdown import markdown_chunks
from reports.models import ExportJob, ExportPart
from reports.pdf import SYNC_PDF_LIMIT, TooLargeForPdf, render_pdf
from reports.selection import (
    InvalidFilters,
    Report,
    article_report,
    build_report,
    selection_report,
    speaker_report,
)
from reports.story import STORY_FORMATS, render_story_pdf, story_report
from sources.models import Article, Speaker
from tracking.models import Story

# format -> (chunks, content type, file extension)
STREAMED: dict[str, tuple[Callable[[Report], Iterator[str]], str, str]] = {
    "html": (html_chunks, "text/html; charset=utf-8", "html"),
    "md": (markdown_chunks, "text/markdown; charset=utf-8", "md"),
    "csv": (csv_chunks, "text/csv; charset=utf-8", "csv"),
    "json": (json_chunks, "application/json", "json"),
    "claimreview": (claimreview_chunks, "application/ld+json", "claimreview.jsonld"),
}
FORMATS = (*STREAMED, "pdf")


def _require_exporter(user) -> None:
    if not user.has_perm("claims.view_claim"):
        raise PermissionDenied("Exports are for editors and viewers.")


def _include_not_a_claim(request: HttpRequest) -> bool:
    form = ExportForm(request.GET)
    return form.is_valid() and form.cleaned_data["include_not_a_claim"]


def _export(request: HttpRequest, report: Report) -> HttpResponse:
    form = ExportForm(request.GET)
    fmt = form.cleaned_data["format"] if form.is_valid() else ""
    if fmt not in FORMATS:
        return HttpResponseBadRequest(f"Unknown format; choose one of {', '.join(FORMATS)}.")
    if fmt == "pdf":
        if report.summary.total > SYNC_PDF_LIMIT:
            others = request.GET.copy()
            part_claims, max_parts = settings.PDF_PART_CLAIMS, settings.PDF_MAX_PARTS
            return render(
                request,
                "reports/pdf_offer.html",
                {
                    "report": report,
                    "limit": SYNC_PDF_LIMIT,
                    "part_claims": part_claims,
                    "max_parts": max_parts,
                    "max_claims": part_claims * max_parts,
                    "parts": jobs.planned_parts(report.summary.total),
                    "too_large": report.summary.total > part_claims * max_parts,
                    "streamed": [
                        (label, _with_format(others, fmt))
                        for fmt, label in (("csv", "CSV"), ("json", "JSON"))
                    ],
                },
            )
        response = HttpResponse(render_pdf(report), content_type="application/pdf")
        extension = "pdf"
    else:
        chunks, content_type, extension = STREAMED[fmt]
        response = StreamingHttpResponse(chunks(report), content_type=content_type)
    # The HTML report opens in the browser to be read and printed; the rest download.
    disposition = "inline" if fmt == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{report.filename(extension)}"'
    return response


def _with_format(params: QueryDict, fmt: str) -> str:
    params["format"] = fmt
    return "?" + params.urlencode()


@login_required
@require_GET
def article_export(request: HttpRequest, article_id: int) -> HttpResponse:
    _require_exporter(request.user)
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=article_id)
    return _export(
        request,
        article_report(article=article, include_not_a_claim=_include_not_a_claim(request)),
    )


@login_required
@require_GET
def selection_export(request: HttpRequest) -> HttpResponse:
    _require_exporter(request.user)
    form = ClaimFilterForm(request.GET, user=request.user)
    try:
        report = selection_report(form=form, include_not_a_claim=_include_not_a_claim(request))
    except InvalidFilters as exc:
        return HttpResponseBadRequest(f"These filters cannot be applied:\n{exc}")
    return _export(request, report)


@login_required
@require_GET
def speaker_export(request: HttpRequest, speaker_id: int) -> HttpResponse:
    _require_exporter(request.user)
    speaker = get_object_or_404(Speaker.objects.select_related("affiliation"), pk=speaker_id)
    return _export(
        request,
        speaker_report(speaker=speaker, include_not_a_claim=_include_not_a_claim(request)),
    )


@login_required
@require_POST
def job_create(request: HttpRequest) -> HttpResponse:
    """Queue the PDF of a large selection; open to viewers, since it changes no claim."""
    _require_exporter(request.user)
    form = JobForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("Say which report to render.")
    try:
        report = build_report(
            kind=form.cleaned_data["kind"],
            object_id=form.cleaned_data["object_id"],
            params=QueryDict(form.cleaned_data["query"]),
            user=request.user,
            include_not_a_claim=form.cleaned_data["include_not_a_claim"],
        )
    except (Article.DoesNotExist, Speaker.DoesNotExist):
        return HttpResponseBadRequest("That article or speaker no longer exists.")
    except InvalidFilters as exc:
        return HttpResponseBadRequest(f"These filters cannot be applied:\n{exc}")
    try:
        job = tasks.request_pdf_export(report=report, requested_by=request.user)
    except TooLargeForPdf as exc:
        return HttpResponseBadRequest(str(exc))
    return redirect("reports:job", job_id=job.pk)


def _get_job_for_user(user, job_id: int, *, with_content: bool = False) -> ExportJob:
    jobs_qs = ExportJob.objects.all() if with_content else ExportJob.objects.defer("content")
    job = get_object_or_404(jobs_qs, pk=job_id)
    if not job.can_download(user):
        raise PermissionDenied("Only the person who asked for this PDF, or an editor, can see it.")
    return job


@login_required
@require_GET
def job_detail(request: HttpRequest, job_id: int) -> HttpResponse:
    job = _get_job_for_user(request.user, job_id)
    parts = job.parts.defer("content") if job.part_count else []
    template = "reports/job.html#status" if request.htmx else "reports/job.html"
    return render(request, template, {"job": job, "parts": parts})


def _pdf_download(content, filename: str) -> HttpResponse:
    response = HttpResponse(bytes(content), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_GET
def job_download(request: HttpRequest, job_id: int) -> HttpResponse:
    job = _get_job_for_user(request.user, job_id, with_content=True)
    # A PDF in parts is downloaded a part at a time, from the job's page.
    if job.state != ExportJob.State.DONE or job.part_count:
        return redirect("reports:job", job_id=job.pk)
    return _pdf_download(job.content, job.filename)


@login_required
@require_GET
def job_part_download(request: HttpRequest, job_id: int, number: int) -> HttpResponse:
    """One part of a PDF in parts, as soon as it is done (the rest may still render)."""
    job = _get_job_for_user(request.user, job_id)
    part = get_object_or_404(job.parts, number=number)
    if part.state != ExportPart.State.DONE:
        return redirect("reports:job", job_id=job.pk)
    part.job = job
    return _pdf_download(part.content, part.filename)


@login_required
@require_GET
def story_export(request: HttpRequest, story_id: int) -> HttpResponse:
    """A story's figure ledger, conflicts and claims, in the format asked for."""
    _require_exporter(request.user)
    report = story_report(story=get_object_or_404(Story, pk=story_id))
    fmt = request.GET.get("format") or "html"
    if fmt == "pdf":
        response = HttpResponse(render_story_pdf(report), content_type="application/pdf")
    elif fmt in STORY_FORMATS:
        chunks, content_type, _ = STORY_FORMATS[fmt]
        response = StreamingHttpResponse(chunks(report), content_type=content_type)
    else:
        formats = ", ".join((*STORY_FORMATS, "pdf"))
        return HttpResponseBadRequest(f"Unknown format; choose one of {formats}.")
    extension = STORY_FORMATS[fmt][2] if fmt in STORY_FORMATS else "pdf"
    disposition = "inline" if fmt == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{report.filename(extension)}"'
    return response
