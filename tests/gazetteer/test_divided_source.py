"""Divided regions: the whole of a region split into compass-named parts ("Darfur" of
North and South Darfur) is added under its old name, unless that name is taken."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.sources.divided import divided_region_records, whole_name
from gazetteer.sources.regions import Subdivision


def sub(code: str, name: str, lat: float, lon: float, *others: str, parent: str | None = None):
    return Subdivision(code, code[:2], name, others, "Province", parent, lat, lon)


@pytest.mark.parametrize(
    ("name", "whole", "reason"),
    [
        ("North Darfur", "Darfur", "English compass word first"),
        ("Sud-Kivu", "Kivu", "French compass prefix with a hyphen"),
        ("Lanao del Sur", "Lanao", "Spanish 'del Sur' last"),
        ("Negros Occidental", "Negros", "Spanish 'Occidental' last"),
        ("Sulawesi Tengah", "Sulawesi", "Indonesian compass word last"),
        ("Upper East", None, "nothing but compass words"),
        ("North Coast Region", None, "a generic description, no old name"),
        ("Kirkuk", None, "no compass word"),
    ],
)
def test_whole_name_takes_the_compass_word_off(name: str, whole: str | None, reason: str) -> None:
    assert whole_name(name) == whole, reason


def test_two_compass_parts_make_a_whole_at_their_mean_centre() -> None:
    subs = {
        "XX": [
            sub("XX-N", "North Aland", 10.0, 20.0, "Aland-Nord"),
            sub("XX-S", "South Aland", 6.0, 22.0),
            sub("XX-W", "West Borland", 1.0, 1.0),
        ]
    }
    [rec] = divided_region_records(subs, {}, {})
    assert rec.place.name == "Aland"
    assert (rec.place.latitude, rec.place.longitude) == (8.0, 21.0)
    assert rec.place.feature_code == "ADM1"  # its parts are top-level subdivisions


def test_parts_under_one_parent_make_a_second_level_whole() -> None:
    subs = {
        "XX": [
            sub("XX-AN", "Aland del Norte", 10.0, 20.0, parent="XX-R"),
            sub("XX-AS", "Aland del Sur", 6.0, 22.0, parent="XX-R"),
        ]
    }
    [rec] = divided_region_records(subs, {}, {})
    assert rec.place.feature_code == "ADM2"


@pytest.mark.parametrize(
    ("taken", "reason"),
    [
        ({"XX": {"aland"}}, "a town of the country bears the name"),
        ({"": {"aland"}}, "a country bears the name"),
    ],
)
def test_no_whole_under_a_name_in_use(taken: dict[str, set[str]], reason: str) -> None:
    subs = {"XX": [sub("XX-N", "North Aland", 1.0, 1.0), sub("XX-S", "South Aland", 2.0, 2.0)]}
    assert list(divided_region_records(subs, {}, taken)) == [], reason


def test_a_subdivision_of_the_bare_name_keeps_it() -> None:
    subs = {
        "XX": [
            sub("XX-A", "Aland", 1.0, 1.0),
            sub("XX-N", "North Aland", 2.0, 2.0),
            sub("XX-S", "South Aland", 3.0, 3.0),
        ]
    }
    assert list(divided_region_records(subs, {}, {})) == []


@pytest.mark.parametrize(
    ("name", "country"),
    [("Darfur", "SD"), ("Kordofan", "SD"), ("Kivu", "CD"), ("Maguindanao", "PH")],
)
def test_default_gazetteer_knows_divided_regions(
    default_gazetteer: Gazetteer, name: str, country: str
) -> None:
    [best] = default_gazetteer.lookup(name, limit=1, fuzzy=False)
    assert (best.place.name, best.place.country_code, best.place.is_region) == (
        name,
        country,
        True,
    )
