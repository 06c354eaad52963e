"""A review or inquiry speaks for whoever made it, as an audit does: "the
review" after "a review released by the Medical Examiner's Office", and a
headline's bare "Review finds ..." or "..., report says" over such a study
in the story. A belief reported inside a claim ("said investigators
believe the man supplied the drugs") is not yet known, so the claim is
hedged; a speaker's own "we believe", a plain "Investigators believe ..."
frame and a belief reported in the past ("investigators believed ...") are
not."""

from .extracted import claim_with

REVIEW = (
    "Review finds storm killed at least 44 in Marlow County\n\n"
    "The storm killed at least 44 people, according to a review released Monday by the "
    "Marlow County Medical Examiner's Office. The review found that 30 of the victims were "
    "over 65."
)


def test_a_review_speaks_for_its_maker():
    assert claim_with(REVIEW, "30 of the victims").speaker == (
        "Marlow County Medical Examiner's Office"
    )


def test_a_headline_review_speaks_for_the_maker_named_below():
    assert claim_with(REVIEW, "storm killed at least 44 in").speaker == (
        "Marlow County Medical Examiner's Office"
    )


def test_an_inquiry_speaks_for_its_maker():
    text = (
        "Nine patients were harmed, according to an inquiry published by the Care Quality "
        "Board. The inquiry found that staff had raised concerns 14 times."
    )
    assert claim_with(text, "14 times").speaker == "Care Quality Board"


def test_a_belief_reported_inside_a_claim_is_hedged():
    text = "The sheriff said investigators believe the man supplied some of the drugs."
    claim = claim_with(text, "supplied")
    assert claim.hedged and claim.hedge == "believe"


def test_a_belief_in_a_relative_clause_is_hedged():
    text = "Police said he used a rifle that investigators believe he bought legally."
    assert claim_with(text, "bought legally").hedged


def test_a_speakers_own_belief_is_not_hedged():
    text = "The chief said we believe the dam will hold."
    assert not claim_with(text, "dam will hold").hedged


def test_a_belief_that_frames_the_claim_is_not_hedged():
    text = "Investigators believe the man supplied the drugs."
    assert not claim_with(text, "supplied").hedged


def test_a_belief_reported_in_the_past_is_what_was_concluded_then():
    text = "The sheriff said investigators believed the man supplied the drugs."
    assert not claim_with(text, "supplied").hedged


def test_a_headline_report_speaks_for_the_maker_named_below():
    text = (
        "Floods displaced 9,000 in Harrow Vale last winter, report says\n\n"
        "Floods displaced about 9,000 people across Harrow Vale last winter, according to a "
        "report published on Tuesday by the Vale Housing Trust."
    )
    assert claim_with(text, "9,000 in Harrow Vale").speaker == "Vale Housing Trust"
