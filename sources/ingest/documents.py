"""Uploads and pasted fields to `ParsedDocument`s.

Uploads are dispatched on their extension, but the bytes must agree: a PNG renamed
.txt or an old .doc renamed .docx is refused with a message saying what it is.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import PurePath

from sources.ingest.dates import parse_date
from sources.ingest.decoding import decode_bytes, html_charset, refuse_binary
from sources.ingest.emailfile import read_eml
from sources.ingest.errors import IngestError
from sources.ingest.isolated import ReadLimits, read_isolated
from sources.ingest.parsed import ParsedDocument
from sources.ingest.plaintext import read_markdown, read_text
from sources.ingest.text import (
    check_text_size,
    format_size,
    normalise_text,
    refuse_control_characters,
    web_url_parts,
)
from sources.ingest.webpage import outlet_domain, read_html

# ParsedDocument lives in its own module so the format readers can build it
# without importing this one; it is re-exported as part of this module's API.
__all__ = ["ParsedDocument", "ReadLimits", "finish_document", "parse_upload", "validate_fields"]

TITLE_MAX_LENGTH = 300
SUPPORTED_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".eml")
# Browsers send these for files whose name lost its extension.
_EXTENSION_FOR_TYPE = {
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/html": ".html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/pdf": ".pdf",
    "message/rfc822": ".eml",
}
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Word document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-format Office document (.doc, .xls)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
    (b"{\\rtf", "an RTF document"),
)
# How much bigger than its text a file may reasonably be, to refuse huge files
# before decoding them: UTF-32 spends four bytes a character; HTML and e-mail
# carry markup, headers and encoded attachments around the text.
_RAW_SIZE_FACTOR = {".txt": 4, ".md": 4, ".html": 10, ".htm": 10, ".eml": 10}


def parse_upload(
    *,
    name: str,
    data: bytes,
    content_type: str | None = None,
    max_text_bytes: int,
    limits: ReadLimits | None = None,
) -> ParsedDocument:
    """Read an uploaded file into a document, or raise `IngestError` saying why not.

    PDF and Word files are read in a child process within `limits` (time and
    memory; the defaults of `ReadLimits` when not given).
    """
    extension = _extension(name, content_type)
    if not data.strip():
        raise IngestError("The file is empty.")
    _check_signature(extension, data)
    factor = _RAW_SIZE_FACTOR.get(extension)
    if factor and len(data) > factor * max_text_bytes:
        raise IngestError(
            f"The file is {format_size(len(data))}, too large for a text limit of "
            f"{format_size(max_text_bytes)}."
        )
    document = _read(extension, data, max_text_bytes=max_text_bytes, limits=limits or ReadLimits())
    fallback_title = PurePath(name).stem.replace("_", " ").strip()
    return finish_document(
        replace(document, title=document.title or fallback_title, source_name=name),
        max_text_bytes=max_text_bytes,
        empty_message="No text could be found in this file.",
    )


def validate_fields(
    *,
    title: str,
    text: str,
    max_text_bytes: int,
    outlet: str = "",
    byline: str = "",
    url: str = "",
    published: str | date | None = None,
    source_name: str = "",
) -> ParsedDocument:
    """Check the fields of the paste form (and of a JSONL line) into a document.

    Errors carry `field` so that a form can show them next to the right input.
    NUL and other control characters are refused rather than dropped: they mean
    the input is damaged, and the editor should see where.
    """
    for field, value in (("title", title), ("outlet", outlet), ("byline", byline), ("url", url)):
        refuse_control_characters(value, field=field)
    if isinstance(published, str):
        refuse_control_characters(published, field="published")
    refuse_control_characters(text, field="text", multiline=True)
    title = " ".join(title.split())
    if not title:
        raise IngestError("A title is required.", field="title")
    if len(title) > TITLE_MAX_LENGTH:
        raise IngestError(
            f"The title is {len(title)} characters; the limit is {TITLE_MAX_LENGTH}.",
            field="title",
        )
    url = url.strip()
    if url:
        web_url_parts(url)
    if isinstance(published, str) and published.strip():
        try:
            published = parse_date(published)
        except IngestError as error:
            raise IngestError(error.message, field="published") from None
    document = ParsedDocument(
        text=text,
        title=title,
        byline=byline,
        url=url,
        published=published or None,
        outlet_name=outlet,
        outlet_domain=outlet_domain(url),
        source_name=source_name,
    )
    return finish_document(document, max_text_bytes=max_text_bytes)


def finish_document(
    document: ParsedDocument,
    *,
    max_text_bytes: int,
    empty_message: str = "The text is empty.",
) -> ParsedDocument:
    """Normalise the text and tidy the metadata every way in shares; enforce the limits."""
    text = normalise_text(document.text)
    if not text:
        raise IngestError(empty_message, field="text")
    check_text_size(text, max_text_bytes=max_text_bytes)
    # Metadata read from a file or page is tidied, but an address with control
    # characters in it is no address (and PostgreSQL cannot store a NUL).
    refuse_control_characters(document.url, field="url")
    return replace(
        document,
        text=text,
        source_name=_one_line(document.source_name),
        title=_one_line(document.title, limit=TITLE_MAX_LENGTH),
        byline=_one_line(document.byline),
        outlet_name=_one_line(document.outlet_name),
    )


def _one_line(value: str, *, limit: int = TITLE_MAX_LENGTH) -> str:
    # Extracted metadata can be multi-line or absurdly long; the editor cannot fix
    # a page's markup, so it is trimmed rather than refused.
    value = " ".join(normalise_text(value).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _extension(name: str, content_type: str | None) -> str:
    extension = PurePath(name).suffix.lower()
    if not extension and content_type:
        extension = _EXTENSION_FOR_TYPE.get(content_type.split(";")[0].strip().lower(), "")
    if extension in SUPPORTED_EXTENSIONS:
        return extension
    supported = ", ".join(SUPPORTED_EXTENSIONS[:-1]) + " or " + SUPPORTED_EXTENSIONS[-1]
    if not extension:
        raise IngestError(f"This file has no extension; upload {supported}.")
    raise IngestError(f"This file type ({extension}) is not supported; upload {supported}.")


def _check_signature(extension: str, data: bytes) -> None:
    found = next((what for magic, what in _SIGNATURES if data.startswith(magic)), None)
    if extension == ".pdf":
        # The PDF header may follow a little junk; readers allow 1 KB of it.
        if b"%PDF-" not in data[:1024]:
            raise IngestError(f"This file is {found or 'not a PDF document'}, not a PDF.")
    elif extension == ".docx":
        if not data.startswith(b"PK\x03\x04"):
            what = found or "not a Word document"
            raise IngestError(f"This file is {what}, not a .docx; save it as .docx and retry.")
    elif found:
        raise IngestError(f"This file is {found}, not a {extension} file.")


def _read(
    extension: str, data: bytes, *, max_text_bytes: int, limits: ReadLimits
) -> ParsedDocument:
    if extension in (".pdf", ".docx"):
        return read_isolated(extension, data, max_text_bytes=max_text_bytes, limits=limits)
    if extension == ".eml":
        refuse_binary(data)
        return read_eml(data)
    declared = html_charset(data) if extension in (".html", ".htm") else None
    text = decode_bytes(data, declared=declared).text
    readers: dict[str, Callable[[str], ParsedDocument]] = {
        ".txt": read_text,
        ".md": read_markdown,
        ".html": read_html,
        ".htm": read_html,
    }
    return readers[extension](text)
