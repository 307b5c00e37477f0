"""Maps in a real browser: headless Chromium opens saved maps served from 127.0.0.1.

Leaflet and the plugins are the real files from the npm registry (``npm pack`` at test
time). Skipped when chromium, chromedriver, selenium or npm is missing, unless
INCIDENT_MAPPER_REQUIRE_BROWSER=1, when the missing piece fails the run instead.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, timedelta

import pytest
from _browser import REQUIRE_BROWSER_ENV, unavailable
from _browser import wait_for as _wait

from mapper import (
    Count,
    DatePrecision,
    EventType,
    Incident,
    Precision,
    Source,
    Span,
    render_map,
    to_geodataframe,
)

PAYLOADS = (
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "\"'><svg onload=window.__pwned='svg'>",
    "</script><script>window.__pwned='breakout'</script>{{ 7*7 }}<!--",
)
HOSTILE_URLS = (
    "javascript:window.__pwned='url'",
    " JaVaScRiPt:window.__pwned='url2'",
    "https://news.example.org/a\"><script>window.__pwned='href'</script>",
)
TEXT_COLUMNS = (
    "event_id_cnty",
    "event_type",
    "sub_event_type",
    "date_precision",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "place_name",
    "source",
    "notes",
)


def _incident(k: int, **changes: object) -> Incident:
    base = Incident(
        id=f"test-{k}",
        event_date=date(2024, 1, 10),
        date_precision=DatePrecision.DAY,
        event_type=EventType.BATTLES,
        sub_event_type="Armed clash",
        actor1="Islamic State (Iraq)",
        actor2="Military Forces of Iraq (2022-)",
        location="Haditha",
        place_id="geonames:94787",
        place_name="Haditha",
        country="Iraq",
        country_code="IQ",
        admin1="Anbar",
        latitude=34.1397,
        longitude=42.3781,
        geo_precision=Precision.EXACT,
        fatalities=Count(3, 3),
        injuries=Count(2, 5),
        sources=(Source(f"wire-{k}", title="Wire report", url=f"https://news.example.org/{k}"),),
        evidence=Span(0, 40, "Militants attacked an army checkpoint."),
        confidence=0.7,
    )
    return replace(base, **changes)


def _console_errors(driver) -> list[str]:
    return [
        e["message"]
        for e in driver.get_log("browser")
        if e["level"] == "SEVERE" and "favicon.ico" not in e["message"]
    ]


def _open(driver, url: str) -> None:
    driver.get_log("browser")  # drop earlier pages' messages
    driver.get(url)
    _wait(driver, "return document.documentElement.getAttribute('data-incidents-drawn')")


def _wait_showing(driver, n: int) -> None:
    _wait(
        driver,
        f"return document.querySelector('.im-status').textContent.startsWith('Showing {n} of')",
    )


def _status(driver) -> str:
    return driver.find_element("css selector", ".im-status").text


def _shown(driver) -> int:
    """Incidents drawn in view: single symbols plus the counts on cluster bubbles."""
    return driver.execute_script(
        "var n = document.querySelectorAll('.im-marker').length;"
        "document.querySelectorAll('.im-cluster-count').forEach("
        "  function (c) { n += Number(c.textContent); });"
        "return n;"
    )


def _pixels(driver, box: tuple[int, int, int, int] | None = None) -> dict[str, object]:
    """Mean colour and grey-level spread of a screenshot, or of *box* (x, y, w, h) in it."""
    png = driver.get_screenshot_as_base64()
    return driver.execute_async_script(
        "var done = arguments[2], box = arguments[1], img = new Image();"
        "img.onload = function () {"
        "  var c = document.createElement('canvas'); c.width = img.width; c.height = img.height;"
        "  var g = c.getContext('2d'); g.drawImage(img, 0, 0);"
        "  var b = box || [0, 0, c.width, c.height];"
        "  var d = g.getImageData(b[0], b[1], b[2], b[3]).data, s = 0, s2 = 0, n = d.length / 4;"
        "  var rgb = [0, 0, 0];"
        "  for (var i = 0; i < d.length; i += 4) {"
        "    var v = (d[i] + d[i + 1] + d[i + 2]) / 3; s += v; s2 += v * v;"
        "    rgb[0] += d[i]; rgb[1] += d[i + 1]; rgb[2] += d[i + 2]; }"
        "  done({spread: Math.sqrt(Math.max(0, s2 / n - (s / n) * (s / n))),"
        "        rgb: rgb.map(function (x) { return Math.round(x / n); })});"
        "};"
        "img.src = 'data:image/png;base64,' + arguments[0];",
        png,
        list(box) if box else None,
    )


def _pixel_spread(driver) -> float:
    """Standard deviation of the screenshot's grey levels, computed in the page."""
    return _pixels(driver)["spread"]


@pytest.fixture
def page(site, chromium):
    folder, base = site

    def save(name: str, data, **options) -> str:
        render_map(data, assets=base, tiles=None, **options).save(folder / name)
        return base + name

    return save


def test_hostile_text_shows_as_text_and_never_runs(page, chromium):
    places = [(33.42, 43.30), (36.34, 43.13), (30.51, 47.78), (35.47, 44.39)]
    incidents = [
        _incident(k, latitude=lat, longitude=lon, geo_precision=Precision.EXACT)
        for k, (lat, lon) in enumerate(places)
    ]
    gdf = to_geodataframe(incidents)
    for k in range(len(gdf)):
        for column in TEXT_COLUMNS:
            gdf.loc[k, column] = PAYLOADS[k % len(PAYLOADS)]
    gdf["source_url"] = [*HOSTILE_URLS, "https://news.example.org/fine"]
    title = PAYLOADS[1] + " & " + PAYLOADS[2]
    url = page("hostile.html", gdf, title=title)
    _open(chromium, url)

    assert chromium.find_element("css selector", ".im-title").text == title
    legend = chromium.find_element("css selector", ".im-legend").text
    assert all(p in legend for p in PAYLOADS), "event types appear literally in the legend"
    markers = chromium.find_elements("css selector", ".im-marker")
    assert len(markers) == 4
    seen = []
    for k in range(len(markers)):
        # Opening a popup pans the map and redraws the symbols: start each from the page.
        _open(chromium, url)
        chromium.execute_script("document.querySelectorAll('.im-marker')[arguments[0]].click()", k)
        _wait(chromium, "return document.querySelector('.leaflet-popup-content .im-popup')")
        fields = chromium.execute_script(
            "var box = document.querySelector('.leaflet-popup-content'), out = {};"
            "box.querySelectorAll('tr').forEach(function (tr) {"
            "  out[tr.cells[0].textContent] = tr.cells[1].textContent; });"
            "['im-type', 'im-sub', 'im-evidence'].forEach(function (c) {"
            "  out[c] = box.querySelector('.' + c).textContent; });"
            "return out;"
        )
        payload = fields["im-type"]
        assert payload in PAYLOADS
        for label in ("im-sub", "im-evidence", "Actor 1", "Actor 2", "Place", "Id"):
            assert fields[label] == payload, label
        assert fields["Region"] == f"{payload}, {payload}"
        # A linked source names the link's host after it.
        assert fields["Source"] in (payload, f"{payload} (news.example.org)")
        if fields.get("Source URL"):  # not an http(s) URL: shown as text, not linked
            assert fields["Source URL"] in HOSTILE_URLS[:2]
        links = chromium.execute_script(
            "return Array.from(document.querySelectorAll('.leaflet-popup-content a'))"
            ".map(function (a) { return [a.protocol, a.target, a.rel]; });"
        )
        assert all(
            proto in ("http:", "https:") and target == "_blank" and rel == "noopener noreferrer"
            for proto, target, rel in links
        ), links
        seen.append(payload)
        time.sleep(0.2)
        assert chromium.execute_script("return window.__pwned === undefined")
    assert sorted(seen) == sorted(PAYLOADS)
    assert (
        chromium.execute_script(
            "return document.querySelectorAll('img[src=\"x\"], svg[onload]').length"
        )
        == 0
    )
    assert _console_errors(chromium) == []


def _timeline() -> list[Incident]:
    start = date(2024, 1, 1)
    out = []
    for k in range(30):
        kind = k // 10
        event_type, sub, actor1 = (
            (EventType.BATTLES, "Armed clash", "Islamic State (Iraq)"),
            (EventType.EXPLOSIONS, "Air/drone strike", "Military Forces of Turkey (2016-)"),
            (EventType.PROTESTS, "Peaceful protest", "Protesters (Iraq)"),
        )[kind]
        out.append(
            _incident(
                k,
                event_date=start + timedelta(days=60 * kind + k % 10),
                event_type=event_type,
                sub_event_type=sub,
                actor1=actor1,
                actor2=None if kind == 2 else "Military Forces of Iraq (2022-)",
                location="Fallujah" if k % 2 else "Ramadi",
                place_name="Fallujah" if k % 2 else "Ramadi",
                latitude=33.35 + 0.1 * (k % 2) + 0.01 * k,
                longitude=43.78 - 0.5 * (k % 2),
            )
        )
    out[29] = replace(
        out[29], latitude=30.51, longitude=47.78, geo_precision=Precision.REGION, admin1="Basra"
    )
    return out


def test_filters_time_control_search_and_heatmap_change_what_is_shown(page, chromium):
    _open(chromium, page("timeline.html", _timeline(), title="Anbar, 2024"))
    assert _status(chromium) == "Showing 30 of 30 incidents"
    assert _shown(chromium) == 30
    # The region-level incident is drawn hollow inside a dashed uncertainty circle.
    assert chromium.find_elements("css selector", ".im-marker.im-approx")
    assert chromium.find_elements("css selector", "path[stroke-dasharray='6 5']")

    chromium.find_element("css selector", "input[data-type='Battles']").click()
    _wait_showing(chromium, 20)
    assert _shown(chromium) == 20

    chromium.execute_script(
        "var s = document.querySelector('.im-time-from');"
        "s.value = String(Date.UTC(2024, 3, 1) / 86400000);"
        "s.dispatchEvent(new Event('input'));"
    )
    _wait_showing(chromium, 10)
    assert _shown(chromium) == 10
    assert chromium.find_element("css selector", ".im-time-label").text.startswith("2024-04-01")

    chromium.find_element("css selector", ".im-reset").click()
    chromium.find_element("css selector", "input[data-type='Battles']").click()
    _wait_showing(chromium, 30)

    actor = chromium.find_element("css selector", ".im-actor")
    actor.send_keys("turkey")
    _wait_showing(chromium, 10)
    actor.clear()
    chromium.execute_script("document.querySelector('.im-actor').dispatchEvent(new Event('input'))")
    _wait_showing(chromium, 30)

    search = chromium.find_element("css selector", ".im-search input")
    search.send_keys("fallu\n")
    assert _wait(chromium, "return document.querySelector('.im-found').textContent") == "15 found"

    chromium.find_element("css selector", ".im-play").click()
    _wait(
        chromium,
        "return !document.querySelector('.im-status').textContent.startsWith('Showing 30 ')",
    )
    chromium.find_element("css selector", ".im-play").click()

    chromium.find_element("css selector", ".im-heat input").click()
    _wait(chromium, "return document.querySelector('canvas.leaflet-heatmap-layer')")
    assert _pixel_spread(chromium) > 5.0, "the screenshot is not blank"
    assert _console_errors(chromium) == []


def test_stacked_incidents_open_one_popup_to_page_through(page, chromium):
    same = [_incident(k, actor1=f"Group {k}") for k in range(3)]
    _open(chromium, page("stack.html", same))
    ring = _wait(
        chromium,
        "var b = document.querySelector('.im-cluster-ring').style.background;"
        "return b.includes('conic-gradient') && b;",
    )
    assert "rgb(198, 40, 40) 0%, rgb(198, 40, 40) 100%" in ring, "all three are Battles"
    chromium.execute_script("document.querySelector('.im-cluster').click()")
    _wait(chromium, "return document.querySelector('.leaflet-popup-content .im-nav')")
    # textContent, not .text: the popup may still be fading in (not yet "displayed").
    _wait(
        chromium,
        "return document.querySelector('.leaflet-popup-content').textContent"
        ".includes('1 of 3 here')",
    )
    # The popup may still be panning into view: click in the page, not at a position.
    chromium.execute_script("document.querySelector('.leaflet-popup-content .im-next').click()")
    _wait(
        chromium,
        "return document.querySelector('.leaflet-popup-content').textContent"
        ".includes('2 of 3 here')",
    )
    assert _console_errors(chromium) == []


def test_offline_compressed_page_works_from_a_file_without_network(web_assets, chromium, tmp_path):
    out = tmp_path / "offline.html"
    m = render_map(_timeline(), offline=True, assets=web_assets, tiles=None, compress=True)
    m.save(out)
    _open(chromium, out.as_uri())
    assert _status(chromium) == "Showing 30 of 30 incidents"
    _wait(chromium, "return document.documentElement.getAttribute('data-basemap-drawn')")
    fetched = chromium.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
    )
    assert not [u for u in fetched if u.startswith(("http:", "https:"))], fetched
    assert _console_errors(chromium) == []


SEA_RGB = [220, 232, 240]  # basemap.SEA, #dce8f0
LAND_RGB = [244, 242, 236]  # the land fill in basemap.js, #f4f2ec


def _patch_at(driver, lat: float, lon: float) -> list[int]:
    """Mean colour of the 6x6 pixels around a place on the map."""
    x, y = driver.execute_script(
        "var p = IncidentMapper.layers[0].map.latLngToContainerPoint([arguments[0], arguments[1]]);"
        "return [Math.round(p.x), Math.round(p.y)];",
        lat,
        lon,
    )
    return _pixels(driver, (x - 3, y - 3, 6, 6))["rgb"]


@pytest.mark.parametrize(
    ("lat", "lon", "expected", "reason"),
    [
        (48.0, 68.0, LAND_RGB, "central Kazakhstan is land, away from borders"),
        (30.0, -40.0, SEA_RGB, "the mid-Atlantic is sea"),
        (68.0, -5.0, SEA_RGB, "Norwegian Sea: no band from shapes across the antimeridian"),
        (-40.0, 170.0, SEA_RGB, "Tasman Sea: Antarctica closed via the pole, not across"),
        (-50.0, -120.0, SEA_RGB, "South Pacific: no Antarctic fill spilling north"),
    ],
)
def test_country_outlines_fill_land_and_leave_the_sea(page, chromium, lat, lon, expected, reason):
    _open(chromium, page("world.html", []))
    _wait(chromium, "return document.documentElement.getAttribute('data-basemap-drawn')")
    got = _patch_at(chromium, lat, lon)
    assert max(abs(a - b) for a, b in zip(got, expected, strict=True)) <= 4, (reason, got)


def test_country_outlines_draw_below_the_incidents_without_a_tile_server(page, chromium):
    # Haditha and Cape Town: the fitted view holds coasts and borders (paths are clipped
    # to the view).
    far = _incident(2, location="Cape Town", latitude=-33.92, longitude=18.42)
    _open(chromium, page("outlines.html", [_incident(1), far]))
    _wait(chromium, "return document.documentElement.getAttribute('data-basemap-drawn')")
    pane = chromium.execute_script(
        "var pane = document.querySelector('.leaflet-im-basemap-pane');"
        "var z = function (sel) {"
        "  return Number(getComputedStyle(document.querySelector(sel)).zIndex); };"
        "return {paths: Array.from(pane.querySelectorAll('path')).map("
        "          function (p) { return (p.getAttribute('d') || '').length; }),"
        "        z: z('.leaflet-im-basemap-pane'), overlay: z('.leaflet-overlay-pane'),"
        "        marker: z('.leaflet-marker-pane'),"
        "        clicks: getComputedStyle(pane).pointerEvents};"
    )
    assert len(pane["paths"]) == 3, "land, coastlines, borders"
    assert min(pane["paths"]) > 1000, ("each path holds real outlines", pane["paths"])
    assert pane["z"] < pane["overlay"] < pane["marker"]
    assert pane["clicks"] == "none"
    assert (
        "Natural Earth"
        in chromium.find_element("css selector", ".leaflet-control-attribution").text
    )
    assert _console_errors(chromium) == []


def test_map_without_outlines_is_blank_where_outlines_would_be(page, chromium):
    # The centre of the world view holds no incident and no control: only the basemap.
    centre = (400, 200, 400, 250)
    _open(chromium, page("void.html", [], basemap=None))
    assert _pixels(chromium, centre)["spread"] < 1.0
    _open(chromium, page("world.html", []))
    _wait(chromium, "return document.documentElement.getAttribute('data-basemap-drawn')")
    assert _pixels(chromium, centre)["spread"] > 5.0


def test_empty_map_says_there_is_nothing_to_show(page, chromium):
    _open(chromium, page("empty.html", []))
    assert chromium.find_element("css selector", ".im-empty").text == "No incidents to show."
    assert _console_errors(chromium) == []


@pytest.mark.parametrize(
    ("env", "outcome", "reason"),
    [
        ("1", pytest.fail.Exception, "CI demands the browser tests: a missing piece fails"),
        ("", pytest.skip.Exception, "elsewhere a missing browser skips with the reason"),
    ],
)
def test_missing_browser_skips_unless_required(monkeypatch, env, outcome, reason):
    monkeypatch.setenv(REQUIRE_BROWSER_ENV, env)
    with pytest.raises(outcome, match="chromium is not installed"):
        unavailable("chromium is not installed")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("__proto__", "a plain object ignores a key that sets its prototype"),
        ("constructor", "a key every object inherits"),
        ("hasOwnProperty", "an inherited method name"),
    ],
)
def test_event_types_named_like_object_properties_draw_and_filter(page, chromium, name, reason):
    incidents = [
        _incident(0, latitude=33.3, longitude=44.4),
        _incident(1, latitude=36.3, longitude=43.1),
    ]
    gdf = to_geodataframe(incidents)
    gdf["event_type"] = [name, "Shelling"]  # a user's table may use any type names
    _open(chromium, page(f"type-{name}.html", gdf, cluster=False))
    assert _console_errors(chromium) == [], reason
    legend = chromium.find_element("css selector", ".im-legend").text
    assert name in legend and "Shelling" in legend, reason
    _wait_showing(chromium, 2)
    chromium.execute_script(
        "document.querySelector('.im-legend input[data-type=\"Shelling\"]').click()"
    )
    _wait_showing(chromium, 1)
    assert _shown(chromium) == 1, reason


def test_incidents_either_side_of_the_antimeridian_are_fitted_and_drawn_together(page, chromium):
    places = [(-17.8, 178.4), (-18.1, -179.9), (-13.8, -171.8)]  # Fiji, Fiji's east, Samoa
    incidents = [_incident(k, latitude=lat, longitude=lon) for k, (lat, lon) in enumerate(places)]
    _open(chromium, page("antimeridian.html", incidents, cluster=False))
    zoom = chromium.execute_script("return IncidentMapper.layers[0].map.getZoom()")
    assert zoom >= 4, "the view spans the Pacific, not the whole world"
    inside = chromium.execute_script(
        "var box = document.querySelector('.leaflet-container').getBoundingClientRect();"
        "return Array.from(document.querySelectorAll('.im-marker')).map(function (m) {"
        "  var r = m.getBoundingClientRect();"
        "  return r.left >= box.left && r.right <= box.right"
        "    && r.top >= box.top && r.bottom <= box.bottom; });"
    )
    assert inside == [True, True, True]
    assert _console_errors(chromium) == []


def test_very_long_text_stays_inside_the_popup_title_and_legend(page, chromium):
    word = "Qa" * 400  # no break opportunity anywhere
    gdf = to_geodataframe([_incident(0), _incident(1, latitude=36.3, longitude=43.1)])
    for column in ("event_type", "sub_event_type", "actor1", "location", "source"):
        gdf.loc[0, column] = "Type" + word
    gdf.loc[0, "notes"] = "Shelling hit the market again. " * 1500
    _open(chromium, page("long.html", gdf, cluster=False, title="T" + word))
    overflowing = (
        "var c = arguments[1].getBoundingClientRect();"
        "return Array.from(document.querySelectorAll(arguments[0])).filter(function (e) {"
        "  var box = e.getBoundingClientRect();"
        "  return box.right > c.right + 1 || box.left < c.left - 1; }).length;"
    )
    container = chromium.find_element("css selector", ".leaflet-container")
    for selector in (".im-title", ".im-legend"):
        element = chromium.find_element("css selector", selector)
        assert chromium.execute_script(
            "var e = arguments[0]; return e.scrollWidth <= e.clientWidth + 1", element
        ), selector
        assert chromium.execute_script(overflowing, selector, container) == 0, selector
    legend_height = chromium.execute_script(
        "return document.querySelector('.im-legend').getBoundingClientRect().height"
    )
    assert legend_height <= 0.6 * container.size["height"]
    for k in range(2):  # the long incident's symbol, whichever is drawn first
        chromium.execute_script("document.querySelectorAll('.im-marker')[arguments[0]].click()", k)
        _wait(chromium, "return document.querySelector('.leaflet-popup-content .im-popup')")
        kind = chromium.execute_script("return document.querySelector('.im-type').textContent")
        if "Type" in kind:
            break
    popup = chromium.find_element("css selector", ".leaflet-popup-content-wrapper")
    assert popup.size["height"] <= container.size["height"], "the popup scrolls instead"
    assert chromium.execute_script(overflowing, ".leaflet-popup-content *", popup) == 0, (
        "no popup text sticks out of the popup"
    )
    assert _console_errors(chromium) == []


def _popup_field(driver, url: str, label: str) -> object:
    """Open the popup of the only incident at *url*; return its *label* field cell."""
    _open(driver, url)
    driver.execute_script("document.querySelector('.im-marker').click()")
    _wait(driver, "return document.querySelector('.leaflet-popup-content .im-popup')")
    return driver.execute_script(
        "var label = arguments[0];"
        "return Array.from(document.querySelectorAll('.im-fields tr')).find(function (tr) {"
        "  return tr.cells[0].textContent === label; }).cells[1];",
        label,
    )


def test_a_bidi_override_in_one_value_cannot_reorder_the_values_beside_it(page, chromium):
    # U+202E (right-to-left override) in the province would otherwise flip ", Iraq" too.
    gdf = to_geodataframe([_incident(0)])
    gdf.loc[0, "admin1"] = "\u202eAnbar"
    td = _popup_field(chromium, page("bidi.html", gdf), "Region")
    lefts = chromium.execute_script(
        "var walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);"
        "var out = {}, node;"
        "while ((node = walker.nextNode())) {"
        "  ['Anbar', 'Iraq'].forEach(function (word) {"
        "    var at = node.data.indexOf(word); if (at < 0) return;"
        "    var r = document.createRange(); r.setStart(node, at);"
        "    r.setEnd(node, at + word.length); out[word] = r.getBoundingClientRect().left; });"
        "}"
        "return out;",
        td,
    )
    assert lefts["Anbar"] < lefts["Iraq"], lefts


def test_a_source_link_names_the_host_it_really_goes_to(page, chromium):
    gdf = to_geodataframe([_incident(0)])
    gdf.loc[0, "source"] = "https://www.reuters.com/world/"  # text posing as another site
    gdf.loc[0, "source_url"] = "https://phish.example.net/login"
    td = _popup_field(chromium, page("spoof.html", gdf), "Source")
    # textContent, not .text: the popup may still be fading in (not yet "displayed").
    cell = chromium.execute_script("return arguments[0].textContent", td)
    assert "phish.example.net" in cell, cell
