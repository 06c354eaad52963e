"""Word (.docx) files with python-docx."""

import io
import zipfile

import docx
from docx.table import Table

from sources.ingest.errors import IngestError
from sources.ingest.parsed import ParsedDocument

# python-docx inflates every part of the package into memory; a few kilobytes of
# zipped zeros could otherwise take gigabytes. Real documents stay far below this.
_MAX_UNZIPPED_BYTES = 100_000_000
_DAMAGED = "This Word file could not be read; it may be damaged or not a .docx file."


def read_docx(data: bytes) -> ParsedDocument:
    """Body paragraphs and tables in reading order; the title from properties or headings."""
    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        title = (document.core_properties.title or "").strip()
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_rows(block))
                continue
            lines.append(block.text)
            style = block.style.name if block.style is not None else ""
            if not title and block.text.strip() and style.startswith(("Title", "Heading")):
                title = block.text.strip()
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
