"""A geopy-compatible geocoder that answers from the offline gazetteer.

>>> import geopandas                                                 # doctest: +SKIP
>>> geopandas.tools.geocode(["Erbil", "Al-Qaim"], provider=OfflineGeocoder)  # doctest: +SKIP
"""

from __future__ import annotations

import os
from dataclasses import asdict
from typing import Any

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .core import Gazetteer
from .model import Candidate

__all__ = ["OfflineGeocoder"]


def _location(c: Candidate) -> Location:
    p = c.place
    parts = [p.name, p.admin1_name, p.country_code]
    address = ", ".join(x for x in parts if x)
    raw: dict[str, Any] = asdict(p)
    raw.update(score=c.score, matched=c.matched, match=c.match.value, fallback=c.fallback)
    return Location(address, (p.latitude, p.longitude), raw)


class OfflineGeocoder(Geocoder):
    """geopy's ``Geocoder`` interface over a :class:`~gazetteer.Gazetteer`; no network.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to the embedded default.
    path : path-like, optional
        Open this gazetteer file instead.
    country : str, optional
        Default country for every query.
    min_score : float
        Candidates below this score are not returned.
    **kwargs
        Accepted and ignored where geopy's network options make no sense
        (``timeout``, ``user_agent``, ...).
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        country: str | None = None,
        min_score: float = 0.35,
        **kwargs: Any,
    ) -> None:
        super().__init__(user_agent=kwargs.pop("user_agent", "incident-mapper"))
        if gazetteer is None:
            gazetteer = Gazetteer.open(path) if path is not None else Gazetteer.default()
        self.gazetteer = gazetteer
        self.country = country
        self.min_score = min_score

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country: str | None = None,
        admin1: str | None = None,
        limit: int = 10,
        **kwargs: Any,
    ) -> Location | list[Location] | None:
        """Places for a name, as geopy ``Location`` objects (``raw`` holds the place)."""
        cc = country or self.country
        if exactly_one:
            best = self.gazetteer.geocode(query, country=cc, admin1=admin1)
            return _location(best) if best and best.score >= self.min_score else None
        found = self.gazetteer.lookup(query, country=cc, admin1=admin1, limit=limit)
        out = [_location(c) for c in found if c.score >= self.min_score]
        return out or None

    def reverse(
        self, query: Any, *, exactly_one: bool = True, radius_km: float = 50.0, **kwargs: Any
    ) -> Location | list[Location] | None:
        """The nearest populated places to a ``(lat, lon)`` point or geopy ``Point``."""
        lat, lon = (query.latitude, query.longitude) if hasattr(query, "latitude") else query
        limit = 1 if exactly_one else 10
        near = self.gazetteer.nearby(
            float(lat), float(lon), radius_km, feature_classes=("P",), limit=limit
        )
        if not near:
            return None
        locs = [
            Location(
                ", ".join(
                    x for x in (n.place.name, n.place.admin1_name, n.place.country_code) if x
                ),
                (n.place.latitude, n.place.longitude),
                {**asdict(n.place), "distance_km": n.distance_km},
            )
            for n in near
        ]
        return locs[0] if exactly_one else locs
