"""Shared fixtures: a small gazetteer built from tests/data, and the embedded default."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.sources.supplement import read_supplement
from gazetteer.store import Builder

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SHARED = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def mini_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A gazetteer file of the 22 places in tests/data/mini_places.csv."""
    sup = read_supplement(DATA / "mini_places.csv", source="test fixture")
    with Builder(tmp_path_factory.mktemp("mini") / "mini.sqlite", workers=1) as b:
        b.add(sup.records)
        return b.commit({"kind": "test"})


@pytest.fixture(scope="session")
def mini(mini_path: Path) -> Gazetteer:
    return Gazetteer.open(mini_path)


@pytest.fixture(scope="session")
def default_gazetteer() -> Gazetteer:
    """The embedded default, built into the user cache on first use (about a minute)."""
    return Gazetteer.default()


def shared_file(*parts: str) -> Path:
    """A file under ../shared/data, or skip the test when the folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/data/{'/'.join(parts)} (reference data not present)")
    return path
