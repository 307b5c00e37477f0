"""Incidents as a GeoDataFrame with ACLED's column names.

>>> from mapper import extract_incidents, to_geodataframe     # doctest: +SKIP
>>> gdf = to_geodataframe(extract_incidents(text, published="2024-01-24"))
>>> gdf[["event_date", "event_type", "location", "fatalities"]]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .incident import Incident

if TYPE_CHECKING:
    import geopandas

__all__ = ["INCIDENT_COLUMNS", "to_geodataframe"]

INCIDENT_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "country_code",
    "admin1",
    "location",
    "place_id",
    "place_name",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "fatalities_high",
    "injuries",
    "injuries_high",
    "source",
    "source_url",
    "source_published",
    "source_id",
    "n_sources",
    "notes",
    "evidence_start",
    "evidence_end",
    "confidence",
)
"""The columns of :func:`to_geodataframe`, in order. ACLED's names where ACLED has the
field (``event_id_cnty``, ``event_date``, ``time_precision``, ``event_type``,
``sub_event_type``, ``actor1``, ``actor2``, ``country``, ``admin1``, ``location``,
``latitude``, ``longitude``, ``geo_precision``, ``fatalities``, ``source``, ``notes``);
the rest are this package's. ``fatalities`` is the conservative (lowest) figure, as ACLED
codes it; ``fatalities_high`` is the upper bound of a range, empty when open-ended.
``notes`` holds the evidence sentence."""


def _row(incident: Incident) -> dict[str, object]:
    source = incident.source
    fatalities, injuries = incident.fatalities, incident.injuries
    return {
        "event_id_cnty": incident.id,
        "event_date": incident.event_date,
        "time_precision": incident.date_precision.acled if incident.date_precision else None,
        "date_precision": incident.date_precision.value if incident.date_precision else None,
        "event_type": str(incident.event_type),
        "sub_event_type": incident.sub_event_type,
        "actor1": incident.actor1,
        "actor2": incident.actor2,
        "country": incident.country,
        "country_code": incident.country_code,
        "admin1": incident.admin1,
        "location": incident.location,
        "place_id": incident.place_id,
        "place_name": incident.place_name,
        "latitude": incident.latitude,
        "longitude": incident.longitude,
        "geo_precision": int(incident.geo_precision) if incident.geo_precision else None,
        "fatalities": fatalities.low if fatalities else None,
        "fatalities_high": fatalities.high if fatalities else None,
        "injuries": injuries.low if injuries else None,
        "injuries_high": injuries.high if injuries else None,
        "source": "; ".join(s.title or s.id for s in incident.sources) or None,
        "source_url": source.url if source else None,
        "source_published": source.published if source else None,
        "source_id": source.id if source else None,
        "n_sources": len(incident.sources),
        "notes": incident.evidence.text,
        "evidence_start": incident.evidence.start,
        "evidence_end": incident.evidence.end,
        "confidence": incident.confidence,
    }


def to_geodataframe(incidents: Iterable[Incident]) -> geopandas.GeoDataFrame:
    """One row per incident, point geometry in EPSG:4326.

    Parameters
    ----------
    incidents : iterable of Incident

    Returns
    -------
    geopandas.GeoDataFrame
        Columns :data:`INCIDENT_COLUMNS` plus ``geometry``. Unresolved incidents keep
        their row with an empty geometry and empty coordinates.
    """
    import geopandas
    import pandas as pd

    rows = [_row(i) for i in incidents]
    df = pd.DataFrame(rows, columns=list(INCIDENT_COLUMNS))
    for column in ("event_date", "source_published"):
        df[column] = pd.to_datetime(df[column])
    for column in (
        "time_precision",
        "geo_precision",
        "fatalities",
        "fatalities_high",
        "injuries",
        "injuries_high",
    ):
        df[column] = df[column].astype("Int64")
    df["latitude"] = df["latitude"].astype("float64")
    df["longitude"] = df["longitude"].astype("float64")
    geometry = geopandas.points_from_xy(df["longitude"], df["latitude"], crs="EPSG:4326")
    # points_from_xy gives POINT (nan nan) for missing coordinates; make them empty.
    missing = df["latitude"].isna() | df["longitude"].isna()
    gdf = geopandas.GeoDataFrame(df, geometry=geometry, crs="EPSG:4326")
    if missing.any():
        gdf.loc[missing, "geometry"] = None
    return gdf
