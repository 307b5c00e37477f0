"""A headline that sums up the body's event at the area around it.

A headline often places its event at the province, state or country ("Soldier killed in
Kivu firefight"), at a city whose name is also its province's ("Night of unrest in
Murcia town"), on the road between two towns ("ambush on the Gulu-Kitgum road") or at
the town again under another resolution, while the body says where it happened. ACLED
codes the event once, at the body's place: the headline incident is folded into the
body incident it sums up, whatever the headline's (vaguer) type; the body's type, date
and place win and the sources merge. A headline incident stays when the body tells no
incident it could be: none in its country, none inside its area, or one at the
headline's own place (the headline then tells that place's event, and the rules of
:mod:`mapper.coarse` apply).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from gazetteer import Gazetteer
from gazetteer.normalize import fold

from .coarse import merge_into, own_name
from .incident import EventType, Incident

__all__ = ["fold_headline_areas"]

_REGION = 3
"""The geo precision of a first-level region; a country is coarser still."""
_VIOLENT = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS}
)


def _kin(a: Incident, b: Incident) -> bool:
    return a.event_type is b.event_type or {a.event_type, b.event_type} <= _VIOLENT


def _words(text: str) -> str:
    return f" {fold(text)} "


def _dated_by_headline(head: Incident, headline_end: int) -> bool:
    span = head.evidence_for("event_date")
    return span is not None and span.start < headline_end


def _same_days(head: Incident, body: Incident, headline_end: int) -> bool:
    """True when *body* may be *head*'s event by its date: a headline seldom dates its
    event and takes the report's date, so only a date read in the headline counts."""
    if not _dated_by_headline(head, headline_end):
        return True
    if head.event_date is None or body.event_date is None:
        return True
    return abs(head.event_date - body.event_date) <= timedelta(days=1)


def _stand_in(incident: Incident) -> bool:
    """True for a place the gazetteer lacks, coded at its holder's point by its own
    name ("Wetlet Township" at Myanmar's): a place of its own inside that holder."""
    words = set(fold(incident.place_name or "").split()) | set(fold(incident.country or "").split())
    return (incident.geo_precision or 0) >= _REGION and not words & set(
        fold(incident.location).split()
    )


def _area_key(gazetteer: Gazetteer, head: Incident) -> str | None:
    """The folded name by which *head* names an area, or None.

    A region or country named by its own name gives that name; so does a town whose
    name is also its first-level region's ("Songkhla", "Murcia, Región de"): a headline
    names the province by it as often as the town.
    """
    key = own_name(gazetteer, head)
    if key is None:
        return None
    if (head.geo_precision or 0) >= _REGION:
        return key
    region = fold(head.admin1 or "").split()
    if region[:1] in (["al"], ["el"], ["as"], ["ad"], ["ar"]):
        region = region[1:]  # "Al Hasakah" governorate, Hasakah city
    return key if region[: len(key.split())] == key.split() else None


def _inside(head: Incident, key: str, body: Incident) -> bool:
    """True when *body*'s place lies in the area *head* names: the same first-level
    region, the country itself, or the area the body's sentence names as the holder
    ("in a village of Bhanga upazila, Faridpur")."""
    if body.place_id == head.place_id or not body.location:
        return False
    if (head.geo_precision or 0) >= _REGION and not _stand_in(body):
        if (body.geo_precision or _REGION + 1) >= (head.geo_precision or 0):
            return False
    elif not _stand_in(body) and (body.geo_precision or _REGION + 1) >= _REGION:
        return False  # a town-named headline is no coarser than another region
    return (
        (head.geo_precision or 0) > _REGION
        or (head.admin1 is not None and body.admin1 == head.admin1)
        or key in _words(body.evidence.text)
    )


_RELATION = ("near ", "outside ", "around ")


def _bare(location: str) -> str:
    """*location* folded, without a leading "near" or "outside": the town itself."""
    key = fold(location)
    for word in _RELATION:
        key = key.removeprefix(word)
    return key


# "in Dnipropetrovsk region", "of Kassala State": the first-level region a sentence
# places its town in; a district or regency is finer and says nothing against it.
_REGION_NAMED = re.compile(
    r"\b((?:[A-Z][\w'-]+\s){1,3})(?:region|province|state|oblast|governorate|prefecture)\b"
)


def _lead_of(head: Incident, key: str, body: Incident, first: Incident) -> bool:
    """True when *body* is the lead's event, of *head*'s kind, and its sentence names no
    other first-level region: a region headline sums up the lead even where the
    gazetteer files the town under another region (a region split or renumbered since:
    "Papua" over a town of Highland Papua)."""
    named = [fold(m.group(1)) for m in _REGION_NAMED.finditer(body.evidence.text)]
    region = fold(body.admin1 or "")
    return (
        body is first
        and (head.geo_precision or 0) == _REGION
        and (body.geo_precision or _REGION) < _REGION
        and _kin(head, body)
        and all(name == key for name in named)
        and not (region and f" {region} " in _words(body.evidence.text))
    )


def _held_by(key: str, body: Incident) -> bool:
    """True when *body*'s sentence names *key* just after the body's place, as its
    holder ("in a village of Bhanga upazila, Faridpur"; "at Kawo, near Kaduna")."""
    span = body.evidence_for("location")
    if span is None or _stand_in(body) or (body.geo_precision or _REGION) >= _REGION:
        return False
    offset = span.end - body.evidence.start
    return f" {key} " in _words(body.evidence.text[offset : offset + 60])


def _on_its_road(gazetteer: Gazetteer, head: Incident, body: Incident) -> bool:
    """True when *head*'s place text names *body*'s place as one of its words: the
    same town at two resolutions ("near Zakho, Kurdistan" / "near Zakho"), or a
    headline road between two towns and the body's event near one of them."""
    if body.place_id == head.place_id or (body.geo_precision or 0) > (head.geo_precision or 0):
        return False
    words = _words(head.location)
    key = own_name(gazetteer, body) or _bare(body.location)
    return len(key) >= 3 and f" {key} " in words


def _tells_alone(head: Incident, body: Sequence[Incident], headline_end: int) -> bool:
    """True when *head* carries a field read in a body sentence no body incident comes
    from: it has taken in the event told there ("strikes in Bam and Soum" / "struck
    fighters on Thursday near a town in Bam province"), which stays at its place."""
    return any(
        span.start >= headline_end
        and not any(o.evidence.start <= span.start < o.evidence.end for o in body)
        for _, span in head.field_evidence
    )


def _best(head: Incident, found: list[Incident]) -> Incident:
    """The body incident *head* most likely sums up: one of its type, else the first."""
    return next((o for o in found if o.event_type is head.event_type), found[0])


def fold_headline_areas(
    incidents: Sequence[Incident], headline_end: int, gazetteer: Gazetteer
) -> list[Incident]:
    """Fold headline incidents at an area, a road or a coarser reading of a town into
    the body incident they sum up.

    Parameters
    ----------
    incidents : sequence of Incident
        One report's incidents, in text order.
    headline_end : int
        Offset where the headline ends (0 or less when there is none).
    gazetteer : Gazetteer
        Gives the names of each place.

    Returns
    -------
    list of Incident
        The incidents without the folded headline ones; the body incident keeps its
        type, date and place and takes the tolls and perpetrator only the headline gave.
    """
    if headline_end <= 0:
        return list(incidents)
    kept = list(incidents)
    for head in incidents:
        if head.evidence.start >= headline_end or head not in kept or head.latitude is None:
            continue
        if head.evidence_for("location") is None:
            continue  # a headline naming no place ("Shelling kills four") sums up no area
        body = [
            o
            for o in kept
            if o.evidence.start >= headline_end
            and o.latitude is not None
            and o.country_code == head.country_code
            and _same_days(head, o, headline_end)
        ]
        if not body or any(o.place_id == head.place_id for o in body):
            continue
        found = [o for o in body if _on_its_road(gazetteer, head, o)]
        if not found:
            key = _area_key(gazetteer, head)
            found = [o for o in body if _inside(head, key, o)] if key is not None else []
            if key is not None and not found:
                found = [o for o in body if _lead_of(head, key, o, body[0])]
            town = own_name(gazetteer, head) if not found and key is None else None
            if town is not None:
                found = [o for o in body if o.place_id != head.place_id and _held_by(town, o)]
        if not found:
            continue
        told = [o for o in kept if o.evidence.start >= headline_end]
        if _tells_alone(head, told, headline_end):
            continue
        target = _best(head, found)
        kept.remove(head)
        kept[kept.index(target)] = merge_into(target, head)
    return kept
