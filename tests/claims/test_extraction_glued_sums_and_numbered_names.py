"""A sum whose currency's code is glued to the number ("P1.2 billion",
"VND50 million") is read whole, not as a bare "billion"; a number written
into a name ("Hospital 108", "the InterCity 472 service", "103 Search and
Rescue Squadron") counts nothing."""

import pytest

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agency put crop losses at P2.4 billion, officials said.", 2_400_000_000),
        ("The ministry said it would pay VND30 million to each family.", 30_000_000),
        ("The firm was fined R1.5 million, the court heard.", 1_500_000),
        ("Officials said KSh6 billion had been set aside for relief.", 6_000_000_000),
    ],
)
def test_a_sum_with_its_currency_code_glued_on_is_read_whole(text, value):
    assert [v for v, _ in quantities(text)] == [value]


def test_a_code_and_number_before_no_multiplier_is_no_sum():
    assert quantities("The A4 motorway was closed for six hours, police said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-one people were treated at Saint Paul Hospital and Hospital 175, officials said.",
        "The EuroCity 219 service was carrying about 280 passengers, the railway said.",
        "A helicopter from 442 Transport and Rescue Squadron found the raft, officials said.",
    ],
)
def test_a_number_in_a_name_counts_nothing(text):
    assert all(v not in {175, 219, 442} for v, _ in quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Sunday 12 people died in the floods, officials said.", [(12, "killed")]),
        ("The Red Cross said 12 Red Cross volunteers were hurt.", [(12, "injured")]),
    ],
)
def test_a_count_after_a_day_or_of_a_bodys_people_still_counts(text, expected):
    assert quantities(text) == expected


def test_a_sum_after_its_currency_written_apart_still_counts():
    text = "Government unveils Rs 2.14 trillion budget, eyes 5 percent growth"
    assert 2_140_000_000_000 in [v for v, _ in quantities(text)]
