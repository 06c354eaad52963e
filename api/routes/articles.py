"""Articles: list and search, read with claims, add from text or a URL, extract again."""

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status

from api.auth import read_token, require, write_token
from api.problems import Problem
from api.routes.common import ERRORS, WRITE_ERRORS, keyset_page
from api.routes.imports import ImportJobOut, job_answer
from api.schemas import (
    ArticleDetailOut,
    ArticleFetchIn,
    ArticleIn,
    ArticleOut,
    ArticlePage,
    DuplicateOut,
    PathId,
    Text,
)
from claims.tasks import queue_extraction
from claims.views.access import ADD_ARTICLE, READ, REVIEW
from claims.views.articles import ARTICLE_KEYSET
from sources.imports import start_url_job
from sources.ingest.documents import validate_fields
from sources.ingest.errors import IngestError
from sources.ingest.text import check_text_size
from sources.models import Article
from sources.services import (
    DuplicateArticle,
    check_fetch_address,
    import_document,
    stored_copy_of,
)
from sources.tasks import queue_import

router = Router(tags=["articles"])


class ArticleFilters(Schema):
    q: Text = Field("", max_length=200, description="Words in the title or the outlet's name.")
    cursor: str = ""
    limit: int = Field(25, ge=1, le=100)


def _duplicate(exc: DuplicateArticle) -> Problem:
    existing = exc.existing
    return Problem(409, str(exc), extra={"existing": {"id": existing.pk, "title": existing.title}})


def _ingest_problem(error: IngestError) -> Problem:
    return Problem(422, error.message, errors={error.field or "__all__": [error.message]})


@router.get("/articles", response={200: ArticlePage, **ERRORS}, auth=read_token)
def list_articles(request: HttpRequest, filters: Query[ArticleFilters]):
    """Newest first; `q` searches titles and outlets."""
    require(request, READ)
    articles = Article.objects.select_related("outlet").defer("text")
    query = filters.q.strip()
    if query:
        articles = articles.filter(Q(title__icontains=query) | Q(outlet__name__icontains=query))
    return keyset_page(ARTICLE_KEYSET, articles, cursor=filters.cursor, size=filters.limit)


@router.get(
    "/articles/{int:article_id}", response={200: ArticleDetailOut, **ERRORS}, auth=read_token
)
def get_article(request: HttpRequest, article_id: PathId):
    """The article's text and its claims in reading order, with their figures."""
    require(request, READ)
    return get_object_or_404(Article.objects.select_related("outlet"), pk=article_id)


@router.post(
    "/articles",
    response={201: ArticleOut, 409: DuplicateOut, **WRITE_ERRORS},
    auth=write_token,
)
def create_article(request: HttpRequest, payload: ArticleIn):
    """Add an article's text; its claims are extracted in the background.

    The same checks as pasting it on the screens: a text over the size limit is
    refused with 413, text or a URL already stored with 409 and the stored copy.
    """
    require(request, ADD_ARTICLE)
    try:
        check_text_size(payload.text, max_text_bytes=settings.INGEST_MAX_TEXT_BYTES)
    except IngestError as error:
        raise Problem(413, error.message, errors={"text": [error.message]}) from None
    try:
        document = validate_fields(
            max_text_bytes=settings.INGEST_MAX_TEXT_BYTES, source_name="api", **payload.dict()
        )
        # Not wrapped in a transaction: the article, queued as it is inserted, is one
        # INSERT that commits by itself, and its extraction is sent after it.
        article = import_document(document=document, created_by=request.user)
    except IngestError as error:
        raise _ingest_problem(error) from None
    except DuplicateArticle as exc:
        raise _duplicate(exc) from None
    return Status(201, article)


@router.post(
    "/articles/fetch",
    response={202: ImportJobOut, 409: DuplicateOut, **WRITE_ERRORS},
    auth=write_token,
)
def fetch_article(request: HttpRequest, payload: ArticleFetchIn, response: HttpResponse):
    """Fetch an article from its address in a worker, as the screens' "From a URL" does.

    Answers 202 with the import job and its `Location`: the job ends with one report
    line, the article imported or why the page could not be fetched. An address
    already stored is 409 with the stored copy, before anything is fetched.
    """
    require(request, ADD_ARTICLE)
    try:
        stored = stored_copy_of(payload.url)
        check_fetch_address(payload.url)
    except IngestError as error:
        raise Problem(422, error.message, errors={"url": [error.message]}) from None
    if stored:
        raise _duplicate(DuplicateArticle(stored, "same URL"))
    with transaction.atomic():
        job = start_url_job(url=payload.url, title=payload.title, created_by=request.user)
        queue_import(job_id=job.pk)
    job.refresh_from_db()
    return job_answer(job, response)


@router.post(
    "/articles/{int:article_id}/extract",
    response={202: ArticleOut, **WRITE_ERRORS},
    auth=write_token,
)
def extract_article(request: HttpRequest, article_id: PathId):
    """Extract the article's claims again; claims an editor touched are kept."""
    require(request, REVIEW)
    article = get_object_or_404(
        Article.objects.select_related("outlet").defer("text"), pk=article_id
    )
    with transaction.atomic():
        queue_extraction(article=article)
    article.refresh_from_db(fields=["extraction_state"])
    return Status(202, article)
