"""Speakers named with titles, offices, honours and descriptions: the name
without them, the body a description stands for, the side that speaks."""

import pytest

from claims.extraction import extract
from tests.claims.extracted import claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Fighting between army units and the Free Coast Movement (FCM) spread to two "
            "ports.\n\n"
            "The FCM, in a post on its website, said it had seized 9 patrol boats.",
            "seized 9 patrol boats",
            "Free Coast Movement",
        ),
        (
            "Talks between the Valden Workers Union (VWU) and the port resumed.\n\n"
            "The VWU, speaking through a lawyer, said 300 members had walked out.",
            "300 members had walked out",
            "Valden Workers Union",
        ),
    ],
)
def test_an_acronym_after_a_determiner_is_no_dateline(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Officers from a government agency raided 4 farms on Monday.\n\n"
            "The government said the raids were legal.",
            "raids were legal",
        ),
        (
            "Clashes between government forces and farmers left 8 dead.\n\n"
            "The government denied that it had used live rounds.",
            "used live rounds",
        ),
    ],
)
def test_the_government_is_not_a_body_it_only_modifies(text, words):
    assert claim_with(text, words).speaker == "government"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Chief Magistrate Ruth Okello said 9 suspects had been remanded.",
            "9 suspects",
            "Ruth Okello",
        ),
        (
            "Counsel Daniel Frome KC told the inquiry that 3 guards were asleep.",
            "3 guards were asleep",
            "Daniel Frome",
        ),
        (
            "Barrister Ana Pike QC said 5 documents were forged.",
            "5 documents",
            "Ana Pike",
        ),
    ],
)
def test_titles_and_honours_are_no_part_of_the_name(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Commander of Rescue Services Ola Brandt said 6 climbers were missing.",
            "6 climbers",
            "Ola Brandt",
        ),
        (
            "Superintendent of Police T. V. Pillai said 6 officers were hurt.",
            "6 officers",
            "T. V. Pillai",
        ),
    ],
)
def test_a_title_with_its_office_before_a_name_is_that_persons(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Martin Kell, 54, is accused of fraud.\n\n"
            "The prosecution says he moved 2 million euros abroad.",
            "moved 2 million euros",
            "prosecution",
        ),
        (
            "Dana Proust, the club's former treasurer, is on trial.\n\n"
            "The defence argued that the accounts had been audited twice.",
            "accounts had been audited",
            "defence",
        ),
    ],
)
def test_a_side_in_a_trial_is_not_the_person_named_last(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Two ferries were cancelled, according to regional news site Kustbladet Today.",
            "ferries were cancelled",
            "Kustbladet Today",
        ),
        (
            "Two schools closed early, local radio station Coastline Tonight reported.",
            "schools closed early",
            "Coastline Tonight",
        ),
    ],
)
def test_the_capitalised_words_after_an_outlet_noun_are_its_name(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


def test_an_unnamed_body_keeps_the_participle_saying_who_it_is():
    text = (
        "The association representing taxi drivers in the city said fares had risen by 8 percent."
    )
    assert (
        claim_with(text, "fares had risen").speaker
        == "association representing taxi drivers in the city"
    )


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A ferry ran aground off the cape, the state shipping firm said.\n\n"
            "Marisol Lines said 200 passengers were safe.",
            "ran aground",
            "Marisol Lines",
        ),
        (
            "A ferry ran aground off the cape, the state shipping firm said.\n\n"
            "Marisol Lines said 200 passengers were safe. The firm said 3 crew were hurt.",
            "3 crew were hurt",
            "Marisol Lines",
        ),
    ],
)
def test_a_company_described_before_it_is_named_is_the_next_speaker(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


def test_a_company_is_not_a_body_named_sentences_later():
    text = (
        "Power was cut to 9,000 homes, the grid company said.\n\n"
        "Crews were working through the night.\n\n"
        "The Red Cross said 300 people had spent the night in shelters."
    )
    assert claim_with(text, "9,000 homes").speaker != "Red Cross"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "According to a draft report seen by the broadcaster Nordvisjon, the dam had 3 cracks.",
            "3 cracks",
            "draft report",
        ),
        (
            "A survey carried out for the Tarnow Tribune found that 41 percent of voters "
            "were undecided.",
            "41 percent",
            "survey carried out for the Tarnow Tribune",
        ),
    ],
)
def test_a_document_speaks_as_worded_not_for_who_saw_it(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


def test_a_speed_ending_a_sentence_does_not_join_the_next():
    text = "The car was doing 140 km/h. Police said the driver had fled."
    assert claim_with(text, "driver had fled").speaker == "Police"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The inquest heard that the climber had fallen 40 metres.",
            "fallen 40 metres",
            "inquest",
        ),
        (
            "The firm had ignored 6 warnings about the scaffolding, the tribunal heard.",
            "ignored 6 warnings",
            "tribunal",
        ),
    ],
)
def test_what_a_court_or_inquiry_heard_is_its_account(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


def test_what_people_heard_is_not_their_account():
    text = "Neighbours heard that the factory would shut in May."
    assert all(c.speaker != "Neighbours" for c in extract(text))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Harbour Aid Society said it had treated 9 people.\n\n"
            "Police blamed the fire on the Green Dawn Front, a radical group. "
            "The group denied that its members had set the fire.",
            "members had set the fire",
            "Green Dawn Front",
        ),
        (
            "The Marlow Rescue Society said 12 climbers were stranded.\n\n"
            "Troops clashed with the Black Ridge Front, an armed group, near the pass. "
            "The group said its fighters had withdrawn.",
            "fighters had withdrawn",
            "Black Ridge Front",
        ),
    ],
)
def test_a_body_is_the_kind_its_apposition_says(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("outlet", "name"),
    [
        ("the local radio station Valley FM", "Valley FM"),
        ("the broadcaster Kanal 7", "Kanal 7"),
        ("the news site Delta Today", "Delta Today"),
    ],
)
def test_an_outlet_named_after_its_kind_keeps_its_whole_name(outlet, name):
    text = f"Storm\n\nTwo fishermen were missing on Sunday, according to {outlet}."
    assert claim_with(text, "fishermen").speaker == name


def test_a_nationality_read_as_a_person_does_not_replace_the_source():
    text = (
        "Storm\n\n"
        "Sri Lankan officials said four trawlers had sunk off the coast. "
        "Sri Lankan police said nine crewmen were missing."
    )
    assert claim_with(text, "trawlers").speaker == "Sri Lankan officials"
    assert claim_with(text, "crewmen").speaker == "Sri Lankan police"


@pytest.mark.parametrize(
    ("named", "described"),
    [
        ("the Ministry of Internal Affairs", "the interior ministry"),
        ("the Ministry of Defence", "the defense ministry"),
        ("the Ministry of Home Affairs", "the interior ministry"),
    ],
)
def test_a_ministry_described_by_another_name_for_its_portfolio_is_the_one_named(named, described):
    text = (
        f"Floods\n\nT{named[1:]} said 300 homes were flooded. "
        f"T{described[1:]} later said 40 people were missing."
    )
    expected = named.removeprefix("the ")
    assert claim_with(text, "40 people").speaker == expected


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Governor says 40 homes destroyed", "The toll rose on Monday, Governor Lena Hart said."),
        ("Mayor says 9 people missing after flood", "Mayor Lena Hart gave the toll on Monday."),
    ],
)
def test_a_headline_job_title_is_the_person_the_article_names_with_it(headline, body):
    claims = extract(f"{headline}\n\n{body}")
    assert claims[0].speaker == "Lena Hart"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The aid group Kestrel Hope said 200 families had fled.", "Kestrel Hope", "organisation"),
        (
            "The relief charity Harbour Aid said 30 homes were destroyed.",
            "Harbour Aid",
            "organisation",
        ),
        ("Aid worker Dana Ruiz said 200 families had fled.", "Dana Ruiz", "person"),
    ],
)
def test_a_name_after_a_word_for_a_kind_of_body_is_that_body(sentence, name, kind):
    claim = extract(sentence)[0]
    assert (claim.speaker, claim.speaker_kind) == (name, kind)
