"""Import jobs: uploaded files, JSON Lines, folders and addresses to articles, in a worker.

A job is stored whole first (`start_upload_job`, `start_path_job`, `start_url_job`);
then `run_chunk` reads the next items (a chunk: CHUNK_ITEMS at most, fewer when
reading them takes long), outside any transaction, and stores their articles, their
report lines and the job's new position in one transaction. A worker killed
mid-chunk leaves the position where the last chunk ended, so the chunk is read
again and nothing in it was stored; a line stored anyway meets the duplicate
check and the unique line number. Each item is stored in its own savepoint, so one
bad item never undoes the others.
"""

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePath

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F, Q
from django.utils import timezone

from sources.ingest.documents import SUPPORTED_EXTENSIONS, ReadLimits, parse_upload
from sources.ingest.errors import IngestError
from sources.ingest.jsonl import read_jsonl
from sources.ingest.parsed import ParsedDocument
from sources.models import ImportJob, ImportLine, ImportSource
from sources.services import DuplicateArticle, fetch_document, import_document

logger = logging.getLogger(__name__)

# What an import takes: every document format, and JSON Lines with one article a line.
IMPORT_EXTENSIONS = (*SUPPORTED_EXTENSIONS, ".jsonl")
# Items a chunk stores in one transaction, and how long it may spend reading them
# (a PDF may take INGEST_READ_TIMEOUT, an address INGEST_FETCH_TIMEOUT).
CHUNK_ITEMS = 200
CHUNK_SECONDS = 20
# A job taken this many times without a chunk committed is killing its worker.
MAX_ATTEMPTS = 3
KILLED_WORKER = (
    "The import stopped the worker reading it {attempts} times at the same place, most "
    "likely for lack of memory or time, after {done} of {total} items. The report lists "
    "what was read; resume the import to try the rest again."
)


@dataclass(frozen=True)
class Outcome:
    item: str
    status: str  # imported | duplicate | rejected
    article_id: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class Upload:
    """A file as the upload handler passed it on, or the reason it refused it."""

    name: str
    data: bytes = b""
    content_type: str = ""
    refusal: str = ""


def read_limits() -> ReadLimits:
    """What reading one PDF or Word file may cost, from the settings."""
    return ReadLimits(
        seconds=settings.INGEST_READ_TIMEOUT,
        memory_bytes=settings.INGEST_READ_MEMORY_MB * 1024 * 1024,
    )


def is_jsonl(name: str) -> bool:
    return PurePath(name).suffix.lower() == ".jsonl"


def count_items(name: str, data: bytes) -> int:
    """Items a file holds, for the progress bar: a JSON Lines file's non-blank lines."""
    if not is_jsonl(name):
        return 1
    return sum(1 for line in data.splitlines() if line.strip())


# --- storing a job ----------------------------------------------------------------------


def _create_job(*, title: str, sources: Iterable[ImportSource], created_by) -> ImportJob:
    with transaction.atomic():
        job = ImportJob.objects.create(title=title[:300], created_by=created_by)
        total = 0
        for position, source in enumerate(sources):
            source.job, source.position = job, position
            source.save()
            total += 1 if source.refusal or source.url else count_items(source.name, source.content)
        job.total = total
        job.save(update_fields=["total"])
    return job


def _titled(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return f"{names[0]} and {len(names) - 1} more file{'s' * (len(names) > 2)}"


def start_upload_job(*, uploads: list[Upload], created_by) -> ImportJob:
    """Store the uploaded files as a job; the caller has bounded their size in all."""
    sources = [
        ImportSource(name=u.name, content=u.data, content_type=u.content_type, refusal=u.refusal)
        for u in uploads
    ]
    return _create_job(
        title=_titled([u.name for u in uploads]), sources=sources, created_by=created_by
    )


def start_url_job(*, url: str, title: str = "", created_by) -> ImportJob:
    """An address to fetch in a worker, so no request waits on another server."""
    source = ImportSource(name=url, url=url, title=title)
    return _create_job(title=url, sources=[source], created_by=created_by)


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


def start_path_job(*, paths: Iterable[str | Path], created_by=None) -> ImportJob:
    """Files and folders as a job. A JSON Lines file longer than the upload limit is
    stored in parts of at most that size, cut between lines; other files are refused
    over it, as an upload would be."""
    files = list(expand_paths(paths))
    sources: list[ImportSource] = []
    for path in files:
        sources += _path_sources(path)
    return _create_job(
        title=_titled([str(p) for p in files] or ["(no files)"]),
        sources=sources,
        created_by=created_by,
    )


def _path_sources(path: Path) -> Iterator[ImportSource]:
    limit = settings.INGEST_MAX_UPLOAD_BYTES
    try:
        if not path.is_file():
            raise IngestError("No such file.")
        if is_jsonl(path.name):
            yield from _jsonl_parts(path, limit=limit)
            return
        if path.stat().st_size > limit:
            raise IngestError("The file is larger than the upload limit.")
        yield ImportSource(name=str(path), content=path.read_bytes())
    except IngestError as error:
        yield ImportSource(name=str(path), refusal=error.message)
    except OSError as error:
        yield ImportSource(name=str(path), refusal=f"Could not read the file: {error.strerror}")


def _jsonl_parts(path: Path, *, limit: int) -> Iterator[ImportSource]:
    part, size, first_line = [], 0, 1
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if part and size + len(line) > limit:
                yield ImportSource(name=str(path), content=b"".join(part), first_line=first_line)
                part, size, first_line = [], 0, number
            part.append(line)
            size += len(line)
    if part or first_line == 1:
        yield ImportSource(name=str(path), content=b"".join(part), first_line=first_line)


# --- queueing and taking ----------------------------------------------------------------


def take_job(*, job_id: int, task_id: str) -> bool:
    """Take a queued job, or take back the one this task held (a redelivery after a kill).

    Each take without a chunk committed since counts an attempt; past MAX_ATTEMPTS the
    job fails with a message instead of killing one more worker.
    """
    now = timezone.now()
    jobs = ImportJob.objects.filter(pk=job_id)
    taken = jobs.filter(state__in=ImportJob.UNTAKEN).update(
        state=ImportJob.State.RUNNING,
        task_id=task_id,
        heartbeat_at=now,
        attempts=F("attempts") + 1,
    )
    if not taken:
        taken = jobs.filter(state=ImportJob.State.RUNNING, task_id=task_id).update(
            heartbeat_at=now, attempts=F("attempts") + 1
        )
    if not taken:
        return False
    job = jobs.only("attempts", "done", "total").get()
    if job.attempts > MAX_ATTEMPTS:
        error = KILLED_WORKER.format(attempts=job.attempts - 1, done=job.done, total=job.total)
        fail_job(job_id=job_id, error=error)
        return False
    return True


def fail_job(*, job_id: int, error: str) -> None:
    ImportJob.objects.filter(pk=job_id).update(
        state=ImportJob.State.FAILED, error=error[:2000], finished_at=timezone.now()
    )


def stalled(*, older_than: timezone.timedelta):
    """Jobs never sent to the queue (it was down), or queued or running longer than a
    worker could take on one chunk: lost to a crash or outage."""
    cutoff = timezone.now() - older_than
    return ImportJob.objects.filter(
        Q(state=ImportJob.State.WAITING)
        | Q(state=ImportJob.State.QUEUED, queued_at__lt=cutoff)
        | Q(state=ImportJob.State.RUNNING, heartbeat_at__lt=cutoff)
    )


# --- reading and storing ----------------------------------------------------------------

Read = ParsedDocument | IngestError | DuplicateArticle


@dataclass(frozen=True)
class Item:
    source: int  # the source's position
    line: int  # the line read in it (1 for a whole file or an address)
    label: str
    read: Read


def _items(source: ImportSource, *, after: int) -> Iterator[Item]:
    """The source's items after line `after`, each read (parsed or fetched)."""
    position = source.position
    if source.refusal or source.url or not is_jsonl(source.name):
        if after >= 1:
            return
        yield Item(position, 1, source.name, _read_whole(source))
        return
    lines = read_jsonl(
        BytesIO(bytes(source.content)),
        max_text_bytes=settings.INGEST_MAX_TEXT_BYTES,
        name=PurePath(source.name).name,
        first_line=source.first_line,
        after=after,
    )
    for number, result in lines:
        yield Item(position, number, f"{source.name} line {number}", result)


def _read_whole(source: ImportSource) -> Read:
    try:
        if source.refusal:
            raise IngestError(source.refusal)
        if source.url:
            return fetch_document(url=source.url, title=source.title)
        return parse_upload(
            name=source.name,
            data=bytes(source.content),
            content_type=source.content_type or None,
            max_text_bytes=settings.INGEST_MAX_TEXT_BYTES,
            limits=read_limits(),
        )
    except (IngestError, DuplicateArticle) as error:
        return error


def _next_items(job: ImportJob) -> tuple[list[Item], bool]:
    """The next chunk's items, and whether the job has more after them."""
    items: list[Item] = []
    started = time.monotonic()
    positions = job.sources.filter(position__gte=job.cursor_source).values_list(
        "position", flat=True
    )
    for position in positions:
        # One source's content in memory at a time.
        source = job.sources.get(position=position)
        after = job.cursor_line if position == job.cursor_source else 0
        for item in _items(source, after=after):
            items.append(item)
            if len(items) >= CHUNK_ITEMS or time.monotonic() - started > CHUNK_SECONDS:
                return items, True
    return items, False


def store(document: ParsedDocument, *, item: str, created_by=None) -> Outcome:
    try:
        with transaction.atomic():
            article = import_document(document=document, created_by=created_by)
    except DuplicateArticle as duplicate:
        return Outcome(item, "duplicate", duplicate.existing.pk, str(duplicate))
    except (DatabaseError, ValueError):
        # The readers refuse what the database cannot hold; should something slip
        # through, this item is rejected (its savepoint rolled back) and the
        # import goes on with the next one instead of stopping half-way.
        logger.exception("Could not store %s", item)
        return Outcome(item, "rejected", reason="The database refused this article.")
    return Outcome(item, "imported", article.pk)


def _outcome(item: Item, *, created_by) -> Outcome:
    if isinstance(item.read, IngestError):
        return Outcome(item.label, "rejected", reason=item.read.message)
    if isinstance(item.read, DuplicateArticle):
        return Outcome(item.label, "duplicate", item.read.existing.pk, str(item.read))
    return store(item.read, item=item.label, created_by=created_by)


def run_chunk(*, job_id: int, task_id: str) -> bool:
    """Read and store the job's next chunk; True when the job has more to do.

    Returns False, storing nothing, when the job is no longer this task's.
    """
    job = ImportJob.objects.filter(
        pk=job_id, state=ImportJob.State.RUNNING, task_id=task_id
    ).first()
    if job is None:
        return False
    items, more = _next_items(job)
    with transaction.atomic():
        # Locked, and checked again: the sweeper may have handed the job to another task.
        job = (
            ImportJob.objects.select_for_update()
            .filter(pk=job_id, state=ImportJob.State.RUNNING, task_id=task_id)
            .first()
        )
        if job is None:
            return False
        outcomes = [_outcome(item, created_by=job.created_by) for item in items]
        ImportLine.objects.bulk_create(
            ImportLine(
                job=job,
                number=job.done + index,
                item=outcome.item[:1100],
                status=outcome.status,
                article_id=outcome.article_id,
                reason=outcome.reason,
            )
            for index, outcome in enumerate(outcomes, start=1)
        )
        statuses = [o.status for o in outcomes]
        job.done += len(outcomes)
        job.imported += statuses.count("imported")
        job.duplicates += statuses.count("duplicate")
        job.rejected += statuses.count("rejected")
        if items:
            job.cursor_source, job.cursor_line = items[-1].source, items[-1].line
        job.attempts = 0
        job.heartbeat_at = timezone.now()
        if not more:
            job.state = ImportJob.State.DONE
            job.finished_at = timezone.now()
            # Blank lines and the like are not items: the count read is the true total.
            job.total = job.done
        job.save()
    return more


def run_job(*, job_id: int, task_id: str, seconds: float | None = None) -> bool:
    """Take the job and run chunks until it is done, or until `seconds` have passed;
    True when it has more to do (the caller queues it again)."""
    if not take_job(job_id=job_id, task_id=task_id):
        return False
    deadline = None if seconds is None else time.monotonic() + seconds
    while run_chunk(job_id=job_id, task_id=task_id):
        if deadline is not None and time.monotonic() > deadline:
            return True
    return False
