"""Time ``extract_incidents`` called WITHOUT ``gazetteer=`` (the notebook way).

Each call used to open the default gazetteer anew and drop every per-gazetteer
cache; the package now keeps one shared default per process. This prints the
process time per headline over the first N UCDP Syria headlines (the same sample
``incident_eval.py`` uses), best of ``--repeat`` runs, after one warm-up call.

    python benchmarks/default_gazetteer_bench.py --limit 500 --repeat 3

Needs ``../shared/data/ucdp``; prints a note and exits 0 without it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from incident_eval import UCDP, headlines, ucdp_rows

from mapper import extract_incidents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=500, help="headlines to time")
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best is printed")
    args = ap.parse_args()
    if not UCDP.exists():
        print(f"skipped: {UCDP} is absent")
        return
    texts: list[tuple[str, str]] = []
    for row in ucdp_rows(UCDP, None):
        texts.extend(headlines(row))
        if len(texts) >= args.limit:
            break
    texts = texts[: args.limit]
    extract_incidents(texts[0][0])  # warm-up: imports, first open, lexicons
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        for text, _published in texts:
            extract_incidents(text)
        best = min(best, time.process_time() - t0)
    print(
        f"extract_incidents without gazetteer=: {len(texts)} headlines, "
        f"best of {args.repeat}: {best:.2f} s CPU, {1000 * best / len(texts):.2f} ms/headline, "
        f"{len(texts) / best:.0f} headlines/s"
    )


if __name__ == "__main__":
    main()
