"""E-mail files (.eml), as press offices send releases."""

import email
import email.policy
import email.utils
from datetime import date
from email.message import EmailMessage

from sources.ingest.decoding import decode_bytes
from sources.ingest.errors import IngestError
from sources.ingest.parsed import ParsedDocument
from sources.ingest.webpage import read_html


def read_eml(data: bytes) -> ParsedDocument:
    """Subject as title, Date as published, sender as byline; the plain-text body
    is preferred, an HTML-only body goes through the web-page extractor."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise IngestError("This e-mail has no readable text.")
    content = _content(body)
    text = read_html(content).text if body.get_content_subtype() == "html" else content
    return ParsedDocument(
        text=text,
        title=" ".join(_header(message, "subject").split()),
        byline=_sender(message),
        published=_date(_header(message, "date")),
    )


def _header(message: EmailMessage, name: str) -> str:
    # The stdlib parses headers lazily and raises assorted errors on malformed ones;
    # a bad header should cost that piece of metadata, not the whole e-mail.
    try:
        return str(message.get(name) or "")
    except Exception:  # noqa: BLE001 - see the comment above
        return ""


def _sender(message: EmailMessage) -> str:
    name, address = email.utils.parseaddr(_header(message, "from"))
    return name or address


def _date(value: str) -> date | None:
    try:
        return email.utils.parsedate_to_datetime(value).date() if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _content(part: EmailMessage) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        # Unknown or wrong charset label: detect the encoding from the bytes instead.
        payload = part.get_payload(decode=True) or b""
        return decode_bytes(payload).text
