"""Frames the parser misreads: a verb tagged as a plural noun, a frame hung
on the that-clause it opens, a clause taken for a circumstance, an aside
splitting what was said, a second statement of the same speaker opened by
"though", and "as reported by" with no subject of its own."""

import pytest

from tests.claims.extracted import attributed_claim_with, claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Yet Trump claims that he paid every tax he owed.", "paid every tax", "Trump"),
        (
            "Silence is not new when it comes to the mine's safety record, the company's "
            "former manager maintains.",
            "Silence is not new",
            "manager",
        ),
    ],
)
def test_a_verb_read_as_a_plural_noun_still_frames_its_clause(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert speaker in claim.speaker


def test_a_frame_hung_on_its_own_that_clause_frames_it():
    text = (
        "The company continues to insist, most recently in a statement to shareholders, "
        "that it really wants to reopen the mine but can't because it is being investigated."
    )
    claim = attributed_claim_with(text, "wants to reopen the mine")
    assert claim.speaker == "company"
    assert claim.text.startswith("it really wants")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ruiz said after the meeting she would not sign the contract.",
            "she would not sign",
            "Ruiz",
        ),
        (
            "Police said before dawn two men had been detained near the harbour.",
            "two men had been detained",
            "Police",
        ),
    ],
)
def test_a_clause_after_a_phrase_of_time_is_what_was_said(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert speaker in claim.speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The mayor spoke on Monday when 300 residents had gathered outside.", "300 residents"),
        ("The governor unveiled a plan after 40 mayors signed a letter.", "40 mayors"),
    ],
)
def test_a_clause_of_circumstance_or_after_an_object_is_not_what_was_said(text, words):
    assert claim_with(text, words).speaker is None


def test_a_loose_subject_split_by_an_aside_is_part_of_what_was_said():
    claim = attributed_claim_with(
        "Carla Mendes heads the union. These drivers, Mendes explained at the hearing, were "
        "“underpaid,” earning less than $20,000 a year.",
        "These drivers",
    )
    assert claim.speaker == "Carla Mendes"


def test_a_second_statement_after_though_with_the_same_pronoun_is_the_speakers_own():
    text = (
        "Judge Amara Bell spoke to students on Friday. She said she rarely hears drug "
        "cases, though she noted she has sentenced 30 people for fraud this year."
    )
    first = attributed_claim_with(text, "rarely hears")
    second = attributed_claim_with(text, "has sentenced 30")
    assert "though" not in first.text
    assert first.speaker == second.speaker == "Amara Bell"


def test_a_pronoun_after_though_that_is_someone_else_stays_inside_what_was_said():
    claim = attributed_claim_with(
        "Judge Amara Bell said the defendants lied, though they claimed they were at home.",
        "the defendants lied",
    )
    assert "they were at home" in claim.text


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("As reported by the Ledger, 12 homes burned.", "12 homes burned", "Ledger"),
        (
            "As stated in the coroner's report, the driver had been drinking.",
            "the driver had been drinking",
            "report",
        ),
    ],
)
def test_as_reported_by_or_in_a_source_is_that_sources_account(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert speaker in claim.speaker
    assert not claim.text.startswith("As")


def test_as_reported_with_no_source_is_no_attribution():
    claim = claim_with("As reported earlier, the road was closed for six hours.", "road")
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Since January, state data show, 112 people have died.", "112 people", "data"),
        (
            "In the past year, police records show, 40 people were arrested.",
            "40 people",
            "police records",
        ),
        (
            "During the same stretch, court records show, the company paid $2 million.",
            "$2 million",
            "court records",
        ),
    ],
)
def test_a_frame_the_parser_read_as_a_subject_still_frames_its_clause(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert claim.speaker == speaker


def test_a_frame_closing_a_clause_before_a_rival_source_frames_that_clause_only():
    text = "The plane was bought in 2010, records show, and experts say it is worth $18 million."
    bought = attributed_claim_with(text, "bought in 2010")
    worth = attributed_claim_with(text, "$18 million")
    assert bought.speaker == "records"
    assert "experts" not in bought.text
    assert worth.speaker == "experts"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The result: Students in rural districts take 40 tests before they graduate, "
            "a study by the Rural Schools Trust found.",
            "40 tests",
            "Rural Schools Trust",
        ),
        (
            "One influential 2019 paper found improvements in reading scores.",
            "improvements",
            "paper",
        ),
    ],
)
def test_a_study_or_paper_finding_after_a_label_is_its_account(text, words, speaker):
    assert speaker in attributed_claim_with(text, words).speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker", "before"),
    [
        (
            "Mayor Dana Ruiz has lost ground in the polls — she told the Ledger that her task "
            "is to win back 2,000 voters.",
            "2,000 voters",
            "Dana Ruiz",
            "lost ground",
        ),
        (
            "Chief Tom Hale admits his force made mistakes — he told the Herald that 14 "
            "officers would be retrained.",
            "14 officers",
            "Tom Hale",
            "made mistakes",
        ),
    ],
)
def test_the_that_clause_after_a_telling_verb_is_what_was_told(text, words, speaker, before):
    claim = attributed_claim_with(text, words)
    assert claim.speaker == speaker
    assert before not in claim.text
    assert not claim.text.startswith(("she told", "he told"))
