"""Counts of patients, of the held and of the dead that the wording hides:
"17 others remained critical" and a headline's "31 dead, 17 critical" are
the badly hurt; a headline's bare "63 held" or "9 treated" is headline
grammar for "were held", "were treated"; people treated for heat exhaustion
are hurt even where the story names a disease too; and every part of a
group fronted as the dead ("Of the 19 deaths, three were overdoses") died,
however each part is described. Patients "under treatment" or "discharged
after treatment" were hurt, and an aside "with 12 of the injured in
critical condition" keeps them injured whatever the clause's verb says."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The toll climbed to 26 on Friday, while 11 others remained critical.",
            [(26, "killed"), (11, "injured")],
        ),
        ("Bus plunge: toll reaches 14 in Hallorn, 6 critical", [(14, "killed"), (6, "injured")]),
        ("Four of the patients are critical, a doctor said.", [(4, "injured")]),
    ],
)
def test_a_count_said_to_be_critical_is_of_the_badly_hurt(text, expected):
    assert quantities(text) == expected


def test_critical_as_an_attribute_counts_no_one():
    assert quantities("Storms cut power to 3 critical water plants.") == [(3, "other")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dock strike: union says 41 held", [(41, "detained")]),
        ("Gas leak at school: 12 treated, 300 evacuated", [(12, "injured"), (300, "displaced")]),
    ],
)
def test_a_headline_count_before_a_bare_participle_is_passive(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three ministers have held talks with the strikers.",
        "The 12 delegates held a vote on Monday.",
    ],
)
def test_people_holding_talks_are_not_held(text):
    assert not any(category == "detained" for _, category in quantities(text))


def test_heat_exhaustion_is_harm_beside_a_named_disease():
    text = (
        "Health officials said 14 marchers died of heatstroke and 208 others were treated for "
        "heat exhaustion during the procession. Many of the dead had heart disease, a doctor "
        "said."
    )
    assert (208, "injured") in quantities(text)


def test_patients_of_an_outbreak_stay_sick_not_hurt():
    text = "Cholera has spread to four districts. Some 208 people were treated for the disease."
    assert (208, "injured") not in quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 23 deaths, four were ruled accidental and two were classified as overdoses.",
        "Of the 40 fatalities recorded last year, at least nine were pedestrians.",
    ],
)
def test_parts_of_the_dead_are_dead(text):
    found = quantities(text)
    assert found[1:] and all(category == "killed" for _, category in found)


def test_parts_of_the_injured_keep_their_own_fate():
    assert quantities("Of the 40 injured, three later died.") == [(40, "injured"), (3, "killed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officials said 26 people remained under treatment.", [(26, "injured")]),
        ("Eleven others had been discharged after treatment for cuts.", [(11, "injured")]),
        ("Nine people were discharged from hospital on Monday.", [(9, "injured")]),
    ],
)
def test_patients_under_treatment_or_discharged_were_hurt(text, expected):
    assert quantities(text) == expected


def test_soldiers_discharged_from_the_army_are_not_patients():
    assert quantities("Three soldiers were discharged from the army.") == [(3, "other")]


def test_an_aside_on_a_part_of_the_injured_keeps_them_injured():
    text = "The toll had risen to 37, with 12 of the injured still in critical condition."
    assert quantities(text) == [(37, "killed"), (12, "injured")]
