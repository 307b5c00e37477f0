"""The SQLite file: atomic builds, read-only sharing, and rebuilds on version change."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from gazetteer import Gazetteer, embedded
from gazetteer.errors import GazetteerDataError, GazetteerFileError
from gazetteer.model import Place, PlaceRecord
from gazetteer.store import Builder


def _rec(pid: str, name: str, lat: float = 33.0, lon: float = 44.0) -> PlaceRecord:
    return PlaceRecord(Place(pid, name, lat, lon, "P", "PPL", "IQ"), ())


def test_failed_build_leaves_no_file_and_keeps_old_one(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    with Builder(target, workers=1) as b:
        b.add([_rec("test:1", "Old")])
        b.commit()
    before = target.read_bytes()
    with pytest.raises(GazetteerDataError, match="out of range"), Builder(target, workers=1) as b:
        b.add([_rec("test:2", "New"), _rec("test:3", "Broken", lat=123.0)])
        b.commit()
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.sqlite"]


def test_build_is_invisible_until_commit(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    with Builder(target, workers=1) as b:
        b.add([_rec("test:1", "Somewhere")])
        assert not target.exists()
        b.commit()
    assert target.exists()


def test_reader_does_not_write(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    with Builder(target, workers=1) as b:
        b.add([_rec("test:1", "Somewhere")])
        b.commit()
    gz = Gazetteer.open(target)
    with pytest.raises(sqlite3.OperationalError):
        gz._store._con.execute("DELETE FROM places")


def _lookup_in_child(path: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    gz = Gazetteer.open(path)
    queue.put([gz.lookup("Erbil")[0].place.id for _ in range(50)][-1])


def test_many_processes_read_one_file_at_once(mini_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_lookup_in_child, args=(str(mini_path), queue)) for _ in range(4)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert results == ["geonames:95446"] * 4


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "not SQLite"), (b"hello world, not a database", "not SQLite")],
)
def test_opening_a_non_gazetteer_says_so(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    with pytest.raises(GazetteerFileError, match=message):
        Gazetteer.open(path)


def test_opening_another_sqlite_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(GazetteerFileError, match="not a gazetteer"):
        Gazetteer.open(path)


def test_opening_a_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(GazetteerFileError, match=r"nope\.sqlite"):
        Gazetteer.open(tmp_path / "nope.sqlite")


def test_default_path_changes_when_a_source_version_changes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(embedded.CACHE_ENV, str(tmp_path))
    first = embedded.default_path()
    real = embedded.version

    def bumped(name: str) -> str:
        return "999.0" if name == "airportsdata" else real(name)

    monkeypatch.setattr(embedded, "version", bumped)
    embedded._source_versions.cache_clear()  # versions are read once per process
    try:
        second = embedded.default_path()
    finally:
        embedded._source_versions.cache_clear()
    assert first.parent == second.parent == tmp_path
    assert first != second


def test_default_builds_when_missing_and_reuses_afterwards(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mini_path: Path
) -> None:
    monkeypatch.setenv(embedded.CACHE_ENV, str(tmp_path))
    calls = []

    def fake_build(path: Path | None = None, progress: object = None) -> Path:
        target = Path(path) if path is not None else embedded.default_path()
        calls.append(target)
        target.write_bytes(mini_path.read_bytes())
        return target

    monkeypatch.setattr(embedded, "build_default", fake_build)
    Gazetteer.default()
    Gazetteer.default()
    assert calls == [embedded.default_path()]
    Gazetteer.default(rebuild=True)
    assert len(calls) == 2


def test_building_the_default_removes_stale_versions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mini_path: Path
) -> None:
    monkeypatch.setenv(embedded.CACHE_ENV, str(tmp_path))
    stale = tmp_path / "default-geonamescache0.1-schema0.sqlite"
    stale.write_bytes(b"old")
    unrelated = tmp_path / "my-import.sqlite"
    unrelated.write_bytes(b"mine")
    current = embedded.default_path()
    current.write_bytes(mini_path.read_bytes())
    embedded._remove_stale_defaults(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([current.name, unrelated.name])
