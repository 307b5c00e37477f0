"""Namesakes abroad: weak readings of a name (another place's alternate, a spelling
that matches only without accents, a hamlet's common name) in a country the text gives
no sign of, far from its other places, are not kept."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse
from mapper.namesakes import drop_far_namesakes


def placed(text: str, gz: Gazetteer) -> dict[str, str | None]:
    """Name written -> country of its place, after the namesake rule."""
    resolved = [t for t in geoparse(text, gazetteer=gz) if t.resolved]
    return {
        t.name: t.candidate.place.country_code if t.candidate else None
        for t in drop_far_namesakes(resolved)
    }


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Gunmen killed four farmers at Gara near Wukari, in Taraba State, police in "
            "Jalingo said.",
            "Gara",
            "a Hungarian hamlet of the name, 3,000 km from the Nigerian towns of the text",
        ),
        (
            "Herders attacked Ukum and Katsina-Ala, in Benue State, and fled towards Taraba.",
            "Ukum",
            "the Mexican Ukúm matches only without its accent",
        ),
        (
            "Gunmen ambushed a bus near Bambui and Ndop, outside Bamenda.",
            "Bambui",
            "the Brazilian Bambuí matches only without its accent",
        ),
        (
            "Troops shelled Liancourt, a suburb near Port-au-Prince and Kenscoff, gang "
            "sources said.",
            "Liancourt",
            "a French village of 7,000 in a text on two Haitian towns",
        ),
        (
            "Gangs torched homes in Homeland, a district of Cite Soleil in Port-au-Prince, "
            "and in Croix-des-Bouquets.",
            "Homeland",
            "a small US town whose name is a common word, in a text on Haiti",
        ),
        (
            "Gunmen killed four herders in South Omo on Friday, officials in Jinka said.",
            "South Omo",
            "a zone named by a side and a foreign town's alternate name; one Ethiopian town",
        ),
        (
            "Officials in Jinka said raiders had burnt huts across South Omo overnight.",
            "South Omo",
            "the same zone after the town that places the text",
        ),
    ],
)
def test_weak_namesake_far_abroad_is_not_kept(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    got = placed(text, default_gazetteer)
    assert name not in got, reason


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "ELN fighters attacked a police post in El Tarra and another in Tibu, in Norte "
            "de Santander.",
            "El Tarra",
            "CO",
            "a hamlet in the country the text is about stays",
        ),
        (
            "Separatist fighters burned houses in Bali, near Bamenda, and clashed with "
            "troops at Ndop in Cameroon's North-West region.",
            "Bali",
            "CM",
            "the Cameroonian town of the name, not the island, and it stays",
        ),
    ],
)
def test_firm_or_local_readings_stay(
    text: str, name: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert placed(text, default_gazetteer).get(name) == country, reason


def test_two_hamlets_abroad_do_not_vouch_for_each_other(default_gazetteer: Gazetteer) -> None:
    # Two Mexican hamlets' names in a text on Ecuador: neither is a sign of Mexico.
    text = (
        "Police said members of Los Lobos shot two guards at El Rodeo farm before fleeing "
        "towards Portoviejo and Manta, in Manabí province."
    )
    got = placed(text, default_gazetteer)
    assert "MX" not in got.values(), got


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Police clashed with protesters in Camden, near Kumasi and Obuasi in Ghana's "
            "Ashanti region.",
            "Camden",
            "a US town of 76,000, 8,000 km from the two Ghanaian towns the text places it near",
        ),
        (
            "Militiamen loyal to Fano entered Debre Tabor and Gondar, residents said.",
            "Fano",
            "an Italian town of 60,000 read from a militia's name in a text on Amhara towns",
        ),
        (
            "Villagers fled Sikasso and Koutiala after gunmen torched granaries outside Yoro.",
            "Yoro",
            "a Honduran town of 16,000 in a text on two Malian towns",
        ),
    ],
)
def test_middling_town_by_own_name_far_abroad_is_not_kept(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    got = placed(text, default_gazetteer)
    assert name not in got, (reason, got)


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "Israeli jets struck Khan Younis and Rafah, and the Houthis said they fired "
            "a missile from Saada.",
            "Khan Younis",
            "PS",
            "the text's own towns are never the namesakes",
        ),
        (
            "Ukrainian drones hit Bryansk after shelling in Kharkiv and Sumy.",
            "Bryansk",
            "RU",
            "a town across the border, within reach of the text's towns, stays",
        ),
        (
            "Protesters marched in Lyon after riots in Dakar and Thies in Senegal.",
            "Lyon",
            "FR",
            "a city of half a million is known abroad by its name",
        ),
        (
            "Rebels shelled Bunia and Goma; the talks were held in Kampala.",
            "Kampala",
            "UG",
            "a capital stays, wherever the text is",
        ),
    ],
)
def test_firm_towns_abroad_stay(
    text: str, name: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert placed(text, default_gazetteer).get(name) == country, reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Crowds attacked a police station in Narsingdi and Gazipur, Ain o Salish Kendra said.",
            "Ain",
            "a French department 7,800 km away, read from a rights group's name",
        ),
    ],
)
def test_province_on_another_continent_is_not_kept(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    got = placed(text, default_gazetteer)
    assert name not in got, (reason, got)


def test_province_across_a_border_stays(default_gazetteer: Gazetteer) -> None:
    # Kursk oblast lies within a few hundred kilometres of Sumy and Kharkiv.
    got = placed(
        "Shelling hit Sumy and Kharkiv as fighting went on in Kursk oblast.", default_gazetteer
    )
    assert got.get("Kursk oblast") == "RU", got


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "Gunmen in Hyderabad shot a shopkeeper, a day after a blast in Sukkur and a "
            "raid in Larkana.",
            "Hyderabad",
            "PK",
            "two Sindh towns: the Pakistani city, not the larger Indian one",
        ),
        (
            "Two bombs exploded in Tripoli, northern Lebanon, and in Sidon.",
            "Tripoli",
            "LB",
            "a Lebanese town and Lebanon itself: Lebanon's Tripoli, not Libya's capital",
        ),
        (
            "Talks in Hyderabad, India, were followed by meetings in Islamabad and Lahore.",
            "Hyderabad",
            "IN",
            "the text puts the city in India itself",
        ),
        (
            "Suicide bombers struck a market in Tripoli and an army post in Sidon.",
            "Tripoli",
            "LY",
            "one Lebanese town alone is not clear enough to move a capital",
        ),
    ],
)
def test_city_abroad_moves_to_its_namesake_in_the_country_the_text_is_about(
    default_gazetteer: Gazetteer, text: str, name: str, country: str, reason: str
) -> None:
    assert placed(text, default_gazetteer)[name] == country, reason


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Gunmen shot dead two traders in Tripoli, in northern Lebanon, on Friday.",
            "Tripoli",
            "LB",
            "', in' a region of Lebanon: Lebanon's Tripoli, not Libya's",
        ),
        (
            "Police clashed with miners in Cordoba, in Colombia's Quindio department.",
            "Cordoba",
            "CO",
            "'in Colombia's': the Colombian namesake, not Argentina's city",
        ),
        (
            "A bomb exploded in Victoria, in Tamaulipas state, late on Friday.",
            "Victoria",
            None,
            "in a Mexican state, and no Mexican Victoria known: left unplaced",
        ),
        (
            "Protesters blocked roads in Valencia, in Carabobo state, on Monday.",
            "Valencia",
            "VE",
            "already in the stated state's country: kept",
        ),
        (
            "Bandits attacked Mokwa, Niger state, and Bida on Sunday.",
            "Mokwa",
            "NG",
            "'Niger' read as the country, but it also names a Nigerian state: kept",
        ),
        (
            "Rebels shot two villagers in Rampur in Companiganj upazila of Noakhali.",
            "Rampur",
            None,
            "an unknown upazila of a Bangladeshi district: no Indian Rampur",
        ),
        (
            "Two farmers were hacked to death in Rampur in Sadar upazila, Noakhali.",
            "Rampur",
            None,
            "an upazila, a comma, then the Bangladeshi district it lies in",
        ),
        (
            "Gunmen robbed a shop in Rampur in Kotwali tehsil of Rampur district.",
            "Rampur",
            "IN",
            "the chain ends in India: the Indian reading stays",
        ),
    ],
)
def test_a_town_stated_to_lie_in_another_country_moves_or_goes(
    text: str, name: str, expected: str | None, reason: str, default_gazetteer: Gazetteer
):
    resolved = [t for t in geoparse(text, gazetteer=default_gazetteer) if t.resolved]
    found = {
        t.name: t.candidate.place.country_code
        for t in drop_far_namesakes(resolved, text)
        if t.candidate
    }
    assert found.get(name) == expected, reason
