"""What befell people and things named in a relative clause, a joined verb
or a phrase after them: those "who remain missing" or "had been missing" are
missing; "killed or wounded" and "killed or captured" are killed by
convention; the "martyred" are dead, and so are children whose bodies are
counted among the dead; a prison's inmates are held, not displaced; "members
of one family" counts the members, not the family; a member of a team, or a
shepherd, is one person; a part's injuries past a comma are not the whole
group's; a night outdoors or in a shelter is a night away from home; cars
struck by bullets and homes floodwater entered are damaged; people "who
fatally shot a man" did the harm."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A search was continuing for two people who remain missing.", [(2, "missing")]),
        ("Rescuers were looking for five miners who are still missing.", [(5, "missing")]),
        # a count of the missing stays one when they are found, as the ledger
        # keeps the missing and the found side by side
        ("Police found two hikers who had been missing since Friday.", [(2, "missing")]),
    ],
)
def test_people_who_remain_or_had_been_missing_are_missing(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed or wounded 40 people.", [(40, "killed")]),
        ("The army says it has killed or captured more than 2,000 militants.", [(2000, "killed")]),
        ("Gunmen killed two villagers and wounded 14 others.", [(2, "killed"), (14, "injured")]),
        (
            "The shelling killed one person or injured two, reports said.",
            [(1, "killed"), (2, "injured")],
        ),
    ],
)
def test_killed_or_wounded_is_killed_when_they_share_one_count(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'The group said three of its own members had been "martyred" in the fighting.',
        "Three fighters were martyred in the clashes, the group said.",
    ],
)
def test_the_martyred_are_dead(text):
    assert quantities(text) == [(3, "killed")]


def test_a_prisons_inmates_are_held_not_displaced():
    text = "The prison, built in 1962 to hold 1,200 inmates, currently houses more than 3,100."
    assert quantities(text) == [(1200, "other"), (3100, "other")]
    assert quantities("The school now houses 300 evacuees.") == [(300, "displaced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three members of one family died.", [(3, "killed")]),
        ("Among the dead were four members of one family.", [(4, "killed")]),
        ("One family was left homeless.", [(1, "displaced")]),
    ],
)
def test_members_of_one_family_count_the_members(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A member of the rescue team was killed when a second slide struck.",
        "A shepherd grazing his flock near the checkpoint had been killed by a stray bullet.",
    ],
)
def test_a_member_of_a_team_or_a_shepherd_killed_is_one_dead(text):
    assert quantities(text) == [(1, "killed")]


def test_a_part_with_injuries_after_a_comma_is_not_the_whole_groups_harm():
    text = (
        "Two miners died in the collapse. Rescuers said 32 miners had been brought to the "
        "surface, seven of them with injuries."
    )
    assert (32, "injured") not in quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said some 12,000 people had spent the night outdoors after the quake.",
            [(12000, "displaced")],
        ),
        (
            "The Red Cross opened a shelter at the high school, where about 60 people spent "
            "Sunday night.",
            [(60, "displaced")],
        ),
        (
            "The Red Cross opened a shelter at Dreyer High School, where 22 people stayed "
            "overnight.",
            [(22, "displaced")],
        ),
    ],
)
def test_a_night_out_of_doors_or_in_a_shelter_is_a_night_away_from_home(text, expected):
    assert quantities(text) == expected


def test_a_night_at_a_hotel_by_choice_is_no_night_away_from_home():
    text = "Two people died in the crash. The 14 guests stayed overnight at the hotel."
    assert (14, "displaced") not in quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said at least four parked cars had been struck by bullets.", [(4, "damaged")]),
        ("Two jets struck shortly before dawn, officials said.", [(2, "other")]),
        (
            "Officials said water had entered about 140 homes and businesses.",
            [(140, "damaged")],
        ),
        ("About 300 residents entered the hall to hear the mayor.", [(300, "other")]),
    ],
)
def test_things_struck_by_gunfire_or_entered_by_floodwater_are_damaged(text, expected):
    assert quantities(text) == expected


def test_the_bodies_of_children_among_the_dead_are_dead():
    text = "Officials said 34 bodies had been brought in, including those of four children."
    assert quantities(text) == [(34, "killed"), (4, "killed")]


def test_people_whose_relative_clause_tells_their_own_deed_took_no_harm():
    text = "Prosecutors declined to charge two officers who fatally shot a man last year."
    assert quantities(text) == [(2, "other"), (1, "killed")]
