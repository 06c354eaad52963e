"""Figures as local and wire news write them: implicit counts, the category
from the whole predicate, bounds and their wording, and numbers that count
nothing."""

import pytest

from claims.extraction import extract
from tests.claims.extracted import quantities


def bounds(text: str) -> list[tuple]:
    return [
        (q.value, q.lower, q.upper, q.approximate, q.qualifier)
        for c in extract(text)
        for q in c.quantities
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Masked gunmen killed 14 villagers near the border crossing.", [(14, "killed")]),
        ("A mudslide that killed at least 21 people hit the valley.", [(21, "killed")]),
        ("Two brothers were shot and killed outside a corner shop.", [(2, "killed")]),
        ("Three guards were shot dead at the checkpoint.", [(3, "killed")]),
        ("Four teenagers were shot near the skate park on Friday.", [(4, "injured")]),
        ("The brigade said it had destroyed up to 200 soldiers.", [(200, "killed")]),
        ("Floodwater swept away 40 homes along the river.", [(40, "destroyed")]),
        ("Nine firefighters were treated for smoke inhalation.", [(9, "injured")]),
    ],
)
def test_category_comes_from_the_whole_predicate(sentence, expected):
    assert quantities(sentence) == expected


def test_shot_counts_are_not_injuries_when_the_article_reports_a_death():
    text = "Three people were shot at a bus stop. One of them died in hospital."
    assert (3, "injured") not in quantities(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A man was killed when a tree fell on his car.", [(1, "killed")]),
        ("A 19-year-old died after the boat capsized.", [(1, "killed")]),
        ("Twins died in the house fire on Elm Road.", [(2, "killed")]),
        ("A couple were injured when their balcony gave way.", [(2, "injured")]),
        ("A boy and a woman were hurt by falling glass.", [(2, "injured")]),
        ("Marta Kowal was killed in the crash on the ring road.", [(1, "killed")]),
    ],
)
def test_counts_written_without_a_number(sentence, expected):
    assert quantities(sentence) == expected


def test_an_arrest_of_one_unnamed_man_is_one_detained():
    # gold unseen8 counts one held ("A 17-year-old boy was arrested": detained 1)
    assert quantities("A man was arrested at the scene.") == [(1, "detained")]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("A few deaths were reported in outlying villages.", "killed"),
        ("Dozens were still missing after the landslide.", "missing"),
    ],
)
def test_vague_figures_keep_their_category(sentence, category):
    found = [q for c in extract(sentence) for q in c.quantities]
    assert [(q.value, q.approximate, q.category) for q in found] == [(None, True, category)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials warned the toll could rise to 90.", [(90, None, 90, True, "could rise to")]),
        ("At least 12 people died in the fire.", [(12, 12, None, False, "At least")]),
        ("More than 12 people died in the fire.", [(12, 12, None, False, "More than")]),
        ("Nearly 300 homes were flooded.", [(300, None, 300, True, "Nearly")]),
        ("About 65 people were evacuated.", [(65, None, None, True, "About")]),
        ("Between 10 and 15 miners were trapped.", [(None, 10, 15, False, "between … and")]),
        ("Dozens of people were injured.", [(None, None, None, True, "Dozens")]),
        ("Seven people were injured.", [(7, 7, 7, False, "")]),
    ],
)
def test_bounds_keep_the_words_that_set_them(sentence, expected):
    assert bounds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire started on Feb. 22 in a 64-unit, five-story building.",
        "Jane Doe, 34, was taken to hospital, where she died.",
        "Police were called to 818 Main St. shortly before midnight.",
        "He was charged with two counts of murder.",
        "The victim suffered six gunshot wounds, police said.",
        "Investigators found 14 shell casings at the scene.",
        "None of the injuries are life-threatening.",
        "Anyone with information should call (555) 201-7788.",
        "A young mother of three died in the crash.",
        "Mayor Lin thanked the crew of Channel 9 News.",
    ],
)
def test_numbers_that_count_no_victims(sentence):
    # "a mother ... died" is one death; no written number here counts victims
    casualties = {"killed", "injured", "missing"}
    assert [q for q in quantities(sentence) if q[1] in casualties and q[0] not in {None, 1}] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The two officers were not injured during the chase.",
        "Fortunately, the driver was not hurt.",
        "A woman in her 20's was questioned by detectives.",
    ],
)
def test_negated_and_decade_counts_are_no_casualties(sentence):
    # "the driver was not hurt" is none hurt, never one
    hurt = [q for q in quantities(sentence) if q[1] in {"killed", "injured"} and q[0] != 0]
    assert hurt == []


def test_a_headline_without_articles_still_counts_one():
    assert quantities("Waiter shot outside restaurant in harbour district\n\nPolice came.") == [
        (1, "injured")
    ]


def test_attempted_murder_reports_no_death():
    text = "A man was shot in the arm on Friday.\n\nA suspect was charged with attempted murder."
    assert (1, "injured") in quantities(text)


def test_the_one_who_did_the_killing_is_not_counted():
    # one killed: the neighbour, never the man who killed him
    [(value, category, subject)] = [
        (q.value, q.category, q.subject)
        for c in extract("A man killed his neighbour with a shotgun.")
        for q in c.quantities
    ]
    assert (value, category, subject) == (1, "killed", "neighbour")


@pytest.mark.parametrize(
    "text",
    [
        "Man shot, killed near the rail depot\n\nPolice came.",
        "Man robbed, fatally shot near the rail depot\n\nPolice came.",
        "Walkers found a man's body near the towpath.",
        "Rescuers found the body of a woman in the river.",
    ],
)
def test_one_death_written_without_a_number(text):
    assert quantities(text) == [(1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "A 21-year-old man who was shot by deputies pleaded not guilty on Monday.",
        "A teenager is recovering after being shot near the canal.",
        "Search for gunman after man shot inside noodle bar\n\nPolice came.",
        "One man was shot and critically wounded outside the arena.",
    ],
)
def test_one_wounded_written_several_ways(text):
    assert quantities(text) == [(1, "injured")]


def test_recovering_objects_is_no_injury():
    assert (2, "injured") not in quantities("Detectives recovered two rifles from the car.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Three firearms were recovered in a later search.",
        "Carlos, then 18, was shot near the school in 1995.",
    ],
)
def test_recovered_weapons_and_past_ages_count_no_victims(sentence):
    casualties = {"killed", "injured", "missing"}
    assert [q for q in quantities(sentence) if q[1] in casualties and q[0] != 1] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The death toll is expected to climb to 30, the governor said.",
            [(30, "killed", None, 30, "expected to climb to")],
        ),
        (
            "Rescuers fear the number of dead could reach 50, the mayor said.",
            [(50, "killed", None, 50, "could reach")],
        ),
    ],
)
def test_a_modal_toll_takes_its_category_from_the_subject_of_the_raising_verb(sentence, expected):
    found = [q for c in extract(sentence) for q in c.quantities]
    assert [(q.value, q.category, q.lower, q.upper, q.qualifier) for q in found] == expected


def test_people_shot_of_whom_some_died_are_not_all_killed():
    text = "Gunmen shot five customers, killing three, before they fled."
    assert quantities(text) == [(5, "other"), (3, "killed")]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Some villagers are still missing after the mudslide.", "missing"),
        ("Some were hurt when the stand gave way.", "injured"),
        ("Some of the homes were destroyed by the fire.", "destroyed"),
    ],
)
def test_some_is_a_vague_count(sentence, category):
    found = [q for c in extract(sentence) for q in c.quantities]
    assert [(q.value, q.approximate, q.category) for q in found] == [(None, True, category)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 40 people were evacuated from the tower.", [(40, "displaced")]),
        ("Some residents said the alarm never went off.", []),
        ("The hail did some damage to parked cars.", []),
    ],
)
def test_some_before_a_number_or_a_mass_noun_is_no_vague_count(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Divers were looking for as many as 18 crew members.",
            [(18, None, 18, True, "as many as")],
        ),
        (
            "No more than nine ballots were spoiled, the clerk said.",
            [(9, None, 9, False, "No more than")],
        ),
        ("At most 40 homes lost power.", [(40, None, 40, False, "At most")]),
        ("A maximum of 25 people may enter the hall.", [(25, None, 25, False, "A maximum of")]),
        ("Fewer than 300 voters turned out.", [(300, None, 300, False, "Fewer than")]),
    ],
)
def test_the_words_of_a_bound_are_no_figure_of_their_own(sentence, expected):
    assert bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Doctors fear deaths from the outbreak could exceed 70.",
            (70, 70, None, False, "could exceed"),
        ),
        ("The flood toll may top 200 by Friday.", (200, 200, None, False, "may top")),
        (
            "The number of dead is expected to surpass 45.",
            (45, 45, None, False, "expected to surpass"),
        ),
        (
            "Cholera deaths in the province exceeded 120 in May.",
            (120, 120, None, False, "exceeded"),
        ),
        ("The number of dead could climb to 35.", (35, None, 35, True, "could climb to")),
    ],
)
def test_a_verb_past_a_number_is_a_floor_and_a_verb_up_to_it_a_ceiling(sentence, expected):
    assert bounds(sentence)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid workers said some 4,000 families had fled, many of them to a camp near Orl.",
        "About 300 residents were evacuated overnight, several of them by boat.",
    ],
)
def test_a_vague_part_that_shares_the_groups_fate_is_no_new_figure(sentence):
    assert len(quantities(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The agency said 14 people were dead and 911 injured.", (911, "injured")),
        ("Five were killed and 999 were wounded.", (999, "injured")),
    ],
)
def test_a_number_like_an_emergency_line_is_a_count_when_harm_befell_it(sentence, count):
    assert count in quantities(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators arrested the ferry's captain, Tomas Brel, late on Friday.",
        "The bakery's manager, Irena Voss, was detained on Monday.",
    ],
)
def test_a_named_role_taken_into_custody_is_one_detained(sentence):
    assert quantities(sentence) == [(1, "detained")]


def test_a_count_after_a_named_object_shares_its_verb():
    text = (
        "Prosecutors said they had arrested the port's director, Milan Orsk,"
        " and two inspectors in a dawn raid."
    )
    assert (2, "detained") in quantities(text)


def test_buried_things_are_damaged():
    text = "The mine said three bulldozers and a crane had been buried by the slide."
    assert quantities(text) == [(3, "damaged"), (1, "damaged")]


def test_a_part_of_a_place_named_by_its_is_one_thing_damaged():
    text = "The school was shut after its roof was damaged by the storm."
    assert quantities(text) == [(1, "damaged")]


@pytest.mark.parametrize(
    "sentence",
    [
        "HALVERN, Oct 2 - A shop owner was shot dead late Monday, police said.",
        "CASTOR, May 9 - A taxi driver was killed in a crash on the ring road.",
    ],
)
def test_one_person_after_a_dateline_is_counted(sentence):
    assert quantities(sentence) == [(1, "killed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tenants had complained to the landlord at least six times since the spring.",
            [(6, 6, None, False, "at least")],
        ),
        (
            "Inspectors had visited the depot three times this year.",
            [(3, 3, 3, False, "")],
        ),
    ],
)
def test_how_often_something_happened_is_a_figure(sentence, expected):
    assert bounds(sentence) == expected


def test_a_vague_length_is_a_measurement_not_a_count():
    text = (
        "The death toll could be far higher, as many bodies were thought to lie"
        " under several metres of silt."
    )
    assert all(q.subject != "metres" for c in extract(text) for q in c.quantities)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four dead, nine hurt as tram leaves the rails in Doverby, officials say",
            [(4, "killed"), (9, "injured")],
        ),
        (
            "Three dead, 14 hurt as coach crashes on the ring road",
            [(3, "killed"), (14, "injured")],
        ),
        (
            "Two dead, five hurt, one missing after mudslide in Pell valley",
            [(2, "killed"), (5, "injured"), (1, "missing")],
        ),
    ],
)
def test_a_headline_count_keeps_the_state_written_after_it(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The coroner warned that many overdose deaths are logged as heart attacks.",
        "The mayor disputed the tally, saying some deaths were listed under the wrong ward.",
        "The toll may rise, as several bodies were thought to lie under the collapsed stands.",
    ],
)
def test_deaths_counted_with_no_order_of_size_are_no_figure(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The shooting was Dunmore's 14th homicide of the year, police said.", [(14, "killed")]),
        ("The stabbing is the town's third homicide this year.", [(3, "killed")]),
        (
            "It was the county's 22nd murder so far this year, compared with 19 a year ago.",
            [(22, "killed"), (19, "killed")],
        ),
    ],
)
def test_a_killing_numbered_in_the_years_tally_counts_the_killings_so_far(sentence, expected):
    assert quantities(sentence) == expected


def test_one_of_a_group_in_grave_condition_is_one_hurt():
    text = "Five other passengers were treated for cuts, one of them in critical condition."
    assert quantities(text) == [(5, "injured"), (1, "injured")]


def test_a_vague_part_of_a_group_with_its_harm_is_hurt():
    text = (
        "Medics said they had pulled 12 hikers from the gorge, several of them with serious burns."
    )
    assert (None, "injured") in quantities(text)
