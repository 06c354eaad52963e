"""Counts a sentence's shape can turn around: a part of damaged things is
read as things ("63 homes were damaged, 11 of them destroyed"); a headline's
"3 fatal" counts the dead; the one who speaks in a closing frame
("..., a senior fire officer said.") is no victim, however the parser hangs
the frame; a group "of whom 11 were declared dead" did not all die; the
number in a service's name ("Rescue 1122 spokesperson Bilal Faizi") counts
no one; and things told of before ("the two calls") or the hospitals the
hurt were taken to are the scene, not news of their own."""

import pytest

from .extracted import quantities


def test_a_part_of_damaged_things_is_read_as_things():
    text = "The county said at least 48 homes had been damaged, nine of them destroyed."
    assert quantities(text) == [(48, "damaged"), (9, "destroyed")]


def test_a_part_of_people_is_read_as_people():
    text = "Forty people were hurt, six of them seriously."
    assert quantities(text) == [(40, "injured"), (6, "injured")]


def test_a_headline_count_called_fatal_is_of_the_dead():
    text = "Harlow sees 14 overdoses in two days, 4 fatal"
    assert (4, "killed") in quantities(text)


def test_the_speaker_of_a_closing_frame_is_no_victim():
    text = (
        "Crews pulled out 31 people from the rubble by Thursday night, of whom 9 were declared "
        "dead on arrival at the Civil Hospital, a senior rescue official said."
    )
    assert quantities(text) == [(31, "other"), (9, "killed")]


def test_a_victim_before_a_closing_frame_still_counts():
    assert quantities("A man was killed, a neighbour said.") == [(1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Rescue 1122 spokesperson Bilal Faizi said the van fell into the ravine.",
        "Edhi 115 spokesman Anwar Kazmi said the van fell into the ravine.",
    ],
)
def test_the_number_in_a_services_name_counts_no_one(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Four schools were damaged by the storm. Officials said the four schools will "
            "reopen on Monday.",
            [(4, "damaged")],
        ),
        (
            "Crews inspected 14 bridges on Friday. The 14 bridges were cleared for traffic, "
            "officials said.",
            [(14, "other")],
        ),
    ],
)
def test_things_told_of_before_are_not_counted_again(text, expected):
    assert quantities(text) == expected


def test_the_hospitals_the_hurt_were_taken_to_are_not_news():
    text = "The other eight passengers were taken to three hospitals."
    assert quantities(text) == [(8, "injured")]


def test_a_named_victim_and_the_one_joined_to_them_are_two():
    text = (
        "The crash, shortly after 1 a.m. on April 13, killed Renee Calvillo, 42, and her "
        "daughter Sofia, 15, who were driving home."
    )
    assert quantities(text) == [(2, "killed")]


def test_an_expatriate_is_a_person():
    text = "An Asian expatriate was also killed when his pickup was swept away near the town."
    assert (1, "killed") in quantities(text)
