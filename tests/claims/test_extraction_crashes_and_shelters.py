"""What befell a count, read from the whole clause: vehicles that crash,
people an emergency shelter takes in, fighters "neutralised", tankers
burned out, a part of a group killed by the verb it hangs on, the hurt of a
headline, people taken to a trauma centre or with broken bones; and counts
that are no claim figures: a town's population, the kin someone arrived with."""

import pytest

from tests.claims.extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two people were killed when more than 40 vehicles crashed in thick fog.",
            [(2, "killed"), (40, "damaged")],
        ),
        (
            "Cars, vans and at least six lorries slammed into one another on the bridge.",
            [(6, "damaged")],
        ),
    ],
)
def test_vehicles_that_crash_are_damaged(text, expected):
    assert quantities(text) == expected


def test_the_vehicle_of_a_crash_told_without_a_number_is_no_count():
    text = "A packed commuter train slammed into freight wagons, killing seven people."
    assert quantities(text) == [(7, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said troops neutralised four of the attackers.", [(4, "killed")]),
        ("Police neutralised nine militants in the raid, officials said.", [(9, "killed")]),
    ],
)
def test_fighters_neutralised_are_killed(text, expected):
    assert quantities(text) == expected


def test_devices_neutralised_are_no_one_killed():
    text = "Sappers neutralised two explosive devices near the bridge."
    assert all(category != "killed" for _, category in quantities(text))


def test_vehicles_burned_out_are_destroyed():
    text = "At least nine of the convoy's 14 tankers were burned out, the army said."
    assert (9, "destroyed") in quantities(text)


def test_a_written_count_with_injuries_is_injured():
    text = "The six others had injuries ranging from cuts to burns, the fire chief said."
    assert quantities(text) == [(6, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 4,300 properties lost power at the height of the storm.", [(4300, "other")]),
        ("The village lost 40 homes to the flood.", [(40, "destroyed")]),
    ],
)
def test_what_a_count_lost_is_not_the_count_itself(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An evacuation centre at the fairground took in 96 people overnight.",
            [(96, "displaced")],
        ),
        ("The relief shelter houses 40 families.", [(40, "displaced")]),
        (
            "About 180 people had registered at a reception centre set up at the curling club.",
            [(180, "displaced")],
        ),
        (
            "The Red Cross said it was helping 43 adults and 11 children with emergency "
            "lodging, food and clothing.",
            [(43, "displaced"), (11, "displaced")],
        ),
    ],
)
def test_people_an_emergency_shelter_takes_in_are_displaced(text, expected):
    assert quantities(text) == expected


def test_a_hall_that_can_hold_people_says_only_its_size():
    assert quantities("The new sports hall can hold 500 people.") == [(500, "other")]


def test_a_part_of_a_group_takes_the_verb_it_hangs_on():
    text = "A plane carrying 50 people crashed short of the runway, killing 19 of them."
    assert quantities(text) == [(50, "other"), (19, "killed")]


def test_a_relative_about_part_of_the_group_leaves_the_groups_fate():
    text = "The fire killed at least 23 workers, many of whom were trapped behind locked exits."
    assert quantities(text)[0] == (23, "killed")


@pytest.mark.parametrize(
    "text",
    [
        "For a town of 2,300 people, that's a lot of money, the mayor said.",
        "The port, a city of 400,000, was without power on Monday.",
        "Daniel Lado, a teacher, arrived in the camp with his wife and four children.",
    ],
)
def test_populations_and_the_kin_one_arrived_with_are_no_figures(text):
    assert quantities(text) == []


def test_the_hurt_in_a_headline_are_not_what_the_blast_destroyed():
    text = "Man dies and three hurt as blast destroys Kelton warehouse"
    assert quantities(text) == [(1, "killed"), (3, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was airlifted to a trauma centre in Kingsbridge.", [(1, "injured")]),
        ("Their mother was taken to the burn unit in Stanton.", [(1, "injured")]),
        ("The pickup's driver was flown to a hospital with serious injuries.", [(1, "injured")]),
        ("The bus driver suffered a broken wrist.", [(1, "injured")]),
        ("Two passengers suffered broken legs.", [(2, "injured")]),
        ("The bridge suffered a cracked beam.", []),
    ],
)
def test_care_units_and_broken_bones_say_who_was_hurt(text, expected):
    assert quantities(text) == expected
