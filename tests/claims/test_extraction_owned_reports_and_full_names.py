"""Speakers behind documents and short names: "the department's report" is
the department's, by the full name the article gives it; "the audit" many
paragraphs after "an audit released by the State Auditor's Office" is the
office's; "NP&P" is the short name of the "Northern Plains & Pacific
Railway (NP&P)"; "the Health Ministry" is the "Ministry of Health and
Population" the article names; "Undersheriff" is a title; "posts
circulating on social media Sunday" are the posts and where they circulate,
not when; "an earlier tally released by the Red Cross" is the Red Cross's;
and in "City Police Officer (CPO) Kamalpur Tariq Mahmood Wattoo" the place
the job is held in is no part of the holder's name, nor is an opening
"Contacted," the speaker."""

import pytest

from .extracted import claim_with


def test_a_report_a_named_body_owns_is_that_bodys():
    text = (
        "The state Department of Public Health and Human Services said overdose deaths fell "
        "12%. The department's report lists 212 overdose deaths for Harlow County."
    )
    assert claim_with(text, "212").speaker == "Department of Public Health and Human Services"


def test_an_owner_that_is_no_body_leaves_the_report_as_worded():
    text = "The witness's report said two cars collided."
    assert claim_with(text, "two cars").speaker != "witness"


def test_an_audit_cited_paragraphs_after_its_maker_is_the_makers():
    filler = " ".join(
        f"Paragraph {n} of the story describes the hospital's wards and its staff in detail."
        for n in range(2, 30)
    )
    text = (
        "Patients waited nearly seven hours for a bed last year, according to an audit "
        f"released Thursday by the State Auditor's Office.\n\n{filler}\n\n"
        "The hospital had about 180 vacant nursing positions at the end of 2023, the audit says."
    )
    assert claim_with(text, "180 vacant").speaker == "State Auditor's Office"


def test_a_short_name_with_an_ampersand_is_spelled_out():
    text = (
        "The Northern Plains & Pacific Railway (NP&P) said 27 cars left the tracks. "
        "A spokesperson for NP&P said every car had been inspected in line with federal rules."
    )
    assert claim_with(text, "27 cars").speaker == "Northern Plains & Pacific Railway"
    assert (
        claim_with(text, "every car").speaker
        == "spokesperson for Northern Plains & Pacific Railway"
    )


def test_a_portfolio_ministry_goes_by_its_full_name():
    text = (
        "Health Ministry: 23 pilgrims died of heatstroke at the shrine\n\n"
        "The Ministry of Health and Population announced on Sunday that 23 pilgrims died. "
        "The Health Ministry said 41 people remained in hospital."
    )
    assert claim_with(text, "Health Ministry:").speaker == "Ministry of Health and Population"
    assert claim_with(text, "41 people").speaker == "Ministry of Health and Population"


def test_a_portfolio_ministry_with_two_bodies_of_that_name_stays_as_worded():
    text = (
        "The Ministry of Health and the Ministry of Health Insurance met on Monday. "
        "The Health Ministry said 41 people remained in hospital."
    )
    assert claim_with(text, "41 people").speaker == "Health Ministry"


def test_undersheriff_is_a_title():
    text = '"Deputies followed the law as it is written," Undersheriff Mark Delacroix said.'
    assert claim_with(text, "Deputies followed").speaker == "Mark Delacroix"


def test_posts_are_where_they_circulate_not_when():
    text = "Posts circulating on social media Sunday claimed the fire was set deliberately."
    assert claim_with(text, "set deliberately").speaker == "Posts circulating on social media"


def test_a_tally_released_by_a_body_is_the_bodys():
    text = (
        "The Red Cross said its teams were in the area. An earlier tally released by the "
        "Red Cross on Monday put the number of destroyed homes at 190."
    )
    assert claim_with(text, "190").speaker == "Red Cross"


def test_the_place_a_job_is_held_in_is_not_the_holders_first_name():
    text = (
        "Nine people were killed in a gas cylinder blast in Kamalpur on Tuesday. City Police "
        "Officer (CPO) Kamalpur Tariq Mahmood Wattoo said the shop was refilling cylinders."
    )
    assert claim_with(text, "refilling cylinders").speaker == "Tariq Mahmood Wattoo"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Contacted, Abul Karim, head of the Launch Owners' Association, denied that the "
            "vessel was overloaded.",
            "Abul Karim",
        ),
        (
            "Contacted, Rafiq Hossain, president of the Boat Owners' Association, denied that "
            "the vessel was overloaded.",
            "Rafiq Hossain",
        ),
    ],
)
def test_an_opening_participle_is_not_the_speaker(text, name):
    assert claim_with(text, "overloaded").speaker == name
