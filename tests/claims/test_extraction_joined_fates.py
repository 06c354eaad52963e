"""What befell those counted, read from the clause around the count: verbs
joined in a list, each with its own object; a later verb the subject shares;
a hospital speaking of "it"; and what is no count of anyone: an age a person
"was", "none of" the figures."""

import pytest

from .extracted import attributed_claim_with, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A tornado cut through the town on Saturday evening, killing two people, "
            "injuring at least 18 and destroying or damaging dozens of homes, police said.",
            [(2, "killed"), (18, "injured"), (None, "damaged")],
        ),
        (
            "The shooting killed two people and wounded four, and destroyed or damaged 11 cars.",
            [(2, "killed"), (4, "injured"), (11, "damaged")],
        ),
    ],
)
def test_each_joined_verb_with_an_object_of_its_own_keeps_its_own_fate(text, expected):
    assert quantities(text) == expected


def test_a_verb_joined_to_the_one_that_killed_and_sharing_its_object_is_still_killed():
    assert quantities("Gunmen shot and killed three villagers.") == [(3, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tornado tears through Kestle Lake, killing two and levelling dozens of homes",
            [(2, "killed"), (None, "destroyed")],
        ),
        (
            "The storm levelled 30 homes and damaged 200 more, officials said.",
            [(30, "destroyed"), (200, "damaged")],
        ),
    ],
)
def test_homes_levelled_are_destroyed(text, expected):
    assert quantities(text) == expected


def test_a_level_of_water_destroys_nothing():
    assert quantities("Water levels in 12 reservoirs fell sharply.") == [(12, "other")]


def test_one_grazed_by_a_bullet_is_injured():
    text = "Local media reported that a woman sitting in a car was grazed by a bullet."
    assert quantities(text) == [(1, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "The woman who died was 72 and lived alone in the house, the fire chief said.",
        "The victim was 19, police said.",
        "He was 45 and a father of two.",
    ],
)
def test_the_number_a_person_was_is_their_age(text):
    assert all(value not in {72, 19, 45} for value, _ in quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll was 72, officials said.", [(72, "killed")]),
        ("He was one of 12 people killed in the attack.", [(12, "killed")]),
    ],
)
def test_a_toll_or_a_group_one_belongs_to_is_still_a_count(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hobart Springs Memorial Hospital said it had treated at least four other people.",
        "Copley Valley Medical Center said it had received 22 patients.",
    ],
)
def test_patients_a_hospital_speaks_of_as_it_are_injured(text):
    assert [category for _, category in quantities(text)] == ["injured"]


def test_people_an_evacuation_centre_received_are_not_patients():
    text = "The evacuation centre said it had received 200 people overnight."
    assert quantities(text) != [(200, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two other occupants, a woman and a teenage boy, escaped through a window "
            "and were taken to hospital, he said.",
            [(2, "injured")],
        ),
        (
            "More than 600 fighters walked out of the foundry on Thursday and were taken "
            "into custody.",
            [(600, "detained")],
        ),
    ],
)
def test_a_later_verb_the_subject_shares_says_what_befell_it(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # by convention the rescued count apart, wherever they were taken
        ("Police said 15 people had been rescued alive and taken to hospital.", [(15, "other")]),
        (
            "Two site supervisors were questioned on Tuesday but had not been detained.",
            [(2, "other")],
        ),
        ("Two men fled the scene and police later arrested a third.", [(2, "other")]),
    ],
)
def test_no_shared_fate_from_a_rescue_a_denial_or_another_subject(text, expected):
    assert quantities(text)[:1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "None of the casualty figures could be independently verified.",
        "None of the figures given by either side could be confirmed.",
    ],
)
def test_none_of_the_figures_counts_no_one(text):
    assert quantities(text) == []


def test_none_of_the_passengers_is_still_a_count_of_no_one_hurt():
    assert quantities("None of the passengers was hurt.") == [(0, "injured")]


def test_attackers_a_military_neutralised_are_killed():
    text = 'The army said its troops had "neutralised" 15 attackers during a pursuit.'
    assert quantities(text) == [(15, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said he had lost at least a dozen friends to the disease.", [(12, "killed")]),
        # colleagues a union "lost" lost their jobs
        ("The union said its members had lost 400 colleagues since 2015.", [(400, "other")]),
    ],
)
def test_friends_one_lost_are_dead(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescue officials put the number of missing at about 50.", [(50, "missing")]),
        ("The group has previously put the number of people seized at 13.", [(13, "detained")]),
        ("Gunmen seized 13 aid workers on the road to Tel Haruq.", [(13, "detained")]),
        ("Police seized 40 rifles in the raid.", [(40, "other")]),
    ],
)
def test_the_missing_and_people_seized_keep_their_fate(text, expected):
    assert quantities(text) == expected


def test_it_after_a_body_spoke_is_that_body_not_a_subject_of_what_it_said():
    text = (
        "The Defence Ministry said 17 of its soldiers had been killed when rebel forces "
        "attacked positions near the pass. It said its troops had repelled the attack."
    )
    claim = attributed_claim_with(text, "repelled the attack")
    assert claim.speaker == "Defence Ministry"


def test_tents_destroyed_are_things_not_people_killed():
    text = "The UN refugee agency said about 60 tents had been destroyed."
    assert quantities(text) == [(60, "destroyed")]


def test_a_thing_whose_part_was_blown_out_is_damaged():
    text = (
        "The two houses were badly damaged and a further 14 properties had their windows blown out."
    )
    assert quantities(text) == [(2, "damaged"), (14, "damaged")]


def test_each_part_among_them_shares_the_groups_fate():
    text = (
        "The monitor said it had recorded the names of 24 people killed, among them nine "
        "children and four women."
    )
    assert quantities(text) == [(24, "killed"), (9, "killed"), (4, "killed")]


def test_a_toll_a_clause_puts_at_a_figure_is_that_toll():
    text = (
        "The army said 11 people were killed. Local officials said the toll was higher than "
        "the army's figure, putting it at 17."
    )
    assert quantities(text) == [(11, "killed"), (17, "killed")]


def test_a_crowd_put_at_a_figure_is_no_toll():
    text = "Three people were killed. Organisers estimated it at 8,000, the largest rally in years."
    assert (8000, "killed") not in quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thirty people were killed in the raid. The prosecutor said it had established "
            "the names of 22 of the victims.",
            [(30, "killed"), (22, "killed")],
        ),
        (
            "Soldiers killed 12 villagers on Monday. Witnesses said the victims, including "
            "five children, had posed no threat.",
            [(12, "killed"), (5, "killed")],
        ),
    ],
)
def test_a_part_of_the_victims_just_counted_shares_their_fate(text, expected):
    assert quantities(text) == expected


def test_some_of_the_victims_is_no_new_count():
    text = "Forty people were injured. She said some of the victims were children."
    assert quantities(text) == [(40, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "The woman, identified by the county coroner as Marisa Delacroix, 34, was "
        "pronounced dead at the scene.",
        "The driver, named by police as Dale Ruttiger, 49, died at the scene.",
    ],
)
def test_one_named_by_the_coroner_or_police_who_died_is_one_dead(text):
    assert quantities(text) == [(1, "killed")]


def test_one_described_by_what_befell_them_is_still_who_the_dead_was():
    text = "The man who died was a fitter at the plant, his employer said."
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the escapees was shot dead on Monday at a roadblock.", [(1, "killed")]),
        ("One of the fishermen drowned, the coastguard said.", [(1, "killed")]),
    ],
)
def test_one_of_a_group_shot_dead_or_drowned_is_one_dead(text, expected):
    assert quantities(text) == expected


def test_one_of_a_group_shot_at_is_no_count():
    assert quantities("One of the officers shot at the car as it drove off.") == []
