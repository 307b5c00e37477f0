"""``incident-mapper assets`` against a fake npm registry on 127.0.0.1, and map's asset errors."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from _npm import npm_tarball, sha512_integrity
from click.testing import CliRunner

from mapper import webassets
from mapper.cli import cli
from mapper.webassets import required_packages


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), obj={})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def tarballs(monkeypatch) -> dict[str, bytes]:
    """One small package per pinned package, each holding a file named after it.

    Their sha512 values stand in for the pinned ones while the test runs.
    """
    packed = {
        f"{name}@{version}": npm_tarball({"package/marker.txt": f"{name} {version}".encode()})
        for name, version in required_packages()
    }
    pinned = {folder: sha512_integrity(data)["integrity"] for folder, data in packed.items()}
    monkeypatch.setattr(webassets, "PINNED_INTEGRITY", pinned)
    return packed


def test_assets_path_prints_the_folder_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("INCIDENT_MAPPER_ASSETS", str(tmp_path / "assets"))
    code, out, _ = run("assets", "path")
    assert (code, out) == (0, f"{tmp_path / 'assets'}\n")


def test_assets_path_defaults_to_the_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("INCIDENT_MAPPER_ASSETS", raising=False)
    monkeypatch.setenv("INCIDENT_MAPPER_CACHE", str(tmp_path / "cache"))
    code, out, _ = run("assets", "path")
    assert code == 0
    assert out.strip().endswith("web-assets")


def test_assets_fetch_installs_every_package_and_says_where(npm_registry, tarballs, tmp_path):
    registry = npm_registry.start(tarballs)
    folder = tmp_path / "assets"
    code, out, err = run("assets", "fetch", "-d", str(folder), "--registry", registry)
    assert code == 0, err
    for name, version in required_packages():
        assert f"fetched  {name}@{version}\n" in out
        assert (folder / f"{name}@{version}" / "marker.txt").read_text() == f"{name} {version}"
    assert out.endswith(f"{len(tarballs)} package(s) fetched into {folder}\n")


def test_assets_fetch_keeps_what_is_there_unless_forced(npm_registry, tarballs, tmp_path):
    registry = npm_registry.start(tarballs)
    folder = str(tmp_path / "assets")
    assert run("assets", "fetch", "-d", folder, "--registry", registry)[0] == 0
    asked = len(npm_registry.requests)
    code, out, _ = run("assets", "fetch", "-d", folder, "--registry", registry)
    assert code == 0
    assert len(npm_registry.requests) == asked, "nothing is asked for again"
    assert out.count("present  ") == len(tarballs)
    assert out.endswith(f"0 package(s) fetched into {folder}\n")
    code, out, _ = run("assets", "fetch", "-d", folder, "--registry", registry, "--force")
    assert code == 0
    assert out.count("fetched  ") == len(tarballs)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("registry", "message", "reason"),
    [
        (f"http://127.0.0.1:{_closed_port()}/", "cannot reach 127.0.0.1:", "no network"),
        (None, "answered HTTP 404", "the registry does not have the version"),
    ],
)
def test_assets_fetch_fails_with_one_line_and_exit_2(
    npm_registry, tmp_path, registry, message, reason
):
    registry = registry or npm_registry.start({})
    code, _, err = run("assets", "fetch", "-d", str(tmp_path / "a"), "--registry", registry)
    assert code == 2, reason
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert message in err, reason
    assert not list(tmp_path.glob("a/*@*")), "nothing half installed"


@pytest.fixture
def table(tmp_path: Path) -> Path:
    """An incident table with coordinates (no gazetteer needed)."""
    path = tmp_path / "log.csv"
    path.write_text(
        "event_date,event_type,location,latitude,longitude\n"
        "2024-01-21,Battles,Haditha,34.1397,42.3781\n",
        encoding="utf-8",
    )
    return path


def test_offline_map_without_assets_tells_the_user_to_fetch_them(monkeypatch, table, tmp_path):
    monkeypatch.setenv("INCIDENT_MAPPER_ASSETS", str(tmp_path / "never-fetched"))
    out = tmp_path / "map.html"
    code, _, err = run("map", str(table), "-o", str(out), "--offline", "--no-tiles")
    assert code == 2
    assert "never-fetched: no asset folder" in err
    assert "`incident-mapper assets fetch`" in err
    assert not out.exists()


def test_map_with_no_tiles_draws_country_outlines(table, tmp_path):
    for flags, outlines in (([], False), (["--no-tiles"], True)):
        out = tmp_path / f"map{len(flags)}.html"
        code, _, err = run("map", str(table), "-o", str(out), *flags)
        assert code == 0, err
        page = Path(out).read_text(encoding="utf-8")
        assert ("IncidentBasemap.draw(" in page) is outlines, flags
        assert ("tile.openstreetmap.org" in page) is not outlines, flags
