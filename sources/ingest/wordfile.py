"""Word (.docx) files with python-docx."""

import io
import zipfile

import docx
from docx.table import Table

from sources.ingest.errors import IngestError
from sources.ingest.parsed import ParsedDocument
from sources.ingest.text import format_size, normalise_text

# python-docx inflates every part of the package into memory; a few kilobytes of
# zipped zeros could otherwise take gigabytes. Real documents stay far below this.
_MAX_UNZIPPED_BYTES = 100_000_000
_DAMAGED = "This Word file could not be read; it may be damaged or not a .docx file."


def read_docx(data: bytes, *, max_text_bytes: int) -> ParsedDocument:
    """Body paragraphs and tables in reading order; the title from properties or headings.

    Reading stops once the text passes `max_text_bytes`. Run it through
    `sources.ingest.isolated`, which bounds its time and memory.
    """
    _check_package(data)
    too_long = IngestError(
        f"This Word file's text is longer than the {format_size(max_text_bytes)} limit."
    )
    try:
        document = docx.Document(io.BytesIO(data))
        title = (document.core_properties.title or "").strip()
        lines: list[str] = []
        # The size the text will have once normalised, blocks joined by a blank line.
        size = -2
        for block in document.iter_inner_content():
            texts = _table_rows(block) if isinstance(block, Table) else [block.text]
            lines.extend(texts)
            stored = [normalise_text(text) for text in texts]
            size += sum(len(text.encode("utf-8")) + 2 for text in stored if text)
            if size > max_text_bytes:
                raise too_long
            if isinstance(block, Table):
                continue
            style = block.style.name if block.style is not None else ""
            if not title and block.text.strip() and style.startswith(("Title", "Heading")):
                title = block.text.strip()
    except (IngestError, MemoryError):
        raise
    # python-docx and lxml raise many unrelated types on malformed packages; all of
    # them mean the same thing to the editor.
    except Exception:  # noqa: BLE001 - see the comment above
        raise IngestError(_DAMAGED) from None
    return ParsedDocument(text="\n\n".join(lines), title=title)


def _check_package(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise IngestError(_DAMAGED) from None
    if not any(member.filename == "word/document.xml" for member in members):
        raise IngestError(_DAMAGED)
    if sum(member.file_size for member in members) > _MAX_UNZIPPED_BYTES:
        raise IngestError("This Word file unpacks to an implausible size; it was refused.")


def _table_rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            # Merged cells repeat their text once per grid column.
            if not cells or cell.text != cells[-1]:
                cells.append(cell.text)
        rows.append("\t".join(cells))
    return rows
