"""The figure ledger of a story: every reported figure per category, in publication
order, and the range each figure's stored bounds allow, so two figures can be told
to agree ("at least 70" and "72") or not ("12" and "37").

The machine never picks a "true" figure: the ledger shows what was reported, by
whom and when; only an editor's verdict marks a figure verified.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    Max,
    Min,
    Q,
    When,
    Window,
)
from django.db.models.functions import RowNumber

from claims.models import Claim, Quantity

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
class Entry:
    """One reported figure of the ledger, with what the reader needs to weigh it.

    Holds the figure's stored fields, so its range is read without a model row; the
    Quantity, for the wording, is built only for the entries a screen words.
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
    outlet: str
    published: datetime.date | None
    hedged: bool
    verdict: str

    @cached_property
    def quantity(self) -> Quantity:
        return Quantity(**{name: getattr(self, name) for name in _FIELDS})

    @cached_property
    def span(self) -> Span:
        return span(self)

    @property
    def sourced(self) -> bool:
        return bool(self.speaker_id or self.speaker)

    @property
    def verified(self) -> bool:
        return self.verdict == Claim.Verdict.VERIFIED

    @property
    def verdict_label(self) -> str:
        return Claim.Verdict(self.verdict).label

    @property
    def source_key(self) -> str:
        """Who the figure comes from, the same for one speaker across articles."""
        return f"s{self.speaker_id}" if self.speaker_id else self.speaker.strip().lower()


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
_CLAIM_FIELDS = (
    "claim__article_id",
    "claim__speaker_id",
    "claim__speaker__name",
    "claim__speaker_text",
    "claim__article__outlet__name",
    "claim__article__published",
    "claim__hedged",
    "claim__verdict",
)


def entries(quantities) -> list[Entry]:
    """Ledger entries for a queryset of figures, in publication order, in one query.

    Read as plain values, so a story of thousands of figures costs one query and
    no model loading.
    """
    rows = quantities.order_by(
        F("claim__article__published").asc(nulls_last=True), "claim__article_id", "claim_id", "id"
    ).values_list(*_FIELDS, *_CLAIM_FIELDS)
    found = []
    for (
        *figure,
        article_id,
        speaker_id,
        name,
        said_by,
        outlet,
        published,
        hedged,
        verdict,
    ) in rows:
        found.append(
            Entry(
                *figure,
                article_id=article_id,
                speaker_id=speaker_id,
                speaker=name or said_by,
                outlet=outlet or "",
                published=published,
                hedged=hedged,
                verdict=verdict,
            )
        )
    return found


def story_figures(story_id: int):
    """Every figure of the story's articles."""
    return Quantity.objects.filter(claim__article__filings__story_id=story_id)


@dataclass
class Mark:
    """What one source reported of a category on one day: one mark of the chart, from
    the lowest to the highest count its figures allow."""

    source_key: str
    speaker: str
    published: datetime.date | None
    low: Decimal
    high: Decimal | None
    count: int
    verified: bool
    # The figures with the lowest and the highest range, for the mark's words.
    lowest: Quantity
    highest: Quantity


_NUMBERS = ("value", "lower", "upper")
_SHAPE = {
    f"no_{name}": ExpressionWrapper(Q(**{f"{name}__isnull": True}), BooleanField())
    for name in _NUMBERS
}


def shape_extremes(figures):
    """Per group of `figures` (a values() queryset) and shape of figure (which bounds
    are stored, the qualifier, approximation), the smallest and the largest numbers.

    Within one shape a figure's range grows with its numbers, so `span` of a figure
    made of the smallest numbers gives the group's lowest count, and of the largest
    its highest: the database sums up thousands of figures, and the rule of what a
    figure allows stays in `span`.
    """
    return (
        figures.annotate(**_SHAPE)
        .values(*figures.query.values_select, "approximate", "qualifier", *_SHAPE)
        .annotate(
            **{f"min_{name}": Min(name) for name in _NUMBERS},
            **{f"max_{name}": Max(name) for name in _NUMBERS},
            count=Count("id"),
            verified=Max(Case(When(claim__verdict=Claim.Verdict.VERIFIED, then=1), default=0)),
        )
        .order_by()
    )


def extreme_figures(row: dict, category: str = "other") -> tuple[Quantity, Quantity]:
    """The figures of a `shape_extremes` row made of its smallest and largest numbers."""
    return tuple(
        Quantity(
            approximate=row["approximate"],
            qualifier=row["qualifier"],
            category=row.get("category", category),
            **{name: row[f"{end}_{name}"] for name in _NUMBERS},
        )
        for end in ("min", "max")
    )


def story_marks(story_id: int) -> dict[str, list[Mark]]:
    """The chart marks of each category of the story, in one grouped query."""
    rows = shape_extremes(
        story_figures(story_id).values(
            "category",
            "claim__speaker_id",
            "claim__speaker__name",
            "claim__speaker_text",
            "claim__article__published",
        )
    )
    marks: dict[tuple, Mark] = {}
    for row in rows:
        smallest, largest = extreme_figures(row)
        low, high = span(smallest), span(largest)
        speaker = row["claim__speaker__name"] or row["claim__speaker_text"]
        source = (
            f"s{row['claim__speaker_id']}" if row["claim__speaker_id"] else speaker.strip().lower()
        )
        key = (row["category"], source, row["claim__article__published"])
        mark = marks.get(key)
        if mark is None:
            marks[key] = Mark(
                source_key=source,
                speaker=speaker,
                published=row["claim__article__published"],
                low=low.low,
                high=high.high,
                count=row["count"],
                verified=bool(row["verified"]),
                lowest=smallest,
                highest=largest,
            )
            continue
        mark.count += row["count"]
        mark.verified = mark.verified or bool(row["verified"])
        if low.low < mark.low:
            mark.low, mark.lowest = low.low, smallest
        if mark.high is not None and (high.high is None or high.high > mark.high):
            mark.high, mark.highest = high.high, largest
    found: dict[str, list[Mark]] = {}
    for (category, _, _), mark in sorted(
        marks.items(), key=lambda item: (item[0][2] or datetime.date.max, item[0][1])
    ):
        found.setdefault(category, []).append(mark)
    return found


@dataclass
class Column:
    """One category of a story's ledger: its entries in publication order (the latest
    ones only, when a screen asks for fewer) and its chart marks."""

    category: str
    label: str
    entries: list[Entry]
    marks: list[Mark]

    @property
    def total(self) -> int:
        return sum(mark.count for mark in self.marks)


def story_ledger(story_id: int, *, latest: int | None = None) -> list[Column]:
    """The story's figures by category, in the categories' own order; empty ones left out.

    With `latest`, each category holds only its latest figures (a window in the
    database, so the figures left out are never read); the marks cover them all.
    """
    figures = story_figures(story_id)
    if latest is not None:
        figures = figures.annotate(
            newest=Window(
                RowNumber(),
                partition_by=F("category"),
                order_by=[
                    F("claim__article__published").desc(nulls_first=True),
                    F("claim__article_id").desc(),
                    F("claim_id").desc(),
                    F("id").desc(),
                ],
            )
        ).filter(newest__lte=latest)
    by_category: dict[str, list[Entry]] = {}
    for entry in entries(figures):
        by_category.setdefault(entry.category, []).append(entry)
    marks = story_marks(story_id)
    return [
        Column(category=value, label=label, entries=by_category.get(value, []), marks=marks[value])
        for value, label in Quantity.Category.choices
        if value in marks
    ]
