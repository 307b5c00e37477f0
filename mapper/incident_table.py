"""Incident tables read back from any format :func:`write_incidents` writes, and more.

Whatever the file, the result has the shape of :func:`to_geodataframe`: the columns of
:data:`INCIDENT_COLUMNS` first (absent ones empty), with one dtype per column, then any
other columns the file has, then a point geometry built from latitude and longitude.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ._cells import unquote_formulas
from ._files import checked_file, shown
from ._points import with_points
from .errors import InputError
from .frame import DATE_COLUMNS, FLOAT_COLUMNS, INCIDENT_COLUMNS, INTEGER_COLUMNS
from .tables import read_table

if TYPE_CHECKING:
    import geopandas
    import pandas as pd

__all__ = [
    "INCIDENT_TABLE_SUFFIXES",
    "checked_coordinates",
    "conform_incidents",
    "read_incident_table",
]

INCIDENT_TABLE_SUFFIXES = (".geojson", ".json", ".gpkg", ".parquet", ".csv", ".tsv", ".xlsx")
"""File extensions :func:`read_incident_table` reads."""

_OTHER_DATE_FORMS = ("%d %B %Y", "%d-%B-%Y")


def _fail(df: pd.DataFrame, column: str, position: int, value: object, what: str) -> InputError:
    source = df.attrs.get("source", "<table>")
    lines = df.attrs.get("lines")
    where = f"line {lines[position]}" if lines else f"row {position + 1}"
    return InputError(f"{source}: {where}: {column} {shown(value)} is not {what}")


def _dates(df: pd.DataFrame, column: str) -> pd.Series:
    import pandas as pd

    s = df[column]
    if not isinstance(s.dtype, pd.DatetimeTZDtype) and s.dtype.kind != "M":
        text = s.astype("str").str.strip().mask(lambda v: v == "")
        s = pd.to_datetime(text, errors="coerce", format="ISO8601")
        for form in _OTHER_DATE_FORMS:  # ACLED's own exports write "24 January 2024"
            retry = s.isna() & text.notna()
            if retry.any():
                s = s.fillna(pd.to_datetime(text.where(retry), errors="coerce", format=form))
        bad = s.isna() & text.notna()
        if bad.any():
            i = int(bad.to_numpy().argmax())
            raise _fail(df, column, i, text.iloc[i], "a date (2024-01-24 or 24 January 2024)")
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        s = s.dt.tz_localize(None)
    return s.astype("datetime64[s]")


def _numbers(df: pd.DataFrame, column: str, integer: bool) -> pd.Series:
    import pandas as pd

    raw = df[column].astype("object")
    raw = raw.where(raw.notna(), None).map(lambda v: v.strip() or None if isinstance(v, str) else v)
    numbers = pd.to_numeric(raw, errors="coerce")
    bad = numbers.isna() & raw.notna()
    if integer:
        bad |= numbers.notna() & (numbers % 1 != 0)
    if bad.any():
        i = int(bad.to_numpy().argmax())
        raise _fail(df, column, i, raw.iloc[i], "an integer" if integer else "a number")
    return numbers.astype("Int64" if integer else "float64")


_BOUNDS = {"latitude": 90.0, "longitude": 180.0}


def _coordinate(df: pd.DataFrame, column: str) -> pd.Series:
    """A latitude or longitude column as floats, each a number within its range."""
    numbers = _numbers(df, column, integer=False)
    bound = _BOUNDS[column]
    bad = numbers.abs() > bound
    if bad.any():
        i = int(bad.to_numpy().argmax())
        raise _fail(df, column, i, df[column].iloc[i], f"within [-{bound:g}, {bound:g}]")
    return numbers


def checked_coordinates(df: pd.DataFrame) -> pd.DataFrame:
    """*df* with its ``latitude`` and ``longitude`` columns as checked floats.

    Raises
    ------
    InputError
        A value that is not a number or is out of range, naming the file line (when the
        table came from :func:`read_table`) or row, and the value.
    """
    out = df.copy()
    for column in _BOUNDS:
        out[column] = _coordinate(df, column)
    return out


def conform_incidents(df: pd.DataFrame) -> geopandas.GeoDataFrame:
    """A table in the shape of :func:`to_geodataframe`.

    Parameters
    ----------
    df : pandas.DataFrame or geopandas.GeoDataFrame
        Any table. Columns of :data:`INCIDENT_COLUMNS` are converted to their type
        (dates, nullable integers, floats, text); missing ones are added empty; others
        follow in their order. When ``latitude``/``longitude`` are absent but a point
        geometry is present, they are taken from it.

    Returns
    -------
    geopandas.GeoDataFrame
        Point geometry from latitude and longitude (EPSG:4326); empty where either is.

    Raises
    ------
    InputError
        A value that is not of its column's type; the message names the row (or the
        file line, when the table came from :func:`read_table`) and the value.
    """
    import pandas as pd

    out = pd.DataFrame(index=df.index)
    geometry = df.geometry if "geometry" in df.columns and hasattr(df, "geometry") else None
    for column in INCIDENT_COLUMNS:
        if column in df.columns:
            if column in DATE_COLUMNS:
                out[column] = _dates(df, column)
            elif column in _BOUNDS:
                out[column] = _coordinate(df, column)
            elif column in INTEGER_COLUMNS or column in FLOAT_COLUMNS:
                out[column] = _numbers(df, column, column in INTEGER_COLUMNS)
            else:
                text = df[column].astype("object")
                out[column] = text.where(text.notna(), None).map(
                    lambda v: v if v is None or isinstance(v, str) else str(v)
                )
                out[column] = out[column].astype("str")
        elif column in DATE_COLUMNS:
            out[column] = pd.Series(pd.NaT, index=df.index, dtype="datetime64[s]")
        elif column in INTEGER_COLUMNS:
            out[column] = pd.Series(pd.NA, index=df.index, dtype="Int64")
        elif column in FLOAT_COLUMNS:
            out[column] = pd.Series(float("nan"), index=df.index, dtype="float64")
        else:
            out[column] = pd.Series(None, index=df.index, dtype="str")
    if geometry is not None and "latitude" not in df.columns and "longitude" not in df.columns:
        points = geometry.geom_type == "Point"
        out.loc[points, "latitude"] = geometry[points].y
        out.loc[points, "longitude"] = geometry[points].x
    for column in df.columns:
        if column not in out.columns and column != "geometry":
            out[column] = df[column]
    out.attrs = dict(df.attrs)
    return with_points(out.reset_index(drop=True))


def read_incident_table(path: str | os.PathLike[str]) -> geopandas.GeoDataFrame:
    """Read a table of incidents into the shape of :func:`to_geodataframe`.

    Parameters
    ----------
    path : path-like
        ``.geojson``/``.json``, ``.gpkg``, ``.parquet`` (GeoParquet or plain), ``.csv``,
        ``.tsv`` or ``.xlsx``, as :func:`write_incidents` writes them or as ACLED exports.

    Returns
    -------
    geopandas.GeoDataFrame
        See :func:`conform_incidents`.

    Raises
    ------
    InputError
        Missing file, unknown extension, unreadable content, or a value of the wrong
        type (naming the line or row and the value).
    """
    import geopandas

    p = checked_file(path, INCIDENT_TABLE_SUFFIXES, "incident tables")
    suffix = p.suffix.lower()
    if suffix == ".csv":  # as write_incidents writes it: formula-like text is quoted
        return conform_incidents(unquote_formulas(read_table(p)))
    if suffix in (".tsv", ".xlsx"):
        return conform_incidents(read_table(p))
    try:
        if suffix == ".parquet":
            try:
                df = geopandas.read_parquet(p)
            except ValueError:  # a plain Parquet table without geo metadata
                df = read_table(p)
        else:
            df = geopandas.read_file(p)
    except InputError:
        raise
    except Exception as exc:  # pyogrio and pyarrow raise their own error types
        raise InputError(f"{p}: not a readable {suffix[1:]} file ({exc})") from None
    df.attrs["source"] = str(p)
    return conform_incidents(df)
