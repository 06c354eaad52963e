"""People who took refuge in shelters, were left without a place to live or
are counted inside families moved to a relief centre are displaced. An
overdose survived is a casualty, as health services count it ("11 people
overdosed", "eight others were revived"), and a fatal one is a death;
"neither could be revived" counts no one. Things broken, blown over,
flooded or counted among "damaged homes" are damaged, and the parts of a
count that "were fatal" are dead. A hospital that "received four of the
students" received patients. An exit's, or a room's, numbers are labels,
and an emergency number after a verb of saying still names the line.
Things declared "a total loss" are destroyed. "Overdose deaths" tallied are
deaths, and a line with no full stop mid-article keeps the source its
"according to" names."""

import pytest

from .extracted import attributed_claim_with, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said about 4,300 people had taken refuge in schools and churches.",
            [(4300, "displaced")],
        ),
        (
            "More than 2,000 residents sought shelter in a sports hall, the mayor said.",
            [(2000, "displaced")],
        ),
        (
            "The blaze gutted 18 flats, leaving dozens of people without a place to live.",
            [(18, "destroyed"), (None, "displaced")],
        ),
        (
            "The landslide buried six houses and left 40 people without a place to stay.",
            [(6, "destroyed"), (40, "displaced")],
        ),
        (
            "The council said 22 households comprising 96 people had been moved to an "
            "evacuation centre.",
            [(22, "displaced"), (96, "displaced")],
        ),
    ],
)
def test_people_driven_from_home_are_displaced(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cover for the storm's minutes is no loss of a home
        ("Some 40 workers took shelter in a basement as the tornado passed.", [(40, "other")]),
        # the outage's count stays a plain figure
        ("The ice storm left dozens of families without power for a week.", [(None, "other")]),
        # a convoy's load counts no one
        ("A convoy of 12 trucks carrying 300 tonnes of food arrived.", [(12, "other")]),
    ],
)
def test_shelter_words_that_displace_no_one(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 13 people overdosed in 24 hours in the city centre, the health board said.",
            [(13, "injured")],
        ),
        (
            "Drug warning issued after 9 overdoses, two of them fatal",
            [(9, "injured"), (2, "killed")],
        ),
        (
            "Two people died and seven others were revived with naloxone, paramedics said.",
            [(2, "killed"), (7, "injured")],
        ),
        (
            "The county recorded 58 fatal overdoses last year, the coroner said.",
            [(58, "killed")],
        ),
        (
            "Lifeguards pulled three swimmers from the surf, but none could be revived.",
            [(3, "other")],
        ),
    ],
)
def test_overdoses_survived_and_fatal(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Linemen had counted more than 250 broken power poles by Friday.", [(250, "damaged")]),
        (
            "At least six tractor-trailers were blown over on the interstate, troopers said.",
            [(6, "damaged")],
        ),
        ("The gusts blew down 14 barns across the county.", [(14, "damaged")]),
        ("A burst pipe flooded nine classrooms at the primary school.", [(9, "damaged")]),
        (
            "The aid agency put the number of damaged homes at about 320 on Sunday.",
            [(320, "damaged")],
        ),
        ("Inspectors counted 40 destroyed homes in the valley.", [(40, "destroyed")]),
        # the word, not the lemma: breaking in harms nothing counted
        ("Burglars broke into three homes on Alder Street overnight.", [(3, "other")]),
    ],
)
def test_storm_damage_in_its_own_words(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (those "shot" where the article tells of deaths stay a plain figure)
        (
            "Deputies have shot four people this year. Two of the four were fatal.",
            [(4, "other"), (2, "killed")],
        ),
        # the parts are crashes, not people
        (
            "There were nine pursuits last year, and three of those crashes were fatal.",
            [(9, "other"), (3, "other")],
        ),
    ],
)
def test_the_part_that_was_fatal_is_the_dead(text, expected):
    assert quantities(text) == expected


def test_a_hospital_received_a_part_of_the_people_counted():
    text = "Riverside Medical Center said it received five of the pupils and a teacher."
    assert (5, "injured") in quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two cars were damaged on Route 9 between exits 31 and 34, police said.",
            [(2, "damaged")],
        ),
        ("Fire damaged rooms 112 and 114 of the motel, officials said.", []),
        ("Chief Ana Ruiz said 911 callers reported smoke at about 3 a.m.", []),
        # the emergency line's number as a verb's object still counts
        ("Cholera outbreak kills 112 in the delta province", [(112, "killed")]),
    ],
)
def test_labels_and_lines_after_plural_nouns_and_verbs(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least nine flats were considered a total loss, the fire service said.",
            [(9, "destroyed")],
        ),
        ("Fire officials said 14 cabins would be a complete loss.", [(14, "destroyed")]),
        # a company's loss is money, not a thing destroyed
        ("The firm reported a total loss of 40 million euros.", [(40_000_000, "other")]),
    ],
)
def test_things_declared_a_total_loss_are_destroyed(text, expected):
    assert quantities(text) == expected


def test_overdose_deaths_counted_by_a_tally_are_deaths():
    assert quantities("Overdose deaths in the county rose to 64 last year.") == [(64, "killed")]


def test_a_line_without_a_full_stop_keeps_its_according_to():
    text = (
        "The numbers\n\n"
        "Heat deaths in the state rose to 41 last summer, the most on record, according to "
        "the state health department\n\n"
        "Officials urged residents to check on neighbours."
    )
    claim = attributed_claim_with(text, "rose to 41")
    assert claim.speaker == "state health department"
