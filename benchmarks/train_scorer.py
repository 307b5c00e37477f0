"""Train the incident scorer (mapper/scoring.py) on the development sets; report honestly.

Usage::

    .venv/bin/python benchmarks/train_scorer.py [--write] [--out PATH]
        [--set DISPATCHES GOLD ...] [--l2 L]

Every development set of ``incident_eval.SETS`` (never the held-out set) is run through
:func:`mapper.extract_incidents` with the rules' own confidence
(:meth:`IncidentScorer.rules_only`); each extracted incident is labelled *matched* or
*spurious* with the matching of ``benchmarks/incident_eval.py`` (imported, not copied).
The features are :func:`mapper.scoring.incident_features`.

**Leave-one-set-out**: each set was written by other analysts, so a model trained on the
other sets and scored on one set is the honest estimate for unseen copy. For each held-out
set and pooled, precision / recall / F1 before and after dropping incidents below each
threshold (re-matched after dropping). The threshold is the one with the best pooled
leave-one-set-out F1; the filter is switched on by default only when that threshold
raises F1 on most sets and pooled, with precision gaining more than recall loses.

``--write`` trains on every set and writes ``mapper/data/incident_scorer.json`` (or
``--out``). Training is deterministic: sets and dispatches in sorted order, Newton's
method from zero weights, no random draws.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import table
from incident_eval import HELDOUT_LABEL, SETS, load_dispatches, load_gold, match

from gazetteer import Gazetteer
from mapper import Incident, extract_incidents
from mapper.scoring import FEATURES, IncidentScorer, incident_features

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "mapper" / "data" / "incident_scorer.json"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
L2 = 3.0


@dataclass(frozen=True, slots=True)
class Doc:
    """One dispatch: its rule incidents, their features and labels, and its gold."""

    incidents: tuple[Incident, ...]
    features: np.ndarray
    labels: np.ndarray
    golds: tuple


def vectors(rows: Sequence[dict[str, float]]) -> np.ndarray:
    """Feature mappings as a matrix over :data:`FEATURES`."""
    x = np.zeros((len(rows), len(FEATURES)))
    index = {k: n for n, k in enumerate(FEATURES)}
    for r, row in enumerate(rows):
        for k, v in row.items():
            x[r, index[k]] = v
    return x


def load_set(gz: Gazetteer, dispatches: Path, gold_path: Path) -> list[Doc]:
    """The rule incidents of every dispatch of a set, labelled against its gold."""
    gold = load_gold(gold_path)
    docs = sorted(load_dispatches(dispatches), key=lambda d: d["id"])
    out = []
    for d in docs:
        found = extract_incidents(
            d["text"],
            published=d["published"],
            source=d["id"],
            gazetteer=gz,
            scorer=IncidentScorer.rules_only(),
        )
        golds = tuple(gold.get(d["id"], []))
        matched = {id(i) for _, i in match(golds, found)}
        x = vectors(incident_features(d["text"], found))
        y = np.array([float(id(i) in matched) for i in found])
        out.append(Doc(tuple(found), x, y, golds))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (bias not penalised)."""
    n, k = x.shape
    a = np.hstack([np.ones((n, 1)), x])
    w = np.zeros(k + 1)
    penalty = np.full(k + 1, l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + penalty * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty) + 1e-9 * np.eye(k + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w[1:], float(w[0])


def scorer_of(w: np.ndarray, b: float, threshold: float = 0.5, on: bool = False) -> IncidentScorer:
    weights = {k: float(v) for k, v in zip(FEATURES, w, strict=True) if abs(v) > 1e-9}
    return IncidentScorer(weights, b, threshold, on)


def scores(docs: Sequence[Doc], w: np.ndarray, b: float) -> list[np.ndarray]:
    return [1.0 / (1.0 + np.exp(-(d.features @ w + b))) for d in docs]


def prf(docs: Sequence[Doc], probs: Sequence[np.ndarray] | None, t: float) -> tuple[int, ...]:
    """(gold, kept, matched) when incidents scored below *t* are dropped (re-matched)."""
    n_gold = n_kept = n_match = 0
    for n, d in enumerate(docs):
        kept = [i for j, i in enumerate(d.incidents) if probs is None or round(probs[n][j], 3) >= t]
        n_gold += len(d.golds)
        n_kept += len(kept)
        n_match += len(match(d.golds, kept))
    return n_gold, n_kept, n_match


def f1(counts: tuple[int, ...]) -> tuple[float, float, float]:
    g, k, m = counts
    r = m / g if g else 0.0
    p = m / k if k else 0.0
    return r, p, (2 * p * r / (p + r) if p + r else 0.0)


def auc(labels: np.ndarray, probs: np.ndarray) -> float:
    """The chance a matched incident scores above a spurious one (ties count half)."""
    pos, neg = probs[labels == 1], probs[labels == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def add(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _row(name: str, t: float, best: float, before: tuple, after: tuple) -> tuple[str, ...]:
    (r0, p0, f0), (r, p, f) = f1(before), f1(after)
    mark = " <- chosen" if t == best else ""
    return (
        name,
        f"{t:.2f}{mark}",
        f"{r0:.2f} -> {r:.2f}",
        f"{p0:.2f} -> {p:.2f}",
        f"{f0:.2f} -> {f:.2f}",
    )


Folds = dict[str, tuple[list[Doc], list[Doc]]]
"""Held-out parts by name, each as (training documents, held-out documents)."""


def held_out(folds: Folds, l2: float) -> tuple[dict[str, dict[float, tuple]], dict[str, float]]:
    """For each fold, (gold, kept, matched) at every threshold (0: no filter), and its AUC."""
    counts: dict[str, dict[float, tuple[int, ...]]] = {}
    aucs = {}
    for name, (train, test) in folds.items():
        x = np.vstack([d.features for d in train if len(d.incidents)])
        y = np.concatenate([d.labels for d in train])
        w, b = fit(x, y, l2)
        probs = scores(test, w, b)
        labels = np.concatenate([d.labels for d in test])
        aucs[name] = auc(labels, np.concatenate(probs)) if len(labels) else float("nan")
        counts[name] = {0.0: prf(test, None, 0.0)}
        counts[name] |= {t: prf(test, probs, t) for t in THRESHOLDS}
    return counts, aucs


def report_rows(
    counts: dict[str, dict[float, tuple]],
    best: float | None,
    thresholds: Sequence[float] = THRESHOLDS,
) -> tuple[list[tuple], float, dict[float, tuple]]:
    """Table rows for each fold and pooled; *best* None chooses the best pooled F1."""
    pooled = {t: (0, 0, 0) for t in (0.0, *thresholds)}
    for by_t in counts.values():
        pooled = {t: add(pooled[t], by_t[t]) for t in pooled}
    if best is None:
        best = max(thresholds, key=lambda t: (round(f1(pooled[t])[2], 6), -t))
    rows = [
        _row(name, t, best, by_t[0.0], by_t[t])
        for name, by_t in [*sorted(counts.items()), ("pooled", pooled)]
        for t in thresholds
    ]
    return rows, best, pooled


def cross_validate(sets: dict[str, list[Doc]], l2: float) -> tuple[list[tuple], float, bool, dict]:
    """Leave-one-set-out rows, the chosen threshold, whether the filter goes on, AUCs."""
    folds = {
        name: ([d for other in sorted(sets) if other != name for d in sets[other]], sets[name])
        for name in sorted(sets)
    }
    counts, aucs = held_out(folds, l2)
    rows, best, pooled = report_rows(counts, None)
    gains = [f1(counts[n][best])[2] > f1(counts[n][0.0])[2] for n in counts]
    (r0, p0, f0), (r, p, f) = f1(pooled[0.0]), f1(pooled[best])
    clear = f > f0 + 0.01 and (p - p0) > (r0 - r) and sum(gains) > len(gains) / 2
    return rows, best, clear, aucs


def newest_halves(sets: dict[str, list[Doc]], newest: str) -> Folds:
    """The newest set in two halves (alternate dispatches), each scored by a model trained
    on every other set and the other half: how far its own kind of error can be learned."""
    docs = sets[newest]
    rest = [d for other in sorted(sets) if other != newest for d in sets[other]]
    halves = (docs[0::2], docs[1::2])
    return {f"{newest}, half {n + 1}": (rest + halves[1 - n], halves[n]) for n in range(2)}


def development_sets() -> list[tuple[str, Path, Path]]:
    return sorted(
        (s.label.split(" (")[0], s.dispatches, s.gold)
        for s in SETS
        if s.label != HELDOUT_LABEL and s.dispatches.exists() and s.gold.exists()
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the weights file")
    ap.add_argument("--out", type=Path, default=WEIGHTS, help="weights file to write")
    ap.add_argument(
        "--set",
        nargs=2,
        action="append",
        type=Path,
        metavar=("DISPATCHES", "GOLD"),
        help="score these sets instead of the development sets (repeatable)",
    )
    ap.add_argument("--l2", type=float, default=L2, help=f"L2 penalty (default {L2})")
    args = ap.parse_args(argv)
    chosen = [(p.stem, p, g) for p, g in args.set] if args.set else development_sets()
    gz = Gazetteer.default()
    sets: dict[str, list[Doc]] = {}
    for name, dispatches, gold in chosen:
        print(f"{name} ...", file=sys.stderr)
        sets[name] = load_set(gz, dispatches, gold)
    n = sum(len(d.incidents) for docs in sets.values() for d in docs)
    pos = int(sum(d.labels.sum() for docs in sets.values() for d in docs))
    print(f"{len(sets)} sets, {n} extracted incidents, {pos} matched, {n - pos} spurious")
    if len(sets) < 2:
        raise SystemExit("leave-one-set-out needs at least two sets")
    rows, best, clear, aucs = cross_validate(sets, args.l2)
    head = ["held-out set", "threshold", "recall", "precision", "F1"]
    print("\nleave-one-set-out (trained on the other sets; recall, precision, F1 before -> after)")
    print(table(head, rows))
    spurious = {n: int(sum(len(d.labels) - d.labels.sum() for d in sets[n])) for n in sets}
    print(
        table(
            ["held-out set", "spurious", "AUC"],
            [(n, spurious[n], f"{a:.2f}") for n, a in aucs.items()],
        )
    )
    print(f"\nthreshold chosen by leave-one-set-out pooled F1: {best:.2f}")
    print(f"filter on by default: {'yes' if clear else 'no (no clear F1 gain across sets)'}")
    newest = sorted(sets)[-1]
    counts, aucs = held_out(newest_halves(sets, newest), args.l2)
    print(f"\n{newest} in two halves, each trained on every other set and the other half")
    print("(not used to choose anything; how far the newest kind of error can be learned):")
    print(table(head, report_rows(counts, best)[0]))
    print(table(["half", "AUC"], [(n, f"{a:.2f}") for n, a in aucs.items()]))
    allx = np.vstack([d.features for docs in sets.values() for d in docs if len(d.incidents)])
    ally = np.concatenate([d.labels for docs in sets.values() for d in docs])
    w, b = fit(allx, ally, args.l2)
    scorer = scorer_of(w, b, best, clear)
    fitted = {
        n: {0.0: prf(sets[n], None, 0.0), best: prf(sets[n], scores(sets[n], w, b), best)}
        for n in sets
    }
    print(f"\nfilter on at {best:.2f}, trained on every set (in-sample, optimistic):")
    print(table(head, report_rows(fitted, best, (best,))[0]))
    top = sorted(scorer.weights.items(), key=lambda kv: -abs(kv[1]))[:12]
    print("\nlargest weights (trained on every set):")
    print(table(["feature", "weight"], [(k, f"{v:+.2f}") for k, v in top]))
    if args.write:
        args.out.write_text(scorer.to_json(), encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
