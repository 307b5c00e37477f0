"""Tests for the learned incident scorer (mapper/scoring.py) and its training script.

The example texts are written here for these tests; they are not from any evaluation set.
"""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mapper import Source, extract_articles, extract_incidents
from mapper.scoring import (
    FEATURES,
    IncidentScorer,
    ScorerError,
    default_scorer,
    incident_features,
    rescore,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
train = importlib.import_module("train_scorer")

REPORT = (
    "Mortar fire hits market in eastern town\n"
    "Mortar shells struck the main market of Kupiansk on Tuesday, killing three people, "
    "regional officials said. Officials said troops may be sent to Kharkiv Oblast."
)


@pytest.fixture(scope="module")
def raw(default_gazetteer):
    """The rules' incidents of :data:`REPORT`, their confidence as the rules set it."""
    return extract_incidents(
        REPORT,
        published="2024-03-06",
        gazetteer=default_gazetteer,
        scorer=IncidentScorer.rules_only(),
    )


def test_every_feature_the_extractor_emits_is_a_known_feature(raw):
    assert raw, "the report has an incident"
    for f in incident_features(REPORT, raw):
        assert set(f) <= set(FEATURES)
        assert f["rule confidence"] > 0


def test_scores_are_deterministic_and_fill_confidence(default_gazetteer, raw):
    runs = [
        [
            i.confidence
            for i in extract_incidents(REPORT, published="2024-03-06", gazetteer=default_gazetteer)
        ]
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    expected = [
        round(min(0.99, max(0.01, default_scorer().probability(f))), 3)
        for f in incident_features(REPORT, raw)
    ]
    assert runs[0] == expected


def test_rules_only_scorer_keeps_the_rules_confidence(raw):
    assert rescore(REPORT, raw, IncidentScorer.rules_only()) == raw


def test_min_confidence_drops_incidents_scored_below_it(default_gazetteer):
    everything = extract_incidents(REPORT, published="2024-03-06", gazetteer=default_gazetteer)
    none = extract_incidents(
        REPORT, published="2024-03-06", gazetteer=default_gazetteer, min_confidence=1.0
    )
    assert everything and none == []


def test_extract_articles_passes_min_confidence_to_each_article(default_gazetteer):
    articles = [(REPORT, Source("a", published=date(2024, 3, 6)))]
    assert extract_articles(articles, gazetteer=default_gazetteer)
    assert extract_articles(articles, gazetteer=default_gazetteer, min_confidence=1.0) == []


@pytest.mark.parametrize("floor", [-0.1, 1.5])
def test_min_confidence_outside_0_1_is_refused(raw, floor):
    with pytest.raises(ValueError, match=str(floor)):
        rescore(REPORT, raw, IncidentScorer.rules_only(), min_confidence=floor)


def test_filter_off_keeps_every_incident_whatever_its_score(raw):
    low = IncidentScorer({}, -10.0, threshold=0.5, filter=False)
    kept = rescore(REPORT, raw, low)
    assert len(kept) == len(raw) and all(i.confidence == 0.01 for i in kept)
    assert rescore(REPORT, raw, replace(low, filter=True)) == []


def test_missing_features_count_zero():
    scorer = IncidentScorer({"date in sentence": 2.0}, -1.0)
    assert scorer.probability({}) == pytest.approx(1 / (1 + 2.718281828459045))
    assert scorer.probability({"unknown feature": 5.0}) == scorer.probability({})


@pytest.mark.parametrize(
    ("better", "worse", "reason"),
    [
        (
            {"precision:1": 1},
            {"precision:3": 1},
            "a town is likelier the event's place than a region",
        ),
        ({"date in sentence": 1}, {}, "a dated event is reported, not background"),
        ({}, {"modal": 1}, "a planned or possible event has not happened"),
        ({}, {"background date": 1}, "an event weeks before the report is background"),
        ({"in focus country": 1}, {}, "places abroad are mostly context"),
        ({"type:Battles": 1}, {"type:Strategic developments": 1}, "SD cues over-fire on copy"),
    ],
)
def test_shipped_scorer_is_monotone_where_an_analyst_expects(better, worse, reason):
    scorer = default_scorer()
    base = {"rule confidence": 0.7, "incidents in document (log)": 1.0}
    # Never the wrong way round; equal when retraining left a feature no spurious or
    # matched incident carries (its weight is then dropped).
    assert scorer.probability(base | better) >= scorer.probability(base | worse), reason


def test_weights_round_trip_through_json():
    scorer = IncidentScorer({"speech": 0.25, "modal": -1.5}, 0.3, 0.45, True)
    assert IncidentScorer.from_json(scorer.to_json()) == scorer


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"threshold": 1.5}, "1.5"),
        ({"bias": "high"}, "'high'"),
        ({"weights": {"speech": "x"}}, "'x'"),
        ({"weights": {"a place name": 1.0}}, "'a place name'"),
        ({"filter": "yes"}, "'yes'"),
        ({"bias": float("nan")}, "nan"),
    ],
)
def test_bad_weights_file_names_the_file_and_value(tmp_path, change, named):
    data = json.loads(IncidentScorer({"speech": 0.2}, 0.1).to_json()) | change
    path = tmp_path / "scorer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ScorerError, match=str(path)) as e:
        IncidentScorer.load(path)
    assert named in str(e.value)
    assert isinstance(e.value, ValueError)


def test_weights_file_missing_a_key_or_not_json_is_refused(tmp_path):
    path = tmp_path / "scorer.json"
    path.write_text('{"bias": 0.0}', encoding="utf-8")
    with pytest.raises(ScorerError, match="missing key 'threshold'"):
        IncidentScorer.load(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ScorerError, match="not JSON"):
        IncidentScorer.load(path)


def test_shipped_weights_file_validates():
    scorer = default_scorer()
    assert scorer.model == "logistic" and set(scorer.weights) <= set(FEATURES)


def test_fit_is_deterministic_and_learns_the_sign_of_a_feature():
    import numpy as np

    x = np.array([[1, 0], [1, 0], [1, 1], [0, 1], [0, 1], [0, 0]] * 3, dtype=float)
    y = np.array([1, 1, 1, 0, 0, 0] * 3, dtype=float)
    w1, b1 = train.fit(x, y, 1.0)
    w2, b2 = train.fit(x, y, 1.0)
    assert (w1 == w2).all() and b1 == b2
    assert w1[0] > 0 > w1[1]


def _write_set(folder: Path, name: str, docs: list[tuple[str, str, list[dict]]]) -> tuple:
    dispatches = folder / f"{name}.jsonl"
    gold = folder / f"{name}_gold.json"
    dispatches.write_text(
        "".join(
            json.dumps({"id": i, "published": "2023-05-10", "text": t}) + "\n" for i, t, _ in docs
        ),
        encoding="utf-8",
    )
    gold.write_text(json.dumps({"dispatches": {i: g for i, _, g in docs}}), encoding="utf-8")
    return str(dispatches), str(gold)


def _gold(place: str, lat: float, lon: float, kind: str, sub: str) -> dict:
    return {
        "event_type": kind,
        "sub_event_type": sub,
        "place": place,
        "lat": lat,
        "lon": lon,
        "date": "2023-05-09",
        "fatalities": None,
        "actor1": "Unidentified Armed Group",
    }


STRIKE = "Explosions/Remote violence"
TINY_SETS = {
    "a": [
        ("d1", "A drone strike hit Mosul on Tuesday.", ("Mosul", 36.34, 43.13, "Air/drone strike")),
        ("d2", "Protesters marched in Basra on Tuesday.", None),
    ],
    "b": [
        (
            "d3",
            "Shelling hit Aleppo on Tuesday.",
            ("Aleppo", 36.2, 37.16, "Shelling/artillery/missile attack"),
        ),
        ("d4", "Gunmen clashed with police in Kirkuk on Tuesday.", None),
    ],
}
"""Two tiny sets of one real strike and one uncoded dispatch each (gold: place, point, sub-type)."""


def test_training_script_runs_on_a_tiny_synthetic_set(tmp_path, capsys):
    one, two = (
        _write_set(
            tmp_path,
            name,
            [(i, t, [] if g is None else [_gold(*g[:3], STRIKE, g[3])]) for i, t, g in docs],
        )
        for name, docs in TINY_SETS.items()
    )
    out = tmp_path / "weights.json"
    assert train.main(["--set", *one, "--set", *two, "--write", "--out", str(out)]) == 0
    report = capsys.readouterr().out
    assert "leave-one-set-out" in report and "pooled" in report
    scorer = IncidentScorer.load(out)
    assert set(scorer.weights) <= set(FEATURES)
    again = tmp_path / "again.json"
    train.main(["--set", *one, "--set", *two, "--write", "--out", str(again)])
    assert again.read_text() == out.read_text()
