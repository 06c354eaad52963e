"""People the article names as coming to no harm are a count of none hurt,
as "no one was hurt" is: "The driver of the lorry was not hurt", "He was not
hurt", "Its two-man crew was unhurt", "the family got out unharmed", and
"none of the crew was hurt" for a fire crew too. A count of its own stays a
count ("22 other children were not hurt"); hostages "released unharmed" and
a person "otherwise unhurt" after a cut are no count of none hurt. A clause
opened by "although" after a mid-sentence attribution is the same
speaker's."""

import pytest

from .extracted import claim_with, quantities


@pytest.mark.parametrize(
    "text",
    [
        "The driver of the lorry, a man in his 50s, was not hurt.",
        "He was not hurt.",
        "Its two-man crew was unhurt.",
        "The other survivor was unhurt.",
        "The family living in the other half of the duplex got out unharmed.",
        "A fire engine was pelted with stones, although none of the crew was hurt.",
    ],
)
def test_people_who_came_to_no_harm_are_none_hurt(text):
    assert quantities(text) == [(0, "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-two other children on the bus were not hurt.",
        "The two guards taken hostage were released unharmed on Sunday.",
        "She had a cut on her chin but was otherwise unhurt.",
        "The building was not damaged.",
    ],
)
def test_counts_safe_releases_and_other_harm_are_not_none_hurt(text):
    assert (0, "injured") not in quantities(text)


def test_a_clause_opened_by_although_keeps_the_speaker():
    text = (
        "A fire engine was pelted with stones on the estate, the service said, although "
        "none of the crew was hurt."
    )
    assert claim_with(text, "none of the crew").speaker == "service"
