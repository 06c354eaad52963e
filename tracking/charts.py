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
    """One mark per source and figure a day: a dot for an exact figure, a bar for a range, an
    open-ended bar for a floor ("at least 23"). Verified figures are drawn filled
    (class `verified`), the others hollow, so no unverified figure reads as the toll.
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
    # Figures repeated word for word by one source on one day (a wire copy in every
    # outlet) are one mark, their count in its title.
    marks: dict[tuple, list] = {}
    for entry in column.entries:
        key = (entry.source_key, entry.published, entry.span, entry.verified)
        marks.setdefault(key, []).append(entry)
    for (source, _, span, verified), group in marks.items():
        entry = group[0]
        colour = sources.setdefault(source, len(sources)) % SOURCE_COLOURS
        x = x_of(entry)
        title = format_html(
            "<title>{}: {} ({}, {}{})</title>",
            entry.published.isoformat() if entry.published else "undated",
            entry.quantity.described,
            entry.speaker or "no speaker",
            entry.outlet or "no outlet",
            f" and {len(group) - 1} more" if len(group) > 1 else "",
        )
        classes = f"mark source-{colour}{' verified' if verified else ''}"
        if span.high is not None and span.low == span.high:
            parts.append(
                format_html(
                    '<circle class="{}" cx="{}" cy="{}" r="4">{}</circle>',
                    classes,
                    _number(x),
                    _number(y_of(span.low)),
                    title,
                )
            )
            continue
        high = y_of(span.high) if span.high is not None else _TOP
        low = y_of(span.low)
        parts.append(
            format_html(
                '<rect class="{}{}" x="{}" y="{}" width="6" height="{}">{}</rect>',
                classes,
                "" if span.high is not None else " open-ended",
                _number(x - 3),
                _number(high),
                _number(max(low - high, 1.0)),
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


def _scale(spans) -> Decimal:
    """The top of the chart: the largest finite end of any figure, with some room."""
    ends = [s.high if s.high is not None else s.low for s in spans]
    return max(max(ends, default=Decimal(1)) * Decimal("1.1"), Decimal(1))


def _number(value: float) -> str:
    return f"{value:.1f}"
