"""Whose figure it is when no verb of saying names the source: the body that
made the report or the count, and the unnamed source a later "the spokesman"
points back to."""

import pytest

from .extracted import attributed_claim_with, claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The government's own count, released in May, recorded 300 heat-related deaths.",
            "300 heat-related deaths",
            "government",
        ),
        (
            "The first toll given by the provincial government on Friday was 9 dead.",
            "9 dead",
            "provincial government",
        ),
        (
            "An earlier tally released by the Marren Red Crescent was 12 dead.",
            "12 dead",
            "Marren Red Crescent",
        ),
    ],
)
def test_a_count_speaks_for_the_body_that_made_it(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    "text",
    ["The death toll from the floods rose to 40.", "The storm's toll rose to 40."],
)
def test_what_a_toll_is_of_is_not_its_source(text):
    assert claim_with(text, "40").speaker is None


def test_a_report_speaks_for_whoever_published_it():
    text = (
        "Heat caused an estimated 900 deaths, according to a report published on "
        "Tuesday by the Delmar Health Observatory (DHO)."
    )
    assert attributed_claim_with(text, "900 deaths").speaker == "Delmar Health Observatory"


def test_the_spokesman_is_the_unnamed_spokesman_first_described():
    text = (
        "No officers were injured, a sheriff's office spokesman said. The state "
        "Bureau of Investigation will examine the shooting, the spokesman said."
    )
    claim = attributed_claim_with(text, "will examine the shooting")
    assert claim.speaker == "sheriff's office spokesman"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a body the recogniser missed, found again by its kind
        (
            "Body of missing swimmer recovered from lake, sheriff's office says\n\n"
            "The Tamsett County Sheriff's Office said the man was last seen on "
            "Saturday. The sheriff's office said the reservoir has no lifeguards.",
            "no lifeguards",
            "Tamsett County Sheriff's Office",
        ),
        (
            "The Kessel Area School District approved the budget on Monday. The "
            "district said 12 teachers would be laid off.",
            "12 teachers",
            "Kessel Area School District",
        ),
        # how many spoke is no part of who they are
        (
            "One worker at the site said several boards had been loose for days.",
            "several boards",
            "worker at the site",
        ),
    ],
)
def test_a_local_body_or_source_is_named_as_the_article_names_it(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_release_from_a_body_is_that_bodys_whatever_kind_of_release():
    text = (
        "The man was last seen Saturday afternoon, according to a news release "
        "from the Tamsett County Sheriff's Office."
    )
    assert attributed_claim_with(text, "last seen").speaker == "Tamsett County Sheriff's Office"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "More than 9,000 flee into Marvany in a week as fighting spreads - UNHCR\n\n"
            "More than 9,000 people have crossed into Marvany, the United Nations High "
            "Commissioner for Refugees (UNHCR) said.",
            "flee into Marvany",
            "United Nations High Commissioner for Refugees",
        ),
        (
            "Ferry fire toll rises to 14: coast guard\n\n"
            "The toll rose to 14, the Ilsund coast guard said on Sunday.",
            "toll rises to 14",
            "Ilsund coast guard",
        ),
    ],
)
def test_a_headline_may_close_with_its_source(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_headline_closing_with_a_label_names_no_source():
    text = "Mine blast kills 9 in Orvik - live\n\nNine miners died, the company said."
    assert claim_with(text, "kills 9").speaker is None
