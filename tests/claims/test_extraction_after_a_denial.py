"""What a speaker says or does next is no part of what was said or denied
before: the statement a participle opens ("denied ..., saying that ...") is
asserted by the one who denied, and so is all that runs on after it ("and
had passed inspection"), however the parser hangs it ("denied in a
statement that ..., saying ...", "... and said ..."), or when what was
denied is only "that"; what befell the speaker next ("denied the
charge and was cleared") is not denied; a second "said" the parser hangs on
the clause said is the speaker's own; and a paragraph closing on a quoted
question is a sentence, not a headline. "Claimed" keeps its distance when
set inside the clause it frames ("The gunmen, the army claimed, fired
first")."""

import pytest

from tests.claims.extracted import attributed_claim_with, claim_with


def test_the_statement_after_a_denial_is_the_deniers_and_asserted():
    text = (
        "A union said the wall had been flagged as unstable twice this year. Brennock "
        "Quarries denied that it had ignored safety warnings, saying in a statement that "
        "the face had been inspected on April 15."
    )
    denial = attributed_claim_with(text, "ignored safety warnings")
    assert denial.stance == "denies"
    assert "inspected" not in denial.text
    next_statement = attributed_claim_with(text, "had been inspected")
    assert next_statement.speaker == "Brennock Quarries"
    assert next_statement.stance == "asserts"


def test_what_befell_the_speaker_after_a_denial_is_not_denied():
    text = (
        "The former manager, Colin Redfern, had denied a separate charge of neglect and "
        "was cleared by a jury in November."
    )
    denial = claim_with(text, "denied a separate charge")
    assert denial.stance == "denies"
    assert "cleared" not in denial.text


def test_a_second_verb_of_saying_hung_on_the_clause_said_is_the_speakers():
    text = (
        "The mayor said the move was made by the police commissioner and said, "
        '"Who are you going to trust on security?"'
    )
    first = attributed_claim_with(text, "the move was made")
    assert first.speaker == "mayor"
    assert "trust" not in first.text
    assert attributed_claim_with(text, "Who are you going to trust").speaker == "mayor"


def test_a_paragraph_closing_on_a_quoted_question_is_no_headline():
    text = (
        "Officials met on Monday.\n\n"
        'Ruiz said the plant had been closed for a week and asked, "Why was no one told?"'
    )
    assert attributed_claim_with(text, "the plant had been closed").speaker == "Ruiz"


@pytest.mark.parametrize(
    ("text", "denied", "asserted", "speaker"),
    [
        # the participle hung on the verb, with more of its own after "and"
        (
            "The owner, Glen Moss, denied that he had ignored warnings about the furnace, "
            "saying it had been serviced in April and had passed inspection.",
            "ignored warnings",
            "serviced in April",
            "Glen Moss",
        ),
        # the clause denied hung on "statement", the next statement on it
        (
            "The highways agency denied in a statement that the bend lacked barriers, saying "
            "that 40 warning signs had been put up along the road in 2022.",
            "bend lacked barriers",
            "40 warning signs",
            "highways agency",
        ),
        (
            "The operator denied in a statement that the helicopter had a history of faults "
            "and said its pilot had more than 6,000 hours of flying experience.",
            "history of faults",
            "6,000 hours",
            "operator",
        ),
    ],
)
def test_what_the_denier_says_next_is_asserted_and_theirs(text, denied, asserted, speaker):
    denial = attributed_claim_with(text, denied)
    assert denial.stance == "denies"
    assert asserted not in denial.text
    next_statement = attributed_claim_with(text, asserted)
    assert (next_statement.speaker, next_statement.stance) == (speaker, "asserts")


def test_a_denial_of_a_pronoun_leaves_the_reason_given_asserted():
    text = (
        "Residents said no warning had been issued. The agency denied that, saying text "
        "alerts had been sent to 52,000 phones on Monday evening."
    )
    claim = attributed_claim_with(text, "52,000 phones")
    assert (claim.speaker, claim.stance) == ("agency", "asserts")


def test_claimed_set_inside_the_clause_still_distances_it():
    claimed = attributed_claim_with(
        "The gunmen, the army claimed, fired first on the patrol.", "fired first"
    )
    said = attributed_claim_with(
        "The gunmen, the army said, fired first on the patrol.", "fired first"
    )
    assert (claimed.hedged, said.hedged) == (True, False)
