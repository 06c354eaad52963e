"""A part of a count that says how badly it was hurt ("three were injured,
one of them critically") is a count of its own, in the claim of the count
it belongs to; "neither officer was hurt" counts no one hurt; and "she was
pronounced dead" tells of one death."""

import pytest

from .extracted import attributed_claim_with, claim_with, quantities


@pytest.mark.parametrize(
    "text, part",
    [
        (
            "Four people were hurt, one of them critically, when a car hit a bus shelter, "
            "police said.",
            "one of them critically",
        ),
        (
            "Two other passengers were taken to hospital, one of them with serious injuries, "
            "paramedics said.",
            "one of them with serious injuries",
        ),
    ],
)
def test_a_part_set_off_after_a_count_is_counted_in_that_claim(text, part):
    claim = attributed_claim_with(text, part)
    assert [q.value for q in claim.quantities] == [claim.quantities[0].value, 1]
    assert {q.category for q in claim.quantities} == {"injured"}


@pytest.mark.parametrize(
    "text",
    [
        "The children were in a stable condition, a spokeswoman said, adding that one of them "
        "had suffered a broken arm.",
        "Two shoppers held the man until officers arrived, and one of them had suffered a "
        "deep cut to his hand, police said.",
    ],
)
def test_one_of_a_group_who_suffered_a_harm_is_one_hurt(text):
    assert (1, "injured") in quantities(text)


def test_one_of_a_group_doing_something_counts_no_one():
    text = "Four men were arrested. One of them opened fire as officers arrived, police said."
    assert quantities(text) == [(4, "detained")]


@pytest.mark.parametrize(
    "text",
    ["Neither officer was injured, police said.", "Neither driver was hurt in the crash."],
)
def test_neither_person_hurt_counts_none_hurt(text):
    assert quantities(text) == [(0, "injured")]


def test_neither_sides_figures_count_nothing():
    text = "Neither side's figures could be verified. The army said 12 soldiers died."
    assert quantities(text) == [(12, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot outside a bar on Elm Street late Saturday. He was pronounced dead at "
        "the scene, police said.",
        "Firefighters found a woman in the kitchen. She was declared dead at the scene.",
    ],
)
def test_a_lone_person_pronounced_dead_is_one_death(text):
    claim = claim_with(text, "dead at")
    assert [(q.value, q.category) for q in claim.quantities] == [(1, "killed")]


def test_a_pronoun_taken_to_hospital_is_no_new_count():
    text = "A man was stabbed on Friday. He was taken to hospital, police said."
    assert all(
        q.value != 1 or q.category != "injured" for q in claim_with(text, "He was").quantities
    )
