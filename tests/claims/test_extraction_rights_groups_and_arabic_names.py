"""A lede's "a human rights group said" is the body the next paragraph
names as it speaks; a disclaimer over "those of the rights group" doubts
that body by what its name says it does; and "Haddad said" is the "Samir
al-Haddad" named before, with the job written before his name."""

from .extracted import attributed_claim_with

CRACKDOWN = (
    "Rights group says 31 killed in protest crackdown; government says four\n\n"
    "SALEMA, Qadimar, April 18 (Levant Wire) - Security forces killed at least 31 people "
    "during three days of protests over bread prices, a human rights group said on "
    "Thursday.\n\n"
    "The Qadimari Centre for Human Rights, which is based abroad, said more than 1,500 "
    "people had been detained.\n\n"
    "Government spokesman Samir al-Haddad told state television that four people had died. "
    "He said 420 people had been arrested for looting.\n\n"
    '"The security forces showed restraint," Haddad said.\n\n'
    "Neither the government's figures nor those of the rights group could be independently "
    "verified."
)


def test_a_body_a_lede_describes_is_the_one_the_next_paragraph_names():
    claim = attributed_claim_with(CRACKDOWN, "at least 31 people")
    assert claim.speaker == "Qadimari Centre for Human Rights"


def test_a_disclaimer_over_those_of_the_rights_group_doubts_that_body():
    assert attributed_claim_with(CRACKDOWN, "at least 31 people").hedged
    assert attributed_claim_with(CRACKDOWN, "more than 1,500 people").hedged


def test_the_disclaimer_also_doubts_the_other_owner_named():
    assert attributed_claim_with(CRACKDOWN, "420 people").hedged


def test_a_job_before_a_name_the_parser_broke_apart_is_the_role():
    claim = attributed_claim_with(CRACKDOWN, "four people had died")
    assert (claim.speaker, claim.speaker_role) == ("Samir al-Haddad", "Government spokesman")


def test_a_surname_without_its_article_is_the_full_name():
    assert attributed_claim_with(CRACKDOWN, "showed restraint").speaker == "Samir al-Haddad"


def test_a_report_described_in_a_lede_is_not_whatever_opens_the_next_paragraph():
    text = (
        "Overdose deaths hit record\n\n"
        "The county recorded 212 fatal overdoses last year, according to a report released "
        "Monday by the Ranford County Medical Examiner's Office.\n\n"
        "Fentanyl was involved in 181 of the deaths, the report said."
    )
    assert attributed_claim_with(text, "181 of the deaths").speaker != "Fentanyl"
