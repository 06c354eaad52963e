"""Counts the parser hangs in odd places, and numbers that count nothing:
a group set before its count, a headline count after a place or beside
another count, "damaged or destroyed" with the object on the second verb,
an age in brackets after "Woman", ages that bound a group, temperatures and
humidity, and sums in trillions."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    "text",
    [
        "The storm damaged or destroyed about 1,800 homes, the agency said.",
        "Shelling had damaged or destroyed 64 schools in the district, the UN said.",
    ],
)
def test_damaged_or_destroyed_is_damaged_whichever_verb_holds_the_object(text):
    assert [c for _, c in quantities(text)] == ["damaged"]


def test_destroyed_alone_stays_destroyed():
    assert quantities("The fire destroyed 40 homes, officials said.") == [(40, "destroyed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Of those houses, 212 had been completely destroyed, the mayor said.", (212, "destroyed")),
        ("Of the cars, nine were damaged beyond repair, police said.", (9, "damaged")),
    ],
)
def test_a_group_set_before_a_bare_count_says_what_it_counts(text, expected):
    assert expected in quantities(text)


def test_a_bare_count_after_a_group_of_people_is_no_age():
    found = quantities("Of the 40 passengers, 12 were injured, police said.")
    assert (12, "injured") in found


def test_a_name_with_a_comma_and_its_age_is_still_an_age():
    assert quantities("Maria Lopez, 34, was injured in the crash, police said.") == [(1, "injured")]


def test_a_headline_count_after_a_place_is_no_age():
    text = (
        "Avalanche buries cars on Kestel Pass, 11 missing\n\n"
        "A mudslide buried homes overnight, the civil defence agency said."
    )
    assert (11, "missing") in quantities(text)


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Rescuers reach trapped miners; 4 dead, 6 still missing", [(4, "killed"), (6, "missing")]),
        ("Ferry sinks off coast: 9 dead, 30 injured", [(9, "killed"), (30, "injured")]),
    ],
)
def test_a_headline_count_beside_another_takes_its_own_word(headline, expected):
    text = headline + "\n\nThe ferry sank on Sunday, officials said."
    assert quantities(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    "headline",
    ["Woman (79) dies in Ballyross house fire", "Pensioner (88) killed in crash on N17"],
)
def test_an_age_in_brackets_after_a_person_noun_is_an_age(headline):
    text = headline + "\n\nA woman died in a fire at her home on Sunday, gardaí said."
    assert all(value < 70 for value, _ in quantities(text))


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "Deaths among people 65 and older rose to 49 from 27, the report said.",
            [(49, "killed"), (27, "killed")],
        ),
        (
            "Deaths among people under 25 fell to 12, the report said.",
            [(12, "killed")],
        ),
        (
            "Residents 70 and over were moved first, and 300 people were evacuated, police said.",
            [(300, "displaced")],
        ),
    ],
)
def test_an_age_that_bounds_a_group_counts_no_one(text, kept):
    assert quantities(text) == kept


def test_a_count_over_a_number_of_people_still_counts():
    assert quantities("Over 300 people were hurt, officials said.") == [(300, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters expect lows of minus 22 overnight, the weather service said.",
        "Temperatures could fall to minus 18 C on Wednesday, the agency said.",
        "Relative humidity dropped to 9 percent as the fire spread, officials said.",
    ],
)
def test_temperatures_and_humidity_are_readings(text):
    assert quantities(text) == []


def test_a_percentage_of_something_counted_is_still_a_figure():
    assert quantities("Turnout fell to 41 percent, the commission said.") == [(41, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of pupils fell ill on a school camp, the health board said.",
        "Thirty children fell ill on camp last week, the school said.",
    ],
)
def test_an_outing_camp_displaces_no_one(text):
    assert all(c != "displaced" for _, c in quantities(text))


def test_people_in_a_camp_for_the_displaced_are_displaced():
    text = "Some 8,000 people now live in the camp, aid workers said."
    assert quantities(text) == [(8000, "displaced")]


def test_killings_counted_are_deaths():
    text = "The monitor counted 1,146 killings in the city this year, up from 830."
    assert quantities(text) == [(1146, "killed"), (830, "killed")]


def test_a_sum_in_trillions_keeps_its_scale():
    text = "The government will release 2.5 trillion rials for reconstruction, the minister said."
    assert quantities(text) == [(2_500_000_000_000, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead 14 protesters in Salema and two other towns, the group said.",
        "Twenty people were killed in Tamba and three other villages, police said.",
        "At least 40 people died in Orsk and two neighbouring districts, officials said.",
    ],
)
def test_places_where_people_were_harmed_are_no_count_of_the_harmed(text):
    assert [c for _, c in quantities(text)][:1] == ["killed"]
    assert all(c in {"killed", "other"} for _, c in quantities(text))
    assert [c for _, c in quantities(text)].count("killed") == 1


def test_villages_destroyed_are_still_destroyed():
    text = "Troops destroyed three villages near the border, residents said."
    assert quantities(text) == [(3, "destroyed")]


@pytest.mark.parametrize(
    "text",
    [
        "About 300 residents left the area on Monday, officials said.",
        "The floods forced 4,000 residents to leave their homes, officials said.",
    ],
)
def test_residents_who_leave_their_homes_or_area_are_displaced(text):
    assert [c for _, c in quantities(text)] == ["displaced"]
