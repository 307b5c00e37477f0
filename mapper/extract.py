"""The incident pipeline: news text in, coded and geolocated incidents out.

Per document: split sentences (keeping offsets; a headline is its own sentence),
geoparse once, then per sentence find event cues (:mod:`mapper.events`), link each to
its places (:mod:`mapper.linking`), assign actors (:mod:`mapper.roles`), and code one
incident per event and place, as ACLED codes multi-location reports.

Decisions, in the order the pipeline takes them:

* **Weak cues** ("killed", "attacked") make an incident only in a sentence with no
  specific cue, or when they start their own coordinated clause with their own place
  ("clashes in Daraa and a woman killed in Deir Ezzor").
* **Headline and lead**: a headline that only says people were attacked or killed
  ("Attack on beach kills 32") takes the type of its lead's specific event ("a suicide
  bomber blew himself up").
* **Antecedents**: an event in a clause giving a cause or antecedent ("after one of the
  commanders was detained", "a week after clashes in the city") is an incident only
  where the text places it; a time sequence ("two days after") keeps a weak cue with a
  place of its own apart from the event after it.
* **Deaths after a strike**: a sentence that only reports deaths, right after one coding
  a shelling, missile or air strike, tells of that strike: its incidents take the
  strike's type and perpetrator (ACLED codes remote violence whoever the victims).
* **Places**: see :mod:`mapper.linking`. A headline whose event has no locative place
  ("Bombardment targets Idlib and Hama") takes the places it names, at lower confidence.
  Region- and country-level incidents are dropped when the document reports the same
  event type more finely inside them ("strikes in western Iraq" / "in Al-Qaim").
* **Events no place links to** (:mod:`mapper.standins`) are still incidents, coded at the
  finest level the text supports, when they are in the headline or lead, or name a place
  the gazetteer lacks ("clashes in Shekh Meskin"): that name is the location text, at
  the point of the country in focus with geo_precision 4 (a map shows it as
  approximate); with no name, the country in focus itself; with no country in focus,
  the incident is kept *unlocated* (empty location, no coordinates; writers leave the
  point empty and the map counts it). They are not coded when the sentence's tolls are
  all running totals, when an earlier incident of the same type is there to refer to,
  for a bare "killed" after other incidents, or for protests and riots without a place
  ("the verdict drew protests"). Daily summaries ("85 people were killed yesterday,
  including 21 soldiers") are real reports and are coded this way, at low confidence:
  they total many events, so their toll is an upper bound for any one of them. A place
  the gazetteer knows only in another country than the region named after it ("Laiza
  in Kachin State") keeps its name at the region's point (:mod:`mapper.linking`).
* **References back**: an event without a place, or a definite event noun without a date
  of its own ("the strikes shook windows"), is the incident already coded: it only adds
  a casualty figure that incident lacked. A sentence with only a weak cue at places
  already coded ("Two people were killed in Mykolaiv.") does the same. A sentence
  saying how a protest ended ("police later dispersed the crowd") refines its sub-type.
* **Dates**: a date in the sentence (the one nearest the cue); else the first date in
  the headline and lead; else the publication date at *week* precision (the event
  happened on or in the days before it). A relative date ("on Wednesday") without a
  publication date stays unresolved (``event_date=None``) and blocks the fallbacks. An
  event whose nearest date is historical ("in 2016, IS seized Mosul") is not coded.
  A dateline's date ("BAMAKO, Oct 3 (AFP) -") is the filing date and is never used; the
  day a report was made ("police said on Tuesday") yields to another current date.
* **Casualties** go to the nearest event cue before them in the sentence. One toll for
  several places of the same event is split evenly across them, the remainder to the
  first place, as ACLED divides fatalities it cannot assign; so totals are never
  double-counted. Running totals ("has killed 15,000 since April") go to no incident,
  and a sentence whose only tolls are running totals codes no country-wide incident.
  A toll in a later sentence with no event of its own ("Fighting broke out in Sirte.
  At least 55 people were killed.") goes to the last event that can cost lives; an
  update ("the toll rose to 31") replaces a lower figure, and a figure said twice
  counts once.
* **Actors** by position and voice (:mod:`mapper.roles`). With no perpetrator named,
  violent events get "Unidentified Armed Group" (a later claim of responsibility
  replaces it), protests "Protesters (Country)" and riots "Rioters (Country)"; violence
  against civilians with no named target gets "Civilians (Country)".
* **Confidence** starts at 0.55: +0.15 for a specific cue (-0.15 for a weak one), +0.1
  for a place at precision 1-2 (-0.1 for none at all), +0.1 for a named perpetrator,
  +0.05 for a date, -0.2 for a headline place taken without a locative cue or a place
  from the country in focus; clipped to [0.05, 0.99].
* **Duplicates** (same place, date and type) merge within a document and across
  documents (:func:`merge_incidents`); unlocated incidents never merge (nothing shows
  that two of them are one event). A coarse or unlocated incident of a type the
  document also places more finely is dropped, its toll shared among the finer ones.
  An area named only as holding an event's place ("near Elwak in Mandera county") is
  no incident of its own (:mod:`mapper.holders`).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol, TypeVar

from gazetteer import Gazetteer
from gazetteer.normalize import fold
from gazetteer.ranking import distance_km

from .actors import ActorLexicon, ActorMention
from .aftermath import drop_raid_damage
from .aspect import cause_clause, sequence, summary
from .boilerplate import blank_debris
from .casualties import CasualtyMention, find_casualties
from .coarse import merge_restated_areas
from .corefer import generic_rebels
from .dateline import without_datelines
from .dates import DateMention, find_dates, parse_published, report_date
from .displaced import fled_from
from .errors import InputError
from .events import (
    CIVILIAN_PEOPLE,
    EventMention,
    damage_within_attack,
    find_events,
    intervention,
)
from .eventtype import armed_victims, resisted_later, withdrawn_later
from .focus import focus_country
from .framed import denied_spans, framed_spans, planned_date, recent
from .fronted import opening_place, opening_region, town_in_region, village_before_event
from .geoparse import geoparse, read_text
from .groupnames import drop_group_names
from .headarea import fold_headline_areas
from .headlined import headline_holder
from .holders import (
    drop_holders,
    locate_in_region,
    restated_as_holder,
    same_place_undated,
    same_place_within_a_day,
    with_tolls,
)
from .hometown import victims_home
from .incident import Count, DatePrecision, EventType, Incident, Source, Span
from .intercepted import interception
from .joined import held_for_taking_part
from .linking import CLOSE_KM, background, headline_clause, link_places
from .listleads import drop_list_summaries, list_leads
from .namesakes import drop_far_namesakes
from .operations import operation_sides
from .participle import main_clause_place
from .periodic import periodic_report
from .recalled import (
    blank,
    commemorated,
    commemorated_event,
    old_event,
    over_a_period,
    recalled_asides,
    recalled_causes,
)
from .redated import dates_told_event, refines
from .roles import (
    UNIDENTIFIED,
    VIOLENT,
    across_border,
    actor_name,
    air_power,
    apply_claim,
    country_name,
    crowd_party,
    crowds_follow_type,
    roles,
    speaks_for_state,
    unnamed,
)
from .scene import moves_elsewhere
from .scoring import IncidentScorer, default_scorer, rescore
from .sentences import split_sentences
from .standins import (
    foreign_before_unit,
    holder_of,
    named_inside,
    part_named_after,
    placeholder,
    road_start,
    route_from,
    sole_region,
    town_referred_to,
    unit_named_before,
    unresolved_name,
)
from .strategic import demonstration_arrests, suspects_held
from .subsumed import unhurt_later
from .toponym import Precision, Toponym
from .townarea import drop_town_areas
from .units import bare_name, named_unit

__all__ = ["extract_articles", "extract_incidents", "merge_incidents"]

_COORDINATION = re.compile(r"\b(?:and|while|as|;)\s", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:\u2014\u2026]|\s(?:and|raising|bringing)\s", re.I)
RECENT = 50
"""How many earlier incidents a sentence may refer back to ("the strike killed four",
a claim of responsibility): references are local, and the bound keeps long documents
linear."""
_T = TypeVar("_T", Toponym, DateMention)
_EXPLAINED = re.compile(r"\b(?:when|as|after)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
"""A connective just before the specific cue that explains the weak one."""
_CONSEQUENCE = frozenset({"killing", "kills", "leaving", "wounding", "injuring"})


class _Article(Protocol):
    text: str
    source: Source


@dataclass(frozen=True, slots=True)
class _Coded:
    """One event of a sentence with its places, before it becomes incidents."""

    event: EventMention
    places: list[Toponym]
    sentence: Span
    guessed: bool = False
    placeholder: bool = False
    cues: tuple[EventMention, ...] = ()  # every cue of the sentence, for roles


def _published(published: date | str | None, source: Source | str | None) -> date | None:
    if published is not None:
        return parse_published(published)
    if isinstance(source, Source):
        return source.published
    return None


def _source(source: Source | str | None, published: date | None) -> Source:
    if source is None:
        return Source("<text>", published=published)
    if isinstance(source, str):
        return Source(source, published=published)
    if not isinstance(source, Source):
        raise InputError(f"source must be a Source or a str, got {type(source).__name__}")
    return source if source.published == published else replace(source, published=published)


def _cohere(toponyms: list[Toponym]) -> list[Toponym]:
    """Move homonyms into the document's country ("Madaya" in a Syria report).

    When most resolved places of a document lie in one country, a town resolved to
    another country is replaced by its best runner-up in that country, if it has one.
    Countries and regions themselves are left as they are.
    """
    codes = Counter(t.candidate.place.country_code for t in toponyms if t.candidate)
    if not codes:
        return toponyms
    main, count = codes.most_common(1)[0]
    if count < 2 or count * 2 <= sum(codes.values()):
        return toponyms
    out = []
    for t in toponyms:
        cand = t.candidate
        if cand is not None and cand.place.country_code != main and t.precision < 3:
            alt = next((a for a in t.alternatives if a.place.country_code == main), None)
            if alt is not None and t.latitude == cand.place.latitude:
                t = t.placed_at(alt)
        out.append(t)
    return out


def _named_in(
    text: str,
    event: EventMention,
    place: Toponym,
    places: Sequence[Toponym],
    taken: Sequence[ActorMention | Toponym],
    end: int,
) -> Toponym:
    """*place*, or the place the gazetteer lacks that the text names inside it ("struck a
    mine near Boni, in the Mopti region", "the Tripoli suburb of Ain Zara") or near it
    ("in the village of Essakane, about 40 km from Dori"): that name at *place*'s point
    (:func:`mapper.standins.named_inside`), or at the finer unit named after *place*
    ("Koutruk village in Manipur's Imphal West district"). A region opening the clause
    before the event holds the name the event gives up to the sentence's *end*."""
    part = part_named_after(text, place, taken) if place.precision < Precision.REGION else None
    if part is None:  # "the parish of San Carlos, in Quevedo canton": not Venezuela's
        part = foreign_before_unit(text, place, places)
    if part is not None:
        return named_inside(part, place)
    name = unresolved_name(text, event, place.start, taken)
    if name is None:  # "in Bannang Sata district of Yala": the unit, at its holder
        part = unit_named_before(text, place, taken)
        if part is not None:
            return named_inside(part, place)
    # "In Macomia district, insurgents raided the village of X": a unit the gazetteer
    # reads as its seat town opens the clause as a region does.
    unit = place.precision is Precision.REGION or named_unit(text, place.end, place.start)
    if name is None and unit and place.end <= event.start:
        # "In Jonglei state, gunmen attacked a camp on the outskirts of Ayod": the region
        # opening the clause holds the place the event names after it.
        name = unresolved_name(text, event, end, taken)
        if name is None:  # "In Balochistan, gunmen ... near Khuzdar": the town
            return (
                town_in_region(text, event, place, places, end)
                or village_before_event(text, event, place, places, taken)
                or place
            )
        return named_inside(name, place)
    if name is not None and place.precision is Precision.COUNTRY:
        return named_inside(name, place)  # "overran the village of X ... in Congo"
    holder = holder_of(text, name, places) if name is not None else None
    # "on Koutruk village in Manipur's Imphal West district": the holders after the
    # name run through the linked place to the finest one.
    if name is None or holder is None or (holder is not place and holder.start < place.end):
        return place
    return named_inside(road_start(text, name), holder)


_HOLDER_RANK = {"P": 0, "ADM3": 1, "ADM2": 2, "ADM1": 3}


def _finest_named(places: list[Toponym]) -> list[Toponym]:
    """*places* with one toponym per name the gazetteer lacks: the one at the finest
    holder ("Koutruk village in Manipur's Imphal West district" is at Imphal, not also
    at Manipur)."""

    def rank(t: Toponym) -> int:
        if t.candidate is None:
            return 9
        place = t.candidate.place
        return (
            _HOLDER_RANK["P"]
            if place.feature_class == "P"
            else _HOLDER_RANK.get(place.feature_code, 4)
        )

    best: dict[tuple[int, int], Toponym] = {}
    for t in places:
        key = (t.start, t.end)
        if key not in best or rank(t) < rank(best[key]):
            best[key] = t
    return [t for t in places if best[(t.start, t.end)] is t]


def _keep_events(text: str, events: list[EventMention], places: Sequence[Toponym]) -> list:
    """Drop weak cues that only restate a specific cue of the same sentence.

    A weak cue stays when it starts its own coordinated clause with its own place,
    before or after the specific cue ("losses in Homs and shelling targets Hama"), or
    when a sequence sets the two apart ("killed 12 in Katsina, two days after bandits
    abducted farmers in Zamfara").
    """
    strong = [e for e in events if not e.weak]
    if not strong:
        return events
    kept = []
    for e in events:
        if not e.weak:
            kept.append(e)
            continue
        before = [s for s in strong if s.end <= e.start]
        if e.text.lower() in _CONSEQUENCE:
            continue
        if not before:
            # "Human losses in Homs and bombardment targets Hama": a weak cue with its
            # own place, coordinated with the specific event that has another.
            nxt = next(s for s in strong if s.start >= e.end)
            own = any(e.end <= p.start and p.end <= nxt.start for p in places)
            theirs = any(p.start >= nxt.end for p in places)
            between = text[e.end : nxt.start]
            if _EXPLAINED.search(between) and not sequence(between):
                continue  # "four were killed in Kirkuk when protesters clashed": its toll
            if own and (sequence(between) or (theirs and _COORDINATION.search(between))):
                kept.append(e)
            elif own and not theirs and e.event_type is nxt.event_type:
                # "attacked a post near X ..., setting off a firefight": the specific cue
                # names no place; the weak cue of the same type carries the event's.
                kept.append(e)
            continue
        gap = text[before[-1].end : e.start]
        own_place = any(p.start >= e.end for p in places)
        place_between = any(before[-1].end <= p.start and p.end <= e.start for p in places)
        if _COORDINATION.search(gap) and place_between and own_place:
            kept.append(e)
    return kept


def _undated_frames(
    sentence: Span, dates: list[DateMention], published: date | None
) -> list[tuple[int, int]]:
    """Spans of *sentence* telling events only as what a verdict, a reaction or a tally is
    about (:func:`framed.framed_spans`), less those dated in the report's own days, and
    the events a party denies whatever their day (:func:`framed.denied_spans`). A toll
    over months from an institutional report is framed whole (:mod:`periodic`)."""
    if periodic_report(sentence.text):
        return [(0, len(sentence.text))]
    return denied_spans(sentence.text) + [
        (a, b)
        for a, b in framed_spans(sentence.text)
        if not any(
            a <= d.start - sentence.start < b
            and recent(d.value, published)
            and not planned_date(sentence.text, d.start - sentence.start)
            for d in dates
        )
    ]


def _outside(items: list[_T], sentence: Span, spans: list[tuple[int, int]]) -> list[_T]:
    """*items* (places or dates of *sentence*) that start in none of *spans* (offsets into
    the sentence)."""
    return [x for x in items if not any(a <= x.start - sentence.start < b for a, b in spans)]


def _main_event(events: Sequence[EventMention]) -> int:
    """The first specific cue of a sentence, else its first cue."""
    return next((i for i, e in enumerate(events) if not e.weak), 0)


def _fallback(
    text: str, sentence: Span, places: Sequence[Toponym], event: EventMention
) -> list[Toponym]:
    """Places for a headline whose event has no locative place.

    "Losses in regime forces, Hama countryside" or "Bombardment targets Idlib and
    Hama" name the place without a preposition. Every place not in a political frame is
    taken, coarse ones only when nothing finer is given; such incidents get a lower
    confidence. A headline joining two stories with a semicolon or a comma ("Clashes
    rock X; Y residents protest power cuts", "Rebels kill mourners near X, anger boils
    over in Y") lends the event only the places of its own part.
    """
    lo = text.rfind(";", sentence.start, event.start) + 1 or sentence.start
    hi = text.find(";", event.end, sentence.end)
    hi = sentence.end if hi < 0 else hi
    kept = [
        p
        for p in places
        if lo <= p.start
        and p.end <= hi
        and not background(text, sentence.start, p)
        and not (
            p.start > event.end and headline_clause(text, sentence.start, text[event.end : p.start])
        )
    ]
    finest = min((p.precision for p in kept), default=None)
    seen: set[str] = set()
    out = []
    for p in kept:
        pid = p.candidate.place.id if p.candidate else p.text
        if p.precision == finest or (p.precision <= Precision.NEAR):
            if pid not in seen:
                seen.add(pid)
                out.append(p)
    return out


def _shared_places(coded: list[_Coded], links: Sequence[Sequence[Toponym]]) -> list[_Coded]:
    """*coded*, where an event shares the linked places of the event before it ("stormed
    the hamlet of X in Y State and burnt houses") taking that event's coded places too
    (the hamlet, not the state it was named in)."""
    out = list(coded)
    for i in range(1, len(out)):
        if links[i] and list(links[i]) == list(links[i - 1]):
            out[i] = replace(out[i], places=out[i - 1].places)
    return out


def _names_finer(
    text: str,
    event: EventMention,
    sentence: Span,
    guess: Sequence[Toponym],
    taken: Sequence[ActorMention | Toponym],
) -> bool:
    """True when a headline's event names, after a locative word, a place the gazetteer
    lacks while the places it would fall back on are all regions or countries ("Troops
    retook the village of X after clashes in Y State"): the unknown place is the
    event's, placed in the region, not the region itself."""
    return (
        bool(guess)
        and all(p.precision >= Precision.REGION for p in guess)
        and unresolved_name(text, event, sentence.end, taken) is not None
    )


def _date_for(
    text: str,
    event: EventMention,
    inside: Sequence[DateMention],
    context: tuple[date | None, DatePrecision | None, Span | None] | None,
    published: date | None,
    events: Sequence[EventMention] = (),
) -> tuple[date | None, DatePrecision | None, Span | None] | None:
    """(date, precision, evidence) for an event, from the dates of its sentence (*inside*),
    the document's context date or the publication date; None when it is historical.
    With the sentence's *events*, a date in the event's own stretch is its date."""
    inside = [d for d in inside if not _period_elsewhere(text, d, event)]
    inside = _own_dates(event, events, _event_dates(text, inside))
    if inside:
        nearest = min(inside, key=lambda d: abs(d.start - event.start))
        if nearest.historical:
            return None
        current = [d for d in inside if not d.historical]
        best = min(current, key=lambda d: abs(d.start - event.start))
        precision = DatePrecision(best.precision) if best.value is not None else None
        return best.value, precision, Span(best.start, best.end, best.text)
    if context is not None:
        return context
    if published is not None:
        return published, DatePrecision.WEEK, None
    return None, None, None


def _event_dates(text: str, dates: list[DateMention]) -> list[DateMention]:
    """*dates* less the report's own ("police said on Tuesday, adding that the attack
    took place over the weekend") when another current date can date the event."""
    told = [d for d in dates if not report_date(text, d)]
    return told if any(not d.historical for d in told) else dates


def _own_dates(
    event: EventMention, events: Sequence[EventMention], dates: list[DateMention]
) -> list[DateMention]:
    """The dates in *event*'s own stretch of its sentence, or all *dates* if none.

    A time adjunct follows its event ("clashes in Aleppo on Monday and airstrikes on Idlib
    on Tuesday"): a date between the event and the next event is the event's. Without
    one, a date before the event with no other event between ("On Monday, clashes ...")
    is.
    """
    if len(events) < 2:
        return dates
    later = [e.start for e in events if e.start > event.start]
    stop = min(later, default=None)
    own = [d for d in dates if d.start >= event.end and (stop is None or d.start < stop)]
    if own:
        return own
    earlier = max((e.end for e in events if e.end <= event.start), default=-1)
    before = [d for d in dates if earlier <= d.start and d.end <= event.start]
    return before or dates


def _period_elsewhere(text: str, d: DateMention, event: EventMention) -> bool:
    """True for "since April" in a later clause than the event ("ISIS kills 12, raising
    to 125 the number killed since April"): it starts a running total's period and says
    nothing of when the event was. In the event's own clause ("fighting has raged since
    2014") it makes the event a running state, and counts."""
    if not _opens_period(text, d) or d.start < event.end:
        return False
    return _CLAUSE_BREAK.search(text, event.end, d.start) is not None


def _opens_period(text: str, d: DateMention) -> bool:
    """True for a date that starts a period: "since April", "since 3 June"."""
    return (
        d.text.lower().startswith("since")
        or text[max(0, d.start - 6) : d.start].lower() == "since "
    )


def _bucket(sentences: Sequence[Span], items: Sequence[_T]) -> list[list[_T]]:
    """The items (sorted by ``start``) that start inside each sentence."""
    starts = [item.start for item in items]
    return [
        list(items[bisect_left(starts, s.start) : bisect_left(starts, s.end)]) for s in sentences
    ]


def _unframed_dates(
    sentences: Sequence[Span], dates: list[DateMention], published: date | None
) -> list[DateMention]:
    """*dates* less those the headline and lead give only inside a frame ("Teenager shot
    dead in X, third fatal shooting this year"): a series' or a verdict's date is not the
    report's context date."""
    head = sentences[:3]
    if not head or not dates or dates[0].start >= head[-1].end:
        return dates
    spans = [
        (s.start + a, s.start + b)
        for s in head
        for a, b in _undated_frames(s, [d for d in dates if s.start <= d.start < s.end], published)
    ]
    return [d for d in dates if not any(a <= d.start < b for a, b in spans)]


def _context_date(
    text: str, sentences: Sequence[Span], dates: Sequence[DateMention]
) -> tuple[date | None, DatePrecision | None, Span | None] | None:
    """The first current date in the headline and lead, as context for later sentences
    (an event's date before the report's own, as in :func:`_event_dates`)."""
    if not sentences:
        return None
    lead_end = _lead(sentences).end
    for d in _event_dates(text, [d for d in dates if d.start < lead_end]):
        if not d.historical:
            precision = DatePrecision(d.precision) if d.value is not None else None
            return d.value, precision, Span(d.start, d.end, d.text)
    return None


_PAGE_PART = re.compile(r"^\s*[\[(]|[\])]\s*$|[>\u00bb|]")
"""A photo caption in brackets or a breadcrumb ("Home > Africa > Mozambique")."""


def _lead(sentences: Sequence[Span]) -> Span:
    """The lead: the first sentence after the headline that is no caption, breadcrumb or
    fragment of one (fewer than four words), looking at most three sentences on."""
    for s in sentences[1:4]:
        if not _PAGE_PART.search(s.text) and len(s.text.split()) >= 4:
            return s
    return sentences[min(1, len(sentences) - 1)]


def _add(a: Count | None, b: Count) -> Count:
    if a is None:
        return b
    high = None if a.high is None or b.high is None else a.high + b.high
    return Count(a.low + b.low, high)


def _share(count: Count | None, n: int, i: int) -> Count | None:
    """Place *i*'s share of a toll reported for *n* places (remainder to the first)."""
    if count is None or n == 1:
        return count
    low = count.low // n + (count.low % n if i == 0 else 0)
    high = None if count.high is None else count.high // n + (count.high % n if i == 0 else 0)
    return Count(low, high)


def _tolls(
    coded: Sequence[_Coded], casualties: Sequence[CasualtyMention]
) -> list[dict[str, tuple[Count, Span]]]:
    """Killed and injured counts per coded event: each mention to the cue inside it, or
    else to the cue before it; to a located cue in the same phrase right after it when
    that cue has no place. Figures for one cue add up ("killed two soldiers and
    three civilians"), except a total that restates them ("killing 12, bringing the
    death toll to 40"): the higher total replaces them."""
    out: list[dict[str, tuple[Count, Span]]] = [{} for _ in coded]
    for c in casualties:
        inside = [i for i, k in enumerate(coded) if c.start <= k.event.start < c.end]
        before = [i for i, k in enumerate(coded) if k.event.start <= c.start]
        # "a person killed": a toll that holds a cue of its own belongs to that cue.
        i = inside[0] if inside else (before[-1] if before else 0)
        if not coded[i].places:
            i = _located_after(coded, c, i)
        total, span = out[i].get(c.kind, (None, None))
        here = Span(c.start, c.end, c.text)
        if total is not None and _TOTAL.search(c.text):
            if c.count.low > total.low:
                out[i][c.kind] = (c.count, here)
            continue
        out[i][c.kind] = (_add(total, c.count), span or here)
    return out


_TOTAL = re.compile(r"\b(?:toll|number\s+of)\b", re.I)


def _told_with_located(
    coded: Sequence[_Coded], k: _Coded, casualties: Sequence[CasualtyMention]
) -> bool:
    """True when *k* is the verb of a toll that :func:`_located_after` gives to a located
    event of the same phrase: one event, not a second one without a place."""
    i = next((j for j, o in enumerate(coded) if o is k), None)
    return i is not None and any(
        c.start <= k.event.start < c.end and _located_after(coded, c, i) != i for c in casualties
    )


# "... in an exchange of fire", "during a raid": the toll happened in the event after it
_IN_EVENT = re.compile(r"\s+(?:in|during|amid)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?", re.I)


def _located_after(coded: Sequence[_Coded], c: CasualtyMention, i: int) -> int:
    """The located cue right after a toll whose own cue *i* has no place, else *i*.

    "Police shot dead two bandits in an exchange of fire near X": the shooting is the
    exchange of fire, told in the same phrase ("in", "during", "amid" between); its toll
    is the located event's. "Shot dead by guards and airstrikes hit X" is two events.
    """
    sentence = coded[i].sentence
    for j, k in enumerate(coded):
        if k.places and not k.event.weak and c.end <= k.event.start <= c.end + 40:
            between = sentence.text[c.end - sentence.start : k.event.start - sentence.start]
            if _IN_EVENT.fullmatch(between):
                return j
    return i


def _incident_id(source: Source, sentence: Span, event: EventMention, place: Toponym) -> str:
    pid = place.candidate.place.id if place.candidate else place.text
    key = f"{source.id}|{sentence.start}|{event.start}|{pid}"
    return "IM" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


def extract_incidents(
    text: str | bytes,
    *,
    published: date | str | None = None,
    source: Source | str | None = None,
    gazetteer: Gazetteer | None = None,
    country_bias: str | None = None,
    actors: ActorLexicon | None = None,
    scorer: IncidentScorer | None = None,
    min_confidence: float | None = None,
) -> list[Incident]:
    """Code the incidents a news text reports, one per event and place.

    Parameters
    ----------
    text : str or bytes
        A news article or dispatch in English; the first line may be its headline.
    published : date or str, optional
        Publication date (``"2024-01-24"`` or a date); relative dates resolve against
        it. Defaults to ``source.published``.
    source : Source or str, optional
        The document, or its id.
    gazetteer : Gazetteer, optional
        Defaults to the embedded gazetteer.
    country_bias : str, optional
        A country most places are expected to be in.
    actors : ActorLexicon, optional
        Defaults to :meth:`ActorLexicon.default`.
    scorer : IncidentScorer, optional
        Scores each incident into its ``confidence`` (:mod:`mapper.scoring`); defaults
        to :func:`~mapper.scoring.default_scorer`.
    min_confidence : float, optional
        Drop incidents scored below it; default: the scorer's own default (see
        :attr:`IncidentScorer.filter`).

    Returns
    -------
    list of Incident
        In text order, duplicates within the text merged (:func:`merge_incidents`).

    Raises
    ------
    InputError
        Binary or undecodable text, or a publication date that is not a date.

    Examples
    --------
    >>> incidents = extract_incidents(                                # doctest: +SKIP
    ...     "US forces struck two sites in Jurf al-Sakhr and Al-Qaim early Wednesday.",
    ...     published="2024-02-01")
    >>> [(i.place_name, i.event_date.isoformat()) for i in incidents]  # doctest: +SKIP
    [('Jurf al-Sakhr', '2024-01-31'), ('Al Qā’im', '2024-01-31')]
    """
    # Captions, bylines, slugs and prompts are blanked in place: offsets stay the user's.
    text = blank_debris(read_text(text))
    pub = _published(published, source)
    src = _source(source, pub)
    if not text.strip():
        return []
    gz = gazetteer if gazetteer is not None else Gazetteer.shared()
    lexicon = actors if actors is not None else ActorLexicon.default()
    sentences = split_sentences(text)
    toponyms = _cohere(
        drop_far_namesakes(
            [t for t in geoparse(text, gazetteer=gz, country_bias=country_bias) if t.resolved],
            text,
        )
    )
    toponyms = drop_group_names(toponyms, text)  # "the Liberation Front of India" acts
    toponyms = drop_town_areas(toponyms, text)  # "in the town in the X department"
    # A commemorated event's place is history: no later sentence refers back to it.
    remembered = [(s.start + a, s.start + b) for s in sentences for a, b in commemorated(s.text)]
    toponyms = [t for t in toponyms if not any(a <= t.start < b for a, b in remembered)]
    spans = {(t.start, t.end) for t in toponyms}
    # A dateline's date is when the report was filed, never the event's own date.
    dates = without_datelines(text, sorted(find_dates(text, published=pub), key=lambda d: d.start))
    # A period's first day ("killed since 3 June") dates no other sentence's event.
    context = _context_date(
        text,
        sentences,
        _unframed_dates(sentences, [d for d in dates if not _opens_period(text, d)], pub),
    )
    by_sentence = _bucket(sentences, toponyms)
    focus: list[str | None] = []  # computed once, when an event first needs it
    stand_ins: set[str] = set()  # ids of incidents placed by standins.placeholder
    out: list[Incident] = []
    previous_cues: tuple[EventMention, ...] = ()
    told_cues: tuple[EventMention, ...] = ()
    for n, (sentence, sentence_places, sentence_dates) in enumerate(
        zip(sentences, by_sentence, _bucket(sentences, dates), strict=True)
    ):
        # An aside recalling an earlier event ("X, which overran Y last month, ...") and
        # an old attack named with its year are no events of the report.
        anniversary = commemorated(sentence.text)
        asides = recalled_asides(sentence.text) + recalled_causes(sentence.text) + anniversary
        asides += _undated_frames(sentence, sentence_dates, pub)
        if asides:
            sentence_places = _outside(sentence_places, sentence, asides)
            sentence_dates = _outside(sentence_dates, sentence, asides)
        events = [
            unhurt_later(
                resisted_later(withdrawn_later(e, text, sentence.end), text, sentence.end),
                text,
                sentence.end,
            )
            for e in find_events(blank(sentence.text, asides), offset=sentence.start)
            if not old_event(text, sentence.start, e, pub.year if pub else None)
            and not commemorated_event(text, e, sentence.text, sentence.start, anniversary)
        ]
        if n == 0 and len(sentences) > 1:
            events = _headline_as_lead(text, events, sentences[1])
        # "... killing 11 soldiers. Several fuel trucks were torched.": the same attack
        events = [e for e in events if not damage_within_attack(text, e, previous_cues)]
        # "Air defences shot down 46 drones over Bryansk and Kursk": no ground event
        events = [e for e in events if not interception(text, sentence.start, sentence.end, e)]
        events = [e for e in events if not fled_from(text, e)]  # "10,000 flee fighting in X"
        # "... hurled stones at police. 37 people were detained": the riot's arrests
        events = [
            e
            for e in events
            if not demonstration_arrests(text, e, _before(e, told_cues, events), 0)
        ]
        # "... attacked students. Police said one suspect had been detained": the attack's
        events = [e for e in events if not suspects_held(text, e, told_cues, 0)]
        # "... marched in X. 17 were detained for taking part in the march": its intervention
        if any(i.event_type in (EventType.PROTESTS, EventType.RIOTS) for i in out):
            events = [e for e in events if not held_for_taking_part(text, e)]
        # "The arrests were made on 12 and 13 October": the day of the event just coded
        if _redated(out, events, sentence, sentence_places, sentence_dates):
            continue
        previous_cues = tuple(events)
        told_cues = previous_cues or told_cues  # the last sentence that told an event
        cues = tuple(events)
        # A claim refers back to what is coded, unless it tells of an event at a new
        # place ("Separately, IS claimed an attack on a checkpoint in Raqqa").
        mentions = lexicon.find(sentence.text, offset=sentence.start) if events else []
        known = {inc.place_id for inc in out[-RECENT:]}
        new_event = any(
            t.candidate is not None
            and t.candidate.place.id not in known
            and t.precision <= 2
            and not any(m.start < t.end and t.start < m.end for m in mentions)
            and not speaks_for_state(text, t.end)
            for t in (sentence_places if events else ())
        )
        # A place the gazetteer lacks is a new place too ("a drone struck a depot in X,
        # in White Nile state; the governor blamed the RSF" after a White Nile headline).
        # (A claim needs an incident before it: with none, nothing to look for.)
        new_event = new_event or (
            bool(out)
            and any(
                unresolved_name(text, e, sentence.end, [*mentions, *sentence_places]) is not None
                for e in events
            )
        )
        if not new_event and apply_claim(text, sentence, lexicon, out, recent=RECENT):
            continue
        if not events:
            _follow_up(out, sentence)
            continue
        places = [
            t
            for t in sentence_places
            if not any(m.start < t.end and t.start < m.end for m in mentions)
        ]
        events = _keep_events(text, events, places)
        links = link_places(text, sentence.start, events, places)
        guessed = False
        taken = [*mentions, *places]
        if events and not any(links) and sentence is sentences[0]:
            main = _main_event(events)
            guess = _fallback(text, sentence, places, events[main])
            if not _names_finer(text, events[main], sentence, guess, taken):
                links[main], guessed = guess, True
        coded = [
            _Coded(
                e,
                _finest_named([_named_in(text, e, p, places, taken, sentence.end) for p in ps]),
                sentence,
                guessed,
                cues=cues,
            )
            for e, ps in zip(events, links, strict=True)
        ]
        coded = _shared_places(coded, links)
        casualties = find_casualties(sentence.text, offset=sentence.start)
        if casualties and all(c.cumulative for c in casualties):
            # A running total ("the war has killed 15,000 since April", "the rebels have
            # killed thousands in North Kivu over the past decade") summarises a
            # conflict: no country-wide incident is coded from it.
            # A region goes too when the total spans months or years.
            coarse = Precision.REGION if over_a_period(sentence.text) else Precision.COUNTRY
            coded = [
                replace(k, places=[p for p in k.places if p.precision < coarse]) for k in coded
            ]
        tolls = _tolls(coded, [c for c in casualties if not c.cumulative])
        # Located events first: a placeless one of the same type in the sentence
        # ("Warplanes intensify the strikes on Hama") is then the same event.
        referred_back = False  # an event of this sentence told an earlier incident
        for k, toll in sorted(zip(coded, tolls, strict=True), key=lambda kt: not kt[0].places):
            when = _date_for(text, k.event, sentence_dates, context, pub, [c.event for c in coded])
            if when is None:
                continue
            antecedent = (
                not k.places and cause_clause(text, k.event.start) and any(o.places for o in coded)
            )
            if not k.places and not antecedent:
                town = town_referred_to(text, k.event, sentence.end, toponyms)
                if town is None and not any(o.places for o in coded):
                    # "foiled an infiltration bid in X, killing two militants"
                    town = main_clause_place(text, k.event, sentence, places, taken)
                    opening = opening_region(text, sentence.start, places)
                    if town is None and opening is not None:  # "In Oromia, ... near Gimbi"
                        town = town_in_region(text, k.event, opening, places, sentence.end)
                    town = town or victims_home(text, k.event, sentence, places)
                town = town or _scene(out, k.event, toponyms, stand_ins, sentence)
                k = replace(k, places=[town]) if town is not None else k
            if k.places and _anaphoric(text, k.event, out, bool(sentence_dates), stand_ins):
                at = {key for place in k.places for key in _toponym_keys(place)}
                _backfill(out, k.event, toll, any_type=False, at=at)
                continue
            if not k.places:
                if antecedent or _told_with_located(coded, k, casualties):
                    continue  # "fighting broke out in X after a commander was detained"
                name = unresolved_name(text, k.event, sentence.end, taken)
                later = k.event.weak and name is None and bool(toll)
                who = _perpetrator(text, k, mentions, lexicon, gz, out)
                own_day = _event_day(text, sentence_dates)
                # An event naming a place of its own ("attacked a camp in Mondoro") is no
                # earlier incident told again.
                if name is None and _turned_violent(out, k.event, sentence, own_day):
                    continue  # "Thousands marched in X. Some threw stones at police."
                if name is None and _backfill(
                    out,
                    k.event,
                    toll,
                    any_type=later,
                    who=who,
                    day=own_day,
                    at={key for place in places for key in _toponym_keys(place)},
                ):
                    referred_back = True
                    continue
                if casualties and all(c.cumulative for c in casualties):
                    continue
                # "A bomber rammed the gate and gunmen then tried to storm it" after the
                # headline's attack; a lead that tells the headline's event in full
                if (
                    name is None
                    and (referred_back or _tells_headline(text, n, k.event, out))
                    and _backfill(out, k.event, toll, any_type=True, who=who, day=own_day)
                ):
                    referred_back = True
                    continue
                if name is None and _crowd_clash_told(text, n, k.event, out):
                    continue
                if not _placeless_incident(k.event, name, n, out):
                    continue
                if not focus:
                    bias = gz.country_code(country_bias) if country_bias else None
                    focus.append(focus_country(text, sentences, toponyms, bias, lexicon.find(text)))
                holder = (
                    holder_of(text, name, places)
                    or sole_region(text, sentence.start, places, focus[0])
                    or headline_holder(text, k.event, toponyms, out, focus[0])
                    if name is not None
                    else None
                )
                route = route_from(gz, text, name, focus[0]) if name is not None else None
                stand_in = (
                    named_inside(road_start(text, name), holder)
                    if name is not None and holder is not None
                    else route
                    # "Elsewhere in Kaduna, police said they had arrested 12 suspects"
                    or (opening_place(text, sentence.start, places) if name is None else None)
                    or placeholder(gz, focus[0], name, k.event.start)
                )
                k = replace(k, places=[stand_in], guessed=True, placeholder=True)
            # "attacked Komanda, in Ituri province" after a headline in Ituri: a place of
            # its own at its holder's point, not the holder told again.
            if k.event.weak and not _names_own(k.places, spans) and _restated(out, k.places, toll):
                continue
            strike = _strike_before(out, k.event, coded, sentences[n - 1] if n else None)
            if strike is not None and when[0] not in (None, strike.event_date):
                strike = None  # "A day later, gunmen killed 14 near Beni": an event of its own
            strike = strike or _kind_repeated(text, k.event, out)
            if strike is not None:
                k = replace(
                    k,
                    event=replace(
                        k.event, event_type=strike.event_type, sub_event_type=strike.sub_event_type
                    ),
                )
            new = _incidents(text, gz, src, k, toll, when, mentions, lexicon)
            if strike is not None:
                new = [_named_perpetrator(i, strike) for i in new]
            if k.placeholder:
                stand_ins.update(i.id for i in new)
            out.extend(new)
        if not any(k.places for k in coded):
            _follow_up(out, sentence)
    headline_end = text.find("\n", len(text) - len(text.lstrip()))
    out = locate_in_region(drop_holders(out, _told_once), headline_end)
    out = drop_list_summaries(out, list_leads(text, sentences))  # "Attacks on Sunday:" + bullets
    out = _crowd_clash_headline(out, headline_end)
    kept = _drop_coarse(_drop_restated_headline(text, out), headline_end)
    kept = drop_raid_damage(
        fold_headline_areas(merge_restated_areas(kept, headline_end, gz), headline_end, gz)
    )
    coded = _located_if_any(
        crowds_follow_type(merge_incidents(generic_rebels(text, _one_demonstration(kept), lexicon)))
    )
    return rescore(text, coded, scorer or default_scorer(), min_confidence)


def _located_if_any(incidents: list[Incident]) -> list[Incident]:
    """*incidents* without the unlocated ones when any other is located.

    A report that places its events and tells one more with no place nor country
    ("... entered X. Overnight, shops were looted") tells it of a place already coded
    or as background; an empty location can be neither mapped nor matched. A report
    with no place at all ("85 people were killed yesterday") keeps its incident.
    """
    if all(i.location for i in incidents) or not any(i.location for i in incidents):
        return incidents
    return [i for i in incidents if i.location]


def _one_demonstration(incidents: list[Incident]) -> list[Incident]:
    """*incidents* without a protest that a riot at the same place on the same day
    reports again ("Thousands marched in Nairobi ... In Nairobi, protesters threw
    stones"): ACLED codes a demonstration that turned violent once, as a riot."""
    riots = {
        (i.place_id, i.event_date)
        for i in incidents
        if i.event_type is EventType.RIOTS and i.place_id is not None
    }
    return [
        i
        for i in incidents
        if i.event_type is not EventType.PROTESTS or (i.place_id, i.event_date) not in riots
    ]


_VIOLENT_TYPES = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS}
)


def _headline_as_lead(text: str, events: list[EventMention], lead: Span) -> list[EventMention]:
    """A headline that only says people were attacked or killed, typed as its lead.

    "Al-Shabaab attack on Mogadishu beach kills 32" names the event vaguely; the lead
    ("a suicide bomber blew himself up ...") says what it was. A headline with a
    specific cue of its own keeps it, and so does a clause whose victims are armed
    ("three shepherds shot dead in X, two soldiers killed near Y").
    """
    if not events or any(not e.weak for e in events):
        return events
    found = find_events(lead.text)
    first = next((e for e in found if not e.weak), None) or next(
        (e for e in found if _on_civilians(e)), None
    )
    if first is None or first.event_type not in _VIOLENT_TYPES:
        return events
    return [
        e
        if armed_victims(text, e.start, e.end)
        else replace(e, event_type=first.event_type, sub_event_type=first.sub_event_type)
        for e in events
    ]


def _on_civilians(event: EventMention) -> bool:
    """True when a weak cue ("killed", "attack") was typed by its victims as an attack
    on civilians ("22 civilians were killed in an attack"): the lead then says what the
    headline's bare "kill 22" was."""
    return event.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS


_ELSEWHERE = re.compile(
    r"\b(?:separately|elsewhere|meanwhile|in\s+another|in\s+a\s+separate|"
    r"by\s+(?:\w+\s+){0,2}(?:gunmen|militants|fighters|rebels|soldiers|troops|police|"
    r"bandits|attackers|assailants|militiamen|security\s+forces))\b",
    re.I,
)


def _strike_before(
    out: Sequence[Incident], event: EventMention, coded: Sequence[_Coded], previous: Span | None
) -> Incident | None:
    """The strike a bare casualty sentence reports the toll of, or None.

    "Russian missiles struck Odesa and Izmail. A woman was killed in Izmail." The second
    sentence names no attack of its own, only deaths: they are the strike's. ACLED codes
    a shelling, missile or air strike as remote violence whoever its victims are, so the
    deaths are not an attack on civilians of their own.
    """
    if not out or previous is None or not event.weak or event.cue != "killed":
        return None
    if any(not k.event.weak or k.event.cue != "killed" for k in coded):
        return None
    if coded and _ELSEWHERE.search(coded[0].sentence.text):
        return None  # "Separately, two farmers were killed by gunmen in ..."
    last = out[-1]
    if last.event_type is not EventType.EXPLOSIONS or last.evidence.start != previous.start:
        return None
    return last


_REPEATED = re.compile(r"\b(?:a\s+second|a\s+third|another|a\s+further)\s+$", re.I)


def _kind_repeated(text: str, event: EventMention, out: Sequence[Incident]) -> Incident | None:
    """The air or drone strike a "second raid" or "another strike" repeats, or None.

    "Aircraft struck fighters near X on Thursday. A second raid the following day hit a
    base in Y": the ordinal names one more of the same kind of event, so a bare "raid"
    takes the remote-violence type of the strike it follows, whatever its own date.
    """
    if not out or event.cue.lower() not in {"raid", "strike", "air raid", "airstrike"}:
        return None
    last = out[-1]
    if last.event_type is not EventType.EXPLOSIONS or not _REPEATED.search(
        text, max(0, event.start - 16), event.start
    ):
        return None
    return last


def _drop_restated_headline(text: str, incidents: list[Incident]) -> list[Incident]:
    """Drop a headline's incident that the body reports at the same place and date.

    The headline restates the lead in fewer words, so its type can be vaguer ("Gunmen
    kill 5 in Kidal" reads as a clash; the body's "killed five civilians in Kidal" is an
    attack on civilians): the body's incident is kept, with the headline's casualties
    where it has none. A headline placed only in a region or country ("bar attack in
    central Mexico") is restated by a body incident of that day at a place inside it.
    """
    first = text.lstrip()
    start = len(text) - len(first)
    line_end = text.find("\n", start)
    if line_end < 0:
        return incidents
    kept = list(incidents)
    for head in incidents:
        if head.evidence.end > line_end or head.latitude is None:
            continue
        body = [
            o
            for o in kept
            if o.evidence.start > line_end
            and (
                (o.place_id is not None and o.place_id == head.place_id)
                or o.location.casefold() == head.location.casefold()
                or (
                    (head.geo_precision or 0) >= 3
                    and head.evidence_for("location") is not None  # named, not a stand-in
                    and not _named(head)
                    and _within(head, o)
                )
                or _holder_named(head, o)
            )
            and o.event_date == head.event_date
        ]
        # The body names the headline's place as the area holding its own, or the same
        # place a day apart (a headline seldom dates its event).
        body = body or [
            o
            for o in kept
            if o.evidence.start > line_end
            and (
                restated_as_holder(head, o)
                or same_place_within_a_day(head, o)
                or same_place_undated(head, o)
            )
        ]
        if not body:
            continue
        kept.remove(head)
        for field in ("fatalities", "injuries"):
            # the headline's toll is the event's whole toll: when the body already gives
            # it to one of its places, another place must not count it again
            told = any(getattr(b, field) is not None for b in body)
            if not told and getattr(head, field) is not None:
                kept[kept.index(body[0])] = body[0] = replace(
                    body[0], **{field: getattr(head, field)}
                )
        kept[kept.index(body[0])] = _named_perpetrator(body[0], head)
    return kept


def _holder_named(head: Incident, body: Incident) -> bool:
    """True when *body* reports *head*'s event at a finer place its sentence puts inside
    the headline's ungazetteered place ("air strike on X island" / "bombed the village of
    Y on X island"): one event, told twice."""
    if not _named(head) or body.event_type is not head.event_type or not head.location:
        return False
    if (body.geo_precision or 4) >= (head.geo_precision or 4):
        return False
    name = re.compile(rf"\b{re.escape(head.location)}\b", re.IGNORECASE)
    return name.search(body.evidence.text) is not None


def _crowd(event_type: EventType, country: str | None) -> str | None:
    """ACLED's name for the crowd of a protest or riot ("Rioters (Pakistan)"), else None."""
    who = {EventType.RIOTS: "Rioters", EventType.PROTESTS: "Protesters"}.get(event_type)
    if who is None:
        return None
    return f"{who} ({country})" if country else who


def _told_once(kept: Incident, dropped: Incident) -> Incident:
    """*kept* with the tolls and perpetrator that only *dropped*, the same event told at
    the area holding its place, gives."""
    return _named_perpetrator(with_tolls(kept, dropped), dropped)


def _named_perpetrator(kept: Incident, dropped: Incident) -> Incident:
    """*kept* with the perpetrator of *dropped*, a report of the same event, when only
    *dropped* names one ("Massacre near X" / "JNIM militants opened fire ... in X's
    region": one event, one perpetrator; a strike and the deaths told of it next)."""
    if not unnamed(kept.actor1, by=dropped.actor1) or dropped.actor1 in (None, UNIDENTIFIED):
        return kept
    if kept.event_type is not dropped.event_type or dropped.actor1 == kept.actor2:
        return kept  # the side attacked is never its own attacker ("nine soldiers killed")
    if (dropped.actor1 or "").startswith("Unidentified ") and kept.evidence_for("actor1"):
        return kept  # "armed bandits stormed ..." is not renamed by "gangs who kidnap"
    span = dropped.evidence_for("actor1")
    evidence = tuple((k, v) for k, v in kept.field_evidence if k != "actor1")
    extra = (("actor1", span),) if span is not None else ()
    return replace(kept, actor1=dropped.actor1, field_evidence=evidence + extra)


def _inside(coarse: Incident, fine: Incident, headline: bool = False) -> bool:
    """True when *fine* is a finer place of the same event inside *coarse*'s area.

    A *headline* names an attack more vaguely than the body, so a clash in it may be an
    attack on civilians in the body ("Gunmen attack bus in Balochistan" / "shot nine
    passengers near Musakhel"); shelling stays shelling.
    """
    vague = {EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS}
    loose = headline and coarse.event_type in vague and fine.event_type in vague
    return (fine.event_type == coarse.event_type or loose) and _within(coarse, fine, headline)


def _within(coarse: Incident, fine: Incident, headline: bool = False) -> bool:
    """True when *fine* is a finer place inside *coarse*'s area, on the same day.

    A *headline* seldom dates its event and takes the body's first date, so its day
    does not have to agree ("mob kills thief in Niger State" over a Monday lynching in
    Kontagora, told after a Sunday raid).
    """
    if (
        fine.geo_precision is None
        or coarse.geo_precision is None
        or fine.geo_precision >= coarse.geo_precision
        or fine.country_code != coarse.country_code
        or (
            not headline
            and coarse.event_date
            and fine.event_date
            and coarse.event_date != fine.event_date
        )
    ):
        return False
    if coarse.geo_precision >= 4 or coarse.admin1 in (None, fine.admin1):
        return True
    # The gazetteer's first-level regions (ISO 3166-2) and towns (GeoNames) number
    # regions differently in some countries: a town near the region's point counts too.
    return (
        (coarse.place_id or "").startswith("iso3166-2:")
        and None not in (coarse.latitude, coarse.longitude, fine.latitude, fine.longitude)
        and distance_km(coarse.latitude, coarse.longitude, fine.latitude, fine.longitude)
        <= CLOSE_KM
    )


def _named(incident: Incident) -> bool:
    """True for a place the gazetteer lacks, coded by its name at its area's point
    ("Mondoro" at Mali's): a place of its own, not a coarse report of a finer one."""
    words = set(fold(incident.place_name or "").split()) | set(fold(incident.country or "").split())
    return not words & set(fold(incident.location).split())


def _same_report(a: Incident, b: Incident, headline_end: int) -> bool:
    """True when *a* and *b* come from one sentence, or one from the headline."""
    return a.evidence == b.evidence or min(a.evidence.start, b.evidence.start) < headline_end


def _drop_coarse(incidents: list[Incident], headline_end: int) -> list[Incident]:
    """Drop region- and country-level incidents the document also reports more finely.

    A headline's "strikes in western Iraq" and the body's "strikes in Al-Qaim" are one
    report; the finer places are kept, and the casualties of the coarse one are shared
    among those that have none (as one toll for several places is), or given back to
    those that share one toll with it; they pass on only within one sentence, or from
    a headline to its body and back. An unlocated incident goes the same way when the
    document places one of the same type. A place coded by its own name at its area's
    point (:func:`_named`) stays.
    """
    kept = list(incidents)
    for inc in incidents:
        if inc.latitude is None:
            finer = [o for o in kept if o.latitude is not None and o.event_type == inc.event_type]
        elif inc.geo_precision is not None and inc.geo_precision >= 3 and not _named(inc):
            headline = inc.evidence.start < headline_end
            finer = [o for o in kept if o is not inc and _inside(inc, o, headline)]
        else:
            continue
        if not finer:
            continue
        kept.remove(inc)
        # Only a report of the same event passes its toll and perpetrator on: one in
        # the same sentence, or a headline and its body. A later sentence's event at a
        # finer place ("In Beledweyne, a grenade ...") is another event.
        finer = [o for o in finer if _same_report(inc, o, headline_end)]
        for target in list(finer):
            named = _named_perpetrator(target, inc)
            kept[kept.index(target)] = finer[finer.index(target)] = named
        for field in ("fatalities", "injuries"):
            value = getattr(inc, field)
            evidence = inc.evidence_for(field)
            # The finer places that got a share of the same toll take the coarse
            # place's share back ("29 killed near Laiza in Kachin State": all 29 at Laiza).
            split = [o for o in finer if evidence is not None and o.evidence_for(field) == evidence]
            targets = split or [o for o in finer if getattr(o, field) is None]
            extra = ((field, evidence),) if evidence is not None and not split else ()
            for i, target in enumerate(targets if value is not None else ()):
                share = _share(value, len(targets), i)
                if split:
                    share = _add(getattr(target, field), share)
                moved = replace(
                    target, field_evidence=target.field_evidence + extra, **{field: share}
                )
                kept[kept.index(target)] = moved
                finer[finer.index(target)] = moved
    return kept


def _anaphoric(
    text: str, event: EventMention, out: Sequence[Incident], dated: bool, stand_ins: set[str]
) -> bool:
    """True for "the strikes" referring back to an incident already coded.

    A definite event noun with no date of its own, after an incident of the same type,
    reports on that incident ("the strikes shook windows across western Iraq"), not a
    new one. Incidents without a place of their own (*stand_ins*) do not count: the
    event that names a place is where they happened.
    """
    if not re.search(
        r"\b(?:the|these|those|this|that)\s+$", text[max(0, event.start - 8) : event.start], re.I
    ):
        return False
    if dated:
        return False
    return any(
        inc.event_type == event.event_type and inc.id not in stand_ins for inc in out[-RECENT:]
    )


def _before(
    mention: EventMention, told: Sequence[EventMention], events: Sequence[EventMention]
) -> tuple[EventMention, ...]:
    """The cues told before *mention*: the last event sentence's, then its own sentence's."""
    return (*told, *(e for e in events if e.end <= mention.start))


def _redated(
    out: list[Incident],
    events: Sequence[EventMention],
    sentence: Span,
    places: Sequence[Toponym],
    dates: Sequence[DateMention],
) -> bool:
    """True when *sentence* only dates the incident just coded (:mod:`redated`), which then
    takes the sentence's first day when it is earlier or finer than the one it had ("this
    month" in the lead, "on Sunday" here: day beats month precision)."""
    if not out or not events or places or not dates_told_event(sentence.text):
        return False
    last = out[-1]
    if events[0].event_type is not last.event_type and not events[0].weak:
        return False  # "The attack took place on ..." after a massacre: a generic noun
    day = next((d for d in dates if d.value is not None), None)
    if day is not None and (last.event_date is None or refines(last, day)):
        evidence = (*last.field_evidence, ("event_date", sentence))
        out[-1] = replace(
            last, event_date=day.value, date_precision=day.precision, field_evidence=evidence
        )
    return True


def _follow_up(out: list[Incident], sentence: Span) -> None:
    """A sentence with no event place of its own may say how the protest just reported
    ended ("police later dispersed the crowd"): refine its sub-event type."""
    sub = intervention(sentence.text)
    if sub is None or summary(sentence.text):
        return  # "killed by security forces in the protests nationwide": no one protest
    last = out[-1] if out else None
    if last is not None and last.sub_event_type == "Peaceful protest":
        evidence = (*last.field_evidence, ("sub_event_type", sentence))
        out[-1] = replace(last, sub_event_type=sub, field_evidence=evidence)


_AFTERMATH = frozenset({"Arrests", "Looting/property destruction"})


def _scene(
    out: Sequence[Incident],
    event: EventMention,
    toponyms: Sequence[Toponym],
    stand_ins: set[str],
    sentence: Span,
) -> Toponym | None:
    """Where arrests or looting told next, with no place of their own, happened: the
    place of the incident just coded ("RSF fighters seized Wad Madani ... Shops in the
    central market were ransacked", "Clashes in Kirkuk ... police arrested 14 people").
    A report's aftermath is where its event was; None when the incident before has no
    named town or the sentence moves on in time ("a week later")."""
    if event.weak or event.event_type is not EventType.STRATEGIC_DEVELOPMENTS or not out:
        return None
    last = out[-1]
    if event.sub_event_type not in _AFTERMATH or last.id in stand_ins or sequence(sentence.text):
        return None
    if moves_elsewhere(sentence.text):
        return None  # "In the capital, residents said armed men looted houses"
    if last.event_type is EventType.RIOTS and event.sub_event_type != "Arrests":
        return None  # "cars were set ablaze" after a riot: the riot's own destruction
    if last.place_id is None or last.geo_precision is None or last.geo_precision > 2:
        return None
    found = next(
        (
            t
            for t in toponyms
            if t.candidate is not None
            and t.candidate.place.id == last.place_id
            and t.start < sentence.start
        ),
        None,
    )
    return _as_coded(last, found)


def _as_coded(last: Incident, found: Toponym | None) -> Toponym | None:
    """*found*, or the village *last* was coded at by *found*'s point when the gazetteer
    lacks it ("entered the centre of X in Ituri ... shops were looted": X, not Ituri)."""
    named = last.evidence_for("location")
    if found is None or named is None or named.text == found.text:
        return found
    return Toponym(
        named.start,
        named.end,
        named.text,
        named.text,
        found.candidate,
        (),
        Precision(last.geo_precision),
        last.latitude,
        last.longitude,
    )


def _turned_violent(
    out: list[Incident], event: EventMention, sentence: Span, day: date | None
) -> bool:
    """Recode the protest just reported as a riot when the next sentence, naming no
    place nor another day, tells of its demonstrators' violence ("Some protesters threw
    stones at police and set fire to a bus"): ACLED codes the demonstration once, as a
    riot. True when the protest was recoded."""
    if event.event_type is not EventType.RIOTS or not out:
        return False
    last = out[-1]
    if last.event_type is not EventType.PROTESTS or last.evidence.end > sentence.start:
        return False
    if sequence(sentence.text) or (
        day is not None and last.event_date is not None and abs(last.event_date - day).days > 1
    ):
        return False  # "A week later, protesters torched ...": another event
    span = Span(event.start, event.end, event.text)
    for j, inc in enumerate(out):
        if inc.evidence != last.evidence:
            continue
        out[j] = replace(
            inc,
            event_type=EventType.RIOTS,
            sub_event_type=event.sub_event_type,
            field_evidence=(*inc.field_evidence, ("event_type", span)),
        )
    return True


def _backfill(
    out: list[Incident],
    event: EventMention,
    toll: dict,
    *,
    any_type: bool,
    who: tuple[str, Span] | None = None,
    day: date | None = None,
    at: set[str] | None = None,
) -> bool:
    """Give an earlier incident the toll a placeless event reports.

    The incident is the last one of the same type; with *any_type* (a bare "were killed"
    after the event: "Fighting broke out in Sirte. At least 55 people were killed.") the
    last one of any type. A toll for the event reported in several places at once goes
    to all of them, shared as in the sentence that named them. A toll that only fills a
    gap never replaces one already given, except an update ("the toll rose to 30")
    that is higher. The perpetrator the event names (*who*: name and evidence) replaces
    an unidentified one ("Massacre in X" / "JNIM militants opened fire there"). An
    event dated a different *day* in its own sentence ("Last week, 12 were killed in
    clashes there") is another event. A toll that names some of the places *at* (ids or
    casefolded names: "16 were killed in the strikes on Hodeidah") goes to those alone.
    Returns True when there is such an incident (the event refers back to it).
    """
    for i in range(len(out) - 1, max(-1, len(out) - 1 - RECENT), -1):
        inc = out[i]
        if inc.event_type != event.event_type and not any_type:
            continue
        if any_type and not _can_cost_lives(inc):
            continue  # "... after a commander was detained. 55 were killed": the clash
        if day is not None and inc.event_date is not None and abs(inc.event_date - day).days > 1:
            return False
        group = [
            j
            for j in range(len(out))
            if out[j].evidence == inc.evidence and out[j].event_type == inc.event_type
        ]
        named = [j for j in group if at and {out[j].place_id, out[j].location.casefold()} & at]
        group = named or group
        for kind, field in (("killed", "fatalities"), ("injured", "injuries")):
            if kind not in toll:
                continue
            count, span = toll[kind]
            lacking = [j for j in group if _takes(getattr(out[j], field), count, span)]
            # two cues of one sentence at one place ("pounded X ... the attack on the
            # city") are one event: a toll is shared among places, not among cues
            places = list(dict.fromkeys(_place_key(out[j]) for j in lacking))
            for j in lacking:
                evidence = (*out[j].field_evidence, (field, span))
                share = _share(count, len(places), places.index(_place_key(out[j])))
                before = getattr(out[j], field)
                if before is not None and _ALSO.search(span.text) and share is not None:
                    share = _add(before, share)  # "three attackers were also killed"
                out[j] = replace(out[j], field_evidence=evidence, **{field: share})
        if who is not None and inc.event_type is event.event_type:
            named = replace(inc, actor1=who[0], field_evidence=(("actor1", who[1]),))
            for j in group:
                out[j] = _named_perpetrator(out[j], named)
        return True
    return False


_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|reported|announced|added|confirmed|stated)\s+$",
    re.I,
)


def _event_day(text: str, dates: Sequence[DateMention]) -> date | None:
    """The day a sentence dates its own event: not the day someone said it ("55 were
    killed, officials said on Wednesday"), nor a historical date."""
    own = [
        d
        for d in dates
        if not d.historical
        and d.value is not None
        and not _SAID_ON.search(text, max(0, d.start - 40), d.start)
    ]
    return own[0].value if own else None


def _can_cost_lives(incident: Incident) -> bool:
    """False for arrests, agreements and other strategic developments: no fighting."""
    return incident.event_type is not EventType.STRATEGIC_DEVELOPMENTS


_UPDATE = re.compile(
    r"\b(?:rose|rises|risen|rising|climbed|climbs|increased|increases|jumped|jumps|bringing|"
    r"brought|reached|reaches)\b",
    re.I,
)


def _perpetrator(
    text: str,
    k: _Coded,
    mentions: Sequence[ActorMention],
    lexicon: ActorLexicon,
    gz: Gazetteer,
    out: Sequence[Incident],
) -> tuple[str, Span] | None:
    """The named perpetrator of a violent event without a place, as (name, evidence),
    named for the country of the last incident; None when it names none."""
    if k.event.event_type not in VIOLENT or not any(
        unnamed(o.actor1) and o.actor1 and o.event_type is k.event.event_type for o in out[-RECENT:]
    ):
        return None  # only an unidentified perpetrator of the same type is ever replaced
    perpetrator, _ = roles(text, k.event, k.sentence, mentions, lexicon, gz, k.cues)
    if perpetrator is None or perpetrator.actor.kind in {"unidentified", "civilians"}:
        return None
    name = actor_name(text, perpetrator, out[-1].country, lexicon, out[-1].country_code)
    return name, Span(perpetrator.start, perpetrator.end, perpetrator.text)


def _place_key(incident: Incident) -> str:
    """One key per place an incident is at: its gazetteer id, else its wording."""
    return incident.place_id or incident.location.casefold()


def _toponym_keys(place: Toponym) -> set[str]:
    """A toponym's gazetteer id and wording: an incident at it has one of them (a name
    may resolve to the town once and to its province the next time)."""
    keys = {place.text.casefold()}
    return keys | {place.candidate.place.id} if place.candidate is not None else keys


def _takes(old: Count | None, new: Count, span: Span) -> bool:
    """True when a later toll fills or updates (upwards) an incident's figure, or adds
    other dead to it ("three of the attackers were also killed": ACLED counts every
    death of the event, perpetrators' too)."""
    if old is None or _ALSO.search(span.text) is not None:
        return True
    return _UPDATE.search(span.text) is not None and new.low > old.low


_ALSO = re.compile(r"\b(?:also|too|as\s+well)\b", re.I)


def _tells_headline(text: str, n: int, event: EventMention, out: Sequence[Incident]) -> bool:
    """True when *event*, in the lead (sentence 1) and linked to no place, tells the
    violent event the headline coded: "One killed as rival groups clash in X" / "A young
    man was hacked to death when supporters of two factions fought", where the lead's
    own wording types the event differently from the headline's."""
    line_end = text.find("\n", len(text) - len(text.lstrip()))  # no line, no headline
    return (
        n == 1
        and line_end > 0
        and event.event_type in VIOLENT
        and bool(out)
        and all(o.evidence.end <= line_end and o.event_type in VIOLENT for o in out)
    )


def _crowd_clash_told(text: str, n: int, event: EventMention, out: list[Incident]) -> bool:
    """Retype the headline's clash when the lead tells it as a clash of crowds.

    "One killed in BNP-Jamaat clash in X" reads as a battle; the lead's "supporters of
    the two parties clashed with sticks" says no armed group fought: ACLED codes it as
    *Riots*. Only a headline clash whose attacker stayed unidentified is retyped (a named
    armed group keeps its battle). Returns True when the lead's event was the headline's.
    """
    line_end = text.find("\n", len(text) - len(text.lstrip()))
    if n != 1 or line_end < 0 or event.event_type is not EventType.RIOTS or event.cue != "clash":
        return False
    heads = [i for i, o in enumerate(out) if _unnamed_clash(o, line_end)]
    for i in heads:
        out[i] = replace(
            out[i],
            event_type=event.event_type,
            sub_event_type=event.sub_event_type,
            actor1=_crowd(event.event_type, out[i].country),
        )
    return bool(heads)


def _unnamed_clash(incident: Incident, headline_end: int) -> bool:
    """True for a headline's clash ("party clash in X") that names no armed group."""
    return (
        incident.evidence.end <= headline_end
        and incident.event_type is EventType.BATTLES
        and incident.sub_event_type == "Armed clash"
        and incident.actor1 == UNIDENTIFIED
        and _CLASH_WORD.search(incident.evidence.text) is not None
    )


_CLASH_WORD = re.compile(r"\b(?:clash(?:ed|es)?|fought|fight(?:s|ing)?|brawl(?:ed|s)?)\b", re.I)


def _crowd_clash_headline(out: list[Incident], headline_end: int) -> list[Incident]:
    """*out* with the headline's clash typed as the lead's crowd clash.

    The lead's riot told as a clash ("supporters of the two parties clashed with sticks
    at X") is the headline's "party clash in Y", whose unidentified sides read as a
    battle: one event, so the headline takes the lead's type and crowd.
    """
    if headline_end < 0:
        return out
    body = [o for o in out if o.evidence.start > headline_end]
    lead = [o for o in body if o.evidence == body[0].evidence] if body else []
    riots = [
        o for o in lead if o.event_type is EventType.RIOTS and _CLASH_WORD.search(o.evidence.text)
    ]
    if not riots:
        return out
    return [
        replace(
            o,
            event_type=riots[0].event_type,
            sub_event_type=riots[0].sub_event_type,
            actor1=riots[0].actor1,
        )
        if _unnamed_clash(o, headline_end)
        else o
        for o in out
    ]


def _placeless_incident(
    event: EventMention, name: tuple[int, int, str] | None, n: int, out: Sequence[Incident]
) -> bool:
    """True when an event no place links to is still an incident of its own.

    It is when it names a place the gazetteer lacks, or when it is in the headline or
    lead (sentences 0 and 1), where a report states its news; there a bare "killed"
    counts only before any other incident (afterwards it tells of that one). Protests
    and riots need a place name: "the decision drew protests" is a reaction, not a
    report of one protest.
    """
    if name is not None:
        return True
    if event.event_type in {EventType.PROTESTS, EventType.RIOTS} or n > 1:
        return False
    return not (event.weak and out)


def _names_own(places: Sequence[Toponym], spans: set[tuple[int, int]]) -> bool:
    """True when one of *places* is a place the gazetteer lacks, named in the text and
    put at its holder's point "near or part of" it (not one of the geoparsed *spans*)."""
    return any(p.precision is Precision.NEAR and (p.start, p.end) not in spans for p in places)


def _restated(out: list[Incident], places: Sequence[Toponym], toll: dict) -> bool:
    """True when a sentence with only a weak cue tells of places already coded.

    "Two people were killed in Mykolaiv." after "missiles hit Odesa and Mykolaiv" adds the
    toll to the Mykolaiv incident (when it has none) instead of coding a second event.
    """
    ids = {p.candidate.place.id for p in places if p.candidate is not None}
    first = max(0, len(out) - RECENT)
    earlier = [i for i in range(first, len(out)) if out[i].place_id in ids]
    if not earlier or len({out[i].place_id for i in earlier}) < len(ids):
        return False
    for i in earlier:
        inc = out[i]
        changes: dict = {}
        evidence = list(inc.field_evidence)
        for kind, name in (("killed", "fatalities"), ("injured", "injuries")):
            if kind in toll and getattr(inc, name) is None:
                changes[name] = _share(toll[kind][0], len(earlier), earlier.index(i))
                evidence.append((name, toll[kind][1]))
        if changes:
            out[i] = replace(inc, field_evidence=tuple(evidence), **changes)
    return True


def _incidents(
    text: str,
    gz: Gazetteer,
    src: Source,
    k: _Coded,
    toll: dict[str, tuple[Count, Span]],
    when: tuple[date | None, DatePrecision | None, Span | None],
    mentions: Sequence[ActorMention],
    lexicon: ActorLexicon,
) -> list[Incident]:
    event, sentence = k.event, k.sentence
    event_span = Span(event.start, event.end, event.text)
    day, precision, date_span = when
    perpetrator, target = roles(text, event, sentence, mentions, lexicon, gz, k.cues)
    out = []
    n = len(k.places)
    for i, place in enumerate(k.places):
        if place.candidate is None and not k.placeholder:
            continue
        p = place.candidate.place if place.candidate is not None else None
        code = p.country_code if p is not None else None
        country = country_name(gz, code)
        evidence: list[tuple[str, Span]] = [("event_type", event_span)]
        if place.end > place.start:  # a stand-in from the country in focus has no span
            evidence.append(("location", Span(place.start, place.end, place.text)))
        if date_span is not None and day is not None:
            evidence.append(("event_date", date_span))
        actor1 = actor2 = None
        crowd_of = None  # "BNP supporters rioted": the crowd is named by its party
        if event.event_type in {EventType.PROTESTS, EventType.RIOTS}:
            crowd_of = crowd_party(text, perpetrator)
            perpetrator = None if crowd_of else perpetrator
        if event.event_type in {EventType.PROTESTS, EventType.RIOTS} and perpetrator is not None:
            if perpetrator.actor.kind not in {"protesters", "rioters"}:
                target, perpetrator = perpetrator, None
        if event.event_type in {EventType.PROTESTS, EventType.RIOTS} and target is not None:
            if target.actor.kind in {"civilians", "protesters", "rioters"}:
                target = None
        if (
            target is None
            and event.event_type in {EventType.PROTESTS, EventType.RIOTS}
            and event.sub_event_type != "Peaceful protest"
        ):  # "police fired tear gas at protesters": the force that met the crowd
            state = [m for m in mentions if _in(m, sentence) and m.actor.kind == "state"]
            target = state[0] if state else None
        if perpetrator is None and event.event_type in VIOLENT:
            perpetrator, target = operation_sides(text, sentence, event, lexicon, target)
        if perpetrator is None and event.event_type in VIOLENT:
            perpetrator = across_border(text, sentence, event, lexicon, code)
        if perpetrator is None and event.event_type in VIOLENT:
            perpetrator = air_power(text, event, lexicon, code, gz)
            if perpetrator is not None and target is not None and target.actor == perpetrator.actor:
                target = None  # the side that flew the strike is not its target
        if perpetrator is not None:
            actor1 = actor_name(text, perpetrator, country, lexicon, code)
            if perpetrator.actor.kind in {"protesters", "rioters"}:
                # Violent protesters riot; a calm crowd protests.
                actor1 = _crowd(event.event_type, country) or actor1
            evidence.append(("actor1", Span(perpetrator.start, perpetrator.end, perpetrator.text)))
        elif event.event_type in VIOLENT:
            actor1 = UNIDENTIFIED
            evidence.append(("actor1", event_span))
        elif (crowd := _crowd(event.event_type, crowd_of or country)) is not None:
            actor1 = crowd
            evidence.append(("actor1", event_span))
        if target is not None:
            actor2 = actor_name(text, target, country, lexicon, code)
            evidence.append(("actor2", Span(target.start, target.end, target.text)))
        elif event.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS:
            m = CIVILIAN_PEOPLE.search(sentence.text)
            if m:
                actor2 = f"Civilians ({country})" if country else "Civilians"
                s = sentence.start + m.start()
                evidence.append(("actor2", Span(s, s + len(m.group(0)), m.group(0))))
        sub = event.sub_event_type
        if sub == _OVERTAKES and perpetrator is not None and perpetrator.actor.kind == "state":
            sub = _REGAINS  # state forces taking a place regain it, however it is worded
        elif sub == _REGAINS and perpetrator is not None and perpetrator.actor.kind in _NON_STATE:
            sub = _OVERTAKES  # "the Arakan Army recaptured": a non-state group takes ground
        fatalities = injuries = None
        if "killed" in toll:
            fatalities = _share(toll["killed"][0], n, i)
            evidence.append(("fatalities", toll["killed"][1]))
        if "injured" in toll:
            injuries = _share(toll["injured"][0], n, i)
            evidence.append(("injuries", toll["injured"][1]))
        confidence = 0.55 + (0.15 if not event.weak else -0.15) - (0.2 if k.guessed else 0.0)
        confidence += 0.1 if place.precision <= 2 else (-0.1 if p is None else 0.0)
        confidence += 0.1 if perpetrator is not None else 0.0
        confidence += 0.05 if day is not None else 0.0
        out.append(
            Incident(
                id=_incident_id(src, sentence, event, place),
                event_date=day,
                date_precision=precision if day is not None else None,
                event_type=event.event_type,
                sub_event_type=sub,
                actor1=actor1,
                actor2=actor2,
                # "Thepha district" -> "Thepha"; a region's name is its own
                location=place.text
                if place.precision is Precision.REGION
                else bare_name(place.text),
                place_id=p.id if p is not None else None,
                place_name=p.name if p is not None else None,
                country=country,
                country_code=code,
                admin1=p.admin1_name if p is not None else None,
                latitude=place.latitude,
                longitude=place.longitude,
                geo_precision=place.precision if p is not None else None,
                fatalities=fatalities,
                injuries=injuries,
                sources=(src,),
                evidence=sentence,
                field_evidence=tuple(evidence),
                confidence=round(min(0.99, max(0.05, confidence)), 2),
            )
        )
    return out


def _in(mention: ActorMention, sentence: Span) -> bool:
    return sentence.start <= mention.start and mention.end <= sentence.end


_NON_STATE = frozenset({"rebel", "militia", "identity", "political"})
_OVERTAKES = "Non-state actor overtakes territory"
_REGAINS = "Government regains territory"


def _merge_key(incident: Incident) -> tuple:
    if incident.latitude is None:  # unlocated reports cannot be told to be the same event
        return (incident.id,)
    where = incident.place_id or incident.location.casefold()
    if incident.geo_precision is Precision.NEAR and _LISTED_NAME.fullmatch(incident.location):
        # "shelled Kfar Kila and neighbouring Odaisseh": a listed village mapped at its
        # neighbour's point is a place of its own.
        where = (where, incident.location.casefold())
    return (where, incident.event_date, incident.event_type)


_LISTED_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}")


def merge_incidents(incidents: Iterable[Incident]) -> list[Incident]:
    """Merge duplicate reports: same place, date and event type become one incident.

    The first report's values and evidence are kept; fields it lacks (actors,
    casualties, date precision) are filled from later reports, and every source is kept
    (each once, in order). Confidence is the highest of the duplicates.

    Parameters
    ----------
    incidents : iterable of Incident

    Returns
    -------
    list of Incident
        In order of first appearance.
    """
    merged: dict[tuple, Incident] = {}
    for inc in incidents:
        key = _merge_key(inc)
        first = merged.get(key)
        if first is None:
            merged[key] = inc
            continue
        sources = first.sources + tuple(
            s for s in inc.sources if all(s.id != t.id for t in first.sources)
        )
        changes: dict = {"sources": sources, "confidence": max(first.confidence, inc.confidence)}
        evidence = list(first.field_evidence)
        for name in ("actor1", "actor2", "fatalities", "injuries"):
            if getattr(first, name) is None and getattr(inc, name) is not None:
                changes[name] = getattr(inc, name)
                span = inc.evidence_for(name)
                if span is not None and inc.sources[0].id == first.sources[0].id:
                    evidence.append((name, span))
        changes["field_evidence"] = tuple(evidence)
        merged[key] = replace(first, **changes)
    return list(merged.values())


def extract_articles(
    articles: Iterable[tuple[str, Source] | _Article],
    *,
    gazetteer: Gazetteer | None = None,
    country_bias: str | None = None,
    actors: ActorLexicon | None = None,
    scorer: IncidentScorer | None = None,
    min_confidence: float | None = None,
) -> list[Incident]:
    """Extract incidents from many documents and merge duplicates across them.

    Parameters
    ----------
    articles : iterable of (text, Source) or of objects with ``text`` and ``source``
        Each source's ``published`` date resolves that article's relative dates.
    gazetteer, country_bias, actors, scorer, min_confidence
        As for :func:`extract_incidents`; incidents scored below *min_confidence* are
        dropped from each article before duplicates merge.

    Returns
    -------
    list of Incident
        Merged with :func:`merge_incidents`; a merged incident lists every source.

    Raises
    ------
    InputError
        An article that is not text; the message names its source id.
    """
    gz = gazetteer if gazetteer is not None else Gazetteer.shared()
    out: list[Incident] = []
    for item in articles:
        text, source = item if isinstance(item, tuple) else (item.text, item.source)
        try:
            out.extend(
                extract_incidents(
                    text,
                    source=source,
                    gazetteer=gz,
                    country_bias=country_bias,
                    actors=actors,
                    scorer=scorer,
                    min_confidence=min_confidence,
                )
            )
        except InputError as exc:
            raise InputError(f"{getattr(source, 'id', source)}: {exc}") from None
    return merge_incidents(out)
