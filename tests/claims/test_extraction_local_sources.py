"""Sources as local news names them: a body whose name the recogniser
breaks, a short name with a country's initials in it, a poll's maker, a
candidate's campaign by the candidate's whole name, a place's own office, and
denials made by a plea or relayed by a lawyer."""

import pytest

from claims.extraction.extractor import extract

from .extracted import (
    attributed,
    attributed_claim_with,
    claim_with,
    no_attributed_claim_with,
    quantities,
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Several residents told reporters they had heard nothing.", "heard nothing", "residents"),
        ("Many officials said the dam was safe.", "the dam was safe", "officials"),
        (
            "Pollster Rena Harbison said the number of undecided voters was high.",
            "undecided voters",
            "Rena Harbison",
        ),
    ],
)
def test_quantifiers_and_job_words_are_no_part_of_the_source(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_short_name_holding_a_countrys_initials_is_written_out():
    text = (
        "The UK Health Security Agency (UKHSA) said norovirus cases were running about "
        "30% above average. UKHSA said 12 wards were shut."
    )
    assert attributed_claim_with(text, "30%").speaker == "UK Health Security Agency"
    assert attributed_claim_with(text, "12 wards").speaker == "UK Health Security Agency"


def test_a_body_broken_at_its_and_is_one_body_and_its_initials_are_its_own():
    text = (
        "Crews from across Brackenshire were sent to the estate.\n\n"
        "At the height of the blaze 12 fire engines were at the scene, Brackenshire Fire "
        "and Rescue Service (BFRS) said.\n\n"
        "BFRS said the fire was not being treated as suspicious."
    )
    body = "Brackenshire Fire and Rescue Service"
    assert attributed_claim_with(text, "12 fire engines").speaker == body
    assert attributed_claim_with(text, "not being treated").speaker == body


def test_an_office_named_after_a_force_is_not_the_force():
    text = (
        "Fenmark's Police and Crime Commissioner, Alan Bewley, said the raid was the "
        "largest in years.\n\nPolice said more arrests were likely."
    )
    assert attributed_claim_with(text, "more arrests").speaker == "Police"


def test_every_poll_is_the_one_pollster_the_article_names():
    text = (
        "Poll: Tisdale leads Okonkwo by 9 points in mayor's race\n\n"
        "Mayor Gloria Tisdale holds a 9-point lead over Ben Okonkwo, according to a new "
        "poll commissioned by the Lanthorne Ledger.\n\n"
        "The survey of 612 likely voters, conducted Sept. 20-24 by Harbison Research "
        "Group, found 47% support Tisdale.\n\n"
        "The poll found 52% of likely voters oppose the arena."
    )
    for words in ("leads Okonkwo", "9-point lead", "47%", "52%"):
        assert claim_with(text, words).speaker == "Harbison Research Group", words


def test_two_pollsters_leave_an_unowned_poll_as_worded():
    text = (
        "Poll: Tisdale leads Okonkwo in mayor's race\n\n"
        "A survey conducted by Harbison Research Group found 47% support Tisdale. A poll "
        "conducted by the Delmont Policy Institute found 44% do."
    )
    assert claim_with(text, "Tisdale leads").speaker == "Poll"


def test_polls_in_general_are_not_the_pollster_named_once():
    text = (
        "A survey conducted by Harbison Research Group found 47% support Tisdale. "
        "Polls show a close contest in the state, where 18 electoral votes are at stake."
    )
    assert claim_with(text, "close contest").speaker != "Harbison Research Group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tisdale holds a 9-point lead over Okonkwo, the poll said.", [(9, "other")]),
        ("Among voters under 35, Okonkwo led by 11 points, she said.", [(11, "other")]),
        ("The candidate won by 412 votes, officials said.", [(412, "other")]),
        ("The margin of error is 4 percentage points.", [(4, "other")]),
        # a plan's points and a speech's points are no margin
        ("The 10-point plan was dropped.", []),
        ("She made three points in her speech.", []),
    ],
)
def test_a_lead_or_margin_is_a_figure(text, expected):
    assert quantities(text) == expected


def test_a_candidates_campaign_goes_by_the_candidates_whole_name():
    text = (
        "City Councilman Ben Okonkwo is running for mayor. Okonkwo's campaign said fewer "
        "than 900 units had been completed. His campaign said the poll was wrong."
    )
    assert attributed_claim_with(text, "900 units").speaker == "Ben Okonkwo's campaign"
    assert attributed_claim_with(text, "the poll was wrong").speaker == "Ben Okonkwo's campaign"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "It was the second death at the site, according to the county's emergency "
            "management office.",
            "second death",
            "county's emergency management office",
        ),
        ("The city's finance office said 40 jobs would go.", "40 jobs", "city's finance office"),
        # a country's agency is the national one
        (
            "The quake killed 62 people, the country's disaster management agency said.",
            "62 people",
            "disaster management agency",
        ),
    ],
)
def test_a_place_keeps_its_own_office(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Renata Kolby, 46, pleaded not guilty Tuesday to charges that she stole more "
            "than $212,000 from the league.",
            "she stole",
        ),
        (
            'Her lawyer, Dan Pryce, said his client "categorically denies" stealing from '
            "the league.",
            "categorically denies",
        ),
        (
            'A lawyer for one of the men said his client "strongly denies any involvement '
            'in drug supply" and would cooperate.',
            "strongly denies",
        ),
    ],
)
def test_a_plea_or_a_denial_relayed_for_a_client_is_a_denial(text, words):
    assert attributed_claim_with(text, words).stance == "denies"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Jordan Pickering, 24, was arrested on Monday. Pickering pleaded not guilty "
            "at his arraignment on Wednesday morning.",
            "arraignment",
            "Jordan Pickering",
        ),
        (
            "Mara Linde pleaded innocent to two counts of fraud in Harlow County court.",
            "two counts of fraud",
            "Mara Linde",
        ),
    ],
)
def test_a_plea_of_not_guilty_with_no_words_of_its_own_is_the_accuseds_denial(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.stance) == (speaker, "denies")


def test_a_plea_of_guilty_is_no_denial():
    text = "Mara Linde pleaded guilty to two counts of fraud in Harlow County court."
    assert not [c for c in extract(text) if c.stance == "denies"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A 34-year-old witness said the fire had started in the kitchen.",
            "started in the kitchen",
            "34-year-old witness",
        ),
        (
            "NARVIK, May 14 (CPA) - Local officials said 12 people had died.",
            "12 people",
            "Local officials",
        ),
    ],
)
def test_a_hyphen_inside_an_unnamed_sources_words_is_no_datelines_dash(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A woman who lives in the complex said she heard 15 shots.",
            "15 shots",
            "woman who lives in the complex",
        ),
        (
            "Friends who were with him said he went under 50 yards from shore.",
            "went under",
            "Friends who were with him",
        ),
        (
            "Two officials who spoke on condition of anonymity said 40 people died.",
            "40 people",
            "officials",
        ),
        (
            "A neighbour who did not want to be identified said the man was arrested.",
            "man was arrested",
            "neighbour",
        ),
        ("Residents, who were evacuated on Monday, said the water rose fast.", "rose", "Residents"),
    ],
)
def test_a_clause_saying_who_an_unnamed_source_is_belongs_to_it(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_someone_elses_denial_told_by_the_police_is_their_account():
    text = "Police said the suspect denied the charges."
    assert attributed_claim_with(text, "suspect denied").stance == "asserts"


def test_a_short_company_name_in_mixed_case_is_its_full_name():
    text = (
        "Firefighters were called to the GreenCycle Materials plant on Monday. "
        "In a statement, GreenCycle said it was cooperating fully with investigators."
    )
    claim = attributed_claim_with(text, "cooperating fully")
    assert claim.speaker == "GreenCycle Materials"


def test_a_name_before_its_brackets_is_not_widened_by_them():
    text = (
        "The World Health Organization (WHO) said it had sent 20,000 doses. "
        "The number of cases could reach 1,000, the World Health Organization said."
    )
    claim = attributed_claim_with(text, "could reach 1,000")
    assert claim.speaker == "World Health Organization"


def test_the_person_a_rank_introduces_speaks_not_the_service_before_it():
    text = (
        "Firefighters were called to the plant at 9:12 a.m., Wickerlund Fire Chief Dana Kowal said."
    )
    claim = attributed_claim_with(text, "Firefighters were called")
    assert claim.speaker == "Dana Kowal"


def test_a_bodys_own_assessment_is_the_bodys_claim():
    text = (
        "The provincial disaster management authority said the cyclone struck on Monday. "
        "The authority's preliminary assessment found 8,400 houses destroyed."
    )
    claim = attributed_claim_with(text, "8,400 houses")
    assert claim.speaker == "provincial disaster management authority"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Unconfirmed reports on social media said a second strike had hit a market.",
            "social media",
        ),
        ("Reports in local media said three people had died in the blast.", "local media"),
    ],
)
def test_reports_on_a_medium_are_the_mediums(text, speaker):
    assert attributed(text)[0].speaker == speaker


def test_a_bodys_report_named_by_its_and_the_report_again_are_the_bodys():
    text = (
        "The Care Inspectorate graded the home as weak. Its report, published on "
        "Wednesday, said staff had failed to record at least nine falls. One resident "
        "was taken to hospital with a fractured hip, the report said."
    )
    assert attributed_claim_with(text, "nine falls").speaker == "Care Inspectorate"
    assert attributed_claim_with(text, "fractured hip").speaker == "Care Inspectorate"


def test_the_force_is_the_police_force_the_article_names():
    text = (
        "More than 150 officers from Fenmark Constabulary took part in the raids. "
        "Officers seized about 2kg of cocaine, the force said."
    )
    assert attributed_claim_with(text, "seized").speaker == "Fenmark Constabulary"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("No charges had been filed as of Sunday, Trooper Dana Ferraro said.", "Dana Ferraro"),
        ("Garda Ciara Lynskey said a roadside breath test was negative.", "Ciara Lynskey"),
        (
            "Defending, Niamh Brophy SC said the road was unlit at the time.",
            "Niamh Brophy",
        ),
    ],
)
def test_ranks_before_and_letters_after_a_name_are_not_the_name(text, speaker):
    assert attributed(text)[0].speaker == speaker


def test_a_release_is_its_issuers_and_so_is_the_release_again():
    text = (
        "An officer tried to stop the pickup at 10:45 p.m., according to an RCMP news "
        "release. The driver did not stop, the release said."
    )
    assert attributed_claim_with(text, "tried to stop").speaker == "RCMP"
    assert attributed_claim_with(text, "did not stop").speaker == "RCMP"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Doctors and local journalists say the true figure is likely to be much higher.",
            "Doctors and local journalists",
        ),
        (
            "Staff at the main government hospital in Jhalmer said they had received 90 bodies.",
            "Staff at the main government hospital in Jhalmer",
        ),
    ],
)
def test_an_unnamed_source_keeps_every_group_and_place_it_is_worded_with(text, speaker):
    assert attributed(text)[0].speaker == speaker


def test_a_closing_frame_hung_on_the_story_as_a_conjunct_still_frames_it():
    text = (
        "A cholera outbreak in the north has killed 112 people and infected more than "
        "4,800 since August, the World Health Organization (WHO) said on Tuesday, "
        "warning that the disease was spreading."
    )
    claim = attributed_claim_with(text, "killed 112 people")
    assert claim.speaker == "World Health Organization"
    assert "warning" not in claim.text


def test_a_clause_after_and_with_its_own_speaker_is_not_framed_by_it():
    text = "Police arrested 12 people, and the mayor said the city was calm."
    assert no_attributed_claim_with(text, "arrested 12 people")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Cr Sam Tran said the council had spent $1.3 million.", "$1.3 million", "Sam Tran"),
        (
            "Parent Mere Kingi, whose twins are in Year 3, said the trip would take an hour.",
            "take an hour",
            "Mere Kingi",
        ),
        ("Resident Bill Hayes said the water rose fast.", "rose fast", "Bill Hayes"),
        (
            "Neighbour Steven Rourke said he had reported a smell of gas two weeks ago.",
            "smell of gas",
            "Steven Rourke",
        ),
    ],
)
def test_an_australian_councillor_and_a_parent_before_a_name_are_no_part_of_it(
    text, words, speaker
):
    assert attributed_claim_with(text, words).speaker == speaker


def test_what_a_denier_says_next_after_a_denied_report_is_the_deniers_assertion():
    text = (
        "A spokesperson for Levelmoor Homes denied reports that tenants had complained "
        "about faulty wiring, saying a full electrical safety check had been carried out "
        "in March."
    )
    denied, said = claim_with(text, "complained"), claim_with(text, "safety check")
    assert "safety check" not in denied.text
    assert (denied.stance, said.stance) == ("denies", "asserts")
    assert said.speaker == denied.speaker == "spokesperson for Levelmoor Homes"


def test_he_after_a_relative_who_spoke_unnamed_is_that_relative():
    text = (
        "A hospital spokesperson said 47 patients had tested positive. "
        "The woman's son, who asked not to be named, told the Leader his mother had been "
        "well until she caught the bug. He said a nurse had told the family she was one "
        "of six patients who fell ill."
    )
    assert attributed_claim_with(text, "a nurse had told").speaker == "woman's son"


def test_a_closing_frame_told_to_a_lowercase_agency_frames_the_whole_story():
    text = (
        "The collapse happened at around 2 p.m. after heavy rain loosened the soil around "
        "the open pit, which is about 60 metres deep, the mayor of Kivunde told dpa by "
        "telephone."
    )
    claim = attributed_claim_with(text, "The collapse happened")
    assert claim.speaker == "mayor of Kivunde"
    assert "dpa" not in claim.text


def test_he_after_a_post_that_spoke_is_its_holder_named_later():
    text = (
        "The collapse happened at 2 p.m., the mayor of Kivunde told reporters. "
        "He said the toll could rise to 70.\n\n"
        "Kivunde mayor Amani Lukwago denied that his office had received any warnings."
    )
    assert attributed_claim_with(text, "could rise to 70").speaker == "Amani Lukwago"


def test_he_is_never_a_post_that_only_did_something():
    text = (
        '"It rolled over and over," said Jamshed Karimi, a truck driver who stopped to '
        "help. Police chief Abdul Sarbaz said 52 people had been on board. The driver "
        "survived with a broken arm and has been taken into custody, he said."
    )
    assert attributed_claim_with(text, "broken arm").speaker == "Abdul Sarbaz"


def test_a_bodys_short_name_in_another_language_stands_for_it():
    text = (
        "The Lonquera Prison Observatory (OPL), a rights group, said 23 inmates had died, "
        "citing prisoners' families and sources inside the prison. The OPL's figures could "
        "not be independently verified.\n\nThe OPL said at least 14 inmates had died in "
        "2023 alone, and that the prison had only two doctors."
    )
    claim = attributed_claim_with(text, "two doctors")
    assert claim.speaker == "Lonquera Prison Observatory"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Police said between 10 and 15 people were killed.", "10 and 15 people", "Police"),
        (
            "The governor said between 40 and 60 people were missing.",
            "40 and 60 people",
            "governor",
        ),
    ],
)
def test_a_range_opening_what_was_said_stays_in_it(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert claim.speaker == speaker
    assert claim.text.startswith("between")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A Reuters reporter in Talash saw at least eight destroyed houses.",
            "eight destroyed houses",
            "Reuters reporter in Talash",
        ),
        ("A witness counted 40 bodies at the morgue.", "40 bodies", "witness"),
    ],
)
def test_a_count_a_reporter_or_witness_saw_is_their_account(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_what_anyone_else_saw_is_no_attribution():
    assert no_attributed_claim_with("The soldier saw two men running.", "two men")
