"""render_map with odd but real-world tables: values and dtypes found in a hostile review."""

from __future__ import annotations

import math
import re
from datetime import date

import numpy as np
import pandas as pd
import pytest
from _npm import npm_tarball

from mapper import AssetError, InputError, render_map, webassets
from mapper.mapdata import decode_rows, read_payload_block

BLOCK = re.compile(r'<script type="[^"]+" id="[^"]+_data">.*?</script>', re.S)


def _rows(m) -> list[dict]:
    return decode_rows(read_payload_block(BLOCK.search(m.get_root().render())[0]))


def _table(**columns: object) -> pd.DataFrame:
    return pd.DataFrame({"latitude": [34.37, 33.31], "longitude": [41.09, 44.36], **columns})


@pytest.mark.parametrize(
    ("values", "shown", "reason"),
    [
        ([["Hit"], ["Miss"]], ["['Hit']", "['Miss']"], "lists cannot be hashed into codes"),
        ([{"k": 1}, {"k": 2}], ["{'k': 1}", "{'k': 2}"], "dicts cannot be hashed into codes"),
        ([["Hit"], ["Hit"]], ["['Hit']", "['Hit']"], "repeated unhashable values"),
    ],
)
def test_unhashable_values_in_popup_columns_show_as_text(values, shown, reason):
    rows = _rows(render_map(_table(tags=values)))
    assert [r["x0"] for r in rows] == shown, reason


def test_duplicate_column_names_are_refused_by_name():
    table = pd.DataFrame([[34.37, 41.09, "a", "b"]], columns=["latitude", "longitude", "x", "x"])
    with pytest.raises(InputError, match="column 'x' appears twice"):
        render_map(table)


@pytest.mark.parametrize(
    ("value", "message", "reason"),
    [
        (math.inf, r"confidence: row 0: inf is not", "infinity overflowed to a huge negative"),
        ("high", r"confidence: row 0: 'high' is not a number", "text was silently dropped"),
        (1.5, r"confidence: row 0: 1.5 is not", "a share above 1 is no confidence"),
        (-0.2, r"confidence: row 0: -0.2 is not", "a negative share"),
    ],
)
def test_bad_confidence_is_refused_naming_the_row(value, message, reason):
    with pytest.raises(InputError, match=message):
        render_map(_table(event_type=["Battles", "Riots"], confidence=[value, 0.5]))


def test_confidence_shows_as_a_percentage():
    rows = _rows(render_map(_table(event_type=["Battles", "Riots"], confidence=[0.25, None])))
    assert [r["conf"] for r in rows] == [25, None]


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ([2024, 2023], "years as numbers read as nanoseconds since 1970"),
        ([20240105.0, 20240106.0], "yyyymmdd as numbers"),
        (pd.Series(["2024-01-05", 20240106], dtype=object), "one number among date strings"),
    ],
)
def test_numbers_are_not_taken_for_dates(values, reason):
    with pytest.raises(InputError, match=r"event_date: row \d: .* is not a date"):
        render_map(_table(event_type=["Battles", "Riots"], event_date=values))


def _days(m) -> list[date | None]:
    epoch = date(1970, 1, 1).toordinal()
    return [None if r["day"] is None else date.fromordinal(epoch + r["day"]) for r in _rows(m)]


@pytest.mark.parametrize(
    ("values", "expected", "reason"),
    [
        (
            ["2024-01-05T10:00+03:00", "2024-01-06T10:00Z"],
            [date(2024, 1, 5), date(2024, 1, 6)],
            "offsets that differ between rows made pandas raise",
        ),
        (
            pd.Series(np.array(["2024-01-05", "2300-01-01"], dtype="datetime64[s]")),
            [date(2024, 1, 5), date(2300, 1, 1)],
            "seconds-unit dates beyond 2262 overflowed into 1700s",
        ),
        (
            pd.Series(pd.array(["2024-01-05", None], dtype="string")),
            [date(2024, 1, 5), None],
            "a nullable string column with a missing date",
        ),
    ],
)
def test_dates_of_any_dtype_reach_the_map_as_the_same_days(values, expected, reason):
    m = render_map(_table(event_type=["Battles", "Riots"], event_date=values))
    assert _days(m) == expected, reason


def test_duplicate_coordinate_columns_are_refused_by_name():
    table = pd.DataFrame([[34.37, 41.09, 41.1]], columns=["latitude", "longitude", "longitude"])
    with pytest.raises(InputError, match="column 'longitude' appears twice"):
        render_map(table)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ('https://mirror.example/"><script>alert(1)</script>', "closes the src attribute"),
        ("https://mirror.example/a b", "a space ends an unquoted URL"),
        ("https://mirror.example/\u2028", "a line separator"),
        ("https:///assets", "no host"),
        ("https://mirror.example/'onload='x", "a single quote"),
    ],
)
def test_mirror_url_that_could_break_the_page_is_refused(url, reason):
    with pytest.raises(InputError, match="assets="):
        render_map(_table(), assets=url)


def test_mirror_url_with_a_path_and_port_is_linked():
    page = render_map(_table(), assets="http://127.0.0.1:8080/npm/").get_root().render()
    assert 'src="http://127.0.0.1:8080/npm/leaflet@' in page


def test_install_package_refuses_a_tarball_that_unpacks_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(webassets, "_MAX_UNPACKED", 10_000)
    members = {f"package/dist/part{k}.js": b"\0" * 4_000 for k in range(3)}
    with pytest.raises(AssetError, match="unpacks to more than 10000 bytes"):
        webassets.install_package(npm_tarball(members), tmp_path, "leaflet", "1.9.3")
    assert not (tmp_path / "leaflet@1.9.3").exists()
    assert list(tmp_path.iterdir()) == []  # the staging folder is gone too


@pytest.mark.parametrize(
    ("lons", "bounds", "reason"),
    [
        ([178.4, -179.9, -171.8], "[[-18.1, 178.4], [-13.8, 188.2]]", "Fiji to Samoa via 180"),
        ([41.09, 44.36], "[[-18.1, 41.09], [-13.8, 44.36]]", "Iraq: the usual way round"),
        ([-170.0, 170.0], "[[-18.1, 170.0], [-13.8, 190.0]]", "20 degrees via 180, not 340"),
        ([-90.0, 90.0], "[[-18.1, -90.0], [-13.8, 90.0]]", "a tie keeps the usual way"),
    ],
)
def test_view_is_fitted_the_narrower_way_round_the_world(lons, bounds, reason):
    lats = [-18.1, -13.8, -16.0][: len(lons)]
    page = render_map(pd.DataFrame({"latitude": lats, "longitude": lons})).get_root().render()
    assert f'"fitBounds": {bounds}' in page, reason


@pytest.mark.parametrize(
    ("reference", "reason"),
    [
        ("../../../secret.txt", "climbs out of the asset folder"),
        ("images/../../../../secret.txt", "climbs out after a folder"),
        ("/../../../secret.txt", "a leading slash"),
    ],
)
def test_css_inlining_never_embeds_files_outside_the_package(tmp_path, reference, reason):
    (tmp_path / "secret.txt").write_text("PRIVATE KEY")
    root = tmp_path / "assets"
    css = webassets.LEAFLET[1]
    target = css.file_in(root)
    target.parent.mkdir(parents=True)
    (target.parent / "images").mkdir()
    (target.parent / "images" / "layers.png").write_bytes(b"\x89PNG")
    icon = ".b { background: url(images/layers.png) }"
    target.write_text(f".a {{ background: url({reference}) }} {icon}")
    tag = webassets.inline_tag(css.url, "css", root)
    assert "UFJJVkFURSBLRVk" not in tag and "PRIVATE" not in tag, reason
    assert "data:image/png;base64," in tag, "files inside the package are still inlined"


def test_dates_beyond_year_9999_are_refused_naming_the_row():
    far = pd.Series(np.array(["2024-01-05", "12000-01-01"], dtype="datetime64[s]"))
    with pytest.raises(
        InputError, match=r"event_date: row 1: .*12000.* is not a date in years 1-9999"
    ):
        render_map(_table(event_type=["Battles", "Riots"], event_date=far))


def test_fetch_assets_refuses_a_tarball_not_matching_the_pinned_integrity(tmp_path, npm_registry):
    # The registry vouches for its tarball (its own sha512), but it is not Leaflet 1.9.3.
    body = npm_tarball({"package/dist/leaflet.js": b"window.stolen = document.cookie;"})
    registry = npm_registry.start({"leaflet@1.9.3": body})
    with pytest.raises(AssetError, match=r"pinned for leaflet@1\.9\.3"):
        webassets.fetch_assets(tmp_path / "assets", registry=registry, timeout=5)
    assert not any((tmp_path / "assets").glob("*@*"))


def test_pinned_integrity_covers_every_required_package():
    folders = {f"{name}@{version}" for name, version in webassets.required_packages()}
    assert set(webassets.PINNED_INTEGRITY) == folders
