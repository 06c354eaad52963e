"""Who a source is, where the recogniser or the wording hides it.

A body named with its possessor ("the ministry's Institute of Seismology")
is the institute, so "the ministry" later is the ministry named before it.
A name the article sets beside a kind of body ("Qarabulaq Komir, a coal
producer"; "Civic Defence Georgia, a rights group") is that body, whatever
the recogniser took it for, and "the company" after it is that company. A
report from a body ("preliminary reports from the disaster office") is the
body's. A job written before a name falls away, in the plural too
("Meteorologist Kara Lindqvist", "Councilmembers Rosa Delgado and ..."),
and the holder named after a portfolio is a person, not part of it
("Minister of National Security Fitzroy Alleyne")."""

import pytest

from .extracted import attributed_claim_with


def test_a_bodys_possessor_is_another_body():
    text = (
        "A magnitude 5.8 earthquake killed two people, the Ministry of Emergency "
        "Situations said. The quake hit at a depth of 12 kilometres, according to the "
        "ministry's Institute of Seismology. The ministry said it had set up 160 tents."
    )
    claim = attributed_claim_with(text, "160 tents")
    assert claim.speaker == "Ministry of Emergency Situations"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Health Ministry said 23 miners had been taken to hospital. The mine is "
            "operated by Qarabulaq Komir, a coal producer that employs about 11,000 people "
            "in the region and is owned by the private Steppe Energy Holdings group. In a "
            "statement, the company said the mine had passed a safety inspection.",
            "passed a safety inspection",
            "Qarabulaq Komir",
        ),
        (
            "Civic Defence Georgia, a rights group that monitors protests, said it had "
            "counted at least 58 detainees.",
            "58 detainees",
            "Civic Defence Georgia",
        ),
    ],
)
def test_a_name_set_beside_a_kind_of_body_is_that_body(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "organisation")


def test_a_report_from_a_body_is_the_bodys():
    text = (
        "The National Disaster Coordination Office opened shelters on Sunday. According "
        "to preliminary reports from the disaster office, 34 homes were completely buried."
    )
    claim = attributed_claim_with(text, "34 homes")
    assert claim.speaker == "National Disaster Coordination Office"


def test_a_report_from_a_person_stays_as_worded():
    text = (
        "The court heard the victim needed surgery. A report from a consultant surgeon "
        "said the blade had come within a centimetre of his heart."
    )
    claim = attributed_claim_with(text, "the blade had come")
    assert claim.speaker_kind == "anonymous"
    assert "consultant surgeon" in claim.speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Meteorologist Kara Lindqvist said the squall brought snowfall rates of up to "
            "2 inches an hour.",
            "snowfall rates",
            "Kara Lindqvist",
        ),
        (
            "The council voted 5-2. Councilmembers Rosa Delgado and Ben Thackery voted no. "
            "Councilmembers Rosa Delgado said 12 positions were too many.",
            "12 positions",
            "Rosa Delgado",
        ),
    ],
)
def test_a_job_before_a_name_falls_away(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "person")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Minister of National Security Fitzroy Alleyne said three people were hurt.",
            "Fitzroy Alleyne",
        ),
        (
            "Minister of Social Development Anita Persad-Lakhan said her ministry had "
            "received 3,700 applications.",
            "Anita Persad-Lakhan",
        ),
    ],
)
def test_the_holder_after_a_portfolio_is_a_person(text, speaker):
    claim = attributed_claim_with(text, text.split(" said ")[1][:12])
    assert (claim.speaker, claim.speaker_kind) == (speaker, "person")
