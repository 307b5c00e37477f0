"""The town a clause names inside the region that opens it.

News sets the scene with a region and then tells the event at a town of it: "In
Balochistan, gunmen blocked the highway near Khuzdar and abducted four workers", "In the
Mopti region, a bus struck a mine outside Bandiagara". The event is coded at the town,
the finest place the clause ties it to, when the gazetteer puts that town inside the
region and the clause names it as where things happened (after "in", "near", "outside",
"at" or "the outskirts of"), not as where people were heading ("travelling to Quetta")
or came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import ActorMention
from .events import EventMention
from .standins import holder_of, name_between, named_inside
from .terrain import WILD_GROUND
from .toponym import Precision, Toponym

__all__ = ["opening_place", "opening_region", "town_in_region", "village_before_event"]

_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|at|outside|around|inside|within|across)"
    rf"|\b(?:outskirts|edges?|vicinity|suburbs?|countryside|environs|area|{WILD_GROUND})\s+of"
    # "struck residential districts of X", "shelled two neighbourhoods of X": parts of
    # the town are the town for ACLED.
    r"|\b(?:districts|neighbou?rhoods|quarters|parts|centre|center|heart)\s+of)"
    r"(?:\s+(?:the|a)\s+(?:\w+\s+){0,2}?(?:town|city|village|area)\s+of)?\s*$",
    re.I,
)
"""A locative phrase ending just before a town's name ("near", "on the outskirts of",
"in the border town of")."""

_OWN_LOCATIVE = re.compile(r"^(?:near|outside|around)\s", re.I)
"""A toponym read with its own preposition ("near Khuzdar")."""

_OPENS = re.compile(
    r"\W*(?:(?:elsewhere|meanwhile|separately),?\s+)?in\s+(?:the\s+)?(?:[a-z-]+\s+)?$", re.I
)
"""What may come before a region opening a sentence ("In neighbouring Michoacán, ...")."""

_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:while|whereas|before|after|where|from)\b", re.I)
"""What ends the stretch of a clause in which a town is the event's own place."""


def town_in_region(
    text: str,
    event: EventMention,
    region: Toponym,
    places: Sequence[Toponym],
    end: int,
) -> Toponym | None:
    """The one town inside *region* that the clause *region* opens names as a scene.

    Parameters
    ----------
    text : str
        The document.
    event : EventMention
        The event *region* is linked to; *region* precedes it.
    region : Toponym
        A first-level region opening the clause ("In Oromia, ...").
    places : sequence of Toponym
        The sentence's resolved places.
    end : int
        Where the sentence ends.

    Returns
    -------
    Toponym or None
        The town, when exactly one place of the region at town precision follows
        *region* in the same clause as *event* and is introduced as a location; None
        otherwise (the region stays).
    """
    area = region.candidate.place if region.candidate is not None else None
    if area is None or area.feature_code != "ADM1" or area.admin1_code is None:
        return None
    found = [
        t
        for t in places
        if region.end <= t.start < end
        and t.precision <= Precision.NEAR
        and t.candidate is not None
        and t.candidate.place.country_code == area.country_code
        and t.candidate.place.admin1_code == area.admin1_code
        and _as_scene(text, t)
        and _same_clause(text, event, t)
    ]
    return found[0] if len(found) == 1 else None


def opening_region(text: str, sentence_start: int, places: Sequence[Toponym]) -> Toponym | None:
    """The first-level region a sentence opens with, followed by a comma ("In
    neighbouring Michoacán, residents ...", "Elsewhere in Oromia, ..."), or None: the
    :func:`opening_place` of the sentence when it is a region."""
    first = opening_place(text, sentence_start, places)
    return first if first is not None and first.precision is Precision.REGION else None


def opening_place(text: str, sentence_start: int, places: Sequence[Toponym]) -> Toponym | None:
    """The place a sentence opens with, followed by a comma ("Elsewhere in Kaduna, police
    said they had arrested 12 suspects"), or None: a fronted locative sets the scene of
    the whole clause, so an event the clause tells with no place of its own is there.

    Parameters
    ----------
    text : str
        The document.
    sentence_start : int
        Where the sentence starts.
    places : sequence of Toponym
        The sentence's resolved places, in text order.

    Returns
    -------
    Toponym or None
        The sentence's first place, when it opens the sentence before a comma.
    """
    if not places or not _OPENS.fullmatch(text, sentence_start, places[0].start):
        return None
    first = places[0]
    return first if re.match(r"(?:\s+(?:region|state|province))?,", text[first.end :]) else None


def _as_scene(text: str, town: Toponym) -> bool:
    if _OWN_LOCATIVE.match(town.text):
        return True
    return _LOCATIVE.search(text, max(0, town.start - 60), town.start) is not None


def _same_clause(text: str, event: EventMention, town: Toponym) -> bool:
    lo, hi = (event.end, town.start) if town.start >= event.end else (town.end, event.start)
    return _CLAUSE_BREAK.search(text, lo, hi) is None


_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)(?=\S)")


def village_before_event(
    text: str,
    event: EventMention,
    region: Toponym,
    places: Sequence[Toponym],
    taken: Sequence[ActorMention | Toponym],
) -> Toponym | None:
    """A place the gazetteer lacks that the clause names before its event, inside the
    region the event is linked to, or None.

    "In Oromia, gunmen stopped a bus near Gerba Guracha and abducted students": the name
    after the opening region. "Armed men blocked the highway near Mangochar in
    Balochistan's Kalat district ... and shot dead seven men": the name the region (or
    the district after it) holds. Either is where the event happened, at the holder's
    point, "near or part of" it.
    """
    if region.precision < Precision.REGION or region.end > event.start:
        return None
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, region.start)]
    start = starts[-1] if starts else 0
    if _OPENS.fullmatch(text[start : region.start]):
        # "In Oromia, gunmen ... near X": read on from the region's comma.
        name = name_between(text, region.end, region.end + 1, event.start, taken)
        return named_inside(name, region) if name is not None else None
    name = name_between(text, start, start, event.start, taken)
    if name is None or name[1] > region.start:
        return None
    holder = holder_of(text, name, places)
    if holder is None or not region.start <= holder.start < event.start:
        return None
    return named_inside(name, holder)
