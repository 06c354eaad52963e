"""A person named in full is the same person when later called by a given
name or by the first of two surnames, however the recogniser labels that
word ("Azman said" after "deputy director Azman Hashim", "Arriaga told
reporters" after "Gustavo Arriaga Peña"); and a body whose name is built on
"for" ("the Kharsan Observatory for Human Rights") is a body even where the
recogniser took it for a place, so "the Observatory" after it, and a lede's
"a war monitor said" before it, are that body. A report is the body's that
made it ("tabled ... by the Coal Mining Safety Review Board"), and one a
lede says a described body published ("the region's public spending
watchdog") is the body the next paragraph names as finding it."""

import pytest

from .extracted import attributed_claim_with

ARRIAGA = (
    "The riot broke out on Saturday in Block C, according to prison service director "
    "Gustavo Arriaga Peña.\n\n"
    '"The situation is under control," Arriaga told reporters at the gate. Arriaga said '
    "two of the injured guards were in a serious condition."
)

AZMAN = (
    "The blaze broke out at around 3 a.m. while some 300 workers were on the night shift, "
    "fire department deputy director Azman Hashim said.\n\n"
    "Azman said most of the victims were found in a dormitory on the top floor."
)

OBSERVATORY = (
    "Shelling kills 11 civilians in Tell Rumman, monitor says\n\n"
    "BEIRUT, Oct 14 (Levant Wire) - Artillery fire killed 11 civilians, four of them "
    "children, in the rebel-held town of Tell Rumman on Monday, a war monitor said.\n\n"
    "The Kharsan Observatory for Human Rights, a Britain-based group, said another 26 "
    "people were wounded.\n\n"
    "The Observatory said most of the victims were killed when rockets hit a street near "
    "the bakery."
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (ARRIAGA, "two of the injured guards", "Gustavo Arriaga Peña"),
        (AZMAN, "most of the victims", "Azman Hashim"),
        (OBSERVATORY, "most of the victims", "Kharsan Observatory for Human Rights"),
        (OBSERVATORY, "another 26 people", "Kharsan Observatory for Human Rights"),
        # "a war monitor said" in the lede is the body the next paragraph names
        (OBSERVATORY, "Artillery fire killed 11 civilians", "Kharsan Observatory for Human Rights"),
    ],
)
def test_a_later_short_name_is_the_one_named_in_full(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_given_name_two_people_share_names_neither():
    text = (
        "Ana Ruiz, a nurse, and Ana Torres, a teacher, were at the scene. Ana said six "
        "people were hurt."
    )
    assert attributed_claim_with(text, "six people").speaker not in {"Ana Ruiz", "Ana Torres"}


def test_a_word_of_a_bodys_name_before_no_for_is_no_short_form():
    text = (
        "The Coastal Observatory Trust said 14 homes were flooded. Observatory staff said "
        "three roads were closed."
    )
    assert attributed_claim_with(text, "three roads").speaker != "Coastal Observatory Trust"


AUDIT = (
    "Nearly 48,000 patients waiting over a year for treatment, audit finds\n\n"
    "CORRIEMOUNT, Feb. 20 (Northline News) - Nearly 48,000 patients in the region have been "
    "waiting more than a year for planned hospital treatment, according to a report published "
    "on Thursday by the region's public spending watchdog.\n\n"
    "The Audit Office for Corriemount (AOC) found that the total waiting list stood at 312,400 "
    "at the end of December.\n\n"
    "Orthopaedics accounted for the largest share of long waits, the report said."
)

TABLED = (
    "A report tabled in state parliament in March by the Coal Mining Safety Review Board found "
    "that six workers had died in coal mines since July 2022."
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (AUDIT, "Nearly 48,000 patients in the region", "Audit Office for Corriemount"),
        (AUDIT, "Orthopaedics accounted", "Audit Office for Corriemount"),
        (TABLED, "six workers had died", "Coal Mining Safety Review Board"),
    ],
)
def test_a_report_is_the_bodys_that_made_it(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_report_commissioned_by_a_body_is_not_its_own():
    text = (
        "The seafront has flooded 11 times since 2014, according to a report commissioned by "
        "the council last year."
    )
    assert attributed_claim_with(text, "flooded 11 times").speaker != "council"
