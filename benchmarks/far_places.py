"""List places the geoparser resolves far from every gold place of a dispatch.

Usage::

    .venv/bin/python benchmarks/far_places.py [--km 800] [--quiet] [--raw]

Runs :func:`mapper.geoparse` over every development set of own dispatches
(``examples/dispatches*.jsonl`` with their ``*_gold.json``) and prints, per set, each
resolved place below country level that lies more than ``--km`` kilometres from all of
the dispatch's gold incident points, then the count per set and in all. Dispatches
without gold incidents (negatives) are skipped: there is nothing to measure against.
A far place is not always wrong (a text may recall an attack abroad), but most are
namesakes abroad or common words read as places. By default the toponyms are those the
extractor uses (resolved, then :func:`mapper.namesakes.drop_far_namesakes`); ``--raw``
lists :func:`mapper.geoparse`'s output as it is.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gazetteer.ranking import distance_km
from mapper import geoparse
from mapper.namesakes import drop_far_namesakes
from mapper.toponym import Precision

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _sets() -> list[tuple[Path, Path]]:
    """(dispatches, gold) pairs of every development set present."""
    out = []
    for path in sorted(EXAMPLES.glob("dispatches*.jsonl")):
        gold = path.with_name(path.stem + "_gold.json")
        if gold.exists():
            out.append((path, gold))
    return out


def far_places(
    path: Path, gold_path: Path, limit_km: float, raw: bool = False
) -> list[tuple[str, str, str, int]]:
    """(dispatch id, name written, place resolved, km to the nearest gold point)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["dispatches"]
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        points = [(g["lat"], g["lon"]) for g in gold.get(d["id"], ()) if g.get("lat") is not None]
        if not points:
            continue
        toponyms = [t for t in geoparse(d["text"]) if t.resolved]
        for t in toponyms if raw else drop_far_namesakes(toponyms, d["text"]):
            c = t.candidate
            if c is None or t.precision >= Precision.COUNTRY:
                continue
            gap = min(distance_km(c.place.latitude, c.place.longitude, a, b) for a, b in points)
            if gap > limit_km:
                label = f"{c.place.name} ({c.place.country_code}, {c.place.feature_code})"
                out.append((d["id"], t.name, label, round(gap)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--km", type=float, default=800.0)
    parser.add_argument("--quiet", action="store_true", help="counts only")
    parser.add_argument("--raw", action="store_true", help="geoparse output as it is")
    args = parser.parse_args()
    total = 0
    for path, gold in _sets():
        rows = far_places(path, gold, args.km, args.raw)
        total += len(rows)
        if not args.quiet:
            for doc, name, label, gap in rows:
                print(f"  {path.stem}  {doc}: {name!r} -> {label} {gap} km")
        print(f"{path.stem}: {len(rows)} places > {args.km:.0f} km from every gold point")
    print(f"all sets: {total} far places")


if __name__ == "__main__":
    main()
