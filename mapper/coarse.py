"""One event told twice: at a town and again at the area around it.

A report that places its event at a town often names the event a second time at a
coarser place: the headline at the province or the city the town lies beside ("strikes
near Damascus" / "struck sites near Al-Kiswah, south of Damascus"), or a later sentence
at the region or the country ("fighting has raged in Amhara" after a clash in Lalibela).
ACLED codes one incident per event and location, so the coarser one is merged into the
finer one: the finer place is kept, with the tolls and perpetrator only the coarser
report gives. A coarser incident that tells an event of its own (another day, another
kind of event, a toll of its own) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from gazetteer import Gazetteer
from gazetteer.normalize import fold

from .holders import with_tolls
from .incident import EventType, Incident
from .recalled import over_a_period
from .roles import unnamed

__all__ = ["merge_into", "merge_restated_areas", "own_name"]

_VIOLENT = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS}
)
_REGION = 3
"""The geo precision of a first-level region; a country is coarser still."""


def own_name(gazetteer: Gazetteer, incident: Incident) -> str | None:
    """The folded name of *incident*'s place that its location text gives, or None.

    "Belgorod region" at Belgorodskaja oblast' gives ``"belgorod"``; a stand-in, a
    place the gazetteer lacks coded at its country's point ("Val-Fourre" at France),
    gives None: it is a place of its own, not a coarse report of a finer one.
    """
    if incident.place_id is None:
        return None
    words = f" {fold(incident.location)} "
    found = [
        key
        for key in (fold(name) for name, _ in gazetteer.names(incident.place_id))
        if len(key) >= 3 and f" {key} " in words
    ]
    return max(found, key=len) if found else None


def _within_a_day(a: Incident, b: Incident) -> bool:
    if a.event_date is None or b.event_date is None:
        return True
    return abs(a.event_date - b.event_date) <= timedelta(days=1)


def _kin(a: Incident, b: Incident) -> bool:
    """Same kind of event; a headline names violence vaguely ("killed in X")."""
    return a.event_type is b.event_type or {a.event_type, b.event_type} <= _VIOLENT


def _names(text: str, key: str) -> bool:
    return f" {key} " in f" {fold(text)} "


def _level(incident: Incident) -> int:
    """How coarse *incident*'s place is: a town and "near a town" are one level, a
    region and a country coarser."""
    return max(incident.geo_precision or 0, 2)


def _headline_may_restate(head: Incident, body: Incident) -> bool:
    """True when *body* may tell *head*'s event: another place no coarser (a place
    "outside" a town is as fine as the town), in the same country, an event of the same
    kind within a day."""
    return (
        body.place_id != head.place_id
        and body.country_code == head.country_code
        and _level(body) <= _level(head)
        and _kin(head, body)
        and _within_a_day(head, body)
    )


def _holds(head: Incident, key: str, body: Incident) -> bool:
    """True when *body* names the headline's place as its own area ("Tammun, near
    Tubas in the occupied West Bank"; "in Sai Buri district of neighbouring Pattani"),
    or its place lies in the headline's region."""
    return (
        _names(body.evidence.text, key)
        or (body.admin1 is not None and fold(body.admin1) == key)
        or (
            (head.geo_precision or 0) >= _REGION
            and head.admin1 is not None
            and head.admin1 == body.admin1
        )
    )


def _told_elsewhere(head: Incident, body: Incident, headline_end: int) -> bool:
    """True when *head* carries a field read in the body outside *body*'s sentence: it
    has taken in an event told there ("... in Mopti" / "gunmen fired on a checkpoint in
    Mopti town, wounding a guard"), which stays at the headline's place."""
    return any(
        field != "event_date"
        and span.start >= headline_end
        and not body.evidence.start <= span.start < body.evidence.end
        for field, span in head.field_evidence
    )


def _toll_told(coarse: Incident, fine: Incident) -> bool:
    """True when *coarse* gives no toll of its own: none, or *fine*'s."""
    return all(
        getattr(coarse, f) is None or getattr(coarse, f) == getattr(fine, f)
        for f in ("fatalities", "injuries")
    )


def _area_restated(coarse: Incident, fine: Incident) -> bool:
    """True when *fine* lies in *coarse*'s region or country and tells the same event:
    the same day, the same kind of event (or violence with the same death toll), and no
    toll of the coarse report's own."""
    if fine is coarse or fine.country_code != coarse.country_code:
        return False
    if (fine.geo_precision or _REGION + 1) >= (coarse.geo_precision or 0):
        return False
    if coarse.event_date is not None and fine.event_date != coarse.event_date:
        return False
    # the same death toll is the same event, whichever side counts the wounded
    same_toll = coarse.fatalities is not None and coarse.fatalities == fine.fatalities
    if not same_toll and not _toll_told(coarse, fine):
        return False
    if coarse.event_type is not fine.event_type and not (same_toll and _kin(coarse, fine)):
        return False
    return (coarse.geo_precision or 0) > _REGION or (
        coarse.admin1 is not None and fine.admin1 is not None and coarse.admin1 == fine.admin1
    )


_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
# "has spread ... since March", "have multiplied ... since last year": a state that has
# lasted weeks or more; "since Sunday" may still count one event's dead.
_SINCE = re.compile(
    r"\b(?:has|have)\s[^.;:]{0,80}?\bsince\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{_MONTHS}|last\s+(?:month|year|summer|winter)|(?:19|20)\d\d|the\s+(?:start|beginning))\b",
    re.I,
)


def _summed_up(coarse: Incident, fine: Incident) -> bool:
    """True when *coarse* is a region or country a background sentence sums up, with no
    toll of its own, in a report of a finer violent event in the same country ("fighting
    has spread across Upper Nile and Jonglei since March" after a strike on a town):
    the conflict around the event, not a second event."""
    return (
        fine is not coarse
        and fine.country_code == coarse.country_code
        and (fine.geo_precision or _REGION + 1) < _REGION
        and {coarse.event_type, fine.event_type} <= _VIOLENT
        and coarse.fatalities is None
        and coarse.injuries is None
        and (_SINCE.search(coarse.evidence.text) is not None or over_a_period(coarse.evidence.text))
    )


def _stand_in_restated(head: Incident, body: Incident, headline_end: int) -> bool:
    """True when *head*, a headline incident at a place the gazetteer lacks coded at its
    country's point, is told by *body* at a finer place: the same kind of event, on the
    same day, in that country. The headline named the place, often spelt otherwise; the
    body says where it lies."""
    return (
        head.evidence.start < headline_end
        and (head.geo_precision or 0) > _REGION
        and (body.geo_precision or _REGION + 1) < (head.geo_precision or 0)
        and head.event_type is body.event_type
        and head.event_date is not None
        and head.event_date == body.event_date
    )


def merge_into(fine: Incident, coarse: Incident) -> Incident:
    """*fine* with what only *coarse* tells: its tolls, and its perpetrator when *fine*
    names none and both are the same kind of event."""
    out = with_tolls(fine, coarse)
    moved = tuple(
        (f, span)
        for f in ("fatalities", "injuries")
        if getattr(fine, f) is None
        and getattr(coarse, f) is not None
        and (span := coarse.evidence_for(f)) is not None
    )
    if (
        coarse.event_type is fine.event_type
        and coarse.actor1 is not None
        and unnamed(fine.actor1, by=coarse.actor1)
    ):
        span = coarse.evidence_for("actor1")
        kept = tuple((k, v) for k, v in out.field_evidence if k != "actor1")
        moved += (("actor1", span),) if span is not None else ()
        return replace(out, actor1=coarse.actor1, field_evidence=kept + moved)
    return replace(out, field_evidence=out.field_evidence + moved) if moved else out


def merge_restated_areas(
    incidents: Sequence[Incident], headline_end: int, gazetteer: Gazetteer
) -> list[Incident]:
    """Merge incidents that restate an event of a finer place at a coarser one.

    Two cases, both within one report:

    * a headline incident whose place the body names as the area of a place no
      coarser, for an event of the same kind within a day ("Israeli strikes hit near
      Damascus" / "struck sites near Al-Kiswah, south of Damascus");
    * a region or country incident, named by its own name, with no toll of its own,
      on the day of a finer incident of the same kind inside it (same first-level
      region, or the same country).

    Parameters
    ----------
    incidents : sequence of Incident
        One report's incidents, in text order.
    headline_end : int
        Offset where the headline ends (0 or less when there is none).
    gazetteer : Gazetteer
        Gives the names of each place, to tell a place named by its own name from a
        stand-in coded at its area's point.

    Returns
    -------
    list of Incident
        The incidents without the restated ones; a finer incident takes the tolls and
        perpetrator that only the coarser report gave.
    """
    kept = list(incidents)
    for coarse in incidents:
        if coarse not in kept or coarse.latitude is None or coarse.geo_precision is None:
            continue
        others = [o for o in kept if o is not coarse and o.latitude is not None]
        if coarse.evidence.start < headline_end:
            body = [o for o in others if o.evidence.start >= headline_end]
            finer = [o for o in body if _headline_may_restate(coarse, o)]
        elif coarse.geo_precision >= _REGION:
            finer = [o for o in others if _area_restated(coarse, o) or _summed_up(coarse, o)]
        else:
            continue
        # the gazetteer is asked only when a finer incident may restate this one
        key = own_name(gazetteer, coarse) if finer else None
        if key is None:
            # "bomb kills four near Mahaddey" coded at Somalia's point, the body's bomb
            # "near Mahaday in the Middle Shabelle region": one event, the body finer
            finer = [o for o in finer if _stand_in_restated(coarse, o, headline_end)]
            if finer:
                kept.remove(coarse)
                kept[kept.index(finer[0])] = merge_into(finer[0], coarse)
            continue
        if coarse.evidence.start < headline_end:
            finer = [
                o
                for o in finer
                if _holds(coarse, key, o) and not _told_elsewhere(coarse, o, headline_end)
            ]
            if not finer:
                continue
        target = finer[0]
        kept.remove(coarse)
        kept[kept.index(target)] = merge_into(target, coarse)
    return kept
