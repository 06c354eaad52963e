"""A body goes by the full name the article gives it, whatever a sentence
shortens it to: the gold conventions name organisations "by their full name
rather than an acronym the article expands"."""

import pytest

from .extracted import attributed_claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the acronym alone, after the body was named in full
        (
            "The Coastal Rescue Alliance (CRA) sent four boats. The CRA said "
            "nine fishermen were still missing on Sunday.",
            "nine fishermen",
            "Coastal Rescue Alliance",
        ),
        # the acronym inside an unnamed source's wording
        (
            "The Mining Safety Board (MSB) opened an inquiry on Monday. An MSB "
            "spokesman said the shaft would stay closed for a month.",
            "the shaft would stay closed",
            "Mining Safety Board spokesman",
        ),
        # "the agency" standing for a body known by its acronym
        (
            "Rain fell for a third day, the Lowland Flood Agency (LFA) said. "
            "The agency said 300 homes had been flooded.",
            "300 homes",
            "Lowland Flood Agency",
        ),
    ],
)
def test_an_acronym_speaks_under_the_full_name_the_article_gives(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_an_officer_named_before_the_body_is_not_part_of_its_short_name():
    text = (
        "Shots were fired at 2 a.m., said Sergeant Ellen Brody of the Marsh "
        "County Sheriff's Office (MCSO). The office said the suspect had fled."
    )
    assert (
        attributed_claim_with(text, "the suspect had fled").speaker
        == "Marsh County Sheriff's Office"
    )


def test_a_capitalised_name_the_recogniser_missed_is_not_another_body_of_its_kind():
    text = (
        "Scuffles broke out near the Education Ministry when marchers pushed "
        "against a police line, witnesses said.\n\nThe Interior Ministry denied "
        'that officers had used batons. "Our officers showed restraint," '
        "ministry spokesman Ivo Brel said."
    )
    claim = attributed_claim_with(text, "officers had used batons")
    assert (claim.speaker, claim.stance) == ("Interior Ministry", "denies")
