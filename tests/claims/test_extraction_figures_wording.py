"""Figures read from wording beyond a trigger verb: ages joined to ages,
spans of time, leaving home, never being found, things lost in part or
owned, and people counted without a number."""

import pytest

from claims.extraction import extract
from tests.claims.extracted import quantities


@pytest.mark.parametrize(
    "text",
    [
        "Two women, ages 31 and 45, were detained at a flat in Corvin.",
        "Three teenagers, aged 15, 16 and 17, were charged with arson.",
    ],
)
def test_each_age_joined_to_an_age_word_is_no_count(text):
    values = [value for value, _ in quantities(text)]
    assert 45 not in values and 17 not in values and 16 not in values


@pytest.mark.parametrize(
    "text",
    [
        "Four men were arrested at a warehouse in Dovan a few hours later.",
        "Six protesters were held for several days before their release.",
    ],
)
def test_a_vague_span_of_time_is_no_count(text):
    assert all(value is not None for value, _ in quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 4,000 people lost their houses in the fire.",
        "More than 1,200 residents have left Darnsk since the bombardment began.",
        "About 500 families were staying with friends or in a school shelter.",
        "Some 60 villagers are sleeping in tents near the border.",
    ],
)
def test_people_who_left_or_lost_their_homes_are_displaced(text):
    assert [category for _, category in quantities(text)] == ["displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "About 80 workers left the company last year.",
        "Some 40 patients stayed in the ward overnight.",
    ],
)
def test_leaving_a_job_or_staying_in_a_ward_is_no_displacement(text):
    assert "displaced" not in [category for _, category in quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A further 23 villagers have never been found.",
        "A fishing boat with four crew on board lost contact overnight.",
    ],
)
def test_people_never_found_or_out_of_contact_are_missing(text):
    assert [category for _, category in quantities(text)] == ["missing"]


def test_people_found_in_the_end_are_not_missing():
    text = "Six climbers were not located until Tuesday."
    assert "missing" not in [category for _, category in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two warehouses were partly destroyed by the blast.", [(2, "damaged")]),
        ("A school had been partially destroyed in the shelling.", [(1, "damaged")]),
        ("A roof was torn off by the gale.", [(1, "damaged")]),
    ],
)
def test_a_thing_destroyed_in_part_or_torn_is_damaged(text, expected):
    assert quantities(text) == expected


def test_an_owners_thing_that_collapsed_is_one_destroyed():
    text = "The two who died were a couple whose cottage collapsed in the storm."
    assert (1, "destroyed") in quantities(text)


def test_an_owners_thing_merely_damaged_is_not_counted():
    text = "A farmer drowned when his boat capsized near the pier."
    assert quantities(text) == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twin sisters, aged 79, died when the river rose.", [(2, "killed")]),
        ('"It is unbearable," said Marta, whose father and his brother drowned.', [(2, "killed")]),
        ("He was joined by Ellis, whose 12-year-old son was killed.", [(1, "killed")]),
        (
            "The strike killed eight soldiers, including a medic.",
            [(8, "killed"), (1, "killed")],
        ),
    ],
)
def test_people_counted_without_a_number(text, expected):
    assert quantities(text) == expected


def test_a_named_storm_is_no_person_counted():
    text = "Storm Bela live: three dead as gales lash Orlen coast"
    assert quantities(text) == [(3, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "09:40\nThe agency now says eleven people have been hurt, three seriously.",
        "The council says six people were injured, one critically.",
    ],
)
def test_a_part_said_how_badly_shares_the_groups_harm(text):
    assert [category for _, category in quantities(text)] == ["injured", "injured"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Cholera infections have climbed to 2,150 since March.", "Cholera infections"),
        ("Measles cases rose to 780 across the region this spring.", "Measles cases"),
    ],
)
def test_a_diseases_cases_reaching_a_number_count_the_sick(text, subject):
    found = [q for c in extract(text) for q in c.quantities]
    assert [(q.category, q.subject) for q in found] == [("other", subject)]


def test_cases_passing_a_number_make_it_a_lower_bound():
    found = [q for c in extract("Dengue cases pass 4,000 in the province") for q in c.quantities]
    assert [(q.lower, q.upper) for q in found] == [(4000, None)]


def test_passing_laws_is_no_bound():
    found = [q for c in extract("The assembly passed 12 bills last session.") for q in c.quantities]
    assert all(q.upper == q.lower for q in found)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The board puts the number of protesters at closer to 2,000.", "protesters"),
        ("The union put the cost of the repairs at around 12 million.", "cost"),
        (
            "The union put the cost of the repairs the council had postponed at around 12 million.",
            "cost of the repairs",
        ),
    ],
)
def test_a_number_an_amount_is_put_at_measures_that_amount(text, subject):
    found = [q for c in extract(text) for q in c.quantities]
    assert [(q.category, q.subject, q.approximate) for q in found] == [("other", subject, True)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They paid their investors 1.4 billion last year.", 1_400_000_000),
        ("The firm spent 300 million on new plants.", 300_000_000),
    ],
)
def test_a_bare_sum_paid_or_spent_is_a_figure(text, value):
    assert quantities(text) == [(value, "other")]


def test_a_million_people_lost_is_still_counted_by_its_noun():
    found = [q for c in extract("The region lost 2 million visitors.") for q in c.quantities]
    assert [q.subject for q in found] == ["visitors"]


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "The mill was making fewer than 200 tonnes a day, against a normal rate of about 700.",
            700,
            "normal rate",
        ),
        ("Donations reached a total of 4,500 by Friday.", 4500, "total"),
    ],
)
def test_a_bare_number_gives_the_value_of_a_rate_or_total(text, value, subject):
    # the amount beside it ("200 tonnes a day") is a figure of its own
    found = [q for c in extract(text) for q in c.quantities]
    assert [(q.value, q.subject) for q in found if q.subject != "tonnes"] == [(value, subject)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Of the 800 applications received, only 95 have been approved.", "applications approved"),
        ("Of the 30 candidates, nine were women.", "candidates"),
    ],
)
def test_a_bare_count_after_a_fronted_whole_counts_part_of_it(text, subject):
    found = [q for c in extract(text) for q in c.quantities]
    assert [q.subject for q in found][-1] == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not immediately clear how many of the dead were children.",
        "Police would not say how many people had been detained.",
        "Engineers are still checking how many homes were damaged by the tremor.",
    ],
)
def test_how_many_asks_for_a_count_and_gives_none(sentence):
    assert quantities(f"Storm update\n\n{sentence}") == []


def test_a_second_bare_count_takes_the_state_written_after_it():
    text = "Quake\n\nThe tremor left 31 people dead and more than 240 injured in the hills."
    assert quantities(text) == [(31, "killed"), (240, "injured")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three deckhands suffered minor injuries when the crane toppled.",
        "Five climbers sustained serious injuries in the rockfall.",
        "Two welders suffered burns to their arms.",
    ],
)
def test_people_who_suffered_injuries_are_injured_even_where_others_died(sentence):
    text = f"Harbour accident\n\nA docker was killed on Monday. {sentence}"
    assert quantities(text)[-1][1] == "injured"


def test_a_gunshot_wound_leaves_the_outcome_open_where_others_died():
    text = "Shooting\n\nA man was killed on Monday. Two teenagers suffered gunshot wounds."
    assert quantities(text)[-1] == (2, "other")


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Four stewards were among those hurt in the crush.", "injured"),
        ("Two cyclists were among those killed.", "killed"),
        ("Nine activists were among those arrested.", "detained"),
    ],
)
def test_among_those_harmed_takes_the_harm(sentence, category):
    assert [c for _, c in quantities(f"Crush at stadium\n\n{sentence}")] == [category]


@pytest.mark.parametrize(
    "sentence",
    [
        "Meltwater inundated 140 cottages along the lake.",
        "The tide submerged about 60 homes on the spit.",
        "Fire engulfed three barns before dawn.",
    ],
)
def test_buildings_under_water_or_flames_are_damaged(sentence):
    assert [c for _, c in quantities(f"Storm\n\n{sentence}")] == ["damaged"]


def test_a_relative_among_the_dead_in_an_aside_about_a_speaker_is_no_count():
    text = (
        "Mine disaster\n\n"
        "Eleven miners were killed. Petra Lind, whose husband was among the dead, "
        "said the shaft had flooded before."
    )
    assert quantities(text) == [(11, "killed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two guards were wounded in three separate ambushes.",
        "Sprinklers were missing in 14 flats.",
        "Eight people were detained during two protests.",
    ],
)
def test_a_count_of_where_or_when_it_befell_is_no_count_of_victims(sentence):
    assert quantities(f"Update\n\n{sentence}")[-1][1] == "other"
