"""The place of an event told in a participle clause after the scene is set.

"Troops foiled an infiltration bid in the Machil sector of Kupwara district, killing two
militants in an exchange of fire": the clause after the comma ("killing ...",
"leaving ...") carries the event, the main clause before it carries the place, even when
its own verb ("foiled", "intercepted", "repulsed") is no event word. The event is coded
at the finest scene of the main clause, or at a place the gazetteer lacks that the main
clause names inside it (its name at that place's point).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import ActorMention
from .events import EventMention
from .incident import Span
from .linking import background
from .standins import holder_of, name_between, named_inside
from .toponym import Precision, Toponym

__all__ = ["main_clause_place"]

_PARTICIPLE = re.compile(
    r",\s+(?:killing|wounding|injuring|leaving|kill|sparking|triggering|prompting)\b[^,;:.]*$"
    # "blocked the highway near Kalat ... before shooting dead seven men": the same
    # subject's next act, at the scene its first clause set.
    r"|\s(?:before|then)\s+$",
    re.I,
)
"""A participle clause running from its comma (or "before") up to the event word."""
_DATELINE = re.compile(r"[^.;]{0,40}?\)\s*[-\u2013\u2014]\s|\s*[-\u2013\u2014:/]\s*[A-Z]")
_BOUND = re.compile(r"-bound\b|\s*-\s*bound\b")
_BOUND_FOR = re.compile(
    r"\b(?:bound\s+for|heading\s+(?:for|to)|en\s+route\s+to|on\s+(?:its|their|the)\s+way\s+to)"
    r"\s+$",
    re.I,
)


def _destination(text: str, place: Toponym) -> bool:
    """True for a place a vehicle was heading to ("Karachi-bound coaches", "a bus bound
    for Quetta"), where the travellers were going, or the dateline's town: neither is
    where the event happened."""
    return (
        _BOUND.match(text, place.end) is not None
        # "QUETTA, Pakistan, Nov 17 (Reuters) -": a dateline names where the report was
        # filed, in capitals, before the story opens.
        or (place.text.isupper() and _DATELINE.match(text, place.end) is not None)
        or _BOUND_FOR.search(text, max(0, place.start - 30), place.start) is not None
    )


def main_clause_place(
    text: str,
    event: EventMention,
    sentence: Span,
    places: Sequence[Toponym],
    taken: Sequence[ActorMention | Toponym],
) -> Toponym | None:
    """The scene of the main clause an event's participle clause hangs on, or None.

    Parameters
    ----------
    text : str
        The document.
    event : EventMention
        An event no place of its sentence is linked to.
    sentence : Span
        Its sentence.
    places : sequence of Toponym
        The sentence's resolved places (actors' names left out).
    taken : sequence of ActorMention or Toponym
        Spans that are no unresolved place names (actors, resolved places).

    Returns
    -------
    Toponym or None
        The finest place of the main clause (the first of equals) that is not in a
        political frame, or the name the main clause gives inside it; None when the event
        is not in a participle clause or the main clause names no place.
    """
    m = _PARTICIPLE.search(text, sentence.start, event.start)
    if m is None:
        return None
    scenes = [
        p
        for p in places
        if sentence.start <= p.start
        and p.end <= m.start()
        and p.candidate is not None
        and p.precision < Precision.COUNTRY
        and not background(text, sentence.start, p)
        and not _destination(text, p)
    ]
    if not scenes:
        return None
    place = min(scenes, key=lambda p: p.precision)
    name = name_between(text, sentence.start, sentence.start, place.start, taken)
    if name is not None and holder_of(text, name, places) is place:
        return named_inside(name, place)
    return place
