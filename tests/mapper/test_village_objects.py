"""A village the gazetteer lacks, named as the object of a siege verb, as the part of a
town an event reached ("the centre of X"), or right after a park or reserve it borders,
keeps its own name as the incident's location."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Eleven herders were shot dead on Saturday when gunmen encircled Tinkoura, a "
            "village in the Djenne circle of Mopti region.",
            "Tinkoura",
            "'encircled' takes the village as its object",
        ),
        (
            "Six civilians were killed on Tuesday when fighters surrounded Bangalla, a farming "
            "village in the Faradje territory of Haut-Uele.",
            "Bangalla",
            "'surrounded', another country and unit",
        ),
        (
            "Two soldiers died in clashes on Friday when rebels besieged Kiwanja Hill, a "
            "hamlet in the Masisi territory of North Kivu.",
            "Kiwanja Hill",
            "'besieged' with a two-word name",
        ),
        (
            "Insurgents entered the centre of Mbalamuti in Cabo Delgado province on "
            "Thursday and fought government troops.",
            "Mbalamuti",
            "'the centre of' a town is the town",
        ),
        (
            "Gang members stormed the heart of Kasongaville, in Haiti's Artibonite "
            "department, on Monday and shot dead five residents.",
            "Kasongaville",
            "'the heart of' a town is the town",
        ),
        (
            "Gunmen attacked a forest guard post on the edge of Pendjari National Park, in "
            "the commune of Tanguieta Sud, in Atacora department, killing three rangers on "
            "Sunday.",
            "Tanguieta Sud",
            "a park is wild ground: the commune named after it is the place",
        ),
        (
            "Armed men ambushed a patrol near Kahuzi Forest Reserve, near the village of "
            "Mulungu Ngoma, in South Kivu, killing two soldiers on Monday.",
            "Mulungu Ngoma",
            "a reserve, then 'near the village of'",
        ),
    ],
)
def test_village_keeps_its_name(text, location, reason):
    incidents = extract_incidents(text, published="2025-03-10")
    assert [i.location for i in incidents] == [location], reason


def test_park_followed_by_a_region_stays_the_location():
    text = (
        "Gunmen attacked a patrol on the edge of Pendjari National Park, in Atacora "
        "department of Benin, killing three soldiers on Sunday."
    )
    (incident,) = extract_incidents(text, published="2025-03-10")
    assert (incident.location, incident.admin1) == ("Pendjari National Park", "Atacora")


def test_looting_after_a_village_is_entered_stays_at_the_village():
    text = (
        "Rebel fighters entered the centre of Kamango in Ituri on Wednesday. Overnight, "
        "shops were looted by armed men, witnesses said."
    )
    found = extract_incidents(text, published="2025-03-10")
    assert [i.location for i in found] == ["Kamango", "Kamango"]


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Gunmen burst into a bar in the rural parish of San Carlos, in Quevedo canton of "
            "Los Rios province, and killed six people on Saturday.",
            "San Carlos",
            "a parish read as Venezuela's town, held by an Ecuadorian canton",
        ),
        (
            "Soldiers clashed with gunmen near Santa Rosa, in Navolato municipality of "
            "Sinaloa, on Saturday, killing four.",
            "Santa Rosa",
            "a Mexican municipality holding a name shared across Latin America",
        ),
    ],
)
def test_name_held_by_a_unit_at_home_is_not_its_namesake_abroad(text, location, reason):
    found = extract_incidents(text, published="2025-03-10")
    assert [i.location.removeprefix("near ") for i in found] == [location], reason
    assert found[0].country_code in {"EC", "MX"}, reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Aircraft bombed a rebel camp near Djibo on Thursday, the army said on Sunday. "
            "A second raid the following day destroyed a depot in Arbinda.",
            "'the following day' counts from the strike, not from the day it was reported",
        ),
        (
            "Drones struck a convoy near Sennar on Thursday, state media reported on Sunday. "
            "Another strike the following day hit a depot in Singa.",
            "'another strike', with the report's day given as 'reported on'",
        ),
    ],
)
def test_repeated_strike_the_following_day_is_its_own_remote_violence(text, reason):
    found = extract_incidents(text, published="2024-03-17")
    assert [(str(i.event_type), i.event_date.day) for i in found] == [
        ("Explosions/Remote violence", 14),
        ("Explosions/Remote violence", 15),
    ], reason


@pytest.mark.parametrize(
    ("text", "location", "holder", "reason"),
    [
        (
            "A mob torched three shops near Lamlai Bazar in Imphal East on Friday.",
            "Lamlai Bazar",
            "Imphal",
            "an Indian district named by its town and a compass word",
        ),
        (
            "Rioters hurled stones at police and burned a bus at Dighinala Bazar in Merung "
            "sub-district of Rangamati on Monday.",
            "Dighinala Bazar",
            "Rangamati",
            "a named unit the gazetteer lacks, then the town it lies in",
        ),
        (
            "Gunmen shot dead three traders at Kotli Chowk in Tump tehsil of Turbat on Sunday.",
            "Kotli Chowk",
            "Turbat",
            "a Pakistani tehsil of a town",
        ),
    ],
)
def test_village_takes_the_town_a_district_is_named_for(text, location, holder, reason):
    found = extract_incidents(text, published="2025-03-10")
    assert [(i.location, i.place_name) for i in found] == [(location, holder)], reason


@pytest.mark.parametrize(
    ("text", "location", "holder", "reason"),
    [
        (
            "In neighbouring Tigray, gunmen stopped a truck on Monday near Debre Wegeda "
            "and abducted six traders, relatives said.",
            "Debre Wegeda",
            "Tigrai",
            "the name after an opening region (the gazetteer spells it Tigrai)",
        ),
        (
            "In Zamfara, bandits blocked the road near Gidan Dawa on Sunday and kidnapped "
            "twenty travellers, police said.",
            "Gidan Dawa",
            "Zamfara",
            "an opening Nigerian state",
        ),
        (
            "Gunmen set up a checkpoint near Sorgaz in Balochistan's Kech district on Monday, "
            "checked identity cards and shot dead five labourers, officials said.",
            "Sorgaz",
            "Balochistan",
            "the name before the region and the district the region's possessive names",
        ),
    ],
)
def test_village_named_before_the_event_in_its_region(text, location, holder, reason):
    found = extract_incidents(text, published="2025-03-10")
    assert [i.location for i in found] == [location], reason
    assert holder in (found[0].place_name, found[0].admin1), reason


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Maoists blew up a police vehicle with an IED on the Tarrem-Pamed road in "
            "Chhattisgarh's Sukma district on Friday, killing three.",
            "Tarrem",
            "a road the gazetteer lacks, named by its two towns: the first town",
        ),
        (
            "Jihadists ambushed a supply convoy on the Tessit-Tin Hama road in the Gao "
            "region on Monday, killing five soldiers.",
            "Tessit",
            "a Malian road in a region, its second town of two words",
        ),
    ],
)
def test_road_named_by_its_towns_is_coded_at_the_first(text, location, reason):
    found = extract_incidents(text, published="2025-03-10")
    assert [i.location for i in found] == [location], reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Rebels clashed with soldiers in Wadi Qarnoun on Monday. On Tuesday, a roadside "
            "bomb killed three soldiers.",
            ["Wadi Qarnoun"],
            "a report that places its events emits no unlocated one",
        ),
        (
            "Eighty people were killed yesterday, including twelve soldiers, a monitor said.",
            [""],
            "a report naming no place keeps its one unlocated incident",
        ),
    ],
)
def test_no_unlocated_incident_beside_a_located_one(text, expected, reason):
    found = extract_incidents(text, published="2025-03-10")
    assert [i.location for i in found] == expected, reason
