"""Bulk import: paths (files, folders, JSON Lines) and uploads to articles, item by item.

Each item is stored in its own transaction, so one bad file never undoes or blocks
the others, and each yields an outcome the caller reports.
"""

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import BinaryIO

from django.conf import settings
from django.db import DatabaseError, transaction

from sources.ingest.documents import SUPPORTED_EXTENSIONS, ReadLimits, parse_upload
from sources.ingest.errors import IngestError
from sources.ingest.jsonl import read_jsonl
from sources.ingest.parsed import ParsedDocument
from sources.services import DuplicateArticle, import_document

logger = logging.getLogger(__name__)

# What an import takes: every document format, and JSON Lines with one article a line.
IMPORT_EXTENSIONS = (*SUPPORTED_EXTENSIONS, ".jsonl")


@dataclass(frozen=True)
class Outcome:
    item: str
    status: str  # imported | duplicate | rejected
    article_id: int | None = None
    reason: str = ""


def read_limits() -> ReadLimits:
    """What reading one PDF or Word file may cost, from the settings."""
    return ReadLimits(
        seconds=settings.INGEST_READ_TIMEOUT,
        memory_bytes=settings.INGEST_READ_MEMORY_MB * 1024 * 1024,
    )


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; folders walked in name order for the supported kinds and JSONL."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMPORT_EXTENSIONS
            )
        else:
            yield path


def import_paths(paths: Iterable[str | Path], *, created_by=None) -> Iterator[Outcome]:
    for path in expand_paths(paths):
        if path.suffix.lower() == ".jsonl":
            yield from _import_jsonl(path, created_by=created_by)
        else:
            yield _import_file(path, created_by=created_by)


def _import_file(path: Path, *, created_by) -> Outcome:
    try:
        if not path.is_file():
            raise IngestError("No such file.")
        if path.stat().st_size > settings.INGEST_MAX_UPLOAD_BYTES:
            raise IngestError("The file is larger than the upload limit.")
        document = parse_upload(
            name=path.name,
            data=path.read_bytes(),
            max_text_bytes=settings.INGEST_MAX_TEXT_BYTES,
            limits=read_limits(),
        )
    except IngestError as error:
        return Outcome(str(path), "rejected", reason=error.message)
    except OSError as error:
        return Outcome(str(path), "rejected", reason=f"Could not read the file: {error.strerror}")
    return store(document, item=str(path), created_by=created_by)


def _import_jsonl(path: Path, *, created_by) -> Iterator[Outcome]:
    try:
        lines = read_jsonl(path, max_text_bytes=settings.INGEST_MAX_TEXT_BYTES)
        yield from _store_lines(
            lines, item=lambda number: f"{path}:{number}", created_by=created_by
        )
    except OSError as error:
        yield Outcome(str(path), "rejected", reason=f"Could not read the file: {error.strerror}")


def import_upload(
    *, name: str, stream: BinaryIO, content_type: str | None = None, created_by=None
) -> Iterator[Outcome]:
    """An uploaded file's article, or one per line of a JSON Lines file.

    The caller has already bounded the upload's size, so a document file is read whole.
    """
    if PurePath(name).suffix.lower() == ".jsonl":
        lines = read_jsonl(stream, max_text_bytes=settings.INGEST_MAX_TEXT_BYTES)
        yield from _store_lines(
            lines, item=lambda number: f"{name} line {number}", created_by=created_by
        )
        return
    try:
        document = parse_upload(
            name=name,
            data=stream.read(),
            content_type=content_type,
            max_text_bytes=settings.INGEST_MAX_TEXT_BYTES,
            limits=read_limits(),
        )
    except IngestError as error:
        yield Outcome(name, "rejected", reason=error.message)
        return
    yield store(document, item=name, created_by=created_by)


def _store_lines(
    lines: Iterable[tuple[int, ParsedDocument | IngestError]],
    *,
    item: Callable[[int], str],
    created_by,
) -> Iterator[Outcome]:
    for number, result in lines:
        if isinstance(result, IngestError):
            yield Outcome(item(number), "rejected", reason=result.message)
        else:
            yield store(result, item=item(number), created_by=created_by)


def store(document: ParsedDocument, *, item: str, created_by=None) -> Outcome:
    try:
        with transaction.atomic():
            article = import_document(document=document, created_by=created_by)
    except DuplicateArticle as duplicate:
        return Outcome(item, "duplicate", duplicate.existing.pk, str(duplicate))
    except (DatabaseError, ValueError):
        # The readers refuse what the database cannot hold; should something slip
        # through, this item is rejected (its transaction rolled back) and the
        # import goes on with the next one instead of stopping half-way.
        logger.exception("Could not store %s", item)
        return Outcome(item, "rejected", reason="The database refused this article.")
    return Outcome(item, "imported", article.pk)
