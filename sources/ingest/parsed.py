"""The document every way in produces."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, kw_only=True)
class ParsedDocument:
    """Plain text plus what could be learnt about it; empty strings mean unknown.

    `source_name` says where the document came from, for the editor: the uploaded
    file's name, "<file> line <n>" for a JSONL import, or the fetched address.
    """

    text: str
    title: str = ""
    byline: str = ""
    url: str = ""
    published: date | None = None
    outlet_name: str = ""
    outlet_domain: str = ""
    source_name: str = ""
