"""Incident tables written as GeoJSON, GeoPackage, GeoParquet or CSV, atomically.

The format follows the output file's extension. Every write goes to a temporary file in
the destination's folder and is renamed into place only when complete, so a failure
leaves no partial file and an existing file untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ._cells import quote_formulas
from ._points import with_points
from .errors import InputError, OutputError, PathError
from .frame import to_geodataframe
from .incident import Incident

if TYPE_CHECKING:
    import geopandas
    import pandas as pd

__all__ = ["DRIVERS", "check_output", "driver_for", "write_incidents"]

DRIVERS: dict[str, str] = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".gpkg": "GPKG",
    ".parquet": "Parquet",
    ".csv": "CSV",
}
"""The format written for each output extension."""


def _frame(data: pd.DataFrame | Iterable[Incident]) -> geopandas.GeoDataFrame:
    import geopandas
    import pandas as pd

    if isinstance(data, geopandas.GeoDataFrame):
        gdf = data
        if "latitude" not in gdf.columns and "longitude" not in gdf.columns:
            points = gdf.geometry.geom_type == "Point"
            gdf = gdf.copy()
            gdf["latitude"] = gdf.geometry.y.where(points)
            gdf["longitude"] = gdf.geometry.x.where(points)
        return gdf
    if isinstance(data, pd.DataFrame):
        if "latitude" not in data.columns or "longitude" not in data.columns:
            raise InputError(
                "a table to write needs latitude and longitude columns (or a geometry);"
                f" it has {', '.join(map(str, data.columns))}"
            )
        return with_points(data)
    return to_geodataframe(data)


def _writable(gdf: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """Object columns as text (dates kept as dates), which every driver can store."""
    import datetime as dt

    import pandas as pd

    out = gdf.copy()
    for column in out.columns:
        if column == out.geometry.name or out[column].dtype != object:
            continue
        values = out[column].dropna()
        if len(values) and values.map(lambda v: isinstance(v, dt.date)).all():
            out[column] = pd.to_datetime(out[column])
        else:
            out[column] = out[column].map(
                lambda v: v if v is None or isinstance(v, str) or pd.isna(v) else str(v)
            )
    return out


def _csv(gdf: geopandas.GeoDataFrame, path: Path) -> None:
    import pandas as pd

    df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    for column in df.columns:
        if df[column].dtype.kind == "M":
            s = df[column]
            midnight = (s.dropna() == s.dropna().dt.normalize()).all()
            df[column] = s.dt.strftime("%Y-%m-%d" if midnight else "%Y-%m-%dT%H:%M:%S")
    df = quote_formulas(df)  # news text must not run as a formula in a spreadsheet
    df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def _write(gdf: geopandas.GeoDataFrame, path: Path, driver: str) -> None:
    if driver == "CSV":
        _csv(gdf, path)
    elif driver == "Parquet":
        gdf.to_parquet(path, index=False)
    elif driver == "GeoJSON":
        gdf.to_file(path, driver="GeoJSON", engine="pyogrio", RFC7946="YES", WRITE_BBOX="NO")
    else:
        gdf.to_file(path, driver="GPKG", engine="pyogrio", layer=path.stem)


def driver_for(path: str | os.PathLike[str], driver: str | None = None) -> str:
    """The format :func:`write_incidents` would write: *driver*, or the one for the
    extension of *path*.

    Raises
    ------
    PathError
        An unknown extension (an :class:`InputError` too).
    InputError
        An unknown driver.
    """
    if driver is None:
        p = Path(path)
        chosen = DRIVERS.get(p.suffix.lower())
        if chosen is None:
            raise PathError(
                f"{p}: unknown output extension {p.suffix or '(none)'!r}; use one of"
                f" {', '.join(DRIVERS)}"
            )
        return chosen
    chosen = {d.lower(): d for d in DRIVERS.values()}.get(driver.lower())
    if chosen is None:
        raise InputError(f"unknown driver {driver!r}; use one of GeoJSON, GPKG, Parquet, CSV")
    return chosen


def check_output(path: str | os.PathLike[str]) -> Path:
    """The folder *path* would be written in, checked before any work is done.

    Returns
    -------
    Path
        The existing folder that holds (or will hold) *path*.

    Raises
    ------
    OutputError
        *path* is a folder, or its folder is a file or does not exist.
    """
    p = Path(path)
    parent = p.parent if str(p.parent) else Path(".")
    if p.is_dir():
        raise OutputError(f"{p}: is a folder, not a file")
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"{p}: {parent} is a file, not a folder")
    if not parent.is_dir():
        raise OutputError(f"{p}: the folder {parent} does not exist")
    return parent


def write_incidents(
    data: pd.DataFrame | Iterable[Incident],
    path: str | os.PathLike[str],
    *,
    driver: str | None = None,
) -> Path:
    """Write incidents (or any geocoded table) to a file, atomically.

    Parameters
    ----------
    data : GeoDataFrame, DataFrame or iterable of Incident
        Incidents are converted with :func:`to_geodataframe`; a plain DataFrame needs
        ``latitude`` and ``longitude`` columns.
    path : path-like
        The output file. Its extension chooses the format: ``.geojson``/``.json``
        (GeoJSON, RFC 7946), ``.gpkg`` (GeoPackage, one layer named after the file),
        ``.parquet`` (GeoParquet), ``.csv`` (UTF-8, one column per field with latitude
        and longitude, no geometry column; dates as YYYY-MM-DD).
    driver : str, optional
        ``"GeoJSON"``, ``"GPKG"``, ``"Parquet"`` or ``"CSV"``, to override the extension.

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    InputError
        Unknown extension or driver, or a DataFrame without coordinates.
    OutputError
        The folder is missing or not writable, or the format could not be written;
        nothing is left behind and an existing file is unchanged.

    Examples
    --------
    >>> write_incidents(extract_incidents(text), "incidents.gpkg")  # doctest: +SKIP
    """
    p = Path(path)
    chosen = driver_for(p, driver)
    gdf = _writable(_frame(data))
    parent = check_output(p)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{p.name}.", dir=parent))
    except OSError as exc:
        raise OutputError(f"{p}: cannot write in {parent} ({exc.strerror or exc})") from None
    try:
        staged = tmp / p.name
        try:
            _write(gdf, staged, chosen)
        except OSError as exc:  # a full disk, a quota, a folder gone meanwhile
            raise OutputError(f"{p}: cannot write ({exc.strerror or exc})") from exc
        except Exception as exc:  # pyogrio, pyarrow and pandas raise their own errors
            raise OutputError(f"{p}: could not write {chosen}: {exc}") from exc
        try:
            os.replace(staged, p)
        except OSError as exc:
            raise OutputError(f"{p}: cannot replace ({exc.strerror or exc})") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return p
