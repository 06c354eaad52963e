"""A tally a source sets at a new figure counts what the tally counts:
"revised the toll down to 41", "put the death toll higher, at 41",
"brought the number of confirmed deaths to 12", and, for a bare "figure" or
"it", what the count just given counted ("raised it to 23", "put the figure
at 20", "stood by its figure of 472"). The source that revises a toll gives
it. A count that is the object of a verb is no emergency line ("outbreak
kills 112"). How often something happened is never a count of people ("treated
on three occasions"), both sides of a vote are counts of votes ("by 31 to
22"), and "rose by 5 to 40" is a rise and the new figure, no range."""

import pytest

from .extracted import attributed_claim_with, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crash killed 45 people. On Friday the ministry revised the toll down to 41, "
            "citing double counting.",
            (41, "killed"),
        ),
        (
            "Floods killed 30 people. A civil defence official put the death toll higher, at 41.",
            (41, "killed"),
        ),
        (
            "Police said 11 people were hurt. The injury toll was later revised to 14.",
            (14, "injured"),
        ),
        (
            "Two more people died on Sunday. That brought the number of confirmed deaths "
            "across the three states to 12.",
            (12, "killed"),
        ),
        (
            "A woman died in the fire. Sunday's fire brings the number of fire deaths in the "
            "city this year to three.",
            (3, "killed"),
        ),
        (
            "The flood killed 19 people, officials said on Sunday. On Monday they raised it to "
            "23 after rescuers found more bodies.",
            (23, "killed"),
        ),
        (
            "Officials said 18 inmates died. A prisoners' rights group put the figure at 20.",
            (20, "killed"),
        ),
        (
            "The observatory counted 600 heat deaths. The ministry said the method was flawed "
            "and stood by its figure of 472.",
            (472, "killed"),
        ),
        ("Lashkevi shelling toll rises to 27 as sides trade blame", (27, "killed")),
        ("Cholera outbreak in Zambora kills 112, WHO says", (112, "killed")),
    ],
)
def test_a_tally_set_at_a_figure_counts_what_the_tally_counts(text, expected):
    assert expected in quantities(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an "it" or a figure of something other than harm keeps no harm
        ("The company raised its prices by a third. It raised them to 40 on Monday.", 40),
        ("Organisers put the number of protesters at 2,000.", None),
        # an emergency line after a verb of calling is no count
        ("Residents should call 112 in an emergency, officials said.", 112),
    ],
)
def test_other_tallies_and_emergency_lines_count_no_harm(text, absent):
    found = quantities(text)
    assert all(category not in {"killed", "injured"} for _, category in found)
    if absent is not None:
        assert absent not in [v for v, _ in found]


def test_the_source_that_revises_a_toll_gives_it():
    text = (
        "The crash killed 45 people. On Friday the Transport Ministry revised the toll down "
        "to 41, citing double counting."
    )
    assert attributed_claim_with(text, "41").speaker == "Transport Ministry"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union said patients had been treated in a storeroom on at least three "
            "occasions this month.",
            [(3, "other")],
        ),
        (
            "On 212 occasions, no ambulance was available anywhere in the county, the "
            "report found.",
            [(212, "other")],
        ),
        (
            "The motion was carried by 33 votes to 21, the council said.",
            [(33, "other"), (21, "other")],
        ),
        ("Councillors voted by 31 to 22, the council said.", [(31, "other"), (22, "other")]),
        ("The toll rose by 5 to 40, officials said.", [(5, "killed"), (40, "killed")]),
    ],
)
def test_occasions_votes_and_rises_are_counts_of_their_own(text, expected):
    assert quantities(text) == expected
