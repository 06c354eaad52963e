"""People's names the recogniser reads wrongly: a name after a post and its
bracketed initials ("Superintendent of Police (SP) Meera Joshi"), a given
name the tagger takes for a noun, one name read as two people side by side,
a surname whose particle opens the sentence ("De Vries said"), and a full
name left unlabelled where only a later bare surname was read as a person."""

import pytest

from .extracted import attributed_claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The truck skidded off the wet road near the river bridge, Superintendent of Police "
            '(SP) Anjali Rawat said on Monday. "Nine people have been rescued," Rawat said.',
            "The truck skidded",
            "Anjali Rawat",
        ),
        (
            "The truck skidded off the wet road near the river bridge, Superintendent of Police "
            '(SP) Anjali Rawat said on Monday. "Nine people have been rescued," Rawat said.',
            "Nine people",
            "Anjali Rawat",
        ),
        (
            "District Magistrate (DM) Rajesh Kumar Meena confirmed 12 deaths in the two villages "
            "on Sunday.",
            "12 deaths",
            "Rajesh Kumar Meena",
        ),
        (
            "Voting ended peacefully in most places, Election Commission (EC) Secretary Md Nurul "
            "Amin Sarkar told reporters on Tuesday.",
            "Voting ended",
            "Md Nurul Amin Sarkar",
        ),
    ],
)
def test_a_name_after_a_post_and_its_initials_is_whole(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_surname_whose_particle_opens_the_sentence_is_the_full_name():
    text = (
        "The man who died was found in the rubble, prosecutor Anouk van Dijk told the court. "
        "Two firefighters suffered burns in a second blast, Van Dijk said."
    )
    assert attributed_claim_with(text, "Two firefighters").speaker == "Anouk van Dijk"


def test_a_full_name_the_recogniser_missed_is_the_surname_it_read_later():
    text = (
        "Lennart Öberg, who heads the forestry workers' branch in the town, said loggers had "
        'complained about the road for months. "We told them twice," Öberg said.'
    )
    assert attributed_claim_with(text, "about the road").speaker == "Lennart Öberg"
    assert attributed_claim_with(text, "told them twice").speaker == "Lennart Öberg"


def test_a_job_in_lower_case_before_a_name_is_still_no_part_of_it():
    text = "Provincial governor Tomas Elgar said 12 people had been hurt."
    assert attributed_claim_with(text, "12 people").speaker == "Tomas Elgar"
