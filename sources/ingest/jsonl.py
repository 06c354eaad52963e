"""Bulk import from JSON Lines: one article per line, the paste form's fields.

A bad line does not stop the import: each line yields its document or its error,
so the editor gets one report naming every line to fix.
"""

import json
import os
import re
from collections.abc import Iterator
from pathlib import PurePath
from typing import BinaryIO, TextIO

from sources.ingest.documents import ParsedDocument, validate_fields
from sources.ingest.errors import IngestError

FIELDS = ("title", "text", "outlet", "byline", "url", "published")
# JSON text never holds a raw control character other than its whitespace (tab,
# newline, carriage return); inside strings they must be escaped.
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f]")


def read_jsonl(
    source: str | os.PathLike[str] | BinaryIO | TextIO,
    *,
    max_text_bytes: int,
    name: str = "",
    first_line: int = 1,
    after: int = 0,
) -> Iterator[tuple[int, ParsedDocument | IngestError]]:
    """Yield (line number, document or error) for each non-blank line.

    Lines are numbered from `first_line` (a part cut from a longer file keeps the
    file's numbers); those numbered `after` or less are skipped unread, so an
    import resumed mid-file does not parse again what it has done.
    """
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as stream:
            yield from _read(
                stream, name or PurePath(source).name, max_text_bytes, first_line, after
            )
    else:
        name = name or PurePath(getattr(source, "name", "") or "import.jsonl").name
        yield from _read(source, name, max_text_bytes, first_line, after)


def _read(
    stream: BinaryIO | TextIO, name: str, max_text_bytes: int, first_line: int, after: int
) -> Iterator[tuple[int, ParsedDocument | IngestError]]:
    for number, line in enumerate(stream, start=first_line):
        if number <= after:
            continue
        if isinstance(line, bytes):
            # JSON Lines is UTF-8 by definition; tolerate a BOM on the first line.
            line = line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                yield number, IngestError(f"Line {number} is not valid UTF-8.")
                continue
        if not line.strip():
            continue
        try:
            document = _document(line, source_name=f"{name} line {number}", limit=max_text_bytes)
        except IngestError as error:
            yield number, IngestError(f"Line {number}: {error.message}", field=error.field)
        else:
            yield number, document


def _document(line: str, *, source_name: str, limit: int) -> ParsedDocument:
    raw = _RAW_CONTROL.search(line)
    if raw is not None:
        what = "a NUL byte" if raw.group() == "\x00" else "a control character"
        raise IngestError(
            f"this line holds {what} (U+{ord(raw.group()):04X}) at character "
            f"{raw.start() + 1:,}, which JSON does not allow."
        )
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        raise IngestError("this is not valid JSON.") from None
    if not isinstance(record, dict):
        raise IngestError("expected a JSON object with title and text.")
    # Unknown keys are refused rather than ignored: a misspelt "pubished" would
    # otherwise drop the date without anyone noticing.
    unknown = sorted(set(record) - set(FIELDS))
    if unknown:
        raise IngestError(
            f"unknown field(s) {', '.join(unknown)}; the fields are {', '.join(FIELDS)}."
        )
    values: dict[str, str] = {}
    for field in FIELDS:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise IngestError(f"'{field}' must be a string.", field=field)
        values[field] = value or ""
    # Escaped ones ("\\u0000") are refused by validate_fields, naming the field.
    return validate_fields(max_text_bytes=limit, source_name=source_name, **values)
