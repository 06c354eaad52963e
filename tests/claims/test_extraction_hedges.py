"""Doubt signalled by the article itself."""

import pytest

from claims.extraction import extract
from tests.claims.extracted import claim_with


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("The militia reportedly seized the airport on Sunday.", "reportedly"),
        ("Rebels apparently shelled the market before dawn.", "apparently"),
        ("The commander is said to have fled across the border.", "is said to"),
        ("At least 30 fighters are believed to have died.", "are believed to"),
        ("Troops allegedly fired on the crowd.", "allegedly"),
        ("It is understood there was no working smoke alarm in the house.", "It is understood"),
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


def hedged_by_fragment(text: str, fragments: list[str]) -> dict[str, bool]:
    claims = extract(text)
    found = {}
    for fragment in fragments:
        matches = [c for c in claims if fragment in c.text]
        assert matches, f"no claim contains {fragment!r}"
        found[fragment] = matches[0].hedged
    return found


def assert_hedged(text: str, expected: dict[str, bool]) -> None:
    assert hedged_by_fragment(text, list(expected)) == expected


# A disclaimer naming a source: that source's claims, before and after it,
# and no one else's.


def test_a_named_source_is_doubted_after_another_speaker_between():
    assert_hedged(
        "Rebel commanders said 45 soldiers died in the assault on the ridge. "
        "The army said the ridge remained under its control. "
        "It was not possible to verify the rebels' account.",
        {"45 soldiers": True, "remained under its control": False},
    )


def test_a_named_source_is_doubted_in_later_paragraphs():
    assert_hedged(
        "It was not possible to verify the rebels' report.\n\n"
        "The army said the ridge remained under its control.\n\n"
        "The rebels said 45 soldiers died in the assault.",
        {"45 soldiers": True, "remained under its control": False},
    )


def test_a_named_source_is_doubted_on_both_sides_of_the_disclaimer_only():
    assert_hedged(
        "Opposition activists said troops had detained 70 students.\n\n"
        "The interior ministry said order had been restored in the capital.\n\n"
        "A ministry spokesman said 5 officers were hurt.\n\n"
        "The activists' reports could not be independently verified.\n\n"
        "Later, the activists said 15 more students were missing.",
        {
            "70 students": True,
            "order had been restored": False,
            "5 officers": False,
            "15 more students": True,
        },
    )


@pytest.mark.parametrize(
    "disclaimer",
    [
        "The separatists' figures could not be verified.",
        "Figures from the separatists could not be verified.",
        "Reuters was unable to independently verify the separatists' reports.",
        "The figures given by the separatists could not be verified.",
    ],
)
def test_each_way_of_naming_a_source_picks_its_claims_not_the_others(disclaimer):
    assert_hedged(
        "The separatists said 9 civilians were killed. "
        f"Kyiv said its forces had not fired on the town. {disclaimer}",
        {"9 civilians": True, "not fired": False},
    )


def test_a_named_source_matches_a_singular_or_plural_speaker():
    assert_hedged(
        "Witnesses said at least 8 people were shot. The government said no one was hurt. "
        "The witness accounts could not be independently verified.",
        {"8 people": True, "no one was hurt": False},
    )


def test_a_qualifier_on_the_named_source_picks_among_speakers_sharing_a_word():
    assert_hedged(
        "Gaza health authorities said 40 people were killed. "
        "Israeli authorities said 50 rockets were fired. "
        "The figures given by the Gaza authorities could not be verified.",
        {"40 people": True, "50 rockets": False},
    )


def test_a_named_source_with_no_claims_leaves_the_claim_before_alone():
    assert_hedged(
        "Police said the suspect was 23. The claims of the protesters, "
        "who said 11 people were beaten, could not be verified.",
        {"suspect was 23": False, "11 people": True},
    )


def test_a_source_named_after_its_figures_and_a_second_verb_is_still_named():
    assert_hedged(
        "The enclave's health ministry said 90 people were killed. "
        "The navy said it had hit 120 targets. The ministry's figures do not "
        "separate civilians from fighters and could not be independently verified.",
        {"90 people": True, "120 targets": False},
    )


# Disclaimers naming no source.


def test_generic_figures_skip_a_quote_of_someone_else_to_the_figures():
    assert_hedged(
        "The coastguard said 14 migrants had drowned off the island. "
        '"We are still searching," said the mayor, Lena Ortiz. '
        "The figures could not be independently verified.",
        {"14 migrants": True, "still searching": False},
    )


def test_generic_numbers_do_not_reach_a_colour_quote_after_the_figures():
    assert_hedged(
        "Local health officials said 31 people died in the outbreak. "
        '"This is a tragedy for our town," said resident Maria Lenk. '
        "Those numbers could not be independently verified.",
        {"31 people": True, "tragedy": False},
    )


def test_a_generic_disclaimer_stays_in_its_paragraph():
    assert_hedged(
        "The ministry said 12 schools were closed.\n\n"
        "In a separate incident, militants said they had seized 3 trucks. "
        "Their claim could not be verified.\n\n"
        "The governor said 40 people were evacuated.",
        {"12 schools": False, "3 trucks": True, "40 people": False},
    )


def test_a_disclaimer_after_a_paragraph_break_doubts_the_paragraph_above_only():
    assert_hedged(
        "The UN said 4,000 people had fled.\n\n"
        "The army said it had killed 20 fighters.\n\n"
        "This could not be independently confirmed.",
        {"4,000 people": False, "20 fighters": True},
    )


@pytest.mark.parametrize(
    "disclaimer",
    [
        "The claim could not immediately be verified.",
        "This has not been independently verified.",
        "The Associated Press was not able to verify the number.",
        "We cannot independently confirm these reports.",
        "There was no independent confirmation of the claim.",
        "Exact numbers are difficult to verify.",
        "Police declined to confirm the toll.",
    ],
)
def test_ways_of_saying_a_report_cannot_be_verified(disclaimer):
    assert_hedged(
        f"The ministry said 60 rockets were fired at the city. {disclaimer}",
        {"60 rockets": True},
    )


def test_either_sides_accounts_doubt_the_last_two_sources_not_an_earlier_one():
    assert_hedged(
        "The UN said 4,000 people had fled.\n\n"
        "The army said it had killed 20 fighters. The rebels said they had killed "
        "30 soldiers. Reuters could not verify either side's claims.",
        {"4,000 people": False, "20 fighters": True, "30 soldiers": True},
    )


def test_neither_sides_account_is_a_disclaimer_of_both():
    assert_hedged(
        "Army spokesman Oleh Drach said 20 enemy soldiers were killed. Separatist "
        "leader Ivan Sobko said his fighters had lost no one. "
        "Neither side's account could be independently confirmed.",
        {"20 enemy": True, "lost no one": True},
    )


def test_both_sides_are_doubted_in_every_claim_they_make_not_only_the_last():
    assert_hedged(
        "Militia says it downed 3 helicopters\n\n"
        "The coast guard said 9 migrants were rescued off the cape.\n\n"
        "The militia said it had shot down 3 helicopters over the delta. The navy said "
        "its gunboats had sunk 6 militia boats. Neither side's claims could be confirmed.\n\n"
        "The navy said later that 2 of its sailors had drowned.",
        {"downed 3": True, "9 migrants": False, "3 helicopters over": True, "2 of its": True},
    )


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Neither the police's nor the organisers' figures could be verified.",
        "Neither the organisers' nor the police's estimates could be checked independently.",
    ],
)
def test_two_owners_joined_by_neither_nor_doubt_both_sources(disclaimer):
    assert_hedged(
        "The transport union said 40 trains were cancelled. "
        "Organisers said 80,000 people had marched. Police said 12 officers were hurt. "
        f"{disclaimer}\n\nThe union said 40 trains would run on Monday.",
        {"40 trains were": False, "80,000": True, "12 officers": True},
    )


def test_the_authenticity_of_a_video_is_doubt_about_the_video():
    assert_hedged(
        "Activists said a video showed soldiers beating 5 detainees. "
        "Reuters could not independently confirm the authenticity of the video.",
        {"5 detainees": True},
    )


# Disclaimers in the claim's own sentence.


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("At least 15 people died, though the toll could not be confirmed.", "15 people"),
        ("The blast killed 9 people, a figure that has not been independently confirmed.", "9"),
        (
            "Officials said 20 people were killed, though that figure could not be verified.",
            "20 people",
        ),
        ("Two people were killed in the blast, pending confirmation from the authorities.", "Two"),
        ("Three soldiers were killed, according to unconfirmed reports.", "Three soldiers"),
        (
            "Some 400 families were displaced, according to figures that could not be "
            "independently verified.",
            "400 families",
        ),
        ("Unverified footage showed armoured vehicles entering the square.", "armoured"),
        (
            "Footage circulating online, which could not be verified, showed smoke rising "
            "over the port.",
            "smoke",
        ),
        ("Images that could not be authenticated showed tanks on the bridge.", "tanks"),
    ],
)
def test_a_disclaimer_in_the_sentence_hedges_its_own_claim(sentence, fragment):
    assert claim_with(sentence, fragment).hedged


def test_a_doubted_report_with_its_content_hedges_that_content_only():
    assert_hedged(
        "The port was closed, officials said. "
        "Reports that 3 sailors had drowned could not be confirmed.",
        {"port was closed": False, "3 sailors": True},
    )


# What is not a disclaimer of anyone's claims.


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Firefighters said 4 warehouses burned down. "
            "Investigators have not confirmed the cause of the fire.",
            "4 warehouses",
        ),
        (
            "Police said two men were arrested. Police did not confirm the identity of the victim.",
            "two men",
        ),
        ("A hospital spokesman confirmed that 6 patients had been discharged.", "6 patients"),
        ("No one was hurt, a company spokeswoman confirmed.", "No one was hurt"),
        (
            "The interior ministry said 11 officers were injured. "
            "There has been no confirmation of casualties among the marchers.",
            "11 officers",
        ),
        (
            "The ministry said 60 rockets were fired at the city.\n\n"
            "The mayor said schools would reopen on Monday.",
            "60 rockets",
        ),
    ],
)
def test_unverified_causes_identities_and_plain_confirmations_hedge_nothing(text, fragment):
    assert not claim_with(text, fragment).hedged


def test_a_verifiers_own_claim_is_not_the_doubted_report():
    text = (
        "Residents said 10 houses burned. The ministry could not confirm the residents' "
        "account. The ministry said 2 houses burned."
    )
    assert not any(c.hedged for c in extract(text) if "2 houses" in c.text)
    assert not any(c.hedged for c in extract(text) if c.text.startswith("confirm"))


# Doubtful sources, estimates and scare quotes.


def test_rumours_hedge_what_they_carry():
    assert claim_with("The general is rumoured to have fled the capital.", "fled").hedged
    assert claim_with("There were rumours that the general had been arrested.", "general").hedged
    assert claim_with("Rumours spread that 40 people had died in the camp.", "40 people").hedged


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Police said 3 men were arrested for spreading rumours online.", "3 men"),
        ("Amid rumours of a coup, troops sealed off 2 bridges.", "2 bridges"),
    ],
)
def test_a_rumour_that_carries_no_claim_hedges_nothing(text, fragment):
    assert not claim_with(text, fragment).hedged


def test_a_denied_rumour_is_the_speakers_denial_not_doubt():
    assert not claim_with("The minister denied rumours that he would resign.", "resign").hedged


def test_probably_is_doubt_in_the_articles_voice_and_an_estimate_in_a_speakers():
    assert claim_with("The fire was probably started by a discarded cigarette.", "fire").hedged
    text = "The mayor said the fire was probably started by a discarded cigarette."
    assert not claim_with(text, "fire").hedged


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Police said the drugs were possibly contaminated with a sedative.", "contaminated"),
        ("A witness said the speedboat was possibly travelling at full throttle.", "travelling"),
    ],
)
def test_possibly_is_doubt_even_in_a_speakers_words(text, fragment):
    assert claim_with(text, fragment).hedged


def test_what_would_possibly_have_to_happen_is_a_speakers_forecast():
    text = "The engineer said the span would possibly have to be replaced."
    assert not claim_with(text, "replaced").hedged


def test_a_figure_in_scare_quotes_is_distance():
    claim = claim_with('The army said it had killed "more than 30 terrorists" in the raid.', "30")
    assert claim.hedge == "more than 30 terrorists"
    text = 'Organisers said police had beaten "about 40 peaceful marchers" near the bridge.'
    assert claim_with(text, "40").hedged


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('The singer said "Blue Roads (12 Miles)" was written after the flood.', "written"),
        ('Auditors said the firm ran "a ten-year scheme" to hide losses.', "scheme"),
        ('In the first half of the year there were "1,204 burglaries" across the county.', "1,204"),
    ],
)
def test_quoted_titles_compounds_and_unattributed_counts_are_not_scare_quotes(text, fragment):
    assert not claim_with(text, fragment).hedged


def test_a_quoted_label_without_a_figure_is_a_partial_quote():
    text = 'Officials said the protest was "a provocation" organised from abroad.'
    assert not claim_with(text, "provocation").hedged


def test_a_place_standing_for_the_speaker_just_before_is_that_speaker():
    text = (
        "Russia's defence ministry said its troops had repelled 3 attacks. "
        "Reuters could not verify Moscow's figures."
    )
    assert claim_with(text, "3 attacks").hedged


def test_people_the_article_did_not_quote_are_not_the_speaker_just_before():
    text = "The army said 6 villages were shelled. The residents' accounts could not be verified."
    assert not claim_with(text, "6 villages").hedged


def test_what_a_source_did_not_confirm_is_hedged_and_its_other_words_are_not():
    assert claim_with(
        "Firefighters put out the blaze at the depot but did not confirm it was arson.", "arson"
    ).hedged
    assert_hedged(
        "Police arrested 2 men on Sunday. Officers did not confirm that the men were armed.",
        {"2 men": False, "were armed": True},
    )


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Its account could not be independently verified.",
        "The claims in the statement could not be verified.",
        "Their figures could not be independently confirmed.",
    ],
)
def test_a_disclaimer_about_a_sources_whole_account_reaches_its_earlier_claims(disclaimer):
    assert_hedged(
        "Gunmen burned 14 houses in the hill villages, the Free Valley Front said.\n\n"
        "The police said 3 suspects were arrested.\n\n"
        "The Free Valley Front said in a statement that its members had freed 9 hostages. "
        + disclaimer,
        {"14 houses": True, "3 suspects": False, "9 hostages": True},
    )


def test_a_bare_disclaimer_about_the_claims_reaches_only_those_just_made():
    assert_hedged(
        "Gunmen burned 14 houses in the hill villages, the Free Valley Front said.\n\n"
        "The police said 3 suspects were arrested.\n\n"
        "The Free Valley Front said in a statement that its members had freed 9 hostages. "
        "The claims could not be independently verified.",
        {"14 houses": False, "3 suspects": False, "9 hostages": True},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said 40 rebels surrendered near the pass.\n\n"
            "A shell struck a school in Varo on Sunday, killing three pupils, the rebel "
            "leader said. The agency could not reach teachers in Varo to confirm the deaths.",
            {"40 rebels": False, "three pupils": True},
        ),
        (
            "Police said two men were arrested. Rescuers said 5 people were injured in the "
            "blast. Reporters were unable to reach the hospital to confirm the injuries.",
            {"two men": False, "5 people": True},
        ),
    ],
)
def test_failing_to_reach_anyone_to_confirm_the_casualties_hedges_them(text, expected):
    assert_hedged(text, expected)


def test_failing_to_check_something_not_reported_hedges_nothing():
    assert_hedged(
        "Firefighters said 4 people died in the fire. "
        "Investigators did not visit the site to check the wiring.",
        {"4 people": False},
    )


def test_a_disclaimer_naming_a_source_by_its_short_name_hedges_that_source_and_its_people():
    text = (
        "The coastguard said four fishermen were rescued on Friday. "
        "But the Seamen's Welfare Fund (SWF) said eleven crew members had drowned. "
        "Its chairman, Lotte Brandt, said the boat had no life rafts. "
        "SWF's account could not be independently verified."
    )
    assert claim_with(text, "eleven crew members").hedged
    assert claim_with(text, "no life rafts").hedged
    assert not claim_with(text, "four fishermen").hedged


def test_a_short_name_after_a_possessive_name_means_the_whole_name():
    text = (
        "And the Growers' Credit Union (GCU) said 300 farms had been flooded. "
        "GCU officials said 12 barns were destroyed."
    )
    claim = claim_with(text, "12 barns")
    assert claim.speaker == "Growers' Credit Union"


def test_a_disclaimer_about_a_bodys_claims_reaches_its_spokesman():
    text = (
        "The navy said its ships had sunk three smuggling boats. "
        "Commander Ilse Varga, a navy spokeswoman, said 14 smugglers were detained. "
        "The port authority said the harbour would reopen on Monday. "
        "It was not possible to verify the navy's claims."
    )
    assert claim_with(text, "three smuggling boats").hedged
    assert claim_with(text, "14 smugglers").hedged
    assert not claim_with(text, "harbour would reopen").hedged


@pytest.mark.parametrize(
    ("text", "words", "hedge"),
    [
        (
            "The mayor said without providing evidence that outsiders had started the riot.",
            "outsiders had started",
            "without providing evidence",
        ),
        (
            "Ministers insisted, without offering any proof, that the dam was safe.",
            "the dam was safe",
            "without offering any proof",
        ),
    ],
)
def test_a_claim_made_without_evidence_is_hedged(text, words, hedge):
    assert claim_with(text, words).hedge == hedge


def test_a_claim_without_the_evidence_words_is_not_hedged():
    text = "The mayor said the road would reopen without delay."
    assert not claim_with(text, "road would reopen").hedged


def test_a_headline_claiming_a_toll_keeps_it_at_a_distance():
    claim = claim_with("Rebels claim 40 soldiers killed in dawn raid", "40 soldiers")
    assert claim.hedge == "claim"


@pytest.mark.parametrize(
    ("text", "words", "hedge"),
    [
        (
            "The council said 9 bins were burned, but gave no evidence.",
            "9 bins",
            "gave no evidence",
        ),
        ("The union said, without proof, that 6 managers had quit.", "6 managers", "without proof"),
    ],
)
def test_a_claim_left_without_evidence_is_hedged(text, words, hedge):
    assert claim_with(text, words).hedge == hedge


@pytest.mark.parametrize(
    "disclaimer",
    ["There was no way to verify the claim.", "There was no means of confirming the report."],
)
def test_no_way_to_verify_is_a_disclaimer(disclaimer):
    text = f"The smugglers said they had sunk a patrol boat. {disclaimer}"
    assert claim_with(text, "sunk a patrol boat").hedge == disclaimer


def test_what_only_appears_so_is_hedged_whoever_infers_it():
    assert claim_with("At least 20 hikers appear to have been swept away.", "20 hikers").hedged
    text = "The fire chief said the blaze seems to have started in a kitchen."
    assert claim_with(text, "blaze").hedged
    text = "The fire chief said the blaze was probably started in a kitchen."
    assert not claim_with(text, "blaze").hedged


ACCOUNT = (
    "Floods have killed at least 14 people, the regional disaster agency said.\n\n"
    "The Tarrow Relief Network, an aid group, said 37 people had died. "
    '"The official count is far too low," said Mara Quist, the network\'s coordinator. '
    "She said 1,500 homes had been swept away.\n\n"
    "{disclaimer}\n\n"
    "The mayor said the river would crest on Thursday."
)


@pytest.mark.parametrize(
    "disclaimer",
    [
        "The aid group's figures could not be independently verified.",
        "Those figures could not be verified.",
        "The claims could not be independently verified.",
        "It was not possible to independently verify the network's account.",
    ],
)
def test_a_disclaimer_reaches_a_body_and_the_person_speaking_for_it(disclaimer):
    text = ACCOUNT.format(disclaimer=disclaimer)
    hedged = {c.text: c.hedged for c in extract(text)}
    assert hedged == {
        "Floods have killed at least 14 people": False,
        "37 people had died": True,
        "The official count is far too low": True,
        "1,500 homes had been swept away": True,
        "the river would crest on Thursday": False,
    }


def test_a_scare_quoted_vague_count_keeps_the_speakers_figure_at_a_distance():
    text = 'The ministry said four soldiers died and "dozens of terrorists" were eliminated.'
    assert claim_with(text, "four soldiers").hedge == "dozens of terrorists"


def test_a_which_clause_disclaimer_doubts_the_whole_claim_before_it():
    text = "The navy said it sank 3 smuggling boats, which could not be independently verified."
    assert claim_with(text, "3 smuggling boats").hedged


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Four hikers are feared dead after the avalanche.", "feared dead"),
        ("Nine crew members were feared drowned when the ferry sank.", "feared drowned"),
        ("Two divers are presumed dead, the navy said.", "presumed dead"),
        ("Six guards were reported to have been wounded in the raid.", "were reported to"),
        ("The driver is understood to have suffered head injuries.", "is understood to"),
    ],
)
def test_assumed_and_relayed_events_are_hedged(sentence, hedge):
    claim = extract(sentence)[0]
    assert claim.hedged
    assert claim.hedge == hedge


def test_a_toll_officials_have_yet_to_confirm_is_hedged():
    text = (
        "Clinic staff said 17 patients had died of the fever. "
        "Health officials have yet to confirm the figure."
    )
    claim = claim_with(text, "17 patients")
    assert claim.hedged
    assert "yet to confirm" in claim.hedge


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Neighbours alleged that 40 trucks had dumped waste in the river.", "40 trucks"),
        ("Two unions alleged that the mine had hired 300 workers without training.", "300"),
    ],
)
def test_alleged_with_a_clause_is_the_articles_distance(text, words):
    assert claim_with(text, words).hedged


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "State radio reported that a patrol boat had been sunk on Monday, killing 6 "
            "sailors, though the navy did not confirm the loss.",
            "6 sailors",
        ),
        (
            "Rebels said they had shot down 2 drones near the border, though the army has "
            "not confirmed the losses.",
            "2 drones",
        ),
    ],
)
def test_a_harm_its_own_sentence_says_was_not_confirmed_is_hedged(text, words):
    assert claim_with(text, words).hedged


def test_an_unconfirmed_motive_hedges_no_harm():
    text = "Two men were shot dead on Friday, though police have not confirmed a motive."
    assert not claim_with(text, "shot dead").hedged


@pytest.mark.parametrize(
    "text",
    [
        "Medics said 23 patients had died. The toll, if confirmed, would be the highest in years.",
        "Medics said 23 patients had died, which, if confirmed, would be the highest in years.",
        "Medics said 23 patients had died, a figure that could not be independently established.",
        "Medics said 23 patients had died. The claim could not be substantiated.",
    ],
)
def test_a_toll_held_in_reserve_is_hedged(text):
    assert claim_with(text, "23 patients").hedged


def test_confirmation_by_a_body_is_a_procedure_not_a_doubt():
    text = (
        "The council said 23 staff would be rehired. "
        "The new chief would start in June if confirmed by the board."
    )
    assert not claim_with(text, "23 staff").hedged


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The cartel claimed to have shot down 2 police helicopters.", "2 police helicopters"),
        ("State radio said, without citing sources, that 60 rebels had died.", "60 rebels"),
    ],
)
def test_claimed_to_have_and_no_sources_cited_are_the_articles_distance(text, words):
    assert claim_with(text, words).hedged


def test_claiming_responsibility_is_no_distance():
    text = "The cell claimed responsibility for the bombing, which killed 5 guards."
    assert not claim_with(text, "5 guards").hedged


def test_reports_from_no_named_source_carry_the_claim_at_a_distance():
    assert_hedged(
        "The embassy said it was looking into reports that two of its citizens were injured. "
        "Police were investigating reports that 5 fishermen had drowned. "
        "The port authority denied reports that 3 crew members were hurt. "
        "The coastguard said 8 sailors were rescued.",
        {"two of its": True, "5 fishermen": True, "3 crew": False, "8 sailors": False},
    )


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The blast seemingly destroyed 30 shops.", "30 shops"),
        ("It is feared that 40 miners are still underground.", "40 miners"),
        ("The storm possibly killed 9 fishermen.", "9 fishermen"),
        ("Reporters were unable to verify the figure of 14 dead given by the militia.", "14 dead"),
    ],
)
def test_more_words_of_the_articles_own_doubt(text, fragment):
    assert_hedged(text, {fragment: True})


NEITHER_SIDE = (
    "Army says 30 insurgents killed near Orlov; insurgents deny it\n\n"
    "The Marosian army said on Monday its troops had killed 30 fighters of the "
    "Orlov Freedom Front (OFF) near the town of Orlov.\n\n"
    "An army spokesman, Colonel Ivo Danek, said four soldiers had been wounded.\n\n"
    "The OFF said in a statement that it had lost two fighters and had destroyed "
    "three army trucks.\n\n"
    "Neither side's claims could be independently verified.\n\n"
    "The army denied that it had shelled the market.\n\n"
    "A local doctor said nine civilians had been treated for wounds."
)


@pytest.mark.parametrize(
    "words",
    [
        "30 insurgents killed",
        "its troops had killed 30 fighters",
        "four soldiers had been wounded",
        "it had lost two fighters",
        "it had shelled the market",
    ],
)
def test_neither_sides_claims_in_a_paragraph_of_its_own_doubt_both_sides_everywhere(words):
    assert claim_with(NEITHER_SIDE, words).hedged


def test_neither_sides_claims_leave_a_third_source_alone():
    assert not claim_with(NEITHER_SIDE, "nine civilians").hedged


def test_a_disclaimer_on_the_rebels_claims_doubts_the_armed_body_they_are():
    text = (
        "Army says 12 insurgents killed; rebels deny losses\n\n"
        "The Tarvian army said it had killed 12 insurgents near Osk. The Southern "
        "Liberation Front denied that any of its fighters had been killed and said "
        "it had shot down two army drones. Neither the army's nor the rebels' "
        "claims could be independently verified.\n\n"
        "A farmer said smoke rose over the hills."
    )
    assert claim_with(text, "deny losses").hedged
    assert claim_with(text, "two army drones").hedged
    assert not claim_with(text, "smoke rose").hedged


def test_a_report_made_to_someone_is_not_relayed_hearsay():
    text = "The first complaints were reported to the council on May 3, the mayor said."
    assert not claim_with(text, "complaints").hedged
    assert claim_with("Four porters were reported to have drowned.", "porters").hedged


def test_a_report_made_to_a_body_is_an_event_the_article_states():
    text = "The first leaks were reported to the water board on June 9, but repairs began in July."
    claim = claim_with(text, "leaks")
    assert not claim.hedged
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('The landlord said he had paid "about 9,000 euros" for the repairs.', "9,000"),
        ('A cyclist said she heard "two or three loud cracks" before the bridge sagged.', "cracks"),
    ],
)
def test_a_witness_quoted_counting_no_harm_is_not_held_at_a_distance(text, fragment):
    assert not claim_with(text, fragment).hedged


def test_a_cause_not_confirmed_does_not_doubt_the_reported_death():
    text = (
        "A second death was reported by a local paper on Monday, "
        "but the clinic said it had not been confirmed as cholera."
    )
    assert not any(c.hedged for c in extract(text))
    text = "Rebels said 8 tanks were destroyed. The video could not be verified as genuine."
    assert claim_with(text, "8 tanks").hedged


def test_a_speakers_if_confirmed_is_their_reserve_not_the_articles():
    text = (
        "The minister said he had suspended 5 inspectors. "
        "Union leaders said the allegations, if confirmed, would be a grave breach of the law."
    )
    assert not any(c.hedged for c in extract(text))


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        (
            "The mayor says the marchers, whom he calls vandals, have smashed 30 windows.",
            "30 windows",
            "whom he calls vandals",
        ),
        (
            "The ministry said the militants, which it describes as bandits, had burned 12 farms.",
            "12 farms",
            "which it describes as bandits",
        ),
    ],
)
def test_a_label_left_to_its_user_in_a_relative_clause_is_distance(text, fragment, label):
    assert claim_with(text, fragment).hedge == label


def test_quoted_reports_someone_is_aware_of_still_carry_the_claim():
    text = 'The embassy said it was "aware of reports" that three of its nationals were missing.'
    assert claim_with(text, "three of its nationals").hedged


def test_a_distancing_verb_hedges_only_the_claim_it_carries():
    text = "Officials said 4 guards were suspended, while the union claimed that 9 staff had quit."
    assert not claim_with(text, "4 guards").hedged
    assert claim_with(text, "9 staff").hedge == "claimed"


def test_what_a_named_body_called_something_is_its_label_not_the_articles():
    text = "The rebels said they had shelled what the navy called 3 patrol boats."
    assert claim_with(text, "3 patrol boats").hedge == "what the navy called 3 patrol boats"


CASUALTY_FIGURES = (
    "Strike kills 11, rebels say\n\n"
    "An air strike on a village killed 11 civilians, the rebel Eastern Liberation "
    "Council (ELC) said on Friday.\n\n"
    "The army said the strike had hit a weapons depot and killed 30 fighters. It "
    "denied that any civilians had been harmed.\n\n"
    "Neither side's casualty figures could be independently verified. Journalists "
    "have been barred from the area since April.\n\n"
    "Nimet Orlaskai, a spokesman for the ELC, told Reuters by telephone that two "
    "jets struck before dawn, flattening six houses.\n\n"
    "A nurse in the town said 14 people had been treated for burns."
)


@pytest.mark.parametrize(
    ("words", "hedged"),
    [
        ("Strike kills 11", True),
        ("killed 11 civilians", True),
        ("killed 30 fighters", True),
        # the rebels' spokesman, under the short name of his body
        ("flattening six houses", True),
        ("14 people had been treated", False),
    ],
)
def test_neither_sides_casualty_figures_are_every_figure_both_sides_gave(words, hedged):
    assert claim_with(CASUALTY_FIGURES, words).hedged is hedged


def test_the_spokesman_of_a_body_named_by_its_initials_keeps_his_given_name():
    claim = claim_with(CASUALTY_FIGURES, "flattening six houses")
    assert claim.speaker == "Nimet Orlaskai"


def test_the_groups_claims_are_the_body_that_spoke_not_a_group_quoted_later():
    text = (
        "The Ysmerel Liberation Movement said in a statement that its fighters had "
        'destroyed four armoured vehicles and killed "more than 50 occupiers." The '
        "group's claims could not be independently verified.\n\n"
        "More than 4,000 people have been killed in the conflict, according to the "
        "Northern Conflict Monitor, an independent research group."
    )
    assert claim_with(text, "four armoured vehicles").hedged
    assert not claim_with(text, "More than 4,000").hedged


def test_a_rivals_claimed_in_the_same_sentence_leaves_the_first_source_alone():
    text = (
        "Fighting between troops and rebels around the town has killed at least 31 "
        "insurgents since Monday, the Dravonian army said on Thursday, while the rebels "
        "claimed to have killed dozens of soldiers."
    )
    assert not claim_with(text, "31 insurgents").hedged
    assert claim_with(text, "dozens of soldiers").hedged


@pytest.mark.parametrize(
    "spokesman",
    [
        "Liga spokeswoman Dora Vell said",
        "Dora Vell, a spokeswoman for the Lowland Farmers League, said",
    ],
)
def test_a_body_named_by_its_short_name_is_doubted_with_the_people_speaking_for_it(spokesman):
    assert_hedged(
        "The Lowland Farmers League (Liga) said police had beaten 30 protesters.\n\n"
        f"{spokesman} that 12 of them were in hospital. "
        "The national police said 4 officers were hurt.\n\n"
        "Later Vell said 6 farmers were still missing.\n\n"
        "Liga's account could not be independently verified.",
        {
            "30 protesters": True,
            "12 of them": True,
            "4 officers": False,
            "6 farmers": True,
        },
    )


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ('The ministry said 74 "rioters" had been detained.', "74", "rioters"),
        (
            'The army said four gunmen had been "neutralised" in the raid.',
            "four gunmen",
            "neutralised",
        ),
    ],
)
def test_a_speakers_label_for_those_counted_in_quotation_marks_is_a_hedge(text, fragment, label):
    claim = claim_with(text, fragment)
    assert claim.hedged
    assert claim.hedge == label


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('Observers reported "serious irregularities" at 48 of the 210 polling stations.', "48"),
        ('The company said it was "devastated" and had suspended work at 3 sites.', "3 sites"),
        ('Officers heard "multiple shots" and found 2 men wounded, police said.', "2 men"),
    ],
)
def test_a_speakers_quoted_words_for_anything_else_are_no_hedge(text, fragment):
    assert not claim_with(text, fragment).hedged
