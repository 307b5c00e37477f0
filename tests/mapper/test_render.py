"""render_map: data encoding, script-safe JSON, inputs, assets and errors (no browser)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import geopandas
import pandas as pd
import pytest
from _npm import npm_tarball
from shapely.geometry import LineString, Point, Polygon

import mapper
from mapper import (
    AssetError,
    Count,
    DatePrecision,
    EventType,
    Incident,
    InputError,
    Precision,
    Source,
    Span,
    render_map,
    to_geodataframe,
)
from mapper.mapdata import COMPRESSED_TYPE, decode_rows, read_payload_block, script_json
from mapper.webassets import LEAFLET, fetch_assets, install_package

BLOCK = re.compile(r'<script type="[^"]+" id="[^"]+_data">.*?</script>', re.S)


def _incident(**changes: object) -> Incident:
    base = Incident(
        id="dispatch-3-qaim",
        event_date=date(2024, 2, 2),
        date_precision=DatePrecision.DAY,
        event_type=EventType.EXPLOSIONS,
        sub_event_type="Air/drone strike",
        actor1="Military Forces of the United States (2021-)",
        actor2="Kataib Hezbollah",
        location="Al-Qaim",
        place_id="geonames:98245",
        place_name="Al Qa'im",
        country="Iraq",
        country_code="IQ",
        admin1="Anbar",
        latitude=34.36882,
        longitude=41.09501,
        geo_precision=Precision.EXACT,
        fatalities=Count(16, 16),
        injuries=Count(25, None),
        sources=(
            Source("wire-17", title="Strikes hit border posts", url="https://news.example.org/17"),
        ),
        evidence=Span(0, 58, "Aircraft struck a command post near the border at Al-Qaim."),
        confidence=0.85,
    )
    return replace(base, **changes)


def _payload(m) -> dict:
    html = m.get_root().render()
    (block,) = BLOCK.findall(html)
    return read_payload_block(block)


def test_render_map_is_exported_with_fetch_assets():
    for name in ("render_map", "fetch_assets", "AssetError"):
        assert name in mapper.__all__
        assert callable(getattr(mapper, name)) or isinstance(getattr(mapper, name), type)


@pytest.mark.parametrize("compress", [False, True], ids=["plain-json", "gzip-base64"])
def test_incidents_round_trip_through_the_page(compress):
    a = _incident()
    b = _incident(
        id="dispatch-4-anah",
        event_date=None,
        date_precision=None,
        event_type=EventType.BATTLES,
        sub_event_type="Armed clash",
        actor2=None,
        location="القائم",
        place_name=None,
        admin1=None,
        latitude=34.47,
        longitude=41.95,
        geo_precision=Precision.REGION,
        fatalities=Count(24, 99),
        injuries=None,
        sources=(),
        evidence=Span(60, 80, "Clashes\u2028continued."),
        confidence=0.4,
    )
    rows = decode_rows(_payload(render_map([a, b], compress=compress)))
    assert [r["id"] for r in rows] == ["dispatch-4-anah", "dispatch-3-qaim"][::-1]
    first, second = rows
    assert (first["lat"], first["lon"]) == (34.36882, 41.09501)
    assert first["type"] == "Explosions/Remote violence"
    assert first["sub"] == "Air/drone strike"
    assert first["a1"] == "Military Forces of the United States (2021-)"
    assert (first["fat"], first["fath"], first["inj"], first["injh"]) == (16, 16, 25, None)
    assert first["day"] == (date(2024, 2, 2) - date(1970, 1, 1)).days
    assert first["url"] == "https://news.example.org/17"
    assert first["notes"] == "Aircraft struck a command post near the border at Al-Qaim."
    assert (first["gp"], first["conf"]) == (1, 85)
    assert second["loc"] == "القائم"
    assert (second["a2"], second["place"], second["admin1"], second["day"]) == (None,) * 4
    assert (second["fat"], second["fath"], second["inj"]) == (24, 99, None)
    assert (second["gp"], second["src"], second["url"]) == (3, None, None)
    assert second["notes"] == "Clashes\u2028continued."


def test_large_tables_are_compressed_by_default():
    incidents = [_incident(id=f"i{k}", evidence=Span(0, 9, f"{k} " * 200)) for k in range(3000)]
    html = render_map(incidents).get_root().render()
    (block,) = BLOCK.findall(html)
    assert f'type="{COMPRESSED_TYPE}"' in block
    assert len(decode_rows(read_payload_block(block))) == 3000


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("</script><script>alert(1)</script>", "closes the data block"),
        ("</SCRIPT >", "closing tag in capitals"),
        ("<!-- <script>", "enters the script double-escape state"),
        ("a\u2028b\u2029c", "line separators end JS string literals in old engines"),
        ("&lt;b&gt; & <b>", "entity-looking text must stay as typed"),
        ("{{ 7 * 7 }} {% if 1 %}x{% endif %}", "template syntax must not be evaluated"),
    ],
)
def test_text_cannot_break_out_of_the_json_block(text, reason):
    m = render_map([_incident(evidence=Span(0, len(text), text), actor1=text)], compress=False)
    html = m.get_root().render()
    (block,) = BLOCK.findall(html)
    inner = block[block.index(">") + 1 : -len("</script>")]
    assert not re.search(r"</script|<!--|[<>&\u2028\u2029]", inner, re.I), reason
    (row,) = decode_rows(read_payload_block(block))
    assert (row["notes"], row["a1"]) == (text, text), reason


def test_script_json_parses_back_to_the_same_values():
    value = {"s": "</script>&<!--\u2028", "n": [1, -1, None], "ar": "القائم"}
    assert json.loads(script_json(value)) == value


def test_script_json_refuses_nan():
    with pytest.raises(InputError, match="map data"):
        script_json({"x": float("nan")})


def test_title_is_escaped_in_the_page_and_carried_as_data():
    title = "<img src=x onerror=alert(1)> Strikes & clashes"
    m = render_map([_incident()], title=title)
    html = m.get_root().render()
    assert "<title>&lt;img src=x onerror=alert(1)&gt; Strikes &amp; clashes</title>" in html
    assert "<img src=x" not in html
    assert _payload(m)["title"] == title


def test_incident_geodataframe_keeps_styles_in_acled_order():
    gdf = to_geodataframe(
        [
            _incident(id="p", event_type=EventType.PROTESTS, sub_event_type="Peaceful protest"),
            _incident(id="b", event_type=EventType.BATTLES, sub_event_type="Armed clash"),
        ]
    )
    payload = _payload(render_map(gdf))
    assert [s["name"] for s in payload["styles"]] == ["Battles", "Protests"]
    assert payload["extra"] == []


def test_plain_point_table_gets_a_default_type_and_its_columns_in_popups():
    gdf = geopandas.GeoDataFrame(
        {"name": ["Haditha", "Hit"], "visits": [3, 5]},
        geometry=[Point(42.38, 34.14), Point(42.83, 33.64)],
        crs="EPSG:4326",
    )
    payload = _payload(render_map(gdf))
    assert [s["name"] for s in payload["styles"]] == ["Point"]
    assert [x["label"] for x in payload["extra"]] == ["name", "visits"]
    rows = decode_rows(payload)
    assert [(r["x0"], r["x1"]) for r in rows] == [("Haditha", "3"), ("Hit", "5")]


def test_projected_geodataframe_is_reprojected_to_lon_lat():
    gdf = geopandas.GeoDataFrame(
        {"name": ["Ramadi"]}, geometry=[Point(43.30, 33.42)], crs="EPSG:4326"
    ).to_crs("EPSG:3857")
    (row,) = decode_rows(_payload(render_map(gdf)))
    assert row["lon"] == pytest.approx(43.30, abs=1e-5)
    assert row["lat"] == pytest.approx(33.42, abs=1e-5)


def test_lines_and_areas_are_drawn_inside_themselves_as_approximate():
    area = Polygon([(43.0, 33.0), (44.0, 33.0), (44.0, 34.0), (43.0, 34.0)])
    road = LineString([(44.0, 33.0), (45.0, 33.5)])
    gdf = geopandas.GeoDataFrame({"name": ["area", "road"]}, geometry=[area, road], crs="EPSG:4326")
    rows = decode_rows(_payload(render_map(gdf)))
    assert area.contains(Point(rows[0]["lon"], rows[0]["lat"]))
    assert road.distance(Point(rows[1]["lon"], rows[1]["lat"])) < 1e-5
    assert [r["gp"] for r in rows] == [2, 2]


def test_rows_without_location_are_counted_not_drawn():
    gdf = to_geodataframe([_incident(), _incident(id="x", latitude=None, longitude=None)])
    payload = _payload(render_map(gdf))
    assert (payload["n"], payload["unlocated"]) == (1, 1)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([], "no incidents at all"),
        (to_geodataframe([]), "an empty incident table"),
        (
            geopandas.GeoDataFrame({"name": []}, geometry=[], crs="EPSG:4326"),
            "an empty point table",
        ),
    ],
)
def test_empty_input_gives_an_empty_map_with_a_message(data, reason):
    m = render_map(data)
    payload = _payload(m)
    assert payload["n"] == 0, reason
    assert '"fitBounds"' not in m.get_root().render(), reason


def test_view_is_fitted_to_the_incidents():
    far = _incident(id="far", latitude=36.34, longitude=43.13)
    html = render_map([_incident(), far]).get_root().render()
    assert '"fitBounds": [[34.36882, 41.09501], [36.34, 43.13]]' in html


def test_rows_without_an_event_type_get_their_own_legend_entry():
    gdf = _bad_gdf()
    gdf.loc[1, "event_type"] = None
    payload = _payload(render_map(gdf))
    assert [s["name"] for s in payload["styles"]] == ["Battles", "Type not given"]
    assert [r["type"] for r in decode_rows(payload)] == ["Battles", "Type not given"]


def test_acled_style_dataframe_with_coordinates_is_accepted():
    df = pd.DataFrame(
        {
            "event_date": ["2024-01-20", "2024-01-21"],
            "event_type": ["Battles", "Riots"],
            "latitude": [33.42, None],
            "longitude": [43.30, 44.36],
            "fatalities": [3, 0],
        }
    )
    payload = _payload(render_map(df))
    (row,) = decode_rows(payload)
    assert (row["type"], row["fat"], payload["unlocated"]) == ("Battles", 3, 1)


def _bad_gdf(**columns: object) -> geopandas.GeoDataFrame:
    return geopandas.GeoDataFrame(
        {"event_type": ["Battles", "Battles"], **columns},
        geometry=[Point(43.3, 33.4), Point(44.4, 33.3)],
        crs="EPSG:4326",
    )


@pytest.mark.parametrize(
    ("call", "message", "reason"),
    [
        (lambda: render_map("incidents.csv"), "not str", "a path is not data"),
        (lambda: render_map([_incident(), {"id": 1}]), "item 1", "one item is not an Incident"),
        (
            lambda: render_map(_bad_gdf(fatalities=[2, "many"])),
            r"fatalities: row 1: 'many' is not a number",
            "a count that is not a number",
        ),
        (
            lambda: render_map(_bad_gdf(injuries=[2.5, 1])),
            r"injuries: row 0: 2.5 is not a whole",
            "a fractional count",
        ),
        (
            lambda: render_map(_bad_gdf(event_date=["2024-01-02", "next week"])),
            r"event_date: row 1: 'next week' is not a date",
            "an unparsable date",
        ),
        (
            lambda: render_map(_bad_gdf(geo_precision=[1, 7])),
            r"geo_precision: row 1: 7 is not 1, 2, 3 or 4",
            "a precision outside ACLED's codes",
        ),
        (
            lambda: render_map(pd.DataFrame({"latitude": [95.0], "longitude": [43.0]})),
            r"row 0: latitude 95.0 is outside",
            "latitude out of range",
        ),
        (
            lambda: render_map(pd.DataFrame({"lat": [33.0]})),
            "no latitude or longitude column",
            "a table without coordinates",
        ),
        (
            lambda: render_map(
                geopandas.GeoDataFrame(geometry=[Point(4_800_000, 3_900_000)], crs=None)
            ),
            "has no CRS",
            "projected coordinates without a CRS",
        ),
        (lambda: render_map([_incident()], cluster_radius=0), "cluster_radius", "radius 0"),
        (
            lambda: render_map([_incident()], colors={"Battles": "red;background:url(x)"}),
            "colors",
            "a colour that is CSS injection",
        ),
        (
            lambda: render_map([_incident()], popup_columns=["nope"]),
            "no column 'nope'",
            "an unknown popup column",
        ),
        (
            lambda: render_map([_incident()], offline=True, assets="https://mirror.example"),
            "offline=True",
            "offline needs a folder, not a URL",
        ),
        (
            lambda: render_map([_incident()], assets="/nonexistent/assets"),
            "not a folder",
            "an asset folder that does not exist",
        ),
    ],
)
def test_bad_input_raises_input_error_naming_the_value(call, message, reason):
    with pytest.raises(InputError, match=message):
        call()


def test_input_error_is_a_mapper_error_and_a_value_error():
    with pytest.raises(mapper.MapperError):
        render_map(42)
    with pytest.raises(ValueError):
        render_map(42)


def test_default_map_links_the_cdn_assets_folium_uses():
    html = render_map([_incident()]).get_root().render()
    assert LEAFLET[0].url in html
    assert "https://cdn.jsdelivr.net/npm/supercluster@8.0.1/" in html


def test_mirror_url_replaces_every_cdn_link():
    html = render_map([_incident()], assets="http://127.0.0.1:9/mirror/").get_root().render()
    links = re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', html)
    assert links, "the page links its assets"
    assert all(u.startswith("http://127.0.0.1:9/mirror/") for u in links), links
    assert "http://127.0.0.1:9/mirror/leaflet@1.9.3/dist/leaflet.js" in links


def test_tiles_none_has_no_basemap_and_no_minimap():
    html = render_map([_incident()], tiles=None).get_root().render()
    assert "tile.openstreetmap.org" not in html
    assert "L.tileLayer" not in html
    assert "MiniMap" not in html


def test_offline_map_without_assets_names_the_missing_packages(tmp_path):
    with pytest.raises(AssetError, match=r"no leaflet@1\.9\.3, supercluster@8\.0\.1.*fetch_assets"):
        render_map([_incident()], assets=tmp_path, tiles=None)


def test_save_leaves_no_file_when_a_file_is_missing_from_the_assets(web_assets, tmp_path):
    import shutil

    assets = tmp_path / "assets"
    shutil.copytree(web_assets, assets)
    for name in ("supercluster.min.js", "supercluster.js"):
        (assets / "supercluster@8.0.1" / "dist" / name).unlink()
    m = render_map([_incident()], assets=assets, tiles=None)
    with pytest.raises(AssetError, match=r"supercluster\.min\.js: missing"):
        m.save(tmp_path / "map.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["assets"]


def test_offline_map_inlines_everything_and_links_nothing(web_assets, tmp_path):
    out = tmp_path / "map.html"
    render_map([_incident()], offline=True, assets=web_assets, tiles=None).save(out)
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=", html)
    assert not re.search(r"""url\(\s*["']?https?:|@import""", html)  # nothing via CSS
    for path in ("supercluster@8.0.1/dist/supercluster.min.js", "leaflet@1.9.3/dist/leaflet.js"):
        assert (web_assets / path).read_text(encoding="utf-8") in html, path
    # Leaflet's CSS images travel as data URIs.
    assert "data:image/png;base64," in html


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("package/../../evil.js", "climbs out of the folder"),
        ("/etc/evil.js", "absolute path"),
    ],
)
def test_install_package_refuses_unsafe_members(tmp_path, name, reason):
    with pytest.raises(AssetError, match="escapes the folder"):
        install_package(npm_tarball({name: b"x"}), tmp_path, "leaflet", "1.9.3")
    assert not (tmp_path / "leaflet@1.9.3").exists(), reason


def test_install_package_strips_npm_package_prefix(tmp_path):
    folder = install_package(
        npm_tarball({"package/dist/a.js": b"var a;"}), tmp_path, "supercluster", "8.0.1"
    )
    assert (folder / "dist" / "a.js").read_bytes() == b"var a;"


def test_fetch_assets_refuses_a_tarball_failing_its_checksum(tmp_path, npm_registry):
    body = npm_tarball({"package/dist/leaflet.js": b"tampered"})
    genuine = {"shasum": hashlib.sha1(b"the genuine tarball").hexdigest()}
    registry = npm_registry.start({"leaflet@1.9.3": body}, dist=lambda data: genuine)
    with pytest.raises(AssetError, match="checksum"):
        fetch_assets(tmp_path / "assets", registry=registry, timeout=5)
    assert not any(Path(tmp_path / "assets").glob("*@*"))


def test_map_displays_inline_in_jupyter_as_an_iframe_of_the_page():
    text = "<script>alert(1)</script>"
    frame = render_map([_incident(evidence=Span(0, len(text), text))])._repr_html_()
    assert frame.startswith("<div") and "<iframe srcdoc=" in frame
    srcdoc = frame.split('srcdoc="', 1)[1].split('"', 1)[0]
    assert "<" not in srcdoc  # the whole page is attribute-escaped
    assert "IncidentMapper.create" in srcdoc


def test_summary_counts_what_the_map_shows():
    incidents = [
        _incident(id="a", event_date=date(2024, 3, 5)),
        _incident(id="b", event_type=EventType.BATTLES, sub_event_type="Armed clash"),
        _incident(id="c", latitude=None, longitude=None),
    ]
    summary = render_map(incidents).summary
    assert (summary.shown, summary.unlocated) == (2, 1)
    assert summary.event_types == (("Battles", 1), ("Explosions/Remote violence", 1))
    assert (summary.first_date, summary.last_date) == (date(2024, 2, 2), date(2024, 3, 5))
