"""Time the GeoNames importer on the real cities500 table and print rows/s and peak memory.

Usage::

    .venv/bin/python benchmarks/geonames_import_bench.py [DATA_DIR]

DATA_DIR defaults to ``../shared/data/geonames`` beside the repository and must hold
``cities500.txt``, ``admin1CodesASCII.txt`` and ``countryInfo.txt``. Two stages are
timed: reading the table alone (:func:`read_geonames`), then the whole import into a
temporary gazetteer file (:func:`import_geonames`: reading, name keys, SQLite, the fuzzy
index). Peak memory is the process's maximum resident set size after each stage.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gazetteer.sources.geonames import (  # noqa: E402
    import_geonames,
    read_admin1_codes,
    read_country_info,
    read_geonames,
)
from gazetteer.store import Store  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "geonames"
FILES = ("cities500.txt", "admin1CodesASCII.txt", "countryInfo.txt")


def peak_mb() -> float:
    """Maximum resident set size of this process so far, in MB (Linux reports KiB)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1 << 20) if sys.platform == "darwin" else rss / 1024


def main(argv: list[str]) -> int:
    data = Path(argv[1]) if len(argv) > 1 else DEFAULT_DATA
    missing = [f for f in FILES if not (data / f).exists()]
    if missing:
        print(f"skipped: {', '.join(missing)} not found in {data}")
        return 0
    table, admin1_path, countries_path = (data / f for f in FILES)
    size_mb = table.stat().st_size / 1e6
    print(f"{table} ({size_mb:.1f} MB)")

    t0 = time.perf_counter()
    admin1 = read_admin1_codes(admin1_path)
    countries = read_country_info(countries_path)
    rows = names = 0
    for rec in read_geonames(table, admin1_names=admin1, countries=countries):
        rows += 1
        names += len(rec.names)
    read_s = time.perf_counter() - t0
    print(
        f"read only: {rows:,} rows ({names:,} names) in {read_s:.2f} s ="
        f" {rows / read_s:,.0f} rows/s; peak RSS {peak_mb():.0f} MB"
    )

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "geonames.sqlite"
        t0 = time.perf_counter()
        import_geonames(out, [table], admin1_codes=admin1_path, country_info=countries_path)
        import_s = time.perf_counter() - t0
        store = Store(out)
        n_names = store.count("names")
        store.close()
        print(
            f"full import: {rows:,} rows, {n_names:,} names stored in {import_s:.2f} s ="
            f" {rows / import_s:,.0f} rows/s; file {out.stat().st_size / 1e6:.0f} MB;"
            f" peak RSS {peak_mb():.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
