"""Render the README screenshot, ``docs/map.png``, through the real path.

Usage::

    .venv/bin/python docs/make_screenshot.py [-d ASSET_DIR] [-o docs/map.png]
        [--size 1280x760] [--no-popup]

``examples/dispatches.jsonl`` -> :func:`mapper.workflow.load_incidents` (extraction and the
embedded gazetteer) -> :func:`mapper.render_map` with ``tiles=None, offline=True`` (the
country outlines and every script inlined from the asset folder, which
``incident-mapper assets fetch`` fills) -> a saved page that headless Chromium (Debian's
``chromium`` with ``chromedriver``, through selenium) opens from disk with a fresh profile.
Unless ``--no-popup``, the incident symbol nearest the middle of the view is clicked so the
picture shows a popup. Prints the file written, its pixel size and byte size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests" / "mapper"))
from _browser import browser_missing, start_chromium  # noqa: E402
from _browser import wait_for as _wait  # noqa: E402

from mapper import MapperError, render_map  # noqa: E402
from mapper.workflow import load_incidents  # noqa: E402

EXAMPLE = ROOT / "examples" / "dispatches.jsonl"
TITLE = "Example dispatches: incidents extracted from news text"

# The symbol nearest the centre of the view; its popup is opened for the picture.
_CLICK_CENTRAL_MARKER = """
var box = document.querySelector('.leaflet-container').getBoundingClientRect();
var cx = box.left + box.width / 2, cy = box.top + box.height / 2, best = null, dist = 1e9;
document.querySelectorAll('.im-marker').forEach(function (m) {
  var r = m.getBoundingClientRect();
  var d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
  if (d < dist) { dist = d; best = m; }
});
if (best) best.click();
return best !== null;
"""


def screenshot(
    out: Path, assets: Path | None, width: int, height: int, popup: bool
) -> tuple[int, int]:
    """Render the example map and write the PNG; returns the incidents shown and unlocated."""
    gdf = load_incidents([EXAMPLE])
    m = render_map(gdf, title=TITLE, tiles=None, offline=True, assets=assets)
    with tempfile.TemporaryDirectory(prefix="im-screenshot-") as tmp:
        page = Path(tmp, "map.html")
        m.save(page)
        driver = start_chromium(Path(tmp, "profile"), width=width, height=height)
        try:
            # The viewport, not the window, gets the requested size.
            driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            )
            driver.get(page.as_uri())
            _wait(driver, "return document.documentElement.getAttribute('data-incidents-drawn')")
            _wait(driver, "return document.documentElement.getAttribute('data-basemap-drawn')")
            if popup and driver.execute_script(_CLICK_CENTRAL_MARKER):
                _wait(driver, "return document.querySelector('.leaflet-popup-content .im-popup')")
            time.sleep(1.0)  # cluster rings and the popup's pan settle
            out.write_bytes(driver.get_screenshot_as_png())
        finally:
            driver.quit()
    summary = m.summary
    return (summary.shown, summary.unlocated) if summary else (0, 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-d", "--assets", type=Path, help="asset folder (default: the cache)")
    parser.add_argument("-o", "--output", type=Path, default=HERE / "map.png")
    parser.add_argument("--size", default="1280x760", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--no-popup", action="store_true", help="no popup in the picture")
    args = parser.parse_args(argv)
    reason = browser_missing()
    if reason:
        print(f"error: {reason}", file=sys.stderr)
        return 2
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size {args.size!r}: not WIDTHxHEIGHT")
    try:
        shown, unlocated = screenshot(args.output, args.assets, width, height, not args.no_popup)
    except MapperError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    size = args.output.stat().st_size
    print(f"wrote {args.output}: {width}x{height} px, {size / 1000:.0f} KB")
    print(f"{shown} incidents shown, {unlocated} without a location")
    return 0


if __name__ == "__main__":
    sys.exit(main())
