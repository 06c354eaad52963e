"""A category's figures over time as a small SVG chart, drawn on the server the way
claims' track record chart is: escaped by format_html, titled for screen readers."""

import datetime
from decimal import Decimal

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

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
    23"); on a day of more sources than the chart has room for, one bar for them all
    (class `sources-many`, see `tracking.ledger.drawn_marks`). A mark with a verified
    figure is drawn filled (class `verified`), the others hollow, so no unverified
    figure reads as the toll.
    """
    marks = column.drawn
    if not marks:
        return SafeString("")
    dated = [mark.published for mark in marks if mark.published]
    first = min(dated, default=datetime.date.today())
    days = max((max(dated, default=first) - first).days, 1)
    top = _scale(marks)
    plot = HEIGHT - _AXIS - _TOP
    sources: dict[str, int] = {}

    def x_of(mark) -> float:
        day = (mark.published - first).days if mark.published else days
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
    # A story's chart has up to a few hundred marks: each is written as plain text,
    # its only words (figures, names) escaped.
    for mark in marks:
        if mark.sources > 1:
            colour = "sources-many"
            said = f"{mark.sources} sources"
        else:
            colour = f"source-{sources.setdefault(mark.source_key, len(sources)) % SOURCE_COLOURS}"
            said = mark.speaker or "no speaker"
        x = x_of(mark)
        title = "<title>{}: {} ({})</title>".format(
            mark.published.isoformat() if mark.published else "undated",
            escape(_worded(mark)),
            escape(said),
        )
        classes = f"mark {colour}{' verified' if mark.verified else ''}"
        if mark.high is not None and mark.low == mark.high:
            parts.append(
                f'<circle class="{classes}" cx="{_number(x)}" cy="{_number(y_of(mark.low))}" '
                f'r="4">{title}</circle>'
            )
            continue
        high_y = y_of(mark.high) if mark.high is not None else _TOP
        low_y = y_of(mark.low)
        parts.append(
            f'<rect class="{classes}{"" if mark.high is not None else " open-ended"}" '
            f'x="{_number(x - 3)}" y="{_number(high_y)}" width="6" '
            f'height="{_number(max(low_y - high_y, 1.0))}">{title}</rect>'
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
    body = mark_safe("".join(parts))  # noqa: S308 - every part escaped above
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


def _worded(mark) -> str:
    """The mark's figures in words: the one figure, or the lowest and the highest."""
    if mark.count == 1:
        return mark.lowest.worded
    lowest, highest = mark.lowest.worded, mark.highest.worded
    if lowest == highest:
        return f"{lowest}, {mark.count} times"
    return f"{mark.count} figures, {lowest} to {highest}"


def _scale(marks) -> Decimal:
    """The top of the chart: the largest finite end of any mark, with some room."""
    ends = [mark.high if mark.high is not None else mark.low for mark in marks]
    return max(max(ends, default=Decimal(1)) * Decimal("1.1"), Decimal(1))


def _number(value: float) -> str:
    return f"{value:.1f}"
