"""Attribution cues beyond "X said that ...": nouns of saying, a question put
to the speaker, a position taken through a preposition, a judgement of an
object, a name and a colon, and clauses the parser hangs in odd places."""

import pytest

from tests.claims.extracted import attributed, attributed_claim_with, no_attributed_claim_with

# -- nouns of saying with a that-clause -----------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Councillor Ana Ruiz made the case that the old bridge was unsafe.",
            "the old bridge was unsafe",
            "Ana Ruiz",
        ),
        (
            "Mayor Tom Okafor has been making the point for months that the depot loses money.",
            "the depot loses money",
            "Tom Okafor",
        ),
        (
            "Residents laughed at Governor Ruth Ames's assertion that the roads were safe.",
            "the roads were safe",
            "Ruth Ames",
        ),
        (
            "The talks stalled over a demand by Senator Dana Cole that the mine be closed.",
            "the mine be closed",
            "Dana Cole",
        ),
    ],
)
def test_a_noun_of_saying_gives_its_clause_to_its_holder(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert claim.speaker == speaker
    assert not claim.text.startswith("that")


def test_an_issued_denial_is_the_issuers_denial():
    claim = attributed_claim_with(
        "The Harbour Company issued a denial that its crews had dumped fuel.", "crews had dumped"
    )
    assert "Harbour Company" in claim.speaker
    assert claim.stance == "denies"


def test_a_noun_of_saying_held_by_no_one_attributes_nothing():
    text = "The belief that the river would flood again kept the villagers awake at night."
    assert no_attributed_claim_with(text, "river would flood")


# -- a question put to the speaker ----------------------------------------------


def test_the_answer_to_a_question_keeps_the_question():
    claim = attributed_claim_with(
        "Asked whether the clinic would close, the health minister said no.", "said no"
    )
    assert claim.text.startswith("Asked whether the clinic would close")
    assert "health minister" in claim.speaker


def test_when_asked_joins_the_answer_that_follows():
    text = "When asked about the levy, Senator Dana Cole said it would ruin small farms."
    claim = attributed_claim_with(text, "it would ruin small farms")
    assert claim.text.startswith("When asked about the levy")
    assert claim.speaker == "Dana Cole"


# -- positions through a preposition --------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Dana Cole argued for a ban on the pesticide.",
            "a ban on the pesticide",
            "Dana Cole",
        ),
        (
            "The Farmers Union has long campaigned against the new water tariff.",
            "the new water tariff",
            "Farmers Union",
        ),
        (
            "“The plan is dead,” Ana Ruiz said, pointing to the council's vote on Monday.",
            "council's vote",
            "Ana Ruiz",
        ),
    ],
)
def test_a_position_taken_through_a_preposition_is_attributed(text, words, speaker):
    assert speaker in attributed_claim_with(text, words).speaker


def test_arguing_with_someone_is_not_a_position():
    assert not attributed("Senator Dana Cole argued with her brother at the fair.")


def test_what_a_speaker_refers_to_is_not_a_claim():
    text = "“They were warned,” Ana Ruiz said, referring to the families on the river bank."
    assert no_attributed_claim_with(text, "families on the river bank")


def test_a_pledge_to_act_is_attributed():
    claim = attributed_claim_with(
        "Mayor Tom Okafor pledged to abolish the bridge toll.", "abolish the bridge"
    )
    assert claim.speaker == "Tom Okafor"


# -- judging an object ----------------------------------------------------------


def test_seeing_something_as_something_is_a_judgement():
    claim = attributed_claim_with(
        "Governor Ruth Ames sees the new port as a lifeline for the region.", "lifeline"
    )
    assert claim.speaker == "Ruth Ames"
    assert claim.text.startswith("the new port")


def test_seeing_something_as_a_child_is_not_a_judgement():
    assert no_attributed_claim_with("Ruth Ames saw the old harbour as a child.", "old harbour")


# -- a name and a colon ---------------------------------------------------------


def test_a_name_after_a_section_title_speaks_the_quote_after_the_colon():
    text = (
        "The port opened on Monday.\n\n"
        "FERRIES TO RESUME SOON - Dana Cole: “The ferries will run again within a week.”"
    )
    assert attributed_claim_with(text, "ferries will run").speaker == "Dana Cole"


def test_a_name_after_a_label_and_a_dash_speaks_the_headline():
    text = "EXCLUSIVE - Dana Cole: Close the Harbour Before Winter\n\nThe port opened on Monday."
    claim = attributed_claim_with(text, "Close the Harbour")
    assert claim.speaker == "Dana Cole"


# -- clauses the parser hangs elsewhere -----------------------------------------


def test_a_clause_of_circumstance_before_the_verb_is_not_the_content():
    text = (
        "In a statement released shortly after the council voted, Mayor Ana Ruiz said"
        " the budget would be cut."
    )
    claim = attributed_claim_with(text, "the budget would be cut")
    assert claim.speaker == "Ana Ruiz"
    assert "council voted" not in claim.text


def test_a_gerund_subject_after_said_starts_the_content():
    text = (
        "Ana Ruiz spoke at the port. She said building it could put hundreds of people"
        " to work along the coast."
    )
    claim = attributed_claim_with(text, "building it could put hundreds")
    assert claim.attribution == "She said"


def test_a_verb_framing_a_quote_also_reports_its_that_clause():
    text = (
        "Councillor Ana Ruiz noted that the depot had been closed since May and quoted"
        " the charter: “Every district shall have a depot.”"
    )
    claim = attributed_claim_with(text, "the depot had been closed since May")
    assert claim.speaker == "Ana Ruiz"


def test_said_joined_to_a_clause_with_be_keeps_its_subject():
    text = (
        "Senator Dana Cole was quick to praise the mayor and said on Monday that the"
        " harbour would reopen in spring."
    )
    assert attributed_claim_with(text, "harbour would reopen").speaker == "Dana Cole"


def test_a_name_left_stranded_after_a_long_opening_is_the_subject():
    text = (
        "Tuesday in Harbourton, while on the campaign trail for his wife harbour commissioner"
        " Ruth Ames, former mayor Tom Okafor said his wife was uniquely qualified to run the port."
    )
    assert attributed_claim_with(text, "uniquely qualified").speaker == "Tom Okafor"


def test_noticing_a_fact_is_attributed():
    text = "Reporter Dana Cole noticed that none of the ferries had left the harbour."
    assert attributed_claim_with(text, "none of the ferries").speaker == "Dana Cole"


def test_hopes_is_read_as_hope_not_hop():
    text = "Mayor Tom Okafor hopes the new ferry line will bring tourists back to the island."
    claim = attributed_claim_with(text, "new ferry line will bring tourists")
    assert claim.speaker == "Tom Okafor"


def test_an_instruction_told_to_people_is_attributed():
    text = "Since Monday, health officials have told residents not to drink water from the river."
    claim = attributed_claim_with(text, "not to drink water")
    assert claim.speaker == "health officials"


# -- a quote signed with a dash and a name --------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Readers respond.\n\n“The new bridge is a waste of money. Nobody asked for it.”"
            " ― Maria Lopez\n",
            "Nobody asked for it",
            "Maria Lopez",
        ),
        (
            'Voters speak.\n\n"The council ignored us again and again."— Jean-Paul de Vries.\n',
            "The council ignored us",
            "Jean-Paul de Vries",
        ),
    ],
)
def test_a_dash_and_a_name_after_a_quote_sign_it(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_clause_after_the_dash_signs_nothing():
    text = "The mayor spoke.\n\n“We will rebuild the school by spring.” ― and few believed it.\n"
    assert no_attributed_claim_with(text, "rebuild the school")


# -- a transcript's turns ---------------------------------------------------------


def test_a_turn_of_a_transcript_opened_by_a_mark_is_its_speakers():
    text = (
        "The interview, in part:\n\n"
        '"HOLLAND: Will you support the budget bill this week?\n\n'
        '"MARSH: We will support it. The governor has made that clear.\n'
    )
    assert attributed_claim_with(text, "We will support it").speaker == "MARSH"


def test_a_quote_opening_with_a_word_and_a_colon_is_no_turn():
    text = "“Security: that is what the port needs now,” a docker said.\n"
    assert attributed_claim_with(text, "the port needs now").speaker != "Security"


# -- a resolve or a choice held by its possessor ----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Ann Cole spoke on Monday. Cole's refusal to debate the challenger "
            "angered voters.",
            "refusal to debate",
            "Ann Cole",
        ),
        (
            "The union's threat to strike in May worried the port.",
            "threat to strike in May",
            "union",
        ),
        (
            "Senator Maria Lopez spoke on Monday. Her determination to run again surprised "
            "the party.",
            "determination to run again",
            "Maria Lopez",
        ),
    ],
)
def test_a_possessed_resolve_to_act_is_its_holders(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_decision_no_one_holds_is_no_ones_claim():
    assert no_attributed_claim_with(
        "The decision to close the pool came in July.", "close the pool"
    )


# -- what was said before a semicolon ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Republicans said the timing of the vote was not intentional; they only learned "
            "on Friday of the plan.",
            "the timing of the vote was not intentional",
            "Republicans",
        ),
        (
            "The company said the timing of the layoffs was not planned; it only learned "
            "last week of the cuts.",
            "the timing of the layoffs was not planned",
            "company",
        ),
        (
            "Neighbours said the noise from the plant was not new; they first complained in "
            "March about it.",
            "the noise from the plant was not new",
            "Neighbours",
        ),
    ],
)
def test_a_clause_said_before_a_semicolon_is_said_however_it_is_parsed(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert claim.speaker == speaker
    assert ";" not in claim.text


# -- a finding about someone ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The video shows him with his hands in the air.", "with his hands in the air"),
        ("The latest poll shows her ahead by 3 points.", "ahead by 3 points"),
        ("Polling averages show Ruiz with a lead of four points.", "with a lead of four points"),
    ],
)
def test_what_a_study_shows_of_someone_is_its_finding(text, words):
    assert attributed_claim_with(text, words)


def test_a_study_showing_a_bare_pronoun_finds_nothing():
    assert not attributed("The footage shows them.")


# -- a reporting verb in a clause of its own speaks of its topic ------------------------


@pytest.mark.parametrize(
    ("text", "words", "scene"),
    [
        (
            "Senator Ruth Ames was emotional as she called for a ban on the pesticide.",
            "a ban on the pesticide",
            "was emotional",
        ),
        (
            "The crowd cheered as Mayor Tom Okafor talked about the new stadium.",
            "the new stadium",
            "The crowd cheered",
        ),
    ],
)
def test_calling_for_something_in_an_as_clause_is_about_that_thing(text, words, scene):
    assert attributed_claim_with(text, words)
    assert no_attributed_claim_with(text, scene)


def test_a_signature_signs_every_quote_of_the_paragraph_it_closes():
    text = (
        "Readers respond.\n\n“The rent went up again.” And then: “We cannot stay here much"
        " longer.”\u00a0―\u00a0Rosa M. Alvarez.\n"
    )
    assert attributed_claim_with(text, "The rent went up again").speaker == "Rosa M. Alvarez"


def test_a_signed_phrase_with_no_verb_is_quoted_speech():
    text = "Readers respond.\n\n“A waste of money and of everyone's time.” ― Tom Baker\n"
    assert attributed_claim_with(text, "A waste of money").speaker == "Tom Baker"


# -- "according to" before a clause the parser joins to the source --------------------


def test_according_to_a_source_before_a_clause_read_as_its_apposition():
    text = "According to radio host Dan Ortiz, the plan reeks of fear and desperation."
    claim = attributed_claim_with(text, "the plan reeks of fear")
    assert (claim.text, claim.speaker) == ("the plan reeks of fear and desperation", "Dan Ortiz")


# -- an instruction in quote marks, parsed as a purpose ----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Ames tells her supporters at a rally to “go to your place and vote” and "
            "then “stay there.”",
            "go to your place and vote",
            "Ames",
        ),
        (
            'Governor Ruth Ames exhorted voters to "vote your conscience" at the convention.',
            "vote your conscience",
            "Ruth Ames",
        ),
    ],
)
def test_what_someone_is_told_to_do_is_the_tellers_claim(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_someone_hired_to_do_something_is_not_told_it():
    assert no_attributed_claim_with("Ames hired a lawyer to argue the case.", "argue the case")


# -- a headline in title case -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Union Leaders Slam Mayor Over Budget Cuts\n\nThe union met on Monday.",
            "Mayor Over Budget Cuts",
            "Union Leaders",
        ),
        (
            "Senator Ruth Ames Praises Port Deal As A Win For Workers\n\nAmes spoke on Monday.",
            "Port Deal As A Win For Workers",
            "Ruth Ames",
        ),
    ],
)
def test_a_verb_of_saying_splits_a_title_case_headline(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Factory Blast Claims 12 Lives\n\nA blast killed 12 workers.",
        "Heavy Rains Bring Floods To Coast Towns\n\nRain fell for a week.",
        # "Voters" is no form of "vote"
        "Young Voters Abandon Party Over Housing Costs\n\nThe party met on Monday.",
    ],
)
def test_a_title_case_headline_without_a_speaker_stays_unattributed(text):
    assert not attributed(text)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Tom Okafor was guarded about the budget talks.",
            "the budget talks",
            "Tom Okafor",
        ),
        (
            "Senator Lena Park was coy about whether she would run again.",
            "whether she would run again",
            "Lena Park",
        ),
    ],
)
def test_reticence_is_an_attitude_towards_its_topic(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_title_case_headline_closed_by_a_stop_names_the_person_the_article_expands():
    text = (
        "Okafor Vows To Veto The Harbour Tax Bill.\n\n"
        "Mayor Tom Okafor spoke to reporters on Monday."
    )
    assert attributed_claim_with(text, "Veto The Harbour Tax Bill").speaker == "Tom Okafor"


# -- a that-clause after an aside, and the manner of speaking ----------------------------


def test_a_that_clause_after_an_aside_is_what_one_continues_to_insist():
    text = (
        "The mayor continues to insist, most recently in a radio interview, that he wants "
        "to release the report."
    )
    assert attributed_claim_with(text, "he wants to release the report").speaker_kind


def test_so_that_after_continuing_says_nothing():
    assert not attributed("The union continued to strike, so that the port closed.")


def test_what_someone_yells_to_others_is_said():
    text = "Neighbours could be heard yelling to the officers that the man was unarmed."
    assert attributed_claim_with(text, "the man was unarmed").speaker == "Neighbours"


def test_shouting_with_nothing_said_is_no_claim():
    assert not attributed("A man was shouting in the street when police arrived.")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "If the vote fails, Senator Mark Ellis argues, there are other ways to fund it.",
            "other ways to fund it",
            "Mark Ellis",
        ),
        (
            "Unless the river drops, the county's engineer warned, the old levee will give way.",
            "the old levee will give way",
            "engineer",
        ),
    ],
)
def test_an_opening_clause_hung_on_a_frame_between_commas_stays_in_the_claim(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert speaker in (claim.speaker or "")
    assert claim.text.startswith(text.split(",")[0])


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The mayor spoke to reporters on Tuesday.\n\nMayor Dana Holt added:\n\n"
            "The depot has lost money for ten years and the town cannot carry it.\n",
            "the town cannot carry it",
            "Dana Holt",
        ),
        (
            "Critics were unimpressed.\n\nIn a post on Monday, the union's leader, Sam Reed,"
            " wrote:\n\nThis plan punishes the workers who kept the plant open.\n",
            "punishes the workers",
            "Sam Reed",
        ),
    ],
)
def test_a_paragraph_after_a_frame_ending_in_a_colon_is_quoted_speech(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_paragraph_after_a_colon_with_no_speaker_is_no_quote():
    text = "The rules changed on Monday.\n\nThe new rules are as follows:\n\nDrivers must stop.\n"
    assert no_attributed_claim_with(text, "Drivers must stop")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The answer, Ana Ruiz told them, was simple.", "was simple", "Ana Ruiz"),
    ],
)
def test_the_one_told_in_a_frame_between_commas_is_no_content_of_its_own(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The depot was, Mayor Dana Holt said, a waste of money.", "a waste of money", "Dana Holt"),
        (
            "It was, Senator Mark Ellis said, the worst flood in a century.",
            "the worst flood in a century",
            "Mark Ellis",
        ),
    ],
)
def test_a_frame_between_commas_after_the_verb_it_reports_names_the_speaker(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_the_story_someone_told_is_not_a_hearer():
    assert no_attributed_claim_with("The plant, Ana Ruiz told the story, was shut.", "was shut")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "While he admitted costs were high, Senator Mark Ellis also noted several"
            " problems left the plant idle.",
            "several problems left the plant idle",
            "Mark Ellis",
        ),
    ],
)
def test_a_clause_inside_an_opening_while_clause_is_not_what_the_frame_says(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert claim.speaker == speaker
    assert "while" not in claim.text.lower() and "although" not in claim.text.lower()


def test_the_speech_verb_of_an_opening_while_clause_reports_its_own_clause():
    text = (
        "While he admitted costs were high, Senator Mark Ellis noted several"
        " problems left the plant idle."
    )
    claim = attributed_claim_with(text, "costs were high")
    assert claim.text.startswith("costs were high")
    assert claim.speaker != "Mark Ellis"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "These workers, Ellis explained earlier at the hearing, were paid too little.",
            "were paid too little",
            "Ellis",
        ),
        (
            "Those loans, Ana Ruiz explained earlier in the meeting, were approved too quickly.",
            "were approved too quickly",
            "Ana Ruiz",
        ),
    ],
)
def test_a_clause_split_around_its_frame_is_what_the_frame_says(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert claim.speaker == speaker
    assert claim.text.startswith(text.split(",")[0])
