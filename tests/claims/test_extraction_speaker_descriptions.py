"""A description ("the airline", "the rebels", "the regional council") is
the body the article links to it by apposition, by a modifier, or as the one
body of that kind it names; it stays as worded when the article links it to
none or to two."""

import pytest

from tests.claims.extracted import attributed_claim_with, claim_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the plural of the word the article described the body with
        (
            "Rebels say 30 soldiers were killed near Dorvan\n\n"
            "The rebel Highland Unity Front said on Friday that 30 soldiers had been "
            "killed in an ambush near Dorvan.\n\n"
            "The rebels said 12 of their own fighters were wounded.",
            "12 of their own fighters",
            "Highland Unity Front",
        ),
        (
            "Rebels say 30 soldiers were killed near Dorvan\n\n"
            "The rebel Highland Unity Front said on Friday that 30 soldiers had been "
            "killed in an ambush near Dorvan.",
            "30 soldiers were killed near Dorvan",
            "Highland Unity Front",
        ),
        # another word for the same kind of body
        (
            "A cargo plane made an emergency landing in Pellin on Monday, the state "
            "carrier Norwind Air said.\n\n"
            "Norwind Air said 14 crew members were unhurt. The airline said two engines "
            "had failed.",
            "two engines had failed",
            "Norwind Air",
        ),
        # a place's carrier: the place belongs to the description, not the name
        (
            "Flights were cancelled after Kessia's national carrier Norwind Air grounded "
            "its fleet.\n\nThe airline said 3,000 passengers were stranded.",
            "3,000 passengers were stranded",
            "Norwind Air",
        ),
        # a description that speaks first, the body named as the next speaker
        (
            "Three workers were injured in a fire at the warehouse on Friday, the "
            "depot's operator said.\n\n"
            "Castell Freight Holdings said the fire was put out within an hour.",
            "Three workers were injured",
            "Castell Freight Holdings",
        ),
        # a shorter form of a body the article named in full
        (
            "The Tessin regional council said 200 homes were flooded.\n\n"
            "The regional council said 40 roads were closed.",
            "40 roads were closed",
            "Tessin regional council",
        ),
        (
            "Navy says it sank two smuggling boats\n\n"
            "The Kessian navy said on Tuesday that two smuggling boats had been sunk off "
            "the coast.",
            "it sank two smuggling boats",
            "Kessian navy",
        ),
        (
            "Police say 14 protesters were arrested in Varn\n\n"
            "The Varnese police said on Sunday that 14 protesters had been arrested.",
            "14 protesters were arrested in Varn",
            "Police",
        ),
    ],
)
def test_a_description_is_the_body_the_article_links_to_it(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A survey published on Monday by the Kettle research group showed 45 percent "
            "of voters backed the plan.",
            "45 percent of voters",
            "Kettle research group",
        ),
        (
            "A report by the Linden Institute for Fiscal Studies found that 30 percent of "
            "households were in debt. The same report showed that rents had risen by 12 "
            "percent.",
            "rents had risen",
            "Linden Institute for Fiscal Studies",
        ),
        (
            "A study from the Orsa Health Trust found that 20 percent of nurses planned "
            "to quit. The study said 300 posts were vacant.",
            "300 posts were vacant",
            "Orsa Health Trust",
        ),
    ],
)
def test_a_study_speaks_for_whoever_made_it(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The weekly paper, the Dornach Bugle, reported that 30 homes had been "
            "flooded overnight.",
            "30 homes had been flooded",
            "Dornach Bugle",
        ),
        (
            "The regional newspaper, the Hollen Star, reported that six people were hurt "
            "when a bus crashed.",
            "six people were hurt",
            "Hollen Star",
        ),
        (
            "At least 14 people were killed in the storm, according to a local news "
            "website, Delta Now, which cited hospital staff.",
            "14 people were killed",
            "Delta Now",
        ),
        (
            "The Valdor Observatory for Civil Liberties, a monitoring group based abroad, "
            "said at least 80 people had been detained.",
            "80 people had been detained",
            "Valdor Observatory for Civil Liberties",
        ),
    ],
)
def test_a_name_beside_a_kind_of_body_is_the_body(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # two airlines: "the airline" is neither
        (
            "Norwind Airlines cancelled 40 flights on Monday, and Skyline Airways said 12 "
            "of its planes were grounded.\n\nThe airline said 3,000 passengers were "
            "stranded.",
            "3,000 passengers were stranded",
            "airline",
        ),
        # two regional councils: the shorter form is either
        (
            "The Tessin regional council said 200 homes were flooded. The Varn regional "
            "council said 30 roads were closed.\n\n"
            "The regional council said 40 schools were shut.",
            "40 schools were shut",
            "regional council",
        ),
        # no rebel body named: the rebels are a source as worded, never the
        # officer named last
        (
            "Colonel Ivo Marek said on Friday that 12 soldiers had been killed near "
            "Dorvan. The rebels said 30 soldiers had died.",
            "30 soldiers had died",
            "rebels",
        ),
        # an unnamed report is no one named before it
        (
            "Mayor Ana Ruiz said 20 homes had burned. A report published on Friday found "
            "that 40 bridges needed repair. The report said 12 roads were unsafe.",
            "12 roads were unsafe",
            "report",
        ),
    ],
)
def test_a_description_the_article_links_to_no_one_body_stays_as_worded(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The health ministry of neighbouring Kessia said two of its citizens were "
            "among the 14 dead.",
            "two of its citizens",
            "health ministry of neighbouring Kessia",
        ),
        (
            "The interior ministry of Valdoria said 30 people were detained on Friday.",
            "30 people were detained",
            "interior ministry of Valdoria",
        ),
    ],
)
def test_an_unnamed_body_keeps_the_country_it_belongs_to(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


def test_a_name_the_article_calls_a_body_is_no_person_wherever_it_stands():
    text = (
        "The relief charity Harbour Aid said its volunteers had counted more than 90 "
        'bodies on the coast.\n\n"The numbers are far higher," said Lene Achterberg, '
        "Harbour Aid's country director. Harbour Aid said 2,000 homes were flattened."
    )
    first = claim_with(text, "90 bodies")
    assert (first.speaker, first.speaker_kind) == ("Harbour Aid", "organisation")
    later = claim_with(text, "2,000 homes were flattened")
    assert (later.speaker, later.speaker_kind) == ("Harbour Aid", "organisation")


def test_the_company_keeps_naming_the_company_after_a_union_spoke():
    text = (
        "In a statement, Tamarack Forest Products said two men had been hurt on the log deck. "
        "The company said it had halted operations at the mill.\n\n"
        "Dale Whitford, president of United Woodworkers Local 2417, said members had raised "
        "concerns about the conveyor three times.\n\n"
        "The company denied that any safety complaints had gone unanswered."
    )
    assert attributed_claim_with(text, "safety complaints").speaker == "Tamarack Forest Products"
    assert attributed_claim_with(text, "halted operations").speaker == "Tamarack Forest Products"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Crews from Vale and Marsh Fire and Rescue Service were called at 2am. "
            "The fire service said residents of 11 homes were evacuated.",
            "11 homes",
            "Vale and Marsh Fire and Rescue Service",
        ),
        (
            "The Ministry of Foreign Affairs summoned the ambassador. "
            "The foreign ministry said 14 citizens had been detained.",
            "14 citizens",
            "Ministry of Foreign Affairs",
        ),
        # a word the name lacks keeps the description as worded
        (
            "Crews from Vale and Marsh Fire and Rescue Service were called at 2am. "
            "The ambulance service said 3 people were treated.",
            "3 people",
            "ambulance service",
        ),
    ],
)
def test_a_description_every_word_of_which_is_in_a_name_is_that_body(text, words, speaker):
    assert attributed_claim_with(text, words).speaker == speaker
