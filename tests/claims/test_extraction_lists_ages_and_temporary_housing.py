"""Figures the parse or the wording used to hide.

A list of things opened right after "according to ..." is the clause's
subject, its first item too, however the parser joins it to the source. A
number set off by commas after one person's job ("The forklift operator,
24,") is an age, while "3 hurt, 1 in custody" still counts. "A one-off
payment" counts nothing, and a sum in soms is money. The sides of a gun
battle are not its dead. People moved to temporary housing, given
accommodation arranged for them, or left without a home are displaced."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to preliminary data, 11 apartment buildings, 23 private houses and "
            "14 buses were damaged, the governor said.",
            [(11, "damaged"), (23, "damaged"), (14, "damaged")],
        ),
        (
            "According to preliminary data, 417 houses, six schools and three kindergartens "
            "were damaged, the ministry said.",
            [(417, "damaged"), (6, "damaged"), (3, "damaged")],
        ),
        ("According to Ivan Petrov, the mayor, three people died.", [(3, "killed")]),
    ],
)
def test_a_list_after_according_to_is_the_subject(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The forklift operator, 24, and another worker, 33, were taken to the hospital.",
            [],
        ),
        (
            "Chase ends with crash into diner; 3 hurt, 1 in custody",
            [(3, "injured"), (1, "detained")],
        ),
        (
            "The minister said families would receive a one-off payment of 100,000 soms.",
            [(100_000, "other")],
        ),
    ],
)
def test_ages_and_kinds_are_not_counts(text, expected):
    assert quantities(text) == expected


def test_the_sides_of_a_battle_are_not_its_dead():
    text = (
        "In 2017 eight inmates were killed in a gun battle between the same two factions, "
        "officials said."
    )
    assert quantities(text) == [(8, "killed")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council said 37 residents had been moved to temporary housing.", 37),
        ("The council said temporary accommodation had been arranged for 46 people.", 46),
        ("The fire killed four people and left upwards of 70 families without a home.", 70),
    ],
)
def test_people_housed_elsewhere_are_displaced(text, value):
    assert (value, "displaced") in quantities(text)


def test_patients_moved_to_a_hospital_are_not_displaced():
    assert quantities("Twelve patients were moved to a hospital in the capital.") == [
        (12, "injured")
    ]
