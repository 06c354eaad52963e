"""Quotes typed with two apostrophes for a double mark, quotes presented by a
clause ending at a colon or comma whatever its verb, and quotes whose
"said" stands before a name the parser did not make its subject."""

import pytest

from claims.extraction import extract
from claims.extraction.attribution import find_quotes, paragraphs
from tests.claims.extracted import attributed_claim_with, claim_with


def quoted(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text, paragraphs(text))]


# -- two apostrophes as a double mark ---------------------------------------------


def test_typed_double_marks_pair_like_straight_ones():
    text = "The clerk wrote ''closed for repairs'' on the door and ''back soon'' below it."
    assert quoted(text) == ["closed for repairs", "back soon"]


def test_single_mark_inside_a_typed_double_one():
    text = "She said ''the sign read 'no entry.''' and left."
    assert quoted(text) == ["the sign read 'no entry.'"]


def test_curly_closing_mark_closes_a_straight_opener():
    text = 'He called the plan "a waste of good land” and walked out.'
    assert quoted(text) == ["a waste of good land"]


ARTICLE = (
    "Ferry timetable cut again\n\n"
    "The island ferry will run twice a day from March, the operator said on Monday.\n\n"
    "''We cannot keep losing money on empty crossings,'' said Petra Lund, the operator's "
    "director. ''The winter boats carried eleven people a day.''\n\n"
    "Councillor Omar Haddad said the cut would strand workers. ''Nobody on this island can "
    "start work at ten,'' he said. ''The nurses will have to sleep on the mainland.''\n"
)


def test_typed_double_quote_and_its_continuation_are_attributed():
    first = attributed_claim_with(ARTICLE, "We cannot keep losing money")
    assert first.speaker == "Petra Lund"
    second = attributed_claim_with(ARTICLE, "The winter boats carried eleven people")
    assert second.speaker == "Petra Lund"
    later = attributed_claim_with(ARTICLE, "The nurses will have to sleep")
    assert later.speaker == "Omar Haddad"


def test_said_before_a_name_the_parser_misread():
    text = (
        "Orchard prices fall\n\n"
        "''I have never sold apples this cheaply,'' said Jonas Berg, smiling sadly. "
        "He has farmed the valley for thirty years.\n"
    )
    assert attributed_claim_with(text, "never sold apples").speaker == "Jonas Berg"


# -- a clause ending at a colon or comma presents the quote ------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Dam repairs delayed\n\nThe engineer Clara Moss continued: "
            "“The spillway is cracked. It will not survive another flood.”\n",
            "The spillway is cracked",
            "Clara Moss",
        ),
        (
            "Library hours\n\nAs the librarian Tomas Reyes put it, "
            "“A town without a library has stopped reading its own story.”\n",
            "A town without a library",
            "Tomas Reyes",
        ),
        (
            "Strike vote\n\nUnion leader Ines Alvarez shot back: "
            "“The offer insults every driver who worked through the winter.”\n",
            "The offer insults every driver",
            "Ines Alvarez",
        ),
    ],
)
def test_quote_presented_by_a_clause(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_scene_setting_clause_before_a_comma_does_not_speak():
    text = (
        "Harbour fire\n\n"
        "When the inspector Lars Holm arrived, “the fire had already reached the roof,” "
        "according to the night guard's log.\n"
    )
    claim = attributed_claim_with(text, "the fire had already reached the roof")
    assert claim.speaker != "Lars Holm"


def test_copula_before_a_colon_does_not_speak():
    text = (
        "Budget talks\n\nThe mayor's problem is simple: “We spent the reserve on the bridge,” "
        "said the treasurer, Anna Vos.\n"
    )
    assert attributed_claim_with(text, "We spent the reserve").speaker == "Anna Vos"


def test_paragraph_ending_in_a_typed_mark_is_no_headline():
    # a paragraph whose only stop sits before a closing mark is still prose,
    # so its reported speech in the past tense is read
    text = (
        "Mill sold\n\n"
        "A spokeswoman for the new owners said there was a plan "
        "''to keep every loom running through the winter.''\n"
    )
    claim = attributed_claim_with(text, "to keep every loom running")
    assert claim.attribution == "said"


@pytest.mark.parametrize(
    "after",
    [
        "The warning came from Captain Mira Dahl, who leads the coastguard station.",
        "Captain Mira Dahl spoke to reporters at the harbour.",
    ],
)
def test_the_sentence_after_a_bare_quote_can_name_its_speaker(after):
    text = f"“Nine boats have not come back and the sea is getting worse.” {after}"
    assert extract(text)[0].speaker == "Mira Dahl"


def test_a_headline_deed_and_saying_share_one_subject():
    text = (
        "Orvel health minister quits, says hospitals were left without funds\n\n"
        "ORVEL - Orvel's health minister, Marta Selin, resigned on Friday."
    )
    claim = claim_with(text, "hospitals were left without funds")
    assert claim.speaker == "Marta Selin"
    assert not claim.text.startswith("Orvel health minister quits")


def test_a_headline_premier_is_the_prime_minister_the_article_names():
    text = (
        "Norvan premier denies ordering raids on newspapers\n\n"
        "VELD - Prime Minister Anna Kovar denied on Thursday that her government "
        "had ordered raids on two newspapers."
    )
    claim = claim_with(text, "ordering raids")
    assert (claim.speaker, claim.stance) == ("Anna Kovar", "denies")
