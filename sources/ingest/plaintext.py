"""Plain-text and Markdown files, including the seed and press-release layouts.

Seed files (the format of the sample corpus) open with a scraper line such as
"date 2023-05-23 Home page politics". That line is metadata, not article text: it
gives the published date and is dropped from the text, so it neither reaches claim
extraction nor makes two scrapes of the same article look different.
"""

import re
from datetime import date
from html.parser import HTMLParser

from sources.ingest.dates import parse_date
from sources.ingest.errors import IngestError
from sources.ingest.parsed import ParsedDocument

_SEED_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[^\n]*(?:\n|\Z)")
_RELEASE_MARKER = re.compile(
    r"^(for immediate release|press release|news release|embargoed\b.*)$", re.IGNORECASE
)
_DATE_LABEL = re.compile(r"^date\s*:\s*(.+)$", re.IGNORECASE)
# "LONDON, 23 May 2023 – The ministry said..."
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+(.+?)\s*(?:[-–—]|/)")
# Headlines are short and do not end like a sentence; longer first lines are ledes.
_TITLE_MAX = 150
_HEADER_LINES = 15


def read_text(text: str) -> ParsedDocument:
    """A .txt file: the seed date line, else a press-release date, and a headline."""
    published = None
    seed = _SEED_LINE.match(text)
    if seed:
        published = parse_date(seed.group(1))
        text = text[seed.end() :]
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEADER_LINES]
    return ParsedDocument(
        text=text,
        title=_headline(lines),
        published=published or _release_date(lines),
    )


def _headline(lines: list[str]) -> str:
    for line in lines:
        if _RELEASE_MARKER.match(line) or _DATE_LABEL.match(line):
            continue
        return line if len(line) <= _TITLE_MAX and not line.endswith(".") else ""
    return ""


def _release_date(lines: list[str]) -> date | None:
    for line in lines:
        match = _DATE_LABEL.match(line) or _DATELINE.match(line)
        if match:
            try:
                return parse_date(match.group(1))
            except IngestError:
                continue  # a dateline is a guess; an unreadable one is not an error
    return None


# --- Markdown -----------------------------------------------------------------

_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_FENCE = re.compile(r"^\s*(```|~~~).*$")
_SETEXT_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$")
_QUOTE = re.compile(r"^\s*(>\s?)+")
_LIST_MARKER = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images keep their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their words
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),
)


def read_markdown(markdown: str) -> ParsedDocument:
    """A .md file reduced to plain text; its first heading is the title."""
    markdown = _strip_html(_AUTOLINK.sub(r"\1", markdown))
    title = ""
    lines: list[str] = []
    for line in markdown.split("\n"):
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(1)
            title = title or _inline(line).strip()
        elif _SETEXT_UNDERLINE.match(line) and lines and lines[-1].strip():
            title = title or lines[-1].strip()
            continue
        elif _FENCE.match(line) or _RULE.match(line) or _REFERENCE_DEFINITION.match(line):
            continue
        line = _LIST_MARKER.sub(r"\1", _QUOTE.sub("", line))
        lines.append(_inline(line))
    return ParsedDocument(text="\n".join(lines), title=title)


def _inline(line: str) -> str:
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line


class _TextOnly(HTMLParser):
    """Keeps character data, drops tags, attributes and script-like elements whole."""

    _SKIPPED = frozenset({"script", "style", "noscript", "template", "iframe", "object"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIPPED:
            self._skipping.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._skipping:
            del self._skipping[self._skipping.index(tag) :]

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _strip_html(markdown: str) -> str:
    # Markdown may embed raw HTML; the workbench stores plain text, so only its
    # character data survives, and never that of scripts or styles.
    parser = _TextOnly()
    parser.feed(markdown)
    parser.close()
    return "".join(parser.parts)
