"""Geoparse a 5 MB text and print time, toponyms found and peak memory.

The text is built from the project's own example dispatch (examples/), repeated with
numbered paragraphs, so the figure needs no outside data:

    .venv/bin/python benchmarks/geoparse_memory.py [--mb 5]
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from pathlib import Path

from gazetteer import Gazetteer
from mapper import geoparse

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "dispatch_iraq.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the text in MB")
    args = parser.parse_args()
    base = EXAMPLE.read_text(encoding="utf-8")
    parts, size, n = [], 0, 0
    target = int(args.mb * 1024 * 1024)
    while size < target:
        n += 1
        part = f"Report {n}.\n{base}\n"
        parts.append(part)
        size += len(part.encode("utf-8"))
    text = "".join(parts)
    gz = Gazetteer.default()
    geoparse(base, gazetteer=gz)  # warm the gazetteer
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    t0 = time.perf_counter()
    found = geoparse(text, gazetteer=gz)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mb = len(text.encode("utf-8")) / 1e6
    print(f"text: {mb:.1f} MB, {len(text):,} characters, {n:,} copies of {EXAMPLE.name}")
    print(f"geoparse: {elapsed:.1f} s ({mb / elapsed:.2f} MB/s), {len(found):,} toponyms")
    print(f"peak Python allocations during geoparse: {peak / 1e6:.1f} MB (tracemalloc)")
    print(f"process peak RSS: {rss_before:.0f} MB before, {rss_after:.0f} MB after")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
