"""A rank is no part of a name: "Brigadier", "Asst Comm", "Pol Col" and the
police ranks written as letters ("SP", "ACP") fall away, and a Malaysian
honorific the recogniser split from its "Datuk" is still one ("Datuk |
Seri Amiruddin Zakaria"). A chairperson named with a name the recogniser
took for a body's is a person. The name set beside a company is all the
company's ("The gas distribution company, Dolnośląska Sieć Gazowa,"), and
a company's or club's letters before its name belong to it ("PT Samudra
Lintas Timur", "FK Radnik"). Initials in brackets stand for the whole name
before them, whatever the recogniser took it for, without the kind of body
written after it ("the Civic Renewal party (CR)"), in mixed case ("(MuM)")
and over another language's "und"; a person's party in brackets is no
body."""

import pytest

from .extracted import attributed_claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Police spokesperson Brigadier Thandeka Mokoena said six suspects were arrested.",
            "six suspects",
            "Thandeka Mokoena",
        ),
        (
            "Asst Comm Tendai Murwira said nine people had been arrested after the rally.",
            "nine people",
            "Tendai Murwira",
        ),
        (
            "Pol Col Somsak Wongsawat, the station superintendent, said the van carried 14 "
            "workers. The driver fled. Pol Col Somsak said he would face charges.",
            "face charges",
            "Somsak Wongsawat",
        ),
        (
            "ACP Bola Adeyemi said 11 people were rescued from the rubble.",
            "11 people",
            "Bola Adeyemi",
        ),
        (
            "Sarawak Chief Minister Datuk Seri Hamdan Rosli said 32 families had been moved "
            "to relief centres.",
            "32 families",
            "Hamdan Rosli",
        ),
        (
            "However, Kaberamaido LC V chairperson Moses Okello put the death toll at 19.",
            "death toll at 19",
            "Moses Okello",
        ),
    ],
)
def test_ranks_and_honorifics_fall_away_from_names(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "person")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The water utility, Mazowiecka Sieć Wodna, denied that it had been warned about "
            "the pipe.",
            "warned about the pipe",
            "Mazowiecka Sieć Wodna",
        ),
        (
            "The vessel's owner, PT Bahari Nusa Lestari, said it had passed an inspection in May.",
            "passed an inspection",
            "PT Bahari Nusa Lestari",
        ),
    ],
)
def test_a_company_keeps_its_whole_name(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "organisation")


def test_a_person_beside_a_company_owner_is_still_a_person():
    claim = attributed_claim_with(
        "The company's owner, Janusz Wrona, said 12 workers were hurt.", "12 workers"
    )
    assert (claim.speaker, claim.speaker_kind) == ("Janusz Wrona", "person")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The figures came from Veiligheidsregio Noordkust (VRN), which runs the region's "
            "fire services. The VRN said 40 homes had been evacuated.",
            "40 homes",
            "Veiligheidsregio Noordkust",
        ),
        (
            "The study was published by the opposition Civic Renewal party (CR). The CR said "
            "at least 900 people had died.",
            "900 people",
            "Civic Renewal",
        ),
        (
            "The union Metall und Montage (MuM) said the number of jobs at risk was higher. "
            "The MuM said 1,100 posts could go.",
            "1,100 posts",
            "Metall und Montage",
        ),
    ],
)
def test_initials_in_brackets_stand_for_the_whole_name(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "organisation")


def test_a_persons_party_in_brackets_is_no_body():
    claim = attributed_claim_with("MSP Jane Doe (SNP) said 40 jobs would go.", "40 jobs")
    assert (claim.speaker, claim.speaker_kind) == ("Jane Doe", "person")


def test_a_disclaimer_of_the_partys_figures_reaches_the_body_its_initials_name():
    text = (
        "The report, published by the opposition Civic Renewal party (CR), says at least 900 "
        "people died. The CR said its figure came from death notices. Reporters were unable "
        "to verify the party's figures independently."
    )
    first = attributed_claim_with(text, "900 people")
    second = attributed_claim_with(text, "death notices")
    assert (first.speaker, first.hedged) == ("Civic Renewal", True)
    assert (second.speaker, second.hedged) == ("Civic Renewal", True)
