"""People driven from home, counted through what they came from and what
covers them: "220 people from 58 families were evacuated" counts families
that were evacuated too (but "five people from the two households" names
households told of before); the shelters and camps people were taken to
are places, not people; "evacuation orders expanded to cover 9,400
residents" counts the displaced; "helping 58 residents find temporary
housing" counts people without a home; and people "sent to police custody"
are held."""

import pytest

from .extracted import quantities


def test_families_a_displaced_group_came_from_are_displaced():
    text = "About 310 people from 74 families were evacuated from the riverbank overnight."
    assert quantities(text) == [(310, "displaced"), (74, "displaced")]


def test_households_told_of_before_are_not_counted_again():
    text = "Five people from the two households were killed."
    assert quantities(text) == [(5, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "More than 1,800 villagers were moved to 9 relief camps.",
        "Officials said 640 residents had been evacuated to four safety centres.",
        "Nearly 12,000 people are staying in 35 relief camps, the district office said.",
    ],
)
def test_the_places_people_were_taken_are_not_people(text):
    found = quantities(text)
    assert found[0][1] == "displaced"
    assert found[1][1] == "other"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "By Tuesday the evacuation order had grown to cover some 5,200 residents.",
            [(5200, "displaced")],
        ),
        ("The evacuation zone now includes about 900 homes.", [(900, "displaced")]),
    ],
)
def test_those_an_evacuation_order_covers_are_displaced(text, expected):
    assert quantities(text) == expected


def test_an_order_of_another_kind_displaces_no_one():
    assert quantities("A boil-water notice covers 3,000 homes.") == [(3000, "other")]


def test_people_helped_to_find_housing_are_displaced():
    text = "The charity said it was helping 37 tenants from 15 flats find temporary housing."
    assert quantities(text) == [(37, "displaced"), (15, "other")]


def test_people_helped_to_find_anything_else_are_not():
    text = "Volunteers helped 12 pupils find their classrooms."
    assert quantities(text) == [(12, "other")]


def test_people_sent_to_custody_are_held():
    text = (
        "A magistrate remanded 12 of the suspects in judicial custody and sent nine others to "
        "police custody until Friday."
    )
    assert quantities(text) == [(12, "detained"), (9, "detained")]
