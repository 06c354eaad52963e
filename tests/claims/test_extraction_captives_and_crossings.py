"""Who is held and who has fled: one person arrested by their role, hostages
set free, people crossing a border in a story of flight; and what is no count
at all: a headline's source before its colon, and the vehicle or place a
deadly event happened to."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    "text",
    [
        "Police said the ferry's captain had been arrested and would be charged.",
        "The van driver was arrested on suspicion of causing death by dangerous driving.",
        "Prosecutors have detained the mine's chief engineer.",
    ],
)
def test_one_person_arrested_by_their_role_is_one_detained(text):
    assert quantities(text) == [(1, "detained")]


def test_a_thing_held_is_no_one_detained():
    assert quantities("Customs officers detained the vessel at the port.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All 11 hostages have been freed, the commissioner said.", [(11, "other")]),
        ("The gunman released two hostages shortly after 4 p.m.", [(2, "other")]),
        ("Gunmen took 12 hostages at the bank.", [(12, "detained")]),
    ],
)
def test_hostages_set_free_are_no_longer_held(text, expected):
    assert quantities(text) == expected


def test_a_headlines_source_before_its_colon_is_no_count():
    text = "Coast guard: 4 dead as fire engulfs ferry off Ilsund"
    assert quantities(text) == [(4, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed when an intercity bus collided with a fuel tanker.",
        "A second strike hit a livestock market on Friday, killing three people.",
    ],
)
def test_the_vehicle_or_place_a_deadly_event_befell_is_its_scene(text):
    assert [category for _, category in quantities(text)] == ["killed"]


def test_a_thing_damaged_in_its_own_words_is_still_counted():
    assert quantities("Shelling hit a school on Friday.") == [(1, "damaged")]


def test_people_crossing_a_border_in_a_story_of_flight_are_displaced():
    text = (
        "More than 15,000 people have crossed into Kavrosh in the past week, fleeing "
        "fighting. Up to 3,000 people a day were arriving at the border crossing. The "
        "agency said it had registered 11,400 arrivals."
    )
    assert quantities(text) == [(15000, "displaced"), (3000, "displaced"), (11400, "displaced")]


def test_people_crossing_with_no_flight_told_are_a_plain_count():
    text = "About 3,000 fans a day were arriving at the border crossing for the final."
    assert quantities(text) == [(3000, "other")]


def test_a_pages_menu_after_a_headline_is_no_object():
    text = 'Backpage "date" leads to Christmas Eve double shooting, 1 killed | News, Weather'
    assert quantities(text) == [(1, "killed")]


def test_the_part_of_a_rescued_group_in_critical_condition_is_hurt():
    text = (
        "47 people had been rescued by fishermen and taken to the hospital in Kassembe, "
        "eight of them in critical condition."
    )
    assert quantities(text) == [(47, "other"), (8, "injured")]


def test_escaped_inmates_recaptured_are_held_again():
    text = "Nine inmates escaped during the riot. Police said four had been recaptured."
    assert quantities(text)[-1] == (4, "detained")
