"""Incidents as one compact, script-safe JSON document for the browser.

The page carries the incidents once, column by column: coordinates as integers in
1e-5 degrees (about a metre), dates as days since 1970-01-01, counts as integers, and
every text column either as a list of values or, when values repeat (event types,
actors, places, sources), as codes into a dictionary. :func:`script_json` makes the
text safe inside ``<script type="application/json">``.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .errors import InputError

__all__ = [
    "COMPRESSED_TYPE",
    "COORD_SCALE",
    "FORMAT_VERSION",
    "decode_rows",
    "encode_frame",
    "payload_block",
    "read_payload_block",
    "script_json",
]

FORMAT_VERSION = 1
COORD_SCALE = 100_000
"""Coordinates travel as ``round(degrees * COORD_SCALE)``."""

TEXT_COLUMNS: dict[str, str] = {
    "event_id_cnty": "id",
    "event_type": "type",
    "sub_event_type": "sub",
    "date_precision": "dprec",
    "location": "loc",
    "place_name": "place",
    "country": "country",
    "admin1": "admin1",
    "source": "src",
    "source_url": "url",
    "notes": "notes",
}
"""Incident text columns and their short names in the payload."""
COUNT_COLUMNS: dict[str, str] = {
    "geo_precision": "gp",
    "fatalities": "fat",
    "fatalities_high": "fath",
    "injuries": "inj",
    "injuries_high": "injh",
    "n_sources": "nsrc",
}
_ACTORS = {"actor1": "a1", "actor2": "a2"}
_ALWAYS_CODED = {"type", "sub", "dprec", "country", "admin1"}
_GEO_PRECISIONS = {1, 2, 3, 4}


def _shown(value: Any) -> Any:
    """A value as the user wrote it: numpy scalars as plain Python values."""
    return value.item() if hasattr(value, "item") else value


def _strings(series: pd.Series) -> list[str | None]:
    values = series.astype(object).where(series.notna(), None).tolist()
    if pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        return values
    return [None if v is None else str(v) for v in values]


def _hashable(series: pd.Series) -> pd.Series:
    """*series*, with values that cannot be hashed (lists, dicts) as their text."""
    if series.dtype != object:
        return series
    values = series.tolist()
    if all(isinstance(v, Hashable) for v in values):
        return series
    return pd.Series(
        [v if isinstance(v, Hashable) else str(v) for v in values], index=series.index, dtype=object
    )


def _text_column(series: pd.Series, *, coded: bool) -> dict[str, Any]:
    """Codes into a dictionary when *coded* or when values repeat, else the values."""
    series = _hashable(series)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    if coded or len(uniques) <= len(series) // 2:
        return {"c": codes.tolist(), "d": [str(u) for u in uniques]}
    return {"v": _strings(series)}


def _numbers(series: pd.Series, column: str, what: str, ok: Any) -> np.ndarray:
    """*series* as floats (NaN where missing); *ok* says which are *what*, else an error."""
    numbers = pd.to_numeric(series, errors="coerce")
    bad = series.notna() & numbers.isna()
    if bad.any():
        label = bad.idxmax()
        raise InputError(f"{column}: row {label!r}: {_shown(series[label])!r} is not a number")
    values = numbers.to_numpy(dtype="float64", na_value=np.nan)
    with np.errstate(invalid="ignore"):
        wrong = ~np.isnan(values) & ~ok(values)
    if wrong.any():
        label = series.index[int(np.argmax(wrong))]
        raise InputError(f"{column}: row {label!r}: {_shown(series[label])!r} is not {what}")
    return values


def _counts(series: pd.Series, column: str) -> list[int]:
    """Whole non-negative numbers; -1 stands for a missing one."""
    values = _numbers(
        series,
        column,
        "a whole non-negative number",
        lambda v: (v >= 0) & (v == np.floor(v)) & (v <= 2**53),
    )
    return np.where(np.isnan(values), -1, values).astype("int64").tolist()


def _confidence(series: pd.Series) -> list[int]:
    """Shares in [0, 1] as whole percentages; -1 stands for a missing one."""
    values = _numbers(series, "confidence", "a share in [0, 1]", lambda v: (v >= 0) & (v <= 1))
    return np.where(np.isnan(values), -1, np.rint(values * 100)).astype("int64").tolist()


def _scaled(degrees: np.ndarray) -> list[int]:
    return np.rint(np.asarray(degrees, dtype="float64") * COORD_SCALE).astype("int64").tolist()


_FIRST_DAY, _LAST_DAY = np.datetime64("0001-01-01", "D"), np.datetime64("9999-12-31", "D")
"""The days a page can show as ``yyyy-mm-dd``."""


def _not_a_date(series: pd.Series, column: str, bad: pd.Series) -> InputError:
    label = bad.idxmax()
    return InputError(f"{column}: row {label!r}: {_shown(series[label])!r} is not a date")


def _days(series: pd.Series, column: str) -> list[int | None]:
    """Days since 1970-01-01 (UTC for times with an offset); numbers are not dates."""
    if pd.api.types.is_datetime64_any_dtype(series):
        stamps = series
        if getattr(series.dt, "tz", None) is not None:
            stamps = series.dt.tz_convert("UTC").dt.tz_localize(None)
    else:
        # pandas reads a number as nanoseconds since 1970: a year or 20240105 would pass.
        numeric = series.map(
            lambda v: isinstance(v, int | float | np.number) and not isinstance(v, bool),
            na_action="ignore",
        )
        if numeric.fillna(False).astype(bool).any():
            raise _not_a_date(series, column, numeric.fillna(False).astype(bool))
        stamps = pd.to_datetime(series, errors="coerce", format="mixed", utc=True)
        stamps = stamps.dt.tz_localize(None)
        bad = series.notna() & stamps.isna()
        if bad.any():
            raise _not_a_date(series, column, bad)
    # In the column's own unit: forcing nanoseconds wraps dates after 2262 around.
    days = stamps.to_numpy().astype("datetime64[D]")
    ints = days.astype("int64")
    missing = np.isnat(days)
    far = ~missing & ((days < _FIRST_DAY) | (days > _LAST_DAY))
    if far.any():
        label = series.index[int(np.argmax(far))]
        raise InputError(
            f"{column}: row {label!r}: {_shown(series[label])!r} is not a date in years 1-9999"
        )
    if not missing.any():
        return ints.tolist()
    return [None if m else int(d) for d, m in zip(ints.tolist(), missing.tolist(), strict=True)]


def encode_frame(
    frame: pd.DataFrame,
    lon: np.ndarray,
    lat: np.ndarray,
    *,
    extra: Sequence[str] = (),
    default_precision: np.ndarray | None = None,
) -> dict[str, Any]:
    """The payload for located rows of an incident table.

    Parameters
    ----------
    frame : DataFrame
        Rows to show, with any of the incident columns (:data:`mapper.INCIDENT_COLUMNS`);
        missing columns are left out of the payload.
    lon, lat : ndarray
        Coordinates of each row in degrees (EPSG:4326).
    extra : sequence of str
        Other columns to show in popups as text, by name.
    default_precision : ndarray, optional
        ``geo_precision`` for rows whose own is missing (0 for none).

    Returns
    -------
    dict
        ``{"v": 1, "n": rows, "dicts": {...}, "cols": {...}, "extra": [...]}``.

    Raises
    ------
    InputError
        A count, precision or date value that is not one, naming the column and row.
    """
    n = len(frame)
    cols: dict[str, Any] = {
        "lat": {
            "v": np.rint(np.asarray(lat, dtype="float64") * COORD_SCALE).astype("int64").tolist()
        },
        "lon": {
            "v": np.rint(np.asarray(lon, dtype="float64") * COORD_SCALE).astype("int64").tolist()
        },
    }
    dicts: dict[str, list[str]] = {}
    for column, key in TEXT_COLUMNS.items():
        if column in frame.columns:
            cols[key] = _text_column(frame[column], coded=key in _ALWAYS_CODED)
    actors = [c for c in _ACTORS if c in frame.columns]
    if actors:
        everything = pd.concat([frame[c].astype(object) for c in actors], ignore_index=True)
        codes, uniques = pd.factorize(everything, use_na_sentinel=True)
        dicts["actor"] = [str(u) for u in uniques]
        for k, c in enumerate(actors):
            cols[_ACTORS[c]] = {"c": codes[k * n : (k + 1) * n].tolist(), "ref": "actor"}
    for column, key in COUNT_COLUMNS.items():
        if column in frame.columns:
            cols[key] = {"v": _counts(frame[column], column), "na": -1}
    if "gp" in cols:
        wrong = [v for v in cols["gp"]["v"] if v > 0 and v not in _GEO_PRECISIONS]
        if wrong or 0 in cols["gp"]["v"]:
            bad = wrong[0] if wrong else 0
            label = frame.index[cols["gp"]["v"].index(bad)]
            raise InputError(f"geo_precision: row {label!r}: {bad!r} is not 1, 2, 3 or 4")
    if default_precision is not None and np.any(default_precision):
        own = np.asarray(cols["gp"]["v"] if "gp" in cols else [-1] * n, dtype="int64")
        fallback = np.where(default_precision > 0, default_precision, -1)
        cols["gp"] = {"v": np.where(own > 0, own, fallback).astype("int64").tolist(), "na": -1}
    if "event_date" in frame.columns:
        cols["day"] = {"v": _days(frame["event_date"], "event_date")}
    if "confidence" in frame.columns:
        cols["conf"] = {"v": _confidence(frame["confidence"]), "na": -1}
    extras = []
    for k, column in enumerate(extra):
        key = f"x{k}"
        cols[key] = _text_column(frame[column], coded=False)
        extras.append({"key": key, "label": str(column)})
    return {"v": FORMAT_VERSION, "n": n, "dicts": dicts, "cols": cols, "extra": extras}


def script_json(payload: Any) -> str:
    """JSON text safe to place inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e`` and ``\\u0026``, so no value
    can close the script element or open a comment; U+2028 and U+2029 are escaped too.
    ``JSON.parse`` reads the result back to the same values.

    Raises
    ------
    InputError
        The payload holds NaN or infinity, which JSON cannot carry.
    """
    try:
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError as exc:
        raise InputError(f"map data: {exc}") from None
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


COMPRESSED_TYPE = "application/x-incident-mapper+gzip+base64"
"""The script type of a gzip-compressed, base64-encoded payload block."""


def payload_block(payload: Any, element_id: str, *, compress: bool | None = None) -> str:
    """The ``<script>`` element carrying *payload*, plain or compressed.

    Parameters
    ----------
    payload : dict
    element_id : str
        The element's id: letters, digits, ``_`` and ``-`` only.
    compress : bool, optional
        gzip the JSON and base64 it (a fifth to a sixth of the size for incident
        tables; the browser unpacks it with ``DecompressionStream``). By default, only
        when the JSON exceeds 1 MB.

    Returns
    -------
    str
        ``<script type="application/json" id=...>`` with :func:`script_json` text, or
        ``<script type="COMPRESSED_TYPE" id=...>`` with base64 text.
    """
    if not re.fullmatch(r"[A-Za-z0-9_-]+", element_id):
        raise InputError(f"payload element id {element_id!r}: letters, digits, _ and - only")
    text = script_json(payload)
    if compress is None:
        compress = len(text) > 1_000_000
    if not compress:
        return f'<script type="application/json" id="{element_id}">{text}</script>'
    packed = base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=1, mtime=0))
    return f'<script type="{COMPRESSED_TYPE}" id="{element_id}">{packed.decode("ascii")}</script>'


def read_payload_block(block: str) -> Any:
    """The payload back from :func:`payload_block` output (for tests and inspection)."""
    match = re.fullmatch(r'<script type="([^"]+)" id="[^"]+">(.*)</script>', block, re.S)
    if match is None:
        raise InputError("not a payload block")
    text = match[2]
    if match[1] == COMPRESSED_TYPE:
        text = gzip.decompress(base64.b64decode(text)).decode("utf-8")
    return json.loads(text)


def _reader(payload: dict[str, Any], key: str) -> Any:
    col = payload["cols"].get(key)
    if col is None:
        return lambda i: None
    if "c" in col:
        table = col["d"] if "d" in col else payload["dicts"][col["ref"]]
        codes = col["c"]
        return lambda i: None if codes[i] < 0 else table[codes[i]]
    values, na = col["v"], col.get("na", None)
    return lambda i: None if values[i] == na else values[i]


def decode_rows(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a payload back as dicts keyed by payload column name.

    The browser reads the payload the same way; this is for tests and inspection.
    ``lat`` and ``lon`` come back in degrees.
    """
    readers = {key: _reader(payload, key) for key in payload["cols"]}
    rows = []
    for i in range(payload["n"]):
        row = {key: read(i) for key, read in readers.items()}
        row["lat"] = row["lat"] / COORD_SCALE
        row["lon"] = row["lon"] / COORD_SCALE
        rows.append(row)
    return rows
