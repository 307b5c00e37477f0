"""Namesakes abroad: a town the geoparser placed in a country the text gives no sign of.

A name the gazetteer knows only as another place's alternate or near spelling ("Boni"
for Bonn, "Al-Shati" for a Lithuanian village, "Palm" for Palm City) is weak evidence.
When that place lies in a country none of the text's other places is in, far from all
of them, while the text clearly places its report elsewhere (two other towns or regions
in one country), the reading is almost always wrong: an analyst would rather keep the
name unplaced (it then takes the region or country the text is about) than put an
incident on another continent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from gazetteer import Candidate
from gazetteer.normalize import fold
from gazetteer.ranking import distance_km

from .toponym import Precision, Toponym

__all__ = ["CITY", "CONTINENT_KM", "FAR_KM", "drop_far_namesakes"]

CITY = 100_000
"""A place this populous, named by its own name, is one an analyst would not misread."""
CONTINENT_KM = 5000.0
"""A namesake this far from the text's other places is on another continent: one of
them is then evidence enough."""
FAR_KM = 800.0
"""A namesake this far from every other place of the text is suspect: a neighbour across
a border lies within a few hundred kilometres of the places the text names ("Hodeidah"
read as Al Hudaydah beside Saudi Jizan), while a town of another name a thousand
kilometres off ("Kawlin" read as Gulin in China beside Sagaing and Loikaw) is not."""


def _weak(t: Toponym) -> bool:
    """True for a town read as a place that does not bear the name written."""
    return (
        t.candidate is not None
        and t.precision < Precision.REGION
        and fold(t.name) != fold(t.candidate.place.name)
    )


def drop_far_namesakes(toponyms: Sequence[Toponym]) -> list[Toponym]:
    """The resolved toponyms without towns placed abroad on another name's strength.

    A town-level toponym matched through a name its place does not bear moves to its
    first runner-up in the country the text is about, or is left out when it has none,
    when: none of the text's other places lies in its country or within
    :data:`FAR_KM` of it, and the text is clearly about another country (two other
    towns or regions there, or one region or :data:`CITY` named by its own name when
    the namesake is :data:`CONTINENT_KM` away; a country named is no such sign, it is
    often an actor).

    Parameters
    ----------
    toponyms : sequence of Toponym
        Resolved toponyms of one document, in text order.

    Returns
    -------
    list of Toponym
        The same toponyms, minus or moving the namesakes abroad.
    """
    folded = [fold(u.name) for u in toponyms]
    decided: dict[tuple[str, str], Candidate | bool] = {}
    out = []
    for t in toponyms:
        if not _weak(t):
            out.append(t)
            continue
        assert t.candidate is not None
        # One decision per name and reading, however often the name recurs.
        key = (fold(t.name), t.candidate.place.id)
        if key not in decided:
            decided[key] = _decide(t, key[0], toponyms, folded)
        choice = decided[key]
        if choice is True:
            out.append(t)
        elif choice is not False:
            alt = choice
            out.append(
                replace(
                    t, candidate=alt, latitude=alt.place.latitude, longitude=alt.place.longitude
                )
            )
    return out


def _decide(
    t: Toponym, key: str, toponyms: Sequence[Toponym], folded: Sequence[str]
) -> Candidate | bool:
    """True to keep *t*, False to leave it out, or the runner-up to move it to."""
    assert t.candidate is not None
    p = t.candidate.place
    pairs = zip(toponyms, folded, strict=True)
    others = [u for u, name in pairs if u.candidate is not None and name != key]
    count = Counter(u.candidate.place.country_code for u in others if u.candidate)
    # Countries are left out of the evidence: "Russia" or "the U.S." are often actors.
    places = [u for u in others if u.candidate is not None and u.precision < Precision.COUNTRY]
    local = Counter(u.candidate.place.country_code for u in places if u.candidate)
    points = {
        u.candidate.place.id: (u.candidate.place.latitude, u.candidate.place.longitude)
        for u in places
        if u.candidate is not None
    }
    gaps = [distance_km(p.latitude, p.longitude, lat, lon) for lat, lon in points.values()]
    near = any(gap <= FAR_KM for gap in gaps)
    # Two places in one country are clear evidence; one city or region named by its
    # own name is, against a namesake on another continent.
    other_continent = bool(gaps) and min(gaps) > CONTINENT_KM
    own = Counter(
        u.candidate.place.country_code
        for u in places
        if u.candidate
        and not _weak(u)
        and (u.candidate.place.is_region or u.candidate.place.population >= CITY)
    )
    clear = {code for code, n in local.items() if n >= 2 or (other_continent and own[code])}
    if not clear or p.country_code in count or near:
        return True
    alt = next(
        (
            a
            for a in t.alternatives
            if a.place.country_code in clear and Precision.of(a) < Precision.REGION
        ),
        None,
    )
    return False if alt is None else alt
