"""Reports whose tolls the sides dispute: a disclaimer over every casualty
figure, a source doubting its own report, a figure one side rejects in a
relative clause, each side speaking through its people, and the names of
those who speak for them."""

import pytest

from claims.extraction import extract

from .extracted import attributed_claim_with, claim_with

CAMP = (
    "Air strike on camp kills at least 22, rescuers say\n\n"
    "An air strike hit a camp for displaced families early on Tuesday, killing at least "
    "22 people, the civil defence service said.\n\n"
    "The military said its aircraft had struck a farm building near the camp. Its "
    "spokesman, Hamid Qassar, said no civilians had been killed.\n\n"
    "The UN refugee agency said about 60 tents had been destroyed.\n\n"
    "The health directorate put the toll at 27 and said 34 people had been wounded.\n\n"
    "None of the casualty figures could be independently verified."
)


@pytest.mark.parametrize(
    "words",
    [
        "kills at least 22",
        "killing at least 22 people",
        "no civilians had been killed",
        "put the toll at 27",
    ],
)
def test_none_of_the_casualty_figures_doubts_every_sources_count_of_the_harmed(words):
    assert claim_with(CAMP, words).hedged


@pytest.mark.parametrize("words", ["about 60 tents had been destroyed", "struck a farm building"])
def test_none_of_the_casualty_figures_leaves_other_claims_alone(words):
    assert not claim_with(CAMP, words).hedged


def test_none_of_the_figures_of_a_named_source_is_that_sources_alone():
    text = (
        "The army said 40 militants had been killed. Rebels said 12 soldiers had died.\n\n"
        "None of the rebel figures could be verified."
    )
    assert not claim_with(text, "40 militants").hedged


def test_a_source_not_in_a_position_to_confirm_its_report_doubts_it():
    text = (
        "The UN said in a situation report that it had received reports of 25 deaths in "
        "Lashkevi, but that it was not in a position to confirm either figure."
    )
    assert claim_with(text, "25 deaths").hedged


def test_a_source_in_a_position_to_confirm_does_not_doubt():
    text = "The agency said 25 people had died and that it was in a position to confirm the figure."
    assert not claim_with(text, "25 people had died").hedged


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Zorvat People's Army says shelling killed 88 civilians last month, a figure "
            "the Dravanian government rejects.",
            "a figure the Dravanian government rejects",
            "Dravanian government",
        ),
        (
            "Residents said 500 homes were flooded, a figure the county council disputed.",
            "a figure the county council disputed",
            "county council",
        ),
    ],
)
def test_a_figure_a_relative_clause_rejects_is_its_subjects_denial(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.stance) == (speaker, "denies")
    assert claim_with(text, "killed 88" if "88" in text else "500 homes").stance == "asserts"


def test_a_figure_that_moved_is_no_denial():
    text = "Police said 12 people were arrested, a number that rose to 15 overnight."
    assert [c.stance for c in extract(text)] == ["asserts"]


SHELLING = (
    "Shelling kills five in breakaway region\n\n"
    "Artillery fire struck the city overnight, killing five civilians, separatist "
    "officials said on Wednesday.\n\n"
    "The separatist administration's emergencies service said 23 people were wounded. "
    "It blamed government forces.\n\n"
    "Sarvakia's Defence Ministry denied targeting civilians. In a statement, it said its "
    "forces had struck only military targets.\n\n"
    '"Our units responded proportionately," ministry spokesman Major Andrei Kostov said. '
    "He said up to 30 separatist fighters had been killed, a figure the separatists "
    'dismissed as "fantasy".\n\n'
    "Eurasia Wire could not independently verify the accounts given by either side."
)


@pytest.mark.parametrize(
    "words",
    [
        "killing five civilians",
        "23 people were wounded",
        "struck only military targets",
        "up to 30 separatist fighters",
        "a figure the separatists dismissed",
    ],
)
def test_either_side_is_each_side_with_the_people_who_speak_for_it(words):
    assert claim_with(SHELLING, words).hedged


def test_a_body_cut_short_at_a_hyphen_keeps_its_whole_name():
    text = (
        "The Health Directorate of the opposition-run Northern Administration put the toll "
        "at 27, including 11 children."
    )
    claim = claim_with(text, "put the toll at 27")
    assert claim.speaker == "Health Directorate of the opposition-run Northern Administration"


def test_a_double_barrelled_surname_is_the_person_named_before():
    text = (
        "Its head, Ingrid Solheim-Baptiste, told reporters the count was rising. Since the "
        "start of the year, the mission has verified 1,645 civilian deaths, "
        "Solheim-Baptiste said."
    )
    claim = claim_with(text, "1,645 civilian deaths")
    assert (claim.speaker, claim.speaker_kind) == ("Ingrid Solheim-Baptiste", "person")
