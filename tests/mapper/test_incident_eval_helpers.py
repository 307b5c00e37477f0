"""Tests for the pure helpers of benchmarks/incident_eval.py (matching and scoring).

The script is not a package module; its folder is put on the import path. The rows below
are written here in the UCDP GED column layout; they are not taken from the data set.
"""

from __future__ import annotations

import importlib
import json
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
        (
            {"lat": 33.0, "lon": 44.0, "place": "Al Qā’im, Anbar"},
            {},
            True,
            "far, but the gold names the place first and its holder after a comma",
        ),
        (
            {"lat": 33.0, "lon": 44.0, "place": "Haditha, Al-Qaim district"},
            {},
            False,
            "only the part before the comma names the place",
        ),
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


SETS = [
    pytest.param(one.dispatches, one.gold, 20, id=one.label)
    for one in ev.SETS
    if one.dispatches.exists()
]


@pytest.mark.parametrize(("dispatches", "gold_path", "at_least"), SETS)
def test_gold_file_types_are_acled_types(dispatches, gold_path, at_least):
    from mapper.incident import SUB_EVENT_TYPES

    gold = ev.load_gold(gold_path)
    assert sum(len(v) for v in gold.values()) >= at_least
    for rows in gold.values():
        for g in rows:
            assert g.sub_event_type in SUB_EVENT_TYPES[EventType(g.event_type)]


@pytest.mark.parametrize(("dispatches", "gold_path", "at_least"), SETS)
def test_gold_codes_exactly_the_dispatches_of_its_set(dispatches, gold_path, at_least):
    docs = ev.load_dispatches(dispatches)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "dispatch ids are unique"
    assert set(ev.load_gold(gold_path)) == set(ids), "every gold id is a dispatch and vice versa"


@pytest.mark.parametrize(("dispatches", "gold_path", "at_least"), SETS)
def test_gold_events_happen_on_or_before_publication(dispatches, gold_path, at_least):
    published = {
        d["id"]: date.fromisoformat(d["published"]) for d in ev.load_dispatches(dispatches)
    }
    for doc, rows in ev.load_gold(gold_path).items():
        for g in rows:
            assert g.date <= published[doc], (doc, g.place, g.date)


def test_every_known_set_has_its_gold_file():
    for one in ev.SETS:
        assert one.dispatches.exists() == one.gold.exists(), one.label


def test_sets_share_no_dispatch_ids_or_texts():
    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    for one in ev.SETS:
        if not one.dispatches.exists():
            continue
        for d in ev.load_dispatches(one.dispatches):
            assert seen_ids.setdefault(d["id"], one.label) == one.label, d["id"]
            assert seen_texts.setdefault(d["text"], one.label) == one.label, d["id"]


@pytest.mark.parametrize(
    ("one", "at_least"),
    [(one, 5) for one in ev.SETS if one.dispatches.exists() and one.label != "development set 1"],
    ids=lambda v: getattr(v, "label", str(v)),
)
def test_later_sets_have_negatives(one, at_least):
    negatives = [doc for doc, rows in ev.load_gold(one.gold).items() if not rows]
    assert len(negatives) >= at_least, negatives


def test_evaluate_dispatches_scores_the_set_it_is_given(default_gazetteer, tmp_path):
    docs = tmp_path / "one.jsonl"
    docs.write_text(
        json.dumps(
            {
                "id": "x",
                "published": "2024-02-08",
                "text": "US forces struck Al-Qaim on 7 February 2024, killing one fighter.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    gold = tmp_path / "one_gold.json"
    row = {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "place": "Al-Qaim",
        "lat": 34.37,
        "lon": 41.09,
        "date": "2024-02-07",
        "fatalities": {"low": 1, "high": 1},
        "actor1": "US forces",
    }
    gold.write_text(json.dumps({"dispatches": {"x": [row]}}), encoding="utf-8")
    result = ev.evaluate_dispatches(default_gazetteer, 0, docs, gold)
    assert (result["documents"], result["gold incidents"], result["matched"]) == (1, 1, 1)
    row["date"] = "2024-01-01"
    gold.write_text(json.dumps({"dispatches": {"x": [row]}}), encoding="utf-8")
    assert ev.evaluate_dispatches(default_gazetteer, 0, docs, gold)["matched"] == 0


@pytest.mark.parametrize(
    ("path", "label", "reason"),
    [
        (ev.DISPATCHES, "development set 1", "the first development set"),
        (ev.SETS[1].dispatches, ev.SETS[1].label, "the old held-out set says it was held out"),
        (ev.HELDOUT, ev.HELDOUT_LABEL, "the held-out set is always labelled as such"),
        (Path("other.jsonl"), "dispatches other.jsonl", "any other set is named by its file"),
    ],
)
def test_set_label_names_the_set(path, label, reason):
    assert ev.set_label(path) == label


def test_chosen_sets_takes_the_command_line_set_alone(tmp_path):
    docs, gold = tmp_path / "x.jsonl", tmp_path / "x_gold.json"
    assert ev.chosen_sets(docs, gold) == [ev.DispatchSet("dispatches x.jsonl", docs, gold)]
    with pytest.raises(SystemExit, match="--gold"):
        ev.chosen_sets(docs, None)
    assert ev.chosen_sets(None, None)[0].label == "development set 1"
