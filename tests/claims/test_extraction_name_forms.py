"""People and bodies named again by part of their name, or where the tagger
or parser misread them: a given name or a family name written first, a
titled name the recogniser missed, a body named again by the first words of
its name, initials taken for "who", and a headline's source after its tally."""

import pytest

from tests.claims.extracted import attributed_claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The head of the provincial disaster agency, Budi Santoso, said 40 homes "
            "were damaged. Budi said 300 residents had moved to a school.",
            "300 residents",
            "Budi Santoso",
        ),
        (
            "District police chief Supt Lim Boon Keat said the driver was detained. "
            "Lim said two passengers were still missing.",
            "two passengers",
            "Lim Boon Keat",
        ),
        (
            "Fire and rescue commander Azlan Mohd Yusof said 14 people were rescued. "
            "The search resumed at dawn, Azlan said, and six divers had joined it.",
            "six divers",
            "Azlan Mohd Yusof",
        ),
    ],
)
def test_a_name_shortened_to_its_first_word_is_the_full_name(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_first_word_two_people_share_stays_as_written():
    text = (
        "Rescue official Budi Santoso said 40 homes were damaged. Village head Budi "
        "Hartono said 12 families had left. Budi said 300 residents had moved to a school."
    )
    assert attributed_claim_with(text, "300 residents").speaker == "Budi"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Police Regional Office spokesperson Maj. Aileen Ocampo said 14 people were "
            "arrested. Ocampo said nine of them were later freed.",
            "nine of them",
            "Aileen Ocampo",
        ),
        (
            "Superintendent of Police Vikram Solanki said 31 people were held. Solanki "
            "denied that officers had fired on the crowd.",
            "officers had fired",
            "Vikram Solanki",
        ),
    ],
)
def test_a_titled_name_the_recogniser_missed_is_the_full_name(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Up to 900 jobs could go at tyre manufacturer Brenning Reifwerk, the union "
            "said. Brenning rejected the figure and said 400 posts were affected.",
            "400 posts",
            "Brenning Reifwerk",
        ),
        (
            "The retailer Osterholm Handel said it would shut 12 stores. Osterholm said "
            "300 staff would be offered other posts.",
            "300 staff",
            "Osterholm Handel",
        ),
    ],
)
def test_a_body_named_again_by_its_first_word_is_the_full_name(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Commission on Elections (Comelec) said two ballot boxes were burned. "
            "Comelec said 40 precincts were closed.",
            "40 precincts",
            "Commission on Elections",
        ),
        (
            "The National Search and Rescue Agency (Basarnas) joined the search. "
            "Basarnas said 24 people were missing.",
            "24 people",
            "National Search and Rescue Agency",
        ),
    ],
)
def test_a_bodys_short_name_written_as_a_word_is_the_body(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_short_word_in_brackets_after_a_person_is_no_body():
    text = "Senator Jo Marsh (Democrat) said 12 bills had failed. Democrat said nothing."
    assert attributed_claim_with(text, "12 bills").speaker == "Jo Marsh"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Late on Monday, Director of Public Works Anil Mehra said 17 bridges were shut.",
            "17 bridges",
            "Anil Mehra",
        ),
        (
            "The flood destroyed two depots and a workshop, according to the "
            "cooperative's General Manager, Mrs. Adwoa Konadu-Yiadom.",
            "two depots",
            "Adwoa Konadu-Yiadom",
        ),
    ],
)
def test_a_job_written_with_a_name_the_parser_hung_elsewhere_is_the_person(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_initials_the_tagger_took_for_who_are_the_body():
    text = (
        "Cholera outbreak in Zambora kills 112, WHO says\n\n"
        "The World Health Organization said on Monday that cases were rising."
    )
    assert attributed_claim_with(text, "kills 112").speaker == "World Health Organization"


def test_a_headline_tally_before_its_source_is_what_the_source_says():
    text = (
        "Five miners killed in Darrow pit flood, ministry says; union puts toll at eight"
        "\n\nThe pit was closed."
    )
    assert attributed_claim_with(text, "Five miners").speaker == "ministry"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Two dead, three wounded in Ravelin Street shooting, police say\n\n"
            "Two men were killed when a gunman opened fire outside a cafe, police said.",
            "Two dead",
            "police",
        ),
        (
            "Clashes after Mokanjo vote kill at least nine, election observers say\n\n"
            "Supporters of rival parties fought with machetes, the observers said.",
            "kill at least nine",
            "election observers",
        ),
    ],
)
def test_a_headline_is_one_sentence_whatever_its_commas(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_group_set_off_before_the_source_is_no_part_of_what_it_says():
    text = (
        "Up to 3,000 people a day were arriving at the crossing, many of them women and "
        "children, agency spokesman Yannick Doreau said."
    )
    assert attributed_claim_with(text, "3,000 people").speaker == "Yannick Doreau"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Aubrenne minister disputes opposition tally of 900 deaths\n\n"
            "Health Minister Claire Duvernoy said on Tuesday that 812 people had died.",
            "opposition tally",
            "Claire Duvernoy",
        ),
        (
            "Mine collapse kills 12, governor says\n\n"
            "Governor Celestin Mbaya said rescuers were still searching the pit.",
            "kills 12",
            "Celestin Mbaya",
        ),
    ],
)
def test_a_headlines_job_is_the_person_the_article_names_with_it(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Posts on social media claimed that five people had died in the shooting.",
            "five people",
            "Posts on social media",
        ),
        (
            "Official figures show that 812 people died of overdoses last year.",
            "812 people",
            "Official figures",
        ),
    ],
)
def test_a_document_no_one_is_named_as_issuing_is_the_source_as_worded(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker


def test_a_name_from_a_headline_in_title_case_is_no_fuller_name():
    text = (
        "Dorran Says Museum Will Tell of 'Hope and Loss'\n\n"
        "President Dorran said on Saturday that 40,000 people had visited. "
        "Dorran said 12 rooms were still closed."
    )
    assert attributed_claim_with(text, "12 rooms").speaker == "Dorran"


def test_she_is_never_a_man_the_article_calls_mr():
    text = (
        "Judge Miriam Corcoran said CCTV footage showed Mr Tolan had his back turned. "
        "She rejected a submission that Mr Tolan had provoked the accused."
    )
    assert attributed_claim_with(text, "rejected a submission").speaker == "Miriam Corcoran"


@pytest.mark.parametrize(
    "text",
    [
        "Defence counsel Fergal Lenihan BL said his client had drunk 12 pints. "
        "Mr Lenihan said the accused had written a letter of apology.",
        "Defence counsel Fergal Lenihan SC said his client had drunk 12 pints. "
        "Lenihan said the accused had written a letter of apology.",
    ],
)
def test_letters_after_a_name_are_no_part_of_it(text):
    assert attributed_claim_with(text, "letter of apology").speaker == "Fergal Lenihan"
    assert attributed_claim_with(text, "12 pints").speaker == "Fergal Lenihan"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mine operator says 4 miners trapped after collapse\n\n"
            "Four miners were trapped after a tunnel collapsed, Kestrel Mining Corp said.",
            "4 miners",
            "Kestrel Mining Corp",
        ),
        (
            "15,000 cross into Kavrosh in a week, aid agency says\n\n"
            "About 15,000 people crossed last week, the International Migration Bureau said.",
            "15,000 cross",
            "International Migration Bureau",
        ),
        # a body by its kind giving another figure may be another body
        (
            "12 homes lost in Ardley fire, aid agency says\n\n"
            "Nine families were moved to a school, the Ardley Housing Trust said.",
            "12 homes",
            "aid agency",
        ),
        # officials and police stay as worded
        (
            "Two dead in Ravelin crash, officials say\n\n"
            "Two people died, the Northshire Fire Authority said.",
            "Two dead",
            "officials",
        ),
    ],
)
def test_a_headlines_body_by_kind_is_the_body_giving_its_figure_below(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker
