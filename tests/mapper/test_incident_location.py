"""Where an incident is: the most precise place a text gives, found inside the region or
country it names, never a namesake abroad, and the region as context, not a second event."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


def _where(text, gz):
    return [
        (i.location, i.country_code, int(i.geo_precision))
        for i in extract_incidents(text, published="2024-05-06", gazetteer=gz)
    ]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Gunmen attacked a market near Djibo, in the Sahel region, on Friday, killing "
            "12 traders.",
            [("near Djibo", "BF", 2)],
            "the town, not its region beside it: one incident",
        ),
        (
            "Insurgents raided the town of Mocimboa da Praia in Mozambique's Cabo Delgado "
            "province on Tuesday.",
            [("Mocimboa da Praia", "MZ", 1)],
            "a possessive country and its province only frame the town",
        ),
        (
            "Gunmen killed six farmers near Argelia, in Cauca department, on Sunday.",
            [("near Argelia", "CO", 2)],
            "the Colombian town, not the country Algeria (Spanish name), and near it",
        ),
        (
            "Two soldiers died when rebels ambushed a convoy outside Butembo, North Kivu, "
            "on Monday.",
            [("outside Butembo", "CD", 2)],
            "a bare comma before the province marks it as the container too",
        ),
        (
            "Fighting broke out in the coastal city of Misrata, about 200 km east of Tripoli, "
            "on Sunday.",
            [("Misrata", "LY", 1)],
            "a distance and bearing from the capital only says where the town is",
        ),
        (
            "Gunmen attacked a bus near Kontagora, north of Minna, killing seven.",
            [("near Kontagora", "NG", 2)],
            "a bare bearing from a bigger town is a reference point",
        ),
        (
            "Shelling hit Bakhmut, the main town in eastern Donetsk, on Monday.",
            [("Bakhmut", "UA", 1)],
            "an apposition naming the area the town lies in",
        ),
        (
            "Militants stormed Palma, a town in Cabo Delgado province, on Wednesday.",
            [("Palma", "MZ", 2)],
            "the apposition's province also finds the town's country, not Spain's Palma",
        ),
        (
            "Warships shelled the Black Sea port of Ochakiv on Friday.",
            [("Ochakiv", "UA", 1)],
            "the sea only classifies the port: no incident at sea",
        ),
        (
            "Jets bombed the fishing village of Lel Mway on Thazin island in western Rakhine "
            "state on Tuesday.",
            [("Lel Mway", "MM", 2)],
            "an unknown village on an unknown island, placed in the region named after both",
        ),
        (
            "Soldiers patrolled Kumasi on Monday after gunmen attacked a market in the city.",
            [("Kumasi", "GH", 1)],
            "'in the city' is the town just named",
        ),
        (
            "Troops entered Herat on Monday. Rebels later shelled a checkpoint in the capital.",
            [("Herat", "AF", 1), ("Afghanistan", "AF", 4)],
            "'the capital' refers to no town that is not one",
        ),
        (
            "Al-Shabaab fighters overran a military base in Bulo Burde, a town in Somalia's "
            "Hiraan region, on Tuesday, killing at least 11 soldiers.",
            [("Bulo Burde", "SO", 2)],
            "an unknown town described as 'a town in' a region",
        ),
        (
            "Police fired tear gas at protesters in Nairobi's central business district on "
            "Tuesday.",
            [("Nairobi", "KE", 1)],
            "a possessive town owning a district is where it happened",
        ),
        (
            "Gunmen stormed a church in the village of Essakane, about 40 km from Dori, "
            "killing 14 worshippers on Sunday.",
            [("Essakane", "BF", 2)],
            "an unknown village placed by a distance from a known town: near that town",
        ),
        (
            "Armed men attacked the police station in Tumaco, on Colombia's Pacific coast, on "
            "Sunday night.",
            [("Tumaco", "CO", 1)],
            "the coast the town lies on is no place of the event",
        ),
        (
            "A car bomb hits Jarabulus city northeast of Aleppo, wounding 12.",
            [("Jarabulus", "SY", 1)],
            "'X city northeast of Y' without a comma: Y is the reference point",
        ),
        (
            "Clashes erupted in the countryside of Manbij town east of Aleppo on Monday.",
            [("the countryside of Manbij", "SY", 2)],
            "the countryside of a town, placed relative to the provincial capital",
        ),
        (
            "Rebels shelled Kafr Nabudah area of northern Hama countryside on Monday.",
            [("Kafr Nabudah", "SY", 2)],
            "an unknown village named as an area of a town's countryside: near that town",
        ),
        (
            "SDF forces repelled Turkish attacks in Tina village in Ain Issa area.",
            [("Tina", "SY", 2)],
            "a village put in a town's area is near that town, not New Caledonia's Tina",
        ),
        (
            "Drones hit Odesa, Mykolaiv and Kherson regions on Monday.",
            [("Odesa", "UA", 3), ("Mykolaiv", "UA", 3), ("Kherson", "UA", 3)],
            "'X, Y and Z regions': the regions of those names, not their capitals",
        ),
        (
            "Junta troops torched houses in Kani township, Sagaing Region, on Saturday.",
            [("Kani", "MM", 2)],
            "a township word before the region's comma: not Japan's Kani",
        ),
        (
            "Fighters loyal to Haftar shelled the Tripoli suburb of Ain Zara overnight.",
            [("Ain Zara", "LY", 2)],
            "an unknown suburb of a known town: named, near the town",
        ),
        (
            "Two people were killed when a grenade exploded in a bar in Bujumbura's Kamenge "
            "neighbourhood.",
            [("Kamenge", "BI", 2)],
            "a town's possessive before an unknown neighbourhood: one incident, near the town",
        ),
        (
            "Mali's army said it killed 20 militants near Gao.",
            [("near Gao", "ML", 2)],
            "a possessive country before a common noun names no part of it",
        ),
        (
            "Militants ambushed a convoy on the Gao-Ansongo road on Monday, killing four soldiers.",
            [("Gao-Ansongo", "ML", 2)],
            "a road named by the towns it links: near its first town",
        ),
    ],
)
def test_one_incident_at_the_most_precise_place_the_text_gives(gz, text, expected, reason):
    assert _where(text, gz) == expected, reason


@pytest.mark.parametrize(
    ("text", "country", "reason"),
    [
        (
            "Jihadists attacked an army post in Baga, in Nigeria's Borno state, on Friday, "
            "killing nine soldiers.",
            "NG",
            "the gazetteer's only Baga-like names are in India and Spain",
        ),
        (
            "A roadside bomb hit a police patrol near Mansi, in the Kachin State, on Thursday.",
            "MM",
            "'Mansi' folds to US towns only",
        ),
        (
            "Gunmen ambushed a bus near Kalehe, in South Kivu province, killing six.",
            "CD",
            "a territory seat missing from the cities500-derived gazetteer",
        ),
        (
            "Warplanes bombed several villages in the Kalehe territory of South Kivu "
            "province on Monday.",
            "CD",
            "'the X territory of <province>': the unknown name is the place, not the province",
        ),
        (
            "Soldiers fought jihadists on the edge of Ogossagou in Mali's Mopti region on Friday.",
            "ML",
            "the gazetteer knows no Ogossagou; a possessive country then its region",
        ),
    ],
)
def test_a_town_missing_from_the_gazetteer_is_part_of_its_named_region(gz, text, country, reason):
    (inc,) = extract_incidents(text, published="2024-05-06", gazetteer=gz)
    assert inc.country_code == country, reason
    assert inc.geo_precision == 2, "the region's point stands for a place inside it"
    assert inc.location in text and inc.place_name != inc.location


@pytest.mark.parametrize(
    ("text", "place", "country", "reason"),
    [
        (
            "Jihadists ambushed an army convoy in Mondoro on Monday, two days after raids "
            "near Gao and Menaka.",
            "Mondoro",
            "ML",
            "'Mondoro' is read as Mont-Dore, France, by an alternate spelling",
        ),
        (
            "An air strike hit a market in Tawila on Friday, days after clashes in El Fasher "
            "and Kutum.",
            "Tawila",
            "SD",
            "'Tawila' is read as a Yemeni village by a transliteration",
        ),
    ],
)
def test_a_namesake_far_abroad_yields_to_the_country_the_text_is_about(
    gz, text, place, country, reason
):
    found = {i.location: i for i in extract_incidents(text, published="2024-05-06", gazetteer=gz)}
    assert found[place].country_code == country, reason
    assert found[place].geo_precision == 4, "the country's point: the place is not in the data"


def test_a_namesake_across_a_border_nearby_keeps_its_reading(gz):
    text = "Drones hit Jizan on Sunday. Warplanes later struck Houthi positions in Hodeidah."
    found = extract_incidents(text, published="2024-05-06", gazetteer=gz)
    assert {i.location: i.country_code for i in found}["Hodeidah"] == "YE"


def test_a_namesake_is_kept_when_the_text_gives_too_little_to_weigh_it(gz):
    # One other place is no clear sign of the report's country: "Douma and Arbin" may
    # as well be read with Arbin wrong as with Douma wrong.
    text = "Shelling caused casualties in Douma and Arbin on Monday."
    found = extract_incidents(text, published="2024-05-06", gazetteer=gz)
    assert "SY" in {i.country_code for i in found}


def test_a_nationality_after_a_locative_word_is_no_place_name(gz):
    text = (
        "Thousands rallied in Niamey on Sunday. Later, some of them marched to the French "
        "embassy and demonstrated outside the French mission."
    )
    found = extract_incidents(text, published="2024-05-06", gazetteer=gz)
    assert "French" not in {i.location for i in found}


def test_the_sides_of_a_clash_do_not_end_its_clause(gz):
    text = (
        "Herders and farmers fought near Jos on Sunday. Later, at least 12 people died in "
        "clashes between herders and farmers in Plateau State's Bokkos area."
    )
    found = {i.location: i for i in extract_incidents(text, published="2024-05-06", gazetteer=gz)}
    assert found["Bokkos"].geo_precision == 2, "the unknown place, at its state's point"


def test_a_headline_placed_in_a_region_is_restated_by_the_body_inside_it(gz):
    # The headline's "attack" reads as a clash, the body's as an attack on civilians:
    # one event, at the body's town.
    text = (
        "Gunmen kill seven in attack in Nigeria's Zamfara state\n"
        "Armed men opened fire on traders at a market in Gusau on Saturday, killing seven people."
    )
    assert _where(text, gz) == [("Gusau", "NG", 1)]


def test_a_small_namesake_far_away_is_no_evidence_against_a_transliteration(gz):
    # "Ain Issa" is read by a transliteration ('Ayn 'Isa); "Tina" by its own name, but
    # as a small place on another continent: too little to call Ain Issa a namesake.
    text = "SDF fighters repelled Turkish attacks on Tina and Ain Issa."
    found = extract_incidents(text, published="2019-10-20", gazetteer=gz)
    assert "SY" in {i.country_code for i in found}


def test_every_mention_of_a_namesake_gets_the_same_reading(gz):
    # The decision is taken once per name and reading, for every mention of the name.
    text = (
        "Jihadists ambushed an army convoy in Mondoro on Monday, two days after raids near "
        "Gao and Menaka. On Tuesday militants shelled Mondoro again, and gunmen later "
        "attacked a checkpoint outside Mondoro."
    )
    found = extract_incidents(text, published="2024-05-08", gazetteer=gz)
    mondoro = [i for i in found if "Mondoro" in i.location]
    assert len(mondoro) >= 2
    assert {i.country_code for i in mondoro} == {"ML"}


@pytest.mark.parametrize(
    ("text", "person", "reason"),
    [
        (
            "Sudan strike kills 12\nThe army said its drones had struck Musa Karim, the leader "
            "of the militia, on Saturday.",
            "Musa Karim",
            "', the leader of': the strike's object is a person",
        ),
        (
            "Somalia raid\nSpecial forces targeted Hassan Ali Dheere, the spokesman for the "
            "group, on Friday.",
            "Hassan Ali Dheere",
            "', the spokesman for': a person",
        ),
        (
            "Yemen strike\nJets hit Idris Bala, commander of its northern brigade, on Sunday.",
            "Idris Bala",
            "', commander of' without an article is still a person",
        ),
    ],
)
def test_a_person_described_by_an_appositive_is_not_an_incident_place(
    text: str, person: str, reason: str
) -> None:
    locations = _locations(text, "2024-07-14")
    assert locations, "the strike is still an incident"
    assert person not in locations, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Drone strike kills 6 on Zuqar island, officials say\nA drone struck the fishing "
            "village of Al Khawkhah on Zuqar island off Yemen on Tuesday, killing six people, "
            "officials said.",
            ["Al Khawkhah"],
            "the body puts its village on the headline's island: one strike",
        ),
        (
            "Airstrike hits Kaleguma forest camp in Mali\nA drone struck a camp near Gao in the "
            "Kaleguma forest on Friday, killing four herders, residents said.",
            ["near Gao"],
            "the body's place lies in the headline's forest",
        ),
    ],
)
def test_a_headline_place_the_body_names_as_the_holder_is_the_same_incident(
    text: str, expected: list[str], reason: str
) -> None:
    assert _locations(text, "2024-07-14") == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Clashes\nIn Tripoli, rival militias fought with heavy weapons in the Tajoura suburb "
            "on Friday.",
            ["Tajoura"],
            "a suburb of the city named first is the finer place",
        ),
        (
            "Rally\nIn Lagos, hundreds of traders marched through the Surulere district on "
            "Tuesday, a witness said.",
            ["Surulere"],
            "a district of the city named first is the finer place",
        ),
        (
            "Strikes\nShelling hit Kharkiv and the Izium district on Sunday, officials said.",
            ["Kharkiv", "Izium"],
            "a district over 25 km away is a second place, not a quarter of the city",
        ),
    ],
)
def test_a_district_of_the_town_named_with_it_is_the_incident_place(
    text: str, expected: list[str], reason: str
) -> None:
    assert _locations(text, "2024-08-02") == expected, reason


def _locations(text: str, published: str) -> list[str]:
    return [i.location for i in extract_incidents(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Four soldiers killed in Borno ambush\n"
            "Four soldiers were killed on Monday when insurgents ambushed their convoy "
            "near Konduga in Borno State, the army said.",
            [("near Konduga", "NG", 2)],
            "the headline names the event by the state holding it",
        ),
        (
            "Six miners killed in Tillaberi attack\n"
            "Gunmen killed six miners on Monday at a gold site near Torodi, in neighbouring "
            "Tillaberi region, officials said.",
            [("near Torodi", "NE", 2)],
            "a region after a comma and a qualifier",
        ),
        (
            "Roadside bomb kills two soldiers in Kandahar\n"
            "A roadside bomb killed two soldiers on Monday in the Panjwai district of "
            "Kandahar province, officials said.",
            [("Panjwai", "AF", 2)],
            "district of province: the district only",
        ),
    ],
)
def test_a_headline_naming_the_holding_area_is_not_a_second_incident(gz, text, expected, reason):
    assert _where(text, gz) == expected, reason


def test_a_headline_place_not_holding_the_body_place_stays(gz):
    text = (
        "Clashes in Kandahar, bomb in Herat\n"
        "Taliban fighters clashed with a militia in Kandahar on Monday, residents said. "
        "A bomb exploded in Herat on Monday, killing three people."
    )
    places = {loc for loc, _, _ in _where(text, gz)}
    assert {"Kandahar", "Herat"} <= places


def test_a_sentence_naming_a_district_in_a_town_codes_one_incident(gz):
    text = (
        "A bomb exploded on Monday as a police patrol passed through Saba Yoi district "
        "in Songkhla, killing one officer."
    )
    where = _where(text, gz)
    assert len(where) == 1 and where[0][0] != "Songkhla"


def test_a_body_stand_in_takes_the_region_of_the_headline(gz):
    text = (
        "Militants attack army post in Diffa region\n"
        "Militants attacked an army post near Kablewa-Gana on Monday, killing three "
        "soldiers, the defence ministry said."
    )
    (inc,) = extract_incidents(text, published="2024-05-06", gazetteer=gz)
    assert inc.location.endswith("Kablewa-Gana")
    assert int(inc.geo_precision) == 2
    assert inc.country_code == "NE" and inc.admin1 is not None


@pytest.mark.parametrize(
    ("text", "name", "region", "reason"),
    [
        (
            "Army retakes rebel-held town of Nyamilima\n"
            "Congolese troops retook the town of Nyamilima on Tuesday after two days of "
            "fighting with M23 rebels in North Kivu.",
            "Nyamilima",
            "CD",
            "the region of the same sentence's fighting",
        ),
        (
            "Gunmen kill villagers in Zamfara State\n"
            "Gunmen killed nine villagers in Kwanar Maje on Sunday night, residents said.",
            "Kwanar Maje",
            "NG",
            "the headline's state",
        ),
    ],
)
def test_an_unknown_place_takes_the_region_of_the_same_event(gz, text, name, region, reason):
    (inc,) = extract_incidents(text, published="2024-05-06", gazetteer=gz)
    assert (inc.location, inc.country_code, int(inc.geo_precision)) == (name, region, 2), reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Somali troops recaptured the coastal town of Ceel Dhuxul from al-Shabaab on Monday.",
            "Ceel Dhuxul",
            "'the town of' names a place after any verb",
        ),
        (
            "Rebels seized the mining village of Kibumba-Nord after heavy fighting.",
            "Kibumba-Nord",
            "an adjective before the kind of place",
        ),
    ],
)
def test_the_town_of_an_unknown_name_is_the_event_place(gz, text, name, reason):
    (inc,) = extract_incidents(text, published="2024-05-06", gazetteer=gz)
    assert inc.location == name, reason


def test_an_armed_group_read_as_a_place_does_not_set_the_country(gz):
    text = "Somali troops recaptured the town of Ceel Dhuxul from al-Shabaab on Monday."
    (inc,) = extract_incidents(text, published="2024-05-06", gazetteer=gz)
    assert inc.country_code != "IR"


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "A landmine exploded under a police truck on the Gompad road in Chhattisgarh on "
            "Tuesday, killing three constables.",
            "Gompad",
            "IN",
            "a road named after a village: the village, in the state holding it",
        ),
        (
            "Soldiers clashed with gunmen in a farming village of Kampung Bukit Tandak, "
            "Kelantan, on Sunday.",
            "Kampung Bukit Tandak",
            "MY",
            "'a village of' with an indefinite article",
        ),
    ],
)
def test_an_unknown_place_is_located_by_what_the_text_ties_it_to(gz, text, name, country, reason):
    (inc,) = extract_incidents(text, published="2024-05-06", gazetteer=gz)
    assert (inc.location, inc.country_code) == (name, country), reason


def test_a_headline_restated_a_day_later_at_the_same_town_is_one_incident(gz):
    text = (
        "Two soldiers killed in Sulu clash; grenade thrown at Zamboanga stall\n"
        "Two soldiers were killed when troops clashed with gunmen in Patikul on Sunday. "
        "Separately, an unidentified man threw a grenade at a market stall in Zamboanga "
        "City late on Monday, wounding two vendors."
    )
    where = [loc for loc, _, _ in _where(text, gz)]
    assert sum("Zamboanga" in loc for loc in where) == 1, where


@pytest.mark.parametrize(
    ("text", "aside", "reason"),
    [
        (
            "Gunmen shot dead a trader in Kafanchan on Monday; two wounded were rushed to a "
            "hospital in Kaduna.",
            "Kaduna",
            "where the wounded were taken",
        ),
        (
            "Drones struck a depot near Kupiansk on Monday, the defence ministry in Kyiv said.",
            "Kyiv",
            "where the ministry spoke from",
        ),
        (
            "A car bomb killed four people in Kismayo on Monday, a survivor told reporters "
            "from a hospital in Mogadishu.",
            "Mogadishu",
            "where a survivor was treated",
        ),
    ],
)
def test_where_the_wounded_went_or_officials_spoke_is_no_event_place(gz, text, aside, reason):
    assert aside not in {loc for loc, _, _ in _where(text, gz)}, reason


def test_an_attack_on_a_hospital_keeps_its_town(gz):
    text = "Shelling hit a hospital in Kherson on Monday, wounding two nurses."
    assert [loc for loc, _, _ in _where(text, gz)] == ["Kherson"]


def test_a_headline_town_restated_as_its_district_is_one_incident(gz):
    text = (
        "Farmer killed by mine in Zangilan\n"
        "A farmer was killed on Monday when his tractor struck an anti-tank mine in the "
        "Zangilan district, the agency said."
    )
    assert len(_where(text, gz)) == 1


@pytest.mark.parametrize(
    ("text", "expected_country", "reason"),
    [
        (
            "Turkish drones struck PKK positions in the Gara area of Duhok province on "
            "Monday, killing four fighters.",
            "IQ",
            "a place read abroad takes the point of the province holding it",
        ),
        (
            "Two soldiers killed by mine in Cameroon's North-West\n"
            "Two soldiers were killed when a mine went off near Batibo, in Momo division, "
            "on Monday.",
            "CM",
            "a holder read abroad is dropped; the place in the document's country stays",
        ),
    ],
)
def test_a_place_and_its_holder_read_in_two_countries_keep_the_documents_one(
    gz, text, expected_country, reason
):
    where = _where(text, gz)
    assert len(where) == 1, (reason, where)
    assert where[0][1] == expected_country, reason
