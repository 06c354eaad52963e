"""Hedges as regional copy words them: a cause "suspected to have been"
behind a fire is not yet known, as one "believed to" is; people "believed
trapped" are feared, not counted; and a label the article leaves to others
("after what business owners called years of neglect", "against what it
called provocations") is theirs, whatever the preposition before it, except
"with what police described as serious injuries", which only tells how
badly."""

import pytest

from .extracted import claim_with


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Fire chief Musa Garba said the blaze was suspected to have been caused by a "
            "faulty generator.",
            "faulty generator",
        ),
        (
            "Divers resumed a search for at least 12 miners believed trapped in the flooded "
            "shaft, officials said.",
            "12 miners",
        ),
        (
            "The closure comes after what parents called years of neglect by the education board.",
            "years of neglect",
        ),
        (
            "The ministry said officers had acted against what it called provocations by "
            "radical groups.",
            "provocations",
        ),
    ],
)
def test_doubt_and_others_labels_are_hedged(text, words):
    assert claim_with(text, words).hedged


def test_how_badly_someone_was_hurt_in_police_words_is_no_label():
    text = "Two men were taken to hospital with what police described as serious injuries."
    assert not claim_with(text, "Two men").hedged
