"""Whose claim it is when carriers, titles and disclaimers get in the way."""

import pytest

from tests.claims.extracted import claim_with


def test_the_outlet_carrying_a_report_is_not_its_source():
    text = "Three hikers were rescued, coastguards said, the Evening Herald reported."
    assert claim_with(text, "hikers were rescued").speaker == "coastguards"


def test_a_wire_dateline_is_not_the_source():
    text = "MADRID (Reuters) - The ministry said 40 flights had been cancelled."
    assert claim_with(text, "40 flights").speaker == "ministry"


def test_a_report_label_in_a_headline_is_not_a_source():
    text = "Report: 40 dead in factory collapse\n\nRescuers searched the site overnight."
    assert claim_with(text, "40 dead").speaker is None


def test_a_clause_after_a_mid_sentence_attribution_keeps_its_speaker():
    text = "Nine people were rescued, the chief said, and two remain in hospital."
    assert claim_with(text, "two remain").speaker == claim_with(text, "Nine people").speaker
    assert claim_with(text, "two remain").speaker is not None


def test_a_title_in_capitals_is_not_part_of_the_name():
    text = "City Fire Marshal Ann Cole said the blaze was deliberate."
    claim = claim_with(text, "blaze was deliberate")
    assert (claim.speaker, claim.speaker_kind) == ("Ann Cole", "person")


def test_acronym_officials_speak_for_the_organisation_the_article_expands():
    text = (
        "The Regional Transit Authority (RTA) cut three routes.\n\n"
        "RTA officials said the cuts would save money."
    )
    assert claim_with(text, "cuts would save").speaker == "Regional Transit Authority"


def test_calling_something_attributes_the_judgement():
    text = "Mayor Tom Reyes called it the worst fire in decades."
    assert claim_with(text, "worst fire").speaker == "Tom Reyes"


def test_speculation_that_is_an_attribution_without_a_named_source():
    claim = claim_with("There is speculation that the minister will resign.", "minister will")
    assert claim.speaker_kind == "anonymous"


def test_a_disclaimer_about_one_source_hedges_its_claims_and_no_one_elses():
    text = (
        "The rebels said 30 soldiers were killed in the ambush.\n\n"
        "“We buried our dead at night,” a villager told reporters.\n\n"
        "It was not possible to verify the rebels' report."
    )
    assert claim_with(text, "30 soldiers").hedged
    assert not claim_with(text, "buried our dead").hedged


def test_pending_confirmation_is_a_hedge():
    assert claim_with("Twelve people were killed, pending confirmation.", "Twelve").hedged


def test_a_claim_that_could_not_be_confirmed_is_hedged():
    text = "The militia said it had shot down a helicopter, a claim that could not be confirmed."
    assert claim_with(text, "helicopter").hedged


def test_a_dateline_in_capitals_is_not_the_speaker():
    text = (
        "LISBON — The port authority issued a warning on Monday, saying the pier would stay closed."
    )
    assert claim_with(text, "pier").speaker != "LISBON"


def test_a_rival_estimate_after_while_is_its_own_sources_claim():
    text = (
        "Police said about 3,000 people took part, while organisers put the number "
        "at more than 10,000."
    )
    assert claim_with(text, "3,000").speaker == "Police"
    assert "10,000" not in claim_with(text, "3,000").text
    assert claim_with(text, "10,000").speaker == "organisers"


def test_a_rival_account_after_whereas_is_its_own_sources_claim():
    text = (
        "Organisers said 40,000 people marched through the city, whereas police "
        "estimated the crowd at 15,000."
    )
    assert "15,000" not in claim_with(text, "40,000").text
    assert claim_with(text, "15,000").speaker == "police"


@pytest.mark.parametrize("mark", ["though", "although"])
def test_a_rival_estimate_after_though_is_its_own_sources_claim(mark):
    text = (
        f"Unions say hundreds of posts will go, {mark} the transport board puts the number at 40."
    )
    assert "40" not in claim_with(text, "hundreds of posts").text
    assert claim_with(text, "number at 40").speaker == "transport board"


def test_a_time_clause_with_another_speaker_stays_in_the_claim():
    text = "The mayor said the bridge would reopen in May after engineers said it was safe."
    assert "engineers said it was safe" in claim_with(text, "reopen in May").text


def test_according_to_stops_before_a_rivals_own_estimate():
    text = (
        "At least 40 fishermen have drowned since 2019, according to union "
        "figures, although the coastguard says the number is 25."
    )
    claim = claim_with(text, "40 fishermen")
    assert claim.speaker == "union figures"
    assert "coastguard" not in claim.text


def test_a_report_by_one_outlet_ends_where_another_source_answers_it():
    text = (
        "A fourth death, of a young man, was reported by the Selby Courier on "
        "Monday, but the health office said it had not been confirmed as cholera."
    )
    assert claim_with(text, "A fourth death").speaker == "Selby Courier"
    assert claim_with(text, "not been confirmed").speaker == "health office"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "An early inquiry suggested the lift cable had snapped, the mayor said.",
            "inquiry",
            "mayor",
        ),
        (
            "Health officials in the valley have confirmed 40 cases of cholera, "
            "the regional health board said on Monday.",
            "40 cases",
            "regional health board",
        ),
    ],
)
def test_a_source_that_says_what_an_inquiry_found_is_the_speaker(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


def test_an_outlet_carrying_a_police_report_is_still_not_the_speaker():
    text = "Two climbers died on the ridge, police said, the Alpine Post reported."
    assert claim_with(text, "Two climbers").speaker == "police"
