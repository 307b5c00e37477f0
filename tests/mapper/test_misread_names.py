"""Place names the geoparser used to misread: natural features taken for same-named towns
abroad, towns taken for the country their name respells, region names ending in "Sur",
and small towns after verbs of raiding and wrecking."""

from __future__ import annotations

import gc
import weakref

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


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


def test_feature_word_keeps_a_town_of_the_country_the_text_is_about(
    default_gazetteer: Gazetteer,
) -> None:
    # No region or feature is named Dapchi: the town in Nigeria, which the text is
    # about, stays a reading of "the Dapchi river"; it is no town abroad.
    got = readings(
        "Herders clashed along the Dapchi river near Maiduguri, Borno State.", default_gazetteer
    )
    assert got["Dapchi"][1] == "NG"


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
