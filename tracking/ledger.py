"""The figure ledger of a story: every reported figure per category, in publication
order, and the range each figure's stored bounds allow, so two figures can be told
to agree ("at least 70" and "72") or not ("12" and "37").

The machine never picks a "true" figure: the ledger shows what was reported, by
whom and when; only an editor's verdict marks a figure verified.
"""

import datetime
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property, lru_cache

from django.db import connection
from django.db.models import F, Lookup, Q, Value

from claims.models import Claim, Quantity
from tracking.models import LedgerDay

# How far "about 300" reaches either side: an approximate figure is read as this
# share of its value around it, so "about 300" agrees with 320 but not with 400.
APPROXIMATE_SLACK = Decimal("0.1")
# Words that exclude the figure itself: "more than 70" cannot be 70.
_STRICT_LOWER = frozenset({"more than", "over", "above", "in excess of", "upwards of"})
_STRICT_UPPER = frozenset({"fewer than", "less than", "under", "just under"})
# What the vague counts say at the least: "dozens" are at least two dozen.
_VAGUE_FLOORS = {
    "several": 2,
    "many": 2,
    "numerous": 2,
    "countless": 2,
    "a few": 2,
    "a handful of": 2,
    "tens": 20,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2_000,
    "millions": 2_000_000,
}


@dataclass(frozen=True)
class Span:
    """The counts a figure allows: from `low` to `high` (None: no upper end), each end
    included unless marked open."""

    low: Decimal
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False

    def agrees(self, other: "Span") -> bool:
        """Both figures can be true at once: their ranges share at least one count."""
        return _below(self, other) and _below(other, self)


def _below(a: Span, b: Span) -> bool:
    """`a` starts no later than `b` ends: a's low end is inside or under b's range."""
    if b.high is None:
        return True
    if a.low < b.high:
        return True
    return a.low == b.high and not (a.low_open or b.high_open)


def span(quantity: "Quantity | Entry") -> Span:
    """The range of counts a stored figure (a Quantity, or its ledger entry) allows,
    read from its bounds.

    The forms the extractor stores: an exact figure (value = lower = upper), a
    floor ("at least 23": value and lower), a ceiling ("fewer than 10": value and
    upper; "up to 10" and "nearly 10" approximate too), an approximate figure
    ("about 300": value only), a range ("between 10 and 15": bounds without a
    value), a vague count ("dozens": nothing but the flag), and none (all zero).
    """
    qualifier = " ".join(quantity.qualifier.lower().split())
    value, lower, upper = quantity.value, quantity.lower, quantity.upper
    if value is None and lower is None and upper is None:
        return Span(Decimal(_VAGUE_FLOORS.get(qualifier, 0)), None)
    if lower is not None and upper is not None:
        return Span(lower, upper)
    if lower is not None:
        return Span(lower, None, low_open=qualifier in _STRICT_LOWER)
    if upper is not None:
        return Span(Decimal(0), upper, high_open=qualifier in _STRICT_UPPER)
    if quantity.approximate:
        reach = value * APPROXIMATE_SLACK
        return Span(value - reach, value + reach)
    return Span(value, value)


@dataclass(eq=False)
class Reported:
    """A reported figure as it is weighed against others: its stored bounds, what it
    counts, who said it and when, read without the words a screen shows (`Entry`).

    Holds the figure's stored fields, so its range is read without a model row; the
    Quantity, for the wording, is built only for the figures a screen or alert words.
    """

    pk: int
    claim_id: int
    value: Decimal | None
    lower: Decimal | None
    upper: Decimal | None
    approximate: bool
    qualifier: str
    category: str
    subject: str
    article_id: int
    speaker_id: int | None
    speaker: str
    published: datetime.date | None

    @cached_property
    def quantity(self) -> Quantity:
        return Quantity(**{name: getattr(self, name) for name in _FIELDS})

    @cached_property
    def span(self) -> Span:
        return span(self)

    @property
    def sourced(self) -> bool:
        return bool(self.speaker_id or self.speaker)

    @cached_property
    def source_key(self) -> str:
        """Who the figure comes from, the same for one speaker across articles (read
        again and again when a new figure is weighed against a story's)."""
        return f"s{self.speaker_id}" if self.speaker_id else self.speaker.strip().lower()


@dataclass(eq=False)
class Entry(Reported):
    """One reported figure of the ledger, with what the reader needs to weigh it and to
    word it: its outlet, hedging and verdict too."""

    outlet: str
    hedged: bool
    verdict: str

    @property
    def verified(self) -> bool:
        return self.verdict == Claim.Verdict.VERIFIED

    @property
    def verdict_label(self) -> str:
        return Claim.Verdict(self.verdict).label


_FIELDS = (
    "pk",
    "claim_id",
    "value",
    "lower",
    "upper",
    "approximate",
    "qualifier",
    "category",
    "subject",
)
# Its claim's columns a figure is weighed by (its day is its article's).
_SAID = ("article_id", "speaker_id", "speaker__name", "speaker_text")
_WEIGHED = (*_FIELDS, *(f"claim__{name}" for name in _SAID))


def figures(quantities) -> list[Reported]:
    """The figures of a queryset of figures, in its order, in one query: what they are
    weighed by, without the words a screen shows (`entries`)."""
    return [
        _figure(row, published)
        for *row, published in quantities.values_list(*_WEIGHED, "claim__article__published")
    ]


def figures_of_day(quantities, day: datetime.date | None) -> list[Reported]:
    """The figures of a queryset of figures of articles published on `day`, in no order,
    in one query. Read without their articles: joined for a day already known, the
    articles were walked in key order."""
    return [_figure(row, day) for row in quantities.order_by().values_list(*_WEIGHED)]


def figures_by_key(days: dict[int, datetime.date | None]) -> list[Reported]:
    """The figures of these keys, each of the day given (its article's), in no order, in
    two queries by key: the figures', then their claims'.

    Read apart: joined, the claims of a story, whose keys lie together, were walked in
    key order, thousands of them for a few hundred figures.
    """
    found = list(Quantity.objects.filter(_keys_among(days)).order_by().values_list(*_FIELDS))
    said = {
        pk: fields
        for pk, *fields in Claim.objects.filter(_keys_among({row[1] for row in found}))
        .order_by()
        .values_list("pk", *_SAID)
    }
    # A claim deleted in between takes its figures with it.
    return [_figure((*row, *said[row[1]]), days[row[0]]) for row in found if row[1] in said]


class _AnyOf(Lookup):
    """`column = ANY(array)`, the keys as one array parameter."""

    lookup_name = "any_of"

    def as_sql(self, compiler, connection):
        column, params = self.process_lhs(compiler, connection)
        return f"{column} = ANY(%s)", [*params, self.rhs.value]


def _keys_among(keys) -> Lookup | Q:
    """A filter on the primary key for the few hundred keys of a big story: on
    PostgreSQL `= ANY(array)`, which reads them from the key's index. An IN list
    took longer to build, send and parse than the query took to run (6 to 9 against
    2.4 ms for 700 keys), and IN (SELECT unnest(array)) was planned as a scan of the
    whole table."""
    if connection.vendor == "postgresql":
        return _AnyOf(F("pk"), Value(list(keys)))
    return Q(pk__in=list(keys))


def _figure(row, published: datetime.date | None) -> Reported:
    """The figure of a row of `_WEIGHED`, of the day given."""
    *figure, article_id, speaker_id, name, said_by = row
    return Reported(
        *figure,
        article_id=article_id,
        speaker_id=speaker_id,
        speaker=name or said_by,
        published=published,
    )


def entries(quantities, *, limit: int | None = None) -> list[Entry]:
    """Ledger entries for a queryset of figures, in publication order, in one query
    (the first `limit` of them only, when given).

    Read as plain values, so a story of thousands of figures costs one query and
    no model loading.
    """
    rows = quantities.order_by(
        F("claim__article__published").asc(nulls_last=True), "claim__article_id", "claim_id", "id"
    ).values_list(
        *_WEIGHED,
        "claim__article__published",
        "claim__article__outlet__name",
        "claim__hedged",
        "claim__verdict",
    )
    if limit is not None:
        rows = rows[:limit]
    found = []
    for *figure, article_id, speaker_id, name, said_by, published, outlet, hedged, verdict in rows:
        found.append(
            Entry(
                *figure,
                article_id=article_id,
                speaker_id=speaker_id,
                speaker=name or said_by,
                published=published,
                outlet=outlet or "",
                hedged=hedged,
                verdict=verdict,
            )
        )
    return found


def ledger_figures():
    """The figures a ledger holds: a count of another incident or a running tally
    (`Quantity.background`) is no toll of the article's own."""
    return Quantity.objects.filter(background=False)


def story_figures(story_id: int):
    """Every figure of the story's articles that counts its incident."""
    return ledger_figures().filter(claim__article__filings__story_id=story_id)


# A chart draws about this many marks at most: more overlap in its 640 by 180 points
# and read no better. A day with more sources than its share of them is drawn as one
# mark spanning what they all reported; a day of few sources keeps a mark for each.
CHART_MARKS = 240


@dataclass
class Mark:
    """What one source reported of a category on one day: one mark of the chart, from
    the lowest to the highest count its figures allow. A crowded day's mark holds
    every source's (`sources` of them, no `source_key`)."""

    source_key: str
    speaker: str
    published: datetime.date | None
    low: Decimal
    high: Decimal | None
    count: int
    verified: bool
    # The figures with the lowest and the highest range, for the mark's words.
    lowest: "_Figure"
    highest: "_Figure"
    sources: int = 1

    def take_in(self, other: "Mark") -> None:
        """Widen the mark to hold the other one's figures too."""
        self.count += other.count
        self.verified = self.verified or other.verified
        if other.low < self.low:
            self.low, self.lowest = other.low, other.lowest
        if self.high is not None and (other.high is None or other.high > self.high):
            self.high, self.highest = other.high, other.highest


def story_marks(story_id: int) -> dict[str, list[Mark]]:
    """The chart marks of each category of the story, from its summary (`LedgerDay`):
    a source's subjects of one day make one mark. Read as plain values, without the
    figures' words (`word_marks` reads those of the marks shown): a long story has
    thousands of marks."""
    rows = (
        LedgerDay.objects.filter(story_id=story_id)
        .order_by(F("published").asc(nulls_last=True), "source", "subject")
        .values_list(
            "category",
            "source",
            "published",
            "speaker__name",
            "speaker_text",
            "count",
            "verified",
            "low",
            "high",
            "lowest_id",
            "highest_id",
        )
    )
    marks: dict[tuple, Mark] = {}
    for category, source, published, name, said_by, count, verified, low, high, *ends in rows:
        mark = Mark(
            source_key=source,
            speaker=name or said_by,
            published=published,
            low=low,
            high=high,
            count=count,
            verified=bool(verified),
            lowest=_Figure(ends[0]),
            highest=_Figure(ends[1]),
        )
        key = (category, source, published)
        if key in marks:
            marks[key].take_in(mark)
        else:
            marks[key] = mark
    found: dict[str, list[Mark]] = {}
    for (category, _, _), mark in marks.items():
        found.setdefault(category, []).append(mark)
    return found


def drawn_marks(marks: list[Mark]) -> list[Mark]:
    """The marks a chart draws: all of them, or past `CHART_MARKS` a day's sources
    as one mark on the days that hold more than their share."""
    if len(marks) <= CHART_MARKS:
        return marks
    days: dict[datetime.date | None, list[Mark]] = {}
    for mark in marks:
        days.setdefault(mark.published, []).append(mark)
    share = max(CHART_MARKS // len(days), 1)
    drawn = []
    for held in days.values():
        if len(held) <= share:
            drawn += held
            continue
        day = replace(held[0], source_key="", speaker="", sources=len(held))
        for mark in held[1:]:
            day.take_in(mark)
        drawn.append(day)
    return drawn


def word_marks(columns: list["Column"]) -> None:
    """Read, in one query, the words of the figures the columns' summary lines and
    charts name: the ends of the drawn marks and of each category's range."""
    figures = [
        figure
        for column in columns
        for mark in (*column.drawn, column.lowest, column.highest)
        for figure in (mark.lowest, mark.highest)
    ]
    words = {
        pk: fields
        for pk, *fields in Quantity.objects.filter(
            pk__in={figure.pk for figure in figures}
        ).values_list("pk", *_WORDED)
    }
    for figure in figures:
        figure.fields = tuple(words[figure.pk])


# What a figure's wording reads (`Quantity.worded`), for the marks' titles.
_WORDED = ("value", "lower", "upper", "approximate", "qualifier", "category", "subject")


class _Figure:
    """A mark's end figure, worded only when a chart or the summary line asks (its
    words read by `word_marks`)."""

    __slots__ = ("pk", "fields")

    def __init__(self, pk: int):
        self.pk = pk
        self.fields: tuple = ()

    @property
    def worded(self) -> str:
        return _wording(self.fields)[0]

    @property
    def worded_amount(self) -> str:
        return _wording(self.fields)[1]


@lru_cache(maxsize=4096)
def _wording(fields: tuple) -> tuple[str, str]:
    """A figure's words, once per figure: a chart words hundreds of marks, most of
    them figures reported many times."""
    figure = Quantity(**dict(zip(_WORDED, fields, strict=True)))
    return figure.worded, figure.worded_amount


@dataclass
class Column:
    """One category of a story's ledger: its entries in publication order, its chart
    marks (`drawn`: those the chart draws) and what they sum up."""

    category: str
    label: str
    entries: list[Entry]
    marks: list[Mark]

    @cached_property
    def drawn(self) -> list[Mark]:
        return drawn_marks(self.marks)

    @property
    def total(self) -> int:
        return sum(mark.count for mark in self.marks)

    @property
    def sources(self) -> int:
        return len({mark.source_key for mark in self.marks})

    @property
    def verified(self) -> bool:
        return any(mark.verified for mark in self.marks)

    @cached_property
    def lowest(self) -> Mark:
        return min(self.marks, key=lambda mark: mark.low)

    @cached_property
    def highest(self) -> Mark:
        return max(self.marks, key=lambda mark: (mark.high is None, mark.high or 0))


def story_ledger(story_id: int) -> list[Column]:
    """Every figure of the story by category, in the categories' own order, empty ones
    left out: the story report's, which a job writes. The story page lists a page of
    each category (`category_page`) beside its cached overview (`tracking.overview`)."""
    marks = story_marks(story_id)
    by_category: dict[str, list[Entry]] = {}
    for entry in entries(story_figures(story_id)):
        by_category.setdefault(entry.category, []).append(entry)
    columns = [
        Column(category=value, label=label, entries=by_category.get(value, []), marks=marks[value])
        for value, label in Quantity.Category.choices
        if value in marks
    ]
    word_marks(columns)
    return columns


def category_page(
    story_id: int, category: str, *, size: int, days: dict, after: Entry | None = None
) -> tuple[list[Entry], int | None]:
    """The story's figures of a category in publication order, `size` of them from the
    one after `after` (from the first without); and the figure the next page goes on
    after, or None at the end.

    `days`, the category's figures per dated day (`figures_per_day`), lets the query
    read only the days the page reaches, however long the story.
    """
    figures = story_figures(story_id).filter(category=category)
    if after is not None:
        figures = figures.filter(_after(after))
    # Past the dated figures, only undated ones are left: they all come.
    last = None
    if after is None or after.published is not None:
        last = _last_day(days, after=after.published if after else None, size=size)
    if last is not None:
        figures = figures.filter(claim__article__published__lte=last)
    found = entries(figures, limit=size + 1)
    return found[:size], found[size - 1].pk if len(found) > size else None


def figure_entry(story_id: int, category: str, figure_id: int) -> Entry | None:
    """The ledger entry of one of the story's figures (where a page goes on from)."""
    found = entries(story_figures(story_id).filter(category=category, pk=figure_id))
    return found[0] if found else None


def _after(entry: Entry) -> Q:
    """Figures after the entry in the ledger's order: by day (undated ones last), then
    article, claim and figure."""
    same_day = Q(claim__article__published=entry.published)
    if entry.published is None:
        same_day = Q(claim__article__published__isnull=True)
    later = (
        Q(claim__article_id__gt=entry.article_id)
        | Q(claim__article_id=entry.article_id, claim_id__gt=entry.claim_id)
        | Q(claim_id=entry.claim_id, pk__gt=entry.pk)
    )
    if entry.published is None:
        return same_day & later
    return (
        Q(claim__article__published__gt=entry.published)
        | Q(claim__article__published__isnull=True)
        | same_day & later
    )


def figures_per_day(marks: list[Mark]) -> dict[datetime.date, int]:
    """How many figures each dated day of the marks holds."""
    per_day: dict[datetime.date, int] = {}
    for mark in marks:
        if mark.published is not None:
            per_day[mark.published] = per_day.get(mark.published, 0) + mark.count
    return per_day


def _last_day(per_day: dict[datetime.date, int], *, after: datetime.date | None, size: int):
    """The last day a page starting on day `after` needs: the first by which the days
    after it hold more than `size` figures (None: every day, the undated ones too)."""
    held = 0
    for day in sorted(day for day in per_day if after is None or day > after):
        held += per_day[day]
        if held > size:
            return day
    return None
