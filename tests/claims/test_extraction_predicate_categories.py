"""Categories from the predicate: vehicles off their way, care sought,
captives, things only things suffer, grave conditions, parts of a thing."""

import pytest

from tests.claims.extracted import quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four of the freight train's 30 wagons jumped the rails near the depot.",
            [(4, "damaged")],
        ),
        ("Two lorries plunged into a gorge after the brakes failed.", [(2, "damaged")]),
        ("Police said five trucks veered off the road in the fog.", [(5, "damaged")]),
        ("Six cars rolled down the slope when the barrier gave way.", [(6, "damaged")]),
    ],
)
def test_vehicles_thrown_off_their_way_are_damaged(sentence, expected):
    assert quantities(sentence) == expected


def test_people_who_leave_a_road_are_not_damaged():
    assert quantities("Thirty marchers left the road to let the ambulance pass.") != [
        (30, "damaged")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 14 workers needed medical treatment after the gas escaped.", [(14, "injured")]),
        ("The council said 52 residents sought hospital care overnight.", [(52, "injured")]),
        ("Nineteen pupils received medical attention at the school.", [(19, "injured")]),
    ],
)
def test_people_seeking_medical_care_are_injured(sentence, expected):
    assert quantities(sentence) == expected


def test_help_with_no_medical_word_says_nothing():
    assert quantities("Some 40 families sought help from the charity.") == [(40, "other")]


def test_a_part_including_in_a_group_seeking_care_shares_it():
    sentence = "Health officials said 31 people sought medical help, including 9 firefighters."
    assert quantities(sentence) == [(31, "injured"), (9, "injured")]


def test_captured_people_are_detained():
    sentence = "The militia said it had killed 20 police officers and captured 8 in the raid."
    assert quantities(sentence) == [(20, "killed"), (8, "detained")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eleven billboards were vandalised overnight.", [(11, "damaged")]),
        ("Rioters smashed 14 bus shelters on the avenue.", [(14, "damaged")]),
        ("Three adjoining workshops were also demolished.", [(3, "destroyed")]),
    ],
)
def test_things_only_things_suffer_are_damage_whatever_the_noun(sentence, expected):
    assert quantities(sentence) == expected


def test_one_who_has_burns_is_injured():
    sentence = "Two crew members were rescued; one has serious burns to his arms."
    assert (1, "injured") in quantities(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine miners were brought out, and the condition of three was critical.",
        "Doctors said the condition of four remained serious.",
    ],
)
def test_the_condition_of_a_count_being_grave_makes_it_injured(sentence):
    assert any(category == "injured" for value, category in quantities(sentence) if value in {3, 4})


def test_the_whole_of_a_things_parts_is_no_figure():
    sentence = "Three of the bus's six doors were torn off."
    assert all(value != 6 for value, _ in quantities(sentence))


def test_the_whole_of_a_group_without_an_owner_stays_a_figure():
    sentence = "Crews saved 13 of the 17 buses parked in the depot."
    assert (17, "other") in quantities(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Six firefighters lost their lives in the blaze.", [(6, "killed")]),
        ("The blast left four welders with serious burns.", [(4, "injured")]),
        ("The storm left 300 households without water.", [(300, "other")]),
    ],
)
def test_lives_lost_and_harm_left_with(sentence, expected):
    assert quantities(f"Plant blast\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mortar attack left 11 villagers wounded.", [(11, "injured")]),
        ("Eight fishermen are still listed as missing.", [(8, "missing")]),
        ("Two hikers were reported as missing on Sunday.", [(2, "missing")]),
    ],
)
def test_the_state_people_are_left_in_or_listed_as_is_their_category(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police held three students for questioning.", [(3, "detained")]),
        ("Soldiers rounded up 25 villagers at dawn.", [(25, "detained")]),
        ("Security forces picked up 12 activists overnight.", [(12, "detained")]),
        ("The arena can hold 800 people.", [(800, "other")]),
        ("Police held a briefing for 30 reporters.", [(30, "other")]),
    ],
)
def test_people_held_or_rounded_up_by_police_or_soldiers_are_detained(sentence, expected):
    assert quantities(sentence) == expected
