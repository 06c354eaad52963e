"""What befell buildings, read from the verb and its words: burnt to the
ground, buried by a landslide, burned of themselves, the part of the
damaged lost "totally", the part "which had to be demolished". People
undergoing treatment are hurt, and a body found is one dead."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said 64 huts and 11 granaries had been burnt to the ground.",
            [(64, "destroyed"), (11, "destroyed")],
        ),
        ("Villagers said the raiders burned nine shops to the ground.", [(9, "destroyed")]),
        ("Officials said 30 shops had been burned in the riot.", [(30, "damaged")]),
    ],
)
def test_burnt_to_the_ground_is_destroyed(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A total of 5,210 houses were damaged, 730 of them totally, the disaster agency said.",
            [(5210, "damaged"), (730, "destroyed")],
        ),
        (
            "The council said 412 homes had been damaged, 38 of them completely.",
            [(412, "damaged"), (38, "destroyed")],
        ),
        (
            "The council said 412 homes had been damaged, 38 of them badly.",
            [(412, "damaged"), (38, "damaged")],
        ),
    ],
)
def test_the_part_of_the_damaged_lost_totally_is_destroyed(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine houses were completely buried, while 17 others have developed deep cracks, "
            "the village head said.",
            [(9, "destroyed"), (17, "damaged")],
        ),
        ("The mudslide buried at least 20 homes, police said.", [(20, "destroyed")]),
        ("Three lorries were buried under the snow, police said.", [(3, "damaged")]),
    ],
)
def test_buildings_buried_are_lost_and_vehicles_only_damaged(text, expected):
    assert quantities(text) == expected


def test_things_that_burned_of_themselves_are_destroyed():
    text = "Fire officials said more than 150 sheds, stables and other outbuildings had burned."
    assert quantities(text) == [(150, "destroyed")]


def test_the_part_of_damaged_homes_that_had_to_be_demolished_is_destroyed():
    text = (
        "The explosion wrecked the workshop and damaged six nearby houses, three of which "
        "later had to be demolished, the inquiry heard."
    )
    assert quantities(text)[-2:] == [(6, "damaged"), (3, "destroyed")]


def test_the_part_of_the_hurt_in_hospital_keeps_its_own_reading():
    text = "Fourteen people were hurt, five of whom were flown to hospital, officials said."
    assert quantities(text) == [(14, "injured"), (5, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "As many as 31 people are undergoing treatment at the district hospital, officials said.",
        "At least 18 others were receiving treatment at the city hospital, the fire service said.",
    ],
)
def test_people_undergoing_treatment_are_hurt(text):
    assert quantities(text)[0][1] == "injured"


@pytest.mark.parametrize(
    "text",
    [
        "Police said a body had been recovered about two kilometres downstream.",
        "A body was found in the reservoir on Sunday, police said.",
        "Neighbours said they had seen a body floating near the bridge.",
    ],
)
def test_a_body_found_is_one_dead(text):
    assert quantities(text) == [(1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The Border Monitoring Mission, an observer body set up in 2019, said shelling had "
        "continued.",
        "Rescuers pulled a fourth body from a submerged car, police said.",
    ],
)
def test_a_body_of_people_or_one_already_counted_is_no_new_death(text):
    assert (1, "killed") not in quantities(text)
