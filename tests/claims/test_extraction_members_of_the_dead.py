"""One person named among the dead is one dead, whatever word the article
uses for them ("the village imam", "a 19-year-old apprentice"): an age or a
place among the dead says it is a person. A thing among damaged things is
no one."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    "text",
    [
        "Among the dead was the village imam, residents said.",
        "The company said one of the dead was a 19-year-old apprentice.",
        "Among the dead was the village's headman, officials said.",
    ],
)
def test_one_named_among_the_dead_is_one_dead(text):
    assert quantities(text) == [(1, "killed")]


def test_an_aged_one_hurt_is_one_hurt():
    text = "A 23-year-old welder was hurt in the blast, the company said."
    assert quantities(text) == [(1, "injured")]


def test_a_thing_among_damaged_things_is_no_one():
    text = "Among the damaged buildings was the village mosque, residents said."
    assert (1, "killed") not in quantities(text)
