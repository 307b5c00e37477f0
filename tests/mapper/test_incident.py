"""The Incident model and its GeoDataFrame form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

import mapper
from mapper import (
    INCIDENT_COLUMNS,
    Count,
    DatePrecision,
    EventType,
    Incident,
    Precision,
    Source,
    Span,
    to_geodataframe,
)
from mapper.errors import InputError
from mapper.incident import SUB_EVENT_TYPES


def _incident(**changes: object) -> Incident:
    base = Incident(
        id="doc1-0-jurf",
        event_date=date(2024, 1, 24),
        date_precision=DatePrecision.DAY,
        event_type=EventType.EXPLOSIONS,
        sub_event_type="Air/drone strike",
        actor1="Military Forces of the United States",
        actor2="Kataib Hezbollah",
        location="Jurf al-Sakhr",
        place_id="curated:jurf-al-sakhr",
        place_name="Jurf al-Sakhr",
        country="Iraq",
        country_code="IQ",
        admin1="Babil",
        latitude=32.86667,
        longitude=44.21389,
        geo_precision=Precision.EXACT,
        fatalities=Count(2, 2),
        injuries=Count(3, None),
        sources=(Source("doc1", title="Strikes in Babil", published=date(2024, 1, 24)),),
        evidence=Span(0, 30, "US jets struck Jurf al-Sakhr."),
        field_evidence=(("fatalities", Span(40, 50, "killing two")),),
        confidence=0.8,
    )
    return replace(base, **changes)


def test_public_names_are_exported():
    for name in ("Incident", "Count", "Source", "Span", "to_geodataframe", "EventType"):
        assert name in mapper.__all__
        assert hasattr(mapper, name)


def test_every_event_type_has_acled_sub_event_types():
    assert set(SUB_EVENT_TYPES) == set(EventType)
    assert "Air/drone strike" in SUB_EVENT_TYPES[EventType.EXPLOSIONS]
    assert "Armed clash" in SUB_EVENT_TYPES[EventType.BATTLES]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sub_event_type": "Armed clash"}, "sub_event_type 'Armed clash'"),
        ({"latitude": 91.0}, "latitude 91.0"),
        ({"longitude": -180.5}, "longitude -180.5"),
        ({"confidence": 1.5}, "confidence 1.5"),
    ],
)
def test_incident_refuses_inconsistent_values(changes, message):
    # An InputError: the package's root (MapperError) and still a ValueError.
    with pytest.raises(InputError, match=message):
        _incident(**changes)


@pytest.mark.parametrize(
    ("count", "exact", "text"),
    [(Count(2, 2), 2, "2"), (Count(3, None), None, "3+"), (Count(24, 99), None, "24-99")],
)
def test_count_is_exact_only_for_one_number(count, exact, text):
    assert count.exact == exact
    assert str(count) == text


def test_date_precision_maps_to_acled_codes():
    assert [p.acled for p in DatePrecision] == [1, 2, 3, 3]


def test_evidence_for_names_the_span_of_a_field():
    incident = _incident()
    assert incident.evidence_for("fatalities") == Span(40, 50, "killing two")
    assert incident.evidence_for("actor2") is None


def test_geodataframe_has_acled_columns_and_points():
    gdf = to_geodataframe([_incident()])
    assert list(gdf.columns) == [*INCIDENT_COLUMNS, "geometry"]
    assert gdf.crs.to_epsg() == 4326
    row = gdf.iloc[0]
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["time_precision"] == 1
    assert row["fatalities"] == 2 and row["fatalities_high"] == 2
    assert row["injuries"] == 3 and gdf["injuries_high"].isna().iloc[0]
    assert row["geometry"].x == pytest.approx(44.21389)
    assert row["notes"] == "US jets struck Jurf al-Sakhr."


def test_geodataframe_keeps_unresolved_incidents_with_empty_geometry():
    gdf = to_geodataframe([_incident(), _incident(latitude=None, longitude=None)])
    assert len(gdf) == 2
    assert gdf.geometry.iloc[1] is None
    assert gdf["latitude"].isna().iloc[1]


def test_geodataframe_of_nothing_has_the_columns():
    gdf = to_geodataframe([])
    assert len(gdf) == 0
    assert "event_type" in gdf.columns
