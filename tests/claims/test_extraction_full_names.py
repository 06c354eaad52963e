"""A body goes by the full name the article gives it, whatever a sentence
shortens it to: the gold conventions name organisations "by their full name
rather than an acronym the article expands"."""

import pytest

from claims.extraction.pipeline import get_nlp
from claims.extraction.speakers import Speaker, SpeakerResolver

from .extracted import attributed_claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the acronym alone, after the body was named in full
        (
            "The Coastal Rescue Alliance (CRA) sent four boats. The CRA said "
            "nine fishermen were still missing on Sunday.",
            "nine fishermen",
            "Coastal Rescue Alliance",
        ),
        # the acronym inside an unnamed source's wording
        (
            "The Mining Safety Board (MSB) opened an inquiry on Monday. An MSB "
            "spokesman said the shaft would stay closed for a month.",
            "the shaft would stay closed",
            "Mining Safety Board spokesman",
        ),
        # "the agency" standing for a body known by its acronym
        (
            "Rain fell for a third day, the Lowland Flood Agency (LFA) said. "
            "The agency said 300 homes had been flooded.",
            "300 homes",
            "Lowland Flood Agency",
        ),
        # a hyphenated word gives two initials
        (
            "The Anti-Fraud Prosecutor's Office (AFPO) welcomed the ruling. The AFPO "
            "said in a statement that it was investigating 12 other officials.",
            "12 other officials",
            "Anti-Fraud Prosecutor's Office",
        ),
        # the place the body works in is part of its name when the initials say so
        (
            "The International Observer Mission in Kordavia (IOMK) said it was "
            "concerned. The IOMK said in a report last month that it had recorded "
            "more than 200 civilian deaths.",
            "200 civilian deaths",
            "International Observer Mission in Kordavia",
        ),
    ],
)
def test_an_acronym_speaks_under_the_full_name_the_article_gives(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_body_named_for_its_people_keeps_the_word_in_its_name():
    text = (
        "The People's Defence Army (PDA) held drills on Monday. "
        "The PDA said 40 ships had taken part."
    )
    assert attributed_claim_with(text, "40 ships").speaker == "People's Defence Army"


def test_an_officer_named_before_the_body_is_not_part_of_its_short_name():
    text = (
        "Shots were fired at 2 a.m., said Sergeant Ellen Brody of the Marsh "
        "County Sheriff's Office (MCSO). The office said the suspect had fled."
    )
    assert (
        attributed_claim_with(text, "the suspect had fled").speaker
        == "Marsh County Sheriff's Office"
    )


def test_a_capitalised_name_the_recogniser_missed_is_not_another_body_of_its_kind():
    text = (
        "Scuffles broke out near the Education Ministry when marchers pushed "
        "against a police line, witnesses said.\n\nThe Interior Ministry denied "
        'that officers had used batons. "Our officers showed restraint," '
        "ministry spokesman Ivo Brel said."
    )
    claim = attributed_claim_with(text, "officers had used batons")
    assert (claim.speaker, claim.stance) == ("Interior Ministry", "denies")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Rebels of the Eastern Freedom Front (EFF) said they had killed 30 soldiers.",
            "30 soldiers",
            "Eastern Freedom Front",
        ),
        (
            "Fighters of the Red Hill Brigade said they had seized the airport.",
            "seized the airport",
            "Red Hill Brigade",
        ),
        # a family is no body that speaks for its members
        (
            "Members of the Kalder family said the boy had been missing since Friday.",
            "missing since Friday",
            "Members of the Kalder family",
        ),
    ],
)
def test_members_of_a_named_body_speak_as_that_body(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_the_rebels_are_the_one_armed_body_whose_fighters_the_article_named():
    text = (
        "Army says 40 rebels killed; rebels deny losses\n\n"
        "The army said its troops had killed 40 fighters of the Kessel Liberation "
        "Front (KLF), a claim the rebels rejected as invented."
    )
    assert attributed_claim_with(text, "deny losses").speaker == "Kessel Liberation Front"
    assert attributed_claim_with(text, "a claim the rebels").speaker == "Kessel Liberation Front"


def test_organisers_alone_stay_the_source_as_worded():
    text = (
        "Observers from the Corvian Rights Committee said police used batons. "
        "Organisers said 25,000 people had marched."
    )
    assert attributed_claim_with(text, "25,000 people").speaker == "Organisers"


def test_a_business_name_taken_for_a_person_is_still_the_company_and_the_it():
    # the recogniser reads "Baltor Textiles" as a person's name
    text = (
        "The bus, operated by Baltor Textiles, was carrying 40 workers, according "
        "to the company. Three workers died, the regional health department said."
        "\n\nBaltor Textiles said in a statement that the bus had passed its "
        "inspection. It denied reports that the bus was more than 25 years old."
    )
    assert attributed_claim_with(text, "40 workers").speaker == "Baltor Textiles"
    claim = attributed_claim_with(text, "25 years old")
    assert (claim.speaker, claim.stance) == ("Baltor Textiles", "denies")


def test_the_paper_is_the_outlet_the_article_named_not_the_last_person():
    text = (
        "Finance Minister Lena Ostrova denied any wrongdoing on Friday.\n\n"
        "The daily Harrow Ledger reported that six contracts had gone to her "
        "brother's firm. The paper said it had seen the signed contracts."
    )
    assert attributed_claim_with(text, "seen the signed contracts").speaker == "Harrow Ledger"


def test_the_rebels_are_the_one_body_whose_name_says_it_is_armed():
    text = (
        "Army says it destroyed 9 rebel trucks; rebels deny losses\n\n"
        "The Tarvian army said on Monday it had destroyed nine rebel trucks. "
        "The Southern Liberation Front denied that any of its trucks had been hit."
    )
    assert attributed_claim_with(text, "deny losses").speaker == "Southern Liberation Front"


@pytest.mark.parametrize("introduced", ["known by its initials DWU", "known as the DWU"])
def test_a_short_name_given_with_known_as_is_spelled_out(introduced):
    text = (
        f"The Dalmor Workers Union, {introduced}, held a rally on Monday. "
        "The DWU said 900 members had joined."
    )
    assert attributed_claim_with(text, "900 members").speaker == "Dalmor Workers Union"


def test_the_court_heard_is_the_court_as_worded_not_the_court_the_trial_is_at():
    text = (
        "Builder denies cutting corners on flats, court told\n\n"
        "Owen Tabb, 52, is on trial at Marlow Crown Court accused of fraud. "
        "The court has heard that six tenants were moved out in May."
    )
    assert attributed_claim_with(text, "six tenants").speaker == "court"


def test_a_short_name_the_recogniser_took_for_a_person_is_the_body_spelled_out():
    doc = get_nlp()("Northfield Water Services (NWS) said a main had burst.")
    resolver = SpeakerResolver(doc)
    assert resolver.spelled_out(Speaker("NWS", "person")) == Speaker(
        "Northfield Water Services", "organisation"
    )


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the name runs on past its head noun
        (
            "Kestria's Ministry of Culture said the museum had been damaged. "
            "According to the ministry, 4 guards were injured.",
            "4 guards were injured",
            "Kestria's Ministry of Culture",
        ),
        # a capitalised word before the body's kind picks the one name holding it
        (
            "The Varnian Interior Ministry said 3 protesters were held. The "
            "Varnian ministry said two officers were hurt.",
            "two officers were hurt",
            "Varnian Interior Ministry",
        ),
        # a short name for a body the recogniser read as a person
        (
            "Four people died when a train derailed, the rail operator Ferrovie "
            "Alpine (FA) said. FA denied reports that a signal fault had been logged.",
            "a signal fault",
            "Ferrovie Alpine",
        ),
    ],
)
def test_a_body_keeps_its_whole_name_when_shortened(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Buses stopped running after a crash that hurt 6 people, the operator "
            "said.\n\nSelwin Transit, which runs the buses, said in a statement that "
            "the crash occurred at dawn.",
            "hurt 6 people",
            "Selwin Transit",
        ),
        (
            "Keld Transit said the line would reopen on Monday. The company said "
            "14 trains had been cancelled.",
            "14 trains",
            "Keld Transit",
        ),
    ],
)
def test_a_business_named_like_a_person_is_the_company(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "organisation")
