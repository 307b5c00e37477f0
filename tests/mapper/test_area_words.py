"""Words that say what a place is: the kind of division a name is given ("Plateau State",
"Córdoba department"), a district's name that only folds like a town abroad ("Kurram
district" is not Korem in Ethiopia), a nickname read from a bare word, and towns of
another name far from every place the text names."""

from __future__ import annotations

import pytest

from gazetteer import Candidate, Gazetteer
from mapper import extract_incidents, geoparse


def readings(text: str, name: str, gz: Gazetteer) -> list[Candidate | None]:
    """The readings the geoparser gives the toponyms named exactly *name*."""
    return [t.candidate for t in geoparse(text, gazetteer=gz) if t.name == name]


def country_of(text: str, name: str, gz: Gazetteer) -> str | None:
    """The country the geoparser gives the first toponym whose name starts with *name*."""
    for t in geoparse(text, gazetteer=gz):
        if t.name.startswith(name):
            return t.candidate.place.country_code if t.candidate else None
    raise AssertionError(f"{name!r} not recognised in {text!r}")


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "Gunmen attacked farmers in Plateau State.",
            "Plateau",
            "NG",
            "Nigeria's Plateau is a state, Benin's a department",
        ),
        (
            "Protesters marched through towns of the Plateau department.",
            "Plateau",
            "BJ",
            "the department of that name, the word after the name",
        ),
        (
            "Farmers blocked highways across Punjab state this week.",
            "Punjab",
            "IN",
            "India's Punjab is a state",
        ),
        (
            "Floods displaced thousands of families across Punjab province this week.",
            "Punjab",
            "PK",
            "Pakistan's Punjab is a province",
        ),
        (
            "Border guards seized a smuggling convoy in Al Jawf region.",
            "Al Jawf",
            "SA",
            "Saudi Arabia's Al Jawf is a region",
        ),
        (
            "An airstrike hit a fuel truck in Al Jawf governorate.",
            "Al Jawf",
            "YE",
            "Yemen's Al Jawf is a governorate",
        ),
        (
            "Dissidents ambushed a patrol in Córdoba department overnight.",
            "Córdoba",
            "CO",
            "a department, not the big Argentine city of that name",
        ),
    ],
)
def test_kind_word_prefers_the_division_of_that_kind(
    text: str, name: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert country_of(text, name, default_gazetteer) == country, reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Tribal elders in Parachinar said mortar fire in Kurram district killed nine.",
            "the district's name folds like Korem's alternate; the text is on Pakistan",
        ),
        (
            "Land feud in Kurram: gunmen near Parachinar fired on a wedding party in the "
            "Kurram district, killing six.",
            "the bare name, given a district's word elsewhere in the text, too",
        ),
    ],
)
def test_district_name_does_not_fold_to_a_town_abroad(
    text: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    found = {t.name: t.candidate for t in geoparse(text, gazetteer=default_gazetteer)}
    kurram = [c for name, c in found.items() if name.startswith("Kurram") and c is not None]
    assert all(c.place.country_code == "PK" for c in kurram), reason


def test_district_keeps_its_seat_in_the_country_of_the_text(
    default_gazetteer: Gazetteer,
) -> None:
    """A town filed under the district's name, in the country the text is about, stays."""
    text = "Houthi fighters shelled government positions in Sirwah district, west of Marib."
    assert country_of(text, "Sirwah", default_gazetteer) == "YE"


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Tribesmen traded mortar fire near Parachinar for a third day.",
            "Tribesmen",
            "a nickname of Galway (The Tribesmen) read from the bare noun",
        ),
        (
            "Tribesmen blocked the highway outside Marib on Sunday.",
            "Tribesmen",
            "the same in a text on Yemen",
        ),
    ],
)
def test_bare_word_is_no_nickname(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert all(c is None for c in readings(text, name, default_gazetteer)), reason


def test_nickname_with_its_article_still_reads(default_gazetteer: Gazetteer) -> None:
    text = "Fans of the Tribesmen gathered in Salthill."
    found = [t for t in geoparse(text, gazetteer=default_gazetteer) if t.name == "Tribesmen"]
    assert found and found[0].candidate is not None
    assert found[0].candidate.place.country_code == "IE"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Resistance fighters said junta aircraft bombed a monastery in Kawlin on "
            "Tuesday, killing four novices. Troops also shelled villages outside Loikaw "
            "and Demoso.",
            "Kawlin folds like Gulin's alternate Ku-lin, 1,200 km away in China",
        ),
        (
            "Two civilians were killed when soldiers opened fire on a bus near Kawlin, a "
            "town in Sagaing region, residents said. The army also raided villages around "
            "Shwebo.",
            "the same name beside a region and a town of Myanmar",
        ),
    ],
)
def test_town_of_another_name_far_from_the_text_is_dropped(
    text: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    found = extract_incidents(text, published="2024-05-01", gazetteer=default_gazetteer)
    assert found, "the attack is still an incident"
    assert {i.country_code for i in found} == {"MM"}, reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Turkish jets struck PKK positions in the Qandil mountains on Friday.",
            "Qandil",
            "a range the gazetteer lacks: not Tandil or Kandy by a typo",
        ),
        (
            "Boko Haram fighters raided fishing islands on Lake Chad.",
            "Lake Chad",
            "a lake, not the country or a Russian village named Chad",
        ),
        (
            "Cattle raiders killed three herders on the slopes of Mount Elgon.",
            "Elgon",
            "a mountain, not Elgin in Scotland or Illinois",
        ),
        (
            "Gunmen ambushed an army convoy in Wadi Hadramawt at dawn.",
            "Wadi Hadramawt",
            "a valley, not a town",
        ),
    ],
)
def test_natural_feature_is_no_town(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    for t in geoparse(text, gazetteer=default_gazetteer):
        if name in t.name and t.candidate is not None:
            assert t.candidate.place.feature_class != "P", reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Mortar rounds landed in Al-Asad Suburb overnight.",
            "Al-Asad Suburb",
            "a suburb is where people live: not Iraq's Al Asad Air Base",
        ),
        (
            "Shells hit a bakery in the Al-Assad Suburb at dawn, killing two.",
            "Al-Assad Suburb",
            "another spelling, the same rule",
        ),
    ],
)
def test_dwelling_word_keeps_places_people_live_in(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    found = readings(text, name, default_gazetteer)
    assert found, f"{name!r} not recognised"
    assert all(c is None or c.place.feature_class in ("P", "A") for c in found), reason


@pytest.mark.parametrize(
    ("text", "written", "code", "reason"),
    [
        (
            "Jihadists attacked the al-Omar field east of the Euphrates at dawn.",
            "al-Omar field",
            "OILF",
            "an oil field the gazetteer knows: not a US town named Omar",
        ),
        (
            "Militants shelled the Conoco field overnight.",
            "Conoco field",
            "GASF",
            "a gas field known by its short name",
        ),
        (
            "Kurdish-led forces took control of the Tishrin dam after heavy fighting.",
            "Tishrin dam",
            "DAM",
            "a dam written with a small letter",
        ),
    ],
)
def test_lower_case_facility_word_joins_a_known_name(
    text: str, written: str, code: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    found = readings(text, written, default_gazetteer)
    assert found and found[0] is not None, reason
    assert found[0].place.feature_code == code, reason


def test_lower_case_facility_word_stays_out_of_an_unknown_name(
    default_gazetteer: Gazetteer,
) -> None:
    """The gazetteer knows no "Mosul airport" entry by that name: the town is read."""
    names = [t.name for t in geoparse("Rockets hit Mosul airport.", gazetteer=default_gazetteer)]
    assert names == ["Mosul"]


# A name called an area is no division abroad of another level.
@pytest.mark.parametrize(
    ("text", "name", "foreign", "reason"),
    [
        (
            "Taliban fighters attacked a checkpoint in Argo district of Badakhshan, near Faizabad.",
            "Argo district",
            "CH",
            "a Swiss canton that only an alternate spelling matches is no Afghan district",
        ),
        (
            "Clashes erupted in Aragua district near Kandahar and Spin Boldak.",
            "Aragua district",
            "VE",
            "a Venezuelan state is no Afghan district",
        ),
        (
            "Fighters shelled Jura district of Kunar, near Asadabad.",
            "Jura district",
            "CH",
            "a Swiss canton is no district, whatever its name",
        ),
    ],
)
def test_area_word_rules_out_divisions_abroad_of_another_level(
    text: str, name: str, foreign: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert country_of(text, name, default_gazetteer) != foreign, reason


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "Drones crossed from Syria into Anbar province overnight.",
            "Anbar province",
            "IQ",
            "a neighbour's province named as written stays, though ISO calls it a governorate",
        ),
        (
            "Turkish drones struck positions near Gara, in Duhok province, on Sunday.",
            "Duhok province",
            "IQ",
            "a governorate is what news calls a province, whatever the other names suggest",
        ),
        (
            "Gunmen raided Kurram district, police in Parachinar said.",
            "Kurram district",
            "PK",
            "a district of the country the text is about stays",
        ),
        (
            "Heavy rain flooded Jura district this week.",
            "Jura district",
            "CH",
            "with no other sign of a country nothing is ruled out",
        ),
    ],
)
def test_area_word_keeps_places_the_text_vouches_for(
    text: str, name: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert country_of(text, name, default_gazetteer) == country, reason
