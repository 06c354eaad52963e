"""A count written before an age ("Two 17-year-old boys", "Three
14-year-olds") or after a year ("In 2019 two people drowned") is the count,
never the two numbers added up, and the people it counts keep their age in
their name ("14-year-olds", not "olds"). A headline's bare count held
("Police: 3 held after raid") is a count of people detained. A driver named
by the car's model ("the Corolla's driver") is one person, and a headline's
"Man dead, woman missing" two, each with a fate of their own. How many
gave an account ("Two freshmen gave a different account") is who spoke,
not a claim figure."""

import pytest

from claims.extraction import extract

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two 17-year-old boys were detained near the school.", [(2, "detained")]),
        ("Three 14-year-olds were hurt when the wall fell, police said.", [(3, "injured")]),
        ("Four 20-year-old soldiers were killed at the checkpoint.", [(4, "killed")]),
        ("Police: 3 held after armed raid on Kelso jeweller", [(3, "detained")]),
        (
            "Police: more than 200 held after riot in Dunmore",
            [(200, "detained")],
        ),
        # a year and then a count: neither added up
        ("In 2019 two people drowned at the same weir, police said.", [(2, "killed")]),
        # a count of meetings held is no count of people
        ("Two meetings were held in March, the council said.", [(2, "other")]),
    ],
)
def test_counts_before_ages_and_bare_counts_held(text, expected):
    assert quantities(text) == expected


def test_people_counted_by_age_keep_their_age_in_their_name():
    (claim,) = extract("Three 14-year-olds were hurt when the wall fell, police said.")
    assert [q.subject for q in claim.quantities] == ["14-year-olds"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a driver named by the car's model is one person, as "the pickup's" is
        (
            "The Corolla's driver, 31-year-old Ana Ruiz of Dunmore, died at the scene, "
            "troopers said.",
            [(1, "killed")],
        ),
        # a headline's state right after its first noun: two people, two fates
        (
            "Man dead, woman missing after storm surge hits Port Ellis",
            [(1, "killed"), (1, "missing")],
        ),
    ],
)
def test_one_person_named_by_a_car_or_a_headlines_state(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how many gave an account is who spoke, not a claim figure
        ("Two freshmen gave a different account of the fight.", []),
        ("Three neighbours gave their version of events to police.", []),
        # people of a school year counted as hurt are still a count
        ("Three sophomores were treated for smoke inhalation.", [(3, "injured")]),
    ],
)
def test_those_who_give_an_account_are_sources_not_a_count(text, expected):
    assert quantities(text) == expected
