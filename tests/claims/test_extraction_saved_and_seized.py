"""Counts the editor checks that are not casualties: people left without
power, people rescued or released, and the weight of what police seized."""

import pytest

from claims.extraction import extract

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storm leaves 38,000 without power in Mosshaven area", [(38000, "other")]),
        (
            "The utility said about 14,000 could remain without power until Friday.",
            [(14000, "other")],
        ),
        (
            "Homes left without a roof: the storm left 300 residents without shelter.",
            [(300, "displaced")],
        ),
    ],
)
def test_people_a_storm_leaves_without_power_are_counted(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some areas could remain without power until Sunday.",
        "No one will be left without a roof, the minister said.",
    ],
)
def test_places_or_a_promise_without_something_count_no_one(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coast guard: 4 dead, dozens rescued as fire engulfs ferry",
            [(4, "killed"), (None, "other")],
        ),
        ("Rescuers said 19 had been pulled alive from the debris.", [(19, "other")]),
        (
            "Police said 437 people had been detained, of whom 212 had since been released.",
            [(437, "detained"), (212, "other")],
        ),
    ],
)
def test_people_rescued_or_released_are_counted_even_unnamed(text, expected):
    assert quantities(text) == expected


def test_the_rescued_are_named_as_such():
    [claim] = extract("Rescuers said 19 had been pulled alive from the debris.")
    assert claim.quantities[0].subject == "people pulled alive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized about 2kg of cocaine and two machetes.",
            [(2, "other", "kg of cocaine"), (2, "other", "machetes")],
        ),
        (
            "Deputies seized about 1.2 kilograms of suspected fentanyl and roughly 400 grams "
            "of methamphetamine.",
            [
                (1.2, "other", "kilograms of suspected fentanyl"),
                (400, "other", "grams of methamphetamine"),
            ],
        ),
    ],
)
def test_the_weight_of_what_was_seized_is_a_figure(text, expected):
    found = [(q.value, q.category, q.subject) for c in extract(text) for q in c.quantities]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cannabis was vacuum-packed in 1kg bags.",
        "The baby weighed 3kg at birth.",
    ],
)
def test_a_weight_that_only_describes_is_no_figure(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Red Cross said it was providing emergency lodging, food and clothing to 57 "
            "residents.",
            [(57, "displaced")],
        ),
        ("The council said it had found hotel rooms for 31 people.", [(31, "displaced")]),
        (
            "The agency said it was providing hotel rooms to five people from the two households.",
            [(5, "displaced")],
        ),
    ],
)
def test_people_given_a_roof_for_the_night_are_displaced(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity said it had provided food to 300 families.", [(300, "other")]),
        ("The council said it had found 20 hotel rooms.", [(20, "other")]),
    ],
)
def test_food_given_or_rooms_counted_move_no_one(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The total waiting list stood at 312,400 at the end of December, up from 268,000 "
            "a year earlier.",
            [(312400, "other", "total waiting list"), (268000, "other", "total waiting list")],
        ),
        (
            "The school's roll had fallen from 61 in 2015 to 19 this term.",
            [(61, "other", "roll"), (19, "other", "roll")],
        ),
    ],
)
def test_a_level_that_stands_rises_or_falls_is_a_figure_of_what_it_measures(text, expected):
    found = [(q.value, q.category, q.subject) for c in extract(text) for q in c.quantities]
    assert found == expected


def test_a_toll_that_rises_keeps_its_harm():
    text = "Work zone deaths in the state rose to 23 last year, up from 17 in 2022."
    assert quantities(text) == [(23, "killed"), (17, "killed")]


def test_a_level_in_a_unit_is_no_count():
    assert quantities("The river rose to 5 metres above its normal level.") == []
