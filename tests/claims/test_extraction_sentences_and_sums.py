"""Figures of courts and money as desks write them: a prison term is a
checkable figure and the sentenced man no count of detained, a sum written
short is the whole sum, and people spelled out after their count are not
counted twice."""

import pytest

from .extracted import claim_with, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Man jailed for 9 years over warehouse arson", [(9, "other")]),
        ("The former mayor was sentenced to eight years in prison.", [(8, "other")]),
        ("A woman who set fire to a car has been jailed for six years.", [(6, "other")]),
    ],
)
def test_a_prison_term_is_a_figure_and_the_sentenced_are_no_detention_count(text, expected):
    found = quantities(text)
    assert [q for q in found if q[1] != "damaged"] == expected


def test_a_span_of_time_that_is_no_sentence_is_still_no_figure():
    assert quantities("The strike lasted nine days.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said 7 were arrested and $40K in cash was seized.", 40_000),
        ("The board approved an $84.6M budget on Monday.", 84_600_000),
    ],
)
def test_a_sum_written_short_is_the_whole_sum(text, value):
    assert (value, "other") in quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two other victims, a 19-year-old woman and a 31-year-old man, were "
            "taken to hospital.",
            [(2, "injured")],
        ),
        (
            "Two residents - a retired couple - were treated for smoke inhalation.",
            [(2, "injured")],
        ),
        # another victim, not the first one spelled out
        ("Man killed, woman hurt in stabbing", [(1, "killed"), (1, "injured")]),
        # a list of counts is each its own
        (
            "More than 70 fighters, four armoured vehicles and five trucks were destroyed.",
            [(70, "killed"), (4, "destroyed"), (5, "destroyed")],
        ),
    ],
)
def test_people_spelled_out_after_their_count_are_not_counted_again(text, expected):
    assert quantities(text) == expected


def test_a_figure_claim_stops_at_the_clause_that_brings_in_a_sourced_one():
    text = (
        "A court sentenced a former colonel to 18 years in prison for ordering "
        "troops to fire on villagers, an attack in which prosecutors say 17 "
        "civilians were killed."
    )
    term = claim_with(text, "18 years")
    assert "prosecutors" not in term.text
    assert claim_with(text, "17 civilians").speaker == "prosecutors"


def test_a_term_of_office_is_no_prison_term():
    assert quantities("She was elected to a term of four years in 2019.") == []
    assert quantities("He faces a prison term of six years.") == [(6, "other")]


def test_a_figure_claim_is_not_cut_at_the_comma_inside_its_own_number():
    text = "About 1,500 people fled as rebels said 40 were killed."
    assert "1,500 people fled" in claim_with(text, "1,500").text
