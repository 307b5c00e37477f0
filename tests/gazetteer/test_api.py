"""The public API is small and declared."""

from __future__ import annotations

import importlib

import pytest

import gazetteer
from gazetteer import errors

MODULES = [
    "gazetteer",
    "gazetteer.errors",
    "gazetteer.model",
    "gazetteer.normalize",
    "gazetteer.core",
    "gazetteer.store",
    "gazetteer.geocoder",
    "gazetteer.download",
    "gazetteer.sources.supplement",
    "gazetteer.sources.geonames",
]


@pytest.mark.parametrize("module", MODULES)
def test_every_name_in_all_exists(module: str) -> None:
    mod = importlib.import_module(module)
    missing = [n for n in mod.__all__ if not hasattr(mod, n)]
    assert missing == []


def test_top_level_exports_the_documented_names() -> None:
    assert set(gazetteer.__all__) == {
        "Candidate",
        "Gazetteer",
        "GazetteerError",
        "MatchKind",
        "Place",
    }


def test_every_error_derives_from_the_root() -> None:
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.GazetteerError), name


def test_package_ships_type_marker() -> None:
    from importlib.resources import files

    assert files("gazetteer").joinpath("py.typed").is_file()
    assert files("gazetteer").joinpath("data/curated.csv").is_file()


def test_model_is_frozen() -> None:
    from dataclasses import FrozenInstanceError

    p = gazetteer.Place("test:1", "X", 1.0, 2.0, "P", "PPL", "IQ")
    with pytest.raises(FrozenInstanceError):
        p.name = "Y"  # type: ignore[misc]


def test_rescored_candidate_keeps_everything_but_the_score() -> None:
    from gazetteer import Candidate, MatchKind, Place

    place = Place("curated:x", "X", 33.0, 44.0, "P", "PPL", "IQ")
    c = Candidate(place, 0.4, "Ex", MatchKind.NORMALISED, fallback="document")
    r = c.rescored(0.9)
    assert r.score == 0.9
    assert (r.place, r.matched, r.match, r.fallback) == (
        place,
        "Ex",
        MatchKind.NORMALISED,
        "document",
    )
    assert c.score == 0.4  # the original is unchanged
