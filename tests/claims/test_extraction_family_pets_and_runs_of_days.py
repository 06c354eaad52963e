"""Numbers that count nobody the news is about: the family someone has ("I
have two children"), the animals someone was with ("with his wife and two
dogs"), and spans of time with a word between number and unit ("16
consecutive days", "seven working days")."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    "text",
    [
        '"I have three children. This wage does not feed them," she said.',
        "Okafor, who leaves a wife and four sons, had worked at the plant for years, his "
        "union said.",
        "He said he sheltered in the cellar with his daughter and two dogs.",
        "The heatwave has kept temperatures above 40C for 12 consecutive days, officials said.",
        "The inquiry must report within ten working days, the minister said.",
    ],
)
def test_family_pets_and_runs_of_days_count_nobody(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire killed a woman and her three children, police said.",
            [(1, "killed"), (3, "killed")],
        ),
        ("Gunmen abducted two children from the school, police said.", [(2, "detained")]),
        ("Officials said 14 more people had died.", [(14, "killed")]),
    ],
)
def test_kin_harmed_and_counts_with_more_still_count(text, expected):
    assert quantities(text) == expected
