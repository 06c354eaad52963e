"""A lede may name its source by what it is: "the quarry's owner", "the
army's press wing", "a local rights group". The body the next paragraph's
first sentence has speak is that source, wherever in the sentence it
speaks. A body's name the recogniser took for a person's because it opens
with "The" is still a body, and its initials in brackets are its short name."""

from .extracted import attributed_claim_with

QUARRY = (
    "Four workers dead in quarry blast\n\n"
    "TORVEN, March 3 (Northern Wire) - Four workers were killed and nine were hurt on "
    "Tuesday when explosives went off early at a limestone quarry outside Torven, the "
    "quarry's owner said.\n\n"
    "Kalvik Stone said the charges had been laid for a blast planned for the afternoon.\n\n"
    "A union official said safety checks had been cut last year."
)

ARMY = (
    "Eleven soldiers killed in border raid\n\n"
    "DERAN, June 9: Eleven soldiers were killed when gunmen attacked a border post in the "
    "Selkar valley overnight, the army's press wing said.\n\n"
    "In a statement, the Joint Forces Information Bureau said the attackers had crossed "
    "from the mountains and that six of them were killed."
)

MONITOR = (
    "Rights group says 17 killed in protests\n\n"
    "LUVANDA, May 2 (Continental Wire) - At least 17 people were killed when police fired "
    "on crowds disputing the vote count, a local rights group said on Tuesday.\n\n"
    "The Citizens' Watch of Luvanda (VCL), which monitors elections, said 17 people had "
    "died of gunshot wounds and that at least 90 others had been wounded.\n\n"
    "The VCL said its figures came from hospital records."
)


def test_a_things_owner_in_a_lede_is_the_body_the_next_paragraph_has_speak():
    claim = attributed_claim_with(QUARRY, "Four workers were killed")
    assert (claim.speaker, claim.speaker_kind) == ("Kalvik Stone", "organisation")


def test_an_unnamed_official_later_is_not_that_body():
    assert attributed_claim_with(QUARRY, "safety checks").speaker != "Kalvik Stone"


def test_the_body_may_speak_after_an_opening_phrase():
    claim = attributed_claim_with(ARMY, "Eleven soldiers were killed")
    assert claim.speaker == "Joint Forces Information Bureau"


def test_a_body_whose_name_opens_with_the_is_no_person():
    claim = attributed_claim_with(MONITOR, "at least 90 others")
    assert (claim.speaker, claim.speaker_kind) == ("Citizens' Watch of Luvanda", "organisation")


def test_a_local_rights_group_in_a_lede_is_that_body():
    claim = attributed_claim_with(MONITOR, "At least 17 people were killed")
    assert claim.speaker == "Citizens' Watch of Luvanda"


def test_its_initials_stand_for_it():
    assert (
        attributed_claim_with(MONITOR, "hospital records").speaker == "Citizens' Watch of Luvanda"
    )


def test_a_person_a_lede_describes_still_needs_a_person_named_next():
    text = (
        "Bus driver dies in crash\n\n"
        "A bus driver was killed on Monday when his coach left the road near Arlen, the "
        "bus company's manager said.\n\n"
        "Harlow Coaches said the driver had worked for it for 20 years."
    )
    claim = attributed_claim_with(text, "A bus driver was killed")
    assert claim.speaker in {"Harlow Coaches", "bus company's manager"}
