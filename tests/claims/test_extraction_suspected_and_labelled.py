"""Hedges as regional copy words them: a cause "suspected to have been"
behind a fire is not yet known, as one "believed to" is; people "believed
trapped" are feared, not counted; and a label the article leaves to others
("after what business owners called years of neglect", "against what it
called provocations") is theirs, whatever the preposition before it, except
"with what police described as serious injuries", which only tells how
badly. A denial of what was just reported ("The army denied that.", "The
ministry denied this, saying ...") is the speaker's claim, the pronoun
standing for what it denies; "did not deny it" denies nothing."""

import pytest

from claims.extraction import extract

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


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Residents said the army shelled the village. The army denied that.",
            "army denied",
            "army",
        ),
        (
            "Witnesses said the fire doors were locked. Carlos Mena, a lawyer for the owners, "
            "denied that.",
            "Mena",
            "Carlos Mena",
        ),
        (
            "Parents said the school was unsafe. The ministry denied this, saying every "
            "building had been inspected.",
            "ministry denied",
            "ministry",
        ),
    ],
)
def test_a_denial_of_what_was_just_reported_is_a_claim(text, words, speaker):
    claim = claim_with(text, words)
    assert (claim.speaker, claim.stance) == (speaker, "denies")


def test_not_denying_it_is_no_denial():
    text = "Reporters asked about the payments. The minister did not deny it."
    assert all(c.stance != "denies" for c in extract(text))
