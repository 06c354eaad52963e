"""People keep their whole name however the recogniser cuts it: a rank
before it, a town and job glued onto it, or a county after it."""

import pytest

from claims.extraction.entities import person_names
from claims.extraction.pipeline import get_nlp

from .extracted import attributed_claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the title and the county after the name read as one body
        (
            "Officers were called to the store following reports of a man armed "
            "with a knife, according to Sheriff Dolores Varn of Pike County. Varn "
            "said one man was arrested.",
            "one man was arrested",
            "Dolores Varn",
        ),
        (
            "The fire was reported shortly after 9 p.m., according to Fire Chief "
            "Lena Marsh of Oakdale County. The chief said two firefighters were hurt.",
            "two firefighters",
            "Lena Marsh",
        ),
        # a rank before a name read as a body
        (
            "The collision happened at about 5:45 p.m. when a tanker overturned in "
            "heavy rain near junction 3, traffic police spokeswoman Capt. Anja "
            "Berglund said. Berglund said four people were injured.",
            "four people were injured",
            "Anja Berglund",
        ),
    ],
)
def test_a_person_speaks_under_their_whole_name(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert claim.speaker == speaker
    assert claim.speaker_kind == "person"


def _mended(text: str, cut: str, label: str) -> list[tuple[str, str]]:
    """The component's reading of `text` when the recogniser labels the
    words `cut` (and nothing else) as `label`, as it does in longer text."""
    doc = get_nlp()(text)
    start = text.index(cut)
    span = doc.char_span(start, start + len(cut), label=label)
    doc.set_ents([span], default="outside")
    return [(e.text, e.label_) for e in person_names(doc).ents]


def test_a_town_and_title_glued_to_a_name_leave_the_person():
    text = "Homes were evacuated, according to Lessen mayor Anke Vogt."
    assert _mended(text, "Lessen mayor Anke Vogt", "ORG") == [("Anke Vogt", "PERSON")]


def test_a_name_cut_short_after_a_rank_gets_its_given_name_back():
    text = "The road was closed, highway police spokesman Lt. Anders Vollan said."
    assert _mended(text, "Vollan", "PERSON") == [("Anders Vollan", "PERSON")]


def test_a_body_whose_name_starts_with_a_job_word_stays_a_body():
    text = (
        "The State Mining Inspectorate confirmed it had opened an inquiry into "
        "the blast that killed four workers."
    )
    claim = attributed_claim_with(text, "opened an inquiry")
    assert claim.speaker == "State Mining Inspectorate"
    assert claim.speaker_kind == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "The coroner identified him as Darnell Hughes. His mother, Tanya Hughes, "
        "said her son had just started a new job.",
        "The coroner identified him as Darnell Hughes. Tanya Hughes, his mother, "
        "told WKTV her son had just started a new job.",
    ],
)
def test_a_relative_sharing_a_surname_speaks_under_her_own_name(text):
    assert attributed_claim_with(text, "new job").speaker == "Tanya Hughes"


def test_a_surname_alone_still_finds_the_full_name():
    text = "Fire Chief Ramon Ellery said two homes burned. Ellery said no one was hurt."
    assert attributed_claim_with(text, "no one was hurt").speaker == "Ramon Ellery"


def test_a_titled_name_the_recogniser_left_unlabelled_is_a_person():
    text = (
        "Crews were called to the Hollin Court flats in the 200 block of Aspen Lane "
        "at about 1:15 a.m. and found heavy smoke coming from the top floor, Fire "
        'Chief Ana Ruiz told WKRV 7 News.\n\n"We pulled two people out," the fire '
        "chief said. Ruiz said two firefighters were hurt."
    )
    assert attributed_claim_with(text, "We pulled two people out").speaker == "Ana Ruiz"
    assert attributed_claim_with(text, "two firefighters").speaker == "Ana Ruiz"


def test_a_body_broken_at_its_and_is_one_body():
    text = "Dunmere Fire and Rescue Service said crews freed one man after an hour."
    doc = get_nlp()(text)
    start = text.index("Dunmere Fire and")
    doc.set_ents(
        [
            doc.char_span(start, start + len("Dunmere Fire and"), label="PERSON"),
            doc.char_span(text.index("Rescue"), text.index(" said"), label="ORG"),
        ],
        default="outside",
    )
    assert [(e.text, e.label_) for e in person_names(doc).ents] == [
        ("Dunmere Fire and Rescue Service", "ORG")
    ]
