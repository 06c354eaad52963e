"""A job written in capitals before a name the recogniser missed ends where
the name starts, however many words the job has ("Interior Undersecretary
Camila Errázuriz Vial", "Independent TD Seán Mulvihill"); a hyphenated
surname is one name ("Dr Everton Blackwood-Gayle"); and a portfolio hung on
"on" before a titled name is that person's job ("Opposition spokesperson on
health Dr Marcia Thelwell-Brown"). A headline's count after its verb of
saying, which the parser could make no clause of ("officials say three
missing"), is the sayer's. An office named for a title's holder keeps its
whole name ("the Attorney General's Office"), as does a body after "figures
from" that the parser hung elsewhere. An office set beside a job ("The
director of the CID, Deputy Commissioner of Police Kwabena Asare-Boadu,")
holds the name the recogniser missed; a job alone is no one's name; a ward
named like a person is a place."""

import pytest

from .extracted import attributed_claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Interior Undersecretary Camila Errázuriz Vial told reporters that two of the "
            "dead were an elderly couple.",
            "two of the dead",
            "Camila Errázuriz Vial",
        ),
        (
            "Independent TD Seán Mulvihill claimed that up to 30 nursing posts were vacant.",
            "30 nursing posts",
            "Seán Mulvihill",
        ),
        (
            "Labour MP Harriet Okonedo-Price said 14 families had been moved out of the block.",
            "14 families",
            "Harriet Okonedo-Price",
        ),
        (
            "Health and Wellness Minister Dr Everton Blackwood-Gayle said 12 people had died. "
            "Blackwood-Gayle said the ministry had hired 300 workers.",
            "300 workers",
            "Everton Blackwood-Gayle",
        ),
        (
            "Opposition spokesperson on health Dr Marcia Thelwell-Brown claimed that the true "
            "number of deaths was at least double what had been reported.",
            "the true number of deaths",
            "Marcia Thelwell-Brown",
        ),
    ],
)
def test_the_name_after_a_job_is_the_speaker(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "person")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a body whose name holds a job's word stays the body
        (
            "Public Health Wales said 40 people had been treated in hospital.",
            "40 people",
            "Public Health Wales",
        ),
        # a spokesman "of" a person speaks for that person
        (
            "Officials said 12 people were hurt. The spokesman of Ana Ruiz said three "
            "of them were children.",
            "three of them",
            None,
        ),
    ],
)
def test_bodies_and_spokesmen_are_not_read_as_named_jobs(text, words, speaker):
    claim = attributed_claim_with(text, words)
    if speaker is None:
        assert claim.speaker != "Ana Ruiz"
    else:
        assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Storm floods Ostrakhel valley; officials say three missing\n\n"
            "OSTRAKH, May 2 - Heavy storms hit the valley on Sunday.",
            "three missing",
            "officials",
        ),
        (
            "General strike halts Tervania as unions say 42,000 public jobs at risk\n\n"
            "Unions said the strike had shut schools across the country.",
            "42,000 public jobs",
            "unions",
        ),
    ],
)
def test_a_headlines_count_after_its_verb_of_saying_is_the_sayers(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a title with a possessive is an office's name, not a person's title
        (
            "The driver has been detained, the Tlacotepec State Attorney General's Office said.",
            "The driver has been detained",
            "Tlacotepec State Attorney General's Office",
        ),
        # the parser may hang the body's name after "from" on the verb
        (
            "Provisional figures from Water Safety Aotearoa show 61 people have drowned in New "
            "Zealand so far this year.",
            "61 people have drowned",
            "Water Safety Aotearoa",
        ),
    ],
)
def test_offices_and_issuers_keep_their_whole_names(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The director of the Criminal Investigations Department, Deputy Commissioner of "
            "Police Kwabena Asare-Boadu, told reporters that six of the suspects were arrested "
            "in a dawn raid.",
            "six of the suspects",
            "Kwabena Asare-Boadu",
        ),
        (
            "Marion Stebbings, who represents Ashwold Hedgerow ward on the county council, said "
            "residents had been warning for years. She said there had been at least 14 serious "
            "crashes on the stretch.",
            "14 serious crashes",
            "Marion Stebbings",
        ),
    ],
)
def test_an_office_set_beside_a_job_and_a_ward_named_like_a_person(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_job_alone_is_no_persons_name():
    text = "A Deputy Commissioner told reporters that six of the suspects were arrested."
    assert attributed_claim_with(text, "six of the suspects").speaker_kind != "person"
