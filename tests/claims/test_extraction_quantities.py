"""Each figure gets its own category and subject from the parse."""

import pytest

from claims.extraction import extract
from tests.claims.extracted import quantities


def test_injured_and_killed_get_their_own_category():
    text = "One person was killed and two were injured when the bus overturned."
    assert quantities(text) == [(1, "killed"), (2, "injured")]


def test_killed_and_wounded_in_one_clause_stay_apart():
    text = "Artillery fire killed four soldiers and wounded 11 others near the river."
    assert quantities(text) == [(4, "killed"), (11, "injured")]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Blast kills six in Kabul market", [(6, "killed")]),
        ("Death toll climbs to 40 after floods", [(40, "killed")]),
        ("Crash injures 3 on icy motorway", [(3, "injured")]),
        ("Police arrest 27 after stadium clashes", [(27, "detained")]),
    ],
)
def test_headline_verbs_set_the_category(headline, expected):
    assert quantities(headline) == expected


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("At least 12 people died in the fire.", "killed"),
        ("Rescuers recovered 9 bodies from the rubble.", "killed"),
        ("The attack left 15 dead, officials said.", "killed"),
        ("Five people remain missing after the landslide.", "missing"),
        ("Eight miners were trapped underground.", "missing"),
        ("Police detained 14 protesters outside parliament.", "detained"),
        ("More than 3,000 residents were evacuated from the coast.", "displaced"),
        ("Twenty people were taken to hospital with burns.", "injured"),
        ("The clashes left 30 people killed or wounded.", "killed"),
    ],
)
def test_people_take_the_category_of_what_happened_to_them(sentence, category):
    assert [c for _, c in quantities(sentence)] == [category]


def test_many_people_fleeing_are_displaced_with_no_value():
    (claim,) = extract("Many people have fled the town.")
    (quantity,) = claim.quantities
    assert quantity.value is None and quantity.approximate
    assert (quantity.category, quantity.subject) == ("displaced", "people")
    assert claim.kind == "casualty"


def test_objects_are_damaged_or_destroyed():
    text = "The storm destroyed 12 houses and damaged 40 cars."
    assert quantities(text) == [(12, "destroyed"), (40, "damaged")]


def test_damaged_or_destroyed_counts_as_damaged():
    (claim,) = extract("Officials said 85 buildings were damaged or destroyed.")
    assert [(q.value, q.category) for q in claim.quantities] == [(85, "damaged")]
    assert claim.kind == "damage"


def test_equipment_in_a_list_of_losses_is_destroyed():
    text = '"Dozens of fighters, three tanks and two trucks were killed," the army said.'
    assert quantities(text) == [(None, "killed"), (3, "destroyed"), (2, "destroyed")]


def test_damage_noted_on_homes_is_damage():
    text = '"Damage was recorded on 17 homes and two schools," the mayor said.'
    assert quantities(text) == [(17, "damaged"), (2, "damaged")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The government sent 500 troops to the region.",
        "Firefighters rescued 23 people from the burning building.",
        "The city pledged $5 million for reconstruction.",
        "Turnout fell to 45 percent in the capital.",
        # a sum carried off by someone who fled is no count of people who fled
        "The robber fled with $340 from the till.",
    ],
)
def test_troops_rescued_people_money_and_percentages_are_other(sentence):
    assert [c for _, c in quantities(sentence)] == ["other"]


def test_subjects_keep_their_modifiers():
    (claim,) = extract("Four armored vehicles were destroyed in the ambush.")
    assert claim.quantities[0].subject == "armored vehicles"


def test_a_count_in_another_clause_keeps_its_own_category():
    text = "Police detained 38 people as thousands of demonstrators marched through the city."
    assert quantities(text) == [(38, "detained")]


def test_three_of_the_victims_counts_the_part_not_the_whole():
    text = "Three of the 40 passengers died at the scene."
    assert quantities(text) == [(3, "killed"), (40, "other")]


def test_no_leadership_is_not_a_zero_figure():
    assert quantities("There is no leadership and no plan, he said.") == []


def test_no_casualties_is_a_zero_figure():
    assert quantities("There were no casualties, the ministry said.") == [(0, "killed")]


def test_destroyed_or_damaged_counts_as_damaged_in_either_order():
    text = "More than 1,000 homes were destroyed or heavily damaged, the governor said."
    assert quantities(text) == [(1000, "damaged")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dozens of protesters were treated for injuries after the march.", [(None, "injured")]),
        ("Three children were among the wounded, the governor said.", [(3, "injured")]),
        ("Of those arrested, 41 remained in custody on Monday.", [(41, "detained")]),
        ("The police have recorded 38 homicides so far this year.", [(38, "killed")]),
    ],
)
def test_what_happened_can_sit_in_a_prepositional_phrase_or_a_noun(sentence, expected):
    assert quantities(sentence) == expected


def test_people_forced_from_their_homes_are_displaced_but_rescued_people_are_not():
    text = (
        "The storm forced more than 300,000 residents from their homes. "
        "Crews rescued 214 people from flooded homes."
    )
    assert quantities(text) == [(300_000, "displaced"), (214, "other")]


def test_people_housed_in_shelters_are_displaced():
    text = "Some 60 shelters remained open on Thursday, housing roughly 18,000 people."
    assert quantities(text) == [(60, "other"), (18_000, "displaced")]


def test_a_toll_brought_to_a_new_figure_is_killed():
    text = "Two more victims died in hospital on Monday, bringing the toll to 14."
    assert (14, "killed") in quantities(text)


def test_counts_of_groups_are_not_figures():
    assert quantities("An argument broke out between two groups of young men.") == []


def test_the_part_of_the_injured_who_died_is_killed():
    text = "Two of the injured died in hospital on Monday."
    assert quantities(text) == [(2, "killed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Twenty-two police officers were injured, four of them seriously, the ministry said.",
            [(22, "injured"), (4, "injured")],
        ),
        (
            "Rescuers brought 31 miners to the surface, six of them with serious burns.",
            [(31, "other"), (6, "injured")],
        ),
    ],
)
def test_a_part_of_them_takes_its_own_words_or_the_group_category(sentence, expected):
    assert quantities(sentence) == expected


def test_a_figure_given_for_comparison_shares_the_category():
    text = "The city has recorded 38 homicides this year, compared with 29 a year earlier."
    assert quantities(text) == [(38, "killed"), (29, "killed")]


def test_people_without_power_are_counted_but_not_as_dead():
    text = "Hurricane Delia leaves 9 dead, nearly 2 million without power"
    assert quantities(text) == [(9, "killed"), (2_000_000, "other")]


def test_a_number_put_at_a_figure_counts_the_object():
    assert quantities("Police put the number of marchers at 42,000.") == [(42_000, "other")]


def test_a_semicolon_ends_the_clause_a_count_belongs_to():
    text = "Dozens of protesters march on parliament; 63 arrested"
    # the marchers are a crowd of their own, never the arrested
    assert quantities(text) == [(None, "other"), (63, "detained")]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The governor put the number of destroyed houses at 45.", "destroyed"),
        ("Police put the number of injured strikers at six.", "injured"),
        ("The agency estimated the total of damaged buildings at 300.", "damaged"),
    ],
)
def test_a_tally_put_at_a_figure_takes_the_category_of_what_it_counts(sentence, category):
    assert [c for _, c in quantities(sentence)] == [category]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dead included two children.", [(2, "killed")]),
        ("The detained include 6 foreign nationals.", [(6, "detained")]),
        ("The fire forced about 200 nearby residents from their homes.", [(200, "displaced")]),
        ("At least two cars were burned out.", [(2, "destroyed")]),
        ("Three houses were burned.", [(3, "damaged")]),
        ("A photographer was beaten by officers.", [(1, "injured")]),
    ],
)
def test_category_from_the_group_the_place_and_the_particle(sentence, expected):
    assert quantities(sentence) == expected


def test_a_dateline_dash_does_not_make_the_first_count_a_date():
    text = "KALVA, Oct. 5 - Three people have died of cholera, the health ministry said."
    assert quantities(text) == [(3, "killed")]


def test_a_headline_count_takes_the_category_of_its_participle():
    assert quantities("Police: 43 arrested as protest over fuel prices turns violent") == [
        (43, "detained")
    ]


def test_a_tally_subject_says_what_a_modal_bound_counts():
    claims = extract("Doctors warned that the number of cases could reach 1,000 within a month.")
    (quantity,) = [q for c in claims for q in c.quantities]
    assert (quantity.value, quantity.lower, quantity.upper, quantity.category) == (
        1000,
        None,
        1000,
        "other",
    )
    assert quantity.subject == "cases"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Several shop windows were smashed along the avenue.", [(None, "damaged")]),
        ("Dozens of shops were looted overnight.", [(None, "damaged")]),
        ("Two warehouses were gutted by the fire.", [(2, "destroyed")]),
        ("Protesters smashed 14 windows.", [(14, "damaged")]),
    ],
)
def test_smashed_looted_and_gutted_things_are_damage(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 500 villagers were relocated to a sports hall.", [(500, "displaced")]),
        (
            "Officials said 90 families had been moved to a school in the valley.",
            [(90, "displaced")],
        ),
        ("Some 400 tenants were sheltering in a stadium overnight.", [(400, "displaced")]),
        ("The gas leak forced the evacuation of 350 homes.", [(350, "displaced")]),
        ("Firefighters evacuated 12 apartment buildings.", [(12, "displaced")]),
        ("Twelve pupils were taken to a school gym for a concert.", [(12, "other")]),
    ],
)
def test_people_moved_out_and_homes_evacuated_are_displaced(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least nine lorries were set on fire near the border.", [(9, "damaged")]),
        ("Youths set fire to 14 buses overnight.", [(14, "damaged")]),
        ("Two petrol stations were set alight.", [(2, "damaged")]),
        (
            "Rioters torched 30 cars and set ablaze two police stations.",
            [(30, "damaged"), (2, "damaged")],
        ),
        ("Six barns were burned down and three sheds razed.", [(6, "destroyed"), (3, "destroyed")]),
        ("Two guards were set on fire by the crowd.", [(2, "injured")]),
        ("The council set 12 new targets for the year.", [(12, "other")]),
    ],
)
def test_things_set_on_fire_are_damaged_unless_burned_down(sentence, expected):
    assert quantities(sentence) == expected


def test_a_part_named_after_among_them_shares_the_group_category():
    text = (
        "A guard died and 20 people were hurt, among them four nurses, the ministry told reporters."
    )
    assert quantities(text) == [(1, "killed"), (20, "injured"), (4, "injured")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The barge was carrying more than 90 when it sank.",
        "The bus, which had 52 aboard, slid into a ravine.",
        "The plane had 140 on board when it landed.",
    ],
)
def test_a_bare_number_on_a_vehicle_counts_people(sentence):
    found = [(q.category, q.subject) for c in extract(sentence) for q in c.quantities]
    assert found == [("other", "people")]


def test_the_group_a_toll_is_drawn_from_is_not_the_toll():
    text = "The toll among the 60 passengers rose to 12."
    assert quantities(text) == [(60, "other"), (12, "killed")]


def test_a_not_on_hurt_read_as_an_adjective_negates_the_count():
    # none hurt, never one
    assert quantities("LUCKILY, THE BUS DRIVER WAS NOT HURT.") == [(0, "injured")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The attacker stabbed two guards and then killed himself.", [(2, "injured")]),
        ("Four miners were injured and later died in hospital.", [(4, "killed")]),
    ],
)
def test_a_joined_death_with_its_own_victim_is_not_the_count_s(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Barge sinks in storm; dozens feared missing\n\nThe navy said the search went on.",
            [(None, "missing")],
        ),
        ("Mine shaft floods; six presumed dead\n\nPumps were brought in.", [(6, "killed")]),
    ],
)
def test_a_state_presumed_of_a_headline_count_is_its_category(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parents said the council opened too few night shelters. "
            "The council said it had opened 35 since March.",
            [(35, "other", "night shelters")],
        ),
        (
            "Critics say the army bought too few armoured trucks. The ministry said it bought 300.",
            [(300, "other", "armoured trucks")],
        ),
        ("The club sold 400 tickets. Its rival opened 12 on Monday.", [(400, "other", "tickets")]),
    ],
)
def test_a_bare_number_stands_for_the_object_the_same_verb_took_before(text, expected):
    found = [(q.value, q.category, q.subject) for c in extract(text) for q in c.quantities]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A cyclist and a jogger were struck by the van. Both were taken to hospital.",
            [(2, "injured")],
        ),
        ("Two climbers fell from the ridge. Both of them died.", [(2, "killed")]),
        ("She has burns on both of her arms.", []),
        ("Ana Ruiz and Lea Moss, both of Harlow, spoke at the vigil.", []),
    ],
)
def test_both_as_a_subject_counts_two(text, expected):
    assert [q for q in quantities(text) if q[1] != "other"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies found a 19-year-old with a stab wound to the arm.", [(1, "injured")]),
        ("Two hikers were found with severe burns near the trail.", [(2, "injured")]),
        ("A man with stab wounds was found dead in the park.", [(1, "killed")]),
        ("Crews brought 31 miners out, six of them with burns.", [(31, "other"), (6, "injured")]),
        ("A woman with a knife robbed two shops.", []),
    ],
)
def test_people_found_with_wounds_are_hurt_unless_worse_is_said(text, expected):
    assert [q for q in quantities(text) if q[1] != "other" or q[0] == 31] == expected


def test_people_found_with_wounds_are_a_count_of_the_wounded_even_where_one_died():
    # unlike "two men were shot", a wound says they were hurt when found; the
    # death is its own figure
    text = (
        "Police found two men with gunshot wounds outside a bar.\n\n"
        "One of them died at the hospital on Sunday."
    )
    assert quantities(text) == [(2, "injured"), (1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Medics found a 40-year-old man with a stab wound. He was flown to a trauma centre, "
            "where he died overnight.",
            [(1, "killed")],
        ),
        (
            "A cyclist was hurt in the collision. His mother said she died of grief.",
            [(1, "injured")],
        ),
    ],
)
def test_one_person_said_to_die_in_the_next_sentence_is_killed(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three firefighters sustained minor injuries.", [(3, "injured")]),
        ("A pedestrian suffered fatal injuries when the van struck her.", [(1, "killed")]),
        ("Two guards suffered stab wounds during the riot.", [(2, "injured")]),
        ("The company suffered 12 losses this year.", [(12, "other")]),
    ],
)
def test_the_subject_of_suffered_takes_the_harm_its_object_names(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said at least 60 houses had sustained structural damage.", [(60, "damaged")]),
        ("Surveyors found that 500 shops suffered damage in the storm.", [(500, "damaged")]),
        ("Officials said four buildings were condemned after the tremor.", [(4, "damaged")]),
        ("Two apartment blocks were declared unsafe by engineers.", [(2, "damaged")]),
        ("Seven houses were left uninhabitable by the mudslide.", [(7, "damaged")]),
    ],
)
def test_buildings_that_took_damage_or_were_closed_as_unsafe_are_damaged(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four wagons derailed near the station on Monday.", [(4, "damaged")]),
        ("Three buses overturned on the icy motorway.", [(3, "damaged")]),
        ("Gales capsized two boats in the harbour.", [(2, "damaged")]),
    ],
)
def test_vehicles_that_derailed_overturned_or_capsized_are_damaged(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty families were put up in a school gym.", [(20, "displaced")]),
        ("The council put up 30 families in hotels.", [(30, "displaced")]),
        ("Eleven families were given shelter at the town hall.", [(11, "displaced")]),
        ("Two hundred people found refuge in a church.", [(200, "displaced")]),
        # putting up things houses no one
        ("Volunteers put up 40 tents on the playing field.", [(40, "other")]),
    ],
)
def test_people_put_up_or_given_shelter_are_displaced(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said it had lost 12 soldiers in the ambush.", [(12, "killed")]),
        ("The rebels admitted they lost five fighters near the ridge.", [(5, "killed")]),
        # losses that are not deaths
        ("The club lost two players to injury this week.", [(2, "other")]),
        # homes lost make their people displaced, not dead
        ("Five residents lost their homes.", [(5, "displaced")]),
    ],
)
def test_fighters_a_side_lost_are_killed(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The disease kills up to 30 percent of those infected.",
        "The strain killed 15 percent of the flock.",
    ],
)
def test_a_percentage_of_victims_is_a_rate_not_a_count(text):
    assert [category for _, category in quantities(text)] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The outbreak has killed at least five people and sickened 48 since June.",
            [(5, "killed"), (48, "other")],
        ),
        ("Nine patients were being treated in isolation for the virus.", [(9, "other")]),
        ("Twenty people were admitted to hospital with symptoms of measles.", [(20, "other")]),
        # hurt, not sick
        ("Six workers were treated for smoke inhalation.", [(6, "injured")]),
        ("Two men were taken to hospital with stab wounds.", [(2, "injured")]),
    ],
)
def test_the_sick_are_counted_as_other_not_injured(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cyclist was among the injured.", [(1, "injured")]),
        ("The pilot was among the dead, the airline said.", [(1, "killed")]),
        ("Her son was among the missing.", [(1, "missing")]),
        # a group that came to no harm counts no one
        ("The mayor was among the guests.", []),
    ],
)
def test_one_person_placed_among_the_dead_or_hurt_is_counted(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman hurt in the blast told reporters she heard a bang.", [(1, "injured")]),
        ("A man injured in the crash later sued the council.", [(1, "injured")]),
        # the one who did it is no casualty, whatever else his phrase says
        ("A man shot his neighbour on Sunday.", [(1, "injured")]),
        (
            "A man who had been laid off from a hospital opened fire, killing his wife.",
            [(1, "killed")],
        ),
    ],
)
def test_a_person_whose_own_phrase_names_the_harm_is_counted_whatever_they_did_next(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot outside a bar. Police said no one had been killed.",
        "Two men were shot outside a bar. Nobody died.",
        "Two men were shot outside a bar. There were no deaths.",
    ],
)
def test_a_death_denied_leaves_the_people_shot_injured(text):
    assert quantities(text)[0] == (2, "injured")


def test_a_death_reported_leaves_the_people_shot_an_open_count():
    # the one who died is a count of its own; the two shot stay open
    assert quantities("Two men were shot outside a bar. One of them died later.") == [
        (2, "other"),
        (1, "killed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 300 people slept in their cars after the quake.", [(300, "displaced")]),
        (
            "Dozens of families were sleeping on the road outside the village.",
            [(None, "displaced")],
        ),
        ("Hundreds of residents spent the night in the open.", [(None, "displaced")]),
        # sleeping at home, or a car on a road, says nothing of homes lost
        ("Two children were hit by a car on the road.", [(2, "other")]),
    ],
)
def test_people_sleeping_in_cars_or_on_roads_are_displaced(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # students live in a dormitory; people moved into one have lost their homes
        ("Forty students were sleeping in the dormitory.", [(40, "other")]),
        ("About 60 residents were moved to a college dormitory.", [(60, "displaced")]),
    ],
)
def test_a_dormitory_is_a_refuge_only_for_people_moved_there(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was electrocuted at the substation.", [(1, "killed")]),
        ("Two miners suffocated when the shaft filled with gas.", [(2, "killed")]),
        ("A toddler suffocated in a hot car.", [(1, "killed")]),
    ],
)
def test_verbs_of_dying_by_electricity_or_want_of_air_count_the_dead(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four were treated and released.", [(4, "injured")]),
        (
            "Two people died. The other two were treated and released.",
            [(2, "killed"), (2, "injured")],
        ),
        # treated, but not as patients
        ("The prisoners were treated fairly.", []),
        ("Twelve inmates were treated harshly, the warden admitted.", [(12, "other")]),
        ("Three men were treated there and released.", [(3, "injured")]),
    ],
)
def test_people_treated_and_released_are_injured(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An armoured vehicle was destroyed in the strike, the ministry said.",
            [(1, "destroyed", "armoured vehicle")],
        ),
        ("A police car was badly damaged.", [(1, "damaged", "police car")]),
        ("Rioters set fire to a bus.", [(1, "damaged", "bus")]),
        (
            "A shell destroyed a school and damaged a clinic.",
            [
                (1, "destroyed", "school"),
                (1, "damaged", "clinic"),
            ],
        ),
        # one count for each thing named, as each may be of its own kind
        (
            "A school and a clinic were destroyed.",
            [(1, "destroyed", "school"), (1, "destroyed", "clinic")],
        ),
        # what did it, where it happened, or a thing untouched: no count
        ("A car hit the boy, who was killed.", []),
        ("Two brothers were shot and killed outside a corner shop.", [(2, "killed", "brothers")]),
        ("A house was not damaged.", []),
        ("Officers searched a house on Main Street.", []),
        # "the car" may be one the article has counted already, but a thing
        # destroyed is told of as its own loss each time
        ("The car was damaged.", []),
        ("The car was destroyed.", [(1, "destroyed", "car")]),
    ],
)
def test_one_thing_damaged_or_destroyed_is_counted_without_a_number(text, expected):
    found = [(q.value, q.category, q.subject) for c in extract(text) for q in c.quantities]
    assert found == expected
