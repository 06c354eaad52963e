"""Every figure reads as the article bounded it, in the shapes the extractor stores."""

from decimal import Decimal

import pytest

from claims.models import Quantity


def _quantity(value=None, lower=None, upper=None, approximate=False, qualifier="", **fields):
    number = lambda n: None if n is None else Decimal(n)  # noqa: E731
    return Quantity(
        value=number(value),
        lower=number(lower),
        upper=number(upper),
        approximate=approximate,
        qualifier=qualifier,
        category=fields.get("category", "killed"),
        subject=fields.get("subject", ""),
    )


# (value, lower, upper, approximate, qualifier) as the extractor reads the phrase.
@pytest.mark.parametrize(
    ("shape", "category", "worded"),
    [
        ((23, None, None, False, ""), "killed", "23 killed"),
        ((23, 23, None, False, "At least"), "killed", "at least 23 killed"),
        ((70, 70, None, False, "More than"), "killed", "more than 70 killed"),
        ((2000, None, 2000, True, "nearly"), "displaced", "nearly 2,000 displaced"),
        ((450, None, 450, True, "up to"), "damaged", "up to 450 damaged"),
        ((65, None, None, True, "about"), "displaced", "about 65 displaced"),
        ((None, 10, 15, False, "between"), "injured", "between 10 and 15 injured"),
        ((None, 10, 15, False, ""), "injured", "between 10 and 15 injured"),
        ((None, None, None, True, "dozens"), "missing", "dozens missing"),
        ((0, None, None, False, "none"), "injured", "none injured"),
        ((Decimal("2.5"), None, None, False, ""), "other", "2.5 other"),
    ],
)
def test_every_bound_form_is_worded_as_the_article_wrote_it(shape, category, worded):
    value, lower, upper, approximate, qualifier = shape
    quantity = _quantity(value, lower, upper, approximate, qualifier, category=category)
    assert quantity.worded == worded


@pytest.mark.parametrize(
    ("shape", "worded"),
    [
        ((23, 23, None, False), "at least 23"),
        ((2000, None, 2000, True), "up to 2,000"),
        ((2000, None, None, True), "about 2,000"),
        ((None, 3, None, False), "at least 3"),
        ((None, None, None, True), "an unknown number of"),
    ],
)
def test_a_figure_stored_without_its_words_keeps_its_bounds(shape, worded):
    assert _quantity(*shape).worded_amount == worded


def test_the_qualifier_tells_more_than_from_at_least():
    more = _quantity(70, 70, qualifier="more than")
    least = _quantity(70, 70, qualifier="at least")
    assert (more.worded_amount, least.worded_amount) == ("more than 70", "at least 70")


def test_the_description_names_what_was_counted():
    quantity = _quantity(23, 23, qualifier="at least", subject="people")
    assert quantity.described == "at least 23 killed (people)"
