"""One event told at a town and again at its region, its city or the headline's area."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gazetteer import Gazetteer
from mapper import extract_incidents
from mapper.coarse import own_name


def _places(text: str, published: str) -> list[str]:
    return [i.location for i in extract_incidents(text, published=published)]


@pytest.mark.parametrize(
    ("text", "published", "expected", "reason"),
    [
        (
            "Russian drones strike near Kharkiv\nA Russian drone hit a petrol station in "
            "Pisochyn, on the western edge of Kharkiv, on Thursday evening, killing two "
            "people, the regional governor said.",
            "2025-03-07",
            ["Pisochyn"],
            "the headline's city is the body's reference point for the town",
        ),
        (
            "Air strikes hit near Aleppo\nWarplanes bombed a market in Atarib, west of "
            "Aleppo, on Monday, killing six people, rescuers said.",
            "2024-12-03",
            ["Atarib"],
            "the same class in another country and wording",
        ),
        (
            "Ukrainian drone kills man in Belgorod region\nA Ukrainian drone struck a car "
            "in Valuyki, killing the driver, Governor Vyacheslav Gladkov said on Tuesday.",
            "2025-06-10",
            ["Valuyki"],
            "a headline region spelt otherwise than the gazetteer's preferred name",
        ),
        (
            "Clashes in Tigray\nTigrayan forces clashed with federal troops near Alamata on "
            "Tuesday, residents said. Fighting between the two sides has flared repeatedly "
            "in Tigray since the peace deal.",
            "2024-04-17",
            ["near Alamata"],
            "a background sentence at the town's region, no toll of its own",
        ),
        (
            "Rebels seize town\nOLA fighters seized the town of Nekemte on Friday after a "
            "gun battle with government troops, residents said. Fighting between the army "
            "and the OLA has continued in Oromiya for years.",
            "2024-04-20",
            ["Nekemte"],
            "a region named by a variant spelling in the background sentence",
        ),
        (
            "Assam: 8 suspected militants killed in Kokrajhar gunfight\nEight suspected "
            "militants were shot dead on Tuesday when police returned fire after armed men "
            "attacked the Serfanguri police outpost in Assam's Kokrajhar district, police "
            "said. Three policemen were injured in the exchange.",
            "2025-05-14",
            ["Kokrajhar"],
            "the country told with the town's death toll is the same clash",
        ),
        (
            "Two soldiers kidnapped in Gao\nIn eastern Gao, gunmen ambushed an army patrol "
            "outside the town of Ansongo on Saturday, killing one soldier, the army said.",
            "2025-05-12",
            ["outside the town of Ansongo"],
            "a place outside a town is as fine as the town; the headline's region-named town goes",
        ),
        (
            "Police officers killed as bomb hits truck in Mopti\nTwo police officers were "
            "killed on Thursday when their truck struck a landmine near Boni in Mopti region, "
            "the army said. Late the same night, gunmen fired on a checkpoint in Mopti town, "
            "wounding a guard, officials said.",
            "2025-05-16",
            ["Mopti", "Boni"],
            "the headline's place holds a body event of its own (the checkpoint), so it stays",
        ),
        (
            "Strikes hit near Aleppo\nWarplanes bombed a market in Atarib, west of Aleppo, "
            "on Monday, killing six people, rescuers said. On Saturday, shelling hit "
            "Aleppo, killing two.",
            "2024-12-03",
            ["Atarib", "Aleppo"],
            "the city's own event two days earlier stays; only the headline goes",
        ),
        (
            "Rebels seize town\nOLA fighters seized the town of Nekemte on Friday after a "
            "gun battle with government troops, residents said. Fighting in Oromiya killed "
            "40 people on Friday, the regional government said.",
            "2024-04-20",
            ["Nekemte", "Oromiya"],
            "a region with a toll of its own tells an event of its own",
        ),
        (
            "Thousands protest in Kharkiv\nA Russian drone hit a petrol station in Pisochyn, "
            "on the western edge of Kharkiv, on Thursday evening, killing two people, the "
            "regional governor said. Thousands marched in Kharkiv on Friday to demand more "
            "air defence.",
            "2025-03-08",
            ["Pisochyn", "Kharkiv"],
            "a protest in the city is another kind of event than the strike beside it",
        ),
    ],
)
def test_coarse_restatement_merges_into_the_finer_place(
    text: str, published: str, expected: list[str], reason: str
) -> None:
    assert _places(text, published) == expected, reason


def test_merged_headline_gives_its_toll_to_the_finer_place() -> None:
    text = (
        "Drone strike kills three near Kharkiv\nA Russian drone hit a petrol station in "
        "Pisochyn, on the western edge of Kharkiv, on Thursday evening, the regional "
        "governor said."
    )
    (only,) = extract_incidents(text, published="2025-03-07")
    assert only.location == "Pisochyn"
    assert only.fatalities is not None and only.fatalities.low == 3


@pytest.mark.parametrize(
    ("location", "place_id", "expected", "reason"),
    [
        ("Belgorod region", "iso3166-2:RU-BEL", "belgorod", "the region's short name"),
        ("near Damascus", "geonames:170654", "damascus", "a preposition before the name"),
        ("Amhara", "iso3166-2:ET-AM", "amhara", "a variant the gazetteer lists"),
        ("Val-Fourre", "geonames:3017382", None, "a stand-in at its country's point"),
    ],
)
def test_own_name_tells_a_named_place_from_a_stand_in(
    location: str, place_id: str, expected: str | None, reason: str
) -> None:
    (base,) = extract_incidents(
        "Gunmen killed two villagers in Kidal on Monday.", published="2024-03-20"
    )
    incident = replace(base, location=location, place_id=place_id)
    assert own_name(Gazetteer.default(), incident) == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Landmine kills three Chadian soldiers near Ngouboua\nA landmine exploded under a "
            "Chadian army vehicle near Ngubua in the Lac province on Sunday, killing three "
            "soldiers, an army officer said.",
            ["Ngubua"],
            "the headline's spelling is unknown; the body places the same blast in a province",
        ),
        (
            "Roadside bomb kills two policemen near Shewa Khel\nA roadside bomb struck a police "
            "van near Shewakhel in Khyber Pakhtunkhwa province on Sunday, killing two "
            "policemen, officials said.",
            ["Shewakhel"],
            "the same class in South Asia, the name written as one word in the body",
        ),
        (
            "Landmine kills three Chadian soldiers near Ngouboua\nA landmine exploded under a "
            "Chadian army vehicle near Ngubua in the Lac province on Sunday, killing three "
            "soldiers. On Monday, a second mine wounded two herders near Bol.",
            ["Ngubua", "near Bol"],
            "the next day's event elsewhere is an event of its own",
        ),
    ],
)
def test_headline_stand_in_at_the_country_point_is_the_body_event(
    text: str, expected: list[str], reason: str
) -> None:
    assert _places(text, "2025-03-04") == expected, reason
