"""Reading numbers, their bounds, and telling claim figures from other numbers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.extraction import get_nlp
from claims.extraction.numbers import find_figures, not_a_claim_figure, parse_number


def figures(sentence: str) -> list[tuple]:
    """(value, lower, upper, approximate) of each number kept as a claim figure."""
    sent = next(get_nlp()(sentence).sents)
    return [
        (f.value, f.lower, f.upper, f.approximate)
        for f in find_figures(sent)
        if not not_a_claim_figure(sent, f)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("1,200", 1200),
        ("2.5 million", 2_500_000),
        ("three", 3),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("three dozen", 36),
        ("a couple of", 2),
        ("a pair of", 2),
        ("two hundred", 200),
        ("1.5", 1.5),
    ],
)
def test_numbers_are_read_from_digits_words_and_idioms(text, value):
    assert parse_number(text) == value


def test_integral_numbers_come_back_as_int():
    assert isinstance(parse_number("2.0"), int)
    assert isinstance(parse_number("1,200"), int)


@given(st.integers(min_value=0, max_value=10_000_000))
def test_any_integer_written_with_thousands_separators_reads_back(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


def test_a_plain_count_is_exact():
    assert figures("Twelve people were injured in the blast.") == [(12, 12, 12, False)]


@pytest.mark.parametrize("qualifier", ["More than", "At least", "Over"])
def test_lower_bounds_keep_the_value_and_drop_the_upper_bound(qualifier):
    assert figures(f"{qualifier} 70 soldiers were killed in the attack.") == [(70, 70, None, False)]


@pytest.mark.parametrize("qualifier", ["Nearly", "Almost", "Up to", "Close to"])
def test_upper_bounds_are_approximate(qualifier):
    assert figures(f"{qualifier} 450 homes were damaged by the storm.") == [(450, None, 450, True)]


@pytest.mark.parametrize("qualifier", ["About", "Around", "Some", "Roughly", "Approximately"])
def test_approximations_have_no_bounds(qualifier):
    assert figures(f"{qualifier} 65 people were evacuated from the village.") == [
        (65, None, None, True)
    ]


def test_ranges_have_bounds_but_no_value():
    assert figures("Between 10 and 15 homes were destroyed.") == [(None, 10, 15, False)]
    assert figures("Police arrested 10 to 15 protesters.") == [(None, 10, 15, False)]


@pytest.mark.parametrize("word", ["Dozens", "Hundreds", "Several", "Many"])
def test_vague_counts_have_no_value_and_are_approximate(word):
    assert figures(
        f"{word} of the residents have fled."
        if word in {"Dozens", "Hundreds"}
        else f"{word} residents have fled."
    ) == [(None, None, None, True)]


@pytest.mark.parametrize(
    "sentence", ["No one was hurt.", "Nobody was injured.", "None were killed."]
)
def test_nobody_counts_as_zero(sentence):
    assert figures(sentence) == [(0, 0, 0, False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 23-year-old man was arrested at the scene.",
        "The suspect, aged 40, was detained on Friday.",
        "The fire broke out in the 1200 block of Elm Street.",
        "Residents were urged to call 911 immediately.",
        "The explosion happened at 7:40 a.m. local time.",
        "The war began 15 months ago.",
        "The strike hit a village 130km from the border.",
        "The crash closed Route 9 for most of the day.",
        "He was charged under Section 14 of the criminal code.",
        "The quake had a magnitude of 6.1, the agency said.",
        "The protests started in 2019.",
        "The siege lasted for three days.",
        "The convoy stopped 5 miles north of the city.",
        "It was the third attack this month.",
    ],
)
def test_numbers_that_are_not_claim_figures_are_rejected(sentence):
    assert figures(sentence) == []


def test_a_year_used_as_a_count_is_kept():
    assert figures("Rescuers evacuated 2000 people from the valley.") == [(2000, 2000, 2000, False)]


def test_a_range_of_sums_repeats_its_currency_sign():
    assert figures("He put insured losses at $4 billion to $6 billion.") == [
        (None, 4_000_000_000, 6_000_000_000, False)
    ]


def test_a_phone_number_split_at_its_hyphens_is_no_figure():
    assert figures("Anyone with information should contact the tip line at 317-555-0142.") == []


def test_an_emergency_number_that_counts_things_is_a_figure():
    assert figures("Russia launched 112 drones overnight.") == [(112, 112, 112, False)]
    assert figures("Officers responded to 911 calls from the street.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Several thousand people marched to the square.",
        "A few hundred families left the valley overnight.",
        "Several million litres of water were lost.",
    ],
)
def test_a_vague_word_before_a_multiplier_is_one_vague_count(sentence):
    # never "1,000 exactly" read from the multiplier on its own
    assert figures(sentence) == [(None, None, None, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The blaze broke out in a 40,000-square-foot building.",
        "Crews cleared a 12-metre-high wall of debris.",
    ],
)
def test_a_hyphenated_size_before_a_noun_is_not_a_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two men were shot near the intersection of 41 and Holloway Avenue.", [2]),
        ("The crash happened at the corner of 12 and Birch Road on Friday.", []),
    ],
)
def test_a_numbered_road_at_a_crossing_is_an_address(sentence, expected):
    assert [f[0] for f in figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two brothers, 14 and 16, were hurt in the crash.", [(2, 2, 2, False)]),
        ("Three hikers, 23, 25 and 31, were rescued on Monday.", [(3, 3, 3, False)]),
        ("Okafor and Lind, 52 and 47, were injured.", []),
        # a part of the people, not their ages
        (
            "About 200 miners were underground on Friday, 35 of them in the lower shaft.",
            [(200, None, None, True), (35, 35, 35, False)],
        ),
    ],
)
def test_ages_set_off_by_commas_after_the_people_are_no_count(sentence, expected):
    assert figures(sentence) == expected
