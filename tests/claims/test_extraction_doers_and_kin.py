"""Who did the harm and who took it: the subject of an active verb with an
object of its own is the doer; what a contest or a budget "eliminates" is no
kill; kin counted to describe someone are no figure; a subject the parser
hands to "said" is mended back onto its clause; British ranks without a full
stop are titles."""

import pytest

from .extracted import attributed_claim_with, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two gunmen killed three villagers on Monday.", [(2, "other"), (3, "killed")]),
        (
            "More than 150 officers executed warrants at nine addresses in the town.",
            [(150, "other"), (9, "other")],
        ),
        ("Three soldiers destroyed a tank near the border.", [(3, "other"), (1, "destroyed")]),
        ("Two men injured a guard during the robbery.", [(2, "other"), (1, "injured")]),
    ],
)
def test_the_subject_of_an_active_harm_verb_did_the_harm(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject's own homes, lives and wounds are still their loss
        ("About 1,000 people fled their homes overnight.", [(1000, "displaced")]),
        ("Four soldiers lost their lives in the ambush.", [(4, "killed")]),
        ("Two men suffered burns in the blaze.", [(2, "injured")]),
        ("About 4,000 people spent a second night in tents.", [(4000, "displaced")]),
    ],
)
def test_a_subject_that_took_the_harm_keeps_its_category(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kavalam won the runoff after securing the backing of three eliminated candidates.",
            [(3, "other")],
        ),
        ("The plan eliminates 38 positions at the depot.", [(38, "other")]),
        ("The army said it had eliminated 30 militants in the raid.", [(30, "killed")]),
        ("Five terrorists were eliminated, the ministry said.", [(5, "killed")]),
    ],
)
def test_only_fighters_are_eliminated_as_a_kill(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We trusted her," said Hector Vasquez, whose two sons play in the league.',
        "Arriaga had worked at the plant for years and was the father of two young daughters.",
        "Carmen Ledoux, who lives two blocks from the creek, watched the water rise.",
    ],
)
def test_kin_and_distances_that_describe_someone_are_not_figures(text):
    assert quantities(text) == []


def test_kin_harmed_are_still_counted():
    assert quantities("His two sons were killed in the blast.") == [(2, "killed")]


def test_a_year_before_a_named_event_is_no_count():
    text = "A court jailed the former colonel over the 2019 Hazmarin killings."
    assert quantities(text) == []
    text = "A court jailed the former colonel over 2019 Hazmarin killings."
    assert quantities(text) == []


def test_a_subject_read_as_what_was_said_is_mended():
    text = (
        "Detective Colin Ferris, who led the operation, said eight men and three "
        "women, aged between 16 and 52, were being held on suspicion of conspiracy."
    )
    claim = attributed_claim_with(text, "eight men")
    assert claim.speaker == "Colin Ferris"
    assert [(q.value, q.category) for q in claim.quantities] == [(8, "detained"), (3, "detained")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Det Supt Colin Ferris said 11 people had been arrested.", "11 people", "Colin Ferris"),
        ("Ch Insp Ana Marr said two officers were hurt.", "two officers", "Ana Marr"),
        ("Cllr Joan Pike said 40 homes were flooded.", "40 homes", "Joan Pike"),
    ],
)
def test_a_rank_without_a_full_stop_is_a_title(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man stabbed a takeaway delivery driver to death on Friday.", [(1, "killed")]),
        ("A man was beaten to death in his home.", [(1, "killed")]),
    ],
)
def test_harm_to_death_is_a_death(text, expected):
    assert quantities(text) == expected


def test_a_man_jailed_for_life_is_sentenced_not_counted_as_detained():
    assert quantities("A man was jailed for life on Friday.") == []
    assert quantities("A man was arrested on Friday.") == [(1, "detained")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fourteen people have been reported missing in the ranges over ten years, and "
            "13 of them were found alive.",
            [(14, "missing"), (13, "other")],
        ),
        ("Two hikers were found safe on Sunday.", [(2, "other")]),
    ],
)
def test_people_found_alive_are_missing_no_more(text, expected):
    assert quantities(text) == expected


def test_a_headline_count_with_its_own_participle_keeps_its_own_fate():
    text = "Grandmother dies and two children rescued after house fire"
    assert quantities(text) == [(1, "killed"), (2, "other")]


def test_units_destroyed_are_homes_not_people():
    assert quantities("Sixteen of the building's 38 units were destroyed.") == [(16, "destroyed")]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the complex, which has 96 units, has seen a string of break-ins.",
        "The forum, which has 39 members drawn from six county councils, met on Monday.",
        "The crash happened near mile marker 37 of the Valley Link line.",
        "The impact tore the truck in two.",
        "We've got the '74 flood marks on the wall.",
    ],
)
def test_descriptions_markers_and_idioms_are_not_figures(text):
    assert quantities(text) == []


def test_what_a_place_had_at_the_time_is_the_storys_count():
    text = "The home, which had 42 residents at the time, was staffed by three carers."
    assert (42, "other") in quantities(text)


def test_staff_funded_for_a_hospital_are_not_patients():
    text = "Funding for 22 additional nurses had been approved for the hospital this year."
    assert quantities(text) == [(22, "other")]


def test_both_people_named_by_their_noun_are_two():
    text = "Both men, aged 26 and 51, were taken to Lowdrummond General Hospital."
    assert quantities(text) == [(2, "injured")]


def test_a_church_office_is_a_title():
    text = '"We lost perhaps 200 slates off the roof," said Churchwarden Gillian Farrow.'
    assert attributed_claim_with(text, "200 slates").speaker == "Gillian Farrow"


def test_people_taken_to_a_hospital_where_they_died_are_dead():
    text = "Both teens were taken to a hospital, where they died the next day."
    assert quantities(text) == [(2, "killed")]
    text = "Three people were taken to a hospital, where they were treated."
    assert quantities(text) == [(3, "injured")]


def test_a_subject_mended_past_a_participle_set_off_by_commas():
    text = (
        "Sela Morrow, a spokeswoman for Varesh Railways, said the train, carrying about "
        "600 passengers, was travelling at nearly 90 km/h when it hit the wagons."
    )
    assert attributed_claim_with(text, "600 passengers").speaker == "Sela Morrow"


def test_a_time_between_the_hearer_and_the_clause_is_no_subject():
    text = "The mayor told reporters on Monday the bridge was unsafe."
    assert attributed_claim_with(text, "bridge was unsafe").text == "the bridge was unsafe"


def test_a_rank_without_a_full_stop_is_found_again_by_its_word():
    text = (
        "Det Supt Colin Ferris said 11 people had been arrested. Police searched nine "
        "homes, the superintendent said."
    )
    assert attributed_claim_with(text, "nine homes").speaker == "Colin Ferris"
