"""The story page's ledger overview: each category's summary line and chart.

Both come from the story's ledger summary alone, and drawing them reads every row of
it, so they are cached per story under its ledger version (`Story.ledger_version`),
which every refresh of the summary changes in its own transaction: a page never reads
a chart drawn before the figures last changed, and an unchanged story's are drawn
once. The figures listed under each chart are read fresh on every request.
"""

import datetime
import logging
from dataclasses import dataclass

import redis
from django.core.cache import cache
from django.utils.safestring import SafeString

from claims.models import Quantity
from tracking.charts import ledger_chart
from tracking.ledger import Column, figures_per_day, story_marks, word_marks
from tracking.models import Story

log = logging.getLogger(__name__)

# Unchanged stories' overviews expire after this many seconds all the same, so a
# deployment that draws the charts differently shows its own within a day.
CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Overview:
    """What a category's summary line says, its chart, and its figures per dated day
    (for paging the figures listed under it, `tracking.ledger.category_page`)."""

    category: str
    label: str
    total: int
    sources: int
    verified: bool
    lowest: str
    highest: str
    chart: SafeString
    days: dict[datetime.date, int]


def story_overview(story: Story) -> list[Overview]:
    """The story's overview by category, from the cache when its ledger is unchanged.

    `story` must have been read before its summary is (as a view loads it first): then
    an overview stored under its version never predates that version's summary. A
    cache that cannot be reached costs the drawing, never the page.
    """
    key = f"ledger-overview:1:{story.pk}:{story.ledger_version.hex}"
    try:
        found = cache.get(key)
    except redis.RedisError:
        log.warning("Could not read the ledger overview from the cache.", exc_info=True)
        found = None
    if found is None:
        found = _drawn(story.pk)
        try:
            cache.set(key, found, CACHE_SECONDS)
        except redis.RedisError:
            log.warning("Could not store the ledger overview in the cache.", exc_info=True)
    return found


def _drawn(story_id: int) -> list[Overview]:
    marks = story_marks(story_id)
    columns = [
        Column(category=value, label=label, entries=[], marks=marks[value])
        for value, label in Quantity.Category.choices
        if value in marks
    ]
    word_marks(columns)
    return [
        Overview(
            category=column.category,
            label=column.label,
            total=column.total,
            sources=column.sources,
            verified=column.verified,
            lowest=column.lowest.lowest.worded_amount,
            highest=column.highest.highest.worded_amount,
            chart=ledger_chart(column),
            days=figures_per_day(column.marks),
        )
        for column in columns
    ]
