"""Number wording: South Asian multipliers, sums in pounds, vague dozens and
emergency lines."""

import pytest

from claims.extraction import extract, get_nlp
from claims.extraction.numbers import find_figures, not_a_claim_figure, parse_number
from tests.claims.extracted import quantities


def figures(sentence: str) -> list[tuple]:
    """(value, lower, upper, approximate, money) of each number kept as a claim figure."""
    sent = next(get_nlp()(sentence).sents)
    return [
        (f.value, f.lower, f.upper, f.approximate, f.money)
        for f in find_figures(sent)
        if not not_a_claim_figure(sent, f)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("3 lakh", 300_000), ("1.5 crore", 15_000_000), ("12 crores", 120_000_000)],
)
def test_lakh_and_crore_multiply(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The trust released Rs. 7.5 crore to repair the dam.",
            [(75_000_000, 75_000_000, 75_000_000, False, True)],
        ),
        (
            "Each victim's family will get ₹3 lakh in compensation.",
            [(300_000, 300_000, 300_000, False, True)],
        ),
    ],
)
def test_rupee_sums_with_multipliers_are_money(sentence, expected):
    assert figures(sentence) == expected


def test_millions_of_pounds_are_money_not_weight():
    sentence = "The council could be ordered to repay as much as 4 million pounds."
    assert figures(sentence) == [(4_000_000, None, 4_000_000, True, True)]


def test_a_few_pounds_in_weight_stay_a_measurement():
    assert figures("The parcel weighed 30 pounds when it arrived.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry was licensed for a few dozen passengers but took 200.",
        "A few dozen at most turned up to the vigil.",
    ],
)
def test_a_few_dozen_is_vague_not_twelve(sentence):
    assert all(f[0] != 12 for f in figures(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Several 911 callers described a man running from the bank.",
        "Many 999 callers complained of long waits on Friday.",
    ],
)
def test_an_emergency_number_before_a_caller_or_dispatcher_is_no_count(sentence):
    assert all(value not in {911, 999} for value, _ in quantities(sentence))


@pytest.mark.parametrize(
    ("sentence", "bounds"),
    [
        ("The council has spent about $2.3 million on repairs.", (2_300_000, None, None, True)),
        ("Losses were put at up to €75 million.", (75_000_000, None, 75_000_000, True)),
        ("Thieves took at least £40,000 from the safe.", (40_000, 40_000, None, False)),
        ("Nearly $3 billion in aid was pledged.", (3_000_000_000, None, 3_000_000_000, True)),
        ("Donors gave between $4 million and $6 million.", (None, 4_000_000, 6_000_000, False)),
    ],
)
def test_a_bound_before_a_currency_symbol_bounds_the_sum(sentence, bounds):
    (quantity,) = [q for c in extract(sentence) for q in c.quantities]
    assert (quantity.value, quantity.lower, quantity.upper, quantity.approximate) == bounds
    assert quantity.category == "other"


def test_compensation_in_taka_is_money_not_the_dead_it_is_paid_for():
    text = "The ministry announced compensation of Tk 300,000 for the family of each dead miner."
    assert quantities(text) == [(300_000, "other")]
