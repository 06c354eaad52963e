"""Stances as attributions: verbs of judgement and praise with an object,
participles of speech on a noun, attitudes after "be", stance nouns carried
by a light verb, positions through "for" and "against", and "made clear"."""

import pytest

from claims.extraction import extract
from tests.claims.extracted import attributed, attributed_claim_with, no_attributed_claim_with

# -- verbs of judgement, praise and announcement with an object ---------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Lena Park congratulated the rowing team on its first national title.",
            "congratulated the rowing team",
            "Lena Park",
        ),
        (
            "On Friday Governor Tom Okafor blasted the pension plan as a giveaway.",
            "blasted the pension plan",
            "Tom Okafor",
        ),
        (
            "Mayor Ana Ruiz tweeted a warning about black ice on the bridges.",
            "a warning about black ice",
            "Ana Ruiz",
        ),
        (
            "In her speech, Judge Mara Velez noted the rise in juvenile cases since 2019.",
            "the rise in juvenile cases",
            "Mara Velez",
        ),
    ],
)
def test_a_verb_of_judgement_attributes_its_object(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_stance_towards_someone_named_is_a_claim_in_two_words():
    claim = attributed_claim_with(
        "Former governor Paul Sorensen endorsed Whitfield.", "endorsed Whitfield"
    )
    assert claim.speaker == "Paul Sorensen"


def test_a_stance_towards_a_pronoun_is_not_a_claim():
    assert no_attributed_claim_with("Former governor Paul Sorensen endorsed him.", "endorsed him")


# -- a participle of speech on a noun ------------------------------------------


def test_a_participle_of_speech_speaks_for_its_noun():
    claim = attributed_claim_with(
        "The council heard from nurses saying the night shifts were understaffed.",
        "the night shifts were understaffed",
    )
    assert claim.speaker_kind is not None


def test_a_participle_of_speech_does_not_take_the_sentence_around_it():
    text = "The new advert shows four farmers talking quietly in a barn."
    assert no_attributed_claim_with(text, "The new advert shows")


def test_a_past_participle_on_a_noun_still_speaks_for_no_one():
    text = "A report released on Monday counted 40 closures in the valley."
    assert no_attributed_claim_with(text, "40 closures")


# -- attitudes after "be", "remain", "seem" ------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Councillor Ana Ruiz is critical of the new parking rules.",
            "critical of the new parking rules",
            "Ana Ruiz",
        ),
        (
            "Senator Dana Cole has long been a vocal critic of the dam project.",
            "critic of the dam project",
            "Dana Cole",
        ),
        (
            "Mayor Tom Okafor remains confident that the ferry will run by June.",
            "the ferry will run by June",
            "Tom Okafor",
        ),
        (
            "Governor Ruth Ames is one of the loudest supporters of the toll road.",
            "supporters of the toll road",
            "Ruth Ames",
        ),
        # participles the parser reads as passives
        (
            "Councillor Rita Moss is firmly opposed to closing the night clinic.",
            "opposed to closing the night clinic",
            "Rita Moss",
        ),
        (
            "Mayor Tom Okafor was delighted by the verdict in the harbour case.",
            "delighted by the verdict",
            "Tom Okafor",
        ),
    ],
)
def test_an_attitude_is_its_holders_stance(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # importance, not an attitude held by anyone
        ("The old bridge is critical to the economy of the valley.", "critical to the economy"),
        # a forecast, not a conviction
        ("The final is sure to draw a record crowd to the stadium.", "sure to draw"),
        # an attitude taking nothing says no more than the sentence
        ("Councillor Ana Ruiz was furious.", "furious"),
        # a thing set against another holds no stance
        ("The old quay was opposed to the new pier across the bay.", "opposed to the new pier"),
    ],
)
def test_not_every_adjective_after_be_is_a_stance(text, words):
    assert no_attributed_claim_with(text, words)


# -- stance nouns carried by a light verb ---------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Governor Ruth Ames took a swipe at the council's budget on Tuesday.",
            "a swipe at the council's budget",
            "Ruth Ames",
        ),
        (
            "In a long speech, Mayor Tom Okafor made no mention of the deficit.",
            "made no mention of the deficit",
            "Tom Okafor",
        ),
        (
            "Senator Lena Park offered her condolences to the families of the miners.",
            "her condolences to the families",
            "Lena Park",
        ),
    ],
)
def test_a_light_verb_and_a_stance_noun_aim_at_their_target(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_target_stops_before_an_aside_about_it():
    claim = attributed_claim_with(
        "Mayor Tom Okafor made no mention of Dana Cole, who quit the race on Monday.",
        "made no mention of Dana Cole",
    )
    assert "quit" not in claim.text


def test_a_chance_given_is_not_a_jab():
    text = "Coach Ana Ruiz gave the rookie a shot at the starting job."
    assert no_attributed_claim_with(text, "a shot at the starting job")


# -- positions through "for" and "against"; "made clear" ------------------------


def test_a_vote_for_something_named_is_a_position():
    claim = attributed_claim_with(
        "Senator Dana Cole voted for the tariff in 2014.", "voted for the tariff"
    )
    assert claim.speaker == "Dana Cole"


def test_making_it_clear_attributes_the_clause():
    claim = attributed_claim_with(
        "Union leader Pia Holm made it clear on Monday that the strike would go on.",
        "the strike would go on",
    )
    assert claim.speaker == "Pia Holm"


def test_a_clause_before_a_colon_is_not_what_the_speaker_after_it_said():
    text = (
        "Councillor Rita Moss keeps attacking the mayor because it works: "
        "she said she has raised $40,000 in two days."
    )
    claim = attributed_claim_with(text, "raised $40,000")
    assert "attacking the mayor" not in claim.text


# -- a stance held by its possessor ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Lena Park's criticism of the pension plan surprised no one.",
            "criticism of the pension plan",
            "Lena Park",
        ),
        (
            "Governor Ruth Ames's call for a ban on night flights angered the airlines.",
            "call for a ban on night flights",
            "Ruth Ames",
        ),
    ],
)
def test_a_possessed_stance_noun_is_its_possessors(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mayor Tom Okafor's view of the lake was blocked by the new tower.", "view of the lake"),
        ("Senator Lena Park's statement at the debate ran long.", "statement at the debate"),
    ],
)
def test_a_possessed_noun_needs_a_stance_and_a_target(text, words):
    assert no_attributed_claim_with(text, words)


def test_raising_concerns_aims_at_their_target():
    claim = attributed_claim_with(
        "Councillor Rita Moss raised concerns about the cost of the new library.",
        "concerns about the cost",
    )
    assert claim.speaker == "Rita Moss"


# -- wanting, intending, and verbs of saying completed by another verb ----------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Dana Cole voted to ban the pesticide in 2019.",
            "ban the pesticide",
            "Dana Cole",
        ),
        (
            "Governor Ruth Ames sought to delay the vote on the casino licence.",
            "delay the vote",
            "Ruth Ames",
        ),
        (
            "Mayor Tom Okafor continues to insist that the tunnel is safe.",
            "the tunnel is safe",
            "Tom Okafor",
        ),
    ],
)
def test_an_intention_or_a_completed_verb_of_saying_is_attributed(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_those_urged_to_reject_something_are_not_the_ones_rejecting_it():
    claim = attributed_claim_with(
        "Mayor Tom Okafor urged voters to reject the toll plan.", "the toll plan"
    )
    assert claim.speaker == "Tom Okafor"


def test_retweeted_is_read_as_retweet():
    claim = attributed_claim_with(
        "Senator Lena Park retweeted a warning about flooding on the coast road.",
        "a warning about flooding",
    )
    assert claim.speaker == "Lena Park"


# -- stances received, held in mind, and proposals -------------------------------


def test_criticism_drawn_from_others_is_theirs():
    claim = attributed_claim_with(
        "The new toll plan has drawn harsh criticism from the trucking unions.",
        "The new toll plan has drawn harsh criticism",
    )
    assert "trucking unions" in claim.speaker


def test_support_won_with_no_one_named_is_no_ones():
    assert no_attributed_claim_with("The new toll plan has won broad support.", "won broad support")


def test_doubts_someone_has_are_a_stance_but_a_chance_is_not():
    claim = attributed_claim_with(
        "Senator Dana Cole has doubts about the cost of the tunnel.", "doubts about the cost"
    )
    assert claim.speaker == "Dana Cole"
    assert no_attributed_claim_with(
        "Senator Dana Cole has a shot at the title.", "a shot at the title"
    )


def test_a_possessed_proposal_takes_its_infinitive():
    claim = attributed_claim_with(
        "Governor Ruth Ames's proposal to ban night flights angered the airlines.",
        "proposal to ban night flights",
    )
    assert claim.speaker == "Ruth Ames"


def test_more_likely_to_say_is_said_by_the_subject():
    claim = attributed_claim_with(
        "Older voters in the county were more likely to say that the economy was weak.",
        "the economy was weak",
    )
    assert "voters" in claim.speaker


def test_an_expectation_with_an_object_is_attributed():
    claim = attributed_claim_with(
        "County election officials are expecting a record turnout of 90,000 voters.",
        "a record turnout",
    )
    assert "officials" in claim.speaker


def test_where_a_judgement_was_made_is_not_its_content():
    text = "Senator Lena Park savaged them on Twitter and on the radio."
    assert not any(c.text.startswith("Twitter") for c in attributed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Even with every precinct counted, the council race was too close to call.",
        "But Ruiz was not the only councillor whom Governor Tom Okafor refused to endorse.",
    ],
)
def test_a_verb_of_judgement_closing_the_sentence_may_not_take_it_as_content(text):
    assert not attributed(text)


@pytest.mark.parametrize(
    ("text", "denied", "asserted", "speaker"),
    [
        (
            "The director, Ana Volk, denied that staff had raised concerns about the "
            "boilers, telling reporters that the equipment had been inspected in May.",
            "raised concerns",
            "inspected in May",
            "Ana Volk",
        ),
        (
            "The mayor denied that the budget had been cut, telling the council that "
            "spending had risen by 4 percent.",
            "budget had been cut",
            "spending had risen",
            "mayor",
        ),
    ],
)
def test_what_a_denier_goes_on_telling_is_asserted_not_denied(text, denied, asserted, speaker):
    claims = extract(text)
    first = next(c for c in claims if denied in c.text)
    second = next(c for c in claims if asserted in c.text)
    assert first is not second
    assert (first.stance, second.stance) == ("denies", "asserts")
    assert second.speaker == speaker


def test_what_a_speaker_adds_keeps_the_speaker():
    text = (
        "The coach said the team had trained hard all week, adding that two players were injured."
    )
    claims = extract(text)
    assert {c.speaker for c in claims} == {"coach"}
