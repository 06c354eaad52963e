"""What a cue of reporting or thought attributes: the clause, the object or
the sentence it frames, wherever the parser hangs it."""

import pytest

from tests.claims.extracted import attributed_claim_with, no_attributed_claim_with


def test_a_clause_of_circumstance_before_the_verb_is_not_its_content():
    claim = attributed_claim_with(
        "The council opposes the plan, but - after a judge declared it lawful last week -"
        " it asked residents to comply with the order.",
        "residents to comply",
    )
    assert "judge declared" not in claim.text


def test_an_imperative_quote_opening_the_sentence_takes_the_frame_after_it():
    claim = attributed_claim_with(
        "“Look at all these Ruiz voters here,” Baker said with a smirk, looking over at Dana.",
        "Ruiz voters here",
    )
    assert claim.speaker == "Baker"


def test_a_verbless_quote_opening_the_sentence_is_quoted_speech():
    claim = attributed_claim_with("“Okay, fine,” I said, trying to stay calm.", "Okay, fine")
    assert claim.attribution == "I said"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Islanders want a daily ferry to the mainland.", "daily ferry", "Islanders"),
        ("The senator wants a recount in three counties.", "recount", "senator"),
        ("Residents of the valley have long sought a new bridge.", "new bridge", "Residents"),
    ],
)
def test_what_a_source_wants_by_name_is_its_position(text, words, speaker):
    assert speaker in attributed_claim_with(text, words).speaker


def test_wanting_is_no_position_of_a_thing():
    assert no_attributed_claim_with("The river wants room to flood.", "room")


def test_a_want_framed_by_another_speaker_stays_theirs():
    claim = attributed_claim_with(
        "Farmers want lower tariffs on fertiliser, the union said.", "tariffs"
    )
    assert claim.speaker == "union"


def test_his_stance_is_the_man_named_before():
    claim = attributed_claim_with(
        "Tom Okafor spoke in Dayton on Friday. He renewed his pledge to scrap the toll.",
        "scrap the toll",
    )
    assert claim.speaker == "Tom Okafor"


def test_their_stance_is_the_body_named_before():
    claim = attributed_claim_with(
        "The nurses union met on Monday. Their call for a pay rise was turned down.", "pay rise"
    )
    assert claim.speaker == "nurses union"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The nurses union opposes privatisation.", "privatisation", "union"),
        ("Senator Ana Ruiz condemned censorship.", "censorship", "Ana Ruiz"),
    ],
)
def test_a_stance_towards_a_thing_named_in_one_word_is_a_claim(text, words, speaker):
    assert speaker in attributed_claim_with(text, words).speaker


def test_a_stance_towards_a_pronoun_is_no_claim():
    assert no_attributed_claim_with("The nurses union opposes it.", "opposes")


def test_a_verbless_quote_framed_by_they_takes_the_group_before():
    claim = attributed_claim_with(
        "The nurses union met on Monday. “Not this year, not ever,” they said.", "Not this year"
    )
    assert claim.speaker == "nurses union"
