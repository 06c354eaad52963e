"""A report a body "said in" is that body's, and so is "the report" cited
after it; residents told to leave, or who cannot, are unable or are not
allowed to return, are displaced (a negation that keeps people out of their
homes is the displacement, not its denial), and so are people left
"without a place to stay"; workers kept out of a plant are not. A camp or a
shelter houses the displaced; a prison, a hotel or the block that fell
houses its usual occupants. People who registered or checked in at a refuge
are displaced; voters who registered at a hall are not."""

import pytest

from .extracted import claim_with, quantities


def test_the_report_a_body_said_in_is_the_bodys():
    text = (
        "The State Audit Office said on Tuesday that the agency had overpaid contractors. "
        "An audit found that the agency paid for 212 repairs with no record of the work, the "
        "audit office said in a report. The report said invoices had been inflated by up to "
        "40 percent."
    )
    assert claim_with(text, "invoices had been inflated").speaker == "State Audit Office"


def displaced(text: str) -> list:
    return [value for value, category in quantities(text) if category == "displaced"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The order was lifted on Sunday, but about 1,800 people are still unable to return.",
            1800,
        ),
        ("Some 60 families have not been allowed to return to their homes.", 60),
        ("About 25 residents of the flats have been told they cannot return until Friday.", 25),
        ("Residents of the estate, around 90 households, were told to leave at midnight.", 90),
        ("The charity said it was helping four tenants who were left without a place to stay.", 4),
    ],
)
def test_residents_kept_from_home_are_displaced(text, value):
    assert value in displaced(text)


def test_workers_kept_out_of_a_plant_are_not_displaced():
    assert displaced("The 300 workers cannot return to the plant until the inspection ends.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A transit camp built for 4,000 people was already housing nearly 7,500.", 7500),
        ("Officials opened a relief camp at the school, which houses about 650 people.", 650),
        ("About 350 people were sheltering at the community hall on Tuesday.", 350),
    ],
)
def test_a_refuge_houses_the_displaced(text, value):
    assert value in displaced(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Las Palmas was built in 1979 to hold 900 inmates but now houses more than 2,600.", 2600),
        ("It housed 22 families, most of them market traders, the council said.", 22),
        ("The Harbour View Hotel currently houses about 140 men.", 140),
    ],
)
def test_a_prison_a_hotel_or_a_block_houses_its_occupants(text, value):
    assert value not in displaced(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The Red Cross opened a shelter at Lindell High School, where 180 people had "
            "registered by Monday evening.",
            180,
        ),
        ("At least 4,100 people had registered at six evacuation centres by Sunday.", 4100),
        ("A county spokeswoman said 42 people had checked in at the shelter overnight.", 42),
    ],
)
def test_people_signed_in_at_a_refuge_are_displaced(text, value):
    assert value in displaced(text)


def test_voters_registered_at_a_hall_are_not_displaced():
    assert displaced("More than 400 voters had registered at the town hall by noon.") == []
