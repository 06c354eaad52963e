"""A denial is the speaker's claim, never an assertion of the words denied."""

import pytest

from claims.extraction import extract
from tests.claims.extracted import claim_with


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The operator denied that the pumps had failed twice.", "the pumps had failed twice"),
        ("The club rejected claims that tickets were resold.", "tickets were resold"),
        (
            "The council dismissed reports that the pool would close in May.",
            "the pool would close in May",
        ),
        (
            "The airline said it was not true that pilots had walked out.",
            "pilots had walked out",
        ),
    ],
)
def test_denials_are_marked_and_hold_the_denied_words(sentence, content):
    claims = extract(sentence)
    denied = [c for c in claims if c.stance == "denies"]
    assert [c.text for c in denied] == [content]


def test_a_plain_report_asserts():
    claims = extract("The operator said the pumps had failed twice.")
    assert [c.stance for c in claims] == ["asserts"]


def test_stance_is_in_the_public_json():
    claims = extract("The operator denied that the pumps had failed twice.")
    assert claims[0].to_dict()["stance"] == "denies"


def test_a_denial_joined_to_a_report_is_its_own_claim():
    text = (
        "The ferry company said that it had cancelled 6 sailings "
        "and denied that any crew had walked out."
    )
    stances = {c.text: c.stance for c in extract(text)}
    assert stances == {
        "it had cancelled 6 sailings": "asserts",
        "any crew had walked out": "denies",
    }


def test_a_disputed_figure_is_never_the_disputers_assertion():
    text = "Police disputed the figure of 30 injured, saying only 4 people were hurt."
    by_value = {q.value: c for c in extract(text) for q in c.quantities}
    assert (by_value[30].speaker, by_value[30].stance) == ("Police", "denies")
    assert (by_value[4].speaker, by_value[4].stance) == ("Police", "asserts")


def test_what_a_disputer_says_next_is_asserted():
    text = "The council disputes that figure and says more than 400 homes were repaired."
    stances = {c.text: c.stance for c in extract(text)}
    assert stances == {
        "disputes that figure": "denies",
        "more than 400 homes were repaired": "asserts",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The company did not say the bus was speeding.",
        "The company did not say how fast the bus was travelling.",
        "The mayor did not tell reporters whether she would resign.",
    ],
)
def test_what_was_not_said_is_never_a_claim_of_the_speaker(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Prosecutor Lena Voss said Omar Reyes had hidden 3 bank accounts, which he denied.",
            "which he denied",
            "Omar Reyes",
        ),
        (
            "Local farmers said the dam had cracked twice in a year, a claim the water board "
            "rejected.",
            "a claim the water board rejected",
            "water board",
        ),
        (
            "Residents said 20 wells had dried up, an allegation the mining firm denied.",
            "an allegation the mining firm denied",
            "mining firm",
        ),
    ],
)
def test_a_denial_in_a_closing_relative_clause_is_its_subjects(text, words, speaker):
    denial = claim_with(text, words)
    assert denial.stance == "denies"
    assert denial.speaker == speaker


def test_a_claim_denied_in_a_relative_clause_ends_before_it():
    text = "Residents said 20 wells had dried up, an allegation the mining firm denied."
    claim = claim_with(text, "wells had dried up")
    assert claim.stance == "asserts"
    assert "denied" not in claim.text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The council said it was reviewing the plans and rejected claims in local papers "
            "that the library would close.",
            "library would close",
        ),
        (
            "The charity said it had spent 4 million euros on the shelters and dismissed reports "
            "on television that the money had gone missing.",
            "money had gone missing",
        ),
    ],
)
def test_a_denial_of_a_claim_noun_joined_to_the_reported_clause_is_the_speakers(text, words):
    assert claim_with(text, words).stance == "denies"


def test_a_denied_deed_does_not_reach_what_the_speaker_says_next():
    text = (
        "Raid\n\nThe militia denied torturing prisoners, telling reporters that "
        "14 guards had been captured."
    )
    denied = claim_with(text, "torturing prisoners")
    said = claim_with(text, "14 guards")
    assert denied.stance == "denies"
    assert said.stance == "asserts"
    assert "14 guards" not in denied.text


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The agency said claims that 9 inmates had died were untrue.", "9 inmates"),
        # the parser reads "claims" here as the verb of what was said
        ("The ministry said claims that 12 prisoners had died were untrue.", "12 prisoners"),
    ],
)
def test_claims_said_to_be_untrue_are_denied_however_the_parser_tags_them(sentence, words):
    assert claim_with(f"Jail\n\n{sentence}", words).stance == "denies"


def test_not_denying_is_no_denial():
    text = "Derby\n\nThe club did not deny that 6 supporters were arrested."
    assert claim_with(text, "6 supporters").stance == "asserts"


@pytest.mark.parametrize(
    ("text", "denied", "asserted", "speaker"),
    [
        (
            "Government spokeswoman Irina Malek denied that detainees had been mistreated "
            "and said all of them would be brought before a judge within 72 hours.",
            "detainees had been mistreated",
            "brought before a judge",
            "Irina Malek",
        ),
        (
            "The owner, Lake Star Shipping, denied that the ferry had been overloaded and "
            "blamed strong winds.",
            "the ferry had been overloaded",
            "blamed strong winds",
            "Lake Star Shipping",
        ),
    ],
)
def test_what_the_denier_says_next_hung_on_the_denied_clause_is_asserted(
    text, denied, asserted, speaker
):
    denial, statement = claim_with(text, denied), claim_with(text, asserted)
    assert asserted not in denial.text
    assert (denial.stance, denial.speaker) == ("denies", speaker)
    assert (statement.stance, statement.speaker) == ("asserts", speaker)


def test_a_reported_act_joined_to_the_denied_clause_is_still_denied():
    text = "The army denied that its troops had fired on the crowd and had killed 12 people."
    assert claim_with(text, "killed 12 people").stance == "denies"
