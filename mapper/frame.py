"""Incidents as a GeoDataFrame with ACLED's column names.

>>> from mapper import extract_incidents, to_geodataframe     # doctest: +SKIP
>>> gdf = to_geodataframe(extract_incidents(text, published="2024-01-24"))
>>> gdf[["event_date", "event_type", "location", "fatalities"]]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._points import with_points
from .incident import Incident

if TYPE_CHECKING:
    import geopandas

__all__ = [
    "DATE_COLUMNS",
    "FLOAT_COLUMNS",
    "INCIDENT_COLUMNS",
    "INTEGER_COLUMNS",
    "to_geodataframe",
]

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

DATE_COLUMNS = ("event_date", "source_published")
"""Columns of :data:`INCIDENT_COLUMNS` holding dates (``datetime64``)."""
INTEGER_COLUMNS = (
    "time_precision",
    "geo_precision",
    "fatalities",
    "fatalities_high",
    "injuries",
    "injuries_high",
    "n_sources",
    "evidence_start",
    "evidence_end",
)
"""Columns holding whole numbers, nullable (``Int64``): an empty cell is unknown, not 0."""
FLOAT_COLUMNS = ("latitude", "longitude", "confidence")
"""Columns holding floats."""


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
    import pandas as pd

    rows = [_row(i) for i in incidents]
    df = pd.DataFrame(rows, columns=list(INCIDENT_COLUMNS))
    for column in DATE_COLUMNS:
        df[column] = pd.to_datetime(df[column])
    for column in INTEGER_COLUMNS:
        df[column] = df[column].astype("Int64")
    for column in FLOAT_COLUMNS:
        df[column] = df[column].astype("float64")
    return with_points(df)
