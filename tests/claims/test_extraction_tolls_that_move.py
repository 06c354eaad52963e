"""What befell a count, read past the parser's and the recogniser's slips: a
toll that moves from one figure to another, people sent to hospital, the
dying who succumbed, a subject joined to the object before it, people named
by a job or a word ending, a count after a dateline's dash or before a time;
things that develop cracks, one of a group who suffered injuries, people
medical staff treated, a vague part told how badly it was hurt; and numbers
that are no claim figures: a year's data, a depth, a reading."""

import pytest

from tests.claims.extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll rose overnight from three to four.",
            [(3, "killed"), (4, "killed")],
        ),
        (
            "The number of injured climbed from 12 to 19 by Sunday.",
            [(12, "injured"), (19, "injured")],
        ),
    ],
)
def test_a_toll_moving_from_one_figure_to_another_is_two_figures(text, expected):
    assert quantities(text) == expected


def test_from_one_number_to_another_without_a_change_is_a_range():
    assert quantities("The storm damaged from 10 to 15 homes.") == [(None, "damaged")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leak sent 14 workers to hospital on Tuesday.", [(14, "injured")]),
        ("The blast sent 22 miners to hospital.", [(22, "injured")]),
        ("Volunteers took 40 families to a school in the town.", [(40, "other")]),
    ],
)
def test_people_sent_to_hospital_are_injured(text, expected):
    assert quantities(text) == expected


def test_people_who_succumbed_are_killed():
    text = "Two more passengers succumbed to their injuries at the district hospital."
    assert quantities(text) == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Divers had recovered 11 bodies and 24 people were still missing.",
            [(11, "killed"), (24, "missing")],
        ),
        (
            "Police arrested 12 men and four women were injured in the scuffles.",
            [(12, "detained"), (4, "injured")],
        ),
    ],
)
def test_a_subject_the_parser_joined_to_the_object_before_it_takes_its_own_verb(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A village councilor was shot dead by unidentified men.",
        "A night watchman was burnt to death at the warehouse.",
        "A mountaineer died in the avalanche.",
    ],
)
def test_a_person_named_by_a_job_or_a_word_ending_counts_one(text):
    assert quantities(text) == [(1, "killed")]


def test_a_career_is_no_person():
    assert quantities("His career was killed off by the scandal.") == []


def test_a_count_after_a_datelines_dash_is_no_part_of_the_place_name():
    text = (
        "DATU SALIMBANG, Lanao del Este - Three people were killed and seven others "
        "were wounded when gunmen opened fire on Monday."
    )
    assert quantities(text) == [(3, "killed"), (7, "injured")]


def test_a_count_before_a_time_is_no_part_of_the_time():
    text = "The death toll had risen to nine by 6pm, rescuers said."
    assert quantities(text) == [(9, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said its 2023 data would be published in June.",
        "The bus plunged into a 200-feet-deep gorge near the village.",
        "Readings of up to 35 ppm were recorded at the fence.",
    ],
)
def test_a_years_data_a_depth_and_a_reading_are_no_figures(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two adjoining buildings had developed cracks overnight.", [(2, "damaged")]),
        ("Three houses suffered cracks in the tremor.", [(3, "damaged")]),
        ("Two workers developed breathing problems.", [(2, "other")]),
    ],
)
def test_things_that_develop_cracks_are_damaged(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One of the victims suffered life-threatening injuries.",
        "One of the firefighters sustained burns to his hands.",
    ],
)
def test_one_of_a_group_who_suffered_injuries_is_one_injured(text):
    assert quantities(text) == [(1, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staff had treated at least 45 people, several of them for gunshot wounds.",
            [(45, "injured")],
        ),
        ("Paramedics treated 40 people.", [(40, "injured")]),
        ("The company treated 300 workers fairly.", [(300, "other")]),
    ],
)
def test_people_medical_staff_treated_are_injured(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Another 17 people were injured, several of them critically.",
            [(17, "injured"), (None, "injured")],
        ),
        ("7,000 people had fled, many of them to the capital.", [(7000, "displaced")]),
    ],
)
def test_a_vague_part_told_how_badly_it_was_hurt_is_its_own_figure(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hospital received 19 patients from the crash.", [(19, "injured")]),
        ("The district clinic admitted 23 people overnight.", [(23, "injured")]),
        ("The hospital received 300 donations of blood.", [(300, "other")]),
        ("The clinic has received 40 complaints this year.", [(40, "other")]),
    ],
)
def test_people_a_hospital_takes_in_are_injured(text, expected):
    assert quantities(text) == expected
