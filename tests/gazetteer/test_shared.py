"""One lazily opened default gazetteer per process (``Gazetteer.shared``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import gazetteer.embedded
from gazetteer import Gazetteer
from gazetteer.shared import close_shared, shared_default
from mapper import extract_incidents, geoparse


@pytest.fixture
def opens(monkeypatch: pytest.MonkeyPatch, mini_path: Path) -> Iterator[list[Path]]:
    """Point the default at the mini gazetteer and record every real open."""
    seen: list[Path] = []
    monkeypatch.setattr(gazetteer.embedded, "default_path", lambda: mini_path)

    def counted(cls: type[Gazetteer], **kwargs: object) -> Gazetteer:
        seen.append(mini_path)
        return cls.open(mini_path)

    monkeypatch.setattr(Gazetteer, "default", classmethod(counted))
    close_shared()
    yield seen
    close_shared()


def test_repeated_calls_return_one_open_gazetteer(opens: list[Path]) -> None:
    first = Gazetteer.shared()
    assert Gazetteer.shared() is first
    assert shared_default() is first
    assert not first.closed
    assert len(opens) == 1


def test_threads_racing_for_the_first_open_share_one_gazetteer(opens: list[Path]) -> None:
    got: list[Gazetteer] = []
    start = threading.Barrier(8)

    def ask() -> None:
        start.wait()
        got.append(Gazetteer.shared())

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 8
    assert len({id(g) for g in got}) == 1
    assert len(opens) == 1


def test_a_caller_closing_the_shared_gazetteer_gets_a_fresh_one_next_time(
    opens: list[Path],
) -> None:
    first = Gazetteer.shared()
    first.close()
    second = Gazetteer.shared()
    assert second is not first
    assert not second.closed
    assert second.geocode("Mosul") is not None
    assert len(opens) == 2


def test_close_shared_closes_the_open_gazetteer(opens: list[Path]) -> None:
    first = Gazetteer.shared()
    close_shared()
    assert first.closed


def test_a_different_default_file_gets_its_own_gazetteer(
    opens: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mini_path: Path
) -> None:
    first = Gazetteer.shared()
    other = tmp_path / "other.sqlite"
    other.write_bytes(mini_path.read_bytes())
    monkeypatch.setattr(gazetteer.embedded, "default_path", lambda: other)
    second = Gazetteer.shared()
    assert second is not first
    assert not first.closed


@pytest.mark.parametrize(
    ("call", "reason"),
    [
        (lambda t: geoparse(t), "geoparse without gazetteer="),
        (lambda t: extract_incidents(t, published="2024-03-02"), "extract_incidents likewise"),
    ],
)
def test_calls_without_a_gazetteer_open_the_default_once(
    opens: list[Path], call: object, reason: str
) -> None:
    for text in (
        "Shelling hit Mosul on Friday.",
        "Gunmen attacked a checkpoint near Mosul, police said.",
        "Two were killed in Mosul.",
    ):
        call(text)  # type: ignore[operator]
    assert len(opens) == 1, reason


def test_a_passed_gazetteer_still_overrides_the_shared_one(
    opens: list[Path], mini: Gazetteer
) -> None:
    geoparse("Shelling hit Mosul on Friday.", gazetteer=mini)
    assert opens == []
