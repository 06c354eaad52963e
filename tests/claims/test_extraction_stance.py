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
