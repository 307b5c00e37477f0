"""What a map can be drawn from: incidents, incident tables, point tables.

:func:`map_points` turns any of them into one table of located rows with longitude and
latitude in degrees, and says how many rows had no location.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .errors import InputError
from .frame import to_geodataframe
from .incident import Incident

__all__ = ["MapPoints", "map_points"]

_NEAR = 2  # Precision.NEAR: a point standing for an area or a line


@dataclass(frozen=True, slots=True)
class MapPoints:
    """Located rows ready to encode.

    Attributes
    ----------
    frame : DataFrame
        The located rows, without a geometry column.
    lon, lat : ndarray
        Degrees, EPSG:4326, one per row of *frame*.
    default_precision : ndarray
        ``geo_precision`` to assume for a row that has none: 2 where the row's geometry
        was a line or an area (drawn at a representative point), else 0.
    unlocated : int
        Input rows left out because they have no location.
    """

    frame: pd.DataFrame
    lon: np.ndarray
    lat: np.ndarray
    default_precision: np.ndarray
    unlocated: int


def _check_range(frame: pd.DataFrame, lon: np.ndarray, lat: np.ndarray, where: str) -> None:
    for name, values, bound in (("longitude", lon, 180.0), ("latitude", lat, 90.0)):
        bad = ~np.isfinite(values) | (np.abs(values) > bound)
        if bad.any():
            k = int(np.argmax(bad))
            raise InputError(
                f"{where}: row {frame.index[k]!r}: {name} {float(values[k])!r} is outside"
                f" [-{bound:g}, {bound:g}]"
            )


def _from_geodataframe(gdf: Any) -> MapPoints:
    import shapely
    from pyproj.exceptions import CRSError

    geometry = gdf.geometry
    located = ~(geometry.isna() | geometry.is_empty).to_numpy()
    if gdf.crs is None:
        inside = geometry[located]
        if len(inside):
            minx, miny, maxx, maxy = inside.total_bounds
            if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
                raise InputError(
                    "GeoDataFrame has no CRS and coordinates outside longitude/latitude"
                    f" ranges (bounds {minx:g}, {miny:g}, {maxx:g}, {maxy:g}); set its crs"
                )
    elif not gdf.crs.equals("EPSG:4326"):
        try:
            geometry = geometry.to_crs("EPSG:4326")
        except (CRSError, ValueError) as exc:
            raise InputError(
                f"GeoDataFrame CRS {gdf.crs}: cannot reproject to EPSG:4326 ({exc})"
            ) from None
    kept = geometry[located]
    values = kept.to_numpy()
    points = values.copy()
    is_point = shapely.get_type_id(values) == 0
    if (~is_point).any():
        points[~is_point] = shapely.point_on_surface(values[~is_point])
    frame = pd.DataFrame(gdf.loc[located].drop(columns=gdf.geometry.name))
    lon, lat = shapely.get_x(points), shapely.get_y(points)
    _check_range(frame, lon, lat, "GeoDataFrame geometry")
    default = np.where(is_point, 0, _NEAR).astype("int8")
    return MapPoints(frame, lon, lat, default, int((~located).sum()))


def _from_dataframe(df: pd.DataFrame) -> MapPoints:
    missing = [c for c in ("latitude", "longitude") if c not in df.columns]
    if missing:
        raise InputError(
            f"DataFrame has no geometry and no {' or '.join(missing)} column; give a"
            " GeoDataFrame or latitude and longitude columns"
        )
    coords = {}
    for column in ("longitude", "latitude"):
        numbers = pd.to_numeric(df[column], errors="coerce")
        bad = df[column].notna() & numbers.isna()
        if bad.any():
            label = bad.idxmax()
            raise InputError(f"{column}: row {label!r}: {df[column][label]!r} is not a number")
        coords[column] = numbers.to_numpy("float64", na_value=np.nan)
    located = ~(np.isnan(coords["longitude"]) | np.isnan(coords["latitude"]))
    frame = df.loc[located]
    lon, lat = coords["longitude"][located], coords["latitude"][located]
    _check_range(frame, lon, lat, "DataFrame")
    return MapPoints(frame, lon, lat, np.zeros(len(frame), dtype="int8"), int((~located).sum()))


def map_points(data: Any) -> MapPoints:
    """The located rows of incidents, an incident GeoDataFrame or any point table.

    Parameters
    ----------
    data : iterable of Incident, GeoDataFrame or DataFrame
        Incidents; a GeoDataFrame in any CRS (reprojected to EPSG:4326; without a CRS,
        coordinates must be longitude/latitude); or a plain DataFrame with ``latitude``
        and ``longitude`` columns, such as an ACLED export. Lines and areas are placed at
        a representative point inside them.

    Returns
    -------
    MapPoints

    Raises
    ------
    InputError
        Anything else, an item that is not an :class:`~mapper.Incident`, coordinates out
        of range, or a CRS that cannot be reprojected; the message names the row.
    """
    import geopandas

    if isinstance(data, pd.DataFrame):
        twice = data.columns[data.columns.duplicated()]
        if len(twice):
            raise InputError(f"column {twice[0]!r} appears twice; give each column its own name")
    if isinstance(data, geopandas.GeoDataFrame):
        if data.geometry.name not in data.columns:
            raise InputError("GeoDataFrame has no active geometry column")
        return _from_geodataframe(data)
    if isinstance(data, pd.DataFrame):
        return _from_dataframe(data)
    if isinstance(data, str | bytes) or not isinstance(data, Iterable):
        raise InputError(
            "map data must be Incidents, a GeoDataFrame or a DataFrame with latitude and"
            f" longitude, not {type(data).__name__}"
        )
    items = list(data)
    for k, item in enumerate(items):
        if not isinstance(item, Incident):
            raise InputError(f"map data item {k}: expected an Incident, got {item!r:.80}")
    return _from_geodataframe(to_geodataframe(items))
