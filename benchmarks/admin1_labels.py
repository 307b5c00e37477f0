"""How many towns carry another region's admin-1 name: the build's pairing of GeoNames
admin-1 codes with ISO 3166-2 subdivisions, checked against GeoNames' own admin-1 names.

Usage::

    .venv/bin/python benchmarks/admin1_labels.py [--show N]

GeoNames' ``admin1CodesASCII.txt`` (``../shared/data/geonames/``) is the reference only;
the build never reads it. A pair counts as wrong when no name of the ISO subdivision is
similar to GeoNames' name for the code (rapidfuzz token-set ratio below 70 on folded
names). The measure over-counts: two romanisations of one name ("Karagandinskaja
oblast'" and "Karaganda") also fall below the threshold, so compare before and after
rather than read it as an absolute error rate. Without the file it says so and exits 0.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz

from gazetteer.normalize import fold
from gazetteer.sources.cities import load_cities
from gazetteer.sources.regions import load_subdivisions, match_admin1

REFERENCE = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "geonames" / "admin1CodesASCII.txt"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, metavar="N", help="list N wrong pairs")
    args = ap.parse_args()
    if not REFERENCE.exists():
        print(f"skipped: {REFERENCE} not found (GeoNames reference data absent)")
        return
    ref: dict[tuple[str, str], tuple[str, str]] = {}
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        key, name, ascii_name, _ = line.split("\t")
        cc, _, code = key.partition(".")
        ref[(cc, code)] = (fold(name), fold(ascii_name))
    cities = load_cities()
    towns: Counter[tuple[str, str]] = Counter(
        (c.get("countrycode") or "", c.get("admin1code") or "") for c in cities.values()
    )
    pairs = match_admin1(cities, load_subdivisions())
    wrong = []
    for key, sub in pairs.items():
        if key not in ref:
            continue
        ratio = max(
            fuzz.token_set_ratio(fold(n), r) for n in (sub.name, *sub.other_names) for r in ref[key]
        )
        if ratio < 70:
            wrong.append((key, sub, towns[key]))
    print(f"admin-1 codes paired      {len(pairs)}")
    print(f"pairs named unlike GeoNames {len(wrong)}")
    print(f"towns in them              {sum(n for _, _, n in wrong)}")
    print(f"countries with any         {len({k[0] for k, _, _ in wrong})}")
    for (cc, a1), sub, n in sorted(wrong, key=lambda t: -t[2])[: args.show]:
        print(f"  {cc}.{a1} GeoNames {ref[(cc, a1)][0]!r} -> {sub.code} {sub.name!r} ({n} towns)")


if __name__ == "__main__":
    main()
