"""Place names the geoparser used to misread: natural features taken for same-named towns
abroad, towns taken for the country their name respells, region names ending in "Sur",
small towns after verbs of raiding and wrecking, and namesakes far from the distance and
bearing the text gives."""

from __future__ import annotations

import gc
import weakref
from dataclasses import replace

import pytest

from gazetteer import Gazetteer
from mapper import Precision, geoparse


def readings(text: str, gz: Gazetteer) -> dict[str, tuple[str | None, str | None]]:
    """Each found name -> (place id, country code) of its reading, or (None, None)."""
    out = {}
    for t in geoparse(text, gazetteer=gz):
        c = t.candidate
        out[t.text] = (c.place.id, c.place.country_code) if c else (None, None)
    return out


@pytest.mark.parametrize(
    ("text", "name", "not_country", "reason"),
    [
        (
            "Thousands fled as fighting spread along the Barak river in Assam.",
            "Barak",
            "IR",
            "a river in India, not the Iranian village Barak",
        ),
        (
            "Government aircraft bombed villages in the Nuba mountains of South Kordofan.",
            "Nuba",
            "PS",
            "a range in Sudan, not the West Bank village Nuba",
        ),
        (
            "Floodwater from the Barak River cut roads across Assam.",
            "Barak River",
            "IR",
            "the feature word written as part of the name says the same",
        ),
    ],
)
def test_name_before_a_natural_feature_word_is_no_town_abroad(
    default_gazetteer: Gazetteer, text: str, name: str, not_country: str, reason: str
) -> None:
    got = readings(text, default_gazetteer)
    assert name in got, reason
    assert got[name][1] != not_country, reason


def test_feature_named_after_a_region_reads_as_the_region(
    default_gazetteer: Gazetteer,
) -> None:
    # An Israeli demonym pulls towards Israel, where a village has "Beka" as an
    # alternate; the valley is Lebanon's Bekaa governorate.
    got = readings("Israeli jets struck targets in the Bekaa valley overnight.", default_gazetteer)
    assert got["Bekaa"] == ("iso3166-2:LB-BI", "LB")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Herders clashed along the Dapchi river near Maiduguri, Borno State.",
            "the other names are in Nigeria, as the town is",
        ),
        (
            "Two fishermen drowned in the Dapchi river on Monday.",
            "no other place name points elsewhere",
        ),
    ],
)
def test_feature_word_keeps_a_town_no_other_name_contradicts(
    default_gazetteer: Gazetteer, text: str, reason: str
) -> None:
    # No region or feature is named Dapchi: the Nigerian town stays a reading of "the
    # Dapchi river" (a river is near the towns named after it), since it is not abroad.
    assert readings(text, default_gazetteer)["Dapchi"][1] == "NG", reason


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Soldiers clashed with militants in Marawi, Lanao del Sur province, on Friday.",
            "Marawi",
            "geonames:1701053",
            "Marawi City, not Malawi (of which 'Marawi' is a one-letter respelling)",
        ),
        (
            "Gunmen attacked an army checkpoint in Marawi before dawn.",
            "Marawi",
            "geonames:1701053",
            "the town bears the name; the country only respells its own",
        ),
        (
            "Aid agencies sent food to Malawi after the cyclone.",
            "Malawi",
            "geonames:927384",
            "the country by its own name",
        ),
        (
            "Exiles from Burma marched in Bangkok.",
            "Burma",
            "geonames:1327865",
            "another name of Myanmar, not a respelling: a town named Burma does not win",
        ),
    ],
)
def test_town_beats_a_country_that_only_respells_its_name(
    default_gazetteer: Gazetteer, text: str, name: str, expected: str, reason: str
) -> None:
    assert readings(text, default_gazetteer)[name][0] == expected, reason


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Two soldiers died in an ambush in Talacogon, Agusan del Sur, on Friday.",
            "Agusan del Sur",
            "iso3166-2:PH-AGS",
            "a province after a town and a comma",
        ),
        (
            "The blast happened in Datu Piang, Maguindanao del Sur.",
            "Maguindanao del Sur",
            "iso3166-2:PH-MGS",
            "at the end of a sentence",
        ),
        (
            "Landslides closed roads in Ilocos Sur and Abra.",
            "Ilocos Sur",
            "iso3166-2:PH-ILS",
            "'Sur' without 'del'",
        ),
    ],
)
def test_region_names_ending_in_sur_are_found(
    default_gazetteer: Gazetteer, text: str, name: str, expected: str, reason: str
) -> None:
    assert readings(text, default_gazetteer).get(name, (None,))[0] == expected, reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Rebels overran Mbala on Sunday, officials said.", "Mbala", "overran"),
        ("Raiders torched Dapchi, residents said.", "Dapchi", "torched"),
        ("Bandits looted Mbala and fled into the bush.", "Mbala", "looted"),
        ("Militants ambushed Dapchi at dusk.", "Dapchi", "ambushed"),
        ("Mobs burned Mbala overnight.", "Mbala", "burned"),
    ],
)
def test_small_town_after_a_verb_of_raiding_or_wrecking_is_a_place(
    default_gazetteer: Gazetteer, text: str, name: str, reason: str
) -> None:
    assert name in readings(text, default_gazetteer), reason


def test_resolution_cache_does_not_keep_a_dropped_gazetteer_alive(
    default_gazetteer: Gazetteer,
) -> None:
    gz = Gazetteer.open(default_gazetteer.info().path)
    # "Palmyra" is Tadmur's name abroad: resolving it asks how many spellings it has.
    assert readings("Fighters advanced on Palmyra at dawn.", gz)["Palmyra"][1] == "SY"
    ref = weakref.ref(gz)
    gz.close()
    del gz
    gc.collect()
    assert ref() is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Police officers serving an arrest warrant in Dapchi, Yobe State, came under"
            " fire on Tuesday; two officers were killed.",
            "serving a warrant that ends in a gunfight: the fight, not arrests",
        ),
        (
            "A court in Lahore issued an arrest warrant for the former minister on Monday.",
            "a court's warrant arrests nobody",
        ),
        (
            "Troops executing arrest warrants in Mopti were met with gunfire.",
            "plural warrants, another verb",
        ),
    ],
)
def test_an_arrest_warrant_is_no_arrest(default_gazetteer: Gazetteer, text: str, reason: str):
    from mapper import extract_incidents

    kinds = [i.sub_event_type for i in extract_incidents(text, gazetteer=default_gazetteer)]
    assert "Arrests" not in kinds, reason


def test_an_arrest_is_still_an_arrest(default_gazetteer: Gazetteer) -> None:
    from mapper import extract_incidents

    text = "Police arrested 14 opposition activists in Mopti on Tuesday."
    kinds = [i.sub_event_type for i in extract_incidents(text, gazetteer=default_gazetteer)]
    assert kinds == ["Arrests"]


def _point(text: str, name: str, gz: Gazetteer):
    t = next(t for t in geoparse(text, gazetteer=gz) if t.text == name)
    return t.candidate.place.id if t.candidate else None, t.precision, t.latitude, t.longitude


def test_reading_far_from_a_stated_distance_and_bearing_yields_to_that_point(
    default_gazetteer: Gazetteer,
) -> None:
    # Mbala (Zambia) lies some 150 km north of Kasama: "30 km south" contradicts it.
    text = "Rebels overran Mbala, 30 km south of Kasama, on Sunday."
    where = next(t for t in geoparse(text, gazetteer=default_gazetteer) if t.name == "Kasama")
    got = _point(text, "Mbala", default_gazetteer)
    assert got[1] is Precision.NEAR
    assert (got[2], got[3]) == (where.latitude, where.longitude)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Rebels overran Mbala, 150 km north of Kasama, on Sunday.", "the distance agrees"),
        ("Rebels overran Mbala, 30 km from Kasama, on Sunday.", "no bearing: no point"),
    ],
)
def test_reading_that_agrees_with_a_stated_offset_stays(
    default_gazetteer: Gazetteer, text: str, reason: str
) -> None:
    got = _point(text, "Mbala", default_gazetteer)
    assert got[:2] == ("geonames:176146", Precision.EXACT), reason


def test_runner_up_near_the_stated_point_replaces_a_far_reading(
    default_gazetteer: Gazetteer,
) -> None:
    from mapper.geoparse import _placed_by_offsets

    text = "Rebels overran Mbala, 150 km north of Kasama, on Sunday."
    mbala, kasama = geoparse(text, gazetteer=default_gazetteer)
    ivorian = default_gazetteer.lookup("Mbala", country="CI", limit=1)[0]
    misread = replace(
        mbala,
        candidate=ivorian,
        alternatives=(mbala.candidate,),
        latitude=ivorian.place.latitude,
        longitude=ivorian.place.longitude,
    )
    fixed = _placed_by_offsets(text, [misread, kasama])[0]
    assert fixed.candidate.place.id == "geonames:176146"
    assert fixed.precision is Precision.EXACT
    assert fixed.alternatives[0].place.id == ivorian.place.id


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Bandits kidnapped 20 farmers in Niger State on Thursday.",
            "Niger State",
            "iso3166-2:NG-NI",
            "the Nigerian state, not the country Niger",
        ),
        (
            "Refugees crossed from Niger into Nigeria overnight.",
            "Niger",
            "geonames:2440476",
            "without the kind word the country stays",
        ),
    ],
)
def test_kind_word_state_means_a_division_not_a_country(
    default_gazetteer: Gazetteer, text: str, name: str, expected: str, reason: str
) -> None:
    assert readings(text, default_gazetteer)[name][0] == expected, reason
