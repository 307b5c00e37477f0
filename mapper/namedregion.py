"""A town's name read as the region it shares it with, after a place that region holds.

Many first-level regions bear their capital's name (Colombia's Arauca, Thailand's
Narathiwat, Sudan's Kassala). "Near Saravena, Arauca" or "in Tak Bai, Narathiwat" name
the region holding the place before it, as "Al-Qaim, Anbar" does; the gazetteer reads
the second name as the town, which would make it a second event place. "Near Kafr
Zita in Hama" or "in Saraqib in Idlib" do the same with "in": a town is not in another
town, so the second name is the region.
"""

from __future__ import annotations

import re

from .toponym import Precision, Toponym

__all__ = ["region_after_comma"]

_COMMA = re.compile(r"\s*,\s*|\s+in\s+")
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or|&)\s", re.I)


def region_after_comma(text: str, place: Toponym, town: Toponym) -> Toponym:
    """*town* as its namesake region when the text names it right after *place*, with a
    comma or "in", as the region holding *place*; else *town* unchanged.

    Parameters
    ----------
    text : str
        The document.
    place : Toponym
        A place at town precision.
    town : Toponym
        The toponym right after it.

    Returns
    -------
    Toponym
        The region, at region precision, when *town*'s runner-ups hold a first-level
        region of the same country whose code is *place*'s, and *town* does not go on a
        list ("Saravena, Arauca and Tame" are three towns).
    """
    cand, here = town.candidate, place.candidate
    if cand is None or here is None or town.precision >= Precision.REGION:
        return town
    if place.precision >= Precision.REGION or here.place.id == cand.place.id:
        return town
    if not _COMMA.fullmatch(text, place.end, town.start) or _LIST_GOES_ON.match(text, town.end):
        return town
    code = here.place.admin1_code
    region = next(
        (
            a
            for a in town.alternatives
            if a.place.feature_code == "ADM1"
            and a.place.country_code == here.place.country_code
            and code is not None
            and a.place.admin1_code == code
        ),
        None,
    )
    if region is None:
        return town
    return town.placed_at(region, Precision.REGION)
