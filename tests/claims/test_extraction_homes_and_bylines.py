"""Local reports of floods, raids and crashes: homes under an evacuation
order and people ordered out are displaced, flooded basements are damaged; a
dateline's place is nobody and its outlet's number no count; ages listed one
by one, "mother of three", a fleet a body keeps, the bangs a witness heard and
"children under five", the friends or kin someone was with, and fronts or
directions of an attack are no claim figures; the wounded who died are dead, and
so are the dead with gunshot wounds."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "64 homes were under a mandatory evacuation order, officials said.",
            [(64, "displaced")],
        ),
        ("Residents of 40 homes were ordered out on Tuesday.", [(40, "displaced")]),
        ("About 200 people were ordered to leave their homes.", [(200, "displaced")]),
        ("At least 30 basements had flooded, officials said.", [(30, "damaged")]),
        (
            "Several sheds and a community hall were also lost.",
            [(None, "destroyed"), (1, "destroyed")],
        ),
    ],
)
def test_homes_emptied_and_flooded(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council ordered 40 new buses.", [(40, "other")]),
        ("Three people left their homes in the morning and were killed.", [(3, "killed")]),
    ],
)
def test_ordering_things_or_leaving_home_for_the_day_moves_no_one(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BRACKWATER FALLS, Ont., Jan 16 (Brackwater Falls Examiner) - Seven people "
            "were arrested when officers raided homes, police said.",
            [(7, "detained")],
        ),
        (
            "COLTERVILLE, Ga., Oct 19 (News 12 Piedmont) - A teenager was killed on Friday.",
            [(1, "killed")],
        ),
        ("KYIV, March 4 (Reuters) - At least 12 people were killed.", [(12, "killed")]),
    ],
)
def test_a_dateline_names_where_and_who_reports_not_who_was_hurt(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three children, ages 6, 9 and 12, were flown to a hospital.",
            [(3, "injured")],
        ),
        (
            "A petition started by Coolabah Creek mother of three Jess Whitford has "
            "gathered more than 2,300 signatures.",
            [(2300, "other")],
        ),
        ("The service has a fleet of 38 marked cruisers.", []),
        (
            "Eastland Coachlines, which runs a fleet of 45 buses, said 12 drivers had quit.",
            [(12, "other")],
        ),
        (
            "Residents were woken by what sounded like a couple of bangs, police said.",
            [],
        ),
    ],
)
def test_descriptions_that_are_no_claim_figures(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airline lost a fleet of 12 planes in the fire.", [(12, "destroyed")]),
        (
            "The army has a garrison of 400 soldiers in the town, officials said.",
            [(400, "other")],
        ),
    ],
)
def test_a_fleet_lost_or_troops_kept_are_still_counted(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two wounded inmates had died in hospital, officials said.", [(2, "killed")]),
        ("Four wounded soldiers were taken to hospital.", [(4, "injured")]),
        ("Woman dies, her two sons hospitalized after leak.", [(1, "killed"), (2, "injured")]),
        ("Nine of the dead had gunshot wounds.", [(9, "killed")]),
        ("Two of the injured died.", [(2, "killed")]),
    ],
)
def test_the_dead_stay_dead_and_the_wounded_who_died_are_dead(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The operator said 163 tickets had been sold, but that children under five "
            "travel free.",
            [(163, "other")],
        ),
        ("Over 200 children under 12 were killed, officials said.", [(200, "killed")]),
    ],
)
def test_an_age_bound_on_children_is_no_count(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Worker killed and colleague hurt in trench collapse at housing site",
            [(1, "killed"), (1, "injured")],
        ),
        (
            "A groundworker died and a second man was seriously injured when the trench collapsed.",
            [(1, "killed"), (1, "injured")],
        ),
        ("An electrician was electrocuted, police said.", [(1, "killed")]),
    ],
)
def test_tradespeople_and_colleagues_are_people(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers said 50 people were still underground.", [(50, "missing")]),
        ("About 30 miners remain underground, officials said.", [(30, "missing")]),
        ("Twelve miners were underground when the shaft flooded.", [(12, "other")]),
    ],
)
def test_miners_still_underground_after_a_collapse_are_missing(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The man was swimming with two friends near the slipway when he got into difficulty.", []),
        ("Grace Wanjala fled with her two grandchildren to a school on higher ground.", []),
        ("A woman was killed with her two children in the fire.", [(1, "killed"), (2, "killed")]),
        ("A woman died with her two children in the fire.", [(1, "killed"), (2, "killed")]),
    ],
)
def test_the_friends_or_kin_someone_was_with_are_no_count_unless_they_shared_the_harm(
    text, expected
):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We are fighting this fire on three fronts, and the wind is not on our side.",
        "They came from three directions and started shooting at anyone who ran.",
    ],
)
def test_fronts_and_directions_are_no_count(text):
    assert quantities(text) == []
