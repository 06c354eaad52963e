"""Adding articles: paste, upload or fetch; each way in stores the article once and
its claims are extracted in the background. Uploads and addresses become an import
job, read by a worker while the job's page shows its progress."""

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from claims.forms import ArticleForm, FetchForm
from claims.views.access import adder
from sources.imports import IMPORT_EXTENSIONS, Upload, start_upload_job, start_url_job
from sources.ingest.errors import IngestError
from sources.ingest.text import format_size
from sources.services import (
    DuplicateArticle,
    check_fetch_address,
    import_document,
    stored_copy_of,
)
from sources.tasks import queue_import
from sources.uploads import FORM_MARGIN, GuardedUploadHandler, too_large


def _add_page(request: HttpRequest, tab: str, context: dict, *, status=200) -> HttpResponse:
    """One page with a tab per way in; each tab is its own address, so none needs JavaScript."""
    context = {
        "tab": tab,
        "upload_limit": format_size(settings.INGEST_MAX_UPLOAD_BYTES),
        "upload_extensions": IMPORT_EXTENSIONS,
        **context,
    }
    return render(request, "claims/article_add.html", context, status=status)


def _to_new_article(request: HttpRequest, article_id: int) -> HttpResponse:
    messages.success(request, "Article added; its claims are being extracted.")
    return redirect("claims:article_review", pk=article_id)


def _to_stored_copy(request: HttpRequest, article_id: int, message: str) -> HttpResponse:
    messages.info(request, message)
    return redirect("claims:article_review", pk=article_id)


@require_http_methods(["GET", "POST"])
@adder
def article_add(request: HttpRequest) -> HttpResponse:
    """Paste an article's text; its claims are extracted in the background."""
    form = ArticleForm(request.POST if request.method == "POST" else None)
    if request.method == "GET" or not form.is_valid():
        status = 422 if request.method == "POST" else 200
        return _add_page(request, "paste", {"form": form}, status=status)
    try:
        article = import_document(document=form.document, created_by=request.user)
    except DuplicateArticle as duplicate:
        return _to_stored_copy(request, duplicate.existing.pk, str(duplicate))
    return _to_new_article(request, article.pk)


@require_http_methods(["GET", "POST"])
@adder
def article_fetch(request: HttpRequest) -> HttpResponse:
    """Fetch an article from its address, in a worker; the job's page shows how it went."""
    form = FetchForm(request.POST if request.method == "POST" else None)
    if request.method == "GET" or not form.is_valid():
        status = 422 if request.method == "POST" else 200
        return _add_page(request, "url", {"form": form}, status=status)
    url = form.cleaned_data["url"]
    try:
        # What is wrong with the address itself is said at once; what its server
        # answers, the job's page says.
        stored = stored_copy_of(url)
        check_fetch_address(url)
    except IngestError as error:
        form.add_error("url", error.message)
        return _add_page(request, "url", {"form": form}, status=422)
    if stored:
        return _to_stored_copy(request, stored.pk, str(DuplicateArticle(stored, "same URL")))
    with transaction.atomic():
        job = start_url_job(url=url, title=form.cleaned_data["title"], created_by=request.user)
        queue_import(job_id=job.pk)
    return redirect("claims:import_job", pk=job.pk)


@require_http_methods(["GET", "POST"])
@adder
# The token is checked in _receive_upload: the upload handler must be in place before
# anything reads the request body, and the CSRF check reads it.
@csrf_exempt
def article_upload(request: HttpRequest) -> HttpResponse:
    """Upload files (or JSON Lines) and get one result per article."""
    if request.method == "GET":
        return _add_page(request, "upload", {})
    limit = settings.INGEST_MAX_UPLOAD_BYTES
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit + FORM_MARGIN:
        return _add_page(
            request, "upload", {"upload_error": too_large(declared, limit=limit)}, status=413
        )
    handler = GuardedUploadHandler(
        request, field="files", max_bytes=limit, extensions=IMPORT_EXTENSIONS
    )
    request.upload_handlers.insert(0, handler)
    return _receive_upload(request, handler)


@csrf_protect
def _receive_upload(request: HttpRequest, handler: GuardedUploadHandler) -> HttpResponse:
    # An empty file has no chunk to be skipped at, so it is stored; its name tells.
    stored = iter(f for f in request.FILES.getlist("files") if not handler.refuses(f.name))
    if handler.refusal:
        return _add_page(request, "upload", {"upload_error": handler.refusal}, status=413)
    uploads: list[Upload] = []
    for name, refusal in handler.arrivals:
        if refusal:
            uploads.append(Upload(name, refusal=refusal))
            continue
        upload = next(stored)
        uploads.append(Upload(upload.name, upload.read(), upload.content_type or ""))
    if not uploads:
        context = {"upload_error": "Choose one or more files."}
        return _add_page(request, "upload", context, status=422)
    with transaction.atomic():
        job = start_upload_job(uploads=uploads, created_by=request.user)
        queue_import(job_id=job.pk)
    return redirect("claims:import_job", pk=job.pk)
