"""A body named in full once and shortened after is the full name, whether
the shortening keeps its start ("Norvik Timber" of "Norvik Timber ASA") or
its middle ("the Red Cross" of "the Uganda Red Cross Society"); "the
railroad" is the railway named before; and a post's initials in brackets
beside a person's name ("officer-in-charge (OC)") stand for that person."""

import pytest

from .extracted import attributed_claim_with

TIMBER = (
    "Sawmill worker killed in log pile collapse\n\n"
    "Norvik Timber ASA said in a statement that a 41-year-old worker was killed when a "
    "stack of logs gave way on Tuesday.\n\n"
    "Arne Lunde, a union representative, said workers had complained about the stacks.\n\n"
    "Norvik Timber said it was aware of only one earlier incident at the yard.\n\n"
    "Norvik Timber denied that any warnings had been ignored."
)


@pytest.mark.parametrize("words", ["only one earlier incident", "warnings had been ignored"])
def test_a_body_shortened_to_its_first_words_is_its_full_name(words):
    claim = attributed_claim_with(TIMBER, words)
    assert (claim.speaker, claim.speaker_kind) == ("Norvik Timber ASA", "organisation")


def test_a_body_shortened_to_the_middle_of_its_name_is_its_full_name():
    text = (
        "Floods kill 12 in western Uganda\n\n"
        "Floods have killed at least 12 people in western Uganda, the Uganda Red Cross "
        "Society said on Monday.\n\n"
        "The Red Cross said more than 900 houses had been damaged."
    )
    assert attributed_claim_with(text, "900 houses").speaker == "Uganda Red Cross Society"


def test_the_railroad_is_the_railway_named_before_not_the_last_person():
    text = (
        "The Great Plains & Western Railway train derailed near Corbin on Thursday, the "
        "railroad said.\n\n"
        "Two crew members were treated for minor injuries, Fire Chief Dale Moore said.\n\n"
        "The railroad said it was paying for hotel rooms for 120 families."
    )
    claim = attributed_claim_with(text, "120 families")
    assert claim.speaker == "Great Plains & Western Railway"


def test_a_posts_initials_beside_a_name_stand_for_that_person():
    text = (
        "A man was stabbed to death near the polling centre, said Anisur Rahman, "
        "officer-in-charge (OC) of Sadar Police Station. The OC said three people had been "
        "detained in connection with the killing."
    )
    claim = attributed_claim_with(text, "three people had been detained")
    assert claim.speaker == "Anisur Rahman"


def test_a_bodys_initials_still_stand_for_the_body():
    text = (
        "The Election Commission (EC) said turnout was 41 percent. The EC said voting had "
        "been largely peaceful."
    )
    assert attributed_claim_with(text, "largely peaceful").speaker == "Election Commission"
