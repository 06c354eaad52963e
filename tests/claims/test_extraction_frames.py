"""Attribution frames read off the parse: a frame set inside the clause it
reports, a judgement "as" (active, passive, "referred to ... as"), a study or
a holder's view introduced by "in", findings of records and results, and a
position taken only through "for" or "against"."""

import pytest

from tests.claims.extracted import attributed_claim_with, no_attributed_claim_with

# -- a frame between commas inside the reported clause --------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The ferry terminal, Ruiz says, is a waste of money.",
            "is a waste of money",
            "Ruiz",
        ),
        (
            "Hiring more inspectors, the dockworkers' union argued, would cut delays at the port.",
            "would cut delays",
            "dockworkers' union",
        ),
        (
            "In the decade since the mill closed, Mayor Tom Okafor said, the town has lost"
            " a third of its shops.",
            "the town has lost a third of its shops",
            "Tom Okafor",
        ),
    ],
)
def test_a_frame_inside_the_clause_attributes_the_clause(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert speaker in (claim.speaker or "")


def test_a_relative_clause_between_commas_is_no_frame():
    text = "The ferry, which sank in May, had been repaired twice."
    assert no_attributed_claim_with(text, "had been repaired twice")


# -- judgements "as" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Dana Cole referred to the striking nurses as heroes of the city.",
            "the striking nurses as heroes",
            "Dana Cole",
        ),
        (
            "Governor Ruth Ames portrayed the toll road as a giveaway to developers.",
            "the toll road as a giveaway",
            "Ruth Ames",
        ),
        (
            "In the debate, Lena Park cast herself as the only outsider in the race.",
            "herself as the only outsider",
            "Lena Park",
        ),
    ],
)
def test_an_active_judgement_as_is_its_subjects(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The new stadium is widely seen as a costly mistake.", "a costly mistake"),
        ("The court's ruling was condemned as an attack on the press.", "an attack on the press"),
        ("The levy has been described as a tax on the poor.", "a tax on the poor"),
    ],
)
def test_a_passive_judgement_as_is_an_unnamed_one(text, words):
    claim = attributed_claim_with(text, words)
    assert claim.speaker_kind == "anonymous"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The harbour pilot was known as a careful man.", "a careful man"),
        ("Ruiz kept referring to the vote in her speech to the farmers.", "the vote"),
        ("The museum will present the paintings in a new wing.", "the paintings"),
    ],
)
def test_naming_and_literal_verbs_make_no_judgement(text, words):
    assert no_attributed_claim_with(text, words)


# -- "in" a study or a holder's view ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "In a survey released on Monday, 61 percent of farmers had lost money in the drought.",
            "61 percent of farmers had lost money",
        ),
        ("In the university's study, half of the tested bridges needed repairs.", "half of the"),
        ("Governor Ames now leads comfortably in the latest polls.", "Governor Ames now leads"),
    ],
)
def test_a_clause_in_a_study_is_the_studys(text, words):
    claim = attributed_claim_with(text, words)
    assert not claim.text.startswith("In ")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Lena Ortiz spoke on Tuesday. In her view, the council has wasted the budget.",
            "the council has wasted the budget",
            "Lena Ortiz",
        ),
        (
            "In the eyes of Senator Dana Cole, the harbour deal has failed.",
            "the harbour deal has failed",
            "Dana Cole",
        ),
    ],
)
def test_a_clause_in_someones_view_is_theirs(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In view of the protests, the council delayed the vote.", "the council delayed"),
        ("In the garden, the children planted tomatoes.", "planted tomatoes"),
        ("Three names appeared in the report.", "Three names appeared"),
        ("In other words, the bridge stays closed.", "the bridge stays closed"),
    ],
)
def test_in_a_place_a_reason_or_a_document_is_no_source(text, words):
    assert no_attributed_claim_with(text, words)


# -- findings of records and results ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The results also showed the weakness of the old coalition.", "the weakness"),
        ("Court documents show the firm paid its fines late.", "the firm paid its fines late"),
    ],
)
def test_records_and_results_report_what_they_show(text, words):
    assert attributed_claim_with(text, words)


# -- a position through "for" or "against" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The nurses' union pushed for a ban on night shifts.", "a ban on night shifts", "union"),
        (
            "Councillor Ana Ruiz apologized for her remarks about the fishermen.",
            "her remarks about the fishermen",
            "Ana Ruiz",
        ),
        (
            "Senator Dana Cole pressed for a recount in the northern wards.",
            "a recount",
            "Dana Cole",
        ),
    ],
)
def test_a_position_for_or_against_is_the_subjects(text, words, speaker):
    assert speaker in (attributed_claim_with(text, words).speaker or "")


def test_pushing_a_thing_is_no_position():
    assert no_attributed_claim_with("The crew pushed the cart to the loading door.", "cart")


# -- a participle after a preposition, a citation "as" -------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Despite questioning the budget figures, Ana Ruiz voted for the harbour plan.",
            "questioning the budget figures",
            "Ana Ruiz",
        ),
        (
            "In addition to stating that the dam was safe, Minister Tom Okafor has ordered"
            " a new inspection.",
            "the dam was safe",
            "Tom Okafor",
        ),
    ],
)
def test_a_participle_after_a_preposition_has_the_main_subject(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_citing_something_as_evidence_is_a_judgement():
    claim = attributed_claim_with(
        "Senator Dana Cole cites the floods as evidence of neglect.", "the floods as evidence"
    )
    assert claim.speaker == "Dana Cole"


# -- guessing, reckoning, finding out, signalling; threats ---------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Lena Ortiz wondered whether the old bridge would ever reopen.",
            "the old bridge would ever reopen",
            "Lena Ortiz",
        ),
        (
            "The farmers' union calculated that the tariff would cost 4,000 jobs.",
            "the tariff would cost 4,000 jobs",
            "union",
        ),
        (
            "Governor Ruth Ames signaled that she would veto the harbour bill.",
            "she would veto the harbour bill",
            "Ruth Ames",
        ),
        ("Senator Dana Cole threatened to sue the port authority.", "to sue the port", "Dana Cole"),
    ],
)
def test_conjecture_findings_signals_and_threats_attribute_their_clause(text, words, speaker):
    assert speaker in (attributed_claim_with(text, words).speaker or "")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The rising river threatens to cut off the village.", "cut off the village"),
        ("The children discovered a cave behind the school.", "a cave"),
        ("Engineers are working to determine the cause of the collapse.", "the cause"),
    ],
)
def test_a_threat_needs_a_sayer_and_finding_out_needs_a_clause(text, words):
    assert no_attributed_claim_with(text, words)


# -- more verbs of saying: likening, referencing, charging; a spoken topic ----------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Councillor Ana Ruiz likened the water levy to theft.", "the water levy to theft", "Ruiz"),
        (
            "Prosecutor Tom Okafor charged that the driver had been drinking.",
            "the driver had been drinking",
            "Tom Okafor",
        ),
        (
            "Senator Dana Cole referenced the 2008 crash in her speech to the bankers.",
            "the 2008 crash",
            "Dana Cole",
        ),
        ("Mayor Lena Ortiz talked about immigration at the rally.", "about immigration", "Ortiz"),
    ],
)
def test_more_verbs_of_saying_attribute_their_object(text, words, speaker):
    assert speaker in (attributed_claim_with(text, words).speaker or "")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police charged the driver with manslaughter.", "manslaughter"),
        ("The phone was charging on the desk all night.", "on the desk"),
        ("Mayor Lena Ortiz spoke about it.", "about it"),
    ],
)
def test_charges_and_pronoun_topics_are_no_claims(text, words):
    assert no_attributed_claim_with(text, words)


# -- siding and breaking with; a stance held by a group or named after "from" -------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Lena Ortiz sided with the growers in the water dispute.",
            "with the growers",
            "Lena Ortiz",
        ),
        ("Senator Dana Cole broke with her party over the tariff.", "with her party", "Dana Cole"),
        ("The fishermen's union balked at the new quota.", "at the new quota", "union"),
    ],
)
def test_siding_is_a_position(text, words, speaker):
    assert speaker in (attributed_claim_with(text, words).speaker or "")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The old beam broke with a loud crack.", "with a loud crack"),
        ("The lorry turned against the flow of traffic.", "against the flow"),
    ],
)
def test_things_take_no_sides(text, words):
    assert no_attributed_claim_with(text, words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The ferry delays drew calls from passengers for a refund.",
            "for a refund",
            "passengers",
        ),
        (
            "A demand from the dockers' union for higher pay was rejected.",
            "for higher pay",
            "union",
        ),
    ],
)
def test_a_stance_noun_is_held_by_the_one_it_comes_from(text, words, speaker):
    assert speaker in (attributed_claim_with(text, words).speaker or "")


# -- an infinitive of purpose takes the subject of the verb it serves ----------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Lena Ortiz went on the radio to say the old pier was unsafe.",
            "the old pier was unsafe",
            "Lena Ortiz",
        ),
        (
            "Senator Dana Cole took to social media to applaud the court's decision.",
            "the court's decision",
            "Dana Cole",
        ),
    ],
)
def test_an_infinitive_of_purpose_speaks_for_the_subject(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_an_infinitive_after_an_object_is_not_the_subjects():
    claim_text = "the contract was void"
    text = "Mayor Lena Ortiz hired a lawyer to argue that the contract was void."
    assert no_attributed_claim_with(text, claim_text) or all(
        c.speaker != "Lena Ortiz" for c in [attributed_claim_with(text, claim_text)]
    )


# -- attitudes of awareness and of division ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The wheat farmers are divided on the water levy.",
            "divided on the water levy",
            "farmers",
        ),
        (
            "Senator Dana Cole is aware that the port is losing money.",
            "the port is losing money",
            "Dana Cole",
        ),
        (
            "The harbour council was united in its opposition to the tower.",
            "its opposition to the tower",
            "council",
        ),
    ],
)
def test_awareness_and_division_are_stances(text, words, speaker):
    assert speaker in (attributed_claim_with(text, words).speaker or "")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The rescue crews were split into four teams.", "four teams"),
        ("The residents were clear of the blast zone by noon.", "the blast zone"),
    ],
)
def test_division_into_parts_and_distance_are_no_stances(text, words):
    assert no_attributed_claim_with(text, words)
