"""ISO 3166-2 subdivisions as the iso3166_2 package ships them."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.sources.regions import Subdivision, _split_bracketed, _with_short_names, match_admin1


@pytest.mark.parametrize(
    ("raw", "expected", "reason"),
    [
        ("Wales [Cymru GB-CYM]", ("Wales", ("Cymru",)), "second name and its code"),
        ("Catalunya [Cataluña]", ("Catalunya", ("Cataluña",)), "second name only"),
        ("Barcelona [Barcelona]", ("Barcelona", ()), "the same name twice"),
        ("Bābil", ("Bābil", ()), "no brackets"),
    ],
)
def test_bracketed_second_name_is_split_off(
    raw: str, expected: tuple[str, tuple[str, ...]], reason: str
) -> None:
    assert _split_bracketed(raw) == expected, reason


def test_nations_of_the_united_kingdom_are_found_by_name(default_gazetteer: Gazetteer) -> None:
    (wales,) = default_gazetteer.lookup("Wales", feature_classes=("A",), limit=1)
    assert wales.place.id == "iso3166-2:GB-WLS"
    assert default_gazetteer.lookup("Cymru", limit=1)[0].place.id == "iso3166-2:GB-WLS"


def _sub(
    code: str, lat: float, lon: float, *, name: str = "", kind: str = "Province"
) -> Subdivision:
    return Subdivision(code, code[:2], name or code, (), kind, None, lat, lon)


def _town(gid: int, a1: str, lat: float, lon: float, name: str, pop: int = 1000) -> dict:
    return {
        "geonameid": gid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": "XX",
        "admin1code": a1,
        "population": pop,
        "alternatenames": [],
    }


def test_admin1_pairing_follows_where_towns_lie_not_town_names() -> None:
    # Province "Westmark" lies west; the east group's biggest town is also called
    # Westmark (a town named after another province, as Caldas in Antioquia).
    subs = {
        "XX": [_sub("XX-W", 0.0, 0.0, name="Westmark"), _sub("XX-E", 0.0, 3.0, name="Eastvale")]
    }
    cities = {
        "1": _town(1, "01", 0.1, 0.1, "Lowford"),
        "2": _town(2, "01", -0.1, -0.2, "Millbrook"),
        "3": _town(3, "02", 0.1, 3.1, "Westmark", pop=90_000),
        "4": _town(4, "02", -0.2, 2.9, "Hillcrest"),
    }
    pairs = match_admin1(cities, subs)
    assert pairs[("XX", "01")].code == "XX-W"
    assert pairs[("XX", "02")].code == "XX-E"


def test_admin1_group_spread_over_many_subdivisions_is_left_unpaired() -> None:
    # One GeoNames unit whose towns spread evenly over five ISO provinces, none holding
    # a quarter of them (as GeoNames' West Bank over its governorates).
    subs = {"XX": [_sub(f"XX-{i}", 0.0, float(i), name=f"P{i}") for i in range(5)]}
    cities = {str(k): _town(k, "01", 0.0, float(k % 5), f"Town{k}") for k in range(15)}
    assert ("XX", "01") not in match_admin1(cities, subs)


def test_admin1_pairing_skips_towns_ranked_as_provinces() -> None:
    # A county and a city with county rights at its seat: the county is the match.
    subs = {
        "XX": [
            _sub("XX-C", 0.0, 0.0, name="Greenshire", kind="County"),
            _sub("XX-T", 0.3, 0.3, name="Oakton", kind="City with county rights"),
        ]
    }
    cities = {
        "1": _town(1, "01", 0.3, 0.3, "Oakton", pop=100_000),
        "2": _town(2, "01", 0.0, 0.1, "Fernley"),
        "3": _town(3, "01", -0.1, 0.0, "Ashby"),
    }
    assert match_admin1(cities, subs)[("XX", "01")].code == "XX-C"


@pytest.mark.parametrize(
    ("names", "expected", "reason"),
    [
        (("Amara", "Amhara National Regional State"), ("Amhara",), "another romanisation"),
        (("Gambela Peoples",), ("Gambela",), "the ISO name's own short form"),
        (("Delaware", "Blue Hen State"), (), "a nickname, not the name"),
        (("Capital Region",), ("Capital",), "own short form, though generic"),
    ],
)
def test_region_short_names_are_kept_only_when_they_are_its_name(
    names: tuple[str, ...], expected: tuple[str, ...], reason: str
) -> None:
    assert _with_short_names(names)[len(names) :] == expected, reason


@pytest.mark.parametrize(
    ("name", "region", "reason"),
    [
        ("Medellín", "Antioquia", "Caldas, a town of Antioquia, names another department"),
        ("Popayán", "Cauca", "Santander de Quilichao lies in Cauca"),
        ("Erbil", "Arbīl", "a governorate inside Iraqi Kurdistan"),
    ],
)
def test_towns_carry_their_own_region_name(
    default_gazetteer: Gazetteer, name: str, region: str, reason: str
) -> None:
    (c,) = default_gazetteer.lookup(name, feature_classes=("P",), limit=1)
    assert c.place.admin1_name == region, reason


def test_amhara_finds_the_ethiopian_region(default_gazetteer: Gazetteer) -> None:
    assert default_gazetteer.lookup("Amhara", limit=1)[0].place.id == "iso3166-2:ET-AM"
