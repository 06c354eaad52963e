"""Sums of money and amounts of land or goods: written with a unit word, or
bounded by words around them."""

import pytest

from claims.extraction import extract


def figures(text: str) -> list[tuple]:
    return [(q.value, q.lower, q.upper, q.category) for c in extract(text) for q in c.quantities]


@pytest.mark.parametrize(
    "sentence",
    [
        "The treasurer received 52,000 pounds from two contractors.",
        "She said she had borrowed 9,500 pounds from a cousin.",
    ],
)
def test_pounds_paid_over_are_a_sum_not_a_weight(sentence):
    sums = [f for f in figures(sentence) if f[0] in {52000, 9500}]
    assert sums and all(f[3] == "other" for f in sums)


def test_a_sum_noun_makes_an_unfamiliar_currency_money():
    sentence = (
        "The province has promised compensation of 4 million dorins"
        " to the family of each worker killed."
    )
    assert figures(sentence) == [(4_000_000, 4_000_000, 4_000_000, "other")]


def test_over_before_a_sum_that_sizes_a_noun_is_no_bound():
    sentence = "Ex-minister jailed for six years over $20 million bribery scheme"
    assert (20_000_000, 20_000_000, 20_000_000, "other") in figures(sentence)


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        ("Insurers put the losses at up to 800 million dinars ($9 million).", (None, 9_000_000)),
        (
            "Officials estimated damage at more than 3 billion rand ($160 million).",
            (160_000_000, None),
        ),
    ],
)
def test_a_sum_restated_in_brackets_keeps_the_bound(sentence, bound):
    assert figures(sentence)[-1][1:3] == bound


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The relief agency has shipped about 90,000 litres of drinking water.", 90_000),
        ("The smelter produced 12,000 tonnes of zinc last year.", 12_000),
        ("The blaze, which has burned some 4,500 hectares, is still spreading.", 4_500),
    ],
)
def test_an_amount_in_tonnes_litres_or_hectares_is_a_figure(sentence, value):
    assert [(f[0], f[3]) for f in figures(sentence)] == [(value, "other")]
