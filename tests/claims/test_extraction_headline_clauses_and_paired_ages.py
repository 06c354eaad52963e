"""A headline's clause after a semicolon counts its own: in "Snow squall
triggers 41-vehicle pileup on Route 22; 2 dead, 19 hurt" the vehicles
counted before it lend the bare counts nothing, so they are the dead and
the hurt. The ages set after a pair of names ("Harold and June Pettit, 81
and 79,") are ages, however the parser hangs them and whatever entity it
takes the family name for. A source opening a headline's part after a
semicolon or comma says the rest of that part ("Toll rises to 19, villagers
claim over 30 dead"). A closing "..., the Health Ministry said in a
statement" the parser hangs on the last noun as a relative clause still
frames the sentence."""

from .extracted import claim_with, quantities


def test_a_clause_after_a_semicolon_counts_its_own():
    text = "Snow squall triggers 41-vehicle pileup on Route 22; 2 dead, 19 hurt"
    assert quantities(text) == [(41, "damaged"), (2, "killed"), (19, "injured")]


def test_ages_after_a_pair_of_names_are_ages():
    text = (
        "The couple killed in the Ohio fire, Harold and June Pettit, 81 and 79, died in "
        "February 2023 when their house caught fire."
    )
    assert quantities(text) == []


def test_a_count_after_a_pair_of_names_is_still_a_count():
    text = "The victims were Ana Ruiz and Tom Berg, and 12 others were hurt."
    assert quantities(text) == [(12, "injured")]


def test_a_source_after_a_headlines_semicolon_or_comma_says_the_rest():
    for text in (
        "Police say 5 killed in clash; villagers claim over 30 dead",
        "Hooch tragedy: Toll rises to 19, villagers claim over 30 dead",
    ):
        claim = claim_with(text, "over 30 dead")
        assert claim.speaker == "villagers"
        assert "19" not in claim.text and "Police" not in claim.text
    assert claim_with("Five killed in crash, police say", "Five killed").speaker == "police"


def test_a_closing_frame_read_as_a_relative_clause_still_attributes():
    text = (
        "Twelve people were killed and seven others injured on Thursday when a microbus "
        "collided head-on with a heavy truck near the town of Kom El-Sabaa in Minya "
        "governorate, the Health Ministry said in a statement."
    )
    assert claim_with(text, "Twelve people").speaker == "Health Ministry"
    text = "The report, which the ministry said was flawed, counted 12 deaths."
    assert claim_with(text, "12 deaths").speaker is None
