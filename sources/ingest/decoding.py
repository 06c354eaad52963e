"""Bytes to text without mojibake: BOMs, UTF-8, declared charsets, then detection."""

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from sources.ingest.errors import IngestError

# UTF-32 first: its little-endian BOM begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers read "latin-1" and "ascii" labels as windows-1252 (WHATWG Encoding), and
# so do the servers and editors that write them: curly quotes live in 0x80-0x9f.
_WEB_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Both <meta charset="x"> and <meta http-equiv="Content-Type" content="...; charset=x">.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_LETTER_RUN = re.compile(r"[^\W\d_]+")

_BINARY = "This file does not look like text; it seems to hold binary data."


@dataclass(frozen=True, kw_only=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode `data`, honouring a BOM, then strict UTF-8, then `declared`, then guessing.

    Strict UTF-8 goes before the declared charset because a page that decodes as
    UTF-8 but says "iso-8859-1" is a common misconfiguration, while the reverse
    (Latin text that happens to be valid UTF-8) practically never occurs.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data, encoding), encoding)
    refuse_binary(data)
    for encoding in ("utf-8", _web_encoding(declared)):
        if encoding:
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                continue
    return _guess(data)


def refuse_binary(data: bytes) -> None:
    """Refuse BOM-less data with NUL bytes: no legacy text encoding produces them."""
    if b"\x00" in data:
        raise IngestError(_BINARY)


def html_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a <meta> tag near its start."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise IngestError(_BINARY) from None


def _web_encoding(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return _WEB_ALIASES.get(name, name)


def _guess(data: bytes) -> Decoded:
    """Pick a legacy single- or multi-byte encoding for data that is not UTF-8.

    charset-normalizer alone often calls short Western text cp1250 ("prêt" becomes
    "pręt"), so its answer is trusted only for text in a non-Latin script; Latin
    text is read as windows-1252 unless that produces tell-tale symbols inside words
    (Polish cp1250 read as cp1252 gives "Za¿ó³æ") and the detector's reading does not.
    """
    matches = [
        match
        for match in charset_normalizer.from_bytes(data)
        # Without a BOM, UTF-16/32 guesses are how "café" turns into Chinese.
        if not match.encoding.startswith(("utf_16", "utf_32"))
    ]
    best = str(matches[0]) if matches else None
    if best is not None and _non_latin_script(best):
        return _checked(best, matches[0].encoding)
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (best is None or _oddities(western) <= _oddities(best)):
        return _checked(western, "cp1252")
    if best is None:
        raise IngestError(_BINARY)
    return _checked(best, matches[0].encoding)


def _non_latin_script(text: str) -> bool:
    """True for text mostly in another script, whose words do not mix in ASCII letters."""
    foreign = [
        word
        for word in _LETTER_RUN.findall(text)
        if any(not unicodedata.name(c, "LATIN").startswith("LATIN") for c in word)
    ]
    if len(foreign) < 2:
        return False
    mixed = sum(1 for word in foreign if any(c.isascii() for c in word))
    return mixed * 5 <= len(foreign)


def _oddities(text: str) -> int:
    """Count symbols wedged between two letters, the mark of a wrong code page."""
    return sum(
        1
        for before, char, after in zip(text, text[1:], text[2:], strict=False)
        if ord(char) > 0x7F
        and before.isalpha()
        and after.isalpha()
        and (unicodedata.category(char)[0] in "SNC" or unicodedata.category(char) == "Po")
    )


def _checked(text: str, encoding: str) -> Decoded:
    # Decoders accept any byte in some code page; a text full of control characters
    # is binary that happened to decode.
    if len(_CONTROL.findall(text)) * 20 > len(text):
        raise IngestError(_BINARY)
    return Decoded(text=text, encoding=encoding)
