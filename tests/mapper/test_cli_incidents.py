"""``incident-mapper extract`` and ``map``: the whole path from files to incidents and maps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.cli import cli
from mapper.workflow import is_table, load_incidents

REPO = Path(__file__).parents[2]
DISPATCH = (
    "US strikes hit militia sites in western Iraq\n"
    "US forces struck two sites in Jurf al-Sakhr and Al-Qaim early Wednesday, "
    "killing two fighters, officials said.\n"
)

pytestmark = pytest.mark.usefixtures("default_gazetteer")


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), obj={}, input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def dispatch(tmp_path: Path) -> Path:
    path = tmp_path / "dispatch.txt"
    path.write_text(DISPATCH, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("path", "table"),
    [
        ("news.txt", False),  # plain article
        ("feed.jsonl", False),  # one article per line
        ("folder", False),  # a folder is walked for articles
        ("-", False),  # standard input is text
        ("log.csv", True),  # incident or place table
        ("log.XLSX", True),  # extensions compare without case
        ("incidents.geojson", True),  # a written incident layer
    ],
)
def test_is_table_tells_tables_from_articles_by_extension(path: str, table: bool) -> None:
    assert is_table(path) is table


def test_extract_writes_one_incident_per_place_with_dates_from_published(
    dispatch: Path, tmp_path: Path
) -> None:
    out = tmp_path / "incidents.geojson"
    code, stdout, _ = run("extract", str(dispatch), "--published", "2024-02-08", "-o", str(out))
    assert code == 0, stdout
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    places = sorted(f["properties"]["location"] for f in features)
    assert places == ["Al-Qaim", "Jurf al-Sakhr"]
    # "early Wednesday" in an article published Thursday 8 February 2024
    assert {f["properties"]["event_date"][:10] for f in features} == {"2024-02-07"}
    assert "Explosions/Remote violence" in stdout and "wrote" in stdout


def test_extract_without_published_leaves_relative_dates_unresolved(
    dispatch: Path, tmp_path: Path
) -> None:
    out = tmp_path / "incidents.csv"
    code, _, _ = run("-q", "extract", str(dispatch), "-o", str(out))
    assert code == 0
    gdf = load_incidents([dispatch])
    assert gdf["event_date"].isna().all()


def test_extract_refuses_a_table_as_articles(tmp_path: Path) -> None:
    out = tmp_path / "out.geojson"
    code, _, err = run("extract", str(REPO / "examples" / "incident_log.csv"), "-o", str(out))
    assert code == 3
    assert "incident_log.csv: a table, not articles" in err
    assert not out.exists()


def test_extract_binary_article_is_one_line_and_leaves_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.7\n\x00\x01\x02")
    out = tmp_path / "out.geojson"
    code, _, err = run("extract", str(bad), "-o", str(out))
    assert code == 3
    assert err.startswith("error: ") and "scan.txt" in err and "Traceback" not in err
    assert not out.exists()


def test_extract_unknown_output_extension_fails_before_reading(dispatch: Path) -> None:
    code, _, err = run("extract", str(dispatch), "-o", "incidents.docx")
    assert code != 0
    assert ".docx" in err


def test_map_from_articles_embeds_the_incidents(dispatch: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    code, stdout, _ = run(
        "map", str(dispatch), "--published", "2024-02-08", "-o", str(out), "--title", "Iraq"
    )
    assert code == 0, stdout
    page = out.read_text(encoding="utf-8")
    assert "Jurf al-Sakhr" in page and "<title>Iraq</title>" in page
    all_row = next(line.split() for line in stdout.splitlines() if line.startswith("all "))
    assert all_row[1:3] == ["2", "2"]  # two incidents, both located


def test_map_from_a_table_geocodes_rows_without_coordinates(tmp_path: Path) -> None:
    out = tmp_path / "log.html"
    code, _, _ = run("-q", "map", str(REPO / "examples" / "incident_log.csv"), "-o", str(out))
    assert code == 0
    assert out.stat().st_size > 10_000
    gdf = load_incidents([REPO / "examples" / "incident_log.csv"])
    assert gdf["latitude"].notna().sum() >= 20
    assert set(gdf["geocode_status"]) <= {"matched", "admin1_fallback", "empty", "unresolved"}


def test_map_reads_a_table_that_already_has_points(tmp_path: Path) -> None:
    table = tmp_path / "points.csv"
    table.write_text(
        "name_of_site,latitude,longitude,note\nsite A,33.3,44.4,<b>bold?</b>\n", encoding="utf-8"
    )
    gdf = load_incidents([table])
    assert len(gdf) == 1 and gdf.geometry.iloc[0].x == pytest.approx(44.4)
    out = tmp_path / "points.html"
    code, _, _ = run("-q", "map", str(table), "-o", str(out))
    assert code == 0 and out.exists()


def test_map_output_must_be_html(dispatch: Path, tmp_path: Path) -> None:
    code, _, err = run("map", str(dispatch), "-o", str(tmp_path / "map.png"))
    assert code == 2
    assert "map.png" in err


def test_map_to_a_missing_folder_is_one_line_and_leaves_nothing(
    dispatch: Path, tmp_path: Path
) -> None:
    out = tmp_path / "no" / "such" / "map.html"
    code, _, err = run("map", str(dispatch), "-o", str(out))
    assert code == 2
    assert err.startswith("error: ") and "map.html" in err
    assert not out.parent.exists()


def test_map_reads_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "stdin.html"
    code, _, _ = run("-q", "map", "-", "-o", str(out), stdin=DISPATCH)
    assert code == 0
    assert "Al-Qaim" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("floor", "kept"),
    [
        ("0", 2),  # no floor keeps both places
        ("1", 0),  # nothing is scored certain, so a floor of 1 keeps nothing
    ],
)
def test_extract_min_confidence_drops_incidents_below_it(
    dispatch: Path, tmp_path: Path, floor: str, kept: int
) -> None:
    out = tmp_path / "incidents.geojson"
    code, stdout, _ = run(
        "extract",
        str(dispatch),
        "--published",
        "2024-02-08",
        "--min-confidence",
        floor,
        "-o",
        str(out),
    )
    assert code == 0, stdout
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == kept


def test_extract_min_confidence_outside_0_1_is_a_usage_error(dispatch: Path, tmp_path: Path):
    out = tmp_path / "incidents.geojson"
    code, _, stderr = run("extract", str(dispatch), "--min-confidence", "1.5", "-o", str(out))
    assert code == 2 and "--min-confidence" in stderr and "1.5" in stderr
    assert not out.exists()
