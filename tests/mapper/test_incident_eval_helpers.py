"""Tests for the pure helpers of benchmarks/incident_eval.py (matching and scoring).

The script is not a package module; its folder is put on the import path. The rows below
are written here in the UCDP GED column layout; they are not taken from the data set.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mapper import Count, EventType, Incident, extract_incidents

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
ev = importlib.import_module("incident_eval")


@pytest.fixture(scope="module")
def base(default_gazetteer) -> Incident:
    """A real extracted incident: an air strike at Al-Qaim on 7 February 2024."""
    (inc,) = extract_incidents(
        "US forces struck Al-Qaim on 7 February 2024, killing one fighter.",
        gazetteer=default_gazetteer,
    )
    return inc


def _gold(**changes: object):
    base = ev.Gold(
        "d",
        "Explosions/Remote violence",
        "Air/drone strike",
        "Al-Qaim",
        34.37,
        41.09,
        date(2024, 2, 7),
        1,
        (0, 2),
        "US forces",
    )
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("gold_changes", "inc_changes", "matched", "reason"),
    [
        ({}, {}, True, "same type, 10 km apart, same day"),
        ({}, {"event_date": date(2024, 2, 8)}, True, "one day off is within the tolerance"),
        ({}, {"event_date": date(2024, 2, 9)}, False, "two days off is not"),
        (
            {},
            {"event_type": EventType.BATTLES, "sub_event_type": "Armed clash"},
            False,
            "another event type",
        ),
        (
            {"lat": 33.0, "lon": 44.0, "place": "Haditha"},
            {},
            False,
            "over 25 km away, another name",
        ),
        ({"lat": 33.0, "lon": 44.0, "place": "Al Qā’im"}, {}, True, "far but the same name"),
        ({"tolerance": 4}, {"event_date": date(2024, 2, 3)}, True, "vague gold date"),
    ],
)
def test_match_needs_type_place_and_date(base, gold_changes, inc_changes, matched, reason):
    pairs = ev.match([_gold(**gold_changes)], [replace(base, **inc_changes)])
    assert bool(pairs) is matched, reason


def test_match_is_one_to_one(base):
    assert len(ev.match([_gold(), _gold()], [base])) == 1


@pytest.mark.parametrize(
    ("fatalities", "low", "high", "ok", "reason"),
    [
        (Count(3, 3), 2, 4, True, "inside the range"),
        (Count(5, None), 2, 4, False, "above the range"),
        (None, 0, 1, True, "no toll reads as zero"),
        (None, 1, 1, False, "no toll is not one death"),
        (Count(12, None), 10, None, True, "open-ended gold"),
    ],
)
def test_deaths_ok_uses_the_low_figure(base, fatalities, low, high, ok, reason):
    assert ev.deaths_ok(replace(base, fatalities=fatalities), low, high) is ok, reason


def test_headlines_pair_with_their_dates_and_fall_back_to_the_first():
    row = {"source_headline": "A;B", "source_date": "2016-01-01;2016-01-02"}
    assert ev.headlines(row) == [("A", "2016-01-01"), ("B", "2016-01-02")]
    row = {"source_headline": "A;B;C", "source_date": "2016-01-01;2016-01-02"}
    assert ev.headlines(row) == [("A", "2016-01-01"), ("B", "2016-01-01"), ("C", "2016-01-01")]


def test_gold_file_types_are_acled_types():
    from mapper.incident import SUB_EVENT_TYPES

    gold = ev.load_gold()
    assert sum(len(v) for v in gold.values()) >= 25
    for rows in gold.values():
        for g in rows:
            assert g.sub_event_type in SUB_EVENT_TYPES[EventType(g.event_type)]
