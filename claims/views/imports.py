"""An import job's page: its progress while a worker reads it, then the per-line report
(paged, and as CSV). A job that brought in one article leads to that article."""

import csv
from collections.abc import Iterator

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect, HttpResponseClientRefresh

from claims.pagination import BadCursor, Keyset
from claims.views.access import REVIEW, adder, bad_page_link, wants_fragment
from ops.spreadsheets import BOM, Echo, neutralise
from sources.models import ImportJob, ImportLine
from sources.tasks import resume_import

REPORT_PAGE_SIZE = 100
LINE_KEYSET = Keyset(order=("number",))
CSV_COLUMNS = ["number", "item", "status", "article_id", "article_url", "reason"]


def get_job_for_user(user, pk: int) -> ImportJob:
    job = get_object_or_404(ImportJob.objects.select_related("created_by"), pk=pk)
    if job.created_by_id != user.pk and not user.has_perm(REVIEW):
        raise PermissionDenied("Only the person who started this import, or an editor, can see it.")
    return job


def _single_article(job: ImportJob) -> ImportLine | None:
    """The line of a finished job of one item that led to an article, stored or not."""
    if job.state != ImportJob.State.DONE or job.done != 1:
        return None
    line = job.lines.get()
    return line if line.article_id else None


@require_GET
@adder
def import_job(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled while the job runs; once done, the report, or the one article it brought."""
    job = get_job_for_user(request.user, pk)
    line = _single_article(job)
    if line is not None:
        review = reverse("claims:article_review", args=[line.article_id])
        if line.status == ImportLine.Status.DUPLICATE:
            messages.info(request, line.reason)
        else:
            messages.success(request, "Article added; its claims are being extracted.")
        return HttpResponseClientRedirect(review) if request.htmx else redirect(review)
    if wants_fragment(request):
        if job.finished:
            return HttpResponseClientRefresh()
        return render(request, "claims/import_job.html#progress", {"job": job})
    context = {"job": job}
    if job.finished:
        try:
            page = LINE_KEYSET.page(
                job.lines.select_related("article").only(
                    "number", "item", "status", "reason", "article__title"
                ),
                request.GET,
                size=REPORT_PAGE_SIZE,
            )
        except BadCursor:
            return bad_page_link()
        address = job.sources.filter(url__gt="").only("url", "title").first()
        context |= {
            "page": page,
            "address": address,
            "fetch_failure": job.lines.get().reason if address and job.rejected else "",
        }
    return render(request, "claims/import_job.html", context)


@require_POST
@adder
def import_job_resume(request: HttpRequest, pk: int) -> HttpResponse:
    """Queue a failed job again from the last chunk it stored."""
    job = get_job_for_user(request.user, pk)
    if not resume_import(job=job):
        messages.info(request, "This import is not stopped; it needs no resuming.")
    return redirect("claims:import_job", pk=job.pk)


def _report_rows(request: HttpRequest, job: ImportJob) -> Iterator[str]:
    writer = csv.writer(Echo())
    yield BOM + writer.writerow(CSV_COLUMNS)
    lines = job.lines.only("number", "item", "status", "article_id", "reason")
    for line in lines.order_by("number").iterator(chunk_size=1000):
        url = ""
        if line.article_id:
            url = request.build_absolute_uri(
                reverse("claims:article_review", args=[line.article_id])
            )
        cells = [line.number, line.item, line.status, line.article_id, url, line.reason]
        yield writer.writerow([neutralise(cell) for cell in cells])


@require_GET
@adder
def import_job_report(request: HttpRequest, pk: int) -> HttpResponse:
    """Every line's outcome as CSV, streamed; cells a spreadsheet would run are defused."""
    job = get_job_for_user(request.user, pk)
    response = StreamingHttpResponse(
        _report_rows(request, job), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="import-{job.pk}-report.csv"'
    return response
