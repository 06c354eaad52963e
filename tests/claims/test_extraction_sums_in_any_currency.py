"""A sum is read in whatever currency the article writes it: a dollar told
apart by its country's letters ("NZ$1.5 million"), the Gulf's glued letters
("Dh25 million", "SR150,000"), the rand's ("R85,000"), a currency's code
written apart ("EGP 100,000", "NIS 4.6 million"), a scale glued on
("$4.9b"), and a price or a share written like a clock ("$5.00 a litre",
"4.99 per cent"). A road's number after "SR" or "R" stays a road, and a
driver's blood-alcohol level is a reading, not a figure."""

import pytest

from claims.extraction.numbers import CURRENCY_CODES
from claims.models import Quantity

from .extracted import quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("New Zealand pledged NZ$1.5 million in aid, the ministry said.", 1_500_000),
        ("Canberra would provide A$3 million in support, the minister said.", 3_000_000),
        (
            "Traders put their combined losses at more than Dh25 million, the chamber said.",
            25_000_000,
        ),
        ("The municipality said it had issued fines totalling SR150,000.", 150_000),
        ("The ministry said it had fined contractors NIS 4.6 million this year.", 4_600_000),
        ("The government announced compensation of EGP 100,000 for each family.", 100_000),
        ("The county said the repairs would cost KES 40 million.", 40_000_000),
        ("The minister presented a budget that projects a $4.9b deficit.", 4_900_000_000),
        ("The council said the scheme would cost £2.5bn over ten years.", 2_500_000_000),
        ("The governor said it would release 850 million reais in emergency funds.", 850_000_000),
        ("Police said the gang had taken about R85,000 from the till.", 85_000),
        ("The municipality set aside R1.2 billion for storm repairs.", 1_200_000_000),
        # a dollar told apart by its country's letters, listed anywhere or not
        ("The Government announced a TT$500 million relief package yesterday.", 500_000_000),
        ("The ministry said it had allocated RD$30 million to the response.", 30_000_000),
        ("Farmers will receive up to EC$2,400 each, the minister said.", 2_400),
        ("The board approved Bds$90,000 for repairs to the shelter.", 90_000),
    ],
)
def test_a_sum_is_read_in_the_currency_the_article_writes(text, value):
    assert [v for v, _ in quantities(text)] == [value]


def test_a_sum_restated_in_dollars_keeps_the_first_currency_too():
    text = "The governor said it would release 850 million reais (about $165 million) in funds."
    assert [v for v, _ in quantities(text)] == [850_000_000, 165_000_000]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Diesel will remain at $5.00 a litre, the minister said.", 5),
        ("Council tax bills will rise by 4.99 per cent from April, the council said.", 4.99),
        ("The price of petrol rose to $6.97 a litre, the regulator said.", 6.97),
    ],
)
def test_a_price_or_a_share_written_like_a_clock_is_no_time(text, value):
    assert [v for v, _ in quantities(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The crash happened on SR 9 near the bridge, police said.",
        "The taxi overturned on the R9 near the bridge, police said.",
        "The lorry overturned at 4.30 on the bypass, police said.",
        "Dettmer's blood-alcohol content was 0.19 percent after the crash, prosecutors said.",
        "A breath test showed 61 microgrammes of alcohol in 100 millilitres of breath, "
        "the court heard.",
    ],
)
def test_roads_clocks_and_readings_are_no_sums(text):
    assert all(v not in {9, 0.19, 61, 100} for v, _ in quantities(text))


def test_bottles_of_alcohol_seized_are_still_counted():
    assert quantities("Police seized 2,000 bottles of alcohol, the ministry said.") == [
        (2000, "other")
    ]


def test_the_codes_are_the_currencies_in_use_and_not_english_words():
    assert {"EGP", "KES", "NZD", "ZAR", "NIS"} <= CURRENCY_CODES
    assert not {"ALL", "TOP", "TRY"} & CURRENCY_CODES


@pytest.mark.parametrize(
    "text",
    [
        # a food poisoning: the sick are counted as hurt
        "More than 60 workers fell ill after eating food from a caterer, in a suspected case "
        "of food poisoning. The company said the meal was served to 600 people at other "
        "sites. None of them had fallen ill.",
        # an outbreak: the sick are other figures
        "The measles outbreak has sickened 40 children, health officials said. Twelve adults "
        "were also exposed. None of them had fallen ill, officials said.",
    ],
)
def test_the_sick_part_of_a_group_gets_a_category_a_reviewer_can_pick(text):
    categories = {category for _, category in quantities(text)}
    assert categories <= set(Quantity.Category.values)
    assert (0, "injured" if "poisoning" in text else "other") in quantities(text)
