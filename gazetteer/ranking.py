"""Scores for candidates: how well the name matched, times how notable the place is."""

from __future__ import annotations

import math

from .model import MatchKind, Place

__all__ = ["distance_km", "importance", "match_quality", "score"]

# Prior weight of a feature type, for places whose population says little or nothing.
_FEATURE_WEIGHT = {
    "PCLI": 1.0,
    "PCLD": 0.85,
    "PCLS": 0.85,
    "PCLF": 0.85,
    "PCL": 0.85,
    "TERR": 0.8,
    # Continents, oceans and seas: a news text naming "the Atlantic" or "the Pacific"
    # means them far more often than the small towns named after them.
    "CONT": 1.0,
    "OCN": 0.95,
    "SEA": 0.8,
    "GULF": 0.7,
    "RGN": 0.7,
    "PEN": 0.7,
    "ADM1": 0.75,
    "ADM2": 0.55,
    "ADM3": 0.4,
    "PPLC": 0.95,
    "PPLA": 0.7,
    "PPLA2": 0.55,
    "PPLA3": 0.45,
    "PPLG": 0.6,
    "AIRB": 0.45,
    "AIRP": 0.4,
    "MILB": 0.45,
    "INSM": 0.4,
    "CMPRF": 0.4,
    "DAM": 0.4,
    "OILF": 0.35,
    "AIRF": 0.2,
    "AIRH": 0.1,
    "AIRS": 0.1,
}

_EXACT_KIND = {0: 1.0, 1: 0.97, 2: 0.85}  # preferred name, alternate name, code


def importance(place: Place) -> float:
    """A prior in [0, 1]: national capitals and big cities high, hamlets and airstrips low."""
    pop = math.log10(place.population + 1) / 7.0 if place.population > 0 else 0.0
    if place.feature_code.startswith("PCL"):
        # Countries matter, but a territory of 2,000 people (Norfolk Island) should not
        # outrank a city of 240,000 (Norfolk, Virginia).
        return min(1.0, 0.5 + 0.5 * pop) if pop else 0.6
    return min(1.0, max(_FEATURE_WEIGHT.get(place.feature_code, 0.25), pop))


def match_quality(match: MatchKind, *, kind: int = 1, similarity: float = 1.0) -> float:
    """How well a name matched, in [0, 1].

    Parameters
    ----------
    match : MatchKind
        Exact, normalised or fuzzy.
    kind : int
        0 for the place's preferred name, 1 for an alternate name, 2 for a code.
    similarity : float
        For fuzzy matches, 1 minus the edit distance over the longer key's length.
    """
    if match is MatchKind.EXACT:
        return _EXACT_KIND.get(kind, 0.97)
    if match is MatchKind.NORMALISED:
        return 0.88 if kind != 2 else 0.75
    return 0.45 + 0.3 * max(0.0, min(1.0, similarity))


def score(place: Place, quality: float) -> float:
    """Combine match quality and the place's importance into a score in [0, 1]."""
    return round(quality * (0.55 + 0.45 * importance(place)), 4)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))
