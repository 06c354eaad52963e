"""A headline's clause after a semicolon counts its own: in "Snow squall
triggers 41-vehicle pileup on Route 22; 2 dead, 19 hurt" the vehicles
counted before it lend the bare counts nothing, so they are the dead and
the hurt. The ages set after a pair of names ("Harold and June Pettit, 81
and 79,") are ages, however the parser hangs them and whatever entity it
takes the family name for."""

from .extracted import quantities


def test_a_clause_after_a_semicolon_counts_its_own():
    text = "Snow squall triggers 41-vehicle pileup on Route 22; 2 dead, 19 hurt"
    assert quantities(text) == [(41, "damaged"), (2, "killed"), (19, "injured")]


def test_ages_after_a_pair_of_names_are_ages():
    text = (
        "The couple killed in the Ohio fire, Harold and June Pettit, 81 and 79, died in "
        "February 2023 when their house caught fire."
    )
    assert quantities(text) == []


def test_a_count_after_a_pair_of_names_is_still_a_count():
    text = "The victims were Ana Ruiz and Tom Berg, and 12 others were hurt."
    assert quantities(text) == [(12, "injured")]
