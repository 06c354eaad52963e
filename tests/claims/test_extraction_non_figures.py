"""Numbers that are not figures: scores, identifiers, addresses, road codes,
years used as modifiers and counts that only set the scene; and the
categories of counts whose verb or noun says what befell them."""

import pytest

from tests.claims.extracted import quantities


@pytest.mark.parametrize(
    "sentence",
    [
        "Riot police fired tear gas after Harlow Town's 4-2 win at the Mill Ground.",
        "Fans spilled onto the court after the 103-99 overtime victory.",
        "Supporters fought outside the ground after a 2-2 draw.",
        "Crowds rioted after the 0-3 defeat, the club said.",
    ],
)
def test_a_score_is_not_a_figure(sentence):
    assert quantities(sentence) == []


def test_a_range_written_with_a_dash_is_still_a_range():
    text = "After the 3-1 loss, between 20-30 people were hurt in the clashes."
    assert quantities(text) == [(None, "injured")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The goalkeeper, who wears the No. 1 jersey, was unhurt.",
        "Water flooded the Ostby No. 3 shaft overnight.",
        "A bus left the AB 71 road in heavy fog.",
    ],
)
def test_an_identifier_is_not_a_figure(sentence):
    assert quantities(sentence) == []


def test_a_spaced_code_before_a_plural_still_counts_it():
    text = "The EU 27 ministers were stuck after a bus overturned on the AB 71 road."
    assert quantities(text) == [(27, "other")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bailiffs seized a flat at 17 Harbourside Parade on Tuesday.",
        "Detectives searched a house at 8 Lantern Quay after the raid.",
        "The fire started in a bakery at 230 Chandler Row.",
    ],
)
def test_an_address_with_a_street_word_is_not_a_figure(sentence):
    assert quantities(sentence) == []


def test_a_common_street_word_right_after_a_number_still_counts():
    text = "Gunmen shot 12 Hill farmers near 5 Orchard Close."
    assert quantities(text) == [(12, "injured")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council ignored a 2019 engineers' survey of the bridge.",
        "Critics cited a 1998 residents' petition that was never answered.",
    ],
)
def test_a_year_before_a_possessive_plural_is_a_year(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The utility will hand out bottled water at its five depots from Monday.",
        "Residents on those three blocks were told to keep their windows shut.",
        "Officials could not explain the difference between the two audits.",
    ],
)
def test_places_the_article_already_knows_are_the_scene_not_a_figure(sentence):
    assert quantities(sentence) == []


def test_the_whole_a_part_is_drawn_from_is_still_a_figure():
    text = "Inspectors found faults in 9 of the 30 lifts at its four depots."
    assert quantities(text) == [(9, "other"), (30, "other")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rising water forced about 700 villagers to abandon their houses overnight.",
            [(700, "displaced")],
        ),
        (
            "Some 250 tenants were moved out of their homes after the crane fell.",
            [(250, "displaced")],
        ),
        (
            "Nearly 90 residents will spend the night in a sports hall, the council said.",
            [(90, "displaced")],
        ),
        (
            "About 35 families spent the night at the Westgate Community Centre.",
            [(35, "displaced")],
        ),
    ],
)
def test_people_made_to_leave_or_sheltered_for_the_night_are_displaced(sentence, expected):
    assert quantities(sentence) == expected


def test_staff_made_to_leave_a_workplace_are_not_displaced():
    text = (
        "The storm forced 400 staff to leave the plant, "
        "and 80 residents spent the night in a school."
    )
    assert quantities(text) == [(400, "other"), (80, "displaced")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The airline said it would eliminate 450 positions by spring.", [(450, "other")]),
        (
            "Nearly 3,000 nurses staged a walkout at 40 hospitals.",
            [(3000, "other"), (40, "other")],
        ),
        (
            "Some 900 doctors joined the protest at the hospital; "
            "two porters spent a night in hospital.",
            [(900, "other"), (2, "injured")],
        ),
    ],
)
def test_jobs_are_not_people_and_a_walkout_is_not_an_attack(sentence, expected):
    assert quantities(sentence) == expected


def test_tallies_counted_as_such_are_not_the_dead():
    text = "Neither of the two tolls matched. Officials later put the toll at 31."
    assert quantities(text) == [(31, "killed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 30 cars collided in thick fog on the bypass.", [(30, "damaged")]),
        ("At least five trucks ploughed into the back of a queue.", [(5, "damaged")]),
        ("Three lamp posts were torn from the pavement by the wind.", [(3, "damaged")]),
    ],
)
def test_vehicles_that_collide_and_things_torn_away_are_damaged(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The survey of 2,000 adults has a margin of error of 2 percentage points.",
            [(2000, "other")],
        ),
        ("Pollsters quoted an error margin of plus or minus 4 percent.", []),
    ],
)
def test_a_polls_margin_of_error_is_not_a_figure(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council will fund the night buses for five more months.", []),
        ("Engineers asked for two additional weeks and 30 more pumps.", [(30, "other")]),
    ],
)
def test_more_of_a_time_unit_is_a_span_not_a_count(sentence, expected):
    assert quantities(sentence) == expected


def test_things_whose_windows_were_blown_out_are_damaged():
    text = "The blast blew out the windows of 30 shops, and 12 candles were blown out."
    assert quantities(text) == [(30, "damaged"), (12, "other")]


def test_neither_is_a_count_of_none_but_not_of_injuries():
    text = "Neither injury was serious. The gunman let two cashiers go. Neither was injured."
    assert quantities(text) == [(2, "other"), (0, "injured")]


def test_neither_before_a_noun_counts_nothing():
    text = "Neither side's casualty figures could be independently verified."
    assert quantities(text) == []


def test_an_age_in_police_shorthand_is_no_count():
    assert quantities("Carl Brunen, 81 YOA, was beaten to death on Wednesday.") == [(1, "killed")]
