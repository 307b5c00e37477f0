"""``incident-mapper geocode``: summary, output file, one-line errors and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper import read_incident_table
from mapper.cli import _progress as progress_module
from mapper.cli import cli
from mapper.cli import geocode as geocode_module
from mapper.geocode_table import GEOCODE_COLUMNS

TABLES = Path(__file__).parents[1] / "data" / "tables"


def geocode(gazetteer: Path, table: str, *args: str, quiet: bool = False) -> tuple[int, str, str]:
    """Run ``incident-mapper [--quiet] geocode tests/data/tables/TABLE ARGS`` on *gazetteer*."""
    head = ["--quiet"] if quiet else []
    argv = [*head, "geocode", str(TABLES / table), *args, "--gazetteer", str(gazetteer)]
    result = CliRunner().invoke(cli, argv, obj={})
    return result.exit_code, result.stdout, result.stderr


def test_geocode_writes_the_output_and_prints_a_summary(tmp_path: Path, mini_path: Path) -> None:
    out = tmp_path / "log.gpkg"
    code, stdout, _ = geocode(mini_path, "acled_style.csv", "-o", str(out))
    assert code == 0, stdout
    header, counts, wrote = stdout.splitlines()
    assert header.split() == "rows matched admin1_fallback unresolved unknown_country empty".split()
    assert counts.split() == ["6", "3", "0", "1", "1", "1"]
    assert wrote == f"wrote {out}"
    gdf = read_incident_table(out)
    assert list(gdf["place_id"][:2]) == ["geonames:92138", "geonames:92138"]


def test_named_columns_and_csv_output(tmp_path: Path, mini_path: Path) -> None:
    out = tmp_path / "places.csv"
    args = ("--name-col", "location", "--country-col", "country", "-o", str(out))
    code, _, _ = geocode(mini_path, "places.tsv", *args)
    assert code == 0
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == ["location", "country", "notes", *GEOCODE_COLUMNS]


def test_quiet_prints_nothing(tmp_path: Path, mini_path: Path) -> None:
    out = tmp_path / "q.geojson"
    code, stdout, stderr = geocode(mini_path, "places.tsv", "-o", str(out), quiet=True)
    assert (code, stdout, stderr) == (0, "", "") and out.exists()


def test_missing_column_is_one_line_exit_3(tmp_path: Path, mini_path: Path) -> None:
    out = tmp_path / "x.gpkg"
    code, _, err = geocode(mini_path, "places.tsv", "--admin1-col", "province", "-o", str(out))
    assert code == 3
    assert err.strip().startswith("error: ") and "no admin1 column 'province'" in err
    assert len(err.strip().splitlines()) == 1 and not out.exists()


def test_malformed_csv_is_one_line_naming_the_line(tmp_path: Path, mini_path: Path) -> None:
    code, _, err = geocode(mini_path, "unclosed_quote.csv", "-o", str(tmp_path / "x.csv"))
    assert code == 3 and "unclosed_quote.csv:3: a quote opened" in err
    assert list(tmp_path.iterdir()) == []


def test_unknown_output_extension_is_refused(tmp_path: Path, mini_path: Path) -> None:
    code, _, err = geocode(mini_path, "places.tsv", "-o", str(tmp_path / "x.kml"))
    assert code == 2 and "unknown output extension '.kml'" in err  # a usage mistake


def test_output_in_a_missing_folder_exit_2(tmp_path: Path, mini_path: Path) -> None:
    code, _, err = geocode(mini_path, "places.tsv", "-o", str(tmp_path / "nowhere" / "x.gpkg"))
    assert code == 2 and "does not exist" in err and "Traceback" not in err


def test_legacy_encoding_warning_is_one_line_on_stderr(tmp_path: Path, mini_path: Path) -> None:
    code, _, err = geocode(mini_path, "legacy_cp1252.csv", "-o", str(tmp_path / "x.csv"))
    assert code == 0
    assert err.splitlines() == [
        f"warning: {TABLES / 'legacy_cp1252.csv'}: not UTF-8 (line 2, bytes b'\\xe9 on');"
        " read as Windows-1252"
    ]


def test_progress_bar_for_many_places_unless_quiet(
    tmp_path: Path, mini_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(geocode_module, "PROGRESS_MIN_LOOKUPS", 2)  # the tables here are small
    monkeypatch.setattr(progress_module, "stderr_is_terminal", lambda: True)
    _, _, err = geocode(mini_path, "places.tsv", "-o", str(tmp_path / "a.csv"))
    assert "geocoding" in err and "/3 " in err  # a bar over the 3 distinct places
    _, _, err = geocode(mini_path, "places.tsv", "-o", str(tmp_path / "b.csv"), quiet=True)
    assert err == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    tmp_path: Path, mini_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(geocode_module, "PROGRESS_MIN_LOOKUPS", 2)
    monkeypatch.setattr(progress_module, "stderr_is_terminal", lambda: False)  # a log or a pipe
    code, _, err = geocode(mini_path, "places.tsv", "-o", str(tmp_path / "a.csv"))
    assert code == 0 and "geocoding" not in err
