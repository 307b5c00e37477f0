"""Measure incident maps: build + save time, HTML size, and time to first clusters in Chromium.

Usage::

    .venv/bin/python benchmarks/render_bench.py [--quick] [--sizes 1000,10000,100000]
        [--marker-limit SECONDS] [--no-browser] [--json]

For each size, the same seeded synthetic incident table (``_synthetic.py``: places from
the embedded gazetteer, ACLED types and actors, evidence sentences, sources) is mapped
three ways in this process, each timed from the GeoDataFrame to a saved HTML file:

* ``render_map`` - this package (``mapper.render_map(gdf).save(path)``, CDN links);
* ``gdf.explore`` - geopandas' folium map (needs ``matplotlib`` and ``mapclassify``:
  ``.venv/bin/pip install -e '.[bench]'``; without them the notes say so and how);
* ``MarkerCluster`` - folium's plugin with one ``folium.Marker`` and HTML popup per
  incident. It is skipped at a size when the previous size's time, scaled linearly,
  exceeds ``--marker-limit`` seconds (default 180), and the row says so.

Then headless Chromium (Debian's ``chromium`` with ``chromedriver``, through selenium)
opens each ``render_map`` page served from 127.0.0.1, with Leaflet and the plugins served
from the same server (fetched once from the npm registry into the asset cache by
``mapper.fetch_assets``) and no tiles, so the country outlines are drawn too (their data
from the same server), and reads the time from navigation start to the first drawn
clusters (``performance.now()`` recorded by the layer); median of 3 loads.

``--quick`` runs 1,000 and 10,000 only. Progress goes to stderr; the table (or JSON with
``--json``) to stdout. Targets at 100,000: build + save <= 3 s and <= 1/4 of
``gdf.explore``; HTML <= 20 MB and <= 1/2 of ``gdf.explore``; first clusters <= 3 s.
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "mapper"))
from _report import table  # noqa: E402
from _synthetic import synthetic_incidents  # noqa: E402

from mapper import AssetError, render_map  # noqa: E402
from mapper.webassets import default_asset_dir, fetch_assets  # noqa: E402

MB = 1_000_000


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _timed_save(build, path: Path) -> dict[str, Any]:
    start = time.perf_counter()
    m = build()
    m.save(path)
    seconds = time.perf_counter() - start
    return {"seconds": round(seconds, 2), "mb": round(path.stat().st_size / MB, 1)}


def _explore(gdf):
    return gdf.explore()


def _marker_cluster(gdf):
    import folium
    from folium.plugins import MarkerCluster

    m = folium.Map(location=(30, 40), zoom_start=4)
    cluster = MarkerCluster().add_to(m)
    for row in gdf.itertuples(index=False):
        text = (
            f"<b>{html.escape(row.event_type)}</b> ({html.escape(row.sub_event_type)})<br>"
            f"{row.event_date:%Y-%m-%d} - {html.escape(str(row.location))}<br>"
            f"{html.escape(str(row.actor1))} / {html.escape(str(row.actor2))}<br>"
            f"Fatalities: {row.fatalities}<br>{html.escape(row.notes)}"
        )
        folium.Marker((row.latitude, row.longitude), popup=folium.Popup(text)).add_to(cluster)
    return m


def _first_clusters_ms(url: str, driver, runs: int = 3) -> list[float]:
    times = []
    for _ in range(runs):
        driver.get("about:blank")
        driver.get(url)
        deadline = time.monotonic() + 60
        value = None
        while value is None and time.monotonic() < deadline:
            value = driver.execute_script(
                "return document.documentElement.getAttribute('data-incidents-drawn')"
            )
            if value is None:
                time.sleep(0.02)
        if value is None:
            raise RuntimeError(f"{url}: no clusters drawn within 60 s")
        times.append(float(value))
    return times


def run(sizes: list[int], marker_limit: float, browser: bool) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="render-bench-"))
    results: dict[str, Any] = {"sizes": {}, "notes": []}
    last_marker: tuple[int, float] | None = None
    try:
        try:
            import mapclassify  # noqa: F401
            import matplotlib  # noqa: F401

            has_explore = True
        except ImportError:
            has_explore = False
            note = (
                "gdf.explore skipped: it needs matplotlib and mapclassify; install them with"
                " the bench extra: .venv/bin/pip install -e '.[bench]'"
            )
            _log(note)
            results["notes"].append(note)
        for n in sizes:
            _log(f"{n:,} incidents: generating")
            gdf = synthetic_incidents(n, seed=5)
            row: dict[str, Any] = {}
            _log(f"{n:,}: render_map")
            row["render_map"] = _timed_save(lambda g=gdf: render_map(g), work / f"ours-{n}.html")
            if has_explore:
                _log(f"{n:,}: gdf.explore")
                row["gdf.explore"] = _timed_save(lambda g=gdf: _explore(g), work / "explore.html")
            estimate = last_marker[1] * n / last_marker[0] if last_marker else 0.0
            if estimate > marker_limit:
                row["MarkerCluster"] = {
                    "skipped": f"estimated {estimate:.1f} s > {marker_limit:g} s"
                }
            else:
                _log(f"{n:,}: folium MarkerCluster of Markers")
                row["MarkerCluster"] = _timed_save(
                    lambda g=gdf: _marker_cluster(g), work / "markers.html"
                )
                last_marker = (n, row["MarkerCluster"]["seconds"])
            results["sizes"][n] = row
            (work / "explore.html").unlink(missing_ok=True)
            (work / "markers.html").unlink(missing_ok=True)
        if browser:
            _browser_section(results, sizes, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def _browser_section(results: dict[str, Any], sizes: list[int], work: Path) -> None:
    from _browser import browser_missing, serve, start_chromium

    reason = browser_missing()
    if reason:
        results["notes"].append(f"browser timing skipped: {reason}")
        return
    try:
        assets = fetch_assets(default_asset_dir())
    except AssetError as exc:
        results["notes"].append(f"browser timing skipped: {exc}")
        return
    site = work / "site"
    shutil.copytree(assets, site)
    with serve(site) as base:
        driver = start_chromium(work / "profile")
        try:
            for n in sizes:
                _log(f"{n:,}: headless Chromium")
                gdf = synthetic_incidents(n, seed=5)
                render_map(gdf, assets=base, tiles=None).save(site / f"map-{n}.html")
                times = _first_clusters_ms(base + f"map-{n}.html", driver)
                results["sizes"][n]["first_clusters_ms"] = round(statistics.median(times))
        finally:
            driver.quit()


def _targets(results: dict[str, Any]) -> list[list[str]]:
    row = results["sizes"].get(100_000)
    if not row:
        return []
    ours, explore = row["render_map"], row.get("gdf.explore")
    checks = [["build + save <= 3 s", f"{ours['seconds']} s", ours["seconds"] <= 3]]
    checks.append(["HTML <= 20 MB", f"{ours['mb']} MB", ours["mb"] <= 20])
    if explore:
        t = ours["seconds"] / explore["seconds"]
        s = ours["mb"] / explore["mb"]
        checks.append(["build + save <= 1/4 of gdf.explore", f"{t:.2f}x", t <= 0.25])
        checks.append(["HTML <= 1/2 of gdf.explore", f"{s:.2f}x", s <= 0.5])
    if "first_clusters_ms" in row:
        ms = row["first_clusters_ms"]
        checks.append(["Chromium load to first clusters <= 3 s", f"{ms} ms", ms <= 3000])
    return [[name, value, "met" if ok else "NOT met"] for name, value, ok in checks]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 and 10,000 only")
    parser.add_argument("--sizes", help="comma-separated incident counts")
    parser.add_argument("--marker-limit", type=float, default=180.0)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    else:
        sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    results = run(sizes, args.marker_limit, browser=not args.no_browser)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    rows = []
    for n, row in results["sizes"].items():
        for method in ("render_map", "gdf.explore", "MarkerCluster"):
            cell = row.get(method)
            if cell is None:
                continue
            if "skipped" in cell:
                rows.append([f"{n:,}", method, "", "", "", f"skipped: {cell['skipped']}"])
                continue
            first = row.get("first_clusters_ms", "") if method == "render_map" else ""
            rows.append([f"{n:,}", method, cell["seconds"], cell["mb"], first, ""])
    print(table(["incidents", "map", "build+save s", "HTML MB", "first clusters ms", "note"], rows))
    for note in results["notes"]:
        print(f"  note: {note}")
    targets = _targets(results)
    if targets:
        print()
        print(table(["target at 100,000", "measured", "status"], targets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
