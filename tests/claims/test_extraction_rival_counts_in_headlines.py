"""A headline that sets one source's count against another's ("monitor says
30 killed; army says nine") gives the second a bare number: the same kind of
count, by that source; and a count "acknowledged by" a source is that
source's."""

import pytest

from .extracted import attributed_claim_with, quantities

HEADLINE = (
    "Monitor says 30 killed in border clashes; army says nine\n\nThe fighting began on Monday."
)


def test_the_bare_count_is_the_same_kind_as_the_first():
    assert quantities(HEADLINE)[:2] == [(30, "killed"), (9, "killed")]


def test_the_bare_count_is_its_own_sources():
    claim = attributed_claim_with(HEADLINE, "army says nine")
    assert claim.speaker == "army"


@pytest.mark.parametrize(
    "text",
    [
        "Police say six were hurt in the crash.",
        "The council says 40 homes were damaged; residents say the repairs will take months.",
    ],
)
def test_a_number_with_its_own_clause_is_read_from_that_clause(text):
    assert all(c != "killed" for _, c in quantities(text))


def test_a_count_acknowledged_by_a_source_is_that_sources():
    text = (
        "At least 40 people were killed when troops fired on marchers, a rights group said on "
        "Friday, far more than the nine deaths acknowledged by the army."
    )
    claim = attributed_claim_with(text, "nine deaths")
    assert claim.speaker == "army"


def test_a_count_merely_followed_by_an_agent_stays_unattributed():
    text = "The nine deaths were caused by a gas leak, the inquiry found."
    assert attributed_claim_with(text, "nine deaths").speaker == "inquiry"
