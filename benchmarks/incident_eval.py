"""Evaluate mapper.extract_incidents: own dispatches, UCDP headlines, throughput.

Usage::

    .venv/bin/python benchmarks/incident_eval.py [--limit N] [--show-misses N] [--json]
        [--dispatches PATH --gold PATH]

**Own dispatches** (``examples/dispatches.jsonl`` with hand-coded gold in
``examples/dispatches_gold.json``). An extracted incident *matches* a gold incident of
the same dispatch when it has the same event type, lies within 25 km of the gold point
(or names the same place), and its date is within one day of the gold date (or within
the gold's ``date_tolerance_days`` for vague dates such as "in the past week"). Gold
incidents are matched greedily, nearest first, each extracted incident at most once.
Recall is the share of gold incidents matched, precision the share of extracted ones.
Per-field accuracy is measured on *place* pairs (same dispatch, within 25 km or same
name, ignoring type and date), so a wrong type counts against type accuracy instead of
vanishing from it: type, sub-type, date (within the tolerance), fatalities (the
extracted low figure inside the gold low-high range; no gold toll is right when nothing
or zero is extracted) and actor1 (gold actors are plain words, "US forces",
canonicalised with the default actor lexicon; the extracted actor must be the same
actor, or start with the gold words for "Protesters (Iraq)" and the like).

Every set in :data:`SETS` that exists is scored the same way and reported in its own
rows. Development sets 1-14 guide the extractor's rules. Sets 2 and 4-14 were the
held-out sets of earlier rounds; once their misses guided fixes they became development
sets, and they are labelled so. The **held-out set** (``examples/heldout.jsonl`` with gold in
``examples/heldout_gold.json``) was written and coded by hand, by people who had not read
the extractor, before the extractor was run on it. It is never used to develop the
extractor, and its rows always say "held-out (not used for development)".
``--dispatches PATH --gold PATH`` score one other set in the same formats instead.
``--no-ucdp`` skips the UCDP and throughput parts for a quick look at the sets.

**UCDP GED Syria 2016-2019** (``../shared/data/ucdp/ucdp_ged_syria_2016_2019.csv``;
skipped with a message when absent). Each row is one gold event coded from one or more
headlines (``source_headline`` and ``source_date`` hold ``;``-separated lists, paired in
order). Each distinct (headline, date) is extracted once with the date as publication
date. A headline often reports several events and a gold row is one of them, so a row is
compared with the incident of its headlines *nearest the gold point*; this is an upper
bound for picking the right one of several, and is stated as such. Figures: location
within 25 km (rows with where_prec 1-2), event date within one day of date_start,
deaths (the extracted low figure, 0 when no toll is given) within the gold low-high
range, and coverage (rows whose headlines gave any incident). The date figure is given
over all rows, over rows with a news headline (see :data:`NOT_NEWS`: record numbers and
dated location records are not news), and over rows with an incident (a row without one
has no date to judge).
For scale, the *ceiling* is the share of where_prec 1-2 rows whose headlines name any
place (event location or not) that the geoparser resolves within 25 km of the gold
point: no choice of incident locations can do better. ``--limit N`` samples N
rows (fixed seed).

**Throughput**: end to end (text in, incidents out), one core, gazetteer open and warm:
one untimed pass over the articles, then a timed one.

Progress goes to stderr; the report (a table, or JSON with ``--json``) to stdout.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import table
from geoparse_eval import pin_one_cpu

from gazetteer import Gazetteer
from gazetteer.normalize import fold
from gazetteer.ranking import distance_km
from mapper import Incident, InputError, extract_incidents, geoparse
from mapper.actors import ActorLexicon
from mapper.events import find_events

ROOT = Path(__file__).resolve().parents[1]
DISPATCHES = ROOT / "examples" / "dispatches.jsonl"
GOLD = ROOT / "examples" / "dispatches_gold.json"
HELDOUT = ROOT / "examples" / "heldout.jsonl"
HELDOUT_GOLD = ROOT / "examples" / "heldout_gold.json"
HELDOUT_LABEL = "held-out (not used for development)"


@dataclass(frozen=True, slots=True)
class DispatchSet:
    """A set of dispatches with hand-coded gold, and how the report names it."""

    label: str
    dispatches: Path
    gold: Path


SETS = (
    DispatchSet("development set 1", DISPATCHES, GOLD),
    DispatchSet(
        "development set 2 (held out until 2026-11-24)",
        ROOT / "examples" / "dispatches2.jsonl",
        ROOT / "examples" / "dispatches2_gold.json",
    ),
    DispatchSet(
        "development set 3",
        ROOT / "examples" / "dispatches3.jsonl",
        ROOT / "examples" / "dispatches3_gold.json",
    ),
    DispatchSet(
        "development set 4 (held out until 2026-11-24, second round)",
        ROOT / "examples" / "dispatches4.jsonl",
        ROOT / "examples" / "dispatches4_gold.json",
    ),
    DispatchSet(
        "development set 5 (held out until 2026-11-24, third round)",
        ROOT / "examples" / "dispatches5.jsonl",
        ROOT / "examples" / "dispatches5_gold.json",
    ),
    DispatchSet(
        "development set 6 (held out until 2026-11-24, fourth round)",
        ROOT / "examples" / "dispatches6.jsonl",
        ROOT / "examples" / "dispatches6_gold.json",
    ),
    DispatchSet(
        "development set 7 (held out until 2026-11-24, fifth round)",
        ROOT / "examples" / "dispatches7.jsonl",
        ROOT / "examples" / "dispatches7_gold.json",
    ),
    DispatchSet(
        "development set 8 (held out until 2026-11-24, sixth round)",
        ROOT / "examples" / "dispatches8.jsonl",
        ROOT / "examples" / "dispatches8_gold.json",
    ),
    DispatchSet(
        "development set 9 (held out until 2026-11-25, seventh round)",
        ROOT / "examples" / "dispatches9.jsonl",
        ROOT / "examples" / "dispatches9_gold.json",
    ),
    DispatchSet(
        "development set 10 (held out until 2026-11-25, eighth round)",
        ROOT / "examples" / "dispatches10.jsonl",
        ROOT / "examples" / "dispatches10_gold.json",
    ),
    DispatchSet(
        "development set 11 (held out until 2026-11-25, ninth round)",
        ROOT / "examples" / "dispatches11.jsonl",
        ROOT / "examples" / "dispatches11_gold.json",
    ),
    DispatchSet(
        "development set 12 (held out until 2026-11-25, tenth round)",
        ROOT / "examples" / "dispatches12.jsonl",
        ROOT / "examples" / "dispatches12_gold.json",
    ),
    DispatchSet(
        "development set 13 (held out until 2026-11-25, eleventh round)",
        ROOT / "examples" / "dispatches13.jsonl",
        ROOT / "examples" / "dispatches13_gold.json",
    ),
    DispatchSet(
        "development set 14 (held out until 2026-11-25, twelfth round)",
        ROOT / "examples" / "dispatches14.jsonl",
        ROOT / "examples" / "dispatches14_gold.json",
    ),
    DispatchSet(HELDOUT_LABEL, HELDOUT, HELDOUT_GOLD),
)
"""The dispatch sets the report scores when they exist, the held-out set last."""
UCDP = ROOT.parent / "shared" / "data" / "ucdp" / "ucdp_ged_syria_2016_2019.csv"
RADIUS_KM = 25.0
NOT_NEWS = re.compile(
    r"^(?:Syria Daily Report[\s\d/]*|[A-Z]{1,3}\d{2,5}[a-z]?|Airwars assessment|"
    r"US-led Coalition in Iraq & Syria|Martyr (?:info|data)|.*\((?:S|CS)\d+[a-z]?\).*)$"
)
"""Source records in ``source_headline`` that are not news text: report titles with only a
date ("Syria Daily Report 11/03/2016"), record numbers ("R3218", "CS480"), dataset names
("Airwars assessment") and dated location records ("June 23rd 2017: (S933) Abu Kamal,
Deir Ezzor governorate, Syria"). No event can be read from them; rows whose every
headline is one are counted as a class and left out of the "news rows" date figure."""


@dataclass(frozen=True, slots=True)
class Gold:
    doc: str
    event_type: str
    sub_event_type: str
    place: str
    lat: float
    lon: float
    date: date
    tolerance: int
    fatalities: tuple[int, int | None] | None
    actor1: str


def load_gold(path: Path = GOLD) -> dict[str, list[Gold]]:
    """Gold incidents per dispatch id."""
    data = json.loads(path.read_text(encoding="utf-8"))["dispatches"]
    out: dict[str, list[Gold]] = {}
    for doc, rows in data.items():
        out[doc] = [
            Gold(
                doc,
                r["event_type"],
                r["sub_event_type"],
                r["place"],
                r["lat"],
                r["lon"],
                date.fromisoformat(r["date"]),
                r.get("date_tolerance_days", 1),
                None
                if r["fatalities"] is None
                else (r["fatalities"]["low"], r["fatalities"]["high"]),
                r["actor1"],
            )
            for r in rows
        ]
    return out


def same_place(inc: Incident, lat: float, lon: float, name: str | None = None) -> bool:
    """Within RADIUS_KM of the point, or the same name.

    A gold name that gives the place with its holder ("Keishampat, Imphal", "Hurmuz,
    near Mir Ali") names the place by its first part, so that part matches as well.
    """
    if inc.latitude is not None and inc.longitude is not None:
        if distance_km(inc.latitude, inc.longitude, lat, lon) <= RADIUS_KM:
            return True
    if name is None:
        return False
    keys = {fold(name), fold(name.split(",", 1)[0])}
    return bool(keys & {fold(inc.location), fold(inc.place_name or "")})


def km(inc: Incident, lat: float, lon: float) -> float:
    if inc.latitude is None or inc.longitude is None:
        return float("inf")
    return distance_km(inc.latitude, inc.longitude, lat, lon)


def date_ok(inc: Incident, day: date, tolerance: int = 1) -> bool:
    return inc.event_date is not None and abs((inc.event_date - day).days) <= tolerance


def deaths_ok(inc: Incident, low: int, high: int | None) -> bool:
    """The extracted low figure (0 when none is given) within [low, high]."""
    value = inc.fatalities.low if inc.fatalities is not None else 0
    return low <= value and (high is None or value <= high)


def actor_ok(extracted: str | None, gold: str, lexicon: ActorLexicon) -> bool:
    if extracted is None:
        return False
    found = lexicon.find(gold)
    canonical = found[0].actor.name if found and len(found[0].text) >= len(gold) - 8 else gold
    ex, ca, go = fold(extracted), fold(canonical), fold(gold)
    # ACLED names a generic actor by its country: "Unidentified Tribal Militia (Syria)"
    return ex == ca or ex.startswith(go) or ex == go or fold(extracted.split(" (")[0]) == ca


def match(golds: Sequence[Gold], found: Sequence[Incident]) -> list[tuple[Gold, Incident]]:
    """Greedy one-to-one matches: same type, same place, date within tolerance."""
    pairs = []
    for g in golds:
        for inc in found:
            if (
                str(inc.event_type) == g.event_type
                and same_place(inc, g.lat, g.lon, g.place)
                and date_ok(inc, g.date, g.tolerance)
            ):
                pairs.append((km(inc, g.lat, g.lon), id(g), g, inc))
    pairs.sort(key=lambda p: p[0])
    used_g: set[int] = set()
    used_i: set[int] = set()
    out = []
    for _, gid, g, inc in pairs:
        if gid in used_g or id(inc) in used_i:
            continue
        used_g.add(gid)
        used_i.add(id(inc))
        out.append((g, inc))
    return out


def place_pairs(golds: Sequence[Gold], found: Sequence[Incident]) -> list[tuple[Gold, Incident]]:
    """For field accuracy: each gold with the nearest same-place incident (types aside)."""
    out = []
    for g in golds:
        near = [i for i in found if same_place(i, g.lat, g.lon, g.place)]
        if near:
            best = min(near, key=lambda i: (str(i.event_type) != g.event_type, km(i, g.lat, g.lon)))
            out.append((g, best))
    return out


def load_dispatches(path: Path = DISPATCHES) -> list[dict[str, Any]]:
    """The dispatches of a JSON Lines file (id, published, text), in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def evaluate_dispatches(
    gz: Gazetteer, show: int, dispatches: Path = DISPATCHES, gold_path: Path = GOLD
) -> dict[str, Any]:
    gold = load_gold(gold_path)
    lexicon = ActorLexicon.default()
    docs = load_dispatches(dispatches)
    n_gold = n_found = n_match = 0
    fields: Counter[str] = Counter()
    n_pairs = 0
    misses: list[str] = []
    for d in docs:
        found = extract_incidents(d["text"], published=d["published"], source=d["id"], gazetteer=gz)
        golds = gold.get(d["id"], [])
        pairs = match(golds, found)
        n_gold += len(golds)
        n_found += len(found)
        n_match += len(pairs)
        matched_g = {id(g) for g, _ in pairs}
        matched_i = {id(i) for _, i in pairs}
        misses += [
            f"missed   {d['id']}: {g.event_type} at {g.place} on {g.date}"
            for g in golds
            if id(g) not in matched_g
        ]
        misses += [
            f"spurious {d['id']}: {i.event_type} at {i.location} ({i.place_name}) on {i.event_date}"
            for i in found
            if id(i) not in matched_i
        ]
        for g, inc in place_pairs(golds, found):
            n_pairs += 1
            fields["type"] += str(inc.event_type) == g.event_type
            fields["sub-type"] += inc.sub_event_type == g.sub_event_type
            fields["date"] += date_ok(inc, g.date, g.tolerance)
            fields["fatalities"] += (
                (inc.fatalities is None or inc.fatalities.low == 0)
                if g.fatalities is None
                else deaths_ok(inc, *g.fatalities)
            )
            actor = actor_ok(inc.actor1, g.actor1, lexicon)
            fields["actor1"] += actor
            if show and not actor:
                misses.append(f"actor1   {d['id']}: {inc.actor1!r}, gold {g.actor1!r}")
    return {
        "documents": len(docs),
        "gold incidents": n_gold,
        "extracted incidents": n_found,
        "matched": n_match,
        "recall": n_match / n_gold if n_gold else 0.0,
        "precision": n_match / n_found if n_found else 0.0,
        "place pairs": n_pairs,
        "field accuracy": {
            k: fields[k] / n_pairs if n_pairs else 0.0
            for k in ("type", "sub-type", "date", "fatalities", "actor1")
        },
        "misses": misses[:show] if show else [],
    }


def ucdp_rows(path: Path, limit: int | None) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if limit is not None and limit < len(rows):
        rows = random.Random(0).sample(rows, limit)
    return rows


def headlines(row: dict[str, str]) -> list[tuple[str, str]]:
    """(headline, publication date) pairs of a row; dates pair with headlines in order."""
    texts = [h.strip() for h in row["source_headline"].split(";")]
    dates = [d.strip() for d in row["source_date"].split(";")]
    if len(dates) != len(texts):
        dates = [dates[0]] * len(texts)
    return [(t, d) for t, d in zip(texts, dates, strict=True) if t]


def _points(text: str, gz: Gazetteer, bias: str | None) -> list[tuple[float, float]]:
    """The points of every resolved place a headline names (event or not)."""
    return [
        (t.latitude, t.longitude)
        for t in geoparse(text, gazetteer=gz, country_bias=bias)
        if t.latitude is not None and t.longitude is not None
    ]


def evaluate_ucdp(
    gz: Gazetteer, limit: int | None, show: int, bias: str | None = None
) -> dict[str, Any] | None:
    if not UCDP.exists():
        return None
    rows = ucdp_rows(UCDP, limit)
    cache: dict[tuple[str, str], list[Incident]] = {}
    loc_n = loc_ok = date_n = date_hits = death_hits = covered = bad_dates = ceiling = 0
    not_news = news_hits = 0
    points: dict[str, list[tuple[float, float]]] = {}
    classes: Counter[str] = Counter()
    misses: list[str] = []
    for row in rows:
        found: list[Incident] = []
        for h, d in headlines(row):
            if (h, d) not in cache:
                try:
                    cache[(h, d)] = extract_incidents(
                        h, published=d, source=row["id"], gazetteer=gz, country_bias=bias
                    )
                except InputError:  # an unreadable source_date; counted, not hidden
                    bad_dates += 1
                    cache[(h, d)] = extract_incidents(
                        h, source=row["id"], gazetteer=gz, country_bias=bias
                    )
            found.extend(cache[(h, d)])
        lat, lon = float(row["latitude"]), float(row["longitude"])
        start = date.fromisoformat(row["date_start"])
        date_n += 1
        if found:
            covered += 1
        best = min(found, key=lambda i: km(i, lat, lon)) if found else None
        news = not all(NOT_NEWS.match(h) for h, _ in headlines(row))
        not_news += not news
        if best is not None:
            date_hits += date_ok(best, start)
            news_hits += news and date_ok(best, start)
            death_hits += deaths_ok(best, int(row["low"]), int(row["high"]))
        if row["where_prec"] in {"1", "2"}:
            loc_n += 1
            named = [
                t for h, _ in headlines(row) for t in points.setdefault(h, _points(h, gz, bias))
            ]
            ceiling += any(distance_km(la, lo, lat, lon) <= RADIUS_KM for la, lo in named)
            if best is not None and km(best, lat, lon) <= RADIUS_KM:
                loc_ok += 1
            else:
                text = " ".join(h for h, _ in headlines(row))
                if not news:
                    why = "not news: record numbers, report titles, dated location records"
                elif best is None and not find_events(text):
                    why = "no event cue"
                elif best is None:
                    why = (
                        "event; places named but none linked"
                        if named
                        else ("event; no place the geoparser resolves")
                    )
                elif not any(distance_km(la, lo, lat, lon) <= RADIUS_KM for la, lo in named):
                    why = "incident > 25 km; no named place is nearer"
                else:
                    why = "incident > 25 km; a named place within 25 km was not linked"
                classes[why] += 1
                if len(misses) < show:
                    where = f"{best.location} {km(best, lat, lon):.0f} km off" if best else "-"
                    misses.append(
                        f"{why}: {text[:110]!r} gold {row['where_coordinates']}; got {where}"
                    )
    n = len(rows)
    return {
        "rows": n,
        "distinct headlines": len(cache),
        "unreadable source dates": bad_dates,
        "coverage": covered / n if n else 0.0,
        "date within one day, rows with an incident": date_hits / covered if covered else 0.0,
        "where_prec 1-2 rows": loc_n,
        "location within 25 km": loc_ok / loc_n if loc_n else 0.0,
        "geoparse ceiling, a named place within 25 km": ceiling / loc_n if loc_n else 0.0,
        "date within one day": date_hits / date_n if date_n else 0.0,
        "rows whose headlines are not news": not_news,
        "date within one day, news rows": news_hits / (n - not_news) if n > not_news else 0.0,
        "deaths within low-high": death_hits / n if n else 0.0,
        "location miss classes": dict(classes.most_common()),
        "misses": misses,
        "_texts": [(h, d) for h, d in cache],
    }


def throughput(gz: Gazetteer, articles: Sequence[tuple[str, str]]) -> dict[str, Any]:
    for text, pub in articles:  # warm pass
        extract_incidents(text, published=pub, gazetteer=gz)
    cpu0, t0 = time.process_time(), time.perf_counter()
    for text, pub in articles:
        extract_incidents(text, published=pub, gazetteer=gz)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    return {
        "articles": len(articles),
        "seconds": elapsed,
        "cpu seconds": cpu,
        "articles/s": len(articles) / elapsed,
        "articles per cpu second": len(articles) / cpu if cpu else float("inf"),
    }


def set_label(path: Path) -> str:
    """How a dispatch set is named in the report: the held-out set always says so."""
    for known in SETS:
        if path.resolve() == known.dispatches.resolve():
            return known.label
    return f"dispatches {path.name}"


def chosen_sets(dispatches: Path | None, gold: Path | None) -> list[DispatchSet]:
    """The sets to score: the one given on the command line, else every known set on disk."""
    if dispatches is not None:
        if gold is None:
            raise SystemExit("--dispatches needs --gold")
        return [DispatchSet(set_label(dispatches), dispatches, gold)]
    return [s for s in SETS if s.dispatches.exists() and s.gold.exists()]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="sample N UCDP rows")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--country-bias",
        default=None,
        help="pass country_bias to extract_incidents on UCDP (e.g. SY, as a Syria analyst would)",
    )
    ap.add_argument(
        "--dispatches",
        type=Path,
        default=None,
        metavar="PATH",
        help="JSON Lines of dispatches (id, published, text); default: every known set",
    )
    ap.add_argument(
        "--gold", type=Path, default=None, metavar="PATH", help="gold incidents for --dispatches"
    )
    ap.add_argument("--no-ucdp", action="store_true", help="score the dispatch sets only")
    args = ap.parse_args(argv)
    pinned = pin_one_cpu()
    gz = Gazetteer.default()
    results: list[tuple[DispatchSet, dict[str, Any]]] = []
    for one in chosen_sets(args.dispatches, args.gold):
        print(f"{one.label} ...", file=sys.stderr)
        results.append((one, evaluate_dispatches(gz, args.show_misses, one.dispatches, one.gold)))
    ucdp = speed = None
    if not args.no_ucdp:
        print("UCDP headlines ...", file=sys.stderr)
        ucdp = evaluate_ucdp(gz, args.limit, args.show_misses, args.country_bias)
        first = results[0][0].dispatches if results else DISPATCHES
        docs = load_dispatches(first)
        texts = ucdp.pop("_texts")[:2000] if ucdp else [(d["text"], d["published"]) for d in docs]
        print("throughput ...", file=sys.stderr)
        speed = throughput(gz, texts)
        speed["cpu"] = pinned
    if args.json:
        report = {one.label: result for one, result in results}
        report |= {"ucdp": ucdp, "throughput": speed}
        print(json.dumps(report, indent=1, default=str))
        return 0
    rows = []
    for one, result in results:
        rows += [
            (f"{one.label}: recall", f"{result['recall']:.2f}", ">= 0.90", result["recall"] >= 0.9),
            (
                f"{one.label}: precision",
                f"{result['precision']:.2f}",
                ">= 0.90",
                result["precision"] >= 0.9,
            ),
        ]
    if ucdp:
        rows += [
            (
                "UCDP where_prec 1-2: within 25 km",
                f"{ucdp['location within 25 km']:.1%}",
                ">= 60%",
                ucdp["location within 25 km"] >= 0.6,
            ),
            (
                "UCDP where_prec 1-2: headline names a place within 25 km",
                f"{ucdp['geoparse ceiling, a named place within 25 km']:.1%}",
                "(ceiling)",
                "-",
            ),
            (
                "UCDP: date within one day",
                f"{ucdp['date within one day']:.1%}",
                ">= 85%",
                ucdp["date within one day"] >= 0.85,
            ),
            (
                f"UCDP: date within one day, news rows ({ucdp['rows whose headlines are not news']}"
                " non-news left out)",
                f"{ucdp['date within one day, news rows']:.1%}",
                ">= 85%",
                ucdp["date within one day, news rows"] >= 0.85,
            ),
            (
                "UCDP: date within one day, rows with an incident",
                f"{ucdp['date within one day, rows with an incident']:.1%}",
                ">= 85%",
                ucdp["date within one day, rows with an incident"] >= 0.85,
            ),
            ("UCDP: deaths within low-high", f"{ucdp['deaths within low-high']:.1%}", "-", "-"),
            ("UCDP: coverage", f"{ucdp['coverage']:.1%}", "-", "-"),
        ]
    if speed:
        rows.append(
            (
                "throughput, articles/s (one core)",
                f"{speed['articles/s']:.0f}",
                ">= 200",
                speed["articles/s"] >= 200,
            )
        )
    print(table(["figure", "value", "target", "met"], rows))
    for one, result in results:
        print(
            f"\n  {one.label} ({one.dispatches.name}): {result['documents']} documents, "
            f"{result['gold incidents']} gold, {result['extracted incidents']} extracted, "
            f"{result['matched']} matched"
        )
        print(
            table(
                ["field (on place pairs)", "accuracy"],
                [(k, f"{v:.2f}") for k, v in result["field accuracy"].items()],
            )
        )
    if ucdp:
        print(
            f"\n  UCDP: {ucdp['rows']} rows, {ucdp['distinct headlines']} distinct headlines, "
            f"{ucdp['where_prec 1-2 rows']} with where_prec 1-2"
        )
        print(table(["location miss class", "rows"], list(ucdp["location miss classes"].items())))
    elif not args.no_ucdp:
        print(f"\n  UCDP: skipped ({UCDP} is absent)")
    if speed:
        print(
            f"\n  throughput: {speed['articles']} articles in {speed['seconds']:.2f} s wall-clock, "
            f"{speed['cpu seconds']:.2f} s process time "
            f"({speed['articles per cpu second']:.0f} articles per CPU second), {pinned}"
        )
    for one, result in results:
        if result["misses"]:
            print(f"\n  misses, {one.label}:")
        for line in result["misses"]:
            print("  " + line)
    if ucdp and ucdp["misses"]:
        print("\n  misses, UCDP:")
    for line in ucdp["misses"] if ucdp else []:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
