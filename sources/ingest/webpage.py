"""HTML to article text and metadata with trafilatura."""

from datetime import date
from urllib.parse import urlsplit

import trafilatura

from sources.ingest.errors import IngestError
from sources.ingest.parsed import ParsedDocument

# Dates from the page's own markup only: htmldate's extensive search guesses from
# any date-like string in the body, which is worse than no date for a fact-check.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(html: str, *, url: str = "") -> ParsedDocument:
    """The main text of a page, without navigation, scripts, styles or markup."""
    extracted = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise IngestError("Could not find any article text in this page.")
    page_url = url or _web_url(extracted.url)
    return ParsedDocument(
        text=extracted.text,
        title=extracted.title or "",
        byline=extracted.author or "",
        url=page_url,
        published=_iso_date(extracted.date),
        outlet_name=extracted.sitename or "",
        outlet_domain=outlet_domain(page_url),
    )


def outlet_domain(url: str) -> str:
    """The outlet's domain from an address: "https://www.bbc.co.uk/x" -> "bbc.co.uk"."""
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.")


def _web_url(url: str | None) -> str:
    # A page's self-declared canonical address may be anything, "javascript:" included.
    return url if url and urlsplit(url).scheme in ("http", "https") else ""


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
