"""What a tally counts and what state people are left in: "the number of
homes destroyed" counts homes, people "buried under the rubble" are trapped,
patients "in fair condition" are hurt, homes that "took on water" are
damaged, and a name set beside its age is no count, whatever the tagger
took the name for."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The authority put the number of homes destroyed at more than 1,100, "
            "with around 3,000 others damaged.",
            [(1100, "destroyed"), (3000, "damaged")],
        ),
        ("The ministry put the number of villages flooded at 40.", [(40, "damaged")]),
        ("Officials put the number of people killed at 45.", [(45, "killed")]),
    ],
)
def test_a_tally_put_at_a_number_counts_what_it_names(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake killed at least 38 people and left dozens more buried under the rubble.",
            [(38, "killed"), (None, "missing")],
        ),
        ("Rescuers said as many as 200 people may have been buried.", [(200, "missing")]),
        ("Three miners were buried under the mud when the tunnel gave way.", [(3, "missing")]),
        # laid to rest: the dead
        ("We buried three of the children this morning.", [(3, "killed")]),
        # the ones burying are no count of the buried
        ("Many families buried their children without telling the clinics.", []),
    ],
)
def test_people_buried_by_a_disaster_are_trapped(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the four wounded, one was in critical condition and three were in fair condition.",
            [(4, "injured"), (1, "injured"), (3, "injured")],
        ),
        ("Two passengers were in satisfactory condition on Monday.", [(2, "injured")]),
    ],
)
def test_a_patients_hospital_grade_says_they_were_hurt(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said at least 45 homes had taken on water.", [(45, "damaged")]),
        ("Twelve shops took on water when the river burst its banks.", [(12, "damaged")]),
    ],
)
def test_buildings_that_took_on_water_are_damaged(text, expected):
    assert quantities(text) == expected


def test_part_of_a_group_named_in_the_sentence_before_shares_its_fate():
    text = "Four people were wounded in the shooting. Two of them are women."
    assert quantities(text) == [(4, "injured"), (2, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "The fire killed Rosa Delacruz, 71, and her grandchildren Mateo, 9, and Lucia, 6.",
        "The crash killed Ana Bell, 40, and her sons Tobin, 12, and Eli, 8.",
    ],
)
def test_ages_beside_names_in_a_list_of_the_dead_are_no_count(text):
    assert all(value not in {6, 8, 9, 12} for value, _ in quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        'A spokesman said the army had "no interest" in striking hospitals.',
        "The council showed no appetite for closing the shelters.",
    ],
)
def test_no_with_a_word_that_counts_nothing_is_no_zero(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If convicted of felony murder, Whitlock faces up to life in prison.",
        "The driver risks a long spell in jail.",
    ],
)
def test_a_penalty_someone_faces_holds_no_one(text):
    assert quantities(text) == []


def test_a_man_named_by_his_deed_in_a_headline_is_not_its_victim():
    text = "Man who set fire to neighbour's front door jailed for nine years"
    assert all(category != "injured" for _, category in quantities(text))


def test_goods_captured_are_no_count_of_people_held():
    text = "Rebels captured 300 rifles and 12 soldiers."
    assert quantities(text) == [(300, "other"), (12, "detained")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people living in the flat above the shop - a couple and their "
            "11-year-old son - were treated in hospital for smoke inhalation.",
            [(3, "injured")],
        ),
        ("Two people, a man and a woman, were killed in the crash.", [(2, "killed")]),
    ],
)
def test_an_aside_naming_the_members_of_a_counted_group_counts_no_one_new(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A large oak came down on a school bus, injuring the driver and three students.",
            [(1, "injured"), (3, "injured")],
        ),
        ("The blast killed two soldiers and the interpreter.", [(2, "killed"), (1, "killed")]),
        # "the" alone names someone told of again, and each mention is a claim
        ("The driver was taken to hospital.", [(1, "injured")]),
    ],
)
def test_a_person_named_by_role_beside_a_count_is_one_more(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cyclist dies after hit-and-run on A6183 near Fernhallow", [(1, "killed")]),
        (
            "Body of missing swimmer recovered from reservoir, sheriff's office says",
            [(1, "killed")],
        ),
        ("Search for missing bushwalker in the ranges enters fourth day", [(1, "missing")]),
    ],
)
def test_a_headline_s_bare_person_is_one(text, expected):
    assert quantities(text) == expected


def test_one_among_those_hurt_is_one_hurt():
    assert quantities("Police said the train's engineer was among those hurt.") == [(1, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harmon Elementary's roughly 310 students will be moved to Castillo and "
            "Brookview schools next fall.",
            [(310, "other")],
        ),
        ("About 200 residents were moved to a school gym.", [(200, "displaced")]),
    ],
)
def test_pupils_moved_to_another_school_are_not_displaced(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers said at least 3,000 head of cattle had been moved to higher ground.",
            [(3000, "other")],
        ),
        ("The floods killed 200 sheep and two farmers.", [(200, "other"), (2, "killed")]),
    ],
)
def test_animals_are_no_casualties(text, expected):
    assert quantities(text) == expected


def test_a_multiplier_hyphened_on_is_part_of_the_number():
    text = "The board voted to erase a $6.8-million deficit."
    assert quantities(text) == [(6_800_000, "other")]


def test_the_span_of_ages_of_those_arrested_is_no_count():
    text = "Police said those arrested range in age from 19 to 52 and face drug charges."
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The four wounded - two men and two women between the ages of 17 and 24 - were "
        "taken to hospital.",
        "Shane Costigan (34) is charged with causing the death of Brendan Halloran (58).",
    ],
)
def test_ages_in_brackets_or_between_the_ages_of_are_no_counts(text):
    assert all(value not in {17, 24, 34, 58} for value, _ in quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "His trial opened on Tuesday before a jury of seven men and five women.",
        "His widow was in court with three of the couple's children.",
        "Two witnesses told the Review that the pickup ran the stop sign.",
    ],
)
def test_a_jury_kin_in_court_and_the_witnesses_who_spoke_are_no_figures(text):
    assert quantities(text) == []


def test_a_count_reported_by_its_sources_is_still_a_figure():
    text = (
        "Aid workers said conditions were dire, with at least 46 suspected cholera cases reported."
    )
    assert quantities(text) == [(46, "other")]


def test_pronounced_deceased_is_a_death():
    text = "A man in his 20s was recovered from the water and later pronounced deceased."
    assert quantities(text) == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen kill at least 17 in Dalemi farming villages, police say", [(17, "killed")]),
        ("The agency put the number of displaced at 8,200.", [(8200, "displaced")]),
        (
            "Seventeen people were taken to hospital suffering from dehydration and hypothermia.",
            [(17, "injured")],
        ),
        (
            "We have four patients in intensive care, including a 10-year-old girl.",
            [(4, "injured")],
        ),
        (
            "Survivors said at least five people had fallen overboard and were never seen again.",
            [(5, "missing")],
        ),
        ("Three fishermen were never seen again.", [(3, "missing")]),
    ],
)
def test_what_befell_people_read_from_the_words_around_the_count(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Djelbara says six hostages freed after five months in captivity", [(6, "other")]),
        (
            "Four aid workers and two drivers who were kidnapped in March have been freed.",
            [(4, "other"), (2, "other")],
        ),
    ],
)
def test_hostages_freed_are_held_no_longer(text, expected):
    assert quantities(text) == expected


def test_anyone_names_no_one_held():
    text = "The ministry denied that anyone had been arrested for their political views."
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said he had lost "a couple of hundred" sheep on Sunday.', [(200, "other")]),
        ("A couple of residents were hurt.", [(2, "injured")]),
    ],
)
def test_a_couple_of_hundred_is_about_two_hundred(text, expected):
    assert quantities(text) == expected


def test_a_toll_free_number_is_no_figure():
    text = (
        "Anyone who saw the crash is asked to call the RCMP detachment at 403-555-0127 "
        "or Crime Stoppers at 1-800-555-0199."
    )
    assert quantities(text) == []


def test_a_part_of_the_subject_hung_on_the_verb_is_not_its_object():
    text = (
        "About 350 people spent the night at the evacuation centre, many of them "
        "with pets and livestock."
    )
    assert quantities(text) == [(350, "displaced")]
