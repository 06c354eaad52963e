"""Things crushed or left with broken parts, people treated by a named care
service, and the nouns that count others.

Cars "crushed" are damaged, and homes that "suffered broken windows" are
too, while people "crushed to death" are dead. What a thing was crushed
between, or a battle fought between, is no count of the harmed, and "between
three and six" is still a range. The ambulance service that "had treated 31
passengers" treated patients. "A total of five people" counts five, not one
total."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire service said at least eight cars had been crushed between two of the "
            "lorries.",
            [(8, "damaged")],
        ),
        (
            "Police said 11 nearby homes suffered broken windows and at least two industrial "
            "units were destroyed.",
            [(11, "damaged"), (2, "destroyed")],
        ),
        ("Two workers were crushed to death when the wall fell.", [(2, "killed")]),
        (
            "Two of those killed were in a pickup truck that was crushed between the "
            "tractor-trailer and a box truck.",
            [(2, "killed")],
        ),
        (
            "Rescuers said between three and six people were still unaccounted for.",
            [(None, "missing")],
        ),
    ],
)
def test_things_crushed_or_broken_and_what_they_were_between(text, expected):
    assert quantities(text) == expected


def test_a_care_service_treats_patients():
    text = "The ambulance service said it had treated 31 passengers."
    assert quantities(text) == [(31, "injured")]


def test_a_total_counts_the_others_not_itself():
    text = "Police said a total of five people had been arrested in connection with the attack."
    assert quantities(text) == [(5, "detained")]
