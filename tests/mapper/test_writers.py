"""write_incidents and read_incident_table: every format round-trips; writes are atomic."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from test_incident import _incident

from mapper import (
    INCIDENT_COLUMNS,
    Count,
    InputError,
    OutputError,
    Source,
    read_incident_table,
    to_geodataframe,
    write_incidents,
)
from mapper import writers as writers_module
from mapper.incident_table import conform_incidents

TRICKY = 'He said "leave now",\nthen <script>alert(1)</script>; 50% — done'


def incidents() -> list:
    first = _incident()
    return [
        replace(first, location="القائم", place_name="Al Qā’im", actor2=TRICKY),
        replace(
            first,
            id="doc2-0-none",
            event_date=None,
            date_precision=None,
            actor2=None,
            latitude=None,
            longitude=None,
            geo_precision=None,
            fatalities=None,
            injuries=Count(12, 99),
            sources=(
                Source("doc2", url="https://example.org/a?b=1&c=2"),
                Source("doc3", title="Second report"),
            ),
        ),
    ]


@pytest.mark.parametrize(
    "suffix",
    [
        ".geojson",  # GeoJSON, RFC 7946
        ".json",  # the same, by its other extension
        ".gpkg",  # GeoPackage
        ".parquet",  # GeoParquet
        ".csv",  # ACLED-style columns with latitude/longitude
    ],
)
def test_round_trip_preserves_every_value(tmp_path: Path, suffix: str) -> None:
    expected = conform_incidents(to_geodataframe(incidents()))
    path = write_incidents(incidents(), tmp_path / f"incidents{suffix}")
    got = read_incident_table(path)
    pd.testing.assert_frame_equal(got, expected)
    assert got.loc[0, "location"] == "القائم"
    assert got.loc[0, "actor2"] == TRICKY
    assert got.loc[0, "event_date"] == pd.Timestamp("2024-01-24")
    assert pd.isna(got.loc[1, "event_date"]) and pd.isna(got.loc[1, "actor2"])
    assert pd.isna(got.loc[1, "fatalities"]) and got.loc[1, "injuries_high"] == 99
    assert got.loc[1, "geometry"] is None and pd.isna(got.loc[1, "latitude"])
    assert got.loc[0, "geometry"].x == pytest.approx(44.21389)
    assert list(got.columns[: len(INCIDENT_COLUMNS)]) == list(INCIDENT_COLUMNS)


def test_geojson_is_rfc7946(tmp_path: Path) -> None:
    path = write_incidents(incidents(), tmp_path / "out.geojson")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    first, second = doc["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [44.21389, 32.86667]}
    assert second["geometry"] is None
    assert first["properties"]["location"] == "القائم"


def test_csv_has_lat_lon_iso_dates_and_no_geometry_column(tmp_path: Path) -> None:
    path = write_incidents(incidents(), tmp_path / "out.csv")
    header, first = path.read_text(encoding="utf-8").split("\n")[:2]
    assert header.split(",") == list(INCIDENT_COLUMNS)
    assert first.startswith("doc1-0-jurf,2024-01-24,1,day,")
    assert "geometry" not in header and "POINT" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ('=HYPERLINK("http://x.example/","open")', "a formula a spreadsheet would run"),
        ("+cmd|' /C calc'!A0", "a DDE payload after '+'"),
        ("-2+3", "a sum after '-'"),
        ("@SUM(A1)", "an '@' function"),
        ("'=already quoted", "a leading apostrophe of the text's own survives the round trip"),
    ],
)
def test_csv_cells_that_spreadsheets_would_run_are_quoted_and_read_back(
    tmp_path: Path, value: str, reason: str
) -> None:
    rows = [replace(incidents()[0], actor2=value, location=value)]
    path = write_incidents(rows, tmp_path / "out.csv")
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert raw.loc[0, "actor2"] == "'" + value, reason  # text to a spreadsheet, not a formula
    got = read_incident_table(path)
    assert (got.loc[0, "actor2"], got.loc[0, "location"]) == (value, value), reason


@pytest.mark.parametrize("suffix", [".tsv", ".xlsx"])
def test_tables_from_spreadsheets_read_into_the_incident_shape(tmp_path: Path, suffix: str) -> None:
    frame = pd.DataFrame(
        {
            "event_date": ["2024-01-24", ""],
            "location": ["Hīt", "Kherson"],
            "latitude": [33.63664, None],
            "longitude": [42.82768, None],
            "fatalities": [3, None],
            "analyst": ["R.", "M."],
        }
    )
    path = tmp_path / f"log{suffix}"
    if suffix == ".tsv":
        frame.to_csv(path, sep="\t", index=False)
    else:
        frame.to_excel(path, index=False)
    got = read_incident_table(path)
    assert list(got.columns) == [*INCIDENT_COLUMNS, "analyst", "geometry"]
    assert got.loc[0, "event_date"] == pd.Timestamp("2024-01-24")
    assert got.loc[0, "fatalities"] == 3 and pd.isna(got.loc[1, "fatalities"])
    assert got.loc[0, "geometry"].y == pytest.approx(33.63664)
    assert got.loc[1, "geometry"] is None
    assert pd.isna(got.loc[0, "actor1"])  # absent columns are added, empty


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "event_date,location\n2024-01-24,Hit\nyesterday,Gao\n",
            r"log\.csv: line 3: event_date 'yesterday' is not a date \(2024-01-24",
        ),
        (
            "fatalities,location\n2,Hit\nmany,Gao\n",
            r"log\.csv: line 3: fatalities 'many' is not an integer",
        ),
        ("fatalities,location\n2.5,Hit\n", r"log\.csv: line 2: fatalities 2\.5 is not an integer"),
        (
            "latitude,longitude\n33.6,north\n",
            r"log\.csv: line 2: longitude 'north' is not a number",
        ),
    ],
)
def test_bad_values_in_an_incident_table_name_the_line(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "log.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_incident_table(path)


def test_unknown_extensions_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"out\.shp: unknown output extension '\.shp'"):
        write_incidents(incidents(), tmp_path / "out.shp")
    kml = tmp_path / "in.kml"
    kml.write_text("<kml/>\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"in\.kml: unknown extension '\.kml'"):
        read_incident_table(kml)
    with pytest.raises(InputError, match=r"gone\.kml: no such file"):  # a typo says so first
        read_incident_table(tmp_path / "gone.kml")
    assert list(tmp_path.iterdir()) == [kml]


def test_driver_overrides_the_extension(tmp_path: Path) -> None:
    path = write_incidents(incidents(), tmp_path / "export.dat", driver="geojson")
    assert json.loads(path.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_failed_write_leaves_nothing_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "incidents.gpkg"
    target.write_bytes(b"previous contents")

    def half_write(gdf: object, path: Path, driver: str) -> None:
        path.write_bytes(b"partial")
        raise RuntimeError("disk full")

    monkeypatch.setattr(writers_module, "_write", half_write)
    with pytest.raises(OutputError, match=r"incidents\.gpkg: could not write GPKG: disk full"):
        write_incidents(incidents(), target)
    assert target.read_bytes() == b"previous contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incidents.gpkg"]


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="waits for a non-root user: root writes into read-only folders",
)
def test_read_only_folder_is_an_output_error_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError, match=r"locked/out\.csv: cannot write in"):
            write_incidents(incidents(), folder / "out.csv")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing/out.csv", r"the folder .*missing does not exist"),  # no parent folder
        ("afile/out.csv", r"afile/out\.csv: .*afile is a file, not a folder"),  # parent: a file
        ("adir", r"adir: is a folder"),  # the target is a folder
    ],
)
def test_unwritable_paths_name_the_path(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir.csv").mkdir()
    target = tmp_path / (name + ".csv" if name == "adir" else name)
    with pytest.raises(OutputError, match=message.replace("adir", r"adir\.csv")):
        write_incidents(incidents(), target)


def test_plain_dataframe_needs_coordinates(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="needs latitude and longitude columns"):
        write_incidents(pd.DataFrame({"location": ["Hit"]}), tmp_path / "x.csv")


def test_empty_incident_list_writes_an_empty_table(tmp_path: Path) -> None:
    path = write_incidents([], tmp_path / "none.csv")
    got = read_incident_table(path)
    assert len(got) == 0 and list(got.columns[:2]) == ["event_id_cnty", "event_date"]


def test_write_overwrites_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "x.parquet"
    write_incidents(incidents(), target)
    write_incidents(incidents()[:1], target)
    assert len(read_incident_table(target)) == 1


def test_event_dates_survive_as_dates(tmp_path: Path) -> None:
    path = write_incidents(incidents(), tmp_path / "d.gpkg")
    assert read_incident_table(path).loc[0, "source_published"].date() == date(2024, 1, 24)


def test_acled_export_dates_are_read(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text("event_date,location\n24 January 2024,Hit\n2024-01-25,Gao\n,Kherson\n")
    got = read_incident_table(path)["event_date"]
    assert list(got[:2]) == [pd.Timestamp("2024-01-24"), pd.Timestamp("2024-01-25")]
    assert pd.isna(got[2])


def test_permission_denied_is_an_output_error_naming_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read-only case as any user sees it (root ignores permission bits, so the
    refusal is simulated where the writer first touches the folder)."""

    def refuse(**kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writers_module.tempfile, "mkdtemp", refuse)
    target = tmp_path / "out.geojson"
    with pytest.raises(OutputError, match=r"out\.geojson: cannot write in .*Permission denied"):
        write_incidents(incidents(), target)
    assert list(tmp_path.iterdir()) == []
