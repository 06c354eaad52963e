"""A body the article names by what it calls itself ("a criminal group
calling itself BlackHarbor") is that name, and "the group" after it is the
same body; a person named by a clause ("a teacher named Ana Lukic") is still
a person. "The company" is never the name of a thing a body owns ("its
Kestel No. 2 shaft")."""

from .extracted import attributed_claim_with

BREACH = (
    "A hacking group calling itself NightLedger claimed responsibility on a forum on "
    "Tuesday and said it had taken data on 2.4 million customers. The group said it would "
    "publish the files on Friday."
)


def test_a_body_calling_itself_a_name_is_that_name():
    claim = attributed_claim_with(BREACH, "2.4 million customers")
    assert (claim.speaker, claim.speaker_kind) == ("NightLedger", "organisation")


def test_the_group_after_it_is_the_same_body():
    assert attributed_claim_with(BREACH, "publish the files").speaker == "NightLedger"


def test_a_person_named_by_a_clause_is_still_a_person():
    text = "A teacher named Ana Lukic said the school had been hit twice."
    claim = attributed_claim_with(text, "hit twice")
    assert (claim.speaker, claim.speaker_kind) == ("Ana Lukic", "person")


def test_the_company_is_not_the_name_of_a_thing_it_owns():
    text = (
        "Harrow Minerals said the fire started on a conveyor on the 12 level of its Kestel "
        "No. 2 shaft. The company said 140 workers were underground at the time."
    )
    assert attributed_claim_with(text, "140 workers").speaker == "Harrow Minerals"
