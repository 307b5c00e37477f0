"""Headless Chromium for map tests and the render benchmark (not a test module).

Leaflet and the plugins come from the npm registry through ``npm pack`` (never from the
repository), and pages are served from 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from mapper.webassets import install_package, required_packages

__all__ = [
    "CHROMIUM_FLAGS",
    "REQUIRE_BROWSER_ENV",
    "browser_missing",
    "npm_assets",
    "serve",
    "start_chromium",
    "unavailable",
    "wait_for",
]

REQUIRE_BROWSER_ENV = "INCIDENT_MAPPER_REQUIRE_BROWSER"

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = ("/usr/bin/chromedriver",)


def _first(paths: tuple[str, ...], name: str) -> str | None:
    return next((p for p in paths if Path(p).exists()), None) or shutil.which(name)


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "the selenium package is not installed (pip install '.[test]')"
    if _first(CHROMIUM, "chromium") is None:
        return "chromium is not installed (apt-get install chromium chromium-driver)"
    if _first(CHROMEDRIVER, "chromedriver") is None:
        return "chromedriver is not installed (apt-get install chromium-driver)"
    if shutil.which("npm") is None:
        return "npm is not installed (it fetches Leaflet and the plugins)"
    return None


def unavailable(reason: str) -> None:
    """Skip the test, or fail it when $INCIDENT_MAPPER_REQUIRE_BROWSER is 1 (CI)."""
    import pytest

    if os.environ.get(REQUIRE_BROWSER_ENV) == "1":
        pytest.fail(f"{REQUIRE_BROWSER_ENV}=1 but {reason}")
    pytest.skip(reason)


def npm_assets(root: Path) -> Path:
    """Fill *root* with the map's npm packages via ``npm pack``, keeping what is there."""
    root.mkdir(parents=True, exist_ok=True)
    for package, version in required_packages():
        if (root / f"{package}@{version}").is_dir():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                ["npm", "pack", f"{package}@{version}", "--silent", "--pack-destination", tmp],
                check=True,
                capture_output=True,
                timeout=180,
            )
            (tarball,) = Path(tmp).glob("*.tgz")
            install_package(tarball, root, package, version)
    return root


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve *directory* on 127.0.0.1 (a free port); yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def start_chromium(profile: Path, width: int = 1200, height: int = 800):
    """A selenium driver for headless Chromium with a fresh profile, logging the console."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _first(CHROMIUM, "chromium")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=_first(CHROMEDRIVER, "chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def wait_for(driver, script: str, timeout: float = 20.0) -> object:
    """Run *script* in the page until it returns something truthy; return that."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout:g} s waiting for: {script}")
