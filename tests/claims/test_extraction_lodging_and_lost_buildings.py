"""People helped with somewhere to stay have lost their homes for now, and
a building the article says was destroyed, gutted, burned down or collapsed
is one lost, each time it is told, where one merely damaged may be a thing
already counted."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross said it was helping 37 people from 19 flats with emergency lodging "
        "and clothing.",
        "Volunteers were helping 22 tenants who had nowhere else to stay, the charity said.",
    ],
)
def test_people_helped_with_somewhere_to_stay_are_displaced(text):
    assert quantities(text)[0][1] == "displaced"


def test_people_helped_with_other_things_are_not_displaced():
    text = "The charity was helping 200 families with school supplies, it said."
    assert quantities(text) == [(200, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "The warehouse had been destroyed, the fire service said.",
        "The barn burned down before crews arrived, the fire chief said.",
        "The church collapsed shortly after 3 a.m., residents said.",
    ],
)
def test_a_building_wholly_lost_is_one_destroyed(text):
    assert quantities(text) == [(1, "destroyed")]


@pytest.mark.parametrize(
    "text",
    [
        "The car was damaged in the crash, police said.",
        "The house was searched by officers on Monday.",
    ],
)
def test_a_thing_named_before_and_only_damaged_or_visited_is_no_new_count(text):
    assert quantities(text) == []
