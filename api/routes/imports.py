"""Import jobs: upload files or JSON Lines to be imported by a worker, then follow the job.

The same limits, formats and job as the upload screen: the request stores the files
and answers 202 at once; `GET /imports/{id}` gives the progress and, once done, the
report of every line, paged.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from ninja import Field, Query, Router, Schema, Status

from api.auth import read_token, require, write_token
from api.problems import Problem
from api.routes.common import ERRORS, WRITE_ERRORS, keyset_page
from api.schemas import PathId, one_of
from claims.views.access import ADD_ARTICLE
from claims.views.imports import LINE_KEYSET, get_job_for_user
from sources.imports import IMPORT_EXTENSIONS, Upload, start_upload_job
from sources.models import ImportJob, ImportLine
from sources.tasks import queue_import
from sources.uploads import FORM_MARGIN, GuardedUploadHandler, too_large

router = Router(tags=["imports"])


class ImportLineOut(Schema):
    number: int = Field(description="The item's place in the job, from 1.")
    item: str = Field(description='The file, "file line N", or the address.')
    status: one_of(ImportLine.Status)
    article_id: int | None = Field(
        description="The article imported, or the stored copy of a duplicate."
    )
    reason: str = Field(description="Why a line was rejected, or whose duplicate it is.")


class ImportReport(Schema):
    items: list[ImportLineOut]
    next_cursor: str | None


class ImportJobOut(Schema):
    id: int
    title: str
    state: one_of(ImportJob.State)
    total: int = Field(description="Items (files and lines) to read.")
    done: int
    imported: int
    duplicates: int
    rejected: int
    error: str = Field(description="Why a failed job stopped; it can be resumed on its page.")
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    report: ImportReport | None = Field(
        None, description="Once the job is done: a page of the per-line report."
    )


class ReportPage(Schema):
    cursor: str = ""
    limit: int = Field(100, ge=1, le=1000)


UPLOAD_BODY = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": (
                                f"{' '.join(IMPORT_EXTENSIONS)}; a .jsonl file holds one "
                                "article a line (title, text, outlet, byline, url, published)."
                            ),
                        }
                    },
                    "required": ["files"],
                }
            }
        },
        "required": True,
    }
}


def job_answer(job: ImportJob, response: HttpResponse) -> Status:
    """202 and where to follow the job: what every way of starting one answers."""
    response["Location"] = reverse("api:get_import", args=[job.pk])
    return Status(202, job)


@router.post(
    "/imports",
    response={202: ImportJobOut, **WRITE_ERRORS},
    auth=write_token,
    openapi_extra=UPLOAD_BODY,
)
def create_import(request: HttpRequest, response: HttpResponse):
    """Upload files in the field `files`; answers 202 with the job and its `Location`.

    The files are refused with 413 over the upload limit in all; a file of a type no
    reader takes is not stored, and its line in the report says why.
    """
    require(request, ADD_ARTICLE)
    limit = settings.INGEST_MAX_UPLOAD_BYTES
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit + FORM_MARGIN:
        raise Problem(413, too_large(declared, limit=limit))
    # Before anything reads the body, so files are bounded and checked as they arrive.
    handler = GuardedUploadHandler(
        request, field="files", max_bytes=limit, extensions=IMPORT_EXTENSIONS
    )
    request.upload_handlers.insert(0, handler)
    stored = iter(f for f in request.FILES.getlist("files") if not handler.refuses(f.name))
    if handler.refusal:
        raise Problem(413, handler.refusal)
    uploads = []
    for name, refusal in handler.arrivals:
        if refusal:
            uploads.append(Upload(name, refusal=refusal))
        else:
            upload = next(stored)
            uploads.append(Upload(upload.name, upload.read(), upload.content_type or ""))
    if not uploads:
        message = "Send one or more files in the multipart field 'files'."
        raise Problem(422, message, errors={"files": [message]})
    with transaction.atomic():
        job = start_upload_job(uploads=uploads, created_by=request.user)
        queue_import(job_id=job.pk)
    job.refresh_from_db()
    return job_answer(job, response)


@router.get(
    "/imports/{int:job_id}",
    response={200: ImportJobOut, **ERRORS},
    auth=read_token,
    url_name="get_import",
)
def get_import(request: HttpRequest, job_id: PathId, page: Query[ReportPage]):
    """The job's progress; once done, its report a page at a time (`cursor`, `limit`)."""
    require(request, ADD_ARTICLE)
    job = get_job_for_user(request.user, job_id)
    if job.state == ImportJob.State.DONE:
        lines = job.lines.only("number", "item", "status", "article_id", "reason")
        job.report = keyset_page(LINE_KEYSET, lines, cursor=page.cursor, size=page.limit)
    return job
