"""Text clean-up, duplicate fingerprints, size limits and canonical addresses."""

import hashlib
import re
import unicodedata
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

from sources.ingest.errors import IngestError

# Every flavour of line break becomes "\n"; form feeds are pdfminer's page breaks.
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
# C0/C1 controls except tab and newline, lone surrogates and stray byte-order marks:
# none of them is text an editor meant to send, and surrogates cannot be stored.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
# Characters refused outright in typed-in or structured input (a form field, a JSON
# Lines item): NUL, which PostgreSQL cannot store, and the other C0/C1 controls.
# Tab, newline and carriage return are whitespace; an article's text may also hold
# the vertical tab, form feed and next-line characters editors' tools use as breaks.
_CONTROL_IN_LINE = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING_PARAMS = frozenset({"fbclid", "gclid"})


def normalise_text(text: str) -> str:
    """Return `text` in the one form the workbench stores.

    Unicode NFC, "\\n" line breaks, no trailing spaces, no control characters other
    than tab and newline, at most one blank line between paragraphs, no leading or
    trailing blank space. Idempotent.
    """
    text = _LINE_BREAKS.sub("\n", text)
    # Remove invisibles before NFC so that a combining mark they separated composes.
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    """Fingerprint for duplicate detection: the same words with other spacing match."""
    flat = " ".join(normalise_text(text).split())
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()


def format_size(size: int) -> str:
    """Sizes as editors read them: "1.4 MB", "250 kB", "812 bytes" (powers of ten)."""
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def check_text_size(text: str, *, max_text_bytes: int) -> None:
    """Refuse text whose UTF-8 form is over `max_text_bytes`."""
    size = len(text.encode("utf-8"))
    if size <= max_text_bytes:
        return
    shown, limit = format_size(size), format_size(max_text_bytes)
    if shown == limit:  # "1 MB; the limit is 1 MB" would read as a bug
        shown, limit = f"{size:,} bytes", f"{max_text_bytes:,} bytes"
    raise IngestError(f"The text is {shown}; the limit is {limit}.", field="text")


_FIELD_LABELS = {"url": "address", "published": "date"}


def refuse_control_characters(value: str, *, field: str, multiline: bool = False) -> None:
    """Refuse `value` if it holds NUL or another control character, naming where.

    `multiline` allows the line-break controls an article's text may carry.
    """
    found = (_CONTROL_IN_TEXT if multiline else _CONTROL_IN_LINE).search(value)
    if found is None:
        return
    char = found.group()
    what = "a NUL character" if char == "\x00" else "a control character"
    label = _FIELD_LABELS.get(field, field)
    raise IngestError(
        f"The {label} holds {what} (U+{ord(char):04X}) at character {found.start() + 1:,}; "
        "remove it and try again.",
        field=field,
    )


def clip(value: str, *, length: int = 60) -> str:
    """Shorten user input quoted back in an error message."""
    return value if len(value) <= length else value[: length - 1] + "…"


def web_url_parts(url: str) -> SplitResult:
    """Split an http(s) address, refusing anything else with a readable error."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        raise IngestError(
            f"'{clip(url)}' is not a web address; it must start with http:// or https://.",
            field="url",
        )
    try:
        parts.port  # noqa: B018 - the property raises ValueError for a bad port
    except ValueError:
        raise IngestError(f"'{clip(url)}' has an invalid port number.", field="url") from None
    return parts


def canonical_url(url: str) -> str:
    """The form of `url` used to spot the same article under different addresses.

    Lowercase scheme and host, no default port, no credentials, no fragment, no
    tracking parameters (utm_*, fbclid, gclid), query sorted, no trailing slash
    except for the root path.
    """
    parts = web_url_parts(url)
    scheme = parts.scheme.lower()
    host = parts.hostname.rstrip(".")
    if ":" in host:  # IPv6 literals keep their brackets
        host = f"[{host}]"
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    params = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode(sorted((k, v) for k, v in params if not _is_tracking(k)))
    return urlunsplit((scheme, netloc, path, query, ""))


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith("utm_") or name in _TRACKING_PARAMS
