"""Adding articles: paste, upload or fetch; each way in stores the article once and
its claims are extracted in the background."""

from collections import Counter

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from claims.forms import ArticleForm, FetchForm
from claims.views.access import adder
from sources.imports import IMPORT_EXTENSIONS, Outcome, import_upload
from sources.ingest.errors import IngestError
from sources.ingest.text import format_size
from sources.services import DuplicateArticle, import_document, import_url
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
    """Fetch an article from its address."""
    form = FetchForm(request.POST if request.method == "POST" else None)
    if request.method == "GET" or not form.is_valid():
        status = 422 if request.method == "POST" else 200
        return _add_page(request, "url", {"form": form}, status=status)
    try:
        article = import_url(
            url=form.cleaned_data["url"], title=form.cleaned_data["title"], created_by=request.user
        )
    except DuplicateArticle as duplicate:
        return _to_stored_copy(request, duplicate.existing.pk, str(duplicate))
    except IngestError as error:
        form.add_error("url", error.message)
        return _add_page(request, "url", {"form": form}, status=422)
    return _to_new_article(request, article.pk)


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
    outcomes: list[Outcome] = []
    for name, refusal in handler.arrivals:
        if refusal:
            outcomes.append(Outcome(name, "rejected", reason=refusal))
            continue
        upload = next(stored)
        outcomes += import_upload(
            name=upload.name,
            stream=upload,
            content_type=upload.content_type,
            created_by=request.user,
        )
    if not outcomes:
        context = {"upload_error": "Choose one or more files."}
        return _add_page(request, "upload", context, status=422)
    if len(outcomes) == 1 and outcomes[0].status == "imported":
        return _to_new_article(request, outcomes[0].article_id)
    if len(outcomes) == 1 and outcomes[0].status == "duplicate":
        return _to_stored_copy(request, outcomes[0].article_id, outcomes[0].reason)
    counts = Counter(o.status for o in outcomes)
    context = {
        "outcomes": outcomes,
        "summary": ", ".join(f"{counts[s]} {s}" for s in ("imported", "duplicate", "rejected")),
    }
    status = 422 if counts["rejected"] == len(outcomes) else 200
    return _add_page(request, "upload", context, status=status)
