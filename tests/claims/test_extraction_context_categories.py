"""Categories read from context: the sick in an outbreak, victims named as
the dead, gapped and added conjuncts, the evacuated, the unaccounted for,
losses, and parts of a group counted in a relative clause."""

import pytest

from tests.claims.extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A cholera outbreak has spread through the camp. Forty people remain in "
            "hospital, six of them in intensive care, officials said.",
            [(40, "other"), (6, "other")],
        ),
        (
            "Dengue fever has swept the district. The ministry said 85 patients had been "
            "admitted to hospital since June.",
            [(85, "other")],
        ),
        (
            "Inspectors blamed the typhoid outbreak on a broken pipe. Eleven children were "
            "taken to hospital with high fevers.",
            [(11, "other")],
        ),
    ],
)
def test_the_sick_in_an_outbreak_are_not_injured(text, expected):
    assert quantities(text) == expected


def test_the_hurt_in_an_outbreak_story_stay_injured():
    text = (
        "A flu outbreak closed the ward. Five patients were taken to hospital. A van "
        "crashed into the gate, and two people were injured."
    )
    assert (2, "injured") in quantities(text) and (5, "injured") in quantities(text)


def test_hospital_stays_outside_an_outbreak_are_injured():
    assert quantities("Twelve people were taken to hospital after the crash.") == [(12, "injured")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials confirmed three deaths and 52 cases of measles in the county.",
            [(3, "killed"), (52, "other")],
        ),
        (
            "The report counted 9 fatalities and 40 complaints about the road.",
            [(9, "killed"), (40, "other")],
        ),
    ],
)
def test_a_count_joined_to_a_harm_noun_is_its_own_tally(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two women among five dead in highway pile-up", [(2, "killed"), (5, "killed")]),
        ("Three officers among 20 injured in riot", [(3, "injured"), (20, "injured")]),
        (
            "Among the dead was a retired teacher who had boarded in Lyon.",
            [(1, "killed")],
        ),
        (
            "The farmer said he had lost his wife and three sons in the flood.",
            [(1, "killed"), (3, "killed")],
        ),
        (
            "Four people died in the blaze. The victims were an elderly man and his two "
            "granddaughters, the coroner said.",
            [(4, "killed"), (1, "killed"), (2, "killed")],
        ),
        (
            "Six people have died since May. One of the victims was a 70-year-old "
            "fisherman, the paper said.",
            [(6, "killed"), (1, "killed")],
        ),
    ],
)
def test_victims_named_as_the_dead_are_killed(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nine pupils among 30 students on the trip",
        "Two people were hurt in the robbery. The victims were two clerks, police said.",
        "The club lost two players to injury.",
        "Among the passengers was a nurse from Leeds.",
    ],
)
def test_groups_that_say_nothing_of_death_are_not_killed(text):
    assert all(category != "killed" for _, category in quantities(text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials said 300 homes had been destroyed and about 900 more damaged, along "
            "with four bridges.",
            [(300, "destroyed"), (900, "damaged"), (4, "damaged")],
        ),
        (
            "Some 120 shops were gutted and 80 more looted, together with four banks.",
            [(120, "destroyed"), (80, "damaged"), (4, "damaged")],
        ),
    ],
)
def test_gapped_and_added_conjuncts_take_the_nearest_participle(sentence, expected):
    assert quantities(sentence) == expected


def test_an_adjective_that_is_no_gapped_participle_says_nothing():
    assert quantities("The trapped men were aged between 24 and 51.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least 12 people remained missing and some 9,000 had been moved to evacuation "
            "centres.",
            [(12, "missing"), (9000, "displaced")],
        ),
        (
            "About 2,000 residents remained under evacuation orders, down from a peak of "
            "about 7,500 on Friday.",
            [(2000, "displaced"), (7500, "displaced")],
        ),
        ("A volunteer said the shelter was housing about 900 people.", [(900, "displaced")]),
        ("The shelter was housing around 450 people on Monday.", [(450, "displaced")]),
        (
            "Officials said the evacuation centre was housing 300 families.",
            [(300, "displaced")],
        ),
    ],
)
def test_the_evacuated_are_displaced(sentence, expected):
    assert quantities(sentence) == expected


def test_a_hotel_housing_guests_holds_no_displaced():
    assert quantities("The hotel was housing 200 guests for the conference.") == [(200, "other")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chief told reporters that at least 17 divers were unaccounted for, and that the "
        "list did not include volunteers.",
        "A spokesman said 17 divers were unaccounted for, but the navy had not confirmed it.",
        "The chief told reporters at the harbour that at least 17 divers were unaccounted for.",
    ],
)
def test_the_unaccounted_for_are_missing_whatever_the_next_clause_denies(sentence):
    assert (17, "missing") in quantities(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia puts its own losses over the same week at about 60 fighters.",
            [(60, "killed")],
        ),
        ("The army put its losses at 40 soldiers.", [(40, "killed")]),
        (
            "The monitor said at least 90 people had been killed since Friday. It said "
            "the figures included 31 soldiers and 22 militants.",
            [(90, "killed"), (31, "killed"), (22, "killed")],
        ),
    ],
)
def test_losses_and_members_of_a_toll_are_killed(text, expected):
    assert quantities(text) == expected


def test_members_of_a_count_of_no_one_harmed_are_other():
    text = "The school has 300 pupils. The figures included 40 teachers."
    assert quantities(text) == [(300, "other"), (40, "other")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Divers said 14 people had been pulled from the water alive, five of whom were "
            "flown to hospital.",
            [(14, "other"), (5, "injured")],
        ),
        (
            "The boat carried 60 migrants, nine of whom drowned.",
            [(60, "other"), (9, "killed")],
        ),
    ],
)
def test_a_part_counted_in_a_relative_clause_takes_its_own_verb(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The blaze spread to the roofs of three adjoining shops before it was put out.",
            [(3, "damaged")],
        ),
        ("Overnight the wildfire spread to 40 more houses.", [(40, "damaged")]),
    ],
)
def test_things_a_fire_spreads_to_are_damaged(sentence, expected):
    assert quantities(sentence) == expected


def test_what_protests_spread_to_is_not_damaged():
    assert quantities("The protests spread to six cities.") == [(6, "other")]


def test_a_part_of_a_group_from_the_sentence_before_takes_its_own_verb():
    text = "Six climbers were rescued on Friday. Three of them were flown to hospital."
    assert (3, "injured") in quantities(text)


def test_a_part_in_intensive_care_in_an_outbreak_is_sick():
    text = (
        "A measles outbreak hit the town. Forty children were infected. Two of them "
        "were taken to hospital."
    )
    assert (2, "injured") not in quantities(text)
