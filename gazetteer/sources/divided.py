"""Divided regions: the whole of a region that was split into compass-named parts.

News keeps the old names of regions long after they are divided: "fighting in Darfur"
(North, South, East, West and Central Darfur since 1994-2012), "rebels in Kivu" (Nord-
and Sud-Kivu), "an ambush in Maguindanao" (del Norte and del Sur since 2022), "West
Java" and "East Java" under "Java". ISO 3166-2 lists only the parts. Where two or more
subdivisions of one country share a name once a compass word is taken off it ("North",
"Nord-", "del Sur", "Occidental", "Barat"), and no subdivision of that country bears
the bare name, this source adds the whole under that name, at the mean of its parts'
centres, at the level of its parts. Pure: it reads only the subdivisions passed in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from importlib.metadata import version
from typing import Any

from ..model import Place, PlaceRecord
from ..normalize import fold
from .regions import Subdivision

__all__ = ["divided_region_records", "taken_names", "whole_name"]

_ENGLISH = r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)"
_PREFIX = re.compile(
    rf"^(?:{_ENGLISH}(?:[- ](?:East|West|Central))?\s+|(?:Nord|Sud|Est|Ouest|Haut|Bas)-)"
    r"(?P<whole>.+)$"
)
_SUFFIX = re.compile(
    r"^(?P<whole>.+?)\s+(?:del\s+(?:Norte|Sur)|Norte|Sur|Occidental|Oriental|"
    r"(?:Barat|Timur|Utara|Selatan|Tengah)(?:\s+(?:Daya|Laut))?)$"
)
_COMPASS_WORDS = frozenset(
    fold(w)
    for w in "north south east west central centre center nord sud est ouest norte sur "
    "northern southern eastern western".split()
)
# Words of generic names ("Red Sea", "Jutland Region", "Caribbean Coast"): a whole so
# named is a description, not the old name of a region.
_GENERIC_WORDS = frozenset(
    "region province governorate district state county division coast sea river "
    "highlands atoll island islands cape basin costa probinsya probinsia provinsi".split()
)


def whole_name(name: str) -> str | None:
    """The name of the whole a compass-named part belongs to, or None.

    >>> whole_name("North Darfur"), whole_name("Sud-Kivu"), whole_name("Lanao del Sur")
    ('Darfur', 'Kivu', 'Lanao')
    """
    m = _PREFIX.match(name) or _SUFFIX.match(name)
    if m is None:
        return None
    whole = m.group("whole").strip()
    if len(whole) < 3 or not whole[0].isupper() or fold(whole) in _COMPASS_WORDS:
        return None
    if any(w in _GENERIC_WORDS for w in fold(whole).split()):
        return None
    return whole


def divided_region_records(
    subdivisions: Mapping[str, list[Subdivision]],
    admin1: Mapping[tuple[str, str], Subdivision],
    taken: Mapping[str, set[str]],
) -> Iterator[PlaceRecord]:
    """PlaceRecords for the wholes of regions divided into compass-named parts.

    Parameters
    ----------
    subdivisions : mapping
        ISO 3166-2 subdivisions by country, as :func:`load_subdivisions` gives them.
    admin1 : mapping
        ``(country, GeoNames admin-1 code) -> Subdivision``, as :func:`match_admin1`
        gives it: a whole of admin-1 parts is an ADM1, any other an ADM2.
    taken : mapping
        Folded names already in use by country (its towns, and every country's name
        under the key ``""``): a whole so named would compete with them ("Austria" of
        Upper and Lower Austria, "Nouakchott" of its three parts), so none is added.

    Returns
    -------
    iterator of PlaceRecord
        One record per whole, named by every spelling its parts share ("Java" and
        "Jawa"), in a stable order.
    """
    source = f"iso3166-2 {version('iso3166-2')}"
    gn_code = {s.code: a1 for (_, a1), s in admin1.items()}
    for cc in sorted(subdivisions):
        subs = subdivisions[cc]
        used = {fold(n) for s in subs for n in (s.name, *s.other_names)}
        used |= taken.get(cc, set()) | taken.get("", set())
        parts: dict[str, dict[str, Subdivision]] = defaultdict(dict)
        spellings: dict[str, dict[str, str]] = defaultdict(dict)
        for s in subs:
            for name in (s.name, *s.other_names):
                whole = whole_name(name)
                if whole is None or fold(whole) in used:
                    continue
                parts[fold(whole)][s.code] = s
                spellings[fold(whole)].setdefault(whole, whole)
        groups: dict[frozenset[str], list[str]] = defaultdict(list)
        for key, members in parts.items():
            if len(members) >= 2:
                groups[frozenset(members)].append(key)
        for codes, keys in sorted(groups.items(), key=lambda kv: sorted(kv[1])):
            members = [parts[keys[0]][c] for c in sorted(codes)]
            names = [n for k in sorted(keys) for n in spellings[k]]
            tops = {gn_code.get(s.code) is not None or s.parent is None for s in members}
            level = "ADM1" if tops == {True} else "ADM2"
            parents = {s.parent for s in members}
            parent = parents.pop() if len(parents) == 1 else None
            a1 = gn_code.get(parent) if parent is not None else None
            place = Place(
                id=f"divided:{cc}-{fold(names[0]).replace(' ', '-')}",
                name=names[0],
                latitude=round(sum(s.latitude for s in members) / len(members), 4),
                longitude=round(sum(s.longitude for s in members) / len(members), 4),
                feature_class="A",
                feature_code=level,
                country_code=cc,
                admin1_code=a1 if level == "ADM2" else None,
                source=source,
            )
            yield PlaceRecord(place, tuple(names[1:]))


def taken_names(
    cities: Mapping[str, Mapping[str, Any]], countries: Mapping[str, Mapping[str, Any]]
) -> dict[str, set[str]]:
    """The ``taken`` argument of :func:`divided_region_records`: folded town names by
    country, and under ``""`` every country's name with and without its compass word
    ("North Macedonia", "Macedonia").

    Parameters
    ----------
    cities : mapping
        GeoNames places as :func:`load_cities` gives them.
    countries : mapping
        GeoNames countries as :func:`load_countries` gives them.
    """
    out: dict[str, set[str]] = defaultdict(set)
    for c in cities.values():
        out[str(c["countrycode"])].add(fold(str(c["name"])))
    for country in countries.values():
        name = str(country["name"])
        out[""].add(fold(name))
        whole = whole_name(name)
        if whole is not None:
            out[""].add(fold(whole))
    return dict(out)
