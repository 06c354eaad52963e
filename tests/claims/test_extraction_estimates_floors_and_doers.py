"""Figures as local and regional copy words them: a sum "estimated at" is an
estimate, not an exact count; "could rise to 100 or more" is a floor, not a
ceiling; a ceiling set past a currency sign ("could rise to £25m") or run
into ("could run into N2 billion") is still a ceiling; things counted "with
flood damage" or broken by a storm are damaged, where burglars who "broke
into" homes broke nothing counted; those a passive verb's "by" names did the
harm; casualties a hospital receives are the living; and cases of a disease
counted beside the dead are not more dead. Door numbers before a compass
point and a street's name ("210 and 218 E. Main") are addresses. A count
"up from three earlier in the day" is an earlier count of the same kind, not
a time; and a headline's source closing its first part ("..., police say;
opposition gives higher toll") says that part. A range of shares repeats its
unit ("between 8% and 11%", "by 5% to 15%"); a rise "by 5 to 40" is a change
and the new figure."""

import pytest

from claims.extraction import extract

from .extracted import claim_with


def quantity(text: str, value):
    found = [q for c in extract(text) for q in c.quantities if q.value == value]
    assert found, f"no quantity {value!r}: {[q for c in extract(text) for q in c.quantities]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The shop owner told police the damage was estimated at $7,200.", 7200),
        ("Kowalski said he had lost what he estimated at $2,500 in stock.", 2500),
    ],
)
def test_a_sum_estimated_at_is_an_estimate(text, value):
    found = quantity(text, value)
    assert (found.lower, found.upper, found.approximate) == (None, None, True)


def test_an_estimated_range_keeps_both_ends():
    found = quantity(
        "Repairs to the bridge were estimated at $1.2 million to $1.6 million, she said.",
        None,
    )
    assert (found.lower, found.upper) == (1_200_000, 1_600_000)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The coordinator said the number of damaged homes could rise to 150 or more.", 150),
        ("Officials said the outbreak could grow to 45 cases or more by the spring.", 45),
    ],
)
def test_or_more_is_a_floor(text, value):
    found = quantity(text, value)
    assert (found.lower, found.upper) == (value, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Finance officers say the shortfall could rise to £18m by 2027.", 18_000_000),
        ("The chairman said the losses could run into N2 billion.", 2_000_000_000),
    ],
)
def test_a_ceiling_past_a_currency_sign_or_run_into_is_a_ceiling(text, value):
    found = quantity(text, value)
    assert (found.lower, found.upper, found.approximate) == (None, value, True)


def test_a_count_with_damage_is_damaged():
    text = "Inspectors had counted 48 homes with flood damage, 9 of them with water inside."
    assert quantity(text, 48).category == "damaged"
    assert quantity(text, 9).category == "damaged"


def test_what_a_storm_broke_is_damaged():
    found = quantity("The co-op said the wind broke about 40 power poles overnight.", 40)
    assert found.category == "damaged"


def test_homes_broken_into_are_not_damaged():
    found = quantity("Police said burglars broke into four homes on Alder Street.", 4)
    assert found.category == "other"


def test_the_ones_a_passive_verb_names_with_by_did_it():
    text = "Witnesses said the man was beaten by at least five officers after his arrest."
    assert quantity(text, 5).category == "other"


def test_casualties_a_hospital_receives_are_hurt():
    text = "The hospital said it received 23 casualties, six of whom were in critical condition."
    assert quantity(text, 23).category == "injured"


def test_cases_beside_the_dead_are_not_dead():
    text = (
        "The commissioner said 11 people have died of cholera since January, with 240 "
        "confirmed cases recorded across six districts."
    )
    assert quantity(text, 11).category == "killed"
    assert quantity(text, 240).category == "other"


def test_an_estimate_keeps_its_claim():
    claim = claim_with("The owner told police the damage was estimated at $7,200.", "7,200")
    assert claim.speaker == "owner"


def test_door_numbers_before_a_compass_point_are_an_address():
    values = [
        q.value
        for c in extract(
            "Firefighters were called to 214 and 216 E. Main at 3 a.m., and two people were "
            "taken to hospital."
        )
        for q in c.quantities
    ]
    assert values == [2]


def test_a_count_before_a_place_abbreviated_with_a_compass_point_is_kept():
    assert quantity("The storm damaged 40 N. Carolina homes, officials said.", 40)


def test_an_earlier_count_up_from_is_the_same_kind_of_count():
    text = "Six bodies had been recovered, up from four earlier in the day, rescuers said."
    found = quantity(text, 4)
    assert found.category == "killed"


def test_a_source_closing_a_headlines_first_part_says_that_part():
    text = (
        "Riots after Dalmora poll kill at least 12, police say; opposition gives higher toll\n\n"
        "At least 12 people were killed in riots after the vote, police said."
    )
    claim = claim_with(text, "kill at least 12")
    assert claim.speaker == "police"
    assert "opposition" not in claim.text


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Analysts expect the final decline to be between 8% and 11%.", (8, 11)),
        ("Counts commonly rise by 5% to 15% once the backlog clears.", (5, 15)),
        ("Turnout was between 40 per cent and 45 per cent, officials said.", (40, 45)),
    ],
)
def test_a_range_of_shares_repeats_its_unit(text, bounds):
    found = [q for c in extract(text) for q in c.quantities]
    assert [(q.value, q.lower, q.upper) for q in found] == [(None, *bounds)]


def test_a_rise_by_a_number_to_another_is_a_change_not_a_range():
    found = [q.value for c in extract("The price rose by 5 to 40 dollars.") for q in c.quantities]
    assert found == [5, 40]


def test_a_rise_of_a_share_to_a_sum_is_two_figures():
    text = "Spending on road repairs rises 11 percent to 64 million krona."
    found = [(q.value, q.lower, q.upper) for c in extract(text) for q in c.quantities]
    assert found == [(11, 11, 11), (64_000_000, 64_000_000, 64_000_000)]
