"""Sums in currencies written as letters glued to the number ("Sh50
million", "Rs2 million", "GH¢3.5 million", "RM5,000"): read as sums, as
"$50 million" is, never as a name or a count of anything."""

import pytest

from tests.claims.extracted import quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The county had set aside Sh50 million for emergency response.", 50_000_000),
        ("The government announced a bounty of Rs2 million for his arrest.", 2_000_000),
        ("The state would provide RM5,000 to each family.", 5000),
        ("Stock worth GH¢3.5 million was lost in the fire.", 3_500_000),
        ("The province pledged Rp 10 million to each family.", 10_000_000),
    ],
)
def test_a_sum_with_its_currency_glued_on_is_read_whole(text, value):
    assert quantities(text) == [(value, "other")]


def test_letters_glued_to_a_number_that_are_no_currency_stay_a_name():
    assert quantities("The A1 road and the M25 were closed for two hours.") == []
