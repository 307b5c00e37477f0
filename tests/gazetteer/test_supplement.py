"""Supplement files (CSV, GeoJSON): reading, clear errors, and merging into a gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import GazetteerDataError, PlaceNotFound
from gazetteer.sources.supplement import extend_with_supplements, read_supplement

DATA = Path(__file__).parents[1] / "data"
HEADER = "id,name,aliases,latitude,longitude,feature_class,feature_code,country_code\n"


def test_csv_rows_become_places_or_aliases() -> None:
    sup = read_supplement(DATA / "team_places.csv")
    assert [r.place.id for r in sup.records] == ["supplement:checkpoint-kilo-7-iq"]
    rec = sup.records[0]
    assert rec.names == ("CP Kilo 7", "Kilo Seven")
    assert rec.place.feature_code == "CTRL"
    assert rec.place.provenance.startswith("team log")
    assert ("icao:ORAA", "Ayn al-Assad base") in sup.aliases


def test_geojson_point_gives_coordinates_and_list_aliases() -> None:
    sup = read_supplement(DATA / "team_places.geojson")
    (rec,) = sup.records
    assert (rec.place.latitude, rec.place.longitude) == (34.4402, 42.9001)
    assert rec.names == ("Hauran wadi ford",)


BAD_CSV = [
    (HEADER + ",Somewhere,,95,44,P,PPL,IQ\n", ":2:", "latitude out of range", "latitude 95"),
    (HEADER + ",Somewhere,,33,200,P,PPL,IQ\n", ":2:", "longitude out of range", "lon 200"),
    (HEADER + ",Somewhere,,north,44,P,PPL,IQ\n", ":2:", "not a number", "text latitude"),
    (HEADER + ",,,33,44,P,PPL,IQ\n", ":2:", "empty name", "no name"),
    (HEADER + ",A,,33,44,P,PPL,IRQ\n", ":2:", "alpha-2", "alpha-3 country"),
    (HEADER + ",A,,33,44\n", ":2:", "5 fields", "short row"),
    (HEADER + ",A,,33,44,P,PPL,IQ\n,B,,nan,44,P,PPL,IQ\n", ":3:", "not finite", "NaN on line 3"),
    ("name,colour\nA,red\n", ":1:", "unknown column", "unknown header"),
    ("latitude,longitude\n1,2\n", ":1:", "no 'name' column", "no name column"),
    (HEADER + 'x:1,"A,,33,44,P,PPL,IQ\n', ":2", "malformed CSV", "unterminated quote"),
    (HEADER + "dup:1,A,,33,44,P,PPL,IQ\ndup:1,B,,33,44,P,PPL,IQ\n", ":3:", "duplicate", "id twice"),
]


@pytest.mark.parametrize(("text", "where", "message", "reason"), BAD_CSV)
def test_bad_csv_rows_name_file_line_and_value(
    tmp_path: Path, text: str, where: str, message: str, reason: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GazetteerDataError) as err:
        read_supplement(path)
    assert f"bad.csv{where}" in str(err.value), reason
    assert message in str(err.value), reason


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("binary.csv", b"\x00\x01\x02PK\x03\x04", "binary"),
        ("latin1.csv", "name\nDéir Hâfir\n".encode("latin-1"), "UTF-8"),
        ("broken.geojson", b'{"type": "FeatureCollection", "features": [', "malformed JSON"),
        (
            "line.geojson",
            b'{"type": "FeatureCollection", "features": [{"geometry": '
            b'{"type": "LineString", "coordinates": [[1,2],[3,4]]}, "properties": {"name": "x"}}]}',
            "Point",
        ),
        ("places.xlsx", b"not really", "unknown supplement format"),
        ("deep.geojson", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_bad_files_give_one_clear_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(GazetteerDataError, match=message) as err:
        read_supplement(path)
    assert name in str(err.value)


def test_with_supplement_adds_places_and_aliases_without_changing_base(
    mini: Gazetteer,
) -> None:
    gz = mini.with_supplement(DATA / "team_places.csv")
    assert gz.lookup("Kilo Seven")[0].place.id == "supplement:checkpoint-kilo-7-iq"
    assert gz.lookup("Qaidat Ain al-Asad")[0].place.id == "icao:ORAA"
    assert gz.lookup("Ain al-Asad")[0].place.id == "icao:ORAA"  # old aliases kept
    assert mini.lookup("Kilo Seven") == []


def test_with_supplement_alias_for_unknown_id_raises(mini: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "alias.csv"
    path.write_text("id,name,aliases\nicao:XXXX,Nowhere,Nada\n", encoding="utf-8")
    with pytest.raises(PlaceNotFound, match="icao:XXXX"):
        mini.with_supplement(path)


def test_extend_writes_new_file_and_leaves_base_untouched(mini_path: Path, tmp_path: Path) -> None:
    before = mini_path.read_bytes()
    out = extend_with_supplements(
        mini_path, [DATA / "team_places.csv", DATA / "team_places.geojson"], tmp_path / "x.sqlite"
    )
    gz = Gazetteer.open(out)
    assert gz.lookup("CP Kilo 7")[0].place.id == "supplement:checkpoint-kilo-7-iq"
    assert gz.lookup("Wadi Hauran crossing")[0].place.feature_code == "WAD"
    assert gz.lookup("Ayn al-Assad base")[0].place.id == "icao:ORAA"
    assert gz.lookup("Erbil")[0].place.id == "geonames:95446"
    assert mini_path.read_bytes() == before


def test_extend_failure_leaves_no_output(mini_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,latitude,longitude\nA,99,0\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError):
        extend_with_supplements(mini_path, [bad], tmp_path / "out.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


def test_geojson_errors_name_the_feature(tmp_path: Path) -> None:
    path = tmp_path / "pts.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": ['
        '{"geometry": {"type": "Point", "coordinates": [44, 33]}, "properties": {"name": "A"}},'
        '{"geometry": {"type": "Point", "coordinates": [44, 95]}, "properties": {"name": "B"}}]}',
        encoding="utf-8",
    )
    with pytest.raises(GazetteerDataError, match=r"pts\.geojson \(feature 2\): latitude out"):
        read_supplement(path)
