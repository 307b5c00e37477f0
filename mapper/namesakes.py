"""Namesakes abroad: a town the geoparser placed in a country the text gives no sign of.

A name the gazetteer knows only as another place's alternate or near spelling ("Boni"
for Bonn, "Al-Shati" for a Lithuanian village, "Palm" for Palm City) is weak evidence;
so is a name that matches only once its accents are dropped ("Ukum" for the Mexican
Ukúm), and a hamlet's own name, which many hamlets the world over share ("Gara", a
Hungarian village, in a text on Duhok).
When that place lies in a country none of the text's other places is in, far from all
of them, while the text clearly places its report elsewhere (two other towns or regions
in one country), the reading is almost always wrong: an analyst would rather keep the
name unplaced (it then takes the region or country the text is about) than put an
incident on another continent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gazetteer import Candidate
from gazetteer.normalize import fold
from gazetteer.ranking import distance_km

from .lexicon import COMPASS, LOCAL_UNITS
from .toponym import Precision, Toponym

__all__ = ["CITY", "CONTINENT_KM", "FAR_KM", "HAMLET", "WORLD_CITY", "drop_far_namesakes"]

CITY = 100_000
"""A place this populous, named by its own name, is one an analyst would not misread."""
HAMLET = 10_000
"""A place under this population, even named by its own name, is one of the many small
places that share common names ("Homeland", "Los Lobos", "Momo"): no sign on its own."""
WORLD_CITY = 1_000_000
"""A city this populous is known the world over by its other names ("Kharkov")."""
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


def _suspect(t: Toponym) -> bool:
    """True for a town whose reading is weak evidence of its country: a place that does
    not bear the name written, bears it only without its accents ("Bambui" of the
    Brazilian Bambuí), or is a hamlet under :data:`HAMLET` people."""
    if t.candidate is None or t.precision >= Precision.REGION:
        return False
    p = t.candidate.place
    return _weak(t) or t.name.strip().casefold() != p.name.casefold() or p.population < HAMLET


def _alternate_only(t: Toponym) -> bool:
    """True for a town read through another of its names, and not a city known by many
    ("Boni" of Bonn, not "Kharkov" of Kharkiv)."""
    assert t.candidate is not None
    return _weak(t) and t.candidate.place.population < WORLD_CITY


def _middling(t: Toponym) -> bool:
    """True for a town under :data:`CITY` or a province named by its own name: firm
    enough to vouch for its country, but not known abroad by name ("Fano", an Italian
    town, in a report on Ethiopia's Fano militia)."""
    if t.candidate is None or t.precision >= Precision.COUNTRY:
        return False
    p = t.candidate.place
    return p.is_region or p.population < CITY


_IN_GAP = re.compile(r"\s*,?\s+(?:in|inside)\s+(?:the\s+)?")
_UNITS = sorted(
    LOCAL_UNITS
    | {"province", "governorate", "district", "region", "oblast", "county", "state"}
    | {"zone", "municipality", "department", "subdistrict", "woreda", "locality"},
    key=len,
    reverse=True,
)
# "Rampur in Companiganj upazila of Noakhali": a unit the gazetteer does not know, then
# the known one it lies in. The last place still states the town's country.
_CHAIN_GAP = re.compile(
    r"\s*,?\s+(?:in|inside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    rf"(?:{'|'.join(re.escape(u) for u in _UNITS)})\s*(?:,\s*|\s+(?:of|in)\s+)(?:the\s+)?"
)
_COMMA_GAP = re.compile(r"\s*,\s*")


def _stated_container(text: str, t: Toponym, after: Toponym | None) -> Candidate | bool:
    """True to keep town *t*, False to leave it out, or its runner-up to move it to, when
    the text says right after it where it lies ("Palma in Mozambique's Cabo Delgado
    province", "San Carlos, in Quevedo canton", "Tripoli, Lebanon") and its reading lies
    in another country: the writer's own word on the country wins over the gazetteer's
    bigger namesake. "X, Y" with Y a town is a list, not a container."""
    c = t.candidate
    if after is None or after.candidate is None or c is None or t.precision >= Precision.REGION:
        return True
    home = after.candidate.place.country_code
    if home is None or home == c.place.country_code:
        return True
    gap = (
        _IN_GAP.fullmatch(text, t.end, after.start) is not None
        or _CHAIN_GAP.fullmatch(text, t.end, after.start) is not None
    ) or (
        after.precision >= Precision.REGION
        and _COMMA_GAP.fullmatch(text, t.end, after.start) is not None
    )
    if not gap:
        return True
    if c.place.country_code in {a.place.country_code for a in after.alternatives}:
        return True  # "Kontagora, Niger state": the container's other reading agrees
    key = fold(t.name)
    return next(
        (
            a
            for a in t.alternatives
            if a.place.country_code == home
            and Precision.of(a) < Precision.REGION
            and fold(a.place.name) == key
        ),
        # Unplaced in a stated region or country; beside a stated town ("San Carlos, in
        # Quevedo canton") the linker keeps the name at the town.
        after.precision < Precision.REGION,
    )


def drop_far_namesakes(toponyms: Sequence[Toponym], text: str | None = None) -> list[Toponym]:
    """The resolved toponyms without towns placed abroad on another name's strength.

    A town-level toponym that is weak evidence of its country (matched through a name
    its place does not bear, or only without accents, or a hamlet under
    :data:`HAMLET`) moves to its first runner-up in the country the text is about, or
    is left out when it has none, when: none of the text's other places lies in its
    country or within :data:`FAR_KM` of it, and the text is clearly about another
    country (two other towns or regions there, or one region or :data:`CITY` named by
    its own name when the namesake is :data:`CONTINENT_KM` away or matched through
    another of its names; a country named is no such sign, it is often an actor).

    Parameters
    ----------
    toponyms : sequence of Toponym
        Resolved toponyms of one document, in text order.
    text : str, optional
        The document. With it, a town the text places in a region or country of
        another country right after its name ("Palma in Mozambique's Cabo Delgado")
        moves to its namesake there, or is left out when the gazetteer has none.

    Returns
    -------
    list of Toponym
        The same toponyms, minus or moving the namesakes abroad.
    """
    folded = [fold(u.name) for u in toponyms]
    decided: dict[tuple[str, str], Candidate | bool] = {}
    out = []
    for k, t in enumerate(toponyms):
        if text is not None:
            stated = _stated_container(text, t, toponyms[k + 1] if k + 1 < len(toponyms) else None)
            if stated is False:
                continue
            if stated is not True:
                out.append(_moved(t, stated))
                continue
        if not (_suspect(t) or _middling(t)):
            home = _home_namesake(t, toponyms, folded)
            out.append(t if home is None else _moved(t, home))
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
            out.append(_moved(t, choice))
    return out


def _moved(t: Toponym, alt: Candidate) -> Toponym:
    """*t* placed at its runner-up *alt*."""
    return t.placed_at(alt)


def _home_namesake(
    t: Toponym, toponyms: Sequence[Toponym], folded: Sequence[str]
) -> Candidate | None:
    """The namesake in the country the text is about of a city of :data:`CITY` read
    abroad, or None to keep the reading.

    "Hyderabad" beside Sukkur and Larkana is the city in Sindh, not the larger one in
    India; "Tripoli" beside Sidon in northern Lebanon is Lebanon's. The text must be
    clearly about that country (two of its towns or regions, or one and the country
    itself), name nothing in the city's country or within :data:`FAR_KM` of it, and
    the runner-up must bear the very name written, at town level; against a capital or
    a city of :data:`WORLD_CITY`, it must itself be a city of :data:`CITY`.
    """
    c = t.candidate
    if c is None or t.precision >= Precision.REGION or not t.alternatives:
        return None
    p = c.place
    key = fold(t.name)
    others = [u for u, name in zip(toponyms, folded, strict=True) if u.candidate and name != key]
    if any(u.candidate and u.candidate.place.country_code == p.country_code for u in others):
        return None
    towns = Counter(
        u.candidate.place.country_code
        for u in others
        if u.candidate and u.precision < Precision.COUNTRY
    )
    named = {
        u.candidate.place.country_code
        for u in others
        if u.candidate and u.precision >= Precision.COUNTRY
    }
    clear = {code for code, n in towns.items() if n >= 2 or (n == 1 and code in named)}
    if not clear:
        return None
    for u in others:
        if u.candidate and u.precision < Precision.COUNTRY:
            q = u.candidate.place
            if distance_km(p.latitude, p.longitude, q.latitude, q.longitude) <= FAR_KM:
                return None
    floor = CITY if p.feature_code == "PPLC" or p.population >= WORLD_CITY else 0
    return next(
        (
            a
            for a in t.alternatives
            if a.place.country_code in clear
            and Precision.of(a) < Precision.REGION
            and fold(a.place.name) == key
            and a.place.population >= floor
        ),
        None,
    )


def _sided(t: Toponym) -> bool:
    """True for a name led by a compass word ("North Shewa", "South Omo"): a zone."""
    words = fold(t.name).split()
    return len(words) > 1 and words[0] in COMPASS


def _decide(
    t: Toponym, key: str, toponyms: Sequence[Toponym], folded: Sequence[str]
) -> Candidate | bool:
    """True to keep *t*, False to leave it out, or the runner-up to move it to."""
    assert t.candidate is not None
    p = t.candidate.place
    pairs = zip(toponyms, folded, strict=True)
    others = [u for u, name in pairs if u.candidate is not None and name != key]
    # Other weak readings are no sign for the namesake's country: two hamlets of Mexico
    # ("Los Lobos", "El Rodeo") do not vouch for each other in a text on Ecuador.
    firm = [u for u in others if not _suspect(u)]
    count = Counter(u.candidate.place.country_code for u in firm if u.candidate)
    # Countries are left out of the evidence: "Russia" or "the U.S." are often actors.
    places = [u for u in others if u.candidate is not None and u.precision < Precision.COUNTRY]
    local = Counter(u.candidate.place.country_code for u in places if u.candidate)
    points = {
        u.candidate.place.id: (u.candidate.place.latitude, u.candidate.place.longitude)
        for u in places
        if u.candidate is not None and not _suspect(u)
    }
    gaps = [distance_km(p.latitude, p.longitude, lat, lon) for lat, lon in points.values()]
    near = any(gap <= FAR_KM for gap in gaps)
    # Two places in one country are clear evidence; one city or region named by its
    # own name is, against a namesake on another continent or one read through another
    # of its names.
    one_enough = (bool(gaps) and min(gaps) > CONTINENT_KM) or _alternate_only(t)
    own = Counter(
        u.candidate.place.country_code
        for u in places
        if u.candidate
        and not _weak(u)
        and (u.candidate.place.is_region or u.candidate.place.population >= CITY)
    )
    clear = {code for code, n in local.items() if n >= 2 or (one_enough and own[code])}
    if _alternate_only(t) and _sided(t):
        # "South Omo" read as a part of a foreign town known by another name: a zone of
        # the country the text is about, on the word of any place named by its own name.
        clear |= {u.candidate.place.country_code for u in places if u.candidate and not _weak(u)}
    if not _suspect(t):
        # A town or province by its own name needs the stricter sign: two other places
        # in one country and none within reach; a province must lie on another continent.
        clear = {code for code, n in local.items() if n >= 2}
        near = any(gap <= (CONTINENT_KM if p.is_region else FAR_KM) for gap in gaps)
    if not clear or p.country_code in count or p.country_code in clear or near:
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
