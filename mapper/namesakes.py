"""Namesakes abroad: a town the geoparser placed in a country the text gives no sign of.

A name the gazetteer knows only as another place's alternate or near spelling ("Boni"
for Bonn, "Al-Shati" for a Lithuanian village, "Palm" for Palm City) is weak evidence.
When that place lies in a country none of the text's other places is in, far from all
of them, the reading is almost always wrong: an analyst would rather keep the name
unplaced (it then takes the region or country the text is about) than put an incident
on another continent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gazetteer.normalize import fold
from gazetteer.ranking import distance_km

from .toponym import Precision, Toponym

__all__ = ["FAR_KM", "drop_far_namesakes"]

FAR_KM = 1500.0
"""A namesake this far from every other place of the text is suspect ("Hodeidah" read as
Al Hudaydah beside Saudi Jizan is a neighbour across a border, not a namesake)."""


def _own_name(t: Toponym) -> bool:
    """True when the toponym is read as a place that bears its name (or is an area)."""
    assert t.candidate is not None
    return t.precision >= Precision.REGION or fold(t.name) == fold(t.candidate.place.name)


def drop_far_namesakes(toponyms: Sequence[Toponym]) -> list[Toponym]:
    """The resolved toponyms without towns placed abroad on another name's strength.

    A town-level toponym matched through a name its place does not bear, in a country
    that none of the text's other places (read by their own names, or areas) lies in,
    and more than :data:`FAR_KM` from all of them, moves to its first runner-up in such
    a country, or is left out when it has none. A text that places nothing else keeps
    its reading: there is nothing to weigh it against.

    Parameters
    ----------
    toponyms : sequence of Toponym
        Resolved toponyms of one document, in text order.

    Returns
    -------
    list of Toponym
        The same toponyms, minus or moving the namesakes abroad.
    """
    named = [(t, fold(t.name)) for t in toponyms if t.candidate is not None and _own_name(t)]
    out = []
    for t in toponyms:
        cand = t.candidate
        if cand is None or _own_name(t):
            out.append(t)
            continue
        key = fold(t.name)
        others = [u.candidate.place for u, k in named if k != key and u.candidate]
        seen = {p.country_code for p in others}
        p = cand.place
        if (
            not seen
            or p.country_code in seen
            or any(
                distance_km(p.latitude, p.longitude, o.latitude, o.longitude) <= FAR_KM
                for o in others
            )
        ):
            out.append(t)
            continue
        alt = next(
            (
                a
                for a in t.alternatives
                if a.place.country_code in seen and Precision.of(a) < Precision.REGION
            ),
            None,
        )
        if alt is not None:
            out.append(
                replace(
                    t, candidate=alt, latitude=alt.place.latitude, longitude=alt.place.longitude
                )
            )
    return out
