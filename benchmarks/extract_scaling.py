"""How extraction time grows with document size, on ordinary and hostile text.

Usage::

    .venv/bin/python benchmarks/extract_scaling.py [--sizes 250,500,1000]

Each shape is repeated N times into one document and extracted once; the figure to watch
is the ratio between sizes: about 2 when the size doubles means linear time, about 4
means quadratic. The shapes are one long sentence naming many places (a namesake among
them), one event cue repeated tens of thousands of times, and ordinary short sentences;
``--hostile`` adds text with no sentence break that keeps the clause rules busy (a list of
numbers, a cue and a place repeated, a chain of casualty counts, places joined by "and").
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import table

from gazetteer import Gazetteer
from mapper import extract_incidents

SHAPES = {
    "one long sentence, many places": (
        "Russian forces shelled Kharkiv, Izium, Kupiansk and Balakliia on Monday, killing 3 "
    ),
    "one cue repeated": "killed, ",
    "short sentences": "Gunmen attacked a checkpoint near Gao on Monday, killing two soldiers. ",
}
HOSTILE = {
    "numbers, no sentence break": "1, ",
    "cue and place, no break": "clashes in Mosul ",
    "casualty chain": "2 wounded and ",
    "places joined by and": "Gao and Mopti and ",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="250,500,1000", help="repetitions, comma-separated")
    ap.add_argument("--hostile", action="store_true", help="add the hostile shapes")
    args = ap.parse_args(argv)
    shapes = {**SHAPES, **HOSTILE} if args.hostile else SHAPES
    sizes = [int(s) for s in args.sizes.split(",")]
    gz = Gazetteer.default()
    extract_incidents("Warm-up: clashes in Mosul on Monday.", published="2024-03-05", gazetteer=gz)
    rows = []
    for name, unit in shapes.items():
        previous = None
        for n in sizes:
            text = unit * n
            start = time.perf_counter()
            extract_incidents(text, published="2024-03-05", gazetteer=gz)
            seconds = time.perf_counter() - start
            ratio = f"{seconds / previous:.1f}" if previous else "-"
            rows.append((name, n, f"{len(text):,}", f"{seconds:.2f}", ratio))
            previous = seconds
    print(table(["shape", "repeats", "characters", "seconds", "x previous"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
