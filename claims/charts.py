"""A speaker's track record as a small stacked bar chart, drawn on the server as SVG."""

import datetime

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH = 640
HEIGHT = 160
_AXIS = 18  # room under the bars for month labels
_TOP = 14  # room above the bars for the scale label


def track_chart(
    months: list[tuple[datetime.date, dict[str, int]]],
    *,
    labels: dict[str, str],
    title: str,
) -> SafeString:
    """Stacked bars of claims per month, one colour per verdict (classes `bar-<verdict>`).

    Every text that reaches the SVG is escaped by format_html; the chart carries a
    <title> and each bar segment its own, for screen readers and hover.
    """
    if not months:
        return SafeString("")
    tallest = max(sum(counts.values()) for _, counts in months) or 1
    plot = HEIGHT - _AXIS - _TOP
    step = WIDTH / len(months)
    bar = max(step * 0.8, 1.0)
    # Label about eight months at most, so the labels never overlap.
    every = max(1, -(-len(months) // 8))
    parts = [
        format_html(
            '<text class="chart-scale" x="0" y="{}">{} claims</text>',
            _TOP - 4,
            tallest,
        )
    ]
    for index, (month, counts) in enumerate(months):
        x = index * step + (step - bar) / 2
        top = HEIGHT - _AXIS
        for verdict, count in counts.items():
            if not count:
                continue
            height = count / tallest * plot
            top -= height
            parts.append(
                format_html(
                    '<rect class="bar-{}" x="{}" y="{}" width="{}" height="{}">'
                    "<title>{}: {} {}</title></rect>",
                    verdict,
                    _number(x),
                    _number(top),
                    _number(bar),
                    _number(height),
                    month.strftime("%b %Y"),
                    count,
                    labels.get(verdict, verdict).lower(),
                )
            )
        if index % every == 0:
            parts.append(
                format_html(
                    '<text class="chart-month" x="{}" y="{}">{}</text>',
                    _number(x),
                    HEIGHT - 4,
                    month.strftime("%b %Y"),
                )
            )
    body = format_html_join("", "{}", ((part,) for part in parts))
    return format_html(
        '<svg class="track-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
        'role="img" aria-label="{}"><title>{}</title>{}</svg>',
        WIDTH,
        HEIGHT,
        title,
        title,
        body,
    )


def _number(value: float) -> str:
    return f"{value:.1f}"
