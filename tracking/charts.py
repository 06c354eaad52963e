"""A category's figures over time as a small SVG chart, drawn on the server the way
claims' track record chart is: escaped by format_html, titled for screen readers."""

import datetime
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from tracking.ledger import Column

WIDTH = 640
HEIGHT = 180
_LEFT = 8
_AXIS = 18  # room under the plot for the dates
_TOP = 16  # room above the plot for the scale label
# Sources are told apart by colour (classes `source-0` .. `source-7`), and named in
# each mark's title.
SOURCE_COLOURS = 8


def ledger_chart(column: Column) -> SafeString:
    """One mark per source a day: a dot for an exact figure, a bar for a range (or for
    the figures a source gave that day), an open-ended bar for a floor ("at least
    23"). A mark with a verified figure is drawn filled (class `verified`), the
    others hollow, so no unverified figure reads as the toll.
    """
    if not column.entries:
        return SafeString("")
    dated = [entry.published for entry in column.entries if entry.published]
    first = min(dated, default=datetime.date.today())
    days = max((max(dated, default=first) - first).days, 1)
    top = _scale([entry.span for entry in column.entries])
    plot = HEIGHT - _AXIS - _TOP
    sources: dict[str, int] = {}

    def x_of(entry) -> float:
        day = (entry.published - first).days if entry.published else days
        return _LEFT + day / days * (WIDTH - 2 * _LEFT)

    def y_of(count: Decimal) -> float:
        return HEIGHT - _AXIS - float(min(count, top) / top) * plot

    parts = [
        format_html(
            '<text class="chart-scale" x="0" y="{}">{} {}</text>',
            _TOP - 4,
            f"{int(top):,}",
            column.label.lower(),
        )
    ]
    # One mark per source and day: the range from the lowest to the highest figure the
    # source gave that day, so a figure copied by every outlet is drawn once.
    marks: dict[tuple, list] = {}
    for entry in column.entries:
        marks.setdefault((entry.source_key, entry.published), []).append(entry)
    for (source, _), group in marks.items():
        entry = group[0]
        colour = sources.setdefault(source, len(sources)) % SOURCE_COLOURS
        low = min(e.span.low for e in group)
        highs = [e.span.high for e in group]
        high = None if None in highs else max(highs)
        x = x_of(entry)
        title = format_html(
            "<title>{}: {} ({})</title>",
            entry.published.isoformat() if entry.published else "undated",
            _worded(group),
            entry.speaker or "no speaker",
        )
        verified = any(e.verified for e in group)
        classes = f"mark source-{colour}{' verified' if verified else ''}"
        if high is not None and low == high:
            parts.append(
                format_html(
                    '<circle class="{}" cx="{}" cy="{}" r="4">{}</circle>',
                    classes,
                    _number(x),
                    _number(y_of(low)),
                    title,
                )
            )
            continue
        high_y = y_of(high) if high is not None else _TOP
        low_y = y_of(low)
        parts.append(
            format_html(
                '<rect class="{}{}" x="{}" y="{}" width="6" height="{}">{}</rect>',
                classes,
                "" if high is not None else " open-ended",
                _number(x - 3),
                _number(high_y),
                _number(max(low_y - high_y, 1.0)),
                title,
            )
        )
    for day, anchor in ((first, "start"), (first + datetime.timedelta(days=days), "end")):
        parts.append(
            format_html(
                '<text class="chart-month" x="{}" y="{}" text-anchor="{}">{}</text>',
                _number(_LEFT if anchor == "start" else WIDTH - _LEFT),
                HEIGHT - 4,
                anchor,
                day.isoformat(),
            )
        )
    body = format_html_join("", "{}", ((part,) for part in parts))
    label = f"{column.label} figures over time"
    return format_html(
        '<svg class="ledger-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
        'role="img" aria-label="{}"><title>{}</title>{}</svg>',
        WIDTH,
        HEIGHT,
        label,
        label,
        body,
    )


def _worded(group: list) -> str:
    """The figures of a mark in words: the one figure, or the lowest and the highest."""
    if len(group) == 1:
        return group[0].quantity.described
    lowest = min(group, key=lambda entry: entry.span.low)
    highest = max(group, key=lambda entry: (entry.span.high is None, entry.span.high or 0))
    if lowest is highest:
        return f"{lowest.quantity.described}, {len(group)} figures"
    return f"{len(group)} figures, {lowest.quantity.described} to {highest.quantity.described}"


def _scale(spans) -> Decimal:
    """The top of the chart: the largest finite end of any figure, with some room."""
    ends = [s.high if s.high is not None else s.low for s in spans]
    return max(max(ends, default=Decimal(1)) * Decimal("1.1"), Decimal(1))


def _number(value: float) -> str:
    return f"{value:.1f}"
