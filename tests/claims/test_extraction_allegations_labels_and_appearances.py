"""Whose words a clause is, and whether the article keeps its distance.

What others alleged, set after the words a speaker denies ("denied that the
driver had been using his phone, as some parents alleged"), is their own
claim, hedged, and no part of the denial. A label a named source puts on
the event ("in what the police high command described as a shoot-out") is
that source's claim, hedged, and leaves the event it labels alone; a
speaker's own "in what it called a stampede" stays in its claim. What a
source says only appeared so is hedged; what did not appear so is not."""

import pytest

from claims.extraction import extract

from .extracted import claim_with


def test_an_allegation_after_a_denial_is_its_makers_own():
    text = (
        "Mark Feeney said his client was devastated and denied that Raines had been using "
        "his phone at the time of the crash, as some parents alleged on social media."
    )
    denial = claim_with(text, "using his phone")
    assert denial.stance == "denies"
    assert "parents" not in denial.text
    allegation = claim_with(text, "some parents alleged")
    assert (allegation.speaker, allegation.stance, allegation.hedged) == (
        "parents",
        "asserts",
        True,
    )


def test_an_allegation_after_a_plain_statement_still_attributes_it():
    claim = claim_with("The plant stored chlorine, as neighbours had alleged.", "stored chlorine")
    assert claim.speaker == "neighbours"


@pytest.mark.parametrize(
    ("text", "label", "speaker"),
    [
        (
            "Three men were shot dead by police early yesterday in what the police high "
            "command described as a shoot-out with armed gang members.",
            "shoot-out",
            "police high command",
        ),
        (
            "Hackers stole records of 2.3 million customers, the insurer said on Wednesday, "
            "in what regulators called the biggest data breach in the country's history.",
            "biggest data breach",
            "regulators",
        ),
    ],
)
def test_a_label_a_named_source_puts_on_the_event_is_its_claim(text, label, speaker):
    claim = claim_with(text, label)
    assert claim.text.startswith("in what")
    assert (claim.speaker, claim.hedged) == (speaker, True)
    event = [c for c in extract(text) if c.text != claim.text]
    assert all(label not in c.text for c in event)


def test_a_speakers_own_label_stays_in_its_claim():
    text = 'The Interior Ministry said two protesters had died in what it called a "stampede".'
    claim = claim_with(text, "two protesters")
    assert "stampede" in claim.text
    assert (claim.speaker, claim.hedged) == ("Interior Ministry", True)


def test_a_description_of_injuries_is_not_a_label():
    text = (
        "The van driver was also taken to hospital with what police described as serious "
        "but not life-threatening injuries."
    )
    assert not claim_with(text, "van driver").hedged


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Pecan Ridge police said the death appeared to be accidental.", True),
        ("The sheriff said the vehicle appeared to have lost its brakes.", True),
        ("The fire marshal said the fire did not appear to be suspicious.", False),
    ],
)
def test_what_only_appeared_so_is_hedged(text, hedged):
    claim = claim_with(text, "appear")
    assert claim.hedged is hedged
