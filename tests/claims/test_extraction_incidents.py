"""Which people a crime report counts: the victims of this incident, not the
one who fired, a suspect taken to jail, or the dead of an earlier year."""

import pytest

from claims.extraction import extract
from tests.claims.extracted import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shooter is the subject of both joined verbs
        (
            "Hunter accidentally shoots and kills cousin in marsh\n\nDeputies came.",
            [(1, "killed")],
        ),
        ("A farmer shot and killed a neighbour who came onto his land.", [(1, "killed")]),
        # the one who fired in the passive
        ("A woman was wounded by a state trooper on Sunday.", [(1, "injured")]),
        ("A man was shot and killed by a deputy during the traffic stop.", [(1, "killed")]),
    ],
)
def test_the_one_who_fired_is_not_a_victim(text, expected):
    assert quantities(text) == expected


def test_a_headline_site_name_is_not_the_object_of_its_verb():
    text = "Man shot and killed on the north side | Evening Ledger - Home\n\nIt happened at night."
    assert quantities(text) == [(1, "killed")]


def test_a_joined_speech_verb_does_not_make_the_victim_a_shooter():
    text = (
        "A teenager turned up at a hospital with a wound to his leg and told officers he had "
        "been shot near a park."
    )
    assert quantities(text) == [(1, "injured")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ortega was taken to a hospital for a medical check and then taken to jail.",
        "Brandt was charged with murder and with injuring the woman's husband.",
        "Pike was arrested at the scene and treated for a cut hand.",
    ],
)
def test_a_suspect_taken_to_jail_or_charged_is_no_casualty(sentence):
    assert quantities(sentence) == []


def test_a_victim_in_a_semicolon_headline_keeps_its_count():
    text = "Driver shot, killed near the depot; suspect in custody\n\nPolice came."
    assert quantities(text) == [(1, "killed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A teenager was shot at Mercy General Hospital on Monday morning.", [(1, "injured")]),
        ("Three people were shot at a birthday party in Eastgate.", [(3, "injured")]),
        ("A man fired at police officers from a balcony.", []),
        ("The delivery van was shot at several times.", []),
    ],
)
def test_shot_at_a_place_is_a_hit_and_shot_at_a_target_is_not(sentence, expected):
    assert quantities(sentence) == expected


def test_fighting_for_their_lives_is_injured():
    text = "One man is dead and two women are fighting for their lives after the attack."
    assert quantities(text) == [(1, "killed"), (2, "injured")]


def test_a_crossing_of_streets_is_no_count():
    assert quantities("A man died near 26 & Alder after the chase.") == [(1, "killed")]


def tolls(text: str) -> list[tuple]:
    return [(q.value, q.category, q.background) for c in extract(text) for q in c.quantities]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Twenty-six people died in Newtown in 2012.", [(26, "killed", True)]),
        ("Carlos was shot and killed in December 1995 near the school.", [(1, "killed", True)]),
        (
            "A man was shot in 2014 and two others were killed on Friday.",
            [(1, "killed", True), (2, "killed", False)],
        ),
        (
            "Jane Owens was shot and killed Tuesday in the 1900 block of Chestnut Avenue.",
            [(1, "killed", False)],
        ),
        ("Three people were killed in the shooting on Dec. 23, 2015.", [(3, "killed", False)]),
        # a conflict's toll since a year is the story's own figure
        ("More than 9,000 people have been killed since 2014.", [(9000, "killed", False)]),
    ],
)
def test_counts_dated_by_a_year_alone_belong_to_an_earlier_event(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harlow has recorded 38 homicides so far this year.", [(38, "killed", True)]),
        ("Four people were killed in shootings in the county last year.", [(4, "killed", True)]),
        ("Eleven residents were wounded by gunfire in the past year.", [(11, "injured", True)]),
    ],
)
def test_a_running_tally_of_the_year_is_background(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Earlier, a man and a woman were shot to death in the Eastfield neighborhood.",
            [(2, "killed", True)],
        ),
        (
            "Earlier this month, two teenagers were wounded on the same block.",
            [(2, "injured", True)],
        ),
        ("In a separate shooting, two men were wounded near the park.", [(2, "injured", True)]),
        (
            "Police said two men were wounded in an unrelated shooting on Elm Street.",
            [(2, "injured", True)],
        ),
        ("Another shooting left three people injured on the south side.", [(3, "injured", True)]),
        ("An earlier crash killed two people on the same road.", [(2, "killed", True)]),
    ],
)
def test_a_sentence_about_another_event_counts_that_event(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Another 17 people were hurt in the attack.", [(17, "injured", False)]),
        ("Two other people were injured in the shooting.", [(2, "injured", False)]),
        ("A man was shot in the leg earlier Sunday, police said.", [(1, "injured", False)]),
        # a follow-up report: last month's shooting is the article's incident
        (
            "The shooting last month left three people injured outside a bar.",
            [(3, "injured", False)],
        ),
    ],
)
def test_more_victims_of_the_same_incident_stay_its_toll(sentence, expected):
    assert tolls(sentence) == expected


def test_counts_in_a_list_of_links_to_other_stories_are_background():
    text = (
        "Deputies are searching for the driver.\n\n"
        "Read: Bakery on Dock Lane robbed at closing time "
        "Read: Two people wounded in motel shooting "
        "Watch: Council votes on new bus routes"
    )
    assert tolls(text) == [(2, "injured", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Watch: Two men wounded in shooting outside bar\n\nPolice were called at night.",
        "Police were called at night.\n\nWatch: The chief says two officers were wounded.",
    ],
)
def test_a_lone_video_label_is_this_story_s_own(text):
    assert tolls(text) == [(2, "injured", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Name: Jane Roe Sex: F Age When Last Seen: 15 Eyes: brown",
        "Killed in the crash: Jane Roe, Age: 15, of Elm Road.",
    ],
)
def test_an_age_in_a_record_field_is_no_count(text):
    assert tolls(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uncle shoots, kills teenage grandson in Pine Hill\n\nDeputies came.", [(1, "killed")]),
        ("A girlfriend was wounded in the shooting on Maple Street.", [(1, "injured")]),
    ],
)
def test_relatives_and_partners_are_counted_like_other_people(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A woman was taken to a hospital in critical condition, where she later died.",
        "One person was hospitalized after the shooting on Friday. He died on Sunday.",
        "Marta Kowal was found shot in her car. She died at a hospital.",
    ],
)
def test_one_person_who_died_later_is_killed_not_injured(text):
    assert quantities(text) == [(1, "killed")]


def test_one_person_who_survives_stays_injured():
    text = "A man was shot in the leg on Friday. He was taken to a hospital."
    assert quantities(text) == [(1, "injured")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A 3-year-old boy accidentally shot and killed his 9-year-old sister.", [(1, "killed")]),
        ("Her husband was wounded in the attack on the farm.", [(1, "injured")]),
        ("Her brother said the family was grieving.", []),
    ],
)
def test_a_relative_named_by_a_possessive_is_one_person(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A woman was killed in 2001 during a quarrel between her cousin and a 14-year-old boy.",
            [(1, "killed", True)],
        ),
        (
            "A man was wounded outside the home of a neighbour on Elm Street.",
            [(1, "injured", False)],
        ),
        ("One man drove himself to a clinic with help from a friend.", []),
    ],
)
def test_people_inside_another_noun_s_phrase_are_not_counted(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four people were shot at the fair, one fatally, deputies said.", [(1, "killed")]),
        ("Six people were hit by gunfire, two of them fatally.", [(2, "killed")]),
    ],
)
def test_a_part_said_to_die_fatally_is_killed(sentence, expected):
    assert [q for q in quantities(sentence) if q[1] == "killed"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The police shooting happened an hour after a shooting that left a man wounded.",
            [(1, "injured", True)],
        ),
        ("The crash came hours before two teens were shot near the river.", [(2, "injured", True)]),
        # the clause after "after" reports no harm of its own: the same shooting
        (
            "The shooting drew crowds after a man's body was left in the street for hours.",
            [(1, "killed", False)],
        ),
        # the arrest is no event of harm: the shooting is the article's own
        (
            "A man was arrested two days after two teens were wounded at the pier.",
            [(2, "injured", False)],
        ),
    ],
)
def test_an_event_that_only_dates_another_is_background(sentence, expected):
    assert [t for t in tolls(sentence) if t[1] != "detained"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He faces charges in the 2011 murders of four hikers.", [(4, "killed", True)]),
        ("She is a suspect in the 2014 attacks that wounded nine guards.", [(9, "injured", True)]),
        (
            "Police said 2000 people fled the festival after two were wounded.",
            [(2, "injured", False)],
        ),
        (
            "Two clerks were wounded in the Dec. 4, 2015 robbery at the mall.",
            [(2, "injured", False)],
        ),
    ],
)
def test_an_event_named_by_its_year_is_background(sentence, expected):
    assert [t for t in tolls(sentence) if t[1] in {"killed", "injured"}] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A year ago, three men were wounded at the same club.", [(3, "injured", True)]),
        ("Two decades ago, his uncle was shot and killed.", [(1, "killed", True)]),
        ("Two days ago, three men were wounded at the club.", [(3, "injured", False)]),
    ],
)
def test_a_count_dated_years_ago_is_background(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Detectives are looking at two other shootings that killed three men.",
            [(3, "killed", True)],
        ),
        (
            "Another stabbing that left two people hurt happened across town.",
            [(2, "injured", True)],
        ),
        ("Two other people were wounded in the shooting.", [(2, "injured", False)]),
    ],
)
def test_a_clause_describing_another_event_is_background(sentence, expected):
    assert [t for t in tolls(sentence) if t[1] in {"killed", "injured"}] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 31 homicides in Harlow in 2013 were a record.", [(31, "killed", True)]),
        ("It is the worst month since 2009, when 19 people were killed.", [(19, "killed", True)]),
        ("Two men were killed in the shooting in Harlow on Friday.", [(2, "killed", False)]),
    ],
)
def test_a_count_whose_noun_or_year_is_dated_is_background(sentence, expected):
    assert tolls(sentence) == expected


def test_an_age_limit_is_no_count():
    sentence = "Nine children under the age of 12 were wounded by stray bullets last summer."
    assert quantities(sentence) == [(9, "injured")]


def test_a_headline_s_shot_count_is_not_the_next_count_s_dead():
    headline = "Four shot, two dead after party in Harlow\n\nPolice are asking for witnesses."
    assert [q for q in quantities(headline) if q[1] == "killed"] == [(2, "killed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bar is on the same block where a gunman wounded four men in the autumn of 2011.",
            [(4, "injured", True)],
        ),
        ("Two guards were stabbed at the prison in March of 2013.", [(2, "injured", True)]),
        (
            "In 1997, when two guards were killed in a riot, the prison closed its east wing.",
            [(2, "killed", True)],
        ),
        (
            "Since the August 2016 massacre at the mall, at least 90 people have been shot.",
            [(90, "injured", True)],
        ),
        ("Since the attack, 40 people have died in hospital.", [(40, "killed", False)]),
        ("When the bus overturned on Tuesday, six people were hurt.", [(6, "injured", False)]),
    ],
)
def test_a_season_of_a_year_a_when_clause_and_since_a_dated_event_are_background(
    sentence, expected
):
    assert tolls(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A jury found Harlan guilty of killing two clerks in a 2009 robbery.",
            [(2, "killed", True)],
        ),
        (
            "Four students were hurt during the 2017 stabbing at the college.",
            [(4, "injured", True)],
        ),
        (
            "Three guards were wounded in Saturday's shooting at the depot.",
            [(3, "injured", False)],
        ),
    ],
)
def test_a_count_in_an_event_dated_by_its_year_is_background(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On average, about 40 hikers die on the range every year.",
            [(40, "killed", True)],
        ),
        (
            "Each year roughly 300 cyclists are injured in the county.",
            [(300, "injured", True)],
        ),
    ],
)
def test_an_annual_tally_is_background(sentence, expected):
    assert tolls(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tuesday marks three years since eight miners were killed in the collapse.",
            [(8, "killed", True)],
        ),
        (
            "It has been a decade since a gunman wounded 11 shoppers at the arcade.",
            [(11, "injured", True)],
        ),
        (
            "The town will hold a vigil on the anniversary of the fire that killed six tenants.",
            [(6, "killed", True)],
        ),
        # a few days since the event: still the story's own
        (
            "It has been four days since two hikers were hurt in the rockfall.",
            [(2, "injured", False)],
        ),
    ],
)
def test_the_event_an_anniversary_counts_from_is_background(sentence, expected):
    assert tolls(sentence) == expected
