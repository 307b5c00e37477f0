"""Country outlines (render_map basemap) and the asset plumbing behind them, without a browser."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from mapper import AssetError, InputError, render_map
from mapper.basemap import BASEMAPS, choose_basemap
from mapper.webassets import (
    TOPOJSON,
    WORLD_ATLAS,
    default_asset_dir,
    fetch_hint,
    inline_json,
    required_packages,
)

OUTLINE_BLOCK = re.compile(
    r'<script type="application/json" id="[^"]+_topology"[^>]*>(.*?)</script>'
)


def _incident() -> pd.DataFrame:
    """One incident as an ACLED-style row with coordinates."""
    return pd.DataFrame(
        {
            "event_date": ["2024-01-21"],
            "event_type": ["Explosions/Remote violence"],
            "location": ["Al Qa'im"],
            "latitude": [34.36882],
            "longitude": [41.09501],
        }
    )


def _page(**options: object) -> str:
    return render_map(_incident(), **options).get_root().render()


@pytest.mark.parametrize(
    ("basemap", "tiles", "expected", "reason"),
    [
        ("auto", None, "countries", "no tiles: outlines instead of a grey void"),
        ("auto", "OpenStreetMap", None, "tiles already show the land"),
        (None, None, None, "outlines switched off on purpose"),
        ("countries-50m", "OpenStreetMap", "countries-50m", "asked for over tiles"),
        ("countries", None, "countries", "named explicitly"),
    ],
)
def test_choose_basemap_defaults_to_outlines_only_without_tiles(basemap, tiles, expected, reason):
    assert choose_basemap(basemap, tiles) == expected, reason


def test_unknown_basemap_is_an_input_error_listing_the_choices():
    with pytest.raises(InputError, match=r"basemap='stamen'.*'countries', 'countries-50m'"):
        render_map(_incident(), basemap="stamen")


def test_map_without_tiles_links_the_outlines_and_decoder_on_the_cdn():
    page = _page(tiles=None)
    assert "IncidentBasemap.draw(" in page
    assert f'<script src="{TOPOJSON.url}">' in page
    (block,) = OUTLINE_BLOCK.findall(page)
    assert block == "", "the data is fetched, not inlined, when online"
    assert f'data-src="{WORLD_ATLAS["countries"].url}"' in page


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({}, "default tiles: no outlines"),
        ({"tiles": None, "basemap": None}, "outlines switched off"),
    ],
)
def test_outlines_absent_when_not_wanted(options, reason):
    page = _page(**options)
    assert "IncidentBasemap" not in page, reason
    assert "world-atlas" not in page and "topojson-client" not in page, reason


def test_finer_outlines_can_be_drawn_over_tiles():
    page = _page(basemap="countries-50m")
    assert f'data-src="{WORLD_ATLAS["countries-50m"].url}"' in page
    assert '"sea": null' in page and '"fill": false' in page, "tiles show through"
    assert '"fill": true' in _page(tiles=None), "without tiles the land is filled"


def test_mirror_serves_the_outline_data_too():
    page = _page(tiles=None, assets="http://127.0.0.1:9/mirror/")
    assert 'data-src="http://127.0.0.1:9/mirror/world-atlas@2.0.2/countries-110m.json"' in page
    assert "cdn.jsdelivr.net" not in page


def test_offline_page_inlines_the_outlines_and_links_nothing(web_assets, tmp_path):
    out = tmp_path / "map.html"
    render_map(_incident(), tiles=None, offline=True, assets=web_assets).save(out)
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"""<(?:script|img|iframe)[^>]+src=|<link[^>]+href=|data-src=""", page)
    assert not re.search(r"""url\(\s*["']?https?:|@import""", page)
    (block,) = OUTLINE_BLOCK.findall(page)
    original = json.loads(WORLD_ATLAS["countries"].file_in(web_assets).read_bytes())
    assert json.loads(block) == original
    assert set(original["objects"]) >= {"countries", "land"}, "the script draws both objects"
    decoder = TOPOJSON.file_in(web_assets).read_text(encoding="utf-8")
    assert decoder in page
    # 1:110m keeps the page small: the outlines add about 110 KB.
    assert len(block) < 150_000


def test_old_asset_folder_still_serves_maps_without_outlines(web_assets, tmp_path):
    old = tmp_path / "assets"
    shutil.copytree(web_assets, old)
    shutil.rmtree(old / "world-atlas@2.0.2")
    render_map(_incident(), tiles=None, basemap=None, offline=True, assets=old)
    with pytest.raises(
        AssetError, match=r"no world-atlas@2\.0\.2; .*incident-mapper assets fetch -d"
    ):
        render_map(_incident(), tiles=None, offline=True, assets=old)


def test_required_packages_include_the_outlines_only_when_asked():
    with_outlines = required_packages()
    assert ("world-atlas", "2.0.2") in with_outlines
    assert ("topojson-client", "3.1.0") in with_outlines
    without = required_packages(basemap=False)
    assert set(with_outlines) - set(without) == {
        ("world-atlas", "2.0.2"),
        ("topojson-client", "3.1.0"),
    }
    assert set(BASEMAPS) == set(WORLD_ATLAS)


def test_fetch_hint_names_the_folder_only_when_it_is_not_the_default(monkeypatch, tmp_path):
    monkeypatch.setenv("INCIDENT_MAPPER_ASSETS", str(tmp_path / "default"))
    assert "`incident-mapper assets fetch`" in fetch_hint(default_asset_dir())
    other = tmp_path / "my assets"
    assert f"`incident-mapper assets fetch -d '{other}'`" in fetch_hint(other)


@pytest.mark.parametrize(
    ("content", "message", "reason"),
    [
        (None, "missing; fetch the map assets", "the package folder has no such file"),
        (b'{"type": "Topology", "objects": ', "not a readable JSON file", "truncated download"),
    ],
)
def test_inline_json_refuses_missing_or_broken_data(tmp_path, content, message, reason):
    asset = WORLD_ATLAS["countries"]
    if content is not None:
        path = asset.file_in(tmp_path)
        path.parent.mkdir(parents=True)
        path.write_bytes(content)
    with pytest.raises(AssetError, match=message):
        inline_json(asset, tmp_path)


def test_inline_json_cannot_close_the_script_element(tmp_path):
    asset = WORLD_ATLAS["countries"]
    path = asset.file_in(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"name": "</script><script>alert(1)</script>"}))
    text = inline_json(asset, tmp_path)
    assert "<" not in text
    assert json.loads(text) == {"name": "</script><script>alert(1)</script>"}


def test_offline_page_without_the_asset_folder_says_how_to_fetch(monkeypatch, tmp_path):
    monkeypatch.setenv("INCIDENT_MAPPER_ASSETS", str(tmp_path / "never-fetched"))
    with pytest.raises(AssetError, match=r"no asset folder; .*`incident-mapper assets fetch`"):
        render_map(_incident(), tiles=None, offline=True)
    assert not Path(tmp_path / "never-fetched").exists()
