"""A verdict that something reported is false is the speaker's denial:
"Police said that was false", "said that number was wrong", "said the
reports were not true", and labels that reject what they name ("termed the
reports rumours", "called the claims lies", "described the figure as
exaggerated and baseless"). The claim keeps the words it denies ("that was
false", not "was false"). A verdict of truth, or "wrong" said of something
else, stays an assertion."""

import pytest

from .extracted import claim_with


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "A post shared online claimed a diner had died. Police said that was false.",
            "that was false",
        ),
        (
            "Early reports put the toll at 40. The mayor later said that number was wrong.",
            "that number was wrong",
        ),
        (
            "Residents said the pumps had failed. The council said that was not true.",
            "that was not true",
        ),
        (
            "Neighbours said six people were trapped. The fire chief said those reports were "
            "incorrect.",
            "those reports were incorrect",
        ),
    ],
)
def test_a_verdict_of_false_on_something_reported_is_a_denial(text, words):
    assert claim_with(text, words).stance == "denies"


@pytest.mark.parametrize(
    "text, words",
    [
        ('The district administration termed the reports "rumours".', "rumours"),
        ("The ministry called the reports lies.", "lies"),
        ('The agency described the figure as "exaggerated and baseless".', "baseless"),
    ],
)
def test_a_label_that_rejects_what_it_names_is_a_denial(text, words):
    assert claim_with(text, words).stance == "denies"


@pytest.mark.parametrize(
    "text, words",
    [
        ("A spokesperson for the campaign said the ad was accurate.", "accurate"),
        ("The engineer said something was wrong with the pump.", "wrong with the pump"),
        ("The mayor called the fire a tragedy.", "tragedy"),
    ],
)
def test_other_verdicts_and_labels_stay_assertions(text, words):
    assert claim_with(text, words).stance == "asserts"


def test_the_complementiser_that_is_still_left_out():
    claim = claim_with("Officials said that 12 people had died.", "12 people")
    assert claim.text == "12 people had died"


def test_what_follows_a_verdict_is_asserted_by_the_same_speaker():
    text = (
        "A post claimed a diner had died. Police said that was false and that no deaths had "
        "been reported."
    )
    verdict = claim_with(text, "that was false")
    rest = claim_with(text, "no deaths had been reported")
    assert verdict.stance == "denies" and "no deaths" not in verdict.text
    assert rest.stance == "asserts" and rest.speaker == verdict.speaker == "Police"
