"""Point geometry from latitude and longitude columns (private)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import geopandas
    import pandas as pd

__all__ = ["with_points"]


def with_points(df: pd.DataFrame) -> geopandas.GeoDataFrame:
    """*df* with a point geometry (EPSG:4326) built from its ``latitude`` and
    ``longitude`` columns; rows without both get an empty geometry, never POINT (nan nan).
    """
    import geopandas

    frame = df.drop(columns="geometry") if "geometry" in df.columns else df
    lat = frame["latitude"].astype("float64")
    lon = frame["longitude"].astype("float64")
    points = geopandas.points_from_xy(lon, lat, crs="EPSG:4326")
    gdf = geopandas.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")
    missing = (lat.isna() | lon.isna()).to_numpy()
    if missing.any():
        gdf.loc[missing, "geometry"] = None
    return gdf
