"""Fixtures for map tests: Leaflet and plugins from the npm registry, headless Chromium."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from _browser import browser_missing, npm_assets, serve, start_chromium
from _browser import unavailable as _unavailable
from _npm import FakeRegistry


@pytest.fixture(scope="session")
def web_assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Leaflet and the plugins, unpacked from ``npm pack`` (never from the repository)."""
    import shutil

    if shutil.which("npm") is None:
        _unavailable("npm is not installed (it fetches Leaflet and the plugins)")
    try:
        return npm_assets(tmp_path_factory.mktemp("web-assets"))
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        _unavailable(f"npm pack could not fetch the map assets ({exc})")
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def site(web_assets: Path):
    """The asset folder served on 127.0.0.1; maps saved into it load assets from there."""
    with serve(web_assets) as base:
        yield web_assets, base


@pytest.fixture(scope="session")
def chromium(tmp_path_factory: pytest.TempPathFactory):
    reason = browser_missing()
    if reason:
        _unavailable(reason)
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture
def npm_registry():
    """A fake npm registry on 127.0.0.1 (:class:`_npm.FakeRegistry`), stopped afterwards."""
    registry = FakeRegistry()
    yield registry
    registry.stop()
