"""What a speaker says or does next is no part of what was said or denied
before: the statement a participle opens ("denied ..., saying that ...") is
asserted by the one who denied; what befell the speaker next ("denied the
charge and was cleared") is not denied; a second "said" the parser hangs on
the clause said is the speaker's own; and a paragraph closing on a quoted
question is a sentence, not a headline."""

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
