"""Bodies and people under the shorter names a report gives them: initials
never spelled out in brackets, a name holding a capitalised preposition, a
surname known from "Ms", a headline's source after a dash, "the airline"
before the carrier is named, and the source that revises its own count."""

import pytest

from tests.claims.extracted import attributed_claim_with, claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The World Food Programme said on Monday that 2 million people need aid. "
            "The WFP said it had cut rations by half in March.",
            "cut rations",
            "World Food Programme",
        ),
        (
            "The International Committee of the Red Cross said its teams reached the town. "
            "The ICRC said 40 patients were moved to Tarsi overnight.",
            "40 patients",
            "International Committee of the Red Cross",
        ),
    ],
)
def test_initials_the_article_never_spells_out_name_the_body(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_initials_of_two_named_bodies_stay_as_written():
    text = (
        "The Regional Health Board and the Rural Housing Bureau met on Monday. "
        "The RHB said 12 clinics were closed."
    )
    assert attributed_claim_with(text, "12 clinics").speaker == "RHB"


def test_initials_inside_a_description_stay_as_written():
    text = (
        "The fighting has displaced 400,000 people, according to the United Nations. "
        "The UN refugee agency said 9,000 people had fled the town."
    )
    assert attributed_claim_with(text, "9,000 people").speaker == "UN refugee agency"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Cholera has killed 12 people. The medical charity Care Without Limits, which "
            "runs a clinic in the camp, said its staff had treated 70 children this week.",
            "70 children",
            "Care Without Limits",
        ),
        (
            "The aid group Water Without Walls said 12 wells were dry.",
            "12 wells",
            "Water Without Walls",
        ),
        (
            "The monitoring group Press Beyond Borders said three journalists were detained.",
            "three journalists",
            "Press Beyond Borders",
        ),
    ],
)
def test_a_capitalised_preposition_belongs_to_the_name(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_surname_known_from_ms_names_the_person_however_labelled():
    text = (
        "Prosecuting for the Marine Safety Agency (MSA), Nadia Farooq said a hatch had been "
        "left open. The agency found 11 separate breaches on the vessel, Ms Farooq said."
    )
    claim = attributed_claim_with(text, "11 separate breaches")
    assert claim.speaker == "Nadia Farooq"


def test_a_participle_opening_the_sentence_is_no_part_of_an_acronyms_name():
    text = (
        "Prosecuting for the Marine Safety Agency (MSA), Rukhsana Haddad opened the case. "
        "The MSA said 14 crew members had been injured aboard such ships last year."
    )
    claim = attributed_claim_with(text, "14 crew members")
    assert claim.speaker == "Marine Safety Agency"


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Gunmen kill at least 11 in ambush on fuel convoy in eastern Kanduri - army", "army"),
        ("Floods cut off 30 villages in the lower delta - officials", "officials"),
    ],
)
def test_a_headline_source_after_a_dash_stands_alone(headline, speaker):
    lead = f"MBARATE, Oct 3 (Atlas Wire) - Heavy rain fell for a week, the {speaker} said."
    text = f"{headline}\n\n{lead}"
    claim = claim_with(text, headline.split(" - ")[0][:20])
    assert claim.speaker == speaker


def test_the_airline_before_it_is_named_is_the_carrier_named_next():
    text = (
        "TUMARO, Jan 27 (Pacific Wire Service) - A passenger plane crashed short of the "
        "runway on Monday, killing 19 of its 50 passengers, the airline said.\n\n"
        "SkyKalvesia said flight SK 214 had 46 passengers and four crew on board."
    )
    assert attributed_claim_with(text, "killing 19").speaker == "SkyKalvesia"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The fire department first said 20 apartments were damaged, but the department "
            "later revised that figure to 31.",
            "31",
            "fire department",
        ),
        (
            "Two people died in the pileup. The highway patrol later raised the number of "
            "injured to 37, eight of them with major injuries.",
            "37",
            "highway patrol",
        ),
        (
            "Thirty-one people survived, the carrier said in a statement, revising an "
            "earlier toll of 12 dead.",
            "12 dead",
            "carrier",
        ),
    ],
)
def test_a_source_revising_its_own_count_gives_the_new_figure(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_verbless_phrase_after_the_content_is_more_of_what_was_said():
    text = (
        "Thirty-one people survived, many of them with serious injuries, the carrier "
        "said in a statement."
    )
    claim = attributed_claim_with(text, "Thirty-one people survived")
    assert "serious injuries" in claim.text
    assert claim.speaker == "carrier"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("One club member said the roof had been leaking for a year.", "club member"),
        ("Other tenants said the alarms had not worked for months.", "tenants"),
    ],
)
def test_a_count_or_other_before_an_unnamed_source_is_no_part_of_it(text, speaker):
    assert attributed_claim_with(text, "had").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The war has displaced more than 2 million people, according to United Nations "
            "estimates.",
            "United Nations",
        ),
        ("At least 40 people died, according to Red Crescent estimates.", "Red Crescent"),
    ],
)
def test_a_bodys_estimates_are_the_bodys(text, speaker):
    assert attributed_claim_with(text, "people").speaker == speaker


def test_a_headline_count_with_a_verb_read_as_a_noun_is_what_was_said():
    text = (
        "UN says 38,000 flee into Makanga as fighting spreads\n\n"
        "GOMBELA, April 9 - Thousands of people crossed the river on Tuesday."
    )
    claim = attributed_claim_with(text, "38,000")
    assert claim.speaker == "UN"
    assert claim.text.startswith("38,000 flee")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "In a statement, Corrib Leisure Ltd, which owns the hotel, said it was "
            'co-operating fully. "Our food handling procedures are rigorous," the statement '
            "said.",
            "procedures are rigorous",
            "Corrib Leisure Ltd",
        ),
        (
            "The sheriff's spokeswoman, Renee Alcott, said a man had been arrested. Officers "
            "found a loaded handgun in a bin nearby, according to the release.",
            "loaded handgun",
            "Renee Alcott",
        ),
    ],
)
def test_a_statement_crediting_no_one_is_the_last_named_sources(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_statement_before_any_source_is_named_stays_as_written():
    text = "Two men were held overnight, according to a statement."
    assert attributed_claim_with(text, "Two men").speaker == "statement"


def test_a_platform_a_body_posts_on_is_not_the_body():
    # "the group" is the armed body the article named, not the platform it posts on
    text = (
        "The Northern Dawn Brigades claimed responsibility in a message on its Telegram "
        "channel. The group said its fighters had killed more than 30 soldiers."
    )
    assert attributed_claim_with(text, "30 soldiers").speaker == "Northern Dawn Brigades"


def test_the_group_is_the_armed_body_the_recogniser_took_for_a_person():
    text = (
        "The Ansar al-Wadi Brigades, which has waged an insurgency in the border region since "
        "2016, claimed responsibility on its Telegram channel. The group said its fighters had "
        "killed more than 30 soldiers."
    )
    assert attributed_claim_with(text, "30 soldiers").speaker == "Ansar al-Wadi Brigades"
