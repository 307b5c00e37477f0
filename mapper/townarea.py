"""A region that only says where "the town" lies: the town's area, not a place of its own.

After a report names its town, a later sentence often refers back to it and adds its
area: "the third shooting this year in the town in the Drome department", "gunmen had
attacked the city, in Borno State, twice before". The region there qualifies the town
already named; read as a place, it doubles the event at the region's point. When such a
region follows "the town", "the city", "the village" (and the like) and the text has
already named a finer place in the same country, it is not kept as a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .toponym import Precision, Toponym

__all__ = ["drop_town_areas", "town_area"]

_TOWN_IN = re.compile(
    r"\b(?:the|this|that)\s+(?:town|city|village|locality|commune|municipality|hamlet)"
    r"\s*,?\s+(?:in|of)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$",
    re.I,
)
_LOOK_BACK = 80


def town_area(text: str, toponym: Toponym, earlier: Sequence[Toponym]) -> bool:
    """True when *toponym*, a region or country, only locates "the town" of an *earlier*
    finer place in its country."""
    if toponym.precision < Precision.REGION or toponym.candidate is None:
        return False
    before = text[max(0, toponym.start - _LOOK_BACK) : toponym.start]
    if _TOWN_IN.search(before) is None:
        return False
    country = toponym.candidate.place.country_code
    return any(
        t.end <= toponym.start
        and t.precision < Precision.REGION
        and t.candidate is not None
        and t.candidate.place.country_code == country
        for t in earlier
    )


def drop_town_areas(toponyms: Sequence[Toponym], text: str) -> list[Toponym]:
    """*toponyms* without the regions that only say where an already named town lies."""
    return [t for t in toponyms if not town_area(text, t, toponyms)]
