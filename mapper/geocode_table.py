"""Coordinates for a table that names places: the spreadsheet-to-map job.

Each distinct (name, country, admin1) is looked up once with
:meth:`gazetteer.Gazetteer.geocode`. Rows are never dropped and never guessed: a row the
gazetteer cannot place keeps empty coordinates and says why in ``geocode_status``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from gazetteer import Gazetteer
from gazetteer.errors import InvalidQueryError, UnknownCountryError

from ._files import shown
from ._points import with_points
from .errors import InputError
from .toponym import Precision

if TYPE_CHECKING:
    import geopandas
    import pandas as pd

__all__ = [
    "ADMIN1_COLUMNS",
    "COUNTRY_COLUMNS",
    "GEOCODE_COLUMNS",
    "NAME_COLUMNS",
    "STATUSES",
    "geocode_table",
]

NAME_COLUMNS = ("location", "place", "place_name", "where_coordinates", "town", "city", "village")
"""Place-name columns recognised, in order, when ``name_col`` is not given (ACLED's
``location`` first; ``where_coordinates`` is UCDP's)."""
COUNTRY_COLUMNS = ("country", "country_code", "iso2", "iso_a2")
"""Country columns recognised when ``country_col`` is not given."""
ADMIN1_COLUMNS = ("admin1", "adm_1", "adm1", "admin1_name", "province", "governorate")
"""First-level region columns recognised when ``admin1_col`` is not given."""

GEOCODE_COLUMNS = (
    "place_id",
    "matched_name",
    "latitude",
    "longitude",
    "geo_precision",
    "geocode_score",
    "geocode_status",
)
"""The columns :func:`geocode_table` adds (or replaces)."""

STATUSES = {
    "matched": "the named place was found",
    "admin1_fallback": "the place was not found; the admin1 region it names is given instead",
    "unresolved": "no place good enough; coordinates left empty",
    "unknown_country": "the country value is not a country the gazetteer knows",
    "empty": "no place name in the row",
    "kept": "the row already had valid coordinates (overwrite=False)",
}
"""Every ``geocode_status`` value and what it means."""

_LATITUDE = ("latitude", "lat")
_LONGITUDE = ("longitude", "lon", "lng", "long")


def _find(df: pd.DataFrame, given: str | None, known: Sequence[str], role: str) -> str | None:
    columns = [str(c) for c in df.columns]
    if given is not None:
        if given in columns:
            return given
        folded = {c.strip().lower(): c for c in columns}
        if given.strip().lower() in folded:
            return folded[given.strip().lower()]
        raise InputError(
            f"{_source(df)}: no {role} column {given!r}; the columns are {', '.join(columns)}"
        )
    folded = {c.strip().lower(): c for c in columns}
    return next((folded[k] for k in known if k in folded), None)


def _source(df: pd.DataFrame) -> str:
    return str(df.attrs.get("source", "table"))


def _where(df: pd.DataFrame, position: int) -> str:
    lines = df.attrs.get("lines")
    if lines and position < len(lines):
        return f"{_source(df)}:{lines[position]}"
    return f"{_source(df)}: row {position + 1}"


def _text(value: object) -> str | None:
    """A cell as one-spaced text; None for an empty cell (None, NaN, NA, NaT, blanks)."""
    if value is None:
        return None
    try:
        if value != value:  # NaN and NaT are not equal to themselves
            return None
    except TypeError:  # pandas.NA refuses to be a bool
        return None
    text = " ".join(str(value).split())
    return text or None


def _coordinate(df: pd.DataFrame, position: int, column: str, value: object) -> float | None:
    """A latitude or longitude value checked for type and range; None when empty."""
    if _text(value) is None:
        return None
    bound = 90.0 if column.lower() in _LATITUDE else 180.0
    try:
        number = float(value.strip() if isinstance(value, str) else value)  # type: ignore[arg-type]
        if math.isnan(number):
            raise ValueError(value)
    except (TypeError, ValueError):
        raise InputError(
            f"{_where(df, position)}: {column} {shown(value)} is not a number"
        ) from None
    if not -bound <= number <= bound:
        raise InputError(
            f"{_where(df, position)}: {column} {shown(value)} is outside [-{bound:g}, {bound:g}]"
        )
    return number


def geocode_table(
    df: pd.DataFrame,
    *,
    name_col: str | None = None,
    country_col: str | None = None,
    admin1_col: str | None = None,
    gazetteer: Gazetteer | None = None,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> geopandas.GeoDataFrame:
    """Add coordinates to a table of place names.

    Parameters
    ----------
    df : pandas.DataFrame
        One row per incident or place, for example from :func:`read_table`.
    name_col, country_col, admin1_col : str, optional
        The columns holding the place name, the country (name or ISO code) and the
        first-level region. Without them, ACLED's ``location``, ``country`` and
        ``admin1`` and the alternatives in :data:`NAME_COLUMNS`, :data:`COUNTRY_COLUMNS`
        and :data:`ADMIN1_COLUMNS` are recognised (case-insensitively).
    gazetteer : Gazetteer, optional
        Defaults to :meth:`Gazetteer.shared`.
    overwrite : bool
        With False (default), rows that already have valid ``latitude``/``longitude``
        (or ``lat``/``lon``) keep them, with status ``kept``; with True every row is
        geocoded.
    progress : callable, optional
        Called as ``progress(done, total)`` after each distinct lookup.

    Returns
    -------
    geopandas.GeoDataFrame
        Every row of *df* in order, its columns, plus :data:`GEOCODE_COLUMNS` and a
        point geometry (EPSG:4326). Unresolved rows keep empty coordinates and an empty
        geometry; ``geocode_status`` says why (see :data:`STATUSES`).

    Raises
    ------
    InputError
        No place-name column (the message lists the columns), a named column that
        does not exist, or an existing coordinate that is not a number or out of range
        (naming the line and the value).

    Examples
    --------
    >>> gdf = geocode_table(read_table("examples/incident_log.csv"))  # doctest: +SKIP
    >>> gdf["geocode_status"].value_counts()                         # doctest: +SKIP
    """
    import pandas as pd

    name = _find(df, name_col, NAME_COLUMNS, "place-name")
    if name is None:
        raise InputError(
            f"{_source(df)}: no place-name column among {', '.join(map(str, df.columns))};"
            f" expected one of {', '.join(NAME_COLUMNS)}, or name it with name_col"
            " (--name-col on the command line)"
        )
    country = _find(df, country_col, COUNTRY_COLUMNS, "country")
    admin1 = _find(df, admin1_col, ADMIN1_COLUMNS, "admin1")
    lat_col = _find(df, None, _LATITUDE, "latitude")
    lon_col = _find(df, None, _LONGITUDE, "longitude")

    n = len(df)
    names = [_text(v) for v in df[name].tolist()]
    countries = [_text(v) for v in df[country].tolist()] if country else [None] * n
    regions = [_text(v) for v in df[admin1].tolist()] if admin1 else [None] * n
    kept = [False] * n
    existing: list[tuple[float | None, float | None]] = [(None, None)] * n
    if lat_col and lon_col:
        lats, lons = df[lat_col].tolist(), df[lon_col].tolist()
        for i in range(n):
            pair = (_coordinate(df, i, lat_col, lats[i]), _coordinate(df, i, lon_col, lons[i]))
            existing[i] = pair
            kept[i] = not overwrite and None not in pair

    keys = {(names[i], countries[i], regions[i]) for i in range(n) if names[i] and not kept[i]}
    answers: dict[tuple[str | None, str | None, str | None], tuple[object, ...]] = {}
    gz = gazetteer if gazetteer is not None else Gazetteer.shared()
    for done, key in enumerate(sorted(keys, key=lambda k: tuple(v or "" for v in k)), 1):
        answers[key] = _lookup(gz, *key)
        if progress is not None:
            progress(done, len(keys))

    rows: list[tuple[object, ...]] = []
    for i in range(n):
        if kept[i]:
            lat, lon = existing[i]
            rows.append((None, None, lat, lon, None, None, "kept"))
        elif not names[i]:
            rows.append((None, None, None, None, None, None, "empty"))
        else:
            rows.append(answers[(names[i], countries[i], regions[i])])
    added = pd.DataFrame(rows, columns=list(GEOCODE_COLUMNS), index=df.index)
    added["geo_precision"] = added["geo_precision"].astype("Int64")
    for column in ("latitude", "longitude", "geocode_score"):
        added[column] = added[column].astype("float64")
    for column in ("place_id", "matched_name", "geocode_status"):
        added[column] = added[column].astype("str")
    base = pd.DataFrame(df.drop(columns=[c for c in GEOCODE_COLUMNS if c in df.columns]))
    if "geometry" in base.columns:
        base = base.drop(columns="geometry")
    out = pd.concat([base, added], axis=1)
    out.attrs = dict(df.attrs)
    return with_points(out)


def _lookup(
    gz: Gazetteer, name: str, country: str | None, admin1: str | None
) -> tuple[object, ...]:
    """The added columns for one distinct (name, country, admin1)."""
    try:
        found = gz.geocode(name, country=country, admin1=admin1)
    except UnknownCountryError:
        return (None, None, None, None, None, None, "unknown_country")
    except InvalidQueryError:
        found = None
    if found is None:
        return (None, None, None, None, None, None, "unresolved")
    p = found.place
    status = "admin1_fallback" if found.fallback == "admin1" else "matched"
    precision = int(Precision.of(found))
    return (p.id, p.name, p.latitude, p.longitude, precision, found.score, status)
