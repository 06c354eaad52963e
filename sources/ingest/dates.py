"""Reading publication dates as editors and feeds write them."""

import email.utils
import re
from datetime import date, datetime

from sources.ingest.errors import IngestError
from sources.ingest.text import clip

# Day-first and month-first spellings with the month in words. Purely numeric forms
# other than ISO ("03/04/2023") are refused on purpose: they are ambiguous.
_WORDED_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%d %B, %Y",
    "%d %b, %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
)
_WEEKDAY = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b", re.IGNORECASE)
# "Jan." and "Sept" are common in print; strptime knows only "Jan" and "Sep".
_ABBREVIATION_DOT = re.compile(r"\b([A-Za-z]{3,4})\.")
_SEPT = re.compile(r"\bsept\b", re.IGNORECASE)


def parse_date(value: str) -> date:
    """Read a date: ISO 8601, "23 May 2023", "May 23, 2023" or RFC 2822.

    A timestamp gives the calendar date as written, not converted to another zone:
    that is the date the outlet published under.
    """
    cleaned = " ".join(value.split())
    if cleaned:
        for reader in (_iso, _rfc2822, _worded):
            found = reader(cleaned)
            if found is not None:
                return found
    raise IngestError(f"Could not read the date '{clip(value.strip())}'; use YYYY-MM-DD.")


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _rfc2822(value: str) -> date | None:
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _worded(value: str) -> date | None:
    value = _WEEKDAY.sub("", value)
    value = _ORDINAL.sub(r"\1", value)
    value = _SEPT.sub("Sep", _ABBREVIATION_DOT.sub(r"\1", value))
    for pattern in _WORDED_FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None
