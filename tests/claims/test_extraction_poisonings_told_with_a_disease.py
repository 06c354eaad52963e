"""People poisoned are hurt, by convention, even where the article names a
disease in passing ("symptoms they mistook for flu"); people who fell ill
from food poisoning are hurt too. The sick of an outbreak stay other."""

import pytest

from .extracted import quantities

LEAK = (
    "Two dead, five in hospital after carbon monoxide leak at lakeside cabins\n\n"
    "Two people died and five others were taken to hospital with carbon monoxide poisoning "
    "after a leak at a holiday cabin, the fire service said. Carbon monoxide had built up "
    "from a faulty boiler. Relatives said the couple had complained of headaches they put "
    "down to flu."
)


def test_a_poisoning_that_names_a_disease_in_passing_is_still_a_poisoning():
    assert (5, "injured") in quantities(LEAK)


@pytest.mark.parametrize(
    "text",
    [
        "More than 40 people have fallen ill with suspected food poisoning after a wedding "
        "banquet, health officials said.",
        "Officials said 12 workers fell ill after inhaling chlorine fumes at the plant.",
    ],
)
def test_people_who_fell_ill_from_poison_are_hurt(text):
    assert quantities(text)[0][1] == "injured"


def test_the_sick_of_an_outbreak_stay_other():
    text = (
        "Measles cases rise in Harwick\n\n"
        "Health officials said 23 more children had fallen ill with measles this week as the "
        "outbreak spread to two more schools. Measles is highly contagious."
    )
    assert (23, "injured") not in quantities(text)
