"""Keyset pagination for every list: a page starts after the last row shown, never at an offset.

Page 500 costs what page 1 does, and a row added or removed between two pages
neither repeats nor skips a row. The cursor holds the sort values of the row the
page goes on from: "12.345" when they are whole numbers (readable in an address),
otherwise an opaque token. A list that pages both ways prefixes it with "a" (the
rows after it) or "b" (the rows before it).
"""

import base64
import binascii
import datetime
import json
import re
from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet

_NUMBERS = re.compile(r"\d{1,18}(?:\.\d{1,18})*")
_TOKEN = "~"  # noqa: S105 - marks an opaque cursor, not a secret


class BadCursor(ValueError):
    """A cursor this list did not write: edited by hand, or cut off."""


@dataclass(frozen=True)
class Page:
    rows: list
    next_cursor: str | None
    previous_cursor: str | None


@dataclass(frozen=True)
class Keyset:
    """An ordering that ends in a unique field, and how its cursor travels.

    `order` names model fields or annotations ("-claim_count", "name", "id");
    `param` is the query parameter holding the cursor; `both_ways` adds links back.
    """

    order: tuple[str, ...]
    param: str = "cursor"
    both_ways: bool = False

    def page(self, queryset: QuerySet, params, *, size: int) -> Page:
        """The page the request's cursor names (the first page without one).

        Raises BadCursor for a cursor this list cannot have written.
        """
        text = params.get(self.param, "")
        try:
            return self._page(queryset, text, size=size)
        except (TypeError, ValueError, ValidationError) as exc:
            # Well-formed, but of values the sort fields cannot hold (a number for a date).
            raise BadCursor(text) from exc

    def _page(self, queryset: QuerySet, text: str, *, size: int) -> Page:
        backwards, values = self.read(text)
        if values is None:
            rows = list(queryset.order_by(*self.order)[: size + 1])
            more_before = False
        elif backwards:
            flipped = tuple(_flip(name) for name in self.order)
            rows = list(
                queryset.filter(self._beyond(values, flipped)).order_by(*flipped)[: size + 1]
            )
            more_before = len(rows) > size
            rows = rows[:size][::-1]
            return Page(
                rows=rows,
                next_cursor=self._cursor(rows[-1], backwards=False) if rows else None,
                previous_cursor=self._cursor(rows[0], backwards=True) if more_before else None,
            )
        else:
            rows = list(
                queryset.filter(self._beyond(values, self.order)).order_by(*self.order)[: size + 1]
            )
            more_before = True
        more = len(rows) > size
        rows = rows[:size]
        previous = None
        if self.both_ways and more_before and rows:
            previous = self._cursor(rows[0], backwards=True)
        return Page(
            rows=rows,
            next_cursor=self._cursor(rows[-1], backwards=False) if more else None,
            previous_cursor=previous,
        )

    def read(self, text: str) -> tuple[bool, list | None]:
        """(backwards, the sort values) of a cursor; (False, None) for none."""
        if not text:
            return False, None
        backwards = False
        if self.both_ways:
            if text[:1] not in ("a", "b"):
                raise BadCursor(text)
            backwards, text = text[0] == "b", text[1:]
        if _NUMBERS.fullmatch(text):
            values: Any = [int(part) for part in text.split(".")]
        elif text.startswith(_TOKEN):
            try:
                values = json.loads(base64.urlsafe_b64decode(text[1:].encode("ascii")))
            except (ValueError, binascii.Error, UnicodeError) as exc:
                raise BadCursor(text) from exc
        else:
            raise BadCursor(text)
        if not isinstance(values, list) or len(values) != len(self.order):
            raise BadCursor(text)
        if any(not isinstance(v, (int, float, str)) or isinstance(v, bool) for v in values):
            raise BadCursor(text)
        return backwards, values

    def cursor(self, row, *, backwards: bool = False) -> str:
        """The cursor of the page that goes on after `row` (or before it)."""
        return self._cursor(row, backwards=backwards)

    def _cursor(self, row, *, backwards: bool) -> str:
        values = [_plain(getattr(row, name.lstrip("-"))) for name in self.order]
        if all(isinstance(v, int) and v >= 0 for v in values):
            text = ".".join(map(str, values))
        else:
            text = _TOKEN + base64.urlsafe_b64encode(json.dumps(values).encode()).decode()
        if self.both_ways:
            return ("b" if backwards else "a") + text
        return text

    @staticmethod
    def _beyond(values: list, order: tuple[str, ...]) -> Q:
        """Rows that come after `values` in `order`: (a > x) or (a = x and b > y) or ..."""
        alternatives = []
        for index, name in enumerate(order):
            equal = {f"{n.lstrip('-')}": v for n, v in zip(order[:index], values, strict=False)}
            field = name.lstrip("-")
            step = "lt" if name.startswith("-") else "gt"
            alternatives.append(Q(**equal, **{f"{field}__{step}": values[index]}))
        return reduce(or_, alternatives)


def _flip(name: str) -> str:
    return name[1:] if name.startswith("-") else f"-{name}"


def _plain(value: Any) -> Any:
    """A sort value as JSON holds it; dates as ISO text, which the database compares."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if hasattr(value, "is_integer") and not isinstance(value, float):  # Decimal
        return float(value)
    return value
