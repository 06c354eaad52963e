"""Doubt signalled by the article itself."""

import pytest

from claims.extraction import extract


def claim_with(text: str, fragment: str):
    matches = [c for c in extract(text) if fragment in c.text]
    assert matches, f"no claim contains {fragment!r}"
    return matches[0]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("The militia reportedly seized the airport on Sunday.", "reportedly"),
        ("Rebels apparently shelled the market before dawn.", "apparently"),
        ("The commander is said to have fled across the border.", "is said to"),
        ("At least 30 fighters are believed to have died.", "are believed to"),
        ("Troops allegedly fired on the crowd.", "allegedly"),
    ],
)
def test_cue_words_hedge_their_sentence_and_are_kept(sentence, hedge):
    claim = extract(sentence)[0]
    assert claim.hedged
    assert claim.hedge == hedge


def test_what_it_called_hedges_the_attributed_claim():
    text = 'The ministry condemned what it called "a barbaric provocation" by the rebels.'
    claim = claim_with(text, "barbaric provocation")
    assert claim.hedge == "what it called"


def test_a_verification_disclaimer_hedges_the_claims_just_before_it():
    text = (
        "The rebels said 40 soldiers had surrendered. "
        "The claim could not be independently verified."
    )
    claim = claim_with(text, "40 soldiers")
    assert claim.hedged
    assert claim.hedge == "The claim could not be independently verified."


def test_a_disclaimer_does_not_reach_an_earlier_speaker_or_another_paragraph():
    text = (
        "The governor said power had been restored.\n\n"
        "The army said 12 drones were shot down. The army said the border was calm. "
        "It was not possible to verify the reports.\n\n"
        "Police said 3 people were arrested."
    )
    claims = {c.text: c.hedged for c in extract(text)}
    assert claims == {
        "power had been restored": False,
        "12 drones were shot down": True,
        "the border was calm": True,
        "3 people were arrested": False,
    }


def test_a_disclaimer_stops_at_a_different_speaker_in_the_same_paragraph():
    text = (
        "The ministry said the attackers had been repelled. "
        "Spokesman Ivan Lutsk said 70 attackers were killed. "
        "The information cannot be verified independently."
    )
    claims = {c.speaker: c.hedged for c in extract(text)}
    assert claims == {"ministry": False, "Ivan Lutsk": True}


def test_a_speakers_own_estimate_is_not_a_hedge():
    claim = claim_with("The governor said the toll could reach 90.", "toll could reach")
    assert not claim.hedged


def test_cue_words_inside_a_direct_quote_are_the_speakers_not_the_articles():
    text = "“They probably left before dawn,” said Mayor Rita Gomez."
    assert not claim_with(text, "left before dawn").hedged


def test_claims_without_cues_are_not_hedged():
    assert not any(c.hedged for c in extract("Police said 14 people were detained."))


@pytest.mark.parametrize(
    ("sentence", "fragment", "hedge"),
    [
        ("The militia claimed it had shot down two drones.", "two drones", "claimed"),
        ("The ministry claims that the dam was never at risk.", "dam was never", "claims"),
        ("The group posted a purported video of the raid on the depot.", "purported", "purported"),
        ("The alleged attack on the convoy killed 3 drivers.", "alleged", "alleged"),
        ("The so-called people's court sentenced four activists.", "court", "so-called"),
    ],
)
def test_words_of_distance_the_article_chooses_are_hedges(sentence, fragment, hedge):
    claim = claim_with(sentence, fragment)
    assert claim.hedged
    assert claim.hedge == hedge


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("The militia said it had shot down two drones.", "two drones"),
        ("The rebels claimed responsibility for the blast on the bridge.", "responsibility"),
        ("The storm claimed 12 lives along the coast.", "12 lives"),
    ],
)
def test_claiming_responsibility_or_lives_is_no_distance(sentence, fragment):
    assert not claim_with(sentence, fragment).hedged


def test_a_disclaimer_before_the_claims_hedges_the_source_it_names_only():
    text = (
        "It was not possible to independently verify the rebels' reports.\n\n"
        "The army said the town was calm on Sunday.\n\n"
        "The rebels said 30 soldiers were killed in the ambush."
    )
    assert claim_with(text, "30 soldiers").hedged
    assert not claim_with(text, "town was calm").hedged


def test_a_disclaimer_naming_no_source_hedges_the_claim_before_it():
    text = (
        "The health ministry said 52 people had died in the flooding. "
        "Exact numbers are difficult to verify.\n\n"
        "A charity said it had fed 300 families."
    )
    assert claim_with(text, "52 people").hedged
    assert not claim_with(text, "300 families").hedged


def test_a_company_denying_what_others_alleged_is_not_hedged():
    text = (
        "The firm denied that it had dumped waste in the river, "
        "as residents had alleged at a public meeting."
    )
    assert not claim_with(text, "dumped waste").hedged


def test_none_confirmed_hedges_its_own_sentence():
    text = "The storm destroyed several bridges in the hills, though none had been confirmed."
    assert claim_with(text, "several bridges").hedged


def test_the_report_nobody_could_confirm_is_the_one_just_before():
    text = (
        "Several people were missing after a mudslide near Tolva, the radio station "
        "Valley FM reported. Officials could not confirm the report, saying rescuers "
        "had not reached the village because the road was blocked.\n\n"
        "Two people died in Marden, police said."
    )
    assert claim_with(text, "were missing").hedged
    assert not claim_with(text, "rescuers").hedged
    assert not claim_with(text, "Two people died").hedged
