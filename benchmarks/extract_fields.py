"""Speed of the field extractors, and their accuracy on real UCDP headlines.

Usage::

    .venv/bin/python benchmarks/extract_fields.py [--limit N] [--show-misses N]

**Speed.** Each extractor (``find_dates``, ``find_casualties``, ``ActorLexicon.find``)
runs over every headline; the figure is microseconds per headline on one core (the
pipeline's budget is well under 1 ms per sentence for each). The lexicon's load time is
printed apart, and the rate of all three together on ~2,000-character articles made of
consecutive headlines (the pipeline's target is 200 articles/s end to end).

**Accuracy** on ``../shared/data/ucdp/ucdp_ged_syria_2016_2019.csv`` (skipped, with a
message, when absent). Only events coded from one report (``source_date`` holds one
date) are used, so the headline is the one the event was coded from:

* *date*: ``event_date(find_dates(headline, published=source_date))``; a hit when it is
  within one day of ``date_start``. Headlines without a usable date fall back to the
  publication date, as the pipeline does; both figures are printed.
* *deaths*: among headlines with at least one "killed" mention, the share whose largest
  killed count overlaps the gold ``low``-``high`` range. UCDP codes deaths per event and
  a headline often totals a whole day's deaths across Syria, so this is a floor.
* *actors*: share of headlines in which some actor is found.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from datetime import date
from pathlib import Path

from _report import table

from mapper.actors import ActorLexicon
from mapper.casualties import find_casualties
from mapper.dates import event_date, find_dates, parse_published

UCDP = Path(__file__).resolve().parents[2] / "shared" / "data" / "ucdp"
UCDP_FILE = UCDP / "ucdp_ged_syria_2016_2019.csv"


def _rows(limit: int | None) -> list[dict[str, str]]:
    with UCDP_FILE.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if ";" not in r["source_date"]]
    return rows[:limit] if limit else rows


def _overlaps(low: int, high: int | None, gold_low: int, gold_high: int) -> bool:
    return low <= gold_high and (high is None or high >= gold_low)


def _articles_per_second(texts: list[str], lexicon: ActorLexicon) -> float:
    """Headlines joined into ~2,000-character articles, run through all three extractors."""
    articles, current = [], []
    for text in texts:
        current.append(text)
        if sum(len(t) + 2 for t in current) >= 2000:
            articles.append(". ".join(current))
            current = []
    published = date(2019, 1, 1)
    t0 = time.perf_counter()
    for article in articles:
        find_dates(article, published=published)
        find_casualties(article)
        lexicon.find(article)
    return len(articles) / (time.perf_counter() - t0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show-misses", type=int, default=0)
    args = parser.parse_args()
    if not UCDP_FILE.exists():
        print(f"{UCDP_FILE} is absent: nothing to measure")
        return 0
    rows = _rows(args.limit)
    texts = [r["source_headline"] for r in rows]
    published = [parse_published(r["source_date"]) for r in rows]

    t0 = time.perf_counter()
    lexicon = ActorLexicon.default()
    load = time.perf_counter() - t0

    timings = []
    results: dict[str, list] = {}
    for name, run in (
        ("find_dates", lambda i: find_dates(texts[i], published=published[i])),
        ("find_casualties", lambda i: find_casualties(texts[i])),
        ("ActorLexicon.find", lambda i: lexicon.find(texts[i])),
    ):
        t0 = time.perf_counter()
        results[name] = [run(i) for i in range(len(texts))]
        seconds = time.perf_counter() - t0
        timings.append((name, f"{seconds / len(texts) * 1e6:.1f}", f"{len(texts) / seconds:,.0f}"))
    print(f"{len(texts):,} single-report UCDP headlines; lexicon loaded in {load * 1000:.0f} ms")
    print(table(("extractor", "us/headline", "headlines/s"), timings))
    print(f"all three on ~2,000-character articles: {_articles_per_second(texts, lexicon):,.0f}/s")

    date_text = date_any = dated = 0
    killed_found = killed_ok = actors_found = 0
    misses: list[str] = []
    for i, row in enumerate(rows):
        gold = date.fromisoformat(row["date_start"])
        pick = event_date(results["find_dates"][i])
        value = pick.value if pick and pick.value else None
        if value is not None:
            dated += 1
            date_text += abs((value - gold).days) <= 1
        chosen = value or published[i]
        if chosen is not None and abs((chosen - gold).days) <= 1:
            date_any += 1
        killed = [c for c in results["find_casualties"][i] if c.kind == "killed"]
        if killed:
            killed_found += 1
            best = max(killed, key=lambda c: c.count.low)
            ok = _overlaps(best.count.low, best.count.high, int(row["low"]), int(row["high"]))
            killed_ok += ok
            if not ok and len(misses) < args.show_misses:
                misses.append(f"  deaths {best.count} vs {row['low']}-{row['high']}: {texts[i]}")
        actors_found += bool(results["ActorLexicon.find"][i])

    n = len(rows)
    print()
    print(
        table(
            ("figure", "value"),
            [
                ("date within 1 day (text date, else publication)", f"{date_any / n:.1%}"),
                ("headlines with a date in the text", f"{dated / n:.1%}"),
                ("  of those, within 1 day", f"{date_text / max(dated, 1):.1%}"),
                ("headlines with a killed count", f"{killed_found / n:.1%}"),
                (
                    "  of those, largest count overlaps gold low-high",
                    f"{killed_ok / max(killed_found, 1):.1%}",
                ),
                ("headlines naming an actor", f"{actors_found / n:.1%}"),
            ],
        )
    )
    if misses:
        print("\n".join(["", "misses:", *misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
