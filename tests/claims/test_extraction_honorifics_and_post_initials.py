"""Speakers as West African and other copy names them: an honorific before a
name ("Alhaji", "Malam", "Comrade", a chief's "Da") is no part of it; a post's
short form, bracketed after the post ("the Municipal Chief Executive (MCE),
Mr ...") or read off its opening words ("the Director-General of the agency,
..." then "the DG"), stands for the one who holds it; a title before a
surname the parser hung elsewhere ("ASP Tarawally said") is the person named
in full before; a surname joined by a hyphen is one name; a subject the
parser hung on the verb's auxiliary, or on a noun of an opening phrase, still
speaks; "the Kuffour family" is the family, not the one of them named; and a short
form in brackets after a body is no name set beside a spokesperson for it."""

import pytest

from .extracted import claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Alhaji Sani Bello Dantata, chairman of the market association, said 180 shops "
            "were burnt.",
            "180 shops",
            "Sani Bello Dantata",
        ),
        (
            "Malam Ibrahim Garba Kankia told reporters that two firemen sustained injuries.",
            "two firemen",
            "Ibrahim Garba Kankia",
        ),
        (
            "Comrade Tunde Adeyemi Olaleye said more than 200 pensioners had died waiting.",
            "200 pensioners",
            "Tunde Adeyemi Olaleye",
        ),
        (
            "The village head, Da Gyang Pam Dalyop, said 14 bodies had been recovered.",
            "14 bodies",
            "Gyang Pam Dalyop",
        ),
    ],
)
def test_an_honorific_is_no_part_of_the_name(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


def test_a_bracketed_post_stands_for_its_holder():
    text = (
        "Presenting the budget, the Municipal Chief Executive (MCE), Mr Yaw Boateng-Mensah, "
        "said the assembly expected to raise GH¢12.4 million. The MCE denied claims that "
        "GH¢2 million had gone missing from the market fund."
    )
    denial = claim_with(text, "GH¢2 million")
    assert denial.speaker == "Yaw Boateng-Mensah"
    assert denial.stance == "denies"


def test_a_post_read_off_its_opening_words_stands_for_its_holder():
    text = (
        "The Director-General of the State Emergency Management Agency (SEMA), Musa Idris "
        "Katagum, said four bodies had been recovered. Speaking at the scene, the DG said "
        "nine people had been rescued alive."
    )
    assert claim_with(text, "nine people").speaker == "Musa Idris Katagum"


def test_the_bodys_own_short_form_is_not_the_posts():
    text = (
        "The Director-General of the State Emergency Management Agency (SEMA), Musa Idris "
        "Katagum, said four bodies had been recovered. SEMA said 30 families were displaced."
    )
    speaker = claim_with(text, "30 families")
    assert speaker.speaker != "Musa Idris Katagum"
    assert speaker.speaker_kind == "organisation"


def test_a_title_before_a_surname_the_parser_hung_on_the_verb_is_the_person():
    text = (
        "In a statement signed by the force spokesman, Assistant Superintendent Brima "
        "Kamara-Sesay, the police said the man died in hospital. "
        '"Only tear gas was used to disperse the crowd," ASP Kamara-Sesay said by phone.'
    )
    assert claim_with(text, "Only tear gas").speaker == "Brima Kamara-Sesay"


def test_a_surname_joined_by_a_hyphen_is_one_name():
    text = (
        "Police spokesperson Assistant Superintendent Aminata Kanu-Jalloh said police divers "
        "had retrieved four of the bodies from the sea near the wharf. A council spokesman, "
        "Ibrahim Jalloh, said 600 homes were flooded."
    )
    assert claim_with(text, "four of the bodies").speaker == "Aminata Kanu-Jalloh"
    assert claim_with(text, "600 homes").speaker == "Ibrahim Jalloh"


def test_a_subject_hung_on_the_auxiliary_still_speaks():
    text = (
        "Okonkwo, who was suspended from office in 2021, had in a statement last month "
        "dismissed the charges, insisting that every naira paid to the agency was accounted for."
    )
    assert claim_with(text, "every naira").speaker == "Okonkwo"


def test_a_verb_whose_subject_is_set_off_before_it_takes_that_name():
    # the parser hangs the name on the opening phrase and leaves the verb
    # bare; the words after it ("a date for trial") are what was asked, and
    # never its speaker
    text = (
        "Following the pleas, counsel to the EFCC, Mrs Halima Yusuf, asked the court to fix "
        "a date for trial, saying the commission had eight witnesses ready to testify."
    )
    assert claim_with(text, "a date for trial").speaker == "Halima Yusuf"
    assert claim_with(text, "eight witnesses").speaker == "Halima Yusuf"


def test_a_family_named_by_its_surname_is_the_family():
    text = (
        "Kwame Kuffour, 27, was shot dead outside his shop on Sunday. In a statement, the "
        "Kuffour family rejected claims that he owed money to a gang. "
        '"He had no enemies," the family said.'
    )
    assert claim_with(text, "owed money").speaker == "Kuffour family"
    assert claim_with(text, "no enemies").speaker == "Kuffour family"


def test_a_relative_clause_with_its_own_speaker_is_theirs():
    text = (
        "Crews searched the river on Saturday after the storm, which county officials said "
        "forced at least 31 water rescues."
    )
    claim = claim_with(text, "31 water rescues")
    assert claim.speaker == "county officials"


def test_a_spokesperson_for_a_body_with_its_short_form_in_brackets_is_the_spokesperson():
    # the recogniser may take the bracketed short form for a person's name
    text = (
        "A spokesperson for the Department for Infrastructure (DfI) said it did not accept "
        "that the road was unsafe, adding that £1.2m had been spent on the route since 2019."
    )
    assert claim_with(text, "£1.2m").speaker == "spokesperson for the Department for Infrastructure"


def test_a_headlines_second_verb_shares_the_first_ones_subject():
    # the parser hangs the first clause on the second verb as a parataxis
    text = (
        "Djelbara says six hostages freed after five months in captivity, denies paying "
        "ransom\n\nSix hostages were freed on Sunday."
    )
    claim = claim_with(text, "paying ransom")
    assert (claim.speaker, claim.stance) == ("Djelbara", "denies")
