"""Direct quotes, reported speech and speaker resolution."""

import pytest

from claims.extraction import extract
from claims.extraction.attribution import find_quotes, paragraphs
from tests.claims.extracted import attributed, claim_with


def quoted(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text, paragraphs(text))]


# -- pairing quotation marks ------------------------------------------------


def test_curly_straight_and_guillemet_quotes_are_paired():
    text = 'He said “one thing”. She said "another". They said «a third».'
    assert quoted(text) == ["one thing", "another", "a third"]


def test_a_missing_closing_quote_spoils_only_its_own_paragraph():
    text = '"We will come back every week, she said.\n\nThe mayor said "order has been restored".'
    assert quoted(text) == [
        "We will come back every week, she said.",
        "order has been restored",
    ]


def test_a_quote_reopened_in_each_paragraph_is_read_per_paragraph():
    text = "“The first part of the statement.\n\n“The second part,” he said."
    assert quoted(text) == ["The first part of the statement.", "The second part,"]


# -- speakers of direct quotes ----------------------------------------------


def test_speaker_after_the_quote_with_an_apposition():
    text = "“Forty fighters were killed overnight,” said Igor Petrenko, the ministry's spokesman."
    claim = claim_with(text, "Forty fighters")
    assert claim.speaker == "Igor Petrenko"
    assert claim.speaker_kind == "person"
    assert not claim.speaker_inferred
    assert claim.speaker_role == "ministry's spokesman"


def test_he_said_resolves_to_the_person_named_before():
    text = (
        "Regional governor Anna Kowalska visited the site on Monday.\n\n"
        "“The situation is under control,” she said."
    )
    claim = claim_with(text, "under control")
    assert (claim.speaker, claim.speaker_inferred, claim.attribution) == (
        "Anna Kowalska",
        True,
        "she said",
    )


def test_speaker_before_the_quote_with_a_colon():
    text = "Mayor Lena Hart told reporters: “Nobody expected the river to rise so fast.”"
    assert claim_with(text, "Nobody expected").speaker == "Lena Hart"


def test_any_verb_after_a_quote_attributes_it():
    text = "Tom Baker spoke after the vote. “We have been betrayed,” Baker fumed."
    assert claim_with(text, "betrayed").speaker == "Tom Baker"


def test_a_quote_continuing_after_reported_speech_keeps_the_speaker():
    text = (
        'Union leader Maria Soto said the strike would go on. "We are not afraid. We will be back,'
    )
    assert claim_with(text, "not afraid").speaker == "Maria Soto"


# -- reported speech --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "attribution"),
    [
        (
            "Police chief Omar Haddad said that the roads would reopen on Friday.",
            "roads would reopen",
            "Omar Haddad",
            "said",
        ),
        (
            "The roads will stay closed until Friday, according to the Transport Agency.",
            "roads will stay closed",
            "Transport Agency",
            "according to",
        ),
        (
            "The Interior Ministry denied that police had fired on the crowd.",
            "fired on the crowd",
            "Interior Ministry",
            "denied",
        ),
        (
            "Senator Ruth Ames told reporters the aid package would be approved next week.",
            "aid package",
            "Ruth Ames",
            "told",
        ),
        (
            "The Kremlin confirmed that talks had taken place in Istanbul.",
            "talks had taken place",
            "Kremlin",
            "confirmed",
        ),
        (
            "The militant group claimed responsibility for the bombing.",
            "responsibility",
            "militant group",
            "claimed",
        ),
    ],
)
def test_reported_speech_is_attributed(text, fragment, speaker, attribution):
    claim = claim_with(text, fragment)
    assert claim.speaker == speaker
    assert claim.attribution == attribution


def test_the_speaker_can_follow_a_reported_clause():
    text = (
        "Analyst Pavel Orlov was interviewed on state television.\n\n"
        "The offensive has stalled, said the analyst, speaking from Moscow."
    )
    claim = claim_with(text, "offensive has stalled")
    assert (claim.speaker, claim.speaker_inferred) == ("Pavel Orlov", True)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials said the bridge had collapsed under the weight of the water.", "Officials"),
        ("Sources said the minister would resign.", "Sources"),
        ("In Kyiv, it was pointed out that the convoy had left before dawn.", None),
        ("The bridge had collapsed, according to local media.", "local media"),
    ],
)
def test_unnamed_sources_are_anonymous_and_named_as_worded(text, speaker):
    claims = extract(text)
    assert claims
    assert all(c.speaker == speaker and c.speaker_kind == "anonymous" for c in claims)


# -- resolving speakers across the article ----------------------------------


def test_a_surname_resolves_to_the_full_name():
    text = (
        "Defence spokesman Igor Petrenko briefed journalists in the morning.\n\n"
        "Petrenko said the troops had withdrawn to new positions."
    )
    claim = claim_with(text, "troops had withdrawn")
    assert claim.speaker == "Igor Petrenko"
    assert not claim.speaker_inferred


def test_titles_are_stripped_from_names_and_kept_as_the_role():
    text = "Belgorod governor Vyacheslav Gladkov said 12 civilians were injured."
    claim = claim_with(text, "12 civilians")
    assert (claim.speaker, claim.speaker_role) == ("Vyacheslav Gladkov", "Belgorod governor")


def test_a_description_resolves_to_the_person_it_describes():
    text = (
        "Governor Maria Lopez toured the flooded district on Sunday.\n\n"
        "The governor said more than 200 homes had been damaged."
    )
    claim = claim_with(text, "200 homes")
    assert (claim.speaker, claim.speaker_inferred) == ("Maria Lopez", True)


def test_the_ministry_resolves_to_the_ministry_named_before():
    text = (
        "The Russian Defence Ministry published new figures on Tuesday.\n\n"
        "The ministry added that 40 drones had been shot down overnight."
    )
    claim = claim_with(text, "40 drones")
    assert claim.speaker == "Russian Defence Ministry"
    assert claim.speaker_kind == "organisation"


def test_an_acronym_resolves_to_the_name_the_article_expands():
    text = (
        "The International Committee of the Red Cross (ICRC) sent two convoys.\n\n"
        "The ICRC said the convoys had reached the city."
    )
    assert claim_with(text, "convoys had reached").speaker == (
        "International Committee of the Red Cross"
    )


def test_a_bare_side_is_never_a_speaker():
    text = "The side said the talks had failed."
    assert claim_with(text, "talks had failed").speaker is None


def test_an_unattributed_sentence_after_a_quote_has_no_speaker():
    text = (
        "“We were shelled all night,” said resident Olena Bondar. "
        "Many people have fled the village."
    )
    assert claim_with(text, "Many people").speaker is None


def test_unattributed_events_are_selected_as_statements():
    text = (
        "Russian forces shelled the town of Kupiansk overnight. "
        "The weather was cold and grey. Will the ceasefire hold?"
    )
    assert [c.text for c in extract(text)] == [
        "Russian forces shelled the town of Kupiansk overnight."
    ]


def test_the_company_resolves_to_the_organisation_last_named():
    text = (
        "The fire started in a warehouse run by the logistics group, Northline Freight.\n\n"
        "The company said all 40 workers had been evacuated safely."
    )
    assert claim_with(text, "40 workers").speaker == "Northline Freight"


def test_a_generic_noun_before_a_name_gives_the_name():
    text = "The utility Gulf Power & Light said 1.9 million customers had lost power."
    assert claim_with(text, "1.9 million").speaker == "Gulf Power & Light"


def test_a_bare_surname_is_the_person_whatever_its_entity_label():
    text = (
        "Governor Ray Calloway toured the coast on Thursday.\n\n"
        "More than 1,000 homes were destroyed, Calloway said."
    )
    assert claim_with(text, "1,000 homes").speaker == "Ray Calloway"


def test_a_place_named_after_of_is_never_the_person_he_refers_to():
    text = (
        '"The enemy struck at night," wrote Andriy Sokil, the governor of the Zorivka region, '
        "on Telegram. He said three children were among the wounded."
    )
    assert claim_with(text, "three children").speaker == "Andriy Sokil"


def test_a_possessive_office_keeps_its_possessor():
    text = "Two supervisors were detained, the regional prosecutor's office said."
    assert claim_with(text, "supervisors").speaker == "regional prosecutor's office"


def test_unnamed_observers_from_a_named_body_speak_for_it():
    text = "Observers from the Corvian Helsinki Committee said they had seen 12 arrests."
    assert claim_with(text, "12 arrests").speaker == "Corvian Helsinki Committee"


def test_police_data_is_the_source_as_worded():
    # gold conventions: an unnamed source as the article words it
    text = "The city has recorded 38 homicides this year, according to police data."
    assert claim_with(text, "38 homicides").speaker == "police data"


def test_a_closing_quote_of_the_clause_stays_in_the_span():
    text = "The Russian side said the troops have been “blocked and crushed”."
    assert claim_with(text, "blocked").text.endswith("crushed”")


def test_a_participle_report_attributes_its_object_not_the_main_clause():
    text = "Thousands marched on Saturday, with police reporting 63 arrests after clashes."
    claim = claim_with(text, "63 arrests")
    assert claim.speaker == "police"
    assert "marched" not in claim.text


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Police put the number at 42,000.", "42,000", "police"),
        (
            "Governor Ray Calloway toured the coast.\n\n"
            "He put insured losses at $4 billion to $6 billion.",
            "$4 billion",
            "Ray Calloway",
        ),
        (
            "The militia puts its own losses in the same period at fewer than 50 fighters.",
            "50",
            "militia",
        ),
    ],
)
def test_putting_a_figure_at_a_number_attributes_it(text, fragment, speaker):
    assert claim_with(text, fragment).speaker.lower() == speaker.lower()


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("State television later gave a toll of 61.", "61", "State television"),
        ("The ministry gave a figure of 300 detained.", "300", "ministry"),
        ("She gave 300 dollars to the relief fund.", "300", None),
    ],
)
def test_giving_a_toll_of_a_number_attributes_it(text, fragment, speaker):
    assert claim_with(text, fragment).speaker == speaker


def test_a_present_tense_headline_verb_attributes_the_headline():
    text = (
        "Russia says it repelled attack near river; Kyiv reports 11 killed in strikes\n\n"
        "Strikes killed 11 people overnight, officials said."
    )
    assert claim_with(text, "11 killed").speaker == "Kyiv"


def test_a_headline_can_open_with_its_source():
    text = "Police: 2 killed, 5 wounded in shooting at block party\n\nTwo people died, police said."
    assert claim_with(text, "2 killed").speaker == "Police"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Governor says 14 dead in floods\n\nFloods killed 14 people, Governor Ann Lee said.",
            "14 dead",
            "Ann Lee",
        ),
        (
            "Coastguard says 6 missing after ferry sinks\n\nThe ferry sank.",
            "6 missing",
            "Coastguard",
        ),
        ("Police say two dead after shooting\n\nThe shooting began at noon.", "two dead", "Police"),
    ],
)
def test_a_headline_count_and_its_state_after_says_is_what_the_source_said(text, fragment, speaker):
    claim = claim_with(text, fragment)
    assert (claim.speaker, claim.text.split()[0]) == (speaker, fragment.split()[0])


def test_a_rival_who_puts_the_number_higher_speaks_for_itself():
    text = (
        "About 200 people were arrested, the police said, while opposition groups put "
        "the number of detentions far higher."
    )
    assert claim_with(text, "number of detentions").speaker == "opposition groups"


def test_a_frame_before_a_semicolon_reports_only_its_own_clause():
    text = "The gale has sunk 12 trawlers, harbour officials say; more wind is due on Friday."
    claim = claim_with(text, "12 trawlers")
    assert (claim.speaker, claim.text) == ("harbour officials", "The gale has sunk 12 trawlers")


@pytest.mark.parametrize("label", ["Exclusive", "Ukraine war", "Analysis"])
def test_a_headline_label_before_a_colon_is_no_source(label):
    text = f"{label}: 5 killed in drone strike\n\nGovernor Ana Ruiz visited the site."
    assert claim_with(text, "5 killed").speaker is None


# -- reported speech the parser splits or frames unusually ---------------------


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "But 40 percent of the farmers still say they don’t yet know enough about the levy.",
            "know enough",
            "40 percent of the farmers",
        ),
        (
            "A third of the drivers surveyed still say they don’t yet trust the new bus lanes.",
            "trust the new",
            "third of the drivers surveyed",
        ),
    ],
)
def test_a_clause_the_parser_splits_is_still_the_content(text, fragment, speaker):
    claim = claim_with(text, fragment)
    assert claim.speaker == speaker
    assert claim.text.startswith("they")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "A Harbor Institute poll showed a narrow lead for the incumbent.",
            "narrow lead",
            "Harbor Institute poll",
        ),
        (
            "The state audit found serious gaps in the agency's accounts.",
            "serious gaps",
            "state audit",
        ),
    ],
)
def test_a_study_finding_a_noun_is_attributed_to_the_study(text, fragment, speaker):
    claim = claim_with(text, fragment)
    assert claim.speaker == speaker
    assert claim.attribution in {"showed", "found"}


def test_a_survey_putting_someone_ahead_is_no_estimate():
    claims = extract("A new survey put the senator ahead in the race.")
    assert not any(c.attribution == "put" for c in claims)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The union leader Rosa Marin is calling for the company to reopen the plant.",
            "company to reopen",
            "Rosa Marin",
        ),
        (
            "Councillor Tom Abara has called for the bridge to be closed until it is inspected.",
            "bridge to be closed",
            "Tom Abara",
        ),
    ],
)
def test_calling_for_someone_to_act_attributes_the_demand(text, fragment, speaker):
    claim = claim_with(text, fragment)
    assert claim.speaker == speaker
    assert claim.text.startswith("the")


def test_a_participle_naming_its_object_keeps_the_main_subject():
    text = (
        "Speaking at a town hall event in Keene, New Hampshire, Quist went after Abara, "
        "calling him “a total fraud.”"
    )
    claim = claim_with(text, "total fraud")
    assert claim.speaker == "Quist"
    assert claim.attribution == "calling"
    assert "town hall" not in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "Aldo Brun spoke to the crowd.\n\nHe continued, “We will rebuild every house here.”",
        "Aldo Brun stood on the steps.\n\nHe pressed on, “The vote was stolen from the people.”",
    ],
)
def test_a_quote_that_is_the_complement_of_any_verb_takes_its_subject(text):
    claim = next(c for c in extract(text) if c.text.startswith(("We will", "The vote")))
    assert claim.speaker == "Aldo Brun"


def test_according_to_before_a_quote_names_the_source():
    text = "According to the newspaper, “the city has not paid its contractors since May.”"
    claim = claim_with(text, "contractors")
    assert claim.speaker == "newspaper"
    assert claim.attribution == "according to"


def test_a_pronoun_opening_a_new_sentence_after_a_quote_keeps_its_own_content():
    text = (
        "Mayor Ines Ortega spoke on Monday.\n\n"
        "Ortega says “the budget is broken.” She says the council has ignored the audit for years."
    )
    claim = claim_with(text, "ignored the audit")
    assert claim.speaker == "Ines Ortega"
    assert claim.text.startswith("the council")


def test_a_headline_title_ending_in_a_full_stop_can_open_with_its_source():
    text = "NY Ledger: Port Strike Will Cost the City Millions.\n\nThe strike began on Monday."
    claim = claim_with(text, "Port Strike")
    assert claim.speaker == "NY Ledger"
    assert claim.attribution == ":"


def test_a_headline_clause_the_parser_hangs_on_a_label_is_attributed():
    text = "The Latest: Senator Ana Ruiz tells voters she is staying in the race.\n\nMore below."
    claim = claim_with(text, "staying in the race")
    assert claim.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "As the Harbor Gazette reported on Friday, the council had kept the audit secret.",
            "kept the audit",
            "Harbor Gazette",
        ),
        ("As police noted, the road had been closed for an hour.", "road had been", "police"),
    ],
)
def test_as_x_reported_attributes_the_main_clause(text, fragment, speaker):
    claim = claim_with(text, fragment)
    assert claim.speaker == speaker
    assert not claim.text.startswith("As")


def test_what_was_first_reported_by_an_outlet_is_the_outlets_claim():
    claim = claim_with("The merger was first reported by the Valley Ledger.", "merger")
    assert claim.speaker == "Valley Ledger"
    assert claim.text.startswith("The merger")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Okafor said 23 of the injured were in critical condition and that the toll "
            '"may well rise."',
            "23 of the injured",
            "Okafor",
        ),
        (
            "Fire chief Mara Lind said nine homes burned down and that crews were "
            '"stretched to the limit."',
            "nine homes",
            "Mara Lind",
        ),
    ],
)
def test_a_partial_quote_does_not_take_the_reported_clause_it_ends(text, fragment, speaker):
    assert claim_with(text, fragment).speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The coroner said 40 miners died.", "40 miners died", "coroner"),
        ("Police said on Monday that 3 men drowned.", "3 men drowned", "Police"),
    ],
)
def test_a_short_figure_clause_is_attributed_to_its_sayer(text, content, speaker):
    claim = extract(text)[0]
    assert (claim.text, claim.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "A nurse, who asked not to be named, said two patients were moved to Selm.",
        "A guard, who spoke on condition of anonymity, said two patients were moved to Selm.",
    ],
)
def test_the_terms_a_source_speaks_on_are_not_a_claim(text):
    claims = extract(text)
    assert [c.text for c in claims] == ["two patients were moved to Selm"]


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Officials: 9 dead in warehouse fire\n\nThe fire began at noon.", "Officials"),
        (
            "Police: two men held after brawl\n\n"
            "Two men were arrested on Friday, Dunmore Police said.",
            "Dunmore Police",
        ),
    ],
)
def test_a_headline_source_before_a_colon_may_be_unnamed_or_the_body_named_later(headline, speaker):
    assert extract(headline)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sheriff: Two deputies hurt in shootout\n\n"
            "Two deputies were hurt, Sheriff Dale Hume said.",
            "Dale Hume",
        ),
        ("Coroner: 4 bodies found in lake\n\nDivers searched the lake on Monday.", "Coroner"),
    ],
)
def test_a_headline_job_before_a_colon_is_the_person_named_with_it_or_the_job(text, speaker):
    assert extract(text)[0].speaker == speaker


def test_an_appeal_for_information_is_not_a_claim():
    text = "A woman was hurt in the crash. Anyone with information is asked to call 555-0101."
    assert [c.text for c in extract(text)] == ["A woman was hurt in the crash."]


@pytest.mark.parametrize(
    "pointer",
    [
        "That was the message from Rosa Lind, the strike leader.",
        "Those were the words of Rosa Lind, the strike leader.",
    ],
)
def test_a_quote_takes_its_speaker_from_a_pointer_on_the_next_line(pointer):
    text = f'The march ended at noon.\n\n"We will not go back to work."\n\n{pointer}'
    assert claim_with(text, "go back to work").speaker == "Rosa Lind"


def test_declining_to_respond_is_not_a_claim():
    text = "The company did not respond to questions about the spill."
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Ada Blum said the levees held on Sunday.", "the levees held on Sunday"),
        ("The coach said the players trained in the rain.", "the players trained in the rain"),
    ],
)
def test_a_clause_the_parser_reads_as_an_object_is_still_what_was_said(text, content):
    assert extract(text)[0].text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Three people were hurt in the fire, Sgt. Dana Kell said.", "Dana Kell"),
        ("The road reopened at noon, Det. Insp. Ray Moss said.", "Ray Moss"),
        ("The bridge was shelled twice, according to Maj. Ivo Dask.", "Ivo Dask"),
    ],
)
def test_an_abbreviated_title_does_not_end_the_sentence(text, speaker):
    claims = extract(text)
    assert len(claims) == 1
    assert claims[0].speaker == speaker


def test_a_content_split_at_and_before_a_trailing_frame_is_one_attributed_claim():
    text = "One man was killed and two others were hurt in a fight, police said."
    claims = extract(text)
    assert [(c.text, c.speaker) for c in claims] == [
        ("One man was killed and two others were hurt in a fight", "police")
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "A survey by the Orla Institute put the Greens on 21 percent.",
            "put the Greens on 21 percent",
            "Orla Institute",
        ),
        ("Officials said unemployment rose to 5%.", "unemployment rose to 5%", "Officials"),
    ],
)
def test_a_poll_puts_a_party_on_a_share_and_a_percent_sign_stays(text, content, speaker):
    claim = extract(text)[0]
    assert (claim.text, claim.speaker) == (content, speaker)


def test_putting_a_thing_on_something_is_not_an_estimate():
    assert extract("The crew put the boat on 2 trailers.")[0].speaker is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Counsel for the family, Tom Reid, put it to Mr Carr that 5 alarms had been "
            "switched off.",
            "5 alarms",
            "Tom Reid",
        ),
        (
            "Cross-examining the driver, Ms Ortiz put it to him that the lorry had been speeding.",
            "lorry had been speeding",
            "Ortiz",
        ),
    ],
)
def test_putting_a_point_to_a_witness_asserts_it(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


def test_putting_a_thing_somewhere_says_nothing():
    assert not attributed("She put it on the table and left.")
