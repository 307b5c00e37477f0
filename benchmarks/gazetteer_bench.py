"""Measure the embedded gazetteer: build, cold open, lookup latency, fuzzy recall, geocoding.

Usage::

    .venv/bin/python benchmarks/gazetteer_bench.py [--skip-build] [--gazetteer PATH] [--json]

Five sections, each measured for real:

1. **build** - wall time of :func:`gazetteer.embedded.build_default` into a temporary
   directory, in this process; places, names and file size from ``info()``.
   ``--skip-build`` reuses the default cache file when it exists; ``--gazetteer PATH``
   uses that file and builds nothing.
2. **cold open** - a fresh ``python -c`` process per run (5 runs, medians) times
   ``Gazetteer.open`` alone, open plus the first exact lookup, and the same with
   ``import gazetteer`` included. The OS page cache is warm: "cold" is the process.
3. **exact lookups** - 10,000 names sampled (fixed seed) from GeoNames ``cities500.txt``
   (or, without it, from the gazetteer's own populated places), looked up with
   ``fuzzy=False`` after a warm-up pass over the same names; per-call latency by
   ``time.perf_counter_ns``.
4. **fuzzy lookups** - 10,000 names of 5+ characters, each with one seeded random edit
   (substitution, deletion, insertion or adjacent transposition), looked up with fuzzy
   matching on after a warm-up pass over 1,000 other typos; recall@5 of the original
   place id, and latency over the queries that reached the fuzzy path.
5. **UCDP geocoding** - every row of the UCDP GED Syria extract through
   ``geocode(where_coordinates, country=country, admin1=adm_1)`` (an empty ``adm_1`` is
   passed as None), scored by great-circle distance to the gold point per ``where_prec``.

Sections that need ``../shared/data`` are skipped with a note when it is absent.
Progress goes to stderr; the report (a table, or JSON with ``--json``) to stdout.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from gazetteer import Gazetteer, GazetteerError, MatchKind
from gazetteer.embedded import build_default, default_path
from gazetteer.errors import PlaceNotFound
from gazetteer.ranking import distance_km
from gazetteer.store import Store

# The shared table helper lives beside this script (benchmarks/ is not a package).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import table

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
CITIES = DATA / "geonames" / "cities500.txt"
UCDP = DATA / "ucdp" / "ucdp_ged_syria_2016_2019.csv"

SAMPLE = 10_000
FUZZY_WARMUP = 1_000
COLD_RUNS = 5
PROBE = "Damascus"
EDITS = ("substitution", "deletion", "insertion", "transposition")
PRECISIONS = ("1", "2", "3", "4", "5", "6")
WORST = 15
WORST_FIELDS = ("query", "adm_1", "place", "place_id", "match", "fallback", "km")

_COLD = """\
import json, sys, time
t0 = time.perf_counter()
import gazetteer
t1 = time.perf_counter()
gz = gazetteer.Gazetteer.open(sys.argv[1])
t2 = time.perf_counter()
gz.lookup(sys.argv[2], fuzzy=False)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "open": t2 - t1, "lookup": t3 - t2}))
"""


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    """Maximum resident set size of this process so far, in MB (Linux reports KiB)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1 << 20) if sys.platform == "darwin" else rss / 1024


def latency_us(ns: Sequence[int]) -> dict[str, float]:
    """p50, p99 and mean of per-call times in nanoseconds, as microseconds."""
    if not ns:
        return {"n": 0, "p50_us": float("nan"), "p99_us": float("nan"), "mean_us": float("nan")}
    a = np.asarray(ns, dtype=np.float64) / 1e3
    p50, p99 = np.percentile(a, [50, 99])
    return {"n": len(ns), "p50_us": float(p50), "p99_us": float(p99), "mean_us": float(a.mean())}


# -- 1. build ------------------------------------------------------------------------------


def file_info(path: Path) -> dict[str, Any]:
    with Gazetteer.open(path) as gz:
        info = gz.info()
    return {
        "path": str(path),
        "places": info.places,
        "names": info.names,
        "size_mb": info.size_bytes / 1e6,
        "sources": info.sources,
    }


def bench_build(target: Path) -> dict[str, Any]:
    progress(f"building the default gazetteer into {target} ...")
    t0 = time.perf_counter()
    build_default(target)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), **file_info(target)}


# -- 2. cold open --------------------------------------------------------------------------


def bench_cold_open(path: Path, runs: int = COLD_RUNS) -> dict[str, Any]:
    progress(f"cold open: {runs} fresh processes ...")
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _COLD, str(path), PROBE],
            check=True,
            capture_output=True,
            text=True,
            cwd=REPO,
        )
        wall = time.perf_counter() - t0
        s = json.loads(out.stdout)
        samples.append({"wall": wall, **s})

    def med(f: Any) -> float:
        return statistics.median(f(s) for s in samples) * 1e3

    return {
        "runs": runs,
        "probe": PROBE,
        "open_ms": med(lambda s: s["open"]),
        "open_lookup_ms": med(lambda s: s["open"] + s["lookup"]),
        "import_ms": med(lambda s: s["import"]),
        "import_open_lookup_ms": med(lambda s: s["import"] + s["open"] + s["lookup"]),
        "process_wall_ms": med(lambda s: s["wall"]),
    }


# -- 3. and 4. lookups ---------------------------------------------------------------------


def read_names(path: Path) -> list[tuple[str, str]]:
    """``(place id, name)`` of every row of a GeoNames table (columns 1 and 2)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            gid, name, _ = line.split("\t", 2)
            out.append((f"geonames:{gid}", name))
    return out


def name_pool(gz_path: Path) -> tuple[list[tuple[str, str]], str]:
    """Names to sample from, and a note saying where they come from."""
    if CITIES.exists():
        return read_names(CITIES), f"GeoNames {CITIES.name} (column 2, name)"
    store = Store(gz_path)
    try:
        pool = [(p.id, p.name) for p in store.places_where("fclass = 'P'")]
    finally:
        store.close()
    return pool, f"{CITIES} absent: names of the gazetteer's own populated places"


def one_edit(name: str, rng: random.Random) -> tuple[str, str]:
    """*name* with one random edit, and the kind of edit; never *name* itself."""
    while True:
        op = rng.choice(EDITS)
        if op == "substitution":
            i = rng.randrange(len(name))
            out = name[:i] + rng.choice(string.ascii_lowercase) + name[i + 1 :]
        elif op == "deletion":
            i = rng.randrange(len(name))
            out = name[:i] + name[i + 1 :]
        elif op == "insertion":
            i = rng.randrange(len(name) + 1)
            out = name[:i] + rng.choice(string.ascii_lowercase) + name[i:]
        else:
            i = rng.randrange(len(name) - 1)
            out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        if out != name and out.strip():
            return out, op


def in_top(cands: Sequence[Any], place_id: str, k: int) -> bool:
    return any(c.place.id == place_id for c in cands[:k])


def bench_exact(gz: Gazetteer, sample: list[tuple[str, str]], note: str) -> dict[str, Any]:
    progress(f"exact lookups: {len(sample):,} names, warm-up then timed ...")
    for _, name in sample:
        gz.lookup(name, fuzzy=False)
    ns: list[int] = []
    results = []
    clock = time.perf_counter_ns
    for _, name in sample:
        t0 = clock()
        found = gz.lookup(name, fuzzy=False)
        ns.append(clock() - t0)
        results.append(found)
    kinds = Counter(r[0].match.value for r in results if r)
    return {
        "names_from": note,
        **latency_us(ns),
        "answered": sum(1 for r in results if r) / len(sample),
        "match_kinds": dict(kinds),
        "original_at_1": sum(in_top(r, pid, 1) for r, (pid, _) in zip(results, sample, strict=True))
        / len(sample),
        "original_at_5": sum(in_top(r, pid, 5) for r, (pid, _) in zip(results, sample, strict=True))
        / len(sample),
    }


def bench_fuzzy(
    gz: Gazetteer, sample: list[tuple[str, str]], warmup: list[tuple[str, str]], seed: int
) -> dict[str, Any]:
    rng = random.Random(seed)
    queries = [(pid, name, *one_edit(name, rng)) for pid, name in sample]
    progress(f"fuzzy lookups: {len(queries):,} typos, warm-up on {len(warmup):,} others ...")
    for _, name in warmup:
        gz.lookup(one_edit(name, rng)[0])
    clock = time.perf_counter_ns
    ns: list[int] = []
    results = []
    for _, _, typo, _ in queries:
        t0 = clock()
        found = gz.lookup(typo)
        ns.append(clock() - t0)
        results.append(found)
    # No exact or normalised match is what sends a query down the fuzzy path; with no
    # filters, that shows as fuzzy candidates or none at all.
    fuzzy_path = [not r or r[0].match is MatchKind.FUZZY for r in results]
    hit5 = [in_top(r, q[0], 5) for r, q in zip(results, queries, strict=True)]
    hit1 = [in_top(r, q[0], 1) for r, q in zip(results, queries, strict=True)]
    present = 0
    for pid, *_ in queries:
        try:
            gz.get(pid)
            present += 1
        except PlaceNotFound:
            pass
    by_edit: dict[str, dict[str, float]] = {}
    for op in EDITS:
        idx = [i for i, q in enumerate(queries) if q[3] == op]
        by_edit[op] = {
            "n": len(idx),
            "recall_at_5": sum(hit5[i] for i in idx) / max(1, len(idx)),
            "fuzzy_path": sum(fuzzy_path[i] for i in idx) / max(1, len(idx)),
        }
    n = len(queries)
    fp_idx = [i for i in range(n) if fuzzy_path[i]]
    return {
        "all": latency_us(ns),
        "fuzzy_path": latency_us([ns[i] for i in fp_idx]),
        "fuzzy_path_share": len(fp_idx) / n,
        "recall_at_5": sum(hit5) / n,
        "recall_at_1": sum(hit1) / n,
        "recall_at_5_fuzzy_path": sum(hit5[i] for i in fp_idx) / max(1, len(fp_idx)),
        "no_answer": sum(1 for r in results if not r) / n,
        "original_in_gazetteer": present / n,
        "by_edit": by_edit,
        "examples": [
            {"name": q[1], "typo": q[2], "edit": q[3], "top": r[0].place.name if r else None}
            for q, r in zip(queries[:5], results[:5], strict=True)
        ],
    }


# -- 5. UCDP geocoding ---------------------------------------------------------------------


def _score_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    answered = [r for r in rows if r["km"] is not None]
    km = [r["km"] for r in answered]
    return {
        "n": n,
        "coverage": len(answered) / n if n else float("nan"),
        "within_5": sum(d <= 5 for d in km) / n if n else float("nan"),
        "within_25": sum(d <= 25 for d in km) / n if n else float("nan"),
        "within_100": sum(d <= 100 for d in km) / n if n else float("nan"),
        "median_km": statistics.median(km) if km else float("nan"),
        "admin1_fallbacks": sum(1 for r in answered if r["fallback"] == "admin1"),
    }


def answer_kind(row: dict[str, Any]) -> str:
    if row["km"] is None:
        return "no answer"
    if row["fallback"] == "admin1":
        return "admin1 fallback"
    return row["match"]


def bench_ucdp(gz: Gazetteer, path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8", newline="") as fh:
        source = list(csv.DictReader(fh))
    progress(f"UCDP geocoding: {len(source):,} rows ...")
    rows: list[dict[str, Any]] = []
    errors: Counter[str] = Counter()
    ns: list[int] = []
    clock = time.perf_counter_ns
    t_start = time.perf_counter()
    for i, src in enumerate(source, 1):
        query, adm1, country = src["where_coordinates"], src["adm_1"] or None, src["country"]
        t0 = clock()
        try:
            cand = gz.geocode(query, country=country, admin1=adm1)
        except GazetteerError as exc:
            cand = None
            errors[f"{type(exc).__name__}: {exc}"] += 1
        ns.append(clock() - t0)
        row: dict[str, Any] = {
            "prec": src["where_prec"],
            "query": query,
            "adm_1": src["adm_1"],
            "km": None,
            "fallback": None,
            "match": None,
            "place": None,
            "place_id": None,
        }
        if cand is not None:
            p = cand.place
            gold = float(src["latitude"]), float(src["longitude"])
            row["km"] = distance_km(*gold, p.latitude, p.longitude)
            row["fallback"], row["match"] = cand.fallback, cand.match.value
            row["place"], row["place_id"] = p.name, p.id
        rows.append(row)
        if i % 4000 == 0:
            progress(f"  {i:,} rows, {time.perf_counter() - t_start:.0f} s")
    seconds = time.perf_counter() - t_start

    by_prec = {p: _score_rows([r for r in rows if r["prec"] == p]) for p in PRECISIONS}
    by_prec["all"] = _score_rows(rows)
    exact_rows = [r for r in rows if r["prec"] == "1"]
    by_kind = {}
    for kind in ("exact", "normalised", "fuzzy", "admin1 fallback", "no answer"):
        sel = [r for r in exact_rows if answer_kind(r) == kind]
        if sel:
            by_kind[kind] = _score_rows(sel)
    # The worst where_prec 1 answers, one line per distinct (query, adm_1), with how many
    # rows share it: events repeat at the same village, and fifteen copies of one line
    # would hide the other errors.
    worst: dict[tuple[str, str], dict[str, Any]] = {}
    for r in sorted((r for r in exact_rows if r["km"] is not None), key=lambda r: -r["km"]):
        key = (r["query"], r["adm_1"])
        if key in worst:
            worst[key]["rows"] += 1
        elif len(worst) < WORST:
            worst[key] = {k: r[k] for k in WORST_FIELDS} | {"rows": 1}
    unanswered = Counter((r["query"], r["adm_1"]) for r in exact_rows if r["km"] is None)
    regions = {}
    for adm1 in sorted({r["adm_1"] for r in rows if r["adm_1"]}):
        top = gz.lookup(adm1, country="Syria", feature_classes=("A",), limit=1)
        is_region = bool(top) and top[0].place.feature_code in ("ADM1", "ADM2")
        regions[adm1] = top[0].place.id if is_region else None
    return {
        "rows": len(rows),
        "seconds": seconds,
        "rows_per_s": len(rows) / seconds,
        "latency": latency_us(ns),
        "errors": dict(errors.most_common(5)),
        "error_count": sum(errors.values()),
        "by_prec": by_prec,
        "prec1_by_answer": by_kind,
        "worst_prec1": list(worst.values()),
        "unanswered_prec1": [
            {"query": q, "adm_1": a, "rows": n} for (q, a), n in unanswered.most_common(WORST)
        ],
        "admin1_resolved": regions,
    }


# -- report --------------------------------------------------------------------------------


def pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def print_report(res: dict[str, Any]) -> None:
    g = res["gazetteer"]
    print(f"gazetteer: {g['path']}")
    print(f"  {g['places']:,} places, {g['names']:,} names, {g['size_mb']:.1f} MB")
    print(f"  sources: {', '.join(f'{k} {v}' for k, v in g['sources'].items())}")

    print("\n1. embedded build")
    b = res["build"]
    if "skipped" in b:
        print(f"  skipped: {b['skipped']}")
    else:
        print(
            f"  build_default: {b['seconds']:.1f} s wall; {b['places']:,} places,"
            f" {b['names']:,} names; file {b['size_mb']:.1f} MB;"
            f" peak RSS of this process {b['peak_rss_mb']:.0f} MB"
        )

    print(f"\n2. cold open (fresh process, median of {res['cold_open']['runs']}; page cache warm)")
    c = res["cold_open"]
    print(
        table(
            ("measure", "ms"),
            [
                ("Gazetteer.open", f"{c['open_ms']:.1f}"),
                (f"open + first lookup({c['probe']!r})", f"{c['open_lookup_ms']:.1f}"),
                ("import gazetteer", f"{c['import_ms']:.1f}"),
                ("import + open + first lookup", f"{c['import_open_lookup_ms']:.1f}"),
                ("whole process (interpreter start to exit)", f"{c['process_wall_ms']:.1f}"),
            ],
        )
    )

    print("\n3. exact/normalised lookup, fuzzy=False (after a warm-up pass)")
    e = res["exact"]
    if "skipped" in e:
        print(f"  skipped: {e['skipped']}")
    else:
        print(f"  names: {e['n']:,} from {e['names_from']}")
        print(
            f"  p50 {e['p50_us']:.0f} us, p99 {e['p99_us']:.0f} us, mean {e['mean_us']:.0f} us;"
            f" answered {pct(e['answered'])}; original id at 1 {pct(e['original_at_1'])},"
            f" in top 5 {pct(e['original_at_5'])}"
        )
        print(f"  top match kinds: {e['match_kinds']}")

    print("\n4. fuzzy lookup, one random edit, names of 5+ characters")
    f = res["fuzzy"]
    if "skipped" in f:
        print(f"  skipped: {f['skipped']}")
    else:
        print(
            table(
                ("queries", "n", "p50 us", "p99 us", "mean us"),
                [
                    (
                        name,
                        s["n"],
                        f"{s['p50_us']:.0f}",
                        f"{s['p99_us']:.0f}",
                        f"{s['mean_us']:.0f}",
                    )
                    for name, s in (("all", f["all"]), ("fuzzy path only", f["fuzzy_path"]))
                ],
            )
        )
        print(
            f"  fuzzy recall@5 {pct(f['recall_at_5'])} (recall@1 {pct(f['recall_at_1'])});"
            f" on fuzzy-path queries recall@5 {pct(f['recall_at_5_fuzzy_path'])};"
            f" fuzzy path taken {pct(f['fuzzy_path_share'])}; no answer {pct(f['no_answer'])};"
            f" original id present in gazetteer {pct(f['original_in_gazetteer'])}"
        )
        print(
            table(
                ("edit", "n", "recall@5", "fuzzy path"),
                [
                    (op, s["n"], pct(s["recall_at_5"]), pct(s["fuzzy_path"]))
                    for op, s in f["by_edit"].items()
                ],
            )
        )

    print("\n5. UCDP GED Syria structured geocoding")
    u = res["ucdp"]
    if "skipped" in u:
        print(f"  skipped: {u['skipped']}")
        return
    lat = u["latency"]
    print(
        f"  {u['rows']:,} rows in {u['seconds']:.1f} s = {u['rows_per_s']:.0f} rows/s;"
        f" per call p50 {lat['p50_us'] / 1e3:.2f} ms, p99 {lat['p99_us'] / 1e3:.2f} ms;"
        f" errors {u['error_count']}"
    )
    for msg, n in u["errors"].items():
        print(f"    {n} x {msg}")
    head = ("where_prec", "n", "coverage", "<=5 km", "<=25 km", "<=100 km", "median km")
    head += ("admin1 fb",)

    def score_row(label: str, s: dict[str, Any]) -> tuple[Any, ...]:
        shares = [pct(s[k]) for k in ("coverage", "within_5", "within_25", "within_100")]
        return (label, s["n"], *shares, f"{s['median_km']:.1f}", s["admin1_fallbacks"])

    print(table(head, [score_row(p, s) for p, s in u["by_prec"].items()]))
    print("\n  where_prec 1 by kind of answer")
    print(table(("answer", *head[1:]), [score_row(k, s) for k, s in u["prec1_by_answer"].items()]))
    print(f"\n  {WORST} worst where_prec 1 answers (distinct query and adm_1; rows = events)")
    print(
        table(
            ("query", "adm_1", "chosen place", "id", "match", "km", "rows"),
            [
                (
                    *(w[k] for k in ("query", "adm_1", "place", "place_id")),
                    w["fallback"] or w["match"],
                    f"{w['km']:.1f}",
                    w["rows"],
                )
                for w in u["worst_prec1"]
            ],
        )
    )
    if u["unanswered_prec1"]:
        print("\n  where_prec 1 queries with no answer")
        print(
            table(
                ("query", "adm_1", "rows"),
                [(w["query"], w["adm_1"], w["rows"]) for w in u["unanswered_prec1"]],
            )
        )
    missing = [a for a, pid in u["admin1_resolved"].items() if pid is None]
    print(
        f"\n  adm_1 names resolved to a region: {len(u['admin1_resolved']) - len(missing)}"
        f" of {len(u['admin1_resolved'])}" + (f"; not: {', '.join(missing)}" if missing else "")
    )


# -- main ----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument(
        "--skip-build", action="store_true", help="reuse the default cache file if it exists"
    )
    ap.add_argument("--gazetteer", type=Path, metavar="PATH", help="use this file; build nothing")
    ap.add_argument("--seed", type=int, default=20240, help="seed of samples and typos")
    args = ap.parse_args(argv)

    res: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="gazetteer-bench-") as tmp:
        if args.gazetteer is not None:
            path = args.gazetteer
            res["build"] = {"skipped": f"--gazetteer {path}"}
        elif args.skip_build and default_path().exists():
            path = default_path()
            res["build"] = {"skipped": f"--skip-build: reused {path}"}
        else:
            if args.skip_build:
                progress(f"--skip-build: no file at {default_path()}; building")
            path = Path(tmp) / "default.sqlite"
            res["build"] = bench_build(path)
        res["gazetteer"] = file_info(path)
        res["cold_open"] = bench_cold_open(path)

        with Gazetteer.open(path) as gz:
            pool, note = name_pool(path)
            rng = random.Random(args.seed)
            res["exact"] = bench_exact(gz, rng.sample(pool, SAMPLE), note)
            long_names = [pn for pn in pool if len(pn[1]) >= 5]
            picked = rng.sample(long_names, SAMPLE + FUZZY_WARMUP)
            res["fuzzy"] = bench_fuzzy(gz, picked[:SAMPLE], picked[SAMPLE:], args.seed + 1)
            if UCDP.exists():
                res["ucdp"] = bench_ucdp(gz, UCDP)
            else:
                res["ucdp"] = {"skipped": f"{UCDP} not found"}

    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False, default=str))
    else:
        print_report(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
