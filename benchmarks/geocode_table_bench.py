"""Measure the table path: read_table + geocode_table on the UCDP GED Syria extract.

Usage::

    .venv/bin/python benchmarks/geocode_table_bench.py [--gazetteer PATH] [--rows N]

The UCDP CSV (``../shared/data/ucdp/ucdp_ged_syria_2016_2019.csv``) is read with
:func:`mapper.read_table`; its gold ``latitude``/``longitude`` are set aside and the rows
are geocoded from ``where_coordinates``, ``country`` and ``adm_1`` (passed explicitly, as
UCDP's names are not ACLED's). Reported: read and geocode time, rows per second, distinct
lookups, the statuses, and per ``where_prec`` the share of rows placed within 25 km of the
gold point (rows left unresolved count as misses). Exits with a note when the data is
absent. pandas is imported and the gazetteer opened (its country table warmed) before
timing starts. Geocoding time is dominated by the gazetteer's lookups (one per distinct
triple); the machine's load shows in it, so run it twice when comparing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas  # noqa: F401  (imported here so its import time is not counted as reading)

from gazetteer import Gazetteer
from mapper import geocode_table, read_table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import table

REPO = Path(__file__).resolve().parents[1]
UCDP = REPO.parent / "shared" / "data" / "ucdp" / "ucdp_ged_syria_2016_2019.csv"
RADIUS_KM = 25.0


def haversine_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray):
    """Great-circle distances in km (NaN where a point is missing)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat, dlon = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(a))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gazetteer", help="gazetteer file (default: the embedded one)")
    ap.add_argument("--rows", type=int, default=None, help="only the first N rows")
    args = ap.parse_args(argv)
    if not UCDP.exists():
        print(f"skipped: {UCDP} not present (reference data)")
        return 0

    gz = Gazetteer.open(args.gazetteer) if args.gazetteer else Gazetteer.default()
    gz.countries()  # warm the country table outside the timing

    t0 = time.perf_counter()
    df = read_table(UCDP)
    t_read = time.perf_counter() - t0
    if args.rows:
        df = df.head(args.rows)
    gold = df[["latitude", "longitude", "where_prec"]].copy()
    df = df.drop(columns=["latitude", "longitude"])

    t0 = time.perf_counter()
    gdf = geocode_table(
        df, name_col="where_coordinates", country_col="country", admin1_col="adm_1", gazetteer=gz
    )
    t_geo = time.perf_counter() - t0
    keys = df[["where_coordinates", "country", "adm_1"]].astype("str").drop_duplicates()

    km = haversine_km(
        gold["latitude"].to_numpy(float),
        gold["longitude"].to_numpy(float),
        gdf["latitude"].to_numpy(float),
        gdf["longitude"].to_numpy(float),
    )
    within = np.nan_to_num(km, nan=np.inf) <= RADIUS_KM
    n = len(df)
    print(f"UCDP GED Syria: {n:,} rows, {len(keys):,} distinct (name, country, adm_1)")
    print()
    print(
        table(
            ("step", "seconds", "rows/s"),
            [
                ("read_table", f"{t_read:.2f}", f"{n / t_read:,.0f}"),
                ("geocode_table", f"{t_geo:.2f}", f"{n / t_geo:,.0f}"),
                ("both", f"{t_read + t_geo:.2f}", f"{n / (t_read + t_geo):,.0f}"),
            ],
        )
    )
    print()
    counts = gdf["geocode_status"].value_counts()
    print(table(("status", "rows", "share"), [(s, c, f"{c / n:.1%}") for s, c in counts.items()]))
    print()
    rows = []
    prec = gold["where_prec"].to_numpy()
    for p in sorted(set(prec.tolist())):
        mask = prec == p
        placed = ~np.isnan(km[mask])
        rows.append(
            (
                p,
                int(mask.sum()),
                f"{placed.mean():.1%}",
                f"{within[mask].mean():.1%}",
                f"{np.nanmedian(km[mask]):.1f}" if placed.any() else "-",
            )
        )
    rows.append(("all", n, f"{(~np.isnan(km)).mean():.1%}", f"{within.mean():.1%}", ""))
    print(table(("where_prec", "rows", "placed", "within 25 km", "median km"), rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
