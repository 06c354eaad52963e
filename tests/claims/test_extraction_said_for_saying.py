"""Whoever is blamed, praised or sorry "for saying" something said it: the
subject of "was criticised for saying", and the one a verb's object names
in "suspended Ruiz for saying"."""

import pytest

from .extracted import attributed_claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The senator was criticised for saying that the tax cuts would pay for themselves.",
            "tax cuts would pay",
            "senator",
        ),
        (
            "Okafor was widely mocked for saying that the bridge would open by June.",
            "bridge would open",
            "Okafor",
        ),
        (
            "The party suspended Ruiz for saying that the election had been rigged.",
            "election had been rigged",
            "Ruiz",
        ),
    ],
)
def test_the_one_blamed_for_saying_it_said_it(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker
