"""What caps the UCDP location ceiling: a triage of rows whose headline names no place
the geoparser resolves within 25 km of the UCDP point.

Usage::

    .venv/bin/python benchmarks/ucdp_ceiling.py [--sample 100] [--seed 4]

Rows of UCDP GED Syria (``../shared/data/ucdp/``, precision ``where_prec`` 1-2) whose
headlines give no geoparsed point within 25 km are shuffled with *seed*, and the first
*sample* are sorted into:

* **a**: the headline writes the gold place (its name, article and kind word left out,
  is a fuzzy partial match of 80 or more in the folded headline) and the gazetteer has
  a place of that name within 25 km: the spelling or the recognition failed;
* **b**: the headline writes it, but the gazetteer has no such place;
* **c**: the headline names no place near the gold point (a province, "Idlib
  countryside", a tally of the day, a report title).

The triage is automatic and rough (transliterations far apart fall into c): the rows
are printed for reading. The data is used only to measure, never to derive rules or
gazetteer rows.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from incident_eval import UCDP, headlines, ucdp_rows

from gazetteer import Gazetteer
from gazetteer.errors import GazetteerError
from gazetteer.normalize import fold
from gazetteer.ranking import distance_km
from mapper import geoparse

RADIUS_KM = 25.0
_KIND = re.compile(
    r"\s+(?:village|town|city|area|district|neighbou?rhood|hill|camp|sub-?district|"
    r"governorate|province|nahya|region)\b.*$",
    re.I,
)
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|ash|an|at|az)[- ]", re.I)


def triage(gz: Gazetteer, row: dict[str, str]) -> tuple[str, str, str, str] | None:
    """(class, gold name, gazetteer match, headline) for a row the ceiling misses, else
    None."""
    lat, lon = float(row["latitude"]), float(row["longitude"])
    text = " ".join(h for h, _ in headlines(row))
    points = [(t.latitude, t.longitude) for t in geoparse(text, gazetteer=gz)]
    if any(
        a is not None and b is not None and distance_km(a, b, lat, lon) <= RADIUS_KM
        for a, b in points
    ):
        return None
    gold = re.sub(r"\(.*?\)", "", _KIND.sub("", row["where_coordinates"])).strip()
    try:
        hits = [
            c
            for c in gz.lookup(gold, limit=25, fuzzy=True)
            if distance_km(c.place.latitude, c.place.longitude, lat, lon) <= RADIUS_KM
        ]
    except (GazetteerError, ValueError):
        hits = []
    core = fold(_ARTICLE.sub("", gold))
    named = bool(core) and fuzz.partial_ratio(core, fold(text)) >= 80
    cls = "c" if not named else ("a" if hits else "b")
    return cls, gold, hits[0].place.name if hits else "-", text


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=100, help="rows to triage")
    ap.add_argument("--seed", type=int, default=4, help="shuffle seed")
    args = ap.parse_args(argv)
    if not UCDP.exists():
        print(f"skipped: {UCDP} not found (UCDP reference data absent)")
        return 0
    gz = Gazetteer.default()
    rows = [r for r in ucdp_rows(UCDP, None) if r["where_prec"] in {"1", "2"}]
    random.Random(args.seed).shuffle(rows)
    out = []
    for row in rows:
        got = triage(gz, row)
        if got is not None:
            out.append(got)
            if len(out) >= args.sample:
                break
    counts = Counter(cls for cls, *_ in out)
    print(f"{len(out)} rows: " + ", ".join(f"{k} {counts[k]}" for k in "abc"))
    for cls, gold, hit, text in out:
        print(f"{cls} {gold!r} | gazetteer: {hit} | {text[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
