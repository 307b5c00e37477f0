"""Supplements: small tables of places and aliases that a team maintains (CSV or GeoJSON).

CSV columns (header required; only ``name`` is mandatory, plus coordinates for new
places)::

    id,name,aliases,latitude,longitude,feature_class,feature_code,country_code,
    admin1_name,population,provenance

``aliases`` are separated by ``|``. A row whose ``id`` names a place that already exists
(``icao:ORAA``) and has no coordinates only adds its name and aliases to that place.
Rows without an id get ``supplement:<slug of name>-<country>``.

GeoJSON: a FeatureCollection of Point features whose properties carry the same fields
(``aliases`` may be a list); the coordinates come from the geometry.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GazetteerDataError, GazetteerFileError, PlaceNotFound
from ..model import Place, PlaceRecord
from ..normalize import fold

__all__ = ["Supplement", "extend_with_supplements", "read_supplement"]

_MAX_BYTES = 64 * 1024 * 1024
_FIELDS = (
    "id",
    "name",
    "aliases",
    "latitude",
    "longitude",
    "feature_class",
    "feature_code",
    "country_code",
    "admin1_name",
    "population",
    "provenance",
)
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*:[^\s]+$")


@dataclass(frozen=True, slots=True)
class Supplement:
    """What a supplement file holds: new places, and aliases for existing ones."""

    records: tuple[PlaceRecord, ...]
    aliases: tuple[tuple[str, str], ...]  # (existing place id, name)


def _slug(text: str) -> str:
    return "-".join(fold(text).split()) or "place"


def _number(value: Any, what: str, path: str, line: int | None) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise GazetteerDataError(
            f"{what} is not a number", path=path, line=line, value=str(value)
        ) from None
    if math.isnan(x) or math.isinf(x):
        raise GazetteerDataError(f"{what} is not finite", path=path, line=line, value=str(value))
    return x


def _row(fields: Mapping[str, Any], path: str, line: int | None, source: str) -> PlaceRecord | list:
    name = str(fields.get("name") or "").strip()
    if not name:
        raise GazetteerDataError("empty name", path=path, line=line, value=str(dict(fields)))
    aliases_raw = fields.get("aliases")
    if aliases_raw is None or aliases_raw == "":
        aliases: tuple[str, ...] = ()
    elif isinstance(aliases_raw, str):
        aliases = tuple(a.strip() for a in aliases_raw.split("|") if a.strip())
    elif isinstance(aliases_raw, list):
        aliases = tuple(str(a).strip() for a in aliases_raw if str(a).strip())
    else:
        raise GazetteerDataError(
            "aliases must be text or a list", path=path, line=line, value=repr(aliases_raw)
        )
    pid = str(fields.get("id") or "").strip()
    if pid and not _ID.match(pid):
        raise GazetteerDataError(
            "id must look like 'namespace:value'", path=path, line=line, value=pid
        )
    lat_raw, lon_raw = fields.get("latitude"), fields.get("longitude")
    if pid and lat_raw in (None, "") and lon_raw in (None, ""):
        return [(pid, n) for n in (name, *aliases)]
    lat = _number(lat_raw, "latitude", path, line)
    lon = _number(lon_raw, "longitude", path, line)
    if not -90 <= lat <= 90:
        raise GazetteerDataError(
            "latitude out of range [-90, 90]", path=path, line=line, value=str(lat_raw)
        )
    if not -180 <= lon <= 180:
        raise GazetteerDataError(
            "longitude out of range [-180, 180]", path=path, line=line, value=str(lon_raw)
        )
    cc = str(fields.get("country_code") or "").strip().upper() or None
    if cc is not None and not re.fullmatch(r"[A-Z]{2}", cc):
        raise GazetteerDataError(
            "country_code must be ISO 3166-1 alpha-2", path=path, line=line, value=cc
        )
    pop_raw = fields.get("population")
    population = 0 if pop_raw in (None, "") else int(_number(pop_raw, "population", path, line))
    fclass = str(fields.get("feature_class") or "P").strip() or "P"
    fcode = str(fields.get("feature_code") or ("PPL" if fclass == "P" else "")).strip()
    if not fcode:
        raise GazetteerDataError(
            "feature_code is required when feature_class is not P",
            path=path,
            line=line,
            value=fclass,
        )
    place = Place(
        id=pid or f"supplement:{_slug(name)}-{(cc or 'xx').lower()}",
        name=name,
        latitude=lat,
        longitude=lon,
        feature_class=fclass,
        feature_code=fcode,
        country_code=cc,
        admin1_name=str(fields.get("admin1_name") or "").strip() or None,
        population=population,
        source=source,
        provenance=str(fields.get("provenance") or "").strip(),
    )
    return PlaceRecord(place, aliases)


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > _MAX_BYTES:
            raise GazetteerDataError(
                f"supplement is {size} bytes, more than the {_MAX_BYTES} allowed", path=str(path)
            )
        data = path.read_bytes()
    except OSError as exc:  # missing or unreadable: a file problem, not bad data
        raise GazetteerFileError(f"{path}: cannot read supplement ({exc.strerror})") from None
    if not data.strip():
        raise GazetteerDataError("supplement is empty", path=str(path))
    if b"\x00" in data:
        raise GazetteerDataError("supplement is binary, not text", path=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GazetteerDataError(
            "not valid UTF-8",
            path=str(path),
            line=line,
            value=repr(data[exc.start : exc.start + 8]),
        ) from None


def read_supplement(path: str | os.PathLike[str], *, source: str | None = None) -> Supplement:
    """Read a supplement CSV or GeoJSON file.

    Parameters
    ----------
    path : path-like
        A ``.csv`` / ``.tsv`` or ``.geojson`` / ``.json`` file.
    source : str, optional
        The ``source`` given to its places; defaults to ``supplement:<file name>``.

    Returns
    -------
    Supplement

    Raises
    ------
    GazetteerFileError
        The file is missing or unreadable.
    GazetteerDataError
        The file is empty, binary, not UTF-8, malformed, or a row is invalid; the
        message names the file, the line and the value.
    """
    p = Path(path)
    source = source or f"supplement:{p.name}"
    text = _read_text(p)
    rows: list[tuple[int, Mapping[str, Any]]] = []
    if p.suffix.lower() in (".geojson", ".json"):
        rows = _geojson_rows(text, str(p))
    elif p.suffix.lower() in (".csv", ".tsv", ".txt"):
        rows = _csv_rows(text, str(p), "\t" if p.suffix.lower() == ".tsv" else ",")
    else:
        raise GazetteerDataError(
            "unknown supplement format (use .csv, .tsv or .geojson)", path=str(p), value=p.suffix
        )
    records: list[PlaceRecord] = []
    aliases: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    geojson = p.suffix.lower() in (".geojson", ".json")
    for line, fields in rows:
        # GeoJSON has no meaningful line per feature: name the feature instead.
        where, at = (f"{p} (feature {line})", None) if geojson else (str(p), line)
        got = _row(fields, where, at, source)
        if isinstance(got, PlaceRecord):
            if got.place.id in seen:
                raise GazetteerDataError(
                    f"duplicate id (first on line {seen[got.place.id]})",
                    path=str(p),
                    line=line,
                    value=got.place.id,
                )
            seen[got.place.id] = line
            records.append(got)
        else:
            aliases.extend(got)
    return Supplement(tuple(records), tuple(aliases))


def _csv_rows(text: str, path: str, delimiter: str) -> list[tuple[int, Mapping[str, Any]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as exc:
        raise GazetteerDataError(f"malformed CSV header ({exc})", path=path, line=1) from None
    if "name" not in header:
        raise GazetteerDataError(
            "header has no 'name' column", path=path, line=1, value=",".join(header)
        )
    unknown = [h for h in header if h not in _FIELDS]
    if unknown:
        raise GazetteerDataError(
            f"unknown column(s); expected some of {', '.join(_FIELDS)}",
            path=path,
            line=1,
            value=",".join(unknown),
        )
    out = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(c.strip() for c in row):
                continue
            if len(row) != len(header):
                raise GazetteerDataError(
                    f"{len(row)} fields where the header has {len(header)}",
                    path=path,
                    line=line,
                    value=delimiter.join(row),
                )
            out.append((line, dict(zip(header, row, strict=True))))
    except csv.Error as exc:
        raise GazetteerDataError(
            f"malformed CSV ({exc})", path=path, line=reader.line_num
        ) from None
    return out


def _geojson_rows(text: str, path: str) -> list[tuple[int, Mapping[str, Any]]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        snippet = text[max(0, exc.pos - 20) : exc.pos + 20]
        raise GazetteerDataError(
            f"malformed JSON ({exc.msg})", path=path, line=exc.lineno, value=snippet
        ) from None
    except RecursionError:
        raise GazetteerDataError(
            "malformed JSON (nested too deeply)", path=path, value=text[:20]
        ) from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise GazetteerDataError(
            "GeoJSON must be a FeatureCollection", path=path, value=str(doc)[:60]
        )
    out = []
    for i, feat in enumerate(doc.get("features") or [], 1):
        where = f"feature {i}"
        geom = (feat or {}).get("geometry") or {}
        props = dict((feat or {}).get("properties") or {})
        if geom:
            coords = geom.get("coordinates")
            if geom.get("type") != "Point" or not isinstance(coords, list) or len(coords) < 2:
                raise GazetteerDataError(
                    f"{where}: geometry must be a Point", path=path, value=json.dumps(geom)[:60]
                )
            props.setdefault("longitude", coords[0])
            props.setdefault("latitude", coords[1])
        out.append((i, props))
    return out


def extend_with_supplements(
    base: str | os.PathLike[str],
    supplements: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
) -> Path:
    """Write a copy of gazetteer *base* extended with supplement files to *output*.

    Raises
    ------
    GazetteerDataError
        A supplement is malformed.
    PlaceNotFound
        An alias row names a place id that is in neither the base nor the supplement.
    """
    from ..store import Builder

    used = []
    with Builder(output, base=base, workers=1) as b:
        for path in supplements:
            sup = read_supplement(path)
            b.add(sup.records, where=str(path))
            for place_id, _ in sup.aliases:
                if not b.has(place_id):
                    raise PlaceNotFound(f"{path}: alias row names unknown place {place_id!r}")
            b.add_names(sup.aliases)
            used.append(str(path))
        return b.commit({"kind": "extended", "supplements": used})
