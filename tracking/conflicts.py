"""Conflicts between a story's figures: recorded when a figure enters the ledger,
typed, and left for an editor to explain. The machine never resolves one."""

import datetime
from dataclasses import dataclass, field
from operator import itemgetter

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Max, Min, Q

from tracking.ledger import (
    Reported,
    Span,
    figures,
    figures_by_key,
    figures_of_day,
    ledger_figures,
)
from tracking.models import FigureConflict, LedgerDay, StoryArticle

# Different sources are compared only when they reported this close together; a
# week apart, a higher toll from elsewhere is the toll moving, not a disagreement.
DISAGREEMENT_WINDOW = datetime.timedelta(days=1)


def conflict_type(earlier: Reported, later: Reported) -> str | None:
    """The kind of conflict two figures of one category make, or None when they agree.

    Only figures whose ranges cannot both be true conflict ("12" and "37"; never "at
    least 70" and "72"). A figure without a speaker is unsourced whatever else it
    differs in; figures counting different things are of another scope; the same
    source again is an update; different sources reporting at about the same time
    disagree.
    """
    if earlier.span.agrees(later.span):
        return None
    if not (earlier.sourced and later.sourced):
        return FigureConflict.Type.UNSOURCED
    if _subject(earlier) != _subject(later):
        return FigureConflict.Type.SCOPE
    if earlier.source_key == later.source_key:
        return FigureConflict.Type.UPDATE
    if _close(earlier, later):
        return FigureConflict.Type.DISAGREEMENT
    return None


def _subject(entry: Reported) -> str:
    return " ".join(entry.subject.lower().split())


def _close(a: Reported, b: Reported) -> bool:
    if a.published is None or b.published is None:
        return False
    return abs(a.published - b.published) <= DISAGREEMENT_WINDOW


@dataclass
class Found:
    """What a newly entered figure did to its story's ledger."""

    conflicts: list[FigureConflict] = field(default_factory=list)
    # Figures whose range reaches outside every earlier figure of their category.
    moved: list[Reported] = field(default_factory=list)


def detect_article(*, article_id: int) -> dict[int, Found]:
    """Record the conflicts the article's figures open in each story it is filed under.

    Returns, per story, the conflicts opened now and the figures that moved the
    story's range (only figures with an earlier one, or the first figures of a
    category). Idempotent: a conflict is stored once per figure and type.
    """
    story_ids = list(
        StoryArticle.objects.filter(article_id=article_id).values_list("story_id", flat=True)
    )
    if not story_ids:
        return {}
    # The article's figures are the same in every story it is filed under.
    arrived = figures(
        ledger_figures().filter(claim__article_id=article_id).order_by("claim_id", "id")
    )
    return {story_id: _detect(story_id=story_id, arrived=arrived) for story_id in story_ids}


def _detect(*, story_id: int, arrived: list[Reported]) -> Found:
    found = Found()
    if not arrived:
        return found
    pool, before = _surroundings(story_id=story_id, arrived=arrived)
    by_category: dict[str, list[Reported]] = {}
    for other in pool:
        by_category.setdefault(other.category, []).append(other)
    sources = {category: _by_source(others) for category, others in by_category.items()}
    recorded = _recorded_with(story_id=story_id, arrived=arrived)
    # Per figure and type of conflict, the claims it cannot agree with (its own too).
    opened: dict[tuple[Reported, str], set[int]] = {}
    for entry in arrived:
        if _moves(entry, before.get(entry.category)):
            found.moved.append(entry)
        for other in _compared(entry, sources.get(entry.category, {})):
            first, then = sorted((other, entry), key=_when)
            kind = conflict_type(first, then)
            # Two articles filed together each see the other: their disagreement is
            # recorded once, by the first to be weighed.
            if kind and (other.pk, kind, entry.claim_id) not in recorded:
                opened.setdefault((entry, kind), {entry.claim_id}).add(other.claim_id)
    # An arrived figure's own conflicts hold its claim: those are among `recorded` too.
    stored = {(figure_id, kind) for figure_id, kind, _ in recorded}
    found.conflicts = _record(story_id=story_id, opened=opened, stored=stored)
    return found


def _recorded_with(*, story_id: int, arrived: list[Reported]) -> set[tuple[int, str, int]]:
    """The (figure, type, claim) of the story's recorded conflicts that hold one of the
    arrived figures' claims: what the other side of each pair already recorded."""
    return set(
        FigureConflict.claims.through.objects.filter(
            figureconflict__story_id=story_id, claim_id__in={entry.claim_id for entry in arrived}
        ).values_list("figureconflict__figure_id", "figureconflict__type", "claim_id")
    )


def _record(
    *, story_id: int, opened: dict[tuple[Reported, str], set[int]], stored: set[tuple[int, str]]
) -> list[FigureConflict]:
    """Store the conflicts not `stored` yet (figure and type), with their claims, in two
    inserts; the ones stored now are returned. A run that finds another has just
    stored them (a retry racing the first try) leaves what that one stored."""
    new = [
        (
            FigureConflict(
                story_id=story_id, figure_id=entry.pk, type=kind, category=entry.category
            ),
            claim_ids,
        )
        for (entry, kind), claim_ids in opened.items()
        if (entry.pk, kind) not in stored
    ]
    if not new:
        return []
    try:
        with transaction.atomic():
            created = FigureConflict.objects.bulk_create(conflict for conflict, _ in new)
            _link(
                [
                    (conflict.pk, claim_id)
                    for conflict, claim_ids in new
                    for claim_id in sorted(claim_ids)
                ]
            )
    except IntegrityError:
        return []
    return created


def _link(pairs: list[tuple[int, int]]) -> None:
    """Give the conflicts their claims, (conflict, claim) pairs, in one insert. On
    PostgreSQL as two arrays: Django's bulk insert builds and prepares a model row for
    each pair, which took longer than the rest of recording the few hundred pairs of
    an article in a big story."""
    links = FigureConflict.claims.through
    if connection.vendor != "postgresql":
        links.objects.bulk_create(links(figureconflict_id=c, claim_id=k) for c, k in pairs)
        return
    conflict_ids, claim_ids = zip(*pairs, strict=True)
    with connection.cursor() as cursor:
        cursor.execute(
            # The table's name from the model, the values as parameters.
            f"INSERT INTO {links._meta.db_table} (figureconflict_id, claim_id) "  # noqa: S608
            "SELECT * FROM unnest(%s::bigint[], %s::bigint[])",
            [list(conflict_ids), list(claim_ids)],
        )


def _surroundings(
    *, story_id: int, arrived: list[Reported]
) -> tuple[list[Reported], dict[str, Span]]:
    """What the arrived figures (one article's, of one day) are weighed against, in five
    queries whatever the size of the story.

    The figures they could conflict with: the other articles' figures of their day,
    one by one (a day's worth), and from the summary of the other days (`LedgerDay`)
    each source's latest figure of a day, of the arrived sources' last day before
    theirs (a source's latest figure is all its own are weighed against) and of every
    source within the disagreement window. And per category the range the figures
    before the arrived ones spanned together: the summary's extremes of the earlier
    days, and the figures of earlier articles of their day.
    """
    day, article_id = arrived[0].published, arrived[0].article_id
    categories = {entry.category for entry in arrived}
    sources = {entry.source_key for entry in arrived if entry.sourced}
    filed = StoryArticle.objects.filter(story_id=story_id).exclude(article_id=article_id)
    summary = LedgerDay.objects.filter(story_id=story_id, category__in=categories).order_by()
    if day is None:
        filed = filed.filter(article__published__isnull=True)
        summary = past = summary.filter(published__isnull=False)
    else:
        filed = filed.filter(article__published=day)
        summary = summary.exclude(published=day)
        past = summary.filter(published__lt=day)
    same_day = figures_of_day(
        ledger_figures().filter(
            category__in=categories, claim__article_id__in=filed.values("article_id")
        ),
        day,
    )
    # The summary's rows of those days, narrow; of the arrived sources' earlier days
    # only the last is kept, since a source's latest figure is all its own are
    # weighed against.
    near = Q(source__in=sources) & (
        Q(published__isnull=False) if day is None else Q(published__lt=day)
    )
    if day is not None:
        near |= Q(published__range=(day - DISAGREEMENT_WINDOW, day + DISAGREEMENT_WINDOW))
    last: dict[tuple[str, str], datetime.date] = {}
    rows = list(summary.filter(near).values_list("category", "source", "published", "latest_id"))
    for category, source, published, _ in rows:
        if source in sources and (day is None or published < day):
            last[category, source] = max(published, last.get((category, source), published))
    pool = same_day + figures_by_key(
        {
            latest_id: published
            for category, source, published, latest_id in rows
            if published == last.get((category, source))
            or day is not None
            and abs(published - day) <= DISAGREEMENT_WINDOW
        }
    )
    before: dict[str, Span] = {}
    for category, low, high, open_ended in (
        past.values("category")
        .annotate(
            least=Min("low"), most=Max("high"), open_ended=Count("pk", filter=Q(high__isnull=True))
        )
        .values_list("category", "least", "most", "open_ended")
    ):
        before[category] = Span(low, None if open_ended else high)
    earlier: dict[str, list[Span]] = {}
    for figure in same_day:
        if figure.article_id < article_id:
            earlier.setdefault(figure.category, []).append(figure.span)
    for category, spans in earlier.items():
        before[category] = _reach([before[category], *spans] if category in before else spans)
    return pool, before


def _compared(entry: Reported, others: dict[str, list[tuple[tuple, Reported]]]) -> list[Reported]:
    """Of each source, only its latest figure before the entry's (a rising toll is one
    update each time, not one against every earlier figure); of other sources within
    the window, their latest figure too, the one they stand by. `others` holds each
    source's figures in the ledger's order, each with its place in it."""
    found = []
    when = _when(entry)
    own = entry.source_key if entry.sourced else None
    for held in others.values():
        for place, other in reversed(held):
            same = own is not None and other.source_key == own
            if place < when if same else _close(other, entry):
                found.append(other)
                break
    return found


def _by_source(others: list[Reported]) -> dict[str, list[tuple[tuple, Reported]]]:
    """The figures by source (an unsourced figure alone), in the ledger's order."""
    found: dict[str, list[tuple[tuple, Reported]]] = {}
    for place, other in sorted(((_when(other), other) for other in others), key=itemgetter(0)):
        key = other.source_key if other.sourced else f"c{other.claim_id}"
        found.setdefault(key, []).append((place, other))
    return found


def _reach(spans: list[Span]) -> Span:
    """The range from the lowest count of the spans to the highest (no upper end if one
    has none)."""
    highs = [reach.high for reach in spans]
    return Span(min(reach.low for reach in spans), None if None in highs else max(highs))


def _moves(entry: Reported, before: Span | None) -> bool:
    """The figure reaches outside the range of every earlier figure of its category (or
    is the first)."""
    if before is None:
        return True
    new = entry.span
    return new.low < before.low or (
        before.high is not None and (new.high is None or new.high > before.high)
    )


def _when(entry: Reported) -> tuple:
    return (entry.published or datetime.date.max, entry.article_id, entry.pk)
