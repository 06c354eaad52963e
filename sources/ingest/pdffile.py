"""PDF files: the text layer, read with pdfminer.six."""

import io

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTTextContainer
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from sources.ingest.errors import IngestError
from sources.ingest.parsed import ParsedDocument
from sources.ingest.text import format_size, normalise_text


def read_pdf(data: bytes, *, max_text_bytes: int) -> ParsedDocument:
    """The text of every page in order; the title from the document information.

    Reading stops at the first page that takes the text past `max_text_bytes` (as
    stored: normalised), so a huge PDF is refused without being read to its end.
    Run it through `sources.ingest.isolated`, which bounds its time and memory.
    """
    pages: list[str] = []
    size = -2
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        title = _title(document)
        resources = PDFResourceManager()
        device = PDFPageAggregator(resources, laparams=LAParams())
        interpreter = PDFPageInterpreter(resources, device)
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            text = "".join(
                item.get_text() for item in device.get_result() if isinstance(item, LTTextContainer)
            )
            pages.append(text)
            # Pages are joined by a blank line, which normalising keeps.
            stored = normalise_text(text)
            size += len(stored.encode("utf-8")) + 2 if stored else 0
            if size > max_text_bytes:
                raise IngestError(
                    f"This PDF's text is longer than the {format_size(max_text_bytes)} limit."
                )
    except (IngestError, MemoryError):
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise IngestError("This PDF is password-protected; remove the password first.") from None
    # pdfminer raises a zoo of exception types on damaged files (PSEOF, KeyError,
    # TypeError...); for the editor they all mean the file cannot be read.
    except Exception:  # noqa: BLE001 - see the comment above
        raise IngestError("This PDF could not be read; it may be damaged.") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise IngestError(
            "This PDF has no text layer (it is probably a scan); "
            "run it through OCR or paste the text instead."
        )
    return ParsedDocument(text=text, title=title)


def _title(document: PDFDocument) -> str:
    for info in document.info:
        title = resolve1(info.get("Title"))
        if isinstance(title, bytes):
            return decode_text(title).strip()
        if isinstance(title, str):
            return title.strip()
    return ""
