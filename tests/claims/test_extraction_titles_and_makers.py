"""Names as the article gives them: a premier's or a trooper's grade before
the name, Malaysian honorifics, initials written with full stops, and the
company a short name means when the article also names one of its products."""

import pytest

from .extracted import claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Premier Alana Voight visited the town on Sunday. Voight said the province "
            "would spend $2 million on repairs.",
            "$2 million",
            "Alana Voight",
        ),
        (
            "A northbound pickup clipped the bus, Trooper First Class Hannah Lyle said.",
            "clipped the bus",
            "Hannah Lyle",
        ),
        (
            "State Deputy Premier Datuk Amar Lidam Ngumbang said the state government would "
            "provide RM5,000 to each family.",
            "RM5,000",
            "Lidam Ngumbang",
        ),
        (
            "State Fire Chief Datuk Seri Hamzah Idris said 41 factories had been cited for "
            "violations last year.",
            "41 factories",
            "Hamzah Idris",
        ),
    ],
)
def test_a_grade_or_honorific_before_a_name_is_no_part_of_it(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


def test_a_given_name_like_a_title_word_stays():
    text = "Amar Singh, a shopkeeper, said 12 stalls had burned."
    assert claim_with(text, "12 stalls").speaker == "Amar Singh"


def test_initials_with_full_stops_are_the_body_they_stand_for():
    text = (
        "Gunmen attacked a United Nations food convoy on Tuesday, killing two drivers, "
        "the U.N. said."
    )
    assert claim_with(text, "two drivers").speaker == "United Nations"


def test_a_company_is_not_its_product():
    text = (
        "Kettleworth Home Products is recalling about 412,000 pressure cookers.\n\n"
        "The recall covers the Kettleworth QuickPot Pro sold since 2021.\n\n"
        "Kettleworth said roughly 40,000 of the recalled units were sold in Canada."
    )
    assert claim_with(text, "40,000").speaker == "Kettleworth Home Products"


def test_he_after_a_name_hung_on_its_job_is_that_person():
    text = (
        "Senior Superintendent of Police Rakesh Tiwari said a metal barricade had given "
        "way.\n\nHe said 47 people had been injured, 14 of them seriously."
    )
    assert claim_with(text, "47 people").speaker == "Rakesh Tiwari"


def test_a_street_or_a_town_the_recogniser_took_for_a_person_is_no_one_he_means():
    text = (
        "Fenwhistle High Street killer jailed for life\n\n"
        "A man who stabbed a father of two in Fenwhistle has been jailed for life.\n\n"
        "Callum Reeve, 23, of Marston Road, Fenwhistle, was found guilty of murder. "
        "He had denied the charge, claiming he acted in self-defence."
    )
    assert claim_with(text, "denied the charge").speaker == "Callum Reeve"


LEDE = (
    "Ex-official denies bribes\n\n"
    "A former head of housing at Solvara city council denied on Tuesday that he had "
    "accepted bribes, telling a jury that payments into his account were loans.\n\n"
)


def test_a_lede_describing_its_subject_names_them_in_the_next_paragraph():
    text = LEDE + "Martin Kessel, 54, is on trial at Solvara Crown Court charged with corruption."
    claim = claim_with(text, "payments into his account were loans")
    assert (claim.speaker, claim.speaker_kind) == ("Martin Kessel", "person")


def test_a_lede_followed_by_someone_else_keeps_its_description():
    text = LEDE + "Prosecutors say he received 186,000 pounds from three developers."
    assert claim_with(text, "payments into his account were loans").speaker != "Prosecutors"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A drone strike killed 11 civilians, local officials and residents said.",
            "11 civilians",
            "local officials and residents",
        ),
        (
            "Doctors and local journalists say the true figure is likely to be much higher.",
            "true figure",
            "Doctors and local journalists",
        ),
        ("Officials said 12 people died.", "12 people", "Officials"),
    ],
)
def test_unnamed_sources_joined_speak_together_as_worded(text, words, speaker):
    assert claim_with(text, words).speaker == speaker
