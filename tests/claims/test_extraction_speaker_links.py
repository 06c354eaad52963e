"""How an article links a description of a source to the name it gives,
and attribution frames the parse carries beyond "X said": invented text."""

import pytest

from tests.claims.extracted import attributed_claim_with, claim_with

# -- descriptions resolved to the named organisation --------------------------


def test_a_description_sharing_a_word_with_a_name_is_that_body():
    text = (
        "LOWMERE — Floodwater killed at least 31 people across the valley, a farmers' "
        "welfare group said on Tuesday. But the Lowmere Farmers' Relief Alliance (LFRA) "
        "said 30 farms had been cut off."
    )
    claim = attributed_claim_with(text, "at least 31 people")
    assert claim.speaker == "Lowmere Farmers' Relief Alliance"


def test_a_headline_shortening_a_linked_description_is_that_body():
    text = (
        "Welfare group says 31 died in Lowmere floods\n\n"
        "LOWMERE — Floodwater killed at least 31 people across the valley, a farmers' "
        "welfare group said on Tuesday. But the Lowmere Farmers' Relief Alliance (LFRA) "
        "said 30 farms had been cut off."
    )
    assert attributed_claim_with(text, "31 died").speaker == "Lowmere Farmers' Relief Alliance"


def test_a_description_with_no_word_of_the_name_stays_unnamed():
    text = (
        "Aid group says 31 died in Lowmere floods\n\n"
        "Floodwater killed at least 31 people across the valley, a rights group said on "
        "Tuesday. The Lowmere Farmers' Relief Alliance said 30 farms had been cut off."
    )
    assert attributed_claim_with(text, "at least 31 people").speaker == "rights group"
    assert attributed_claim_with(text, "31 died").speaker == "Aid group"


@pytest.mark.parametrize(
    "name",
    ["Federation of Dock and Rail Workers", "Harbour Workers' Federation"],
)
def test_the_union_is_the_labour_body_the_article_named(name):
    text = (
        f"The {name} said 200 members had joined the strike on Monday. "
        "The union said the talks with the shipping lines had collapsed on Friday."
    )
    assert attributed_claim_with(text, "talks with the shipping lines").speaker == name


def test_the_union_named_only_later_in_the_article():
    text = (
        "KESTOWN - At least nine striking drivers were hurt on Monday when police "
        "cleared the depot gates, their union said.\n\n"
        "The Bus Drivers' Federation said three of them were still in hospital."
    )
    claim = attributed_claim_with(text, "nine striking drivers")
    assert claim.speaker == "Bus Drivers' Federation"


def test_the_union_with_no_labour_body_named_stays_as_worded():
    text = (
        "Kestel Shipping said 40 ships were waiting offshore. "
        "The union said the talks with the company had collapsed on Friday."
    )
    assert attributed_claim_with(text, "talks with the company").speaker == "union"


def test_a_name_with_of_in_it_is_what_its_description_means():
    text = (
        "The Authority of Inland Waterways says 40 barges are stranded near the lock. "
        "The waterways authority says the canal will reopen on Monday."
    )
    claim = attributed_claim_with(text, "canal will reopen")
    assert claim.speaker == "Authority of Inland Waterways"


def test_police_stay_police_beside_a_named_force():
    text = (
        "The Belmar Police Service has opened an inquiry into the blaze. "
        "The fire at the warehouse was set deliberately, according to police."
    )
    assert attributed_claim_with(text, "set deliberately").speaker == "police"


# -- unnamed sources as worded ------------------------------------------------


def test_an_unnamed_source_keeps_its_place_before_an_aside():
    text = (
        "A volunteer at the Mill Lane shelter, who did not want to be named because she "
        "was not allowed to talk to reporters, said 80 people had slept there overnight."
    )
    claim = attributed_claim_with(text, "80 people")
    assert claim.speaker == "volunteer at the Mill Lane shelter"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("prison records", "prison records"),
        ("a police statement", "police statement"),
        ("union figures", "union figures"),
        ("a statement from the army", "army"),
    ],
)
def test_records_of_a_kind_are_the_source_as_worded(source, speaker):
    text = f"The inmate was moved to a hospital wing on Monday night, according to {source}."
    assert attributed_claim_with(text, "hospital wing").speaker == speaker


# -- attribution frames -------------------------------------------------------


def test_put_the_number_at_with_the_at_on_the_object():
    text = (
        "Fire chief Ana Ruiz put the number of homes destroyed at 45, including sheds, "
        "and said another 20 had been damaged."
    )
    assert attributed_claim_with(text, "number of homes destroyed").speaker == "Ana Ruiz"


def test_a_conjunct_with_its_own_source_is_that_source():
    text = (
        "The harbour board says a dozen fishing boats sank in the storm, and insurers "
        "estimate claims at 9 million dollars."
    )
    assert attributed_claim_with(text, "9 million dollars").speaker == "insurers"
    assert attributed_claim_with(text, "fishing boats sank").speaker == "harbour board"


def test_a_relative_clause_speaks_for_the_body_it_describes():
    text = (
        "The army, which denied that soldiers had looted homes in the village, "
        "said 60 people had been rescued."
    )
    claim = attributed_claim_with(text, "soldiers had looted")
    assert (claim.speaker, claim.stance) == ("army", "denies")


def test_a_relative_clause_on_a_place_gives_no_speaker():
    text = (
        "A volunteer at the Mill Lane shelter, who did not want to be named, said 80 "
        "people had slept there."
    )
    assert claim_with(text, "to be named").speaker is None


# -- whose words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vance's lawyer, Tomas Ekberg, said the fire had started in the kitchen.", "Tomas Ekberg"),
        ("Mayor Ruiz's deputy Lena Holt said the fire had started in the kitchen.", "Lena Holt"),
    ],
)
def test_the_possessor_is_not_the_speaker(text, speaker):
    assert attributed_claim_with(text, "started in the kitchen").speaker == speaker


def test_a_denial_joined_to_a_report_is_the_speakers_own():
    text = (
        "Vance's lawyer, Tomas Ekberg, said his client left before the fire and denied "
        "that he had set it."
    )
    left = attributed_claim_with(text, "left before the fire")
    denied = attributed_claim_with(text, "he had set it")
    assert (left.speaker, left.stance) == ("Tomas Ekberg", "asserts")
    assert (denied.speaker, denied.stance) == ("Tomas Ekberg", "denies")
    assert "left before" not in denied.text


def test_what_a_denier_says_next_is_asserted():
    text = (
        "The ministry rejected the report, saying inspectors had visited the site in May "
        "and found no faults."
    )
    rejected = attributed_claim_with(text, "rejected the report")
    said = attributed_claim_with(text, "inspectors had visited")
    assert rejected.stance == "denies"
    assert (said.speaker, said.stance) == ("ministry", "asserts")
    assert "inspectors" not in rejected.text


@pytest.mark.parametrize(
    ("text", "words", "speaker", "first"),
    [
        (
            "Opposition leaders accused the mayor of hiding the audit from voters, which the "
            "mayor's office denied.",
            "which the mayor's office denied",
            "mayor's office",
            "hiding the audit",
        ),
        (
            "The union said the mine had flooded twice since March, which the company disputed.",
            "which the company disputed",
            "company",
            "flooded twice",
        ),
    ],
)
def test_an_answering_clause_is_its_subjects_denial(text, words, speaker, first):
    answer = attributed_claim_with(text, words)
    assert (answer.speaker, answer.stance) == (speaker, "denies")
    before = attributed_claim_with(text, first)
    assert words not in before.text


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The factory was fined 85,000 pounds in 2021 after a worker suffered chemical "
            "burns, court records show.",
            "fined 85,000 pounds",
            "court records",
        ),
        (
            "The plant had failed two safety inspections since 2019, state records showed.",
            "two safety inspections",
            "state records",
        ),
    ],
)
def test_records_closing_a_sentence_are_its_source(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The town's deputy mayor put the cost of the repairs at about 2 million crowns.",
            "cost of the repairs",
            "town's deputy mayor",
        ),
        (
            "Heavy rain flooded 300 homes in the delta, the country's disaster agency said.",
            "flooded 300 homes",
            "disaster agency",
        ),
    ],
)
def test_a_place_possessor_stays_with_a_post_not_with_a_body(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


# -- frames the parser breaks ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A 7-year-old boy was pulled alive from the river near Osk, his aunt, Mara "
            "Velin, told the Coast Gazette.",
            "pulled alive from the river",
            "Mara Velin",
        ),
        (
            "Two fishermen drowned when their boat overturned off Cape Lind, a local "
            "official, Pavel Dorn, told reporters.",
            "fishermen drowned",
            "Pavel Dorn",
        ),
    ],
)
def test_a_closing_teller_hung_on_the_story_still_tells_it(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def _built(words, pos, deps, heads, ents):
    """A parsed sentence as the recogniser sometimes gets it wrong."""
    from spacy.tokens import Doc

    from claims.extraction import get_nlp

    lemmas = [w.lower() for w in words]
    return Doc(
        get_nlp().vocab, words=words, pos=pos, deps=deps, heads=heads, ents=ents, lemmas=lemmas
    )


def test_a_surname_labelled_a_date_is_still_a_name():
    from claims.extraction.attribution import _subject
    from claims.extraction.speakers import SpeakerResolver

    doc = _built(
        ["Ana", "Roth", ",", "a", "spokeswoman", ",", "said", "it", "sank", "."],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"],
        ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "nsubj", "ccomp", "punct"],
        [1, 6, 1, 4, 1, 1, 6, 8, 6, 6],
        ["O", "B-DATE", "O", "O", "O", "O", "O", "O", "O", "O"],
    )
    assert _subject(doc[6]).text == "Roth"
    resolver = SpeakerResolver(doc)
    assert [name for _, name, _ in resolver.subject_people] == ["Ana Roth"]


def test_an_organisation_read_once_as_a_person_stays_an_organisation():
    from claims.extraction.speakers import SpeakerResolver

    words = ["Kell", "Railways", "said", "it", "sank", ".", "Kell", "Railways", "said", "so", "."]
    doc = _built(
        words,
        ["PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"] * 1
        + ["PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
        ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
        + ["compound", "nsubj", "ROOT", "advmod", "punct"],
        [1, 2, 2, 4, 2, 2, 7, 8, 8, 8, 8],
        ["B-ORG", "I-ORG", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    resolver = SpeakerResolver(doc)
    assert resolver.subject_people == []
    assert "railways" not in resolver.known_surnames


def test_a_name_before_the_speakers_own_participle_is_not_the_teller():
    text = (
        "Former minister Ana Roth urged farmers to vote for Lena Holt, saying the new "
        "subsidy plan would ruin small dairies."
    )
    assert attributed_claim_with(text, "subsidy plan").speaker == "Ana Roth"


def test_a_date_before_the_verb_is_not_its_subject():
    text = (
        "OSK (Reuters) - Union leader Marta Kell on Tuesday said that the dock strike "
        "would go on until the pay offer was raised."
    )
    assert attributed_claim_with(text, "dock strike").speaker == "Marta Kell"


def test_a_disclaimer_naming_an_acronym_hedges_that_bodys_claims():
    text = (
        "At least 31 people drowned in the valley, a farmers' welfare group said on "
        "Tuesday.\n\n"
        "The army said the main road was open again on Sunday.\n\n"
        "The Lowmere Farmers' Relief Alliance (LFRA) said 30 farms had been cut off.\n\n"
        "LFRA's figures could not be independently verified."
    )
    assert claim_with(text, "31 people drowned").hedged
    assert claim_with(text, "30 farms").hedged
    assert not claim_with(text, "main road was open").hedged


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Ana Roth opened the hearing. The regional bar association called for an "
            "inquiry into the deaths of four inmates.",
            "inquiry into the deaths",
            "regional bar association",
        ),
        (
            "Senator Lena Holt criticised the lender. It paid 185 million dollars in fines, "
            "which the bank detailed in its annual filings.",
            "which the bank detailed",
            "bank",
        ),
    ],
)
def test_a_bank_or_an_association_is_a_body_not_the_last_person(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker
