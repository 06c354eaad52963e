"""Counts written without a number: one held, "the other", a person told of
again with "the", the dead named one by one, one thing of each kind damaged,
and headline verbs the tagger reads as nouns; hospitals by name."""

import pytest

from claims.extraction import extract
from tests.claims.extracted import quantities


@pytest.mark.parametrize(
    "text",
    [
        "A 22-year-old woman was detained at the border crossing on Monday.",
        "Police said a second man had been arrested in a flat above the shop.",
        "Ferry sinks off Crete; captain arrested",
    ],
)
def test_one_person_held_is_one_detained(text):
    assert (1, "detained") in quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "A 40-year-old man was charged with arson on Friday.",
        "A lorry driver was questioned by officers but has not been arrested.",
    ],
)
def test_charged_or_not_arrested_is_no_one_detained(text):
    assert all(category != "detained" for _, category in quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One was killed instantly and the other was badly hurt.", [(1, "killed"), (1, "injured")]),
        (
            "One remains missing, and the other was treated for hypothermia at the scene.",
            [(1, "missing"), (1, "injured")],
        ),
    ],
)
def test_the_other_after_one_is_one_more(text, expected):
    assert quantities(text) == expected


def test_the_other_without_one_is_no_count():
    assert quantities("The other was treated for cuts at the scene.") == []


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Depot blast in Kelvary injures at least 40", [(40, "injured")]),
        ("Ferry fire in Lagos injures 23", [(23, "injured")]),
    ],
)
def test_a_headline_verb_read_as_a_plural_noun_still_takes_its_count(headline, expected):
    assert quantities(headline) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man died. A cyclist was taken to Riverside Medical Centre with a broken leg.",
        "A woman was killed. A pedestrian was taken to the Royal Infirmary with head wounds.",
    ],
)
def test_someone_taken_to_a_hospital_named_as_a_centre_or_infirmary_is_injured(text):
    assert (1, "injured") in quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator said all passengers had been accounted for by nightfall.",
        "All the hikers were accounted for on Sunday, rescuers said.",
    ],
)
def test_all_accounted_for_is_none_missing(text):
    assert quantities(text) == [(0, "missing")]


@pytest.mark.parametrize(
    "text",
    [
        "Not all residents have been accounted for.",
        "All guests have not yet been accounted for.",
    ],
)
def test_not_all_accounted_for_counts_no_one(text):
    assert (0, "missing") not in quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pilot, who survived with serious burns, was flown to the capital.",
        "Officers said the cashier, who escaped with a head wound, had called them.",
    ],
)
def test_a_survivor_set_off_by_commas_with_a_harm_is_one_injured(text):
    assert quantities(text) == [(1, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "The pilot, who escaped with a warning, was grounded for a month.",
        "The cashier who survived with cuts spoke to reporters.",
    ],
)
def test_a_survivor_without_a_harm_or_an_aside_is_no_count(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Three climbers died and a fourth was badly hurt.",
            [(3, "killed"), (1, "injured")],
        ),
        ("Two guards were shot dead and a third is missing.", [(2, "killed"), (1, "missing")]),
        ("A third of the cabins were damaged.", []),
    ],
)
def test_a_third_after_a_count_is_one_more(sentence, expected):
    assert quantities(f"Avalanche\n\n{sentence}") == expected


@pytest.mark.parametrize(
    "text",
    [
        "A cyclist swerved into a ditch and was treated for a broken arm.",
        "A passenger climbed out of the wreck and was flown to hospital with head injuries.",
    ],
)
def test_a_later_verb_sharing_the_subject_says_one_was_hurt(text):
    assert quantities(text) == [(1, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour heard the shots and called police.",
        "A woman ran from the house and was not hurt.",
    ],
)
def test_a_later_verb_that_tells_no_harm_counts_no_one(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A second man, a 30-year-old from Leeds, was wounded in the attack.", [(1, "injured")]),
        ("Police said a hiker, a retired teacher from Bern, was killed by rocks.", [(1, "killed")]),
    ],
)
def test_a_person_and_the_aside_renaming_them_are_one(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people were killed. Among the dead was a retired nurse.",
            [(3, "killed"), (1, "killed")],
        ),
        (
            "Five workers died. One of the victims was a 58-year-old father of three.",
            [(5, "killed"), (1, "killed")],
        ),
        (
            "Two people died in the blaze. The victims were an elderly man and his wife.",
            [(2, "killed"), (2, "killed")],
        ),
    ],
)
def test_the_dead_named_one_by_one_are_counted(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was a teacher.",
        "The gunman was a 30-year-old man.",
        # victims of a crime no one died in are not the dead
        "Two men were robbed at gunpoint. The victims were a taxi driver and his son.",
    ],
)
def test_a_copula_naming_who_someone_is_counts_no_dead(text):
    assert all(category != "killed" for _, category in quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A diver was reported missing on Sunday but was found safe hours later.", []),
        ("A climber was reported missing and was found dead on Tuesday.", [(1, "killed")]),
    ],
)
def test_one_found_after_being_reported_missing_is_not_missing(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A mosque, a school and two shops were flattened.",
            [(1, "destroyed"), (1, "destroyed"), (2, "destroyed")],
        ),
        ("Her cousin's farm was destroyed by the floods.", [(1, "destroyed")]),
        (
            "The storm damaged the village's only bridge and a water tower.",
            [(1, "damaged"), (1, "damaged")],
        ),
        ("Shrapnel damaged a parked excavator.", [(1, "damaged")]),
        # an aside renaming the thing is the same thing
        ("A barn, a timber building from 1850, was destroyed.", [(1, "destroyed")]),
        # where someone lived, or a thing said to be spared, is no damage
        ("She grew up in her grandmother's house.", []),
        ("The mayor's office was not damaged.", []),
        # the driver is one hurt; the ambulance is no damage
        ("An ambulance took the driver to hospital.", [(1, "injured")]),
    ],
)
def test_one_thing_of_each_kind_named_is_counted(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The driver, who was hit in the chest, was flown to a trauma centre.", [(1, "injured")]),
        ("The guard, who was stabbed in the arm, told reporters he was lucky.", [(1, "injured")]),
        ("The cyclist, who was struck in the head, died at the scene.", [(1, "killed")]),
        # an aside with no wound in it counts no one
        ("The officer, who was not hit in the exchange, fired twice.", []),
        ("The nurse, who was trained in the capital, treated the patients.", []),
    ],
)
def test_a_named_person_an_aside_says_was_hit_in_the_body_is_one_hurt(text, expected):
    assert quantities(text) == expected


def test_victims_named_after_the_hurt_were_told_of_are_not_all_dead():
    text = "Two people were shot late on Friday, one fatally. The victims were a man and a woman."
    named = [q for c in extract(text) if "victims" in c.text for q in c.quantities]
    assert named == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six climbers were airlifted off the ridge. One of them is in a critical condition.", 1),
        ("Nine passengers were hurt. One of the injured later died.", 1),
    ],
)
def test_one_of_a_group_in_a_grave_condition_or_dying_is_a_count(text, expected):
    second = extract(text)[-1]
    assert [q.value for q in second.quantities] == [expected]
    assert second.quantities[0].category in {"injured", "killed"}


def test_one_of_a_group_who_only_speaks_is_no_count():
    text = "Six climbers were airlifted off the ridge. One of them told reporters it was cold."
    assert all(not c.quantities for c in extract(text)[1:])


@pytest.mark.parametrize(
    "sentence",
    [
        "A witness said she heard five shots.",
        "The gunman fired at least nine rounds before fleeing.",
        "She was charged with arson and two counts of fraud.",
        "He suffered three stab wounds.",
    ],
)
def test_shots_charges_and_wounds_are_not_claim_figures(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was shot outside a bar on Friday. The man was pronounced dead at the scene.",
            [(1, "killed")],
        ),
        (
            "Two cars collided on Route 9. The driver was taken into custody, police said.",
            [(1, "detained")],
        ),
        (
            "A fire broke out on Main Street. The woman was treated at the scene for burns.",
            [(1, "injured")],
        ),
    ],
)
def test_a_person_told_of_again_with_the_is_one_again(text, expected):
    assert [q for q in quantities(text) if q[1] != "other"][-1:] == expected


def test_the_dead_man_named_by_a_relative_clause_is_no_new_count():
    text = (
        "A worker died when a trench collapsed. The man who died, named locally as Piotr "
        "Nowak, was a father of two."
    )
    assert quantities(text) == [(1, "killed")]
