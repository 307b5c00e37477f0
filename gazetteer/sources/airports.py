"""Airports, airfields and air bases from the ``airportsdata`` package (ICAO-keyed)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from importlib.metadata import version

from ..model import Place, PlaceRecord
from ..store import code_name

__all__ = ["airport_feature_code", "airport_records"]

_MILITARY = re.compile(
    r"\b(air ?base|air force|afb|ab|air station|naval air|army air ?field|military|"
    r"air ?field base|garrison|base a[eé]rea|base aerienne|luftwaffe|ang base|"
    r"joint base|raf|navy|marine corps)\b",
    re.IGNORECASE,
)
_HELI = re.compile(r"\b(heliport|helipad|helistop|hospital)\b", re.IGNORECASE)
_SEA = re.compile(r"\b(seaplane|sea plane|water ?aerodrome)\b", re.IGNORECASE)
_FIELD = re.compile(r"\b(airstrip|strip|field|ranch|farm)\b", re.IGNORECASE)
# Words that make "Al Asad Air Base" an alias "Al Asad" for military fields.
_GENERIC_TAIL = re.compile(
    r"\s*\b(international\s+)?(air ?base|airbase|air force base|airfield|airport|"
    r"air station|afb|ab)\b\s*$",
    re.IGNORECASE,
)


def airport_feature_code(name: str) -> str:
    """GeoNames feature code for an airport name: AIRB, AIRH, AIRS, AIRF or AIRP."""
    if _MILITARY.search(name):
        return "AIRB"
    if _HELI.search(name):
        return "AIRH"
    if _SEA.search(name):
        return "AIRS"
    if _FIELD.search(name) and "airport" not in name.lower():
        return "AIRF"
    return "AIRP"


def airport_records(
    airports: Mapping[str, Mapping[str, object]] | None = None,
    *,
    subdivision_names: Mapping[tuple[str, str], tuple[str, str | None]] | None = None,
) -> Iterator[PlaceRecord]:
    """PlaceRecords for every airport in ``airportsdata``.

    Parameters
    ----------
    airports : mapping, optional
        ICAO code -> airport dict; defaults to ``airportsdata.load("ICAO")``.
    subdivision_names : mapping, optional
        ``(country code, folded subdivision name) -> (display name, admin1 code)``,
        used to give airports an admin-1 name and code.
    """
    import airportsdata

    from ..normalize import name_key

    if airports is None:
        airports = airportsdata.load("ICAO")
    source = f"airportsdata {version('airportsdata')}"
    for icao, a in airports.items():
        name = str(a.get("name") or "").strip()
        if not name:
            continue
        try:
            lat, lon = float(a["lat"]), float(a["lon"])  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        cc = str(a.get("country") or "") or None
        subd = str(a.get("subd") or "")
        admin1_name = subd or None
        admin1_code = None
        if subdivision_names and cc and subd:
            hit = subdivision_names.get((cc, name_key(subd)))
            if hit:
                admin1_name, admin1_code = hit
        fcode = airport_feature_code(name)
        names: list[str] = [code_name(icao)]
        iata = str(a.get("iata") or "")
        if iata:
            names.append(code_name(iata))
        if fcode == "AIRB":
            short = _GENERIC_TAIL.sub("", name).strip()
            if short and short != name:
                names.append(short)
        yield PlaceRecord(
            Place(
                id=f"icao:{icao}",
                name=name,
                latitude=lat,
                longitude=lon,
                feature_class="S",
                feature_code=fcode,
                country_code=cc,
                admin1_code=admin1_code,
                admin1_name=admin1_name,
                source=source,
            ),
            tuple(names),
        )
