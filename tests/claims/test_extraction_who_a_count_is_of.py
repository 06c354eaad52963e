"""A count takes the category of who or what it counts, not of the place
the sentence sets it in: staff hired at a hospital are no patients, cases
of malnutrition treated are sickness, places evacuated are no displaced
people (homes evacuated still count households), and the part of the dead
killed "by gunshot wounds" died of them. The one building whose collapse
is the deadly event is its scene, not a count of damage; each number of a
pair of prison terms is a term. Vehicles a crash involved, or written into
its name ("a 60-vehicle pileup"), are damaged; so are things that "suffered
smoke and water damage" or were left with it, and a single thing listed with
counted things harmed ("and a toll gate"), unless the singles only name the
things counted ("two units, a tyre store and a catering supplier"). People
mauled, bitten, gored or trampled are hurt; bites counted are attacks."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The HSE said 37 nurses had been hired at the hospital so far this year.",
            [(37, "other")],
        ),
        (
            "The union said at least 40 nurses had resigned from the hospital in the past year.",
            [(40, "other")],
        ),
        (
            "His staff were treating up to 40 cases of acute malnutrition a day, the doctor said.",
            [(40, "other")],
        ),
        (
            "The monitors had documented 15 deaths, 11 of them from gunshot wounds, the group "
            "said.",
            [(15, "killed"), (11, "killed")],
        ),
        (
            "Two hospitals in the province were evacuated as a precaution, officials said.",
            [(2, "other")],
        ),
        (
            "Fourteen people were arrested in coordinated raids at nine locations, police said.",
            [(14, "detained")],
        ),
        (
            "About 6,500 people had been evacuated from Los Maitenes and two neighbouring towns, "
            "officials said.",
            [(6500, "displaced")],
        ),
        (
            "A court sentenced two men to eight and six years in prison for running a drug lab.",
            [(2, "other"), (8, "other"), (6, "other")],
        ),
        (
            "An unfinished six-storey building collapsed in Ebunmi on Thursday, killing at least "
            "eight people, officials said.",
            [(8, "killed")],
        ),
    ],
)
def test_a_count_takes_the_category_of_what_it_counts(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff hurt or taken to hospital are casualties
        ("Three paramedics were taken to hospital after the ambulance crashed.", (3, "injured")),
        ("Two nurses were injured when a patient attacked them, police said.", (2, "injured")),
        # homes evacuated count the households displaced
        ("Police evacuated roughly 120 homes as a precaution, officials said.", (120, "displaced")),
        # the hurt part of the hurt stays hurt
        ("Officials said 20 people were hurt, 11 of them from gunshot wounds.", (11, "injured")),
        # a collapse told apart from the deadly event still counts
        (
            "Heavy machinery could not reach the site because a bridge had collapsed.",
            (1, "destroyed"),
        ),
        (
            "Among the dead were four members of one family whose house collapsed as they slept.",
            (1, "destroyed"),
        ),
    ],
)
def test_harm_to_staff_homes_and_things_told_apart_still_counts(text, expected):
    assert expected in quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 3 killed in 60-vehicle pileup as blizzard sweeps northern Nordavia",
            [(3, "killed"), (60, "damaged")],
        ),
        (
            "Two people died in a three-car crash on the A9, police said.",
            [(2, "killed"), (3, "damaged")],
        ),
        (
            "A crash involved more than two dozen vehicles and killed one person, police said.",
            [(24, "damaged"), (1, "killed")],
        ),
        # a size written before a thing stays no count; nor is a plan's fleet damaged
        ("A 64-unit, five-story building was evacuated, officials said.", []),
        ("The scheme involved 40 buses, the council said.", [(40, "other")]),
    ],
)
def test_vehicles_caught_in_a_crash_are_damaged(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Firefighters said two adjoining homes had suffered smoke and water damage.",
            [(2, "damaged")],
        ),
        (
            "The fire destroyed eight apartments and left four others with smoke and water "
            "damage, officials said.",
            [(8, "destroyed"), (4, "damaged")],
        ),
        (
            "Officials said 39 shops, two police stations and a toll gate had been set on fire.",
            [(39, "damaged"), (2, "damaged"), (1, "damaged")],
        ),
        # what was seen beside harmed things, and singles naming the counted ones, add nothing
        (
            "Reporters saw at least eight destroyed houses and a crater in the street.",
            [(8, "destroyed")],
        ),
    ],
)
def test_harm_told_of_things_in_lists_and_conjuncts(text, expected):
    assert quantities(text) == expected


def test_singles_that_name_the_counted_things_are_not_more_of_them():
    text = "Officials said two units, a tyre store and a catering supplier, had been damaged."
    assert quantities(text) == [(2, "damaged")]


def test_a_list_going_on_after_a_count_adds_its_single_things():
    text = (
        "The fire destroyed two warehouses, a production hall and machinery worth an "
        "estimated $3.5 million."
    )
    assert (1, "destroyed") in quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Surfer mauled by shark off Coorabin Reef", [(1, "injured")]),
        ("The man, 31, was bitten on the left thigh while surfing, police said.", [(1, "injured")]),
        ("A kayaker drowned off the point, police said.", [(1, "killed")]),
        (
            "Two pilgrims were trampled to death and 11 were trampled in the crush, officials "
            "said.",
            [(2, "killed"), (11, "injured")],
        ),
        # bites counted are attacks, not people hurt
        (
            "There have been 19 unprovoked shark bites in Australian waters this year.",
            [(19, "other")],
        ),
        ("The company said it would slash 200 jobs.", [(200, "other")]),
    ],
)
def test_people_mauled_bitten_or_trampled_are_hurt(text, expected):
    assert quantities(text) == expected
