"""Range agreement over every bound form the extractor stores, and the conflict types."""

import datetime
from decimal import Decimal

import pytest

from claims.extraction import extract
from claims.models import Quantity
from tracking.conflicts import conflict_type
from tracking.ledger import Entry, Span, span
from tracking.models import FigureConflict

DAY = datetime.date(2023, 5, 23)


def figure(sentence: str) -> Quantity:
    """The sentence's one figure as extraction stores it."""
    (claim,) = extract(sentence)
    (q,) = claim.quantities
    return Quantity(
        value=q.value,
        lower=q.lower,
        upper=q.upper,
        approximate=q.approximate,
        category=q.category,
        subject=q.subject or "",
    )


def figures_agree(a: str, b: str) -> bool:
    """Whether "Police said <a>" and "Police said <b>" can both be true."""
    return span(figure(f"Police said {a}")).agrees(span(figure(f"Police said {b}")))


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        # exact against exact
        ("12 people were killed.", "12 people were killed.", True),
        ("12 people were killed.", "37 people were killed.", False),
        # a floor: "at least 70"
        ("at least 70 people were killed.", "72 people were killed.", True),
        ("at least 70 people were killed.", "70 people were killed.", True),
        ("at least 70 people were killed.", "12 people were killed.", False),
        # a ceiling: "fewer than 10", "up to 10", "nearly 2,000"
        ("fewer than 10 people were injured.", "8 people were injured.", True),
        ("fewer than 10 people were injured.", "25 people were injured.", False),
        ("up to 10 people were missing.", "11 people were missing.", False),
        (
            "nearly 2,000 people were displaced.",
            "1,950 people were displaced.",
            True,
        ),
        # an approximate figure reaches a tenth either side
        ("about 300 homes were destroyed.", "320 homes were destroyed.", True),
        ("about 300 homes were destroyed.", "400 homes were destroyed.", False),
        # a range
        ("between 10 and 15 people were injured.", "15 people were injured.", True),
        ("between 10 and 15 people were injured.", "16 people were injured.", False),
        (
            "between 10 and 15 people were injured.",
            "at least 14 people were injured.",
            True,
        ),
        # none
        ("no one was killed.", "3 people were killed.", False),
        ("no one was killed.", "fewer than 5 people were killed.", True),
        # a vague count says nothing exact
        ("dozens of people were injured.", "40 people were injured.", True),
    ],
)
def test_range_agreement_over_every_stored_bound_form(first, second, agree):
    assert figures_agree(first, second) is agree
    assert figures_agree(second, first) is agree


def test_a_floor_worded_strictly_excludes_its_own_figure():
    # "more than 70" stored with its qualifier cannot be 70.
    more_than = Quantity(value=70, lower=70, qualifier="more than", category="killed")
    at_least = Quantity(value=70, lower=70, qualifier="at least", category="killed")
    exactly = Quantity(value=70, lower=70, upper=70, category="killed")
    assert not span(more_than).agrees(span(exactly))
    assert span(at_least).agrees(span(exactly))
    assert span(more_than).agrees(span(Quantity(value=71, lower=71, upper=71)))


def test_a_ceiling_worded_strictly_excludes_its_own_figure():
    under = Quantity(value=10, upper=10, qualifier="fewer than", category="injured")
    assert not span(under).agrees(span(Quantity(value=10, lower=10, upper=10)))
    assert span(under).agrees(span(Quantity(value=9, lower=9, upper=9)))


def test_a_vague_count_with_its_word_keeps_its_floor():
    dozens = Quantity(approximate=True, qualifier="dozens", category="injured")
    assert span(dozens) == Span(Decimal(24), None)
    assert not span(dozens).agrees(span(Quantity(value=3, lower=3, upper=3)))


def entry(sentence: str, *, speaker: str, day: datetime.date = DAY, article: int = 1) -> Entry:
    q = figure(sentence)
    return Entry(
        pk=article,
        claim_id=article,
        value=q.value,
        lower=q.lower,
        upper=q.upper,
        approximate=q.approximate,
        qualifier=q.qualifier,
        category=q.category,
        subject=q.subject,
        article_id=article,
        speaker_id=None,
        speaker=speaker,
        outlet="Outlet",
        published=day,
        hedged=False,
        verdict="pending",
    )


NEXT_DAY = DAY + datetime.timedelta(days=1)
NEXT_WEEK = DAY + datetime.timedelta(days=7)


def test_figures_that_agree_make_no_conflict():
    a = entry("Police said at least 70 people were killed.", speaker="Police")
    b = entry("The ministry said 72 people were killed.", speaker="Ministry", article=2)
    assert conflict_type(a, b) is None


def test_a_later_figure_from_the_same_source_is_an_update():
    a = entry("Police said 12 people were killed.", speaker="Police")
    b = entry("Police said 37 people were killed.", speaker="police", day=NEXT_WEEK, article=2)
    assert conflict_type(a, b) == FigureConflict.Type.UPDATE


def test_different_sources_the_same_day_disagree():
    a = entry("Police said 12 people were killed.", speaker="Police")
    b = entry("The ministry said 37 people were killed.", speaker="Ministry", article=2)
    assert conflict_type(a, b) == FigureConflict.Type.DISAGREEMENT


def test_different_sources_a_week_apart_are_the_toll_moving():
    a = entry("Police said 12 people were killed.", speaker="Police")
    b = entry("The ministry said 37 people were killed.", speaker="Ministry", day=NEXT_WEEK)
    assert conflict_type(a, b) is None


def test_figures_of_different_subjects_are_a_scope_conflict():
    a = entry("Police said 12 civilians were killed.", speaker="Police")
    b = entry("The ministry said 37 people were killed.", speaker="Ministry", day=NEXT_DAY)
    assert conflict_type(a, b) == FigureConflict.Type.SCOPE


def test_a_figure_nobody_is_quoted_for_is_unsourced():
    a = entry("Police said 12 people were killed.", speaker="Police")
    b = entry("Officials said 37 people were killed.", speaker="", day=NEXT_WEEK, article=2)
    assert conflict_type(a, b) == FigureConflict.Type.UNSOURCED
