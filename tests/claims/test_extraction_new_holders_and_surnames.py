"""Speakers a reader tells apart at once: "a Health Department spokeswoman"
is someone new, not the spokeswoman named before; "Ms Okafor" is the Ngozi
Okafor named before, however the recogniser labelled either; a Spanish name
shortened to its first surname is still its holder. And people poisoned by
fumes are hurt, not merely sick."""

from pathlib import Path

import pytest

from .extracted import attributed_claim_with, claim_with, quantities

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def test_an_indefinite_role_is_not_the_holder_named_before():
    text = (
        "The opposition's transport spokeswoman, Karen Lodge, said the figures showed "
        "long delays.\n\n"
        "A Transport Department spokeswoman denied that any train had been cancelled "
        "because of staff shortages."
    )
    claim = attributed_claim_with(text, "any train had been cancelled")
    assert claim.speaker == "Transport Department spokeswoman"
    assert claim.stance == "denies"


def test_an_indefinite_role_may_be_named_after():
    text = (
        "A prosecutor told a court on Monday that the owner had ignored warnings about "
        "the roof.\n\n"
        "Prosecutor Nadia Ferris said the company had been told twice."
    )
    assert attributed_claim_with(text, "the owner had ignored").speaker == "Nadia Ferris"


def test_a_definite_role_is_still_the_holder_named_before():
    text = (
        "The council's spokeswoman, Karen Lodge, said the bins would be collected.\n\n"
        "The spokeswoman said 40 streets had been missed."
    )
    assert attributed_claim_with(text, "40 streets").speaker == "Karen Lodge"


def test_a_titled_surname_is_the_full_name_the_recogniser_missed():
    text = (
        "Among those outside the library was Agnes Thwaite, 79, who has used it since "
        "1968.\n\n"
        "Mrs Thwaite said she had collected 2,300 signatures on a petition."
    )
    assert attributed_claim_with(text, "2,300 signatures").speaker == "Agnes Thwaite"


def test_a_titled_surname_the_recogniser_took_for_a_body_is_still_the_person():
    # a council report in which the recogniser takes one "Ms Ranasinghe" for a body
    article = (ARTICLES / "ashcombe-borough-budget-job-cuts.txt").read_text()
    for words in ("about 60 of the posts", 'the budget was "balanced and legal'):
        claim = attributed_claim_with(article, words)
        assert (claim.speaker, claim.speaker_kind) == ("Priya Ranasinghe", "person")


@pytest.mark.parametrize(
    "name, short",
    [
        ("Gustavo Arriaga Peña", "Arriaga"),
        ("Walter Choque Mamani", "Choque"),
        ("Hernán Ocampo Ruiz", "Ocampo"),
    ],
)
def test_a_spanish_name_shortened_to_its_first_surname_is_its_holder(name, short):
    text = (
        f"Deputy Minister {name} told reporters at the site that 13 men had been working "
        f"in the tunnel.\n\n"
        f'"We are not giving up on the others," {short} said.\n\n'
        f"{short} denied that the site had ignored warnings."
    )
    assert attributed_claim_with(text, "We are not giving up").speaker == name
    assert attributed_claim_with(text, "ignored warnings").speaker == name


def test_a_family_member_sharing_a_surname_keeps_their_own_name():
    text = (
        "Tanya Hughes, 41, said the water rose within minutes.\n\n"
        "Darnell Hughes said 12 houses on the street had flooded."
    )
    assert attributed_claim_with(text, "12 houses").speaker == "Darnell Hughes"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Woman dies, 8 sickened by carbon monoxide at motel, officials say\n\n"
            "A faulty boiler leaked carbon monoxide into the rooms, the fire service said.",
            (8, "injured"),
        ),
        (
            "Fumes from the ammonia leak sickened 14 workers, the company said.",
            (14, "injured"),
        ),
    ],
)
def test_people_poisoned_by_fumes_are_hurt(text, expected):
    assert expected in quantities(text)


def test_people_sickened_in_an_outbreak_stay_other():
    text = "A cholera outbreak has sickened 140 people in the district, officials said."
    assert quantities(text) == [(140, "other")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The woman, identified by the county coroner as Marisa Dell, 34, was pronounced "
            "dead at the scene.",
            "county coroner",
        ),
        (
            "The driver, identified by the sheriff's office as Dale Rutt, 49, died at the scene.",
            "sheriff's office",
        ),
    ],
)
def test_whoever_named_the_dead_told_of_the_death(text, speaker):
    assert claim_with(text, "dead" if "dead" in text else "died").speaker == speaker
