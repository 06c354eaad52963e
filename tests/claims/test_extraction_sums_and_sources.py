"""A sum that moves from one amount to another is two figures, even with a
currency sign before each; a span of sums written with the currency word
twice is one range; and those who spoke are no count in what they said."""

import pytest

from .extracted import extract, quantities


def bounds(text: str) -> list[tuple]:
    return [(q.value, q.lower, q.upper) for c in extract(text) for q in c.quantities]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bin charges will rise from £45 to £62 a year, the council said.",
            [(45, 45, 45), (62, 62, 62)],
        ),
        ("Prices rose from 40 euros to 55 euros, the ministry said.", [(40, 40, 40), (55, 55, 55)]),
    ],
)
def test_a_sum_that_moves_is_two_figures(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The awards ranged from 65,000 euros to 310,000 euros, the court said.",
            (None, 65000, 310000),
        ),
        ("Fines of 500 euros to 2,000 euros apply, the ministry said.", (None, 500, 2000)),
        ("Losses of $4 billion to $6 billion were expected, the insurer said.", (None, 4e9, 6e9)),
    ],
)
def test_a_span_of_sums_is_one_range(text, expected):
    assert bounds(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "About $2 million had been paid, according to two aid officials familiar with the talks.",
        "Two tribal elders who took part in the talks told reporters $2 million had been paid.",
    ],
)
def test_the_number_of_those_who_spoke_is_no_figure(text):
    assert quantities(text) == [(2_000_000, "other")]
