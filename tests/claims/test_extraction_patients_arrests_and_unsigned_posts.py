"""People who remain hospitalised or admitted are hurt, and those found
fatally wounded are dead; people nabbed or rounded up are held. Poles
toppled are damaged, a count joined to a verb's object shares its verb
however the count is described ("and two motorcycles parked nearby"), and
"three teachers' residences" counts residences. Posts and videos that
circulate or are shared somewhere are the source as worded, with where
they travel, and so are people told by a participle ("witnesses reached by
phone") and papers commissioned by someone; how a paper reached a newspaper
is no part of it. "The hospitals" are more than the one hospital the
article named. A headline closed by a job ("- governor") is the holder the story
names, and a toll "put higher, at 27" is the source's."""

import pytest

from .extracted import attributed_claim_with, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people remain hospitalised after the blast, officials said.", [(7, "injured")]),
        ("Three firefighters remained hospitalized on Tuesday.", [(3, "injured")]),
        (
            "The clinic said 14 patients remained admitted, five of them with burns.",
            [(14, "injured"), (5, "injured")],
        ),
        (
            "Six people were admitted to the intensive care unit, the hospital said.",
            [(6, "injured")],
        ),
        # those admitted to a school are pupils
        ("Forty pupils were admitted to the academy this year.", [(40, "other")]),
        ("Four gunmen were found fatally wounded after the raid, police said.", [(4, "killed")]),
    ],
)
def test_patients_kept_in_and_the_fatally_wounded(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 robbers killed, 12 nabbed in dawn raids", [(3, "killed"), (12, "detained")]),
        ("Soldiers rounded up 16 men from the market, residents said.", [(16, "detained")]),
        # animals rounded up are no captives
        ("Wardens rounded up 30 stray goats on the highway.", [(30, "other")]),
    ],
)
def test_people_nabbed_or_rounded_up_are_held(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 120 wooden poles were toppled by the gale.", [(120, "damaged")]),
        (
            "The blaze destroyed four stalls and three cars parked behind the market.",
            [(4, "destroyed"), (3, "destroyed")],
        ),
        (
            "Attackers burned down two doctors' houses near the health centre.",
            [(2, "destroyed")],
        ),
        # a headline's count joined to another verb keeps its own participle
        ("Grandfather dies and three children rescued after boat capsizes", [(1, "killed")]),
    ],
)
def test_what_befell_things_joined_and_owned(text, expected):
    assert quantities(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Posts circulating on social media claimed the driver had been drinking.",
            "the driver had been drinking",
            "Posts circulating on social media",
        ),
        (
            "Videos circulating on messaging apps showed soldiers beating a man.",
            "soldiers beating a man",
            "Videos circulating on messaging apps",
        ),
        # when it travelled is no part of who
        (
            "Social media posts circulating overnight claimed that two people had died.",
            "two people had died",
            "Social media posts",
        ),
    ],
)
def test_unsigned_posts_are_the_source_as_worded(text, words, speaker):
    claim = attributed_claim_with(text, words)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "anonymous")


def test_the_hospitals_are_not_the_one_hospital_named():
    text = (
        "Lakeview Medical Center said it treated three of the workers. Mercy Hospital in "
        "Dunmore treated two others, a Mercy spokeswoman said. All five had been released by "
        "Friday, the hospitals said."
    )
    claim = attributed_claim_with(text, "released by Friday")
    assert claim.speaker == "hospitals"


def test_a_headline_closed_by_a_job_is_the_holder_the_story_names():
    text = (
        "Drone attack on Velikodar kills four, including a child - governor\n\n"
        "Regional governor Ihor Dovhan said four people were killed overnight."
    )
    claim = attributed_claim_with(text, "kills four")
    assert (claim.speaker, claim.speaker_kind) == ("Ihor Dovhan", "person")


def test_a_toll_put_higher_at_a_figure_is_the_sources():
    claim = attributed_claim_with(
        "A hospital official put the death toll higher, at 27.", "death toll higher"
    )
    assert claim.speaker == "hospital official"
    assert [(q.value, q.category) for q in claim.quantities] == [(27, "killed")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Witnesses reached by phone said gunmen had burned at least 30 houses.",
            "30 houses",
            "Witnesses reached by phone",
        ),
        (
            "A source involved in the inquiry said the crane had been overloaded.",
            "crane had been overloaded",
            "source involved in the inquiry",
        ),
        (
            "A review commissioned by the trust found 14 deaths had been avoidable.",
            "14 deaths",
            "review commissioned by the trust",
        ),
        # how a paper reached the newspaper is no part of which paper it is
        (
            "Inspection records obtained by the Courier show the plant was cited twice.",
            "cited twice",
            "Inspection records",
        ),
        # nor is asking not to be named part of who speaks
        (
            "Officials speaking on condition of anonymity said 12 soldiers had died.",
            "12 soldiers",
            "Officials",
        ),
    ],
)
def test_who_an_unnamed_source_is_told_by_a_participle(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker
