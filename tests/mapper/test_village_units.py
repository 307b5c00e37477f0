"""A village the gazetteer lacks, named with the administrative unit holding it, keeps
its name and takes the unit's (or its region's) point, "near or part of" it."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.toponym import Precision
from mapper.units import named_unit


@pytest.mark.parametrize(
    ("text", "village", "holder", "country", "reason"),
    [
        (
            "Gunmen ambushed a patrol near Dioura, in the Tenenkou circle of central Mali, "
            "on Friday.",
            "Dioura",
            "Ténenkou",
            "ML",
            "Mali's cercle, written 'circle', after the town it is named for",
        ),
        (
            "Bandits killed seven farmers in Gidan Bawa, in the Maru local government area "
            "of Zamfara, on Sunday.",
            "Gidan Bawa",
            "Maru",
            "NG",
            "a Nigerian local government area written out",
        ),
        (
            "Gunmen killed nine villagers in Dangwa, in the Kajuru LGA of Kaduna State, on Sunday.",
            "Dangwa",
            "Kajuru",
            "NG",
            "the abbreviation LGA",
        ),
        (
            "Militants attacked a police post in Shewa Kalay, in the Bannu tehsil of Khyber "
            "Pakhtunkhwa, on Monday.",
            "Shewa Kalay",
            "Bannu",
            "PK",
            "a Pakistani tehsil",
        ),
        (
            "Gunmen shot dead four farmers in Bulenga, in the Mubende district of Uganda, "
            "on Sunday.",
            "Bulenga",
            "Mubende",
            "UG",
            "the unit word read as part of the town's toponym",
        ),
        (
            "Rebels raided Kashebere, in the Walikale territory of North Kivu, on Tuesday.",
            "Kashebere",
            "Nord-Kivu",
            "CD",
            "a unit the gazetteer lacks: its province holds the village; 'raided' is locative",
        ),
        (
            "Militiamen torched Ngongo, a farming village in Ituri province, on Sunday.",
            "Ngongo",
            "Ituri",
            "CD",
            "an apposition describing the village before its province",
        ),
    ],
)
def test_a_village_named_with_its_unit_keeps_its_name_at_the_unit(
    text: str, village: str, holder: str, country: str, reason: str
) -> None:
    (inc,) = extract_incidents(text, published="2024-05-07")
    assert (inc.location, inc.place_name, inc.country_code) == (village, holder, country), reason
    assert inc.geo_precision == Precision.NEAR


@pytest.mark.parametrize(
    ("text", "end", "expected", "reason"),
    [
        ("in the Douentza circle of Mali", 15, True, "cercle in English"),
        ("in Manipur's Imphal West district", 19, True, "a compass word inside the name"),
        ("in the Kajuru LGA", 13, True, "an abbreviation"),
        ("in the Douentza market", 15, False, "a market is no unit"),
        ("near Gao district capital", 8, False, "a district capital is the town"),
    ],
)
def test_named_unit_after_a_name(text: str, end: int, expected: bool, reason: str) -> None:
    assert named_unit(text, end) is expected, reason


@pytest.mark.parametrize(
    ("text", "village", "holder", "reason"),
    [
        (
            "In Jonglei state, gunmen attacked a cattle camp on the outskirts of Dorom late "
            "on Tuesday, killing nine herders.",
            "Dorom",
            "Jonglei",
            "a state opening the clause holds the unknown place after the event",
        ),
        (
            "In Ituri province, militiamen killed 12 civilians in Lopa on Sunday.",
            "Lopa",
            "Ituri",
            "the same with a weak cue and 'in'",
        ),
        (
            "Drones bombed Koutruk village in Manipur's Imphal West district on Sunday, "
            "killing a woman.",
            "Koutruk",
            "Imphal",
            "the finest of the holders after the name, once, not also at the state",
        ),
    ],
)
def test_an_unknown_village_takes_the_finest_holder_the_text_gives(
    text: str, village: str, holder: str, reason: str
) -> None:
    found = [(i.location, i.place_name) for i in extract_incidents(text, published="2024-05-07")]
    assert found == [(village, holder)], reason


@pytest.mark.parametrize(
    ("body", "place", "reason"),
    [
        (
            "Militants attacked an army post on the edge of the state capital, Maiduguri, "
            "on Friday.",
            "Maiduguri",
            "the town in apposition after 'the state capital,'",
        ),
        (
            "Rebels shelled the outskirts of the provincial capital, Goma, on Monday.",
            "Goma",
            "'the provincial capital,' before the name",
        ),
        (
            "Gunmen abducted 12 women while fetching water outside Kaya on Monday, residents said.",
            "outside Kaya",
            "a 'while' + participle phrase shares the event's scene, it opens no new clause",
        ),
        (
            "Rebels attacked an army base near Butembo before dawn, triggering heavy "
            "clashes, the army said.",
            "near Butembo",
            "the clashes the attack set off name no place: the attack's place is theirs",
        ),
        (
            "Gunmen attacked a Beninese army position near Banikoara, in the northern "
            "Alibori department, before dawn on Thursday, setting off a firefight.",
            "near Banikoara",
            "a department between the place and the specific cue changes nothing",
        ),
    ],
)
def test_the_event_keeps_the_town_the_body_names_not_the_country(
    body: str, place: str, reason: str
) -> None:
    text = "Weekly security roundup\n" + body
    found = [i.location for i in extract_incidents(text, published="2024-05-07")]
    assert found == [place], reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Lebanon: A drone fired a missile at a car on the outskirts of the southern "
            "Lebanese village of Yaroun on Monday, killing two men in Lebanon.",
            "Yaroun",
            "a capitalised nationality among the words before 'village of'",
        ),
        (
            "Rebels overran the remote Congolese village of Kibirizi-Nord on Friday in Congo.",
            "Kibirizi-Nord",
            "'overran' introduces the place, two adjectives before the kind",
        ),
    ],
)
def test_the_nationality_village_of_x_keeps_the_village_name(
    text: str, name: str, reason: str
) -> None:
    found = [i.location for i in extract_incidents(text, published="2024-05-07")]
    assert name in found, reason


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        ("Fighting flares on Loikaw's edge as rebels push in", "Loikaw", "the town's edge"),
        ("Drones strike Kharkiv's northern edge overnight", "Kharkiv", "a compass word first"),
        ("Shells hit Gao's edges at dawn", "Gao", "the plural"),
    ],
)
def test_a_possessive_town_before_its_edge_is_the_event_place(
    text: str, place: str, reason: str
) -> None:
    found = [i.location for i in extract_incidents(text, published="2024-05-07")]
    assert found == [place], reason


@pytest.mark.parametrize(
    ("text", "listed", "reason"),
    [
        (
            "Bandits raided Maru LGA and Dan Gulbi on Sunday.",
            ("Dan Gulbi", "Maru"),
            "an abbreviated unit word between the known place and the listed village",
        ),
        (
            "Jihadists attacked Djibo commune and Kobdoogo on Sunday, killing 12 civilians.",
            ("Kobdoogo", "Djibo"),
            "a commune",
        ),
    ],
)
def test_a_village_listed_after_a_unit_is_near_the_unit(
    text: str, listed: tuple[str, str], reason: str
) -> None:
    found = [(i.location, i.place_name) for i in extract_incidents(text, published="2024-05-07")]
    assert listed in found, reason
