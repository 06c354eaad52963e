"""A denial is the speaker's claim, never an assertion of the words denied."""

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The operator denied that the pumps had failed twice.", "the pumps had failed twice"),
        ("The club rejected claims that tickets were resold.", "tickets were resold"),
        (
            "The council dismissed reports that the pool would close in May.",
            "the pool would close in May",
        ),
        (
            "The airline said it was not true that pilots had walked out.",
            "pilots had walked out",
        ),
    ],
)
def test_denials_are_marked_and_hold_the_denied_words(sentence, content):
    claims = extract(sentence)
    denied = [c for c in claims if c.stance == "denies"]
    assert [c.text for c in denied] == [content]


def test_a_plain_report_asserts():
    claims = extract("The operator said the pumps had failed twice.")
    assert [c.stance for c in claims] == ["asserts"]


def test_stance_is_in_the_public_json():
    claims = extract("The operator denied that the pumps had failed twice.")
    assert claims[0].to_dict()["stance"] == "denies"


def test_a_denial_joined_to_a_report_is_its_own_claim():
    text = (
        "The ferry company said that it had cancelled 6 sailings "
        "and denied that any crew had walked out."
    )
    stances = {c.text: c.stance for c in extract(text)}
    assert stances == {
        "it had cancelled 6 sailings": "asserts",
        "any crew had walked out": "denies",
    }


def test_a_disputed_figure_is_never_the_disputers_assertion():
    text = "Police disputed the figure of 30 injured, saying only 4 people were hurt."
    by_value = {q.value: c for c in extract(text) for q in c.quantities}
    assert (by_value[30].speaker, by_value[30].stance) == ("Police", "denies")
    assert (by_value[4].speaker, by_value[4].stance) == ("Police", "asserts")


def test_what_a_disputer_says_next_is_asserted():
    text = "The council disputes that figure and says more than 400 homes were repaired."
    stances = {c.text: c.stance for c in extract(text)}
    assert stances == {
        "disputes that figure": "denies",
        "more than 400 homes were repaired": "asserts",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The company did not say the bus was speeding.",
        "The company did not say how fast the bus was travelling.",
        "The mayor did not tell reporters whether she would resign.",
    ],
)
def test_what_was_not_said_is_never_a_claim_of_the_speaker(text):
    assert extract(text) == []
