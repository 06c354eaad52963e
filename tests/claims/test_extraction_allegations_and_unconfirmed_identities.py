"""Words of distance the article chooses: "alleging that" or "alleges that"
where "said" would do, and "what they said were"; and a body that "has not
confirmed the identities" doubts who the article was told the victims are."""

import pytest

from .extracted import attributed_claim_with


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Opposition lawmakers walked out of the chamber, alleging that funds had been "
            "steered to the ruling party's districts.",
            "funds had been steered",
        ),
        (
            "A lawsuit filed on behalf of the evicted tenants alleges that the landlord ignored "
            "repeated warnings about the wiring.",
            "the landlord ignored",
        ),
        (
            "Villagers posted videos of what they said were dead cattle lying near the "
            "factory's outflow.",
            "dead cattle",
        ),
    ],
)
def test_an_allegation_or_what_they_said_were_is_hedged(text, words):
    assert attributed_claim_with(text, words).hedged


def test_as_neighbours_had_alleged_leaves_the_claim_alone():
    text = "Police said the owner had added two floors without approval, as neighbours alleged."
    assert not attributed_claim_with(text, "two floors").hedged


def test_a_body_not_confirming_identities_doubts_the_names_given_before():
    text = (
        "Relatives said the missing fishermen were Colin Rideout and his son Mark. "
        "Police have not confirmed the identities."
    )
    assert attributed_claim_with(text, "missing fishermen").hedged


def test_a_body_confirming_identities_doubts_nothing():
    text = (
        "Relatives said the missing fishermen were Colin Rideout and his son Mark. "
        "Police confirmed the identities on Friday."
    )
    assert not attributed_claim_with(text, "missing fishermen").hedged


def test_a_body_not_confirming_an_identity_doubts_who_a_suspect_was_said_to_be():
    text = (
        "Local media are reporting that the gunman is a former guard at the depot. "
        "Police have not confirmed his identity."
    )
    assert attributed_claim_with(text, "former guard").hedged
